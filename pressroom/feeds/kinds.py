"""The kinds of content a reader can follow, and where each is listed on the site."""

from dataclasses import dataclass

from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from pressroom.core.locales import source_language_code
from pressroom.events.models import EventIndexPage, EventPage
from pressroom.news.models import NewsIndexPage, NewsPage
from pressroom.opinions.models import OpinionIndexPage, OpinionPage
from pressroom.press.models import PressReleaseIndexPage, PressReleasePage
from pressroom.topics.models import Topic


@dataclass(frozen=True)
class Kind:
    slug: str
    label: str
    models: tuple
    index: type | None = None


KINDS = {
    kind.slug: kind
    for kind in (
        Kind(
            "all",
            _("Press releases, news, events and opinions"),
            (PressReleasePage, NewsPage, EventPage, OpinionPage),
        ),
        Kind("press-releases", _("Press releases"), (PressReleasePage,), PressReleaseIndexPage),
        Kind("news", _("News"), (NewsPage,), NewsIndexPage),
        Kind("events", _("Events"), (EventPage,), EventIndexPage),
        Kind("opinions", _("Opinions"), (OpinionPage,), OpinionIndexPage),
    )
}


def kind_or_404(slug: str) -> Kind:
    try:
        return KINDS[slug]
    except KeyError:
        raise Http404 from None


def topic_or_404(slug: str | None, locale: Locale) -> Topic | None:
    """The topic in the reader's language where it is translated, else the original."""
    if slug is None:
        return None
    topics = {
        topic.locale.language_code: topic
        for topic in Topic.objects.filter(slug=slug).select_related("locale")
    }
    if not topics:
        raise Http404
    return topics.get(locale.language_code) or topics.get(source_language_code())
