"""The campaign page is light: HTML, CSS and JavaScript under 60 KB before compression, no
web fonts or anything else from another host, and images in responsive renditions (WebP
with a JPEG fallback) whose width and height are set."""

import re

import pytest
from django.contrib.staticfiles import finders

from tests.html import parse

pytestmark = pytest.mark.django_db

LIMIT = 60 * 1024


def _asset_bytes(url: str) -> bytes:
    path = finders.find(url.removeprefix("/static/").split("?")[0])
    assert path, f"{url} is not a static file of the site"
    with open(path, "rb") as file:
        return file.read()


@pytest.mark.parametrize("address", ["/bg/cohesion/", "/en/cohesion/", "/de/cohesion/"])
def test_the_campaign_page_weighs_under_60_kb(client, address):
    response = client.get(address)
    soup = parse(response)
    assets = [link["href"] for link in soup.select('link[rel="stylesheet"]')]
    assets += [script["src"] for script in soup.select("script[src]")]
    weight = len(response.content) + sum(len(_asset_bytes(url)) for url in assets)
    assert assets  # the stylesheet is counted
    assert weight < LIMIT, f"{weight:,} bytes"


def test_nothing_is_fetched_from_another_host(client):
    soup = parse(client.get("/bg/cohesion/"))
    fetched = [
        tag.get("src") or tag.get("href") or tag.get("srcset").split()[0]
        for tag in soup.select("link[rel=stylesheet], script[src], img, source, link[rel=preload]")
    ]
    fetched += [
        source
        for tag in soup.select("[srcset]")
        for source in re.findall(r"(\S+)\s+\d+w", tag["srcset"])
    ]
    assert fetched
    assert all(url.startswith("/") and not url.startswith("//") for url in fetched), fetched
    for url in [link["href"] for link in soup.select('link[rel="stylesheet"]')]:
        css = _asset_bytes(url).decode()
        assert "@import" not in css
        assert not re.search(r"url\(\s*['\"]?(https?:)?//", css)
        assert "@font-face" not in css or "url(/" in css


def test_images_are_responsive_renditions_with_their_size_set(client):
    soup = parse(client.get("/bg/cohesion/"))
    pictures = soup.select("picture")
    assert pictures, "the campaign page shows the posters of its videos"
    for picture in pictures:
        webp = picture.select_one('source[type="image/webp"]')
        assert webp is not None and " 320w" in webp["srcset"] and " 640w" in webp["srcset"]
        image = picture.select_one("img")
        assert image["src"].endswith((".jpg", ".jpeg"))  # for browsers without WebP
        assert int(image["width"]) > 0 and int(image["height"]) > 0
        assert image.has_attr("sizes") or picture.select_one("source[sizes]") is not None
    for image in soup.select("img"):
        assert image.has_attr("width") and image.has_attr("height"), image
