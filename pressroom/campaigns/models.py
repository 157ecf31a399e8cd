from django.db import models
from django.db.models import prefetch_related_objects
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail_localize.fields import SynchronizedField

from pressroom.alliance.models import AlliancePage
from pressroom.core.fallback import localize, originals
from pressroom.core.models import PressroomPage
from pressroom.delivery.dependencies import record_children
from pressroom.events.models import EventPage
from pressroom.multimedia.models import Video, with_renditions
from pressroom.news.models import NewsPage
from pressroom.opinions.models import OpinionPage

SECTION_COUNT = 5
MORE_VIDEOS_COUNT = 12


class CampaignPage(PressroomPage):
    """A campaign: its case and goals, and everything the site publishes on its topics."""

    lead = models.TextField(_("lead"), blank=True)
    intro = RichTextField(_("introduction"), features=["bold", "italic", "link"], blank=True)
    goals = RichTextField(
        _("our goals"), features=["bold", "italic", "link", "ul", "ol"], blank=True
    )
    topics = ParentalManyToManyField(
        "topics.Topic",
        blank=True,
        related_name="+",
        verbose_name=_("topics"),
        help_text=_("News, events, opinions and videos on these topics appear on the page."),
    )
    featured_video = models.ForeignKey(
        "multimedia.Video",
        verbose_name=_("featured video"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    contact_person = models.ForeignKey(
        "people.ContactPerson",
        verbose_name=_("contact person"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = [
        *PressroomPage.content_panels,
        FieldPanel("lead"),
        FieldPanel("intro"),
        FieldPanel("goals"),
        FieldPanel("topics"),
        MultiFieldPanel(
            [FieldPanel("featured_video"), FieldPanel("contact_person")], heading=_("On the page")
        ),
    ]
    override_translatable_fields = [
        *PressroomPage.override_translatable_fields,
        SynchronizedField("topics"),
        SynchronizedField("featured_video"),
        SynchronizedField("contact_person"),
    ]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["alliance.AlliancePage"]

    class Meta:
        verbose_name = _("campaign")
        verbose_name_plural = _("campaigns")

    def get_sections(self, request):
        topics = list(self.topics.all())
        if topics:
            news = NewsPage.objects.for_listing().in_locale_of(self).in_topics(topics)
            events = EventPage.objects.for_listing().in_locale_of(self).in_topics(topics)
            opinions = OpinionPage.objects.for_listing().in_locale_of(self).in_topics(topics)
            videos = originals(Video).in_topics(topics)
        else:
            news = NewsPage.objects.none()
            events = EventPage.objects.none()
            opinions = OpinionPage.objects.none()
            videos = Video.objects.none()
        featured = localize([self.featured_video], ("poster",)) if self.featured_video_id else []
        prefetch_related_objects(featured, "subtitles__file", "poster__renditions")
        more_videos = videos.exclude(translation_key__in=[v.translation_key for v in featured])
        people = localize([self.contact_person]) if self.contact_person_id else []
        record_children(self)
        return {
            "latest_news": list(news.order_by("-date", "-first_published_at")[:SECTION_COUNT]),
            "upcoming_events": list(events.upcoming()[:SECTION_COUNT]),
            "past_events": list(events.past()[:SECTION_COUNT]),
            "adopted_opinions": list(opinions.adopted()[:SECTION_COUNT]),
            "opinions_under_discussion": list(opinions.under_discussion()[:SECTION_COUNT]),
            "featured_video": featured[0] if featured else None,
            "more_videos": with_renditions(
                localize(
                    more_videos.newest_first().select_related("poster")[:MORE_VIDEOS_COUNT],
                    ("poster",),
                )
            ),
            "contact_person": people[0] if people else None,
            "alliance": AlliancePage.objects.child_of(self).live().public().first(),
        }
