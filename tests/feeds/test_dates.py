"""Feeds, structured data and Open Graph give an item's own date, not the moment it was put
online: a release dated 1 March 2021 is published on 1 March 2021, and its later edits are
its updates."""

import json
from datetime import datetime
from email.utils import parsedate_to_datetime

import pytest
from defusedxml import ElementTree
from django.utils import timezone

from pressroom.news.models import NewsPage
from pressroom.opinions.models import OpinionPage
from pressroom.press.models import PressReleasePage
from tests.html import parse

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def articles(language):
    pages = [
        *PressReleasePage.objects.live().filter(locale__language_code=language),
        *NewsPage.objects.live().filter(locale__language_code=language),
        *OpinionPage.objects.live().filter(locale__language_code=language),
    ]
    return {page.full_url: page for page in pages}


@pytest.mark.parametrize("language", ["en", "bg"])
def test_feed_entries_bear_the_items_dates_newest_first(client, language):
    items = articles(language)
    root = ElementTree.fromstring(client.get(f"/{language}/feeds/all.rss").content)
    entries = root.findall("./channel/item")
    assert entries
    dates = []
    for entry in entries:
        page = items.get(entry.findtext("link"))
        if page is None:  # an event
            continue
        published = parsedate_to_datetime(entry.findtext("pubDate"))
        assert timezone.localdate(published) == page.date, page.title
        dates.append(published)
    assert len(dates) >= 5
    assert dates == sorted(dates, reverse=True)


def test_a_release_of_2021_is_published_in_2021(client, english):
    release = PressReleasePage.objects.filter(locale=english, date__year__lt=2025).first()
    assert release is not None, "the demo has an older release"
    soup = parse(client.get(release.url))
    (script,) = soup.select('script[type="application/ld+json"]')
    graph = {entity["@type"]: entity for entity in json.loads(script.string)["@graph"]}
    assert graph["NewsArticle"]["datePublished"].startswith(release.date.isoformat())
    published = soup.select_one('meta[property="article:published_time"]')["content"]
    assert published.startswith(release.date.isoformat())
    atom = ElementTree.fromstring(client.get("/en/feeds/press-releases.atom").content)
    (entry,) = [
        entry
        for entry in atom.findall(f"{ATOM}entry")
        if entry.find(f"{ATOM}link").get("href") == release.full_url
    ]
    assert entry.findtext(f"{ATOM}published").startswith(release.date.isoformat())
    assert entry.findtext(f"{ATOM}updated").startswith(release.date.isoformat())


def test_an_edit_is_an_update_of_the_item_not_a_new_date(client, english):
    release = PressReleasePage.objects.filter(locale=english, date__year__lt=2025).first()
    release.title = "Barometer, corrected"
    release.save_revision().publish()
    soup = parse(client.get(release.url))
    (script,) = soup.select('script[type="application/ld+json"]')
    article = {e["@type"]: e for e in json.loads(script.string)["@graph"]}["NewsArticle"]
    assert article["datePublished"].startswith(release.date.isoformat())
    modified = datetime.fromisoformat(article["dateModified"])
    assert timezone.localdate(modified) == timezone.localdate()
