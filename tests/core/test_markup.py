"""What an HTML checker and an auditor find on every page type: headings that do not skip a
level, a chart's caption where a figure allows it, an icon, and an admin that contacts no
other host."""

import pytest

from tests.html import parse

pytestmark = pytest.mark.django_db

PAGES = [
    "/bg/",
    "/bg/cohesion/",
    "/bg/cohesion/alliance/",
    "/bg/media/",
    "/en/media/press-releases/",
    "/en/news/",
    "/en/events/",
    "/en/opinions/",
    "/en/videos/",
]


@pytest.mark.parametrize("path", PAGES)
def test_headings_descend_one_level_at_a_time(client, path):
    soup = parse(client.get(path))
    levels = [int(tag.name[1]) for tag in soup.select("main h1, main h2, main h3, main h4")]
    assert levels and levels[0] == 1
    skips = [(a, b) for a, b in zip(levels, levels[1:], strict=False) if b > a + 1]
    assert not skips, levels


def test_a_charts_caption_comes_first_in_its_figure(client):
    soup = parse(client.get("/bg/cohesion/alliance/"))
    figures = soup.select("figure.alliance-chart")
    assert figures
    for figure in figures:
        children = [child for child in figure.children if getattr(child, "name", None)]
        assert children[0].name == "figcaption"


def test_every_page_has_an_icon_served_here(client):
    soup = parse(client.get("/bg/cohesion/"))
    icon = soup.select_one('link[rel="icon"]')["href"]
    assert icon.startswith("/static/")
    assert client.get(icon).status_code == 200


def test_the_admin_contacts_no_avatar_service(admin_client):
    body = admin_client.get("/admin/", HTTP_HOST="localhost").content.decode()
    assert "gravatar" not in body.lower()
