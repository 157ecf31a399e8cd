from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from pressroom.embargo.models import PreviewLink, PreviewUse
from pressroom.embargo.views import PREVIEWS_PER_HOUR
from pressroom.press.models import PressReleasePage
from tests.html import parse

pytestmark = pytest.mark.django_db


@pytest.fixture
def embargoed(english):
    release = PressReleasePage.objects.get(locale=english, slug="barometer-statement")
    release.embargo_until = timezone.now() + timedelta(hours=2)
    release.save_revision().publish()
    return release


def _everywhere(client, release, language="en"):
    """Where a reader, a feed reader, a crawler or an API client could see the release."""
    page = release.get_translation(release.locale.__class__.objects.get(language_code=language))
    path = page.url
    listing = client.get(f"/{language}/media/press-releases/").content.decode()
    feed = client.get(f"/{language}/feeds/all.rss").content.decode()
    sitemap = client.get(f"/sitemap-{language}.xml").content.decode()
    api = client.get(
        "/api/v2/pages/", {"locale": language, "type": "press.PressReleasePage"}
    ).json()
    return {
        "page": client.get(path).status_code == 200,
        "listing": path in listing,
        "feed": path in feed,
        "sitemap": path in sitemap,
        "api": release.translation_key
        in {str(item["meta"].get("translation_key", "")) for item in api["items"]}
        or page.pk in {item["id"] for item in api["items"]},
    }


def test_an_embargoed_release_is_nowhere_until_its_time(client, embargoed):
    assert _everywhere(client, embargoed) == dict.fromkeys(
        ("page", "listing", "feed", "sitemap", "api"), False
    )
    assert _everywhere(client, embargoed, "bg") == dict.fromkeys(
        ("page", "listing", "feed", "sitemap", "api"), False
    )
    assert client.get(embargoed.url).status_code == 404


def test_at_its_time_it_is_everywhere_by_itself(client, embargoed):
    PressReleasePage.objects.filter(pk=embargoed.pk).update(
        embargo_until=timezone.now() - timedelta(seconds=1)
    )
    assert _everywhere(client, embargoed) == dict.fromkeys(
        ("page", "listing", "feed", "sitemap", "api"), True
    )
    assert _everywhere(client, embargoed, "bg")["page"]


@pytest.fixture
def link(embargoed, admin_user):
    return PreviewLink.objects.create(
        release=embargoed,
        journalist="Ana Novak",
        media_outlet="Delo",
        language="bg",
        expires_at=embargoed.embargo_until,
        created_by=admin_user,
    )


def test_a_preview_link_shows_the_release_with_the_embargo_banner(client, link):
    response = client.get(link.path())
    assert response.status_code == 200
    soup = parse(response)
    assert soup.html["lang"] == "bg"
    with translation.override("bg"):
        assert (
            translation.gettext("not to be published or quoted before then.")
            in soup.select_one(".embargo-banner").get_text()
        )
    assert "no-store" in response["Cache-Control"]
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert PreviewUse.objects.filter(link=link).count() == 1
    client.get(link.path())
    assert link.use_count() == 2


@pytest.mark.parametrize(
    ("change", "status"),
    [
        ({"revoked": True}, 410),
        ({"expires_at": timezone.now() - timedelta(minutes=1)}, 410),
    ],
    ids=["withdrawn", "expired"],
)
def test_withdrawn_or_expired_links_show_nothing(client, link, change, status):
    for field, value in change.items():
        setattr(link, field, value)
    link.save()
    response = client.get(link.path())
    assert response.status_code == status
    assert "embargo-banner" not in response.content.decode()
    assert parse(response).html["lang"] == "bg"
    assert PreviewUse.objects.count() == 0


def test_a_tampered_token_reveals_nothing(client, link, english):
    other = (
        PressReleasePage.objects.filter(locale=english)
        .exclude(pk=link.release_pk if hasattr(link, "release_pk") else link.release_id)
        .first()
    )
    token = link.token
    forged = token[:-3] + ("aaa" if not token.endswith("aaa") else "bbb")
    response = client.get(reverse("embargo-preview", args=[forged]))
    assert response.status_code == 404
    assert other.title not in response.content.decode()
    assert link.release.title not in response.content.decode()


def test_after_the_embargo_the_link_leads_to_the_public_page(client, link):
    PressReleasePage.objects.filter(pk=link.release_id).update(
        embargo_until=timezone.now() - timedelta(seconds=1)
    )
    response = client.get(link.path())
    assert response.status_code == 302
    assert (
        response["Location"]
        == link.release.get_translation(
            link.release.locale.__class__.objects.get(language_code="bg")
        ).url
    )


def test_editors_create_and_withdraw_links_in_the_admin(admin_client, embargoed):
    add = reverse("embargo_preview_links:add")
    response = admin_client.post(
        add,
        {
            "release": embargoed.pk,
            "journalist": "Jan Kowalski",
            "media_outlet": "",
            "email": "jan@example.eu",
            "language": "pl",
            "expires_at": (timezone.localtime() + timedelta(hours=1)).strftime("%Y-%m-%d %H:%M"),
        },
    )
    assert response.status_code == 302, parse(response).select(".error-message")
    link = PreviewLink.objects.get(journalist="Jan Kowalski")
    assert link.created_by.is_superuser
    listing = admin_client.get(reverse("embargo_preview_links:index")).content.decode()
    assert link.path() in listing

    edit = reverse("embargo_preview_links:edit", args=[link.pk])
    form = {
        "release": embargoed.pk,
        "journalist": link.journalist,
        "email": link.email,
        "language": link.language,
        "expires_at": timezone.localtime(link.expires_at).strftime("%Y-%m-%d %H:%M"),
        "revoked": "on",
    }
    assert admin_client.post(edit, form).status_code == 302
    link.refresh_from_db()
    assert link.revoked and link.revoked_at is not None


def test_a_link_for_a_release_without_embargo_is_refused(admin_client, english):
    release = PressReleasePage.objects.filter(locale=english, embargo_until__isnull=True).first()
    release.embargo_until = timezone.now() - timedelta(days=1)
    release.save()
    response = admin_client.post(
        reverse("embargo_preview_links:add"),
        {
            "release": release.pk,
            "journalist": "X",
            "language": "en",
            "expires_at": "2030-01-01 10:00",
        },
    )
    assert response.status_code == 200
    assert parse(response).select_one(".error-message")


def test_guessing_tokens_is_rate_limited_per_client(client):
    for _attempt in range(PREVIEWS_PER_HOUR):
        assert client.get("/bg/embargoed/guess/").status_code == 404
    response = client.get("/bg/embargoed/guess/")
    assert response.status_code == 429
    assert response["Retry-After"]
    with translation.override("bg"):
        assert parse(response).h1.get_text(strip=True) == translation.gettext("Too many requests")
    other_client = client.get("/bg/embargoed/guess/", REMOTE_ADDR="192.0.2.7")
    assert other_client.status_code == 404


def test_the_admin_says_a_release_is_embargoed_and_the_preview_offers_no_sharing(
    client, link, admin_client
):
    index = link.release.get_parent()
    listing = admin_client.get(reverse("wagtailadmin_explore", args=[index.pk])).content.decode()
    assert "embargoed" in listing
    soup = parse(client.get(link.path()))
    assert soup.select_one(".share") is None
