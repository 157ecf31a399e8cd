"""The search page: facets, highlighting, pagination, fallbacks, "did you mean", freshness."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone, translation

from pressroom.press.models import PressReleasePage
from tests.alerts.helpers import publish_release, publish_translation, topic
from tests.html import parse

from .helpers import publish_in, titles

pytestmark = pytest.mark.django_db


def _bg(text):
    with translation.override("bg"):
        return translation.gettext(text)


def test_the_demo_content_is_found_in_bulgarian(client):
    response = client.get("/bg/search/", {"q": "сближаването"})
    assert response.status_code == 200
    assert len(titles(response)) >= 1


def test_an_untranslated_original_is_found_and_labelled_for_a_bulgarian_reader(client):
    release = publish_release(title="Smart villages and rural broadband")
    response = client.get("/bg/search/", {"q": "villages"})
    soup = parse(response)
    (hit,) = [h for h in soup.select(".search-hit") if release.title in h.get_text()]
    assert hit.select_one(".search-hit__title")["lang"] == "en"
    link = hit.select_one(".search-hit__title a")["href"]
    assert link.startswith("/bg/")  # the Bulgarian address, showing the English as it says
    with translation.override("bg"):
        assert hit.select_one(".search-hit__language").get_text(strip=True) == (
            translation.gettext("in %(language)s") % {"language": "английски"}
        )


def test_the_readers_language_comes_first(client):
    publish_release(title="Mountain regions and cohesion")
    publish_in("bg", "Планинските региони", "Mountain regions")
    hits = titles(client.get("/bg/search/", {"q": "mountain"}))
    assert hits.index("Планинските региони") < hits.index("Mountain regions and cohesion")


def test_the_matching_words_are_highlighted(client):
    publish_release(title="Islands ask for a fair transition")
    soup = parse(client.get("/en/search/", {"q": "island"}))
    marks = [mark.get_text() for mark in soup.select(".search-hit__title mark")]
    assert marks == ["Islands"]


def test_facets_count_and_filter(client):
    urban = topic("urban-policy")
    publish_release(title="Urban mobility in growing cities", topics=[urban])
    publish_release(title="Mobility of young workers")
    response = client.get("/en/search/", {"q": "mobility"})
    soup = parse(response)
    topics = {a.get_text(strip=True): a for a in soup.select(".search-facet a")}
    assert "Urban policy" in topics
    facet_item = topics["Urban policy"].parent.get_text(" ", strip=True)
    assert facet_item.endswith("(1)")

    filtered = client.get("/en/search/" + topics["Urban policy"]["href"])
    assert titles(filtered) == ["Urban mobility in growing cities"]
    by_kind = titles(client.get("/en/search/", {"q": "mobility", "kind": "news"}))
    assert by_kind == []


def test_results_are_paginated(client):
    for number in range(23):
        publish_release(title=f"Harbour report number {number}")
    first = client.get("/en/search/", {"q": "harbour"})
    assert len(titles(first)) == 20
    second = client.get("/en/search/", {"q": "harbour", "page": 2})
    assert len(titles(second)) == 3
    assert not set(titles(first)) & set(titles(second))


def test_did_you_mean_when_nothing_is_found(client):
    publish_release(title="Wildfires and the solidarity fund")
    soup = parse(client.get("/en/search/", {"q": "wildfirse"}))
    assert soup.select_one(".search-suggestion a").get_text() == "wildfires"


def test_publishing_unpublishing_and_editing_show_at_once(client):
    release = publish_release(title="Seaweed farming in coastal regions")
    assert titles(client.get("/en/search/", {"q": "seaweed"})) == [release.title]

    release.title = "Algae farming in coastal regions"
    release.save_revision().publish()
    assert titles(client.get("/en/search/", {"q": "seaweed"})) == []
    assert titles(client.get("/en/search/", {"q": "algae"})) == [release.title]

    release.unpublish()
    assert titles(client.get("/en/search/", {"q": "algae"})) == []


def test_a_translation_is_found_as_soon_as_it_is_published(client):
    release = publish_release(title="Geothermal energy for district heating")
    assert titles(client.get("/bg/search/", {"q": "geothermal"})) == [release.title]
    bulgarian = publish_translation(release, "bg", "[bg] ")
    assert titles(client.get("/bg/search/", {"q": "geothermal"})) == [bulgarian.title]


def test_an_embargoed_release_is_found_only_after_its_time(client):
    release = publish_release(
        title="Budget figures for the next period",
        embargo_until=timezone.now() + timedelta(hours=1),
    )
    assert titles(client.get("/en/search/", {"q": "budget figures"})) == []
    PressReleasePage.objects.filter(pk=release.pk).update(
        embargo_until=timezone.now() - timedelta(seconds=1)
    )
    assert titles(client.get("/en/search/", {"q": "budget figures"})) == [release.title]


def test_a_video_is_found(client):
    from tests.factories import VideoFactory

    VideoFactory(title="Interview with a rapporteur on glaciers")
    hits = titles(client.get("/en/search/", {"q": "glacier"}))
    assert hits == ["Interview with a rapporteur on glaciers"]


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        '"',
        "*",
        "OR",
        "NEAR(",
        "cohesion AND",
        '"unterminated',
        "'; DROP TABLE pressroom_search_entry; --",
        "сближаване polityka Ελλάδα cohesion",
        "🇪🇺 🚀",
        "a\x00b",
        "-",
        "^col:*",
    ],
)
def test_odd_queries_get_a_page_never_an_error(client, query):
    response = client.get("/bg/search/", {"q": query})
    assert response.status_code == 200
    assert parse(response).h1


def test_a_10000_character_query_is_refused_with_a_message(client):
    response = client.get("/bg/search/", {"q": "сближаване " * 1000})
    assert response.status_code == 400
    error = parse(response).select_one("#search-error").get_text(strip=True)
    assert error == _bg("Your search is too long. Use at most %(count)d characters.") % {
        "count": 500
    }


@pytest.mark.parametrize(
    "params", [{"kind": "gossip"}, {"year": "20x4"}, {"language": "tlh"}, {"page": "-1"}]
)
def test_bad_filters_get_a_message(client, params):
    response = client.get("/en/search/", {"q": "cohesion", **params})
    assert response.status_code in (200, 400)
    if response.status_code == 400:
        assert parse(response).select_one("#search-error")


def test_the_search_api(client):
    release = publish_release(title="Cross-border health services")
    data = client.get("/api/v2/search/", {"q": "health service", "locale": "bg"}).json()
    assert data["total"] >= 1
    (hit,) = [item for item in data["results"] if item["title"] == release.title]
    assert hit["fallback"] is True and hit["language"] == "en"
    assert hit["url"].startswith("http://localhost/bg/")
    assert {item["value"] for item in data["facets"]["kind"]} >= {"press-releases"}
    bad = client.get("/api/v2/search/", {"q": "x", "locale": "tlh"})
    assert bad.status_code == 400 and bad.json()["message"]


def test_reindexing_shows_progress_and_resumes(client):
    from io import StringIO

    from pressroom.search.models import Entry, ReindexRun

    out = StringIO()
    call_command("search_reindex", "--language", "bg", stdout=out)
    assert "bg: " in out.getvalue()
    assert titles(client.get("/bg/search/", {"q": "сближаването"}))

    # A run stopped half-way, after Bulgarian: --resume indexes only what it had not done.
    run = ReindexRun.objects.create(started_at=timezone.now() - timedelta(hours=1))
    Entry.objects.update(indexed_at=run.started_at - timedelta(hours=1))
    Entry.objects.filter(language="bg").update(indexed_at=timezone.now())
    out = StringIO()
    call_command("search_reindex", "--resume", stdout=out)
    assert "resuming" in out.getvalue()
    assert "en: " in out.getvalue() and "bg: " not in out.getvalue()
    assert not Entry.objects.filter(indexed_at__lt=run.started_at).exists()
    assert titles(client.get("/en/search/", {"q": "cohesion"}))

    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="no such language"):
        call_command("search_reindex", "--language", "xx")


def test_the_campaign_page_is_found_under_its_kind(client):
    response = client.get("/en/search/", {"q": "fundamental value", "kind": "campaigns"})
    assert titles(response) == ["Cohesion — our fundamental value"]
    soup = parse(response)
    selected = soup.select_one('.search-facet a[aria-current="true"]').get_text(" ", strip=True)
    assert selected.startswith("Campaigns (1)")
