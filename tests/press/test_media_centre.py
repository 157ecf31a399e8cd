import pytest

from tests.html import headings, language_of, parse

pytestmark = pytest.mark.django_db


def test_bulgarian_media_centre_shows_the_seed_sections_in_order(client):
    soup = parse(client.get("/bg/media/"))
    assert headings(soup, ("h1", "h2")) == [
        "Медиен център",
        "Latest press releases",
        "Свързана информация",
        "Екип „Социални медии“",
        "Press officers",
        "Аудио-визуални услуги",
        "Фотографски услуги",
    ]
    assert (
        soup.select_one(".intro")
        .get_text(strip=True)
        .startswith("Медийният център отразява последните новини")
    )
    assert soup.select_one(".social-links a").get_text() == "Facebook"
    related = [link.get_text() for link in soup.select("#related a")]
    assert related == ["Съобщения за пресата", "Прояви", "Становища"]


def test_english_media_centre_is_all_english(client):
    soup = parse(client.get("/en/media/"))
    assert headings(soup, ("h1", "h2")) == [
        "Media centre",
        "Latest press releases",
        "Related information",
        "Social media team",
        "Press officers",
        "Audiovisual services",
        "Photo services",
    ]
    assert not soup.select("main [lang]:not([lang=en])")


def test_latest_press_release_shows_type_and_topics_with_english_fallbacks(client):
    soup = parse(client.get("/bg/media/"))
    release = soup.select_one("#press-releases .item")
    assert release.h3.get_text(strip=True).startswith("Възстановяването на ЕС няма да бъде")
    assert language_of(release.h3) == "bg"
    release_type = release.select_one(".release-type")
    assert release_type.get_text() == "Press release"
    assert release_type["lang"] == "en"
    topics = [topic.get_text() for topic in release.select(".topic")]
    assert "Cohesion policy reform" in topics
    assert all(topic["lang"] == "en" for topic in release.select(".topic"))


def test_press_officers_are_listed_with_the_languages_they_speak(client):
    soup = parse(client.get("/bg/media/"))
    officers = {
        item.select_one(".officer__name").get_text(): [abbr.get_text() for abbr in item("abbr")]
        for item in soup.select(".officer")
    }
    assert officers["David Crous Duran"] == ["ES", "FR", "EN", "PT"]
    assert officers["Andrew Gardner"] == ["EN", "CS", "FR"]
    assert officers["Lauri Ouvinen"] == ["FI", "SV", "ES", "FR"]
    assert list(officers)[0] == "David Crous Duran"
    swedish = soup.find("abbr", string="SV")
    assert swedish["title"] == "шведски"


def test_page_language_is_bulgarian_with_english_parts_marked(client):
    soup = parse(client.get("/bg/media/"))
    assert soup.html["lang"] == "bg"
    assert language_of(soup.select_one("#press-officers-heading")) == "en"
    assert language_of(soup.select_one("#photo-services-heading")) == "bg"


def test_media_centre_renders_within_its_query_budget(client, django_assert_max_num_queries):
    client.get("/bg/media/")
    with django_assert_max_num_queries(40):
        client.get("/bg/media/")
