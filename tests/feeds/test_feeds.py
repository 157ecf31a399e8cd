from xml.etree import ElementTree as ET

import pytest
from django.utils import translation
from icalendar import Calendar

from pressroom.events.models import EventPage
from pressroom.news.models import NewsPage
from pressroom.press.models import PressReleasePage
from tests.html import parse

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _xml(response):
    assert response.status_code == 200
    return ET.fromstring(response.content)  # noqa: S314 (our own feed, in a test)


def test_rss_feed_of_press_releases_in_bulgarian_marks_untranslated_entries(client, bulgarian):
    response = client.get("/bg/feeds/press-releases.rss")
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = _xml(response).find("channel")
    assert channel.findtext("language") == "bg"
    with translation.override("bg"):
        assert translation.gettext("Press releases") in channel.findtext("title")
    entries = {item.findtext("link"): item for item in channel.findall("item")}
    releases = PressReleasePage.objects.live().filter(locale=bulgarian)
    assert {release.full_url for release in releases} == set(entries)
    for release in releases:
        expected = "en" if release.alias_of_id else None
        assert entries[release.full_url].get(XML_LANG) == expected, release.slug
    translated = next(release for release in releases if not release.alias_of_id)
    assert entries[translated.full_url].findtext("title") == translated.title


def test_atom_feed_of_everything_is_newest_first_and_covers_every_kind(client, english):
    feed = _xml(client.get("/en/feeds/all.atom"))
    assert feed.tag == f"{ATOM}feed"
    links = [entry.find(f"{ATOM}link").get("href") for entry in feed.findall(f"{ATOM}entry")]
    published = [entry.findtext(f"{ATOM}published") for entry in feed.findall(f"{ATOM}entry")]
    assert published == sorted(published, reverse=True)
    assert any("/en/media/press-releases/" in link for link in links)
    assert any("/en/news/" in link for link in links)
    assert any("/en/events/" in link for link in links)
    assert any("/en/opinions/" in link for link in links)


def test_topic_feed_holds_only_pages_of_that_topic(client, english):
    channel = _xml(client.get("/en/feeds/topics/territorial-cohesion/news.rss")).find("channel")
    links = {item.findtext("link") for item in channel.findall("item")}
    expected = {
        page.full_url
        for page in NewsPage.objects.live().filter(
            locale=english, topics__slug="territorial-cohesion"
        )
    }
    assert links == expected and expected
    categories = {
        category.text for item in channel.findall("item") for category in item.findall("category")
    }
    assert "Territorial cohesion" in categories


@pytest.mark.parametrize(
    "path",
    [
        "/en/feeds/poems.rss",
        "/en/feeds/topics/no-such-topic/news.rss",
        "/bg/feeds/topics/x/events.ics",
    ],
)
def test_unknown_kind_or_topic_is_a_404_in_the_readers_language(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert parse(response).html["lang"] == path.split("/")[1]


def test_unpublished_pages_are_in_no_feed(client, english):
    release = PressReleasePage.objects.filter(locale=english).first()
    release.unpublish()
    links = {item.findtext("link") for item in _xml(client.get("/en/feeds/all.rss")).iter("item")}
    assert release.full_url not in links


def test_calendar_of_upcoming_events_in_brussels_time(client, bulgarian):
    response = client.get("/bg/feeds/events.ics")
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    events = Calendar.from_ical(response.content).walk("VEVENT")
    upcoming = EventPage.objects.live().filter(locale=bulgarian).upcoming()
    assert {str(event["url"]) for event in events} == {page.full_url for page in upcoming}
    assert all(event["dtstart"].dt.tzinfo.key == "Europe/Brussels" for event in events)
    english = {
        str(event["uid"])
        for event in Calendar.from_ical(client.get("/en/feeds/events.ics").content).walk("VEVENT")
    }
    assert {str(event["uid"]) for event in events} == english


def test_one_event_downloads_as_a_calendar_file(client, english):
    event = EventPage.objects.live().filter(locale=english).upcoming().first()
    page = parse(client.get(event.url))
    link = page.find("a", attrs={"type": "text/calendar", "download": True})
    response = client.get(link["href"])
    assert response["Content-Disposition"] == f'attachment; filename="{event.slug}.ics"'
    (vevent,) = Calendar.from_ical(response.content).walk("VEVENT")
    assert str(vevent["summary"]) == event.title
    assert str(vevent["location"]) == (event.venue or event.online_url)


def test_pages_announce_their_feeds_and_listings_offer_to_subscribe(client):
    soup = parse(client.get("/bg/media/press-releases/"))
    feeds = {
        link["href"]
        for link in soup.select('head link[rel="alternate"][type="application/rss+xml"]')
    }
    assert feeds == {"/bg/feeds/press-releases.rss", "/bg/feeds/all.rss"}
    box = soup.select_one("aside.subscribe")
    assert box.find("a", href="/bg/feeds/press-releases.rss").get_text() == "RSS"
    assert box.find("a", href="/bg/feeds/press-releases.atom")
    events = parse(client.get("/bg/events/"))
    assert events.select_one('head link[type="text/calendar"]')["href"] == "/bg/feeds/events.ics"


def test_overview_lists_every_feed_in_the_readers_language(client):
    soup = parse(client.get("/bg/feeds/"))
    with translation.override("bg"):
        assert soup.h1.get_text(strip=True) == translation.gettext("Feeds and calendars")
    hrefs = {link["href"] for link in soup.select("main a")}
    assert {
        "/bg/feeds/news.rss",
        "/bg/feeds/events.ics",
        "/bg/feeds/topics/territorial-cohesion/all.atom",
    } <= hrefs


def test_a_feed_takes_a_fixed_number_of_queries(client, django_assert_max_num_queries):
    with django_assert_max_num_queries(20):
        client.get("/bg/feeds/all.rss")


def test_a_topic_not_yet_translated_is_named_as_in_the_original(client):
    channel = _xml(client.get("/bg/feeds/topics/territorial-cohesion/news.rss")).find("channel")
    assert channel.findtext("title").endswith("Territorial cohesion")
