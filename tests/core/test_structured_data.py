import json

import pytest

from pressroom.events.models import EventPage
from pressroom.press.models import PressReleasePage
from tests.html import parse

pytestmark = pytest.mark.django_db


def _graph(soup):
    (script,) = soup.select('script[type="application/ld+json"]')
    return {entity["@type"]: entity for entity in json.loads(script.string)["@graph"]}


def _meta(soup, name):
    tag = soup.select_one(f'meta[property="{name}"], meta[name="{name}"]')
    return tag["content"] if tag else None


def test_press_release_is_a_news_article_with_its_publisher(client, bulgarian):
    release = (
        PressReleasePage.objects.live().filter(locale=bulgarian, alias_of__isnull=True).first()
    )
    soup = parse(client.get(release.url))
    graph = _graph(soup)
    article = graph["NewsArticle"]
    assert article["headline"] == release.title
    assert article["inLanguage"] == "bg"
    assert article["url"] == release.full_url
    assert article["publisher"] == {"@id": graph["Organization"]["@id"]}
    assert article["datePublished"].startswith(str(release.first_published_at.date()))
    assert _meta(soup, "og:type") == "article"
    assert _meta(soup, "og:locale") == "bg_BG"
    assert "en_US" in [
        tag["content"] for tag in soup.select('meta[property="og:locale:alternate"]')
    ]
    assert _meta(soup, "twitter:card") == "summary"
    assert soup.select_one('link[rel="canonical"]')["href"] == release.full_url


def test_event_says_when_and_where(client, english):
    event = EventPage.objects.live().filter(locale=english).exclude(venue="").first()
    data = _graph(parse(client.get(event.url)))["Event"]
    assert data["name"] == event.title
    assert data["startDate"].endswith(("+01:00", "+02:00"))
    assert {"@type": "Place", "name": event.venue} in (
        data["location"] if isinstance(data["location"], list) else [data["location"]]
    )
    assert data["eventAttendanceMode"].startswith("https://schema.org/")


def test_media_centre_describes_its_press_officers(client):
    graph = json.loads(
        parse(client.get("/en/media/")).select_one('script[type="application/ld+json"]').string
    )["@graph"]
    people = [entity for entity in graph if entity["@type"] == "Person"]
    assert people
    assert {"David Crous Duran"} <= {person["name"] for person in people}
    crous = next(person for person in people if person["name"] == "David Crous Duran")
    assert crous["knowsLanguage"] == ["es", "fr", "en", "pt"]


def test_untranslated_page_points_to_its_original_as_canonical(client):
    soup = parse(client.get("/de/cohesion/"))
    assert soup.select_one('link[rel="canonical"]')["href"] == "http://localhost/en/cohesion/"
    assert _graph(soup)["WebPage"]["inLanguage"] == "en"


def test_every_public_page_has_its_meta_data(client):
    for path in (
        "/bg/",
        "/bg/cohesion/",
        "/bg/media/",
        "/bg/news/",
        "/bg/events/",
        "/bg/opinions/",
    ):
        soup = parse(client.get(path))
        assert soup.select_one('link[rel="canonical"]'), path
        assert _meta(soup, "og:title"), path
        assert "Organization" in _graph(soup), path


def test_json_ld_cannot_close_its_script_element(client, english):
    release = PressReleasePage.objects.live().filter(locale=english).first()
    release.title = "</script><script>alert(1)</script>"
    release.save_revision().publish()
    soup = parse(client.get(release.url))
    assert _graph(soup)["NewsArticle"]["headline"] == "</script><script>alert(1)</script>"
    assert len(soup.select("script")) == 1


def test_the_x_default_address_answers_in_the_readers_language(client):
    soup = parse(client.get("/en/media/"))
    default = soup.select_one('link[rel="alternate"][hreflang="x-default"]')["href"]
    assert default == "http://localhost/media/"
    response = client.get("/media/", HTTP_ACCEPT_LANGUAGE="bg")
    assert response.status_code in (301, 302)
    assert response["Location"].endswith("/bg/media/")


def test_atom_feeds_name_the_institution_as_author(client):
    from defusedxml import ElementTree

    atom = "{http://www.w3.org/2005/Atom}"
    feed = ElementTree.fromstring(client.get("/bg/feeds/all.atom").content)
    assert feed.findtext(f"{atom}author/{atom}name")
    assert feed.find(f"{atom}author/{atom}uri").text == "http://localhost/"
