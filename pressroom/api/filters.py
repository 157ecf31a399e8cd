from django.db.models import Q
from django.utils import timezone
from rest_framework.filters import BaseFilterBackend
from wagtail.api.v2.utils import BadRequestError

from pressroom.events.models import EventPage
from pressroom.feeds.kinds import KINDS
from pressroom.topics.models import Topic


def _with_topic(slug: str) -> Q:
    """Pages of any kind that has topics, tagged with the topic (in whichever language)."""
    keys = list(Topic.objects.filter(slug=slug).values_list("translation_key", flat=True))
    if not keys:
        raise BadRequestError(f"topic '{slug}' does not exist")
    tagged = Q()
    for model in KINDS["all"].models:
        tagged |= Q(pk__in=model.objects.filter(topics__translation_key__in=keys).values("pk"))
    return tagged


class TopicFilter(BaseFilterBackend):
    """?topic=<slug>: pages tagged with that topic, in whichever language."""

    def filter_queryset(self, request, queryset, view):
        slug = request.GET.get("topic")
        if not slug:
            return queryset
        return queryset.filter(_with_topic(slug))


class UpcomingFilter(BaseFilterBackend):
    """?upcoming=true: events that have not ended; ?upcoming=false: past events."""

    def filter_queryset(self, request, queryset, view):
        value = request.GET.get("upcoming")
        if value is None:
            return queryset
        if value not in ("true", "false"):
            raise BadRequestError("upcoming must be true or false")
        events = EventPage.objects.filter(pk__in=queryset.values("pk"))
        now = timezone.now()
        chosen = events.upcoming(now) if value == "true" else events.past(now)
        return queryset.filter(pk__in=chosen.values("pk"))


class LanguageSpokenFilter(BaseFilterBackend):
    """?language_spoken=fr: press officers who speak French."""

    def filter_queryset(self, request, queryset, view):
        code = request.GET.get("language_spoken")
        if not code:
            return queryset
        return queryset.filter(pk__in=[o.pk for o in queryset if code in o.language_codes])


class SnippetLocaleFilter(BaseFilterBackend):
    """?locale=bg for translatable snippets."""

    def filter_queryset(self, request, queryset, view):
        code = request.GET.get("locale")
        if not code:
            return queryset
        return queryset.filter(locale__language_code=code)
