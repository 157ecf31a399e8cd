from xml.etree import ElementTree as ET

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.models import Locale, Page
from wagtail.rich_text import RichText
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from pressroom.campaigns.models import CampaignPage
from pressroom.news.models import NewsIndexPage, NewsPage
from pressroom.translations.formats import XLIFF12, XLIFF20
from tests.html import parse

from .files import BULGARIAN_MARK, post_files, translate_file

pytestmark = pytest.mark.django_db

FORMATS = ["xliff12", "xliff20", "po"]


@pytest.fixture
def news(english):
    index = NewsIndexPage.objects.get(locale=english)
    page = index.add_child(
        instance=NewsPage(
            title="Regions ask for a simpler cohesion policy",
            lead="Mayors and regional leaders met in Brussels.",
            body=[
                (
                    "paragraph",
                    RichText(
                        '<p>Read <a href="https://example.eu/report">the report</a> '
                        "and <b>the opinion</b>.</p>"
                    ),
                ),
                ("quote", {"text": "Cohesion is our fundamental value.", "attribution": "A mayor"}),
            ],
        )
    )
    page.save_revision().publish()
    return page


def _export(admin_client, *, language="bg", file_format="xliff12", pages="needs_work", section=""):
    response = post_files(
        admin_client,
        "export",
        language=language,
        section=section,
        pages=pages,
        file_format=file_format,
    )
    assert response.status_code == 200, response.content[:2000]
    return response.content


def _import(admin_client, data, *, language="bg", publish=True, name="translated.xlf"):
    return post_files(
        admin_client,
        "import",
        language=language,
        publish="on" if publish else "",
        file=SimpleUploadedFile(name, data),
    )


def _news_section(english):
    return str(Page.objects.get(locale=english, slug="news").pk)


def _error_of(response):
    return parse(response).select_one(".error-message").get_text(" ", strip=True)


@pytest.mark.parametrize("file_format", FORMATS)
def test_exported_file_translated_and_imported_shows_on_the_bulgarian_page(
    admin_client, client, english, news, file_format
):
    exported = _export(admin_client, file_format=file_format, section=_news_section(english))
    assert b"Regions ask for a simpler cohesion policy" in exported

    response = _import(admin_client, translate_file(exported, file_format))

    assert response.status_code == 200
    summary = parse(response).select_one("#import-summary").get_text(" ", strip=True)
    assert "strings translated" in summary
    soup = parse(client.get("/bg/news/" + news.slug + "/"))
    assert soup.h1.get_text(strip=True) == BULGARIAN_MARK + news.title
    assert soup.select_one('[role="note"].notice') is None
    link = soup.select_one("main .rich-text a")
    assert link["href"] == "https://example.eu/report"
    assert link.get_text() == BULGARIAN_MARK + "the report"
    assert BULGARIAN_MARK + "Cohesion is our fundamental value." in soup.get_text()


def test_xliff_carries_markup_as_inline_codes_and_untranslated_strings_as_such(
    admin_client, english, news
):
    root = ET.fromstring(_export(admin_client, section=_news_section(english)))  # noqa: S314
    units = {unit.get("resname"): unit for unit in root.iter(f"{{{XLIFF12}}}trans-unit")}
    paragraph = next(
        unit for path, unit in units.items() if "the report" in ET.tostring(unit, "unicode")
    )
    source = paragraph.find(f"{{{XLIFF12}}}source")
    codes = [(code.tag.rsplit("}")[1], code.get("id")) for code in source]
    assert codes == [("g", "a1"), ("g", "b1")]
    assert "href" not in ET.tostring(source, "unicode")
    assert paragraph.find(f"{{{XLIFF12}}}target").get("state") == "needs-translation"
    assert root.find(f"{{{XLIFF12}}}file").get("target-language") == "bg"


def test_xliff20_is_a_valid_shape(admin_client, english, news):
    root = ET.fromstring(  # noqa: S314
        _export(admin_client, file_format="xliff20", section=_news_section(english))
    )
    assert (root.get("version"), root.get("srcLang"), root.get("trgLang")) == ("2.0", "en", "bg")
    unit = next(root.iter(f"{{{XLIFF20}}}unit"))
    assert unit.find(f"{{{XLIFF20}}}segment/{{{XLIFF20}}}source") is not None


