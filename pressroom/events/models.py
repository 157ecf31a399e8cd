from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import PageManager
from wagtail_localize.fields import SynchronizedField

from pressroom.core.blocks import BodyBlock
from pressroom.core.fallback import localize_related
from pressroom.core.models import TOPIC_SLUGS, IndexPage, PressroomPage, PressroomPageQuerySet
from pressroom.feeds.calendars import calendar, calendar_response

LISTING_COUNT = 50


class EventQuerySet(PressroomPageQuerySet):
    """Upcoming or past is decided by the clock: an event is upcoming until it ends."""

    def _ends(self):
        return self.annotate(ends_at=Coalesce("end", "start"))

    def upcoming(self, now=None):
        return self._ends().filter(ends_at__gte=now or timezone.now()).order_by("start")

    def past(self, now=None):
        return self._ends().filter(ends_at__lt=now or timezone.now()).order_by("-start")


class EventPage(RoutablePageMixin, PressroomPage):
    """An event; times are entered and shown in Brussels time."""

    start = models.DateTimeField(_("starts"))
    end = models.DateTimeField(_("ends"), null=True, blank=True)
    venue = models.CharField(_("venue"), max_length=255, blank=True)
    online_url = models.URLField(_("online at"), blank=True)
    lead = models.TextField(_("lead"), blank=True)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))
    topics = ParentalManyToManyField(
        "topics.Topic", blank=True, related_name="+", verbose_name=_("topics")
    )

    objects = PageManager.from_queryset(EventQuerySet)()

    content_panels = [
        *PressroomPage.content_panels,
        MultiFieldPanel([FieldPanel("start"), FieldPanel("end")], heading=_("When")),
        MultiFieldPanel([FieldPanel("venue"), FieldPanel("online_url")], heading=_("Where")),
        FieldPanel("lead"),
        FieldPanel("topics"),
        FieldPanel("body"),
    ]
    api_fields = [
        APIField("start"),
        APIField("end"),
        APIField("venue"),
        APIField("online_url"),
        APIField("lead"),
        APIField("body"),
        APIField("topics", serializer=TOPIC_SLUGS),
    ]
    override_translatable_fields = [
        *PressroomPage.override_translatable_fields,
        SynchronizedField("start"),
        SynchronizedField("end"),
        SynchronizedField("topics"),
    ]
    parent_page_types = ["events.EventIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        constraints = [
            models.CheckConstraint(
                condition=Q(end__isnull=True) | Q(end__gte=models.F("start")),
                name="event_ends_after_it_starts",
            )
        ]

    @path("calendar/", name="calendar")
    def calendar(self, request):
        """The event alone, as a file to add to a calendar."""
        localize_related([self], "topics", "shown_topics")
        data = calendar([self], request=request, name=self.title)
        return calendar_response(data, filename=f"{self.slug}.ics")

    def clean(self):
        super().clean()
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("An event cannot end before it starts.")})
        if not (self.venue or self.online_url):
            raise ValidationError({"venue": _("Give a venue, an online address, or both.")})

    @property
    def is_upcoming(self) -> bool:
        return (self.end or self.start) >= timezone.now()


class EventIndexPage(IndexPage):
    subpage_types = ["events.EventPage"]

    class Meta:
        verbose_name = _("event index")

    def get_sections(self, request):
        events = EventPage.objects.for_listing().in_locale_of(self)
        return {
            "upcoming_events": list(events.upcoming()[:LISTING_COUNT]),
            "past_events": list(events.past()[:LISTING_COUNT]),
        }
