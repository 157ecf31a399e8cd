import pytest
from django.utils import translation

from pressroom.core.fallback import page_gaps
from pressroom.news.models import NewsPage
from tests.html import language_of, parse, tag_with_text

pytestmark = pytest.mark.django_db


def _notice(soup):
    return soup.select_one('[role="note"].notice')


def test_untranslated_page_is_shown_in_english_marked_as_such_with_a_notice(client):
    soup = parse(client.get("/de/cohesion/"))
    assert soup.html["lang"] == "de"
    assert language_of(soup.h1) == "en"
    assert language_of(soup.select_one("#goals .rich-text")) == "en"
    notice = _notice(soup)
    with translation.override("de"):
        expected = translation.gettext("This page has not yet been translated into this language.")
    assert expected in notice.get_text(" ", strip=True)
    assert notice.find(lang="en").get_text() == "English"


def test_translated_page_text_is_in_the_page_language(client):
    soup = parse(client.get("/bg/cohesion/"))
    assert soup.h1.get_text(strip=True) == "Сближаването — наша основна ценност"
    assert language_of(soup.h1) == "bg"
    assert language_of(soup.select_one("#goals .rich-text")) == "bg"


def test_partly_translated_page_marks_only_the_untranslated_fields(client):
    soup = parse(client.get("/bg/media/"))
    heading = soup.select_one("#press-releases-heading")
    assert heading.get_text(strip=True) == "Latest press releases"
    assert heading["lang"] == "en"
    assert language_of(soup.h1) == "bg"
    with translation.override("bg"):
        expected = translation.gettext(
            "Parts of this page have not yet been translated into this language."
        )
    assert expected in _notice(soup).get_text(" ", strip=True)


def test_english_page_has_no_notice_and_no_foreign_text(client):
    soup = parse(client.get("/en/cohesion/"))
    assert _notice(soup) is None
    assert {tag["lang"] for tag in soup.select("main [lang]")} <= {"en"}


def test_untranslated_items_in_a_listing_carry_the_source_language(client):
    soup = parse(client.get("/bg/news/"))
    english_item = tag_with_text(soup, "Rural areas must not be left behind, local leaders say")
    assert language_of(english_item) == "en"
    bulgarian_item = tag_with_text(
        soup,
        "Регионален и местен барометър: как се справят регионите и градовете в Европа",
    )
    assert language_of(bulgarian_item) == "bg"


def test_gaps_of_a_translated_page_come_from_the_translation_memory(bulgarian):
    news = NewsPage.objects.get(locale=bulgarian, slug="regional-barometer-results")
    gaps = page_gaps(news)
    assert not gaps.whole
    assert not gaps.covers("title")
    assert not gaps.covers("lead")