def test_strings_changed_in_english_since_the_export_are_reported_not_imported(
    admin_client, english, news
):
    exported = _export(admin_client, section=_news_section(english))
    news.lead = "Mayors and regional leaders met in Brussels on Tuesday."
    news.save_revision().publish()

    response = _import(admin_client, translate_file(exported, "xliff12"))

    stale = parse(response).select("#import-stale tbody tr")
    assert [
        row.select("td")[1].get_text(strip=True) for row in stale if news.title in row.get_text()
    ] == ["lead"]
    bulgarian = news.get_translation(Page.objects.get(slug="home-1").locale)
    bulgarian = bulgarian.specific
    assert bulgarian.title == BULGARIAN_MARK + news.title
    assert bulgarian.lead == "Mayors and regional leaders met in Brussels on Tuesday."


def test_a_file_for_another_language_is_refused_and_changes_nothing(admin_client, english, news):
    exported = translate_file(_export(admin_client, section=_news_section(english)), "xliff12")
    before = StringTranslation.objects.count()

    response = _import(admin_client, exported, language="fr")

    assert response.status_code == 400
    assert "not into" in _error_of(response)
    assert StringTranslation.objects.count() == before


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"<html><body>Hello</body></html>", "not an XLIFF"),
        (
            b'<?xml version="1.0"?><xliff version="1.2" '
            b'xmlns="urn:oasis:names:tc:xliff:document:1.2"><file',
            "well-formed",
        ),
        ("<xliff>Grüße</xliff>".encode("latin-1"), "UTF-8"),
        (b'<!DOCTYPE x [<!ENTITY a "aaaa">]><xliff>&a;</xliff>', "entities"),
        (b'msgid ""\nmsgstr ""\n"Language: bg\\n"\n', "not exported from this site"),
        (b"", "empty"),
    ],
    ids=["foreign", "broken", "encoding", "entities", "foreign-po", "empty"],
)
def test_malformed_or_foreign_files_are_refused_with_the_reason(admin_client, data, problem):
    before = StringTranslation.objects.count()
    response = _import(admin_client, data)
    assert response.status_code == 400
    assert problem in _error_of(response)
    assert StringTranslation.objects.count() == before


def test_a_file_naming_pages_not_on_this_site_is_refused(admin_client, english, news):
    exported = _export(admin_client, section=_news_section(english))
    root = ET.fromstring(exported)  # noqa: S314
    for file in root.iter(f"{{{XLIFF12}}}file"):
        file.set("original", "/en/news/elsewhere/#00000000-0000-0000-0000-000000000000")
    ET.register_namespace("", XLIFF12)
    response = _import(admin_client, translate_file(ET.tostring(root), "xliff12"))
    assert response.status_code == 400
    assert "not on this site" in _error_of(response)


def test_script_in_a_translation_is_refused_and_named(admin_client, english, news):
    exported = _export(admin_client, file_format="po", section=_news_section(english))

    def inject(text):
        if "the report" in text:
            return text + '<script>alert("x")</script>'
        return BULGARIAN_MARK + text

    response = _import(admin_client, translate_file(exported, "po", markup=inject), name="bg.po")

    refused = parse(response).select_one("#import-refused").get_text(" ", strip=True)
    assert "<script> tag is not allowed" in refused
    assert not StringTranslation.objects.filter(data__contains="<script").exists()


def test_an_inline_code_the_english_does_not_have_is_refused(admin_client, english, news):
    exported = _export(admin_client, section=_news_section(english))
    root = ET.fromstring(translate_file(exported, "xliff12"))  # noqa: S314
    for code in root.iterfind(f".//{{{XLIFF12}}}target/{{{XLIFF12}}}g[@id='a1']"):
        code.set("id", "a9")
    ET.register_namespace("", XLIFF12)
    forged = ET.tostring(root)
    response = _import(admin_client, forged)
    refused = parse(response).select_one("#import-refused").get_text(" ", strip=True)
    assert "a9" in refused


def test_text_that_looks_like_markup_stays_text(admin_client, client, english, news):
    exported = _export(admin_client, section=_news_section(english))
    response = _import(
        admin_client,
        translate_file(
            exported,
            "xliff12",
            translate=lambda text: "<img src=x onerror=alert(1)>" if text == news.title else text,
        ),
    )
    assert response.status_code == 200
    soup = parse(client.get("/bg/news/" + news.slug + "/"))
    assert soup.h1.get_text(strip=True) == "<img src=x onerror=alert(1)>"
    assert soup.find("img", src="x") is None


