"""An editor publishes in English, a translator translates through an XLIFF file, the editor
changes the English: what each of them and a Bulgarian reader see, in a real browser."""

import pytest

from tests.translations.files import BULGARIAN_MARK, translate_file

from .conftest import add_press_release, publish

pytestmark = pytest.mark.browser

TITLE = "Every village counts"
BULGARIAN_ADDRESS = "/bg/media/press-releases/every-village-counts/"


def _status_cell(editor, site_url):
    editor.goto(site_url + "/admin/reports/translation-status/?language=bg")
    row = editor.locator("#translation-status tr", has=editor.get_by_role("link", name=TITLE))
    return row.locator('td[data-language="bg"]')


def test_publish_fallback_translate_by_xliff_and_see_it_outdated(editor, page, site_url, tmp_path):
    # The editor finds the press releases in the status report and adds one.
    add_press_release(editor, site_url, TITLE, "Mayors and regional leaders met in Brussels.")

    # A Bulgarian reader gets the English text, marked as English, with a notice.
    page.goto(site_url + BULGARIAN_ADDRESS)
    assert page.locator("html").get_attribute("lang") == "bg"
    assert page.locator("h1").get_attribute("lang") == "en"
    assert page.locator("h1").inner_text() == TITLE
    assert page.locator('[role="note"].notice').is_visible()

    # The translator exports the media centre for Bulgarian, translates, imports.
    editor.goto(site_url + "/admin/translation-files/?language=bg")
    editor.select_option("#id_export-section", label="Media centre")
    with editor.expect_download() as download:
        editor.get_by_role("button", name="Download file").click()
    exported = download.value.path().read_bytes()
    assert TITLE.encode() in exported
    translated = tmp_path / "bg.xlf"
    translated.write_bytes(translate_file(exported, "xliff12"))
    editor.set_input_files("#id_import-file", translated)
    editor.check("#id_import-publish")
    editor.get_by_role("button", name="Import file").click()
    assert "strings translated" in editor.locator("#import-summary").inner_text()

    # The reader now gets Bulgarian, with no notice.
    page.goto(site_url + BULGARIAN_ADDRESS)
    assert page.locator("h1").inner_text() == BULGARIAN_MARK + TITLE
    assert page.locator("h1").get_attribute("lang") is None
    assert page.locator('[role="note"].notice').count() == 0
    assert _status_cell(editor, site_url).get_attribute("class") == "status status--up_to_date"

    # The editor changes the English: the report shows the Bulgarian as outdated.
    editor.get_by_role("link", name=TITLE).click()
    editor.fill("#id_lead", "Mayors and regional leaders met in Brussels on Tuesday.")
    publish(editor)
    cell = _status_cell(editor, site_url)
    assert cell.get_attribute("class") == "status status--outdated"
    assert cell.inner_text() == "outdated"
