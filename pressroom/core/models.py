"""Abstract pages shared by the subjects of the site."""

from datetime import datetime, time

from django.db import models
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from rest_framework import serializers
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager, TranslatableMixin
from wagtail.query import PageQuerySet
from wagtail_localize.fields import SynchronizedField

from pressroom.delivery.dependencies import record_listing
from pressroom.press.embargo import exclude_embargoed

from .blocks import BodyBlock, LinkBlock
from .fallback import foreign_languages

# In the read API, topics are given by their slugs, the same in every language.
TOPIC_SLUGS = serializers.SlugRelatedField(slug_field="slug", many=True, read_only=True)


class PressroomPageQuerySet(PageQuerySet):
    """Pages; a listing (`for_listing()`) records itself, with its locale, when it is read,
    so that a stored response showing it is dropped when a page joins or leaves it."""

    _listing = False
    _listing_locale_id = None

    def _clone(self):
        clone = super()._clone()
        clone._listing = self._listing
        clone._listing_locale_id = self._listing_locale_id
        return clone

    def _record_listing(self):
        if self._listing:
            record_listing(self.model, self._listing_locale_id)

    def _fetch_all(self):
        if self._result_cache is None:
            self._record_listing()
        super()._fetch_all()

    def count(self):
        self._record_listing()
        return super().count()

    def exists(self):
        self._record_listing()
        return super().exists()

    def for_listing(self):
        """Published, public pages with what a listing needs to mark untranslated items; no
        press release under embargo."""
        listing = (
            exclude_embargoed(self.live())
            .public()
            .defer_streamfields()
            .annotate(alias_language=F("alias_of__locale__language_code"))
        )
        listing._listing = True
        return listing

    def in_locale_of(self, page):
        return self.in_locale(page.locale_id)

    def in_locale(self, locale_id):
        pages = self.filter(locale_id=locale_id)
        pages._listing_locale_id = locale_id
        return pages

    def in_topics(self, topics):
        """Pages tagged with any of the topics, whatever the locale of the topic objects."""
        keys = {topic.translation_key for topic in topics}
        return self.filter(topics__translation_key__in=keys).distinct()


class PressroomPage(Page):
    """Base of every public page: gathers what the page shows to state translation gaps."""

    objects = PageManager.from_queryset(PressroomPageQuerySet)()

    # The same slugs in every language: /bg/cohesion/ and /en/cohesion/.
    override_translatable_fields = [SynchronizedField("slug")]

    class Meta:
        abstract = True

    def published_at(self):
        """When the item was first published."""
        return self.first_published_at

    def modified_at(self):
        """When it was last changed: its publication, or a later edit published."""
        published = self.published_at()
        if self.last_published_at and (published is None or self.last_published_at > published):
            return self.last_published_at
        return published

    def get_sections(self, request) -> dict:
        """What the page shows besides its own fields; lists of pages or snippets."""
        return {}

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        sections = self.get_sections(request)
        context.update(sections)
        context["foreign_languages"] = sorted(foreign_languages(self, _shown(sections)))
        return context


class IndexPage(PressroomPage):
    """A listing of one kind of content, one per site section."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*PressroomPage.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1

    class Meta:
        abstract = True


def _shown(sections: dict):
    """Everything with words the sections show: pages, snippets and the labels of items."""
    for value in sections.values():
        if isinstance(value, Page | TranslatableMixin):
            yield value
        elif isinstance(value, list | tuple) or hasattr(value, "object_list"):
            for item in value:
                if hasattr(item, "locale_id"):
                    yield item
                    yield from getattr(item, "labels", ())


class ArticlePage(PressroomPage):
    """Press releases, news and opinions: one interface for listings, feeds and search."""

    date = models.DateField(_("date"), default=timezone.localdate)
    lead = models.TextField(_("lead"), blank=True)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))
    topics = ParentalManyToManyField(
        "topics.Topic", blank=True, related_name="+", verbose_name=_("topics")
    )
    related_links = StreamField(
        [("link", LinkBlock())], blank=True, verbose_name=_("related links")
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("date"),
        FieldPanel("lead"),
        FieldPanel("topics"),
        FieldPanel("body"),
        FieldPanel("related_links"),
    ]

    def published_at(self):
        """Its editorial date: at the moment of its first publication that day, or from the
        day's start (an item dated before it was put online, as an archive is)."""
        first = self.first_published_at
        if first is not None and timezone.localdate(first) == self.date:
            return first
        return timezone.make_aware(datetime.combine(self.date, time.min))

    api_fields = [
        APIField("date"),
        APIField("lead"),
        APIField("body"),
        APIField("topics", serializer=TOPIC_SLUGS),
        APIField("related_links"),
    ]
    override_translatable_fields = [
        *PressroomPage.override_translatable_fields,
        SynchronizedField("topics"),
    ]

    class Meta:
        abstract = True
