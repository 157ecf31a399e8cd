import re

import pytest

from tests.html import parse

pytestmark = pytest.mark.django_db

PUBLIC_PAGES = ["/bg/cohesion/", "/en/media/", "/bg/media/press-releases/", "/en/events/"]


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_public_pages_send_strict_security_headers(client, path):
    response = client.get(path)
    policy = response["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";") if part.strip())
    assert directives["script-src"] == "'self'"
    assert "'unsafe-inline'" not in policy
    assert directives["frame-ancestors"] == "'none'"
    assert directives["object-src"] == "'none'"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Frame-Options"] == "DENY"


def test_not_found_pages_send_the_security_headers_too(client):
    response = client.get("/en/missing/")
    assert response.status_code == 404
    assert "script-src 'self'" in response["Content-Security-Policy"]
    assert response["X-Frame-Options"] == "DENY"


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_public_pages_load_nothing_from_other_hosts_and_run_no_inline_script(client, path):
    soup = parse(client.get(path))
    # The only script elements are data (JSON-LD), which browsers do not run.
    assert {script.get("type") for script in soup.find_all("script")} <= {"application/ld+json"}
    assert not soup.find_all("script", src=True)
    assert soup.find("iframe") is None
    for tag, attribute in (("link", "href"), ("img", "src"), ("source", "src"), ("video", "src")):
        for element in soup.find_all(tag):
            if tag == "link" and element.get("rel") == ["alternate"]:
                continue
            if element.get("rel") == ["canonical"]:
                assert element[attribute].startswith("http://localhost/")
                continue
            assert not re.match(r"^(https?:)?//", element.get(attribute, "")), element
    assert not soup.find_all(style=True)


def test_admin_loads_scripts_from_this_site_only_and_cannot_be_framed(admin_client):
    policy = admin_client.get("/admin/")["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";") if part.strip())
    assert directives["script-src"] == "'self' 'unsafe-inline'"
    assert directives["connect-src"] == "'self'"
    assert directives["frame-ancestors"] == "'none'"


def test_admin_preview_may_be_framed_by_the_admin_only(admin_client, english):
    from pressroom.campaigns.models import CampaignPage

    campaign = CampaignPage.objects.get(locale=english)
    response = admin_client.get(f"/admin/pages/{campaign.pk}/edit/preview/?mode=")
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert "frame-ancestors 'self'" in response["Content-Security-Policy"]


def test_public_pages_do_not_get_the_admin_allowances(client):
    policy = client.get("/en/")["Content-Security-Policy"]
    assert "unsafe-inline" not in policy
