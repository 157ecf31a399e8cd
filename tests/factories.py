"""Factories per page type and snippet, building valid objects under the demo site."""

from datetime import timedelta

import factory
import wagtail_factories
from django.utils import timezone
from wagtail.models import Locale

from pressroom.campaigns.models import CampaignPage
from pressroom.events.models import EventIndexPage, EventPage
from pressroom.multimedia.models import Video
from pressroom.news.models import NewsIndexPage, NewsPage
from pressroom.opinions.models import OpinionIndexPage, OpinionPage
from pressroom.people.models import ContactPerson, PressOfficer
from pressroom.press.models import PressReleaseIndexPage, PressReleasePage, ReleaseType
from pressroom.topics.models import Topic


class EnglishMixin(factory.django.DjangoModelFactory):
    locale = factory.LazyFunction(lambda: Locale.objects.get(language_code="en"))


class TopicFactory(EnglishMixin):
    name = factory.Sequence(lambda number: f"Topic {number}")
    slug = factory.Sequence(lambda number: f"topic-{number}")

    class Meta:
        model = Topic


class ReleaseTypeFactory(EnglishMixin):
    name = factory.Sequence(lambda number: f"Type {number}")
    slug = factory.Sequence(lambda number: f"type-{number}")

    class Meta:
        model = ReleaseType


class PressOfficerFactory(EnglishMixin):
    given_name = "Ana"
    family_name = factory.Sequence(lambda number: f"Officer {number}")
    languages = "en,fr"

    class Meta:
        model = PressOfficer


class ContactPersonFactory(EnglishMixin):
    name = factory.Sequence(lambda number: f"Contact {number}")
    email = "contact@example.org"

    class Meta:
        model = ContactPerson


class VideoFactory(EnglishMixin):
    title = factory.Sequence(lambda number: f"Video {number}")
    source_url = "https://video.example.org/watch"

    class Meta:
        model = Video


def _english_page(model):
    return factory.LazyFunction(lambda: model.objects.get(locale__language_code="en"))


class CampaignPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda number: f"Campaign {number}")
    lead = "Why this campaign matters."

    class Meta:
        model = CampaignPage


class PressReleasePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda number: f"Press release {number}")
    parent = _english_page(PressReleaseIndexPage)
    release_type = factory.SubFactory(ReleaseTypeFactory)

    class Meta:
        model = PressReleasePage


class NewsPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda number: f"News {number}")
    parent = _english_page(NewsIndexPage)

    class Meta:
        model = NewsPage


class EventPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda number: f"Event {number}")
    parent = _english_page(EventIndexPage)
    start = factory.LazyFunction(lambda: timezone.now() + timedelta(days=10))
    venue = "Brussels"

    class Meta:
        model = EventPage


class OpinionPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda number: f"Opinion {number}")
    parent = _english_page(OpinionIndexPage)
    reference = factory.Sequence(lambda number: f"COTER-VIII/{number:03d}")
    rapporteur = "A. Rapporteur"
    commission = "COTER"

    class Meta:
        model = OpinionPage
