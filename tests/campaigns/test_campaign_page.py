from datetime import timedelta

import pytest
from django.utils import timezone, translation

from pressroom.campaigns.models import CampaignPage
from pressroom.events.models import EventIndexPage, EventPage
from pressroom.topics.models import Topic
from tests.html import headings, language_of, parse

pytestmark = pytest.mark.django_db

SEED_SECTIONS_BG = [
    "Сближаването — наша основна ценност",
    "Съдържание",
    "Нашите цели",
    "Последни новини",
    "Прояви",
    "Минали събития",
    "Становища",
    "Приети становища",
    "Становища в процес на обсъждане",
    "Мултимедийни материали",
    "Вижте повече",
    "За контакт",
    "Споделяне:",
]


def test_bulgarian_campaign_page_shows_every_seed_section_in_order(client):
    soup = parse(client.get("/bg/cohesion/"))
    assert [text for text in headings(soup, ("h1", "h2", "h3")) if text in SEED_SECTIONS_BG] == (
        SEED_SECTIONS_BG
    )
    assert (
        soup.select_one(".lead")
        .get_text()
        .startswith("Един от основните приоритети на Европейския комитет на регионите")
    )
    goals = [item.get_text() for item in soup.select("#goals li")]
    assert len(goals) == 5
    assert goals[0].startswith("покаже, че сближаването не се свежда (само) до пари")


def test_table_of_contents_links_to_each_section(client):
    soup = parse(client.get("/bg/cohesion/"))
    targets = [link["href"] for link in soup.select("nav.toc a")]
    assert targets == [
        "#goals",
        "#news",
        "#events",
        "#past-events",
        "#opinions",
        "#multimedia",
        "#alliance",
        "#contact",
    ]
    for target in targets:
        assert soup.find(id=target[1:]) is not None


def test_video_titles_stay_english_and_are_marked(client):
    soup = parse(client.get("/bg/cohesion/"))
    featured = soup.select_one("#multimedia .video__title")
    assert featured.get_text() == "EU is Cohesion: A participatory rooftop farm in Brussels"
    assert featured["lang"] == "en"
    more = soup.select("#multimedia .video-list a > span")
    assert len(more) == 12
    assert all(title["lang"] == "en" for title in more)
    assert "Join the #CohesionAlliance" in [title.get_text() for title in more]


def test_contact_person_from_the_seed(client):
    soup = parse(client.get("/bg/cohesion/"))
    contact = soup.select_one("#contact")
    assert "Matteo Miglietta" in contact.get_text()
    assert contact.find("a", href="mailto:Matteo.miglietta@cor.europa.eu")
    assert contact.find("a", href="tel:+32470895382").get_text() == "+32 (0) 470 89 53 82"


def test_share_links_are_plain_links_and_back_to_top_returns_to_the_top(client):
    soup = parse(client.get("/bg/cohesion/"))
    share = soup.select(".share a")
    assert [link.get_text() for link in share][:3] == ["Facebook", "X", "LinkedIn"]
    assert "http%3A%2F%2Flocalhost%2Fbg%2Fcohesion%2F" in share[0]["href"]
    back = soup.select_one('.site-footer a[href="#top"]')
    assert back["href"] == "#top"
    assert soup.body["id"] == "top"
    with translation.override("bg"):
        assert back.get_text() == translation.gettext("Back to top")
    assert soup.select_one(".site-footer a[href='/bg/feeds/']")


def test_english_campaign_page_is_in_english(client):
    soup = parse(client.get("/en/cohesion/"))
    assert soup.h1.get_text() == "Cohesion — our fundamental value"
    assert headings(soup)[1:4] == ["Contents", "Our goals", "Latest news"]
    assert language_of(soup.select_one("#multimedia .video__title")) == "en"


def _event(index, title, start, topic):
    event = EventPage(
        title=title,
        slug=title.lower().replace(" ", "-"),
        start=start,
        end=start + timedelta(hours=2),
        venue="Brussels",
    )
    index.add_child(instance=event)
    event.topics.set([topic])
    event.save_revision().publish()
    return event


def test_events_are_upcoming_or_past_by_their_date(client, english):
    index = EventIndexPage.objects.get(locale=english)
    topic = Topic.objects.get(slug="territorial-cohesion", locale=english)
    now = timezone.now()
    _event(index, "Ended yesterday", now - timedelta(days=1), topic)
    _event(index, "Starts tomorrow", now + timedelta(days=1), topic)
    soup = parse(client.get("/en/cohesion/"))
    upcoming = soup.select_one("#events").get_text()
    past = soup.select_one("#past-events").get_text()
    assert "Starts tomorrow" in upcoming
    assert "Ended yesterday" not in upcoming
    assert "Ended yesterday" in past


# The page's sections, its snippets and their languages, and the alliance: finding it (if it
# is public) and its count by country and category; the renditions of the posters, one.
CAMPAIGN_QUERY_BUDGET = 40


def test_campaign_page_renders_within_its_query_budget(client, django_assert_max_num_queries):
    client.get("/bg/cohesion/")
    with django_assert_max_num_queries(CAMPAIGN_QUERY_BUDGET):
        client.get("/bg/cohesion/")


def test_campaign_sections_are_empty_without_topics(client, english):
    campaign = CampaignPage.objects.get(locale=english)
    campaign.topics.set([])
    campaign.save_revision().publish()
    soup = parse(client.get("/en/cohesion/"))
    assert soup.select_one("#news") is None
    assert soup.select_one("#goals") is not None


def test_untranslated_campaign_page_renders_within_the_same_budget(
    client, django_assert_max_num_queries
):
    client.get("/de/cohesion/")
    with django_assert_max_num_queries(CAMPAIGN_QUERY_BUDGET):
        client.get("/de/cohesion/")
