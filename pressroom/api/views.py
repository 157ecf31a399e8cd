"""The read API (Wagtail API v2): published pages in real translations, events, topics and
press officers; JSON only, read-only."""

from django.http import Http404
from rest_framework.renderers import JSONRenderer
from wagtail.api.v2.filters import FieldsFilter, OrderingFilter
from wagtail.api.v2.views import BaseAPIViewSet, PagesAPIViewSet

from pressroom.events.models import EventPage
from pressroom.people.models import PressOfficer
from pressroom.press.embargo import exclude_embargoed
from pressroom.topics.models import Topic

from .filters import LanguageSpokenFilter, SnippetLocaleFilter, TopicFilter, UpcomingFilter
from .pagination import LARGEST, BoundedPagination, whole_number


class BoundedNumbers:
    """Numbers in the address and the query within what the database holds: an id past the
    largest is not found, an offset, limit or id in the query out of range is a 400."""

    pagination_class = BoundedPagination

    def get_object(self):
        if int(self.kwargs.get("pk", 0)) > LARGEST:
            raise Http404(f"No {self.model._meta.object_name} matches the given query.")
        return super().get_object()

    def find_object(self, queryset, request):
        whole_number(request, "id")
        return super().find_object(queryset, request)


class PagesViewSet(BoundedNumbers, PagesAPIViewSet):
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


class TopicsViewSet(BoundedNumbers, BaseAPIViewSet):
    model = Topic
    renderer_classes = [JSONRenderer]
    filter_backends = [FieldsFilter, OrderingFilter, SnippetLocaleFilter]
    known_query_parameters = BaseAPIViewSet.known_query_parameters.union(["locale"])
    body_fields = [*BaseAPIViewSet.body_fields, "name", "slug", "locale"]
    listing_default_fields = [*BaseAPIViewSet.listing_default_fields, "name", "slug", "locale"]


class PressOfficersViewSet(BoundedNumbers, BaseAPIViewSet):
    model = PressOfficer
    renderer_classes = [JSONRenderer]
    filter_backends = [FieldsFilter, OrderingFilter, SnippetLocaleFilter, LanguageSpokenFilter]
    known_query_parameters = BaseAPIViewSet.known_query_parameters.union(
        ["locale", "language_spoken"]
    )
    fields = ["given_name", "family_name", "role", "languages", "email", "phone", "locale"]
    body_fields = [*BaseAPIViewSet.body_fields, *fields]
    listing_default_fields = [*BaseAPIViewSet.listing_default_fields, *fields]
