from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField

from pressroom.campaigns.models import CampaignPage
from pressroom.core.models import PressroomPage
from pressroom.events.models import EventPage
from pressroom.press.models import latest_press_releases

SECTION_COUNT = 5


class HomePage(PressroomPage):
    intro = RichTextField(_("introduction"), features=["bold", "italic", "link"], blank=True)

    content_panels = [*PressroomPage.content_panels, FieldPanel("intro")]
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")

    def get_sections(self, request):
        campaigns = CampaignPage.objects.for_listing().in_locale_of(self).child_of(self)
        events = EventPage.objects.for_listing().in_locale_of(self)
        return {
            "latest_press_releases": latest_press_releases(self),
            "campaigns": list(campaigns.order_by("path")),
            "upcoming_events": list(events.upcoming()[:SECTION_COUNT]),
        }
