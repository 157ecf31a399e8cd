"""Bad input is refused with a clear answer, never a 500; every answer carries the security
headers; what is not stored (a 404, a search) costs little and is limited per client."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from django.utils.translation import gettext

from pressroom.api.urls import api
from tests.delivery.conftest import reader, store  # noqa: F401 (fixtures)
from tests.html import parse

pytestmark = pytest.mark.django_db


def _bg(text: str) -> str:
    with translation.override("bg"):
        return gettext(text)


ROOT = Path(__file__).resolve().parents[2]
HUGE = "99999999999999999999"
ENDPOINTS = sorted(api._endpoints)  # every endpoint of the read API, as registered


@pytest.fixture
def client(client):
    client.raise_request_exception = False  # a 500 is an answer here, not an error
    return client


@pytest.mark.parametrize("endpoint", ENDPOINTS)
@pytest.mark.parametrize("parameter", ["offset", "limit"])
@pytest.mark.parametrize("value", [HUGE, "9223372036854775808", "-1", "abc", "1e5", ""])
def test_out_of_range_offset_or_limit_is_a_400_naming_it(client, endpoint, parameter, value):
    response = client.get(f"/api/v2/{endpoint}/", {parameter: value})
    assert response.status_code == 400, response.content[:300]
    assert response["Content-Type"] == "application/json"
    assert parameter in response.json()["message"]


@pytest.mark.parametrize("endpoint", ENDPOINTS)
def test_a_huge_id_is_not_found_rather_than_an_error(client, endpoint):
    response = client.get(f"/api/v2/{endpoint}/{HUGE}/")
    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"


@pytest.mark.parametrize("value", [HUGE, "abc", "1e5", "-3"])
def test_find_by_a_bad_id_is_a_400_naming_it(client, value):
    response = client.get("/api/v2/pages/find/", {"id": value})
    assert response.status_code == 400
    assert "id" in response.json()["message"]


@pytest.mark.parametrize("value", [HUGE, "-1", "abc"])
def test_search_api_with_a_bad_page_is_not_a_500(client, value):
    response = client.get("/api/v2/search/", {"q": "cohesion", "page": value})
    assert response.status_code in (200, 400)
    assert response["Content-Type"] == "application/json"


@pytest.mark.parametrize(
    "path", ["/en/search/?q=cohesion", "/api/v2/search/?q=cohesion", "/robots.txt"]
)
def test_head_answers_like_get_without_a_body(client, path):
    response = client.head(path)
    assert response.status_code == 200
    assert response.content == b""


SECURITY_HEADERS = [
    "X-Content-Type-Options",
    "Referrer-Policy",
    "X-Frame-Options",
    "Content-Security-Policy",
    "Permissions-Policy",
]


@pytest.mark.parametrize(
    "path", ["/en/cohesion/", "/bg/no-such-page/", "/api/v2/pages/", "/static/core/css/site.css"]
)
def test_permissions_policy_denies_powerful_features_everywhere(client, path):
    policy = client.get(path)["Permissions-Policy"]
    features = dict(part.strip().split("=") for part in policy.split(","))
    for feature in ("camera", "microphone", "geolocation", "payment", "usb"):
        assert features[feature] == "()"


def test_a_server_error_page_carries_the_security_headers(client, monkeypatch):
    from pressroom.search import views

    def broken(*args, **kwargs):
        raise RuntimeError("broken")

    monkeypatch.setattr(views, "search", broken)
    response = client.get("/en/search/", {"q": "cohesion"})
    assert response.status_code == 500
    for header in SECURITY_HEADERS:
        assert response.has_header(header), header


def test_a_request_for_another_host_is_refused_with_the_security_headers(client):
    response = client.get("/en/", HTTP_HOST="evil.example")
    assert response.status_code == 400
    for header in SECURITY_HEADERS:
        assert response.has_header(header), header
    assert response["X-Frame-Options"] == "DENY"
    assert "frame-ancestors 'none'" in response["Content-Security-Policy"]


def test_stored_pages_carry_the_permissions_policy(reader):  # noqa: F811
    first = reader.get("/en/cohesion/")
    rendered = reader.django.requests
    again = reader.get("/en/cohesion/")
    assert reader.django.requests == rendered  # served by the front, from the store
    assert again.headers["Permissions-Policy"] == first.headers["Permissions-Policy"]
    assert "camera=()" in again.headers["Permissions-Policy"]


def _production_headers(**env) -> str:
    """The headers of an HTTPS request to the production settings, in a process of its own."""
    script = (
        "import django; django.setup();"
        "from django.test import Client;"
        "r = Client(raise_request_exception=False).get('/robots.txt', secure=True,"
        " headers={'X-Forwarded-Proto': 'https'});"
        "print(r.get('Strict-Transport-Security', ''))"
    )
    environment = {key: value for key, value in os.environ.items() if key not in ("DATABASE_URL",)}
    result = subprocess.run(  # noqa: S603 - this project's own settings
        [sys.executable, "-c", script],
        cwd=ROOT,
        env={
            **environment,
            "DJANGO_SETTINGS_MODULE": "pressroom.settings.production",
            "PRESSROOM_STORE": "off",
            **env,
        },
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.strip().splitlines()[-1] if result.stdout.strip() else ""


def test_hsts_covers_subdomains_behind_https(tmp_path):
    header = _production_headers(PRESSROOM_HTTPS="1", PRESSROOM_DATA_DIR=str(tmp_path))
    directives = [part.strip() for part in header.split(";")]
    assert "max-age=31536000" in directives
    assert "includeSubDomains" in directives
    assert "preload" not in directives
    assert _production_headers(PRESSROOM_DATA_DIR=str(tmp_path)) == ""


@pytest.mark.parametrize(("language", "budget"), [("bg", 6), ("en", 5)])
def test_a_404_reads_only_what_routing_needs(client, language, budget):
    client.get(f"/{language}/warm-up-address/")  # the first request of a process loads more
    with CaptureQueriesContext(connection) as queries:
        response = client.get(f"/{language}/no-such-page/")
    assert response.status_code == 404
    assert len(queries) <= budget, [query["sql"][:120] for query in queries]
    soup = parse(response)
    assert soup.find("html")["lang"] == language
    assert soup.select_one("a.site-name")["href"] == f"/{language}/"
    assert soup.select_one("form.site-search") is not None


def test_search_is_limited_per_client_in_the_readers_language(client, settings):
    settings.PRESSROOM_SEARCH_RATE = 3
    for _ in range(3):
        assert client.get("/bg/search/", {"q": "cohesion"}).status_code == 200
    response = client.get("/bg/search/", {"q": "cohesion"})
    assert response.status_code == 429
    assert response["Retry-After"] == "60"
    soup = parse(response)
    assert soup.find("html")["lang"] == "bg"
    assert soup.h1.get_text(strip=True) == _bg("Too many requests")
    # Another client is still answered.
    assert client.get("/bg/search/", {"q": "x"}, REMOTE_ADDR="10.0.0.2").status_code == 200


def test_search_api_is_limited_per_client_too(client, settings):
    settings.PRESSROOM_SEARCH_RATE = 2
    for _ in range(2):
        assert client.get("/api/v2/search/", {"q": "cohesion"}).status_code == 200
    response = client.get("/api/v2/search/", {"q": "cohesion"})
    assert response.status_code == 429
    assert response["Retry-After"] == "60"
    assert response.json()["message"]


def test_no_search_limit_when_set_to_zero(client, settings):
    settings.PRESSROOM_SEARCH_RATE = 0
    for _ in range(5):
        assert client.get("/en/search/", {"q": "cohesion"}).status_code == 200
