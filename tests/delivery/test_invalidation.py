"""Every change shows at the next request after the editor's action: exactly the stored
responses that show what changed are dropped, and no others."""

import threading
import time
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.utils import timezone
from wagtail.models import Locale, Page

from pressroom.alliance.models import AlliancePage, Signature
from pressroom.alliance.services import confirm
from pressroom.events.models import EventIndexPage
from pressroom.multimedia.models import Video
from pressroom.press.models import PressReleaseIndexPage, PressReleasePage
from pressroom.topics.models import Topic
from tests.factories import EventPageFactory, NewsPageFactory, PressReleasePageFactory

pytestmark = pytest.mark.django_db

RELEASE_PLACES = [
    "/en/",
    "/en/media/",
    "/en/media/press-releases/",
    "/en/feeds/all.rss",
    "/en/feeds/press-releases.rss",
    "/sitemap-en.xml",
]
UNRELATED = ["/en/events/", "/bg/opinions/"]


def _warm(reader, addresses):
    for address in addresses:
        assert reader.get(address).status == 200, address


def _stored(store) -> set[str]:
    return {url.removeprefix("http://localhost") for _key, url, _at in store.entries()}


@pytest.fixture
def release(english):
    return PressReleasePage.objects.get(locale=english, slug="barometer-statement")


def test_publishing_an_edit_shows_everywhere_at_the_next_request(reader, store, committed, release):
    _warm(reader, [release.url, *RELEASE_PLACES, *UNRELATED])
    release.title = "Barometer: the regions speak up"
    with committed():
        release.save_revision().publish()
    stored = _stored(store)
    assert release.url not in stored
    assert not stored & set(RELEASE_PLACES)
    assert set(UNRELATED) <= stored  # not "clear everything"
    for address in [release.url, *RELEASE_PLACES[:-1]]:
        assert "Barometer: the regions speak up" in reader.get(address).text, address


def test_a_new_page_joins_its_listings_feeds_and_sitemap(reader, store, committed):
    _warm(reader, [*RELEASE_PLACES, *UNRELATED])
    new = PressReleasePageFactory(title="Regions welcome the new cohesion rules", live=False)
    with committed():
        new.save_revision().publish()
    assert set(UNRELATED) <= _stored(store)
    for address in RELEASE_PLACES[:-1]:
        assert "Regions welcome the new cohesion rules" in reader.get(address).text, address
    assert new.url in reader.get("/sitemap-en.xml").text


def test_unpublishing_takes_a_page_out_everywhere(reader, store, committed, release):
    _warm(reader, [release.url, *RELEASE_PLACES])
    url = release.url
    with committed():
        release.unpublish()
    assert reader.get(url).status == 404
    for address in RELEASE_PLACES:
        assert url not in reader.get(address).text, address


def test_deleting_a_page_takes_it_out_everywhere(reader, store, committed, release):
    _warm(reader, [release.url, *RELEASE_PLACES])
    url = release.url
    with committed():
        Page.objects.get(pk=release.pk).delete()
    assert reader.get(url).status == 404
    for address in RELEASE_PLACES:
        assert url not in reader.get(address).text, address


def test_moving_a_page_moves_it_and_everything_under_it(reader, store, committed, english):
    index = PressReleaseIndexPage.objects.get(locale=english)
    release = PressReleaseIndexPage.objects.get(locale=english).get_children().live().first()
    old_url = release.url
    _warm(reader, [old_url, "/en/media/press-releases/"])
    events = EventIndexPage.objects.get(locale=english)
    with committed():
        release.move(events, pos="last-child")
    release.refresh_from_db()
    moved = reader.get(old_url)  # the address left behind redirects to the new one
    assert (moved.status, moved.headers["Location"]) == (301, release.url)
    assert reader.get(release.url).status == 200
    assert old_url not in reader.get(index.url).text


def test_a_published_translation_replaces_the_original_in_its_language(
    reader, store, committed, release
):
    german = Locale.objects.get(language_code="de")
    version = release.get_translation(german)
    _warm(reader, [version.url, "/de/media/press-releases/", release.url])
    assert 'lang="en"' in reader.get(version.url).text  # shown in English, and says so
    translated = version.specific
    translated.alias_of = None
    translated.title = "Barometer: Die Regionen melden sich zu Wort"
    translated.save()
    with committed():
        translated.save_revision().publish()
    for address in (version.url, "/de/media/press-releases/"):
        assert "Die Regionen melden sich zu Wort" in reader.get(address).text, address
    # The original now names the German version among its alternates.
    assert 'hreflang="de"' in reader.get(release.url).text


def _sleep_until(moment):
    time.sleep(max(0.0, (moment - timezone.now()).total_seconds()) + 0.05)


