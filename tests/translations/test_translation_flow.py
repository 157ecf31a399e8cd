"""The whole translation workflow, as the editor and the translator go through it in the admin."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, streamfield

from pressroom.press.models import PressReleaseIndexPage, PressReleasePage, ReleaseType
from pressroom.translations.status import Status, build_report
from tests.html import language_of, parse

from .files import BULGARIAN_MARK, post_files, translate_file

pytestmark = pytest.mark.django_db

TITLE = "Regions call for a cohesion policy that reaches every village"


def _publish(admin_client, url, **fields):
    data = nested_form_data(
        {
            "slug": "every-village",
            "date": "2026-11-20",
            "body": streamfield([]),
            "related_links": streamfield([]),
            "action-publish": "action-publish",
            **fields,
        }
    )
    response = admin_client.post(url, data)
    assert response.status_code == 302, parse(response).select(".error-message")


def test_publish_in_english_fallback_translate_by_file_then_outdated(admin_client, client, english):
    index = PressReleaseIndexPage.objects.get(locale=english)
    statement = ReleaseType.objects.get(locale=english, slug="statement")
    add = reverse("wagtailadmin_pages:add", args=["press", "pressreleasepage", index.pk])
    _publish(
        admin_client,
        add,
        title=TITLE,
        lead="Mayors and regional leaders met in Brussels.",
        release_type=statement.pk,
    )
    release = PressReleasePage.objects.get(locale=english, title=TITLE)
    bulgarian_url = "/bg/media/press-releases/every-village/"

    # Before any translation: English under /bg/, marked as English, with the notice.
    soup = parse(client.get(bulgarian_url))
    assert soup.html["lang"] == "bg"
    assert language_of(soup.h1) == "en"
    assert soup.h1.get_text(strip=True) == TITLE
    assert soup.select_one('[role="note"].notice') is not None

    # The translator exports the section as XLIFF, translates the file and imports it.
    media = Page.objects.get(locale=english, slug="media")
    exported = post_files(
        admin_client,
        "export",
        language="bg",
        section=media.pk,
        pages="needs_work",
        file_format="xliff12",
    )
    assert exported.status_code == 200
    assert TITLE.encode() in exported.content
    imported = post_files(
        admin_client,
        "import",
        language="bg",
        publish="on",
        file=_upload(translate_file(exported.content, "xliff12")),
    )
    assert imported.status_code == 200

    soup = parse(client.get(bulgarian_url))
    assert soup.h1.get_text(strip=True) == BULGARIAN_MARK + TITLE
    assert language_of(soup.h1) == "bg"
    assert soup.select_one('[role="note"].notice') is None
    assert _status(release) == Status.UP_TO_DATE

    # The editor changes the English: the Bulgarian is now outdated.
    edit = reverse("wagtailadmin_pages:edit", args=[release.pk])
    _publish(
        admin_client,
        edit,
        title=TITLE,
        lead="Mayors and regional leaders met in Brussels on Tuesday.",
        release_type=statement.pk,
    )
    assert _status(release) == Status.OUTDATED
    report = parse(admin_client.get(reverse("translation_status"), {"language": "bg"}))
    row = report.find("a", string=TITLE).find_parent("tr")
    assert row.select_one('td[data-language="bg"]')["class"] == ["status", "status--outdated"]


def _status(page):
    return next(
        row for row in build_report(languages=["bg"]).rows if row.page.pk == page.pk
    ).statuses["bg"]


def _upload(data):
    return SimpleUploadedFile("bg.xlf", data)
