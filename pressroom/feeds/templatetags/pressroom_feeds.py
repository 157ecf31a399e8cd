from django import template
from django.urls import reverse

from pressroom.events.models import EventIndexPage, EventPage
from pressroom.press.models import MediaCentrePage

from ..kinds import KINDS

register = template.Library()


def _urls(kind: str, topic: str | None = None) -> dict[str, str]:
    if topic is None:
        urls = {"rss": reverse("feed-rss", args=[kind]), "atom": reverse("feed-atom", args=[kind])}
        if kind in ("all", "events"):
            urls["calendar"] = reverse("events-calendar")
    else:
        urls = {
            "rss": reverse("topic-feed-rss", args=[topic, kind]),
            "atom": reverse("topic-feed-atom", args=[topic, kind]),
        }
        if kind in ("all", "events"):
            urls["calendar"] = reverse("topic-events-calendar", args=[topic])
    return urls


def page_kind(page) -> str:
    """The kind of content a page lists or is, for its own feed; "all" for the others."""
    if isinstance(page, MediaCentrePage):
        return "press-releases"
    for slug, kind in KINDS.items():
        if slug != "all" and (
            isinstance(page, kind.models) or (kind.index and isinstance(page, kind.index))
        ):
            return slug
    return "all"


@register.inclusion_tag("feeds/includes/subscribe_links.html")
def feed_subscribe_links(kind, topic=None):
    return {"urls": _urls(kind, topic)}


@register.inclusion_tag("feeds/includes/head_links.html")
def feed_head_links(page=None):
    """`<link rel="alternate">` to the feeds that fit the page: its own kind and everything."""
    kind = page_kind(page) if page is not None else "all"
    feeds = [(KINDS[kind].label, _urls(kind))]
    if kind != "all":
        feeds.append((KINDS["all"].label, _urls("all")))
    calendar = isinstance(page, EventPage | EventIndexPage)
    return {"feeds": feeds, "calendar": reverse("events-calendar") if calendar else None}


@register.inclusion_tag("feeds/includes/subscribe_box.html")
def subscribe_box(page):
    kind = page_kind(page)
    return {"urls": _urls(kind), "label": KINDS[kind].label}
