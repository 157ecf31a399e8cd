import pytest
from django.core.management import call_command
from wagtail.models import Page

from pressroom.multimedia.models import Video
from pressroom.press.models import MediaCentrePage, ReleaseType
from pressroom.topics.models import Topic

pytestmark = pytest.mark.django_db


def test_loading_twice_changes_nothing(capsys):
    before = (Page.objects.count(), Video.objects.count(), Topic.objects.count())
    call_command("load_demo")
    assert "not loaded" in capsys.readouterr().out
    assert (Page.objects.count(), Video.objects.count(), Topic.objects.count()) == before


def test_demo_is_in_english_and_bulgarian_with_the_seed_gaps(english, bulgarian):
    media = MediaCentrePage.objects.get(locale=bulgarian)
    assert media.title == "Медиен център"
    assert media.press_releases_heading == "Latest press releases"
    assert not Video.objects.filter(locale=bulgarian).exists()
    assert not ReleaseType.objects.filter(locale=bulgarian, slug="press-release").exists()
    assert ReleaseType.objects.get(locale=bulgarian, slug="statement").name == "Изявление"


def test_every_page_exists_in_all_24_languages(english):
    for page in Page.objects.filter(locale=english, depth__gt=1):
        assert page.get_translations(inclusive=True).count() == 24, page
