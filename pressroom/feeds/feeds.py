"""RSS 2.0 and Atom feeds per language, kind of content and topic (Django's syndication).

An entry is in the feed's language where the page is translated; an untranslated page is
given in the original language and says so (`xml:lang` on the entry), as pages do.
"""

from itertools import chain

from django.contrib.syndication.views import Feed
from django.utils import translation
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from wagtail.models import Locale, Site

from pressroom.core.fallback import localize_related, shown_language
from pressroom.core.models import ArticlePage
from pressroom.delivery.dependencies import record_listing

from .kinds import kind_or_404, topic_or_404

ENTRIES = 30


def newest_first(model) -> tuple[str, ...]:
    """The order of a kind's items, newest first: by editorial date where it has one."""
    if issubclass(model, ArticlePage):
        return ("-date", "-first_published_at")
    return ("-first_published_at",)


class _EntryLanguage:
    """Writes the language of an entry whose text is not in the feed's language."""

    def item_attributes(self, item):
        attributes = super().item_attributes(item)
        if item.get("entry_language"):
            attributes["xml:lang"] = item["entry_language"]
        return attributes


class RssFeedType(_EntryLanguage, Rss201rev2Feed):
    pass


class AtomFeedType(_EntryLanguage, Atom1Feed):
    pass


class ContentFeed(Feed):
    feed_type = RssFeedType

    def get_object(self, request, kind, topic=None):
        self.request = request
        locale = Locale.objects.get(language_code=translation.get_language())
        return {
            "kind": kind_or_404(kind),
            "topic": topic_or_404(topic, locale),
            "locale": locale,
            "site": Site.find_for_request(request),
        }

    def title(self, obj):
        home = obj["site"].root_page.get_translation_or_none(obj["locale"]) or obj["site"].root_page
        parts = [home.title, str(obj["kind"].label)]
        if obj["topic"]:
            parts.append(obj["topic"].name)
        return " — ".join(parts)

    def description(self, obj):
        return self.title(obj)

    def author_name(self, obj):
        """The institution writes every entry (Atom requires an author)."""
        return obj["site"].site_name or obj["site"].root_page.title

    def author_link(self, obj):
        return obj["site"].root_url + "/"

    def subtitle(self, obj):
        return self.title(obj)

    def link(self, obj):
        kind = obj["kind"]
        if kind.index is not None:
            record_listing(kind.index, obj["locale"].pk)
            index = kind.index.objects.live().filter(locale=obj["locale"]).first()
            if index is not None:
                return index.get_url(self.request)
        return f"/{obj['locale'].language_code}/"

    def feed_url(self, obj):
        return self.request.path

    def items(self, obj):
        entries = []
        for model in obj["kind"].models:
            pages = (
                model.objects.for_listing()
                .in_locale(obj["locale"].pk)
                .prefetch_related("topics")
                .order_by(*newest_first(model))
            )
            if obj["topic"]:
                pages = pages.in_topics([obj["topic"]])
            entries.append(pages[:ENTRIES])
        items = sorted(chain(*entries), key=lambda page: page.published_at(), reverse=True)
        items = items[:ENTRIES]
        localize_related(items, "topics", "shown_topics")
        return items

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.lead

    def item_link(self, item):
        return item.get_url(self.request)

    def item_pubdate(self, item):
        return item.published_at()

    def item_updateddate(self, item):
        return item.modified_at()

    def item_categories(self, item):
        return [topic.name for topic in item.shown_topics]

    def item_extra_kwargs(self, item):
        language = shown_language(item)
        return {"entry_language": language if language != translation.get_language() else None}


class AtomContentFeed(ContentFeed):
    feed_type = AtomFeedType
