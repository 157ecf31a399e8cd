import pytest
from defusedxml import ElementTree as ET

pytestmark = pytest.mark.django_db

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def _urls(client, path):
    response = client.get(path)
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    return {
        url.find("s:loc", NS).text: {
            link.get("hreflang"): link.get("href") for link in url.findall("x:link", NS)
        }
        for url in root.findall("s:url", NS)
    }


def test_sitemap_index_lists_the_sitemaps_of_languages_with_pages_written_in_them(client):
    root = ET.fromstring(client.get("/sitemap.xml").content)
    locations = [item.find("s:loc", NS).text for item in root.findall("s:sitemap", NS)]
    assert locations == ["http://localhost/sitemap-bg.xml", "http://localhost/sitemap-en.xml"]
    for location in locations:  # none of them empty
        assert _urls(client, location.removeprefix("http://localhost"))


def test_language_sitemap_lists_real_translations_with_their_alternates(client):
    urls = _urls(client, "/sitemap-bg.xml")
    assert urls["http://localhost/bg/cohesion/"] == {
        "bg": "http://localhost/bg/cohesion/",
        "en": "http://localhost/en/cohesion/",
        "x-default": "http://localhost/cohesion/",
    }
    assert "http://localhost/bg/news/rural-areas-not-left-behind/" not in urls
    english = _urls(client, "/sitemap-en.xml")
    assert english["http://localhost/en/news/rural-areas-not-left-behind/"] == {
        "en": "http://localhost/en/news/rural-areas-not-left-behind/",
        "x-default": "http://localhost/news/rural-areas-not-left-behind/",
    }


def test_language_without_translations_has_an_empty_sitemap(client):
    assert _urls(client, "/sitemap-de.xml") == {}


def test_x_default_address_negotiates_the_language(client):
    response = client.get("/cohesion/", HTTP_ACCEPT_LANGUAGE="bg")
    assert response.status_code == 302
    assert response["Location"] == "/bg/cohesion/"


def test_unknown_sitemap_is_not_found(client):
    assert client.get("/sitemap-xx.xml").status_code == 404


def test_robots_txt_points_to_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert "Sitemap: http://localhost/sitemap.xml" in response.content.decode()
