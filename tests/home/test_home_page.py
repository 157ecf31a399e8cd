import pytest

from tests.html import parse

pytestmark = pytest.mark.django_db


def test_home_shows_latest_press_releases_campaigns_and_upcoming_events(client):
    soup = parse(client.get("/bg/"))
    assert soup.h1.get_text() == "Европейски комитет на регионите"
    sections = {
        section.h2.get_text(): [title.get_text(strip=True) for title in section.select("h3")]
        for section in soup.select("main section")
    }
    releases, campaigns, events = sections.values()
    assert releases[0].startswith("Възстановяването на ЕС няма да бъде ефективно")
    assert campaigns == ["Сближаването — наша основна ценност"]
    assert events == [
        "Конференция на Алианса за сближаване: сближаването след 2027 г.",
        "Online dialogue: cohesion in rural areas",
    ]


def test_alternate_links_name_real_translations_only(client):
    soup = parse(client.get("/bg/cohesion/"))
    alternates = {
        link["hreflang"]: link["href"] for link in soup.select("link[rel=alternate][hreflang]")
    }
    assert alternates == {
        "bg": "http://localhost/bg/cohesion/",
        "en": "http://localhost/en/cohesion/",
        "x-default": "http://localhost/cohesion/",  # the address that picks the language
    }
