"""Stored responses are served by the front without Django; personal ones never are."""

import gzip

import brotli
import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from pressroom.delivery.http import request_key

pytestmark = pytest.mark.django_db


def test_a_page_is_rendered_once_then_served_without_django_or_the_database(
    reader, store, django_assert_num_queries
):
    first = reader.get("/bg/cohesion/")
    assert first.status == 200
    assert reader.django.requests == 1
    with django_assert_num_queries(0):
        again = reader.get("/bg/cohesion/")
    assert reader.django.requests == 1
    assert again.text == first.text
    assert "Сближаването — наша основна ценност" in again.text
    assert again.headers["ETag"] == first.headers["ETag"]


def test_listings_feeds_and_sitemaps_are_served_from_the_store(reader):
    addresses = [
        "/en/",
        "/bg/media/",
        "/en/media/press-releases/",
        "/en/media/press-releases/?topic=urban-policy",
        "/en/feeds/all.rss",
        "/bg/feeds/events.ics",
        "/sitemap.xml",
        "/sitemap-bg.xml",
        "/robots.txt",
    ]
    for address in addresses:
        assert reader.get(address).status == 200, address
    rendered = reader.django.requests
    for address in addresses:
        assert reader.get(address).status == 200, address
    assert reader.django.requests == rendered


def test_the_stored_headers_are_the_rendered_ones(reader):
    first = reader.get("/en/cohesion/")
    again = reader.get("/en/cohesion/")
    for header in (
        "Content-Type",
        "Content-Language",
        "Content-Security-Policy",
        "X-Frame-Options",
        "Referrer-Policy",
        "X-Content-Type-Options",
    ):
        assert again.headers[header] == first.headers[header], header
    assert "Set-Cookie" not in again.headers


def test_compressed_variants_say_so_and_hold_the_same_page(reader):
    plain = reader.get("/en/cohesion/")
    assert "Content-Encoding" not in plain.headers
    assert plain.headers["Vary"] == "Accept-Encoding"
    assert int(plain.headers["Content-Length"]) == len(plain.body)
    by_brotli = reader.get("/en/cohesion/", Accept_Encoding="gzip, deflate, br")
    by_gzip = reader.get("/en/cohesion/", Accept_Encoding="gzip")
    assert by_brotli.headers["Content-Encoding"] == "br"
    assert by_gzip.headers["Content-Encoding"] == "gzip"
    assert brotli.decompress(by_brotli.body) == plain.body
    assert gzip.decompress(by_gzip.body) == plain.body
    assert len(by_brotli.body) < len(plain.body) / 3
    # Strong validators differ per representation.
    etags = {answer.headers["ETag"] for answer in (plain, by_brotli, by_gzip)}
    assert len(etags) == 3
    assert not any(etag.startswith("W/") for etag in etags)
    refused = reader.get("/en/cohesion/", Accept_Encoding="br;q=0, gzip;q=0")
    assert "Content-Encoding" not in refused.headers


def test_conditional_requests_get_304_from_the_store_and_from_django(reader, settings):
    first = reader.get("/en/cohesion/", Accept_Encoding="br")
    etag, modified = first.headers["ETag"], first.headers["Last-Modified"]
    assert reader.get("/en/cohesion/", If_None_Match=etag, Accept_Encoding="br").status == 304
    unchanged = reader.get("/en/cohesion/", If_Modified_Since=modified)
    assert unchanged.status == 304
    assert unchanged.body == b""
    assert reader.get("/en/cohesion/", If_None_Match='"something-else"').status == 200

    # Without a store, Django gives the same validators and the same 304.
    settings.PRESSROOM_STORE = None
    client = Client(HTTP_HOST="localhost")
    rendered = client.get("/en/cohesion/", HTTP_ACCEPT_ENCODING="br")
    assert rendered["ETag"] == etag
    assert client.get("/en/cohesion/", HTTP_IF_NONE_MATCH=etag).status_code == 304


def test_caching_headers_suit_a_cdn_in_front(reader):
    control = reader.get("/en/cohesion/").headers["Cache-Control"]
    parts = {part.strip().partition("=")[0] for part in control.split(",")}
    assert {"public", "max-age", "s-maxage", "stale-while-revalidate", "stale-if-error"} <= parts
    assert "max-age=0" in control


def test_head_is_answered_from_the_store_without_a_body(reader):
    page = reader.get("/en/cohesion/")
    head = reader.request("HEAD", "/en/cohesion/")
    assert head.status == 200
    assert head.body == b""
    assert head.headers["Content-Length"] == str(len(page.body))
    assert reader.django.requests == 1


# -- nothing personal is ever stored -------------------------------------------------------


def _stored(store) -> set[str]:
    return {url for _key, url, _at in store.entries()}


def test_a_signed_in_editor_is_never_served_or_stored(reader, store, client):
    reader.get("/en/cohesion/")
    editor = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(editor)
    session = client.cookies["sessionid"].value
    seen = reader.get("/en/cohesion/", Cookie=f"pressroom_language=en; sessionid={session}")
    assert reader.django.requests == 2  # rendered for the editor, not served from the store
    assert seen.status == 200
    assert "Cache-Control" not in seen.headers or "public" not in seen.headers["Cache-Control"]
    reader.get("/admin/", Cookie=f"sessionid={session}")
    assert _stored(store) == {"http://localhost/en/cohesion/"}


@pytest.mark.parametrize(
    "address",
    [
        "/en/cohesion/alliance/",  # the sign-up form, with its CSRF token
        "/bg/alerts/",  # the alerts form
        "/bg/search/?q=сближаване",  # a search: a parameter off the list
        "/en/media/press-releases/?utm_source=x",  # an unknown parameter
        "/en/media/press-releases/?topic=<script>",  # a value no slug has
        "/admin/login/",
        "/api/v2/pages/",
        "/en/no-such-page/",  # a 404 is not stored: an address is no page until published
        "/",  # the language is negotiated from each reader's browser
    ],
)
def test_personal_or_unlisted_responses_are_not_stored(reader, store, address):
    reader.get(address)
    reader.get(address)
    assert _stored(store) == set()
    assert reader.django.requests == 2


def test_posts_go_to_django(reader, store):
    reader.get("/en/cohesion/")
    answer = reader.request("POST", "/en/cohesion/")
    assert reader.django.requests == 2
    assert answer.status in (403, 405)


def test_the_key_is_the_whole_public_address(rf):
    key = request_key(rf.get("/bg/media/press-releases/", {"type": "x", "topic": "y"}).META)
    assert key == "http://testserver/bg/media/press-releases/?topic=y&type=x"
    assert request_key(rf.get("/bg/x/", HTTP_COOKIE="sessionid=abc").META) is None
    assert request_key(rf.get("/bg/x/", HTTP_COOKIE="csrftoken=abc").META) is not None
    assert request_key(rf.post("/bg/x/").META) is None
    assert request_key(rf.get("/bg/x/", HTTP_AUTHORIZATION="Basic eA==").META) is None
