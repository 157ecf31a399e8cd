from django.core.paginator import Paginator
from django.db import models
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from rest_framework import serializers
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import PageManager, TranslatableMixin
from wagtail_localize.fields import SynchronizedField

from pressroom.core.blocks import ContactBlock, LinkBlock
from pressroom.core.fallback import localize, localize_related, originals
from pressroom.core.models import ArticlePage, IndexPage, PressroomPage, PressroomPageQuerySet
from pressroom.delivery.dependencies import record_children, record_page_number, record_parameter
from pressroom.people.finder import find_press_officers
from pressroom.people.models import PressOfficer
from pressroom.people.vcard import vcard
from pressroom.topics.models import Topic

from .embargo import is_embargoed

LATEST_COUNT = 5
PAGE_SIZE = 20


class ReleaseType(TranslatableMixin, models.Model):
    """The kind of a release: press release, news, statement, … (translatable labels)."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100)

    panels = [FieldPanel("name"), FieldPanel("slug")]
    override_translatable_fields = [SynchronizedField("slug")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("release type")
        verbose_name_plural = _("release types")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["slug", "locale"], name="unique_release_type_slug_per_locale"
            )
        ]

    def __str__(self):
        return self.name


class PressReleaseQuerySet(PressroomPageQuerySet):
    def of_type(self, release_type):
        return self.filter(release_type__translation_key=release_type.translation_key)

    def newest_first(self):
        return self.order_by("-date", "-first_published_at")

    def with_labels(self):
        return self.select_related("release_type").prefetch_related("topics")


class PressReleasePage(ArticlePage):
    release_type = models.ForeignKey(
        ReleaseType,
        verbose_name=_("type"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    press_contacts = ParentalManyToManyField(
        PressOfficer, blank=True, related_name="+", verbose_name=_("press contacts")
    )
    embargo_until = models.DateTimeField(
        _("embargoed until"),
        null=True,
        blank=True,
        help_text=_(
            "Until this time (Brussels time) the release is published nowhere: not on the site, "
            "in listings, feeds, the sitemap or the API, and no alert goes out. Journalists can "
            "read it before with a personal preview link. At this time it appears by itself."
        ),
    )

    objects = PageManager.from_queryset(PressReleaseQuerySet)()

    content_panels = [
        *ArticlePage.content_panels[:2],
        FieldPanel("release_type"),
        FieldPanel("embargo_until"),
        *ArticlePage.content_panels[2:],
        FieldPanel("press_contacts"),
    ]
    api_fields = [
        *ArticlePage.api_fields,
        APIField(
            "release_type",
            serializer=serializers.SlugRelatedField(slug_field="slug", read_only=True),
        ),
    ]
    override_translatable_fields = [
        *ArticlePage.override_translatable_fields,
        SynchronizedField("release_type"),
        SynchronizedField("embargo_until"),
        SynchronizedField("press_contacts"),
    ]
    parent_page_types = ["press.PressReleaseIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("press release")
        verbose_name_plural = _("press releases")

    @property
    def embargoed(self) -> bool:
        return is_embargoed(self)

    @property
    def status_string(self):
        """What the admin says of the page: "embargoed" while readers cannot see it."""
        if self.live and self.embargo_until and self.embargo_until > timezone.now():
            return _("embargoed")
        return super().status_string

    def serve(self, request, *args, **kwargs):
        preview = getattr(request, "embargo_preview", None)
        previewed = preview is not None and preview.release.translation_key == self.translation_key
        if self.embargoed and not previewed:
            raise Http404
        return super().serve(request, *args, **kwargs)

    def get_sections(self, request):
        (release_type,) = localize([self.release_type])
        topics = localize(self.topics.all())
        contacts = localize(self.press_contacts.all())
        return {"release_type": release_type, "topics": topics, "press_contacts": contacts}


def latest_press_releases(page, count=LATEST_COUNT) -> list[PressReleasePage]:
    releases = list(
        PressReleasePage.objects.for_listing()
        .in_locale_of(page)
        .newest_first()
        .with_labels()[:count]
    )
    label_releases(releases)
    return releases


def label_releases(releases) -> None:
    """Type and topics of each release in the reader's language, in two queries."""
    types = localize(release.release_type for release in releases)
    for release, release_type in zip(releases, types, strict=True):
        release.shown_type = release_type
    localize_related(releases, "topics", "shown_topics")
    for release in releases:
        release.labels = [release.shown_type, *release.shown_topics]


