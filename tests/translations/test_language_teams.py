import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import GroupPagePermission, Page
from wagtail_localize.models import StringTranslation

from pressroom.campaigns.models import CampaignPage
from pressroom.press.models import ReleaseType
from pressroom.topics.models import Topic
from pressroom.translations.models import LanguageTeam
from pressroom.translations.permissions import ensure_language_teams, translatable_languages
from tests.html import parse

from .files import BULGARIAN_MARK, post_files, translate_file

pytestmark = pytest.mark.django_db


@pytest.fixture
def bulgarian_translator(client, bulgarian):
    ensure_language_teams()
    user = get_user_model().objects.create_user("ivana", "ivana@example.eu", "secret")
    user.groups.add(LanguageTeam.objects.get(locale=bulgarian).group)
    client.force_login(user)
    return user


def _can_open(client, url):
    response = client.get(url)
    return response.status_code == 200


def test_every_language_but_the_original_has_a_team_and_setting_up_twice_changes_nothing():
    ensure_language_teams()
    ensure_language_teams()
    teams = LanguageTeam.objects.select_related("locale", "group")
    assert sorted(team.locale.language_code for team in teams) == sorted(
        ["bg", "cs", "da", "de", "el", "es", "et", "fi", "fr", "ga", "hr", "hu"]
        + ["it", "lt", "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv"]
    )
    assert teams.get(locale__language_code="bg").group.name == "Translators: Bulgarian"


def test_a_bulgarian_translator_edits_bulgarian_pages_and_no_others(
    client, bulgarian_translator, english, bulgarian
):
    campaign = CampaignPage.objects.get(locale=english)
    assert _can_open(
        client, reverse("wagtailadmin_pages:edit", args=[campaign.get_translation(bulgarian).pk])
    )
    assert not _can_open(client, reverse("wagtailadmin_pages:edit", args=[campaign.pk]))
    german = campaign.get_translation(Page.objects.get(depth=2, locale__language_code="de").locale)
    assert not _can_open(client, reverse("wagtailadmin_pages:edit", args=[german.pk]))
    assert not campaign.permissions_for_user(bulgarian_translator).can_publish()


def test_a_bulgarian_translator_edits_bulgarian_snippets_and_no_others(
    client, bulgarian_translator, english, bulgarian
):
    bulgarian_type = ReleaseType.objects.get(locale=bulgarian)
    url = "wagtailsnippets_press_releasetype:edit"
    assert _can_open(client, reverse(url, args=[bulgarian_type.pk]))
    assert not _can_open(client, reverse(url, args=[bulgarian_type.get_translation(english).pk]))
    topic = Topic.objects.filter(locale=english).first()
    assert not _can_open(client, reverse("wagtailsnippets_topics_topic:edit", args=[topic.pk]))
    assert not _can_open(client, reverse("wagtailsnippets_press_releasetype:add"))


def test_a_translator_exports_and_imports_only_their_language(
    client, bulgarian_translator, english
):
    assert translatable_languages(bulgarian_translator) == ["bg"]
    form = parse(client.get(reverse("translation_files")))
    assert [option["value"] for option in form.select("#id_export-language option")] == ["bg"]

    news = Page.objects.get(locale=english, slug="news")
    exported = post_files(
        client, "export", language="bg", section=news.pk, pages="needs_work", file_format="xliff12"
    ).content
    response = post_files(
        client, "import", language="fr", file=_upload(translate_file(exported, "xliff12"))
    )
    assert response.status_code == 400

    response = post_files(
        client,
        "import",
        language="bg",
        publish="on",
        file=_upload(translate_file(exported, "xliff12")),
    )
    assert response.status_code == 200
    rural = Page.objects.get(
        locale__language_code="bg",
        translation_key=Page.objects.get(
            locale=english, title__startswith="Rural areas"
        ).translation_key,
    )
    assert rural.title.startswith(BULGARIAN_MARK) and rural.live


def test_someone_outside_the_teams_gets_no_translation_files(client, db):
    user = get_user_model().objects.create_user("reader", "reader@example.eu", "secret")
    client.force_login(user)
    assert client.get(reverse("translation_files")).status_code in (302, 403)


def _upload(data):
    return SimpleUploadedFile("bg.xlf", data)


def test_a_translator_without_publishing_rights_imports_for_review_only(client, bulgarian, english):
    group = Group.objects.create(name="Bulgarian drafting")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    GroupPagePermission.objects.create(
        group=group,
        page=Page.objects.get(depth=2, locale=bulgarian),
        permission=Permission.objects.get(codename="change_page"),
    )
    user = get_user_model().objects.create_user("petar", "petar@example.eu", "secret")
    user.groups.add(group)
    client.force_login(user)
    news = Page.objects.get(locale=english, slug="news")
    exported = post_files(
        client, "export", language="bg", section=news.pk, pages="all", file_format="po"
    ).content
    translated = translate_file(exported, "po")

    refused = post_files(client, "import", language="bg", publish="on", file=_upload(translated))
    assert refused.status_code == 400
    assert "You may not publish" in parse(refused).select_one(".error-message").get_text()

    imported = post_files(client, "import", language="bg", file=_upload(translated))
    assert imported.status_code == 200
    # A translated page gets a draft; readers keep the published translation.
    bulgarian_news = news.get_translation(bulgarian)
    assert bulgarian_news.has_unpublished_changes
    assert bulgarian_news.get_latest_revision_as_object().title == BULGARIAN_MARK + news.title
    assert parse(client.get("/bg/news/")).h1.get_text(strip=True) == bulgarian_news.title
    assert not bulgarian_news.title.startswith(BULGARIAN_MARK)
    # A page not yet translated stays in English; its translation waits in the editor.
    rural = Page.objects.get(locale=english, slug="rural-areas-not-left-behind")
    assert rural.get_translation(bulgarian).alias_of_id == rural.pk
    assert StringTranslation.objects.filter(
        locale=bulgarian, context__object_id=rural.translation_key
    ).exists()
    waiting = parse(imported).select_one("#import-waiting").get_text()
    assert rural.title in waiting
