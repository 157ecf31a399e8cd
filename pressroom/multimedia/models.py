from django.conf import settings
from django.db import models
from django.db.models import prefetch_related_objects
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Orderable, TranslatableMixin
from wagtail_localize.fields import SynchronizedField

from pressroom.core.fallback import localize, originals
from pressroom.core.models import IndexPage


class VideoQuerySet(models.QuerySet):
    def in_topics(self, topics):
        keys = {topic.translation_key for topic in topics}
        return self.filter(topics__translation_key__in=keys).distinct()

    def newest_first(self):
        return self.order_by("-published_at", "-pk")


class Video(TranslatableMixin, ClusterableModel):
    """A video published elsewhere (the institution's video platform), shown by its poster
    and linked, so that reading a page never makes a request to another host."""

    title = models.CharField(_("title"), max_length=255)
    description = models.TextField(_("description"), blank=True)
    poster = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("poster image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    source_url = models.URLField(_("source address"), max_length=500)
    published_at = models.DateField(_("publication date"), default=timezone.localdate)
    topics = ParentalManyToManyField("topics.Topic", blank=True, related_name="+")

    objects = VideoQuerySet.as_manager()

    panels = [
        FieldPanel("title"),
        FieldPanel("description"),
        FieldPanel("poster"),
        FieldPanel("source_url"),
        FieldPanel("published_at"),
        FieldPanel("topics"),
        InlinePanel("subtitles", label=_("Subtitles")),
    ]
    override_translatable_fields = [
        SynchronizedField("poster"),
        SynchronizedField("published_at"),
        SynchronizedField("topics"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("video")
        verbose_name_plural = _("videos")

    def __str__(self):
        return self.title


class VideoSubtitle(Orderable):
    video = ParentalKey(Video, on_delete=models.CASCADE, related_name="subtitles")
    language = models.CharField(
        _("language"), max_length=7, choices=settings.WAGTAIL_CONTENT_LANGUAGES
    )
    file = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("subtitle file (WebVTT)"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("language"), FieldPanel("file")]

    class Meta(Orderable.Meta):
        verbose_name = _("subtitles")
        constraints = [
            models.UniqueConstraint(fields=["video", "language"], name="one_subtitle_per_language")
        ]


def with_renditions(videos):
    """The videos, with the renditions of their posters fetched in one query (a poster is
    shown in several sizes and formats)."""
    videos = list(videos)
    prefetch_related_objects([video for video in videos if video.poster_id], "poster__renditions")
    return videos


class VideoIndexPage(IndexPage):
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("video index")

    def get_sections(self, request):
        videos = localize(originals(Video).newest_first().select_related("poster"), ("poster",))
        prefetch_related_objects(videos, "subtitles__file")
        return {"videos": with_renditions(videos)}
