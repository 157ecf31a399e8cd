import pytest
from django.utils import translation

from tests.html import parse

pytestmark = pytest.mark.django_db


def _titles(soup):
    return [title.get_text(strip=True) for title in soup.select(".item__title")]


def test_all_releases_are_listed_newest_first(client):
    soup = parse(client.get("/en/media/press-releases/"))
    titles = _titles(soup)
    assert titles[0].startswith("EU recovery will not be effective")
    assert titles[1] == "Statement on the Annual Regional and Local Barometer"


def test_filter_by_topic(client):
    soup = parse(client.get("/en/media/press-releases/?topic=urban-policy"))
    assert len(_titles(soup)) == 1
    assert _titles(soup)[0].startswith("EU recovery will not be effective")


def test_filter_by_type(client):
    soup = parse(client.get("/bg/media/press-releases/?type=statement"))
    assert _titles(soup) == ["Изявление относно Годишния регионален и местен барометър на ЕС"]


@pytest.mark.parametrize(
    "query", ["?topic=no-such-topic", "?type=<script>", "?topic=urban-policy&type=nope"]
)
def test_unknown_filter_gives_an_empty_list_with_a_message(client, query):
    response = client.get("/bg/media/press-releases/" + query)
    assert response.status_code == 200
    soup = parse(response)
    assert _titles(soup) == []
    with translation.override("bg"):
        message = translation.gettext(
            "There is no such topic or type. Choose one from the lists above."
        )
    assert soup.select_one(".message").get_text(strip=True) == message


def test_page_number_out_of_range_shows_the_last_page(client):
    response = client.get("/en/media/press-releases/?page=999")
    assert response.status_code == 200
    assert _titles(parse(response))


def test_english_labels_in_a_translated_listing_are_announced(client):
    soup = parse(client.get("/bg/media/press-releases/?type=press-release"))
    assert soup.select_one(".release-type")["lang"] == "en"
    notice = soup.select_one('[role="note"].notice')
    assert notice.find(lang="en").get_text() == "English"
