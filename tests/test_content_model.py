import pytest
from wagtail.models import Page

from pressroom.campaigns.models import CampaignPage
from pressroom.events.models import EventIndexPage, EventPage
from pressroom.home.models import HomePage
from pressroom.multimedia.models import VideoIndexPage
from pressroom.news.models import NewsIndexPage, NewsPage
from pressroom.opinions.models import OpinionIndexPage, OpinionPage
from pressroom.press.models import MediaCentrePage, PressReleaseIndexPage, PressReleasePage
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "factory_class",
    [
        factories.TopicFactory,
        factories.ReleaseTypeFactory,
        factories.PressOfficerFactory,
        factories.ContactPersonFactory,
        factories.VideoFactory,
        factories.PressReleasePageFactory,
        factories.NewsPageFactory,
        factories.EventPageFactory,
        factories.OpinionPageFactory,
    ],
)
def test_factory_builds_a_saved_object(factory_class):
    instance = factory_class()
    assert instance.pk is not None
    assert type(instance).objects.filter(pk=instance.pk).exists()


def test_campaign_factory_builds_under_the_home_page(english):
    campaign = factories.CampaignPageFactory(parent=HomePage.objects.get(locale=english))
    assert campaign.get_parent().specific_class is HomePage


@pytest.mark.parametrize(
    ("child", "parent", "allowed"),
    [
        (CampaignPage, HomePage, True),
        (MediaCentrePage, HomePage, True),
        (PressReleaseIndexPage, MediaCentrePage, True),
        (PressReleasePage, PressReleaseIndexPage, True),
        (NewsPage, NewsIndexPage, True),
        (EventPage, EventIndexPage, True),
        (OpinionPage, OpinionIndexPage, True),
        (PressReleasePage, HomePage, False),
        (NewsPage, HomePage, False),
        (EventPage, NewsIndexPage, False),
        (CampaignPage, CampaignPage, False),
        (VideoIndexPage, MediaCentrePage, False),
    ],
)
def test_page_tree_rules(child, parent, allowed):
    fits = child in parent.allowed_subpage_models() and parent in child.allowed_parent_page_models()
    assert fits is allowed


def test_a_press_release_published_in_english_appears_in_every_language(client):
    release = factories.PressReleasePageFactory(title="Fresh news for the press")
    from wagtail_localize.synctree import create_aliases_for_new_page

    create_aliases_for_new_page(release)
    assert release.get_translations().count() == 23
    response = client.get(f"/fi/media/press-releases/{release.slug}/")
    assert response.status_code == 200
    assert "Fresh news for the press" in response.content.decode()


def test_only_one_home_per_language_tree_root():
    assert Page.get_first_root_node().get_children().count() == 24
