from django.shortcuts import render
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.models import Locale

from pressroom.core.fallback import localize, localize_related, originals
from pressroom.events.models import EventPage
from pressroom.topics.models import Topic

from .calendars import calendar, calendar_response
from .kinds import KINDS, topic_or_404


def _locale() -> Locale:
    return Locale.objects.get(language_code=translation.get_language())


def upcoming_events(request, topic=None):
    """The upcoming events in the reader's language, as a calendar to subscribe to."""
    locale = _locale()
    chosen = topic_or_404(topic, locale)
    events = EventPage.objects.for_listing().in_locale(locale.pk).upcoming()
    if chosen:
        events = events.in_topics([chosen])
    events = list(events.prefetch_related("topics"))
    localize_related(events, "topics", "shown_topics")
    name = _("Events") if chosen is None else f"{_('Events')} — {chosen.name}"
    return calendar_response(calendar(events, request=request, name=name))


def overview(request):
    """Every feed the site offers in the reader's language: per kind, per topic."""
    topics = sorted(localize(originals(Topic)), key=lambda topic: topic.name.casefold())
    return render(
        request,
        "feeds/overview.html",
        {"kinds": list(KINDS.values()), "topics": topics},
    )