def test_an_embargo_lifts_at_its_time_with_nothing_run(reader, store, release):
    release.embargo_until = timezone.now() + timedelta(seconds=5)
    release.save_revision().publish()
    url = release.url
    store.drop_all()
    _warm(reader, [*RELEASE_PLACES, *UNRELATED])
    assert url not in reader.get("/en/media/press-releases/").text
    assert reader.get(url).status == 404
    _sleep_until(release.embargo_until)
    assert reader.get(url).status == 200
    for address in RELEASE_PLACES:
        assert url in reader.get(address).text, address
    assert set(UNRELATED) <= _stored(store)


def test_an_event_passes_from_upcoming_to_past_at_its_end(reader, store, committed):
    start = timezone.now() - timedelta(hours=1)
    event = EventPageFactory(
        title="Cohesion forum closing session",
        start=start,
        end=timezone.now() + timedelta(seconds=5),
    )
    with committed():
        event.save_revision().publish()
    _warm(reader, ["/en/events/", "/en/"])

    before = reader.get("/en/events/").text
    assert "Cohesion forum closing session" in before
    _sleep_until(event.end)
    after = reader.get("/en/events/").text
    assert after != before
    assert "Cohesion forum closing session" in after


def test_a_topic_renamed_shows_on_every_page_that_names_it(reader, store, committed):
    topic = Topic.objects.get(locale__language_code="en", slug="cohesion-policy-reform")
    _warm(reader, ["/en/media/press-releases/", "/en/cohesion/", "/en/feeds/"])
    topic.name = "Cohesion and solidarity"
    with committed():
        topic.save()
    for address in ("/en/media/press-releases/", "/en/feeds/"):
        assert "Cohesion and solidarity" in reader.get(address).text, address


def test_a_confirmed_signature_counts_on_the_campaign_page_at_once(reader, store, committed):
    alliance = AlliancePage.objects.get(locale__language_code="en")
    _warm(reader, ["/en/cohesion/", "/en/events/"])
    signature = Signature.objects.filter(alliance=alliance, confirmed_at__isnull=True).first()
    if signature is None:
        signature = Signature.objects.filter(alliance=alliance).first()
        Signature.objects.filter(pk=signature.pk).update(confirmed_at=None)
    with committed():
        assert confirm(signature)
    assert "/en/cohesion/" not in _stored(store)
    assert "/en/events/" in _stored(store)


def test_a_render_that_began_before_a_change_is_not_stored(store):
    generation = store.generation()
    store.drop({"page:anything"})
    store.put(
        "http://localhost/x/",
        "http://localhost/x/",
        200,
        [],
        b"old",
        "text/html",
        set(),
        generation,
    )
    assert store.get("http://localhost/x/") is None
    store.put(
        "http://localhost/x/",
        "http://localhost/x/",
        200,
        [],
        b"new",
        "text/html",
        set(),
        store.generation(),
    )
    assert store.get("http://localhost/x/").bodies["identity"] == b"new"


class _Varnish(BaseHTTPRequestHandler):
    purged: list[str]

    def do_PURGE(self):  # noqa: N802 (the HTTP method's name)
        self.purged.append(f"http://{self.headers['Host']}{self.path}")
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


def test_a_frontend_cache_is_sent_purges_for_what_was_dropped(
    reader, store, committed, settings, release
):
    handler = type("Varnish", (_Varnish,), {"purged": []})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    settings.WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_address[1]}",
        }
    }
    try:
        _warm(reader, [release.url, *RELEASE_PLACES, *UNRELATED])
        release.title = "Barometer: the regions speak up"
        with committed():
            release.save_revision().publish()
    finally:
        server.shutdown()
    purged = {url.removeprefix("http://localhost") for url in handler.purged}
    assert {release.url, *RELEASE_PLACES} <= purged
    assert not purged & set(UNRELATED)


def test_news_on_a_campaign_topic_shows_on_the_campaign_page(reader, store, committed):
    topic = Topic.objects.get(locale__language_code="en", slug="territorial-cohesion")
    _warm(reader, ["/en/cohesion/", *UNRELATED])
    news = NewsPageFactory(title="Border regions pool their hospitals", live=False)
    news.topics.set([topic])
    with committed():
        news.save_revision().publish()
    assert "Border regions pool their hospitals" in reader.get("/en/cohesion/").text
    assert "/bg/opinions/" in _stored(store)


def test_a_video_edited_in_the_admin_shows_on_the_campaign_page(reader, store, committed):
    video = Video.objects.filter(locale__language_code="en").newest_first().first()
    _warm(reader, ["/en/cohesion/", "/en/videos/", "/en/events/"])
    video.title = "Cohesion in ninety seconds"
    with committed():
        video.save()
    for address in ("/en/cohesion/", "/en/videos/"):
        assert "Cohesion in ninety seconds" in reader.get(address).text, address
    assert "/en/events/" in _stored(store)
