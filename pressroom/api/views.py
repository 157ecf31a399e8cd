"""The read API (Wagtail API v2): published pages in real translations, events, topics and
press officers; JSON only, read-only."""

from rest_framework.renderers import JSONRenderer
from wagtail.api.v2.filters import FieldsFilter, OrderingFilter
from wagtail.api.v2.views import BaseAPIViewSet, PagesAPIViewSet

from pressroom.events.models import EventPage
from pressroom.people.models import PressOfficer
from pressroom.press.embargo import exclude_embargoed
from pressroom.topics.models import Topic

from .filters import LanguageSpokenFilter, SnippetLocaleFilter, TopicFilter, UpcomingFilter


class PagesViewSet(PagesAPIViewSet):
    """Published, public pages. A page not yet translated is not listed in that language:
    its original is, in the original's language."""

    renderer_classes = [JSONRenderer]
    filter_backends = [*PagesAPIViewSet.filter_backends, TopicFilter]
    known_query_parameters = PagesAPIViewSet.known_query_parameters.union(["topic"])

    def get_base_queryset(self):
        return exclude_embargoed(super().get_base_queryset().filter(alias_of__isnull=True))


class EventsViewSet(PagesViewSet):
    model = EventPage
    filter_backends = [*PagesViewSet.filter_backends, UpcomingFilter]
    known_query_parameters = PagesViewSet.known_query_parameters.union(["upcoming"])

    def get_queryset(self):
        return EventPage.objects.filter(pk__in=self.get_base_queryset().values("pk")).order_by(
            "start"
        )


class TopicsViewSet(BaseAPIViewSet):
    model = Topic
    renderer_classes = [JSONRenderer]
    filter_backends = [FieldsFilter, OrderingFilter, SnippetLocaleFilter]
    known_query_parameters = BaseAPIViewSet.known_query_parameters.union(["locale"])
    body_fields = [*BaseAPIViewSet.body_fields, "name", "slug", "locale"]
    listing_default_fields = [*BaseAPIViewSet.listing_default_fields, "name", "slug", "locale"]


class PressOfficersViewSet(BaseAPIViewSet):
    model = PressOfficer
    renderer_classes = [JSONRenderer]
    filter_backends = [FieldsFilter, OrderingFilter, SnippetLocaleFilter, LanguageSpokenFilter]
    known_query_parameters = BaseAPIViewSet.known_query_parameters.union(
        ["locale", "language_spoken"]
    )
    fields = ["given_name", "family_name", "role", "languages", "email", "phone", "locale"]
    body_fields = [*BaseAPIViewSet.body_fields, *fields]
    listing_default_fields = [*BaseAPIViewSet.listing_default_fields, *fields]
