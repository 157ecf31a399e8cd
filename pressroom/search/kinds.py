"""What the search covers: six kinds of content, each with its label."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from pressroom.campaigns.models import CampaignPage
from pressroom.events.models import EventPage
from pressroom.news.models import NewsPage
from pressroom.opinions.models import OpinionPage
from pressroom.press.models import PressReleasePage


@dataclass(frozen=True)
class SearchKind:
    slug: str
    label: str
    model: type | None  # None: videos, which are snippets, not pages


KINDS = {
    kind.slug: kind
    for kind in (
        SearchKind("press-releases", _("Press releases"), PressReleasePage),
        SearchKind("news", _("News"), NewsPage),
        SearchKind("events", _("Events"), EventPage),
        SearchKind("opinions", _("Opinions"), OpinionPage),
        SearchKind("campaigns", _("Campaigns"), CampaignPage),
        SearchKind("videos", _("Videos"), None),
    )
}
PAGE_MODELS = {kind.model: slug for slug, kind in KINDS.items() if kind.model is not None}


def kind_of_page(page) -> str | None:
    return PAGE_MODELS.get(type(page))
