import pytest
from django.test import override_settings
from django.urls import reverse
from wagtail_localize.models import Translation, TranslationSource

from pressroom.news.models import NewsPage
from pressroom.settings import environment
from pressroom.translations.status import Status, build_report
from tests.html import language_of, parse

pytestmark = pytest.mark.django_db

MARKING = {"CLASS": "tests.translations.machine_translator.MarkingTranslator"}
TITLE = "Rural areas must not be left behind, local leaders say"


@pytest.fixture
def machine_translated(admin_client, english, bulgarian, django_capture_on_commit_callbacks):
    """The untranslated demo news item, translated into Bulgarian by machine in the admin."""
    news = NewsPage.objects.get(locale=english, slug="rural-areas-not-left-behind")
    source, _created = TranslationSource.get_or_create_from_instance(news)
    translation = Translation.objects.create(source=source, target_locale=bulgarian)
    with override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=MARKING):
        response = admin_client.post(
            reverse("wagtail_localize:machine_translate", args=[translation.id]),
            {"next": "/admin/"},
        )
    assert response.status_code == 302
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    return NewsPage.objects.get(locale=bulgarian, slug="rural-areas-not-left-behind")


def test_machine_translated_page_says_so_in_the_reader_language(client, machine_translated):
    soup = parse(client.get("/bg/news/rural-areas-not-left-behind/"))
    assert soup.h1.get_text() == f"[bg] {TITLE}"
    assert language_of(soup.h1) == "bg"
    notice = soup.select_one(".notice--machine")
    assert notice.get_text(strip=True) == (
        "Тази страница е преведена машинно и все още не е проверена от човек."
    )


def test_machine_draft_shows_in_the_status_report(machine_translated):
    row = next(row for row in build_report().rows if row.page.title == TITLE)
    assert row.statuses["bg"] == Status.MACHINE


def test_approval_by_a_person_ends_the_machine_draft(admin_client, client, machine_translated):
    url = reverse("approve_machine_translation", args=[machine_translated.pk])
    report = parse(admin_client.get(reverse("translation_status")))
    assert report.find("a", href=url).get_text() == "machine draft"
    assert admin_client.get(url).status_code == 200
    response = admin_client.post(url)
    assert response.status_code == 302
    soup = parse(client.get("/bg/news/rural-areas-not-left-behind/"))
    assert soup.select_one(".notice--machine") is None
    row = next(row for row in build_report().rows if row.page.title == TITLE)
    assert row.statuses["bg"] == Status.UP_TO_DATE


def test_only_editors_of_the_page_may_approve(client, django_user_model, machine_translated):
    user = django_user_model.objects.create_user("reader", password="reader-pass-123")
    client.force_login(user)
    response = client.post(reverse("approve_machine_translation", args=[machine_translated.pk]))
    assert response.status_code in {302, 403}
    assert "[bg]" in NewsPage.objects.get(pk=machine_translated.pk).title
    row = next(row for row in build_report().rows if row.page.title == TITLE)
    assert row.statuses["bg"] == Status.MACHINE


def test_machine_translator_is_configured_from_the_environment(monkeypatch):
    monkeypatch.delenv("LIBRETRANSLATE_URL", raising=False)
    monkeypatch.delenv("DEEPL_API_KEY", raising=False)
    assert environment.machine_translator() is None
    monkeypatch.setenv("DEEPL_API_KEY", "secret:fx")
    assert environment.machine_translator()["OPTIONS"] == {"AUTH_KEY": "secret:fx"}
    monkeypatch.setenv("LIBRETRANSLATE_URL", "http://127.0.0.1:5000")
    assert environment.machine_translator()["CLASS"].endswith("LibreTranslator")