class PressReleaseIndexPage(IndexPage):
    """All press releases, newest first, filtered by topic and type."""

    parent_page_types = ["press.MediaCentrePage"]
    subpage_types = ["press.PressReleasePage"]

    class Meta:
        verbose_name = _("press release index")

    def get_sections(self, request):
        releases = PressReleasePage.objects.for_listing().in_locale_of(self).descendant_of(self)
        topics = sorted(localize(originals(Topic)), key=lambda topic: topic.name.casefold())
        types = localize(originals(ReleaseType))
        chosen_topic = _chosen(request.GET.get("topic"), topics)
        chosen_type = _chosen(request.GET.get("type"), types)
        unknown_filter = (request.GET.get("topic") and chosen_topic is None) or (
            request.GET.get("type") and chosen_type is None
        )
        if unknown_filter:
            releases = releases.none()
        if chosen_topic:
            releases = releases.in_topics([chosen_topic])
            record_parameter("topic")
        if chosen_type:
            releases = releases.of_type(chosen_type)
            record_parameter("type")
        paginator = Paginator(releases.newest_first().with_labels(), PAGE_SIZE)
        page_of_releases = paginator.get_page(request.GET.get("page"))
        record_page_number(request, page_of_releases)
        label_releases(page_of_releases.object_list)
        return {
            "releases": page_of_releases,
            "filter_topics": topics,
            "filter_types": types,
            "chosen_topic": chosen_topic,
            "chosen_type": chosen_type,
            "unknown_filter": unknown_filter,
        }


def _chosen(slug, options):
    if not slug:
        return None
    return next((option for option in options if option.slug == slug), None)


class MediaCentrePage(RoutablePageMixin, PressroomPage):
    """The media centre: the latest releases, press officers and services for journalists."""

    intro = RichTextField(_("introduction"), features=["bold", "italic", "link"], blank=True)
    social_links = StreamField(
        [("link", LinkBlock())], blank=True, verbose_name=_("social media links")
    )
    press_releases_heading = models.CharField(
        _("heading of the latest press releases"),
        max_length=255,
        default="Latest press releases",
    )
    related_information = StreamField(
        [("link", LinkBlock())], blank=True, verbose_name=_("related information")
    )
    social_media_team = StreamField(
        [("contact", ContactBlock())], blank=True, max_num=1, verbose_name=_("social media team")
    )
    press_officers_heading = models.CharField(
        _("heading of the press officers"), max_length=255, default="Press officers"
    )
    audiovisual_services = StreamField(
        [("contact", ContactBlock())],
        blank=True,
        max_num=1,
        verbose_name=_("audiovisual services"),
    )
    photo_services = StreamField(
        [("contact", ContactBlock())], blank=True, max_num=1, verbose_name=_("photo services")
    )

    content_panels = [
        *PressroomPage.content_panels,
        FieldPanel("intro"),
        FieldPanel("social_links"),
        FieldPanel("press_releases_heading"),
        FieldPanel("related_information"),
        FieldPanel("social_media_team"),
        FieldPanel("press_officers_heading"),
        MultiFieldPanel(
            [FieldPanel("audiovisual_services"), FieldPanel("photo_services")],
            heading=_("Services"),
        ),
    ]
    subpage_types = ["press.PressReleaseIndexPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("media centre")

    def get_sections(self, request):
        officers = find_press_officers(request.GET)
        record_children(self)
        index = PressReleaseIndexPage.objects.live().child_of(self).first()
        return {
            "latest_press_releases": latest_press_releases(self),
            "press_release_index": index,
            "press_officers": officers.officers,
            "officer_search": officers,
        }

    @path("press-officers/<int:officer_id>/vcard/", name="vcard")
    def press_officer_vcard(self, request, officer_id):
        """A press officer's contact card, in the reader's language."""
        officer = get_object_or_404(originals(PressOfficer), pk=officer_id)
        (officer,) = localize([officer])
        home = self.get_parent()
        card = vcard(officer, organisation=home.title, url=self.get_full_url(request))
        response = HttpResponse(card, content_type="text/vcard; charset=utf-8")
        filename = slugify(officer.name) or "press-officer"
        response["Content-Disposition"] = f'attachment; filename="{filename}.vcf"'
        return response