def test_a_file_with_missing_strings_keeps_what_was_translated(admin_client, client, english):
    campaign = CampaignPage.objects.get(locale=english)
    exported = _export(admin_client, pages="all", section=str(campaign.pk))

    response = _import(admin_client, translate_file(exported, "xliff12", keep={"lead"}))

    assert "not in the file" in parse(response).select_one("#import-summary").get_text()
    soup = parse(client.get("/bg/cohesion/"))
    assert soup.h1.get_text(strip=True) == "Сближаването — наша основна ценност"
    assert soup.select_one(".campaign__lead, .lead").get_text(strip=True).startswith(BULGARIAN_MARK)


def test_exporting_needs_a_page_that_needs_work(admin_client, english):
    campaign = CampaignPage.objects.get(locale=english)
    response = post_files(
        admin_client,
        "export",
        language="bg",
        section=campaign.pk,
        pages="needs_work",
        file_format="po",
    )
    assert response.status_code == 400
    assert "No page here needs translating" in _error_of(response)


def test_a_po_file_from_wagtail_localizes_editor_is_imported_too(admin_client, client, english):
    rural = NewsPage.objects.get(locale=english, slug="rural-areas-not-left-behind")
    source, _created = TranslationSource.get_or_create_from_instance(rural)
    translation = Translation.objects.create(
        source=source, target_locale=Locale.objects.get(language_code="bg")
    )
    po = translation.export_po()
    for entry in po:
        entry.msgstr = BULGARIAN_MARK + entry.msgid

    response = _import(admin_client, str(po).encode(), name="rural.po")

    assert response.status_code == 200
    soup = parse(client.get("/bg/news/rural-areas-not-left-behind/"))
    assert soup.h1.get_text(strip=True).startswith(BULGARIAN_MARK)
    assert _import(admin_client, str(po).encode(), language="de").status_code == 400


def _nest_in_first_target(exported: bytes, opening: bytes, closing: bytes, depth: int) -> bytes:
    start = exported.index(b"<target")
    start = exported.index(b">", start) + 1
    return exported[:start] + opening * depth + b"x" + closing * depth + exported[start:]


@pytest.mark.parametrize("depth", [200, 100_000])
def test_a_deeply_nested_xliff_is_refused_next_to_the_file(admin_client, english, news, depth):
    exported = _export(admin_client, section=_news_section(english))
    forged = _nest_in_first_target(exported, b'<g id="b1" ctype="x-html-b">', b"</g>", depth)
    before = StringTranslation.objects.count()

    response = _import(admin_client, forged)

    assert response.status_code == 400
    assert "levels deep" in _error_of(response)
    field = parse(response).select_one(".error-message").find_parent(class_="w-field__wrapper")
    assert field is not None and field.select_one("input[type=file]") is not None
    assert StringTranslation.objects.count() == before


def test_a_deeply_nested_file_structure_is_refused(admin_client):
    forged = (
        f'<xliff version="1.2" xmlns="{XLIFF12}">'.encode()
        + b"<file>" * 50_000
        + b"</file>" * 50_000
        + b"</xliff>"
    )
    response = _import(admin_client, forged)
    assert response.status_code == 400
    assert "levels deep" in _error_of(response)


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (
            b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
            b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
            b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
            b"<xliff>&lol3;</xliff>",
            "entities",
        ),
        (
            b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY secret SYSTEM "file:///etc/passwd">]>'
            b"<xliff>&secret;</xliff>",
            "entities",
        ),
        (b"<xliff><file></xliff>", "well-formed"),
    ],
    ids=["entity-expansion", "external-entity", "mismatched-tag"],
)
def test_entity_tricks_and_broken_xml_are_refused(admin_client, data, problem):
    response = _import(admin_client, data)
    assert response.status_code == 400
    assert problem in _error_of(response)
    assert "root:" not in response.content.decode()


def test_a_deeply_nested_translation_in_a_po_file_is_refused(admin_client, english, news):
    exported = _export(admin_client, file_format="po", section=_news_section(english))
    forged = translate_file(exported, "po", markup=lambda text: "<b>" * 100_000 + text)
    before = StringTranslation.objects.count()
    response = _import(admin_client, forged, name="bg.po")
    assert response.status_code == 400
    assert "levels deep" in _error_of(response)
    assert StringTranslation.objects.count() == before
