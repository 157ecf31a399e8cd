"""What a page says about itself to search engines and social networks: its canonical
address, Open Graph and Twitter card tags, and schema.org JSON-LD (Organization on every
page; NewsArticle, Event and Person where the page is one or shows them)."""

import json
from functools import cache

from babel.core import get_global
from django.core.serializers.json import DjangoJSONEncoder
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.safestring import mark_safe
from django.utils.text import Truncator

from pressroom.events.models import EventPage
from pressroom.news.models import NewsPage
from pressroom.press.models import PressReleasePage

from .fallback import shown_language
from .models import ArticlePage

DESCRIPTION_WORDS = 50
# The characters that must not appear raw inside a <script> element.
_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


@cache
def open_graph_locale(code: str) -> str:
    """The language with its most likely territory, from CLDR: "bg" gives "bg_BG"."""
    likely = get_global("likely_subtags").get(code, code)
    parts = likely.split("_")
    return f"{parts[0]}_{parts[-1]}" if len(parts) > 1 else code


def summary(page) -> str:
    text = page.search_description or getattr(page, "lead", "") or getattr(page, "intro", "")
    return Truncator(strip_tags(str(text or "")).strip()).words(DESCRIPTION_WORDS)


def canonical_url(page, request) -> str:
    """An untranslated page (an alias) is a copy of the original: the original is canonical."""
    original = page.alias_of if page.alias_of_id else page
    return original.get_full_url(request)


def _organization(home, request) -> dict:
    return {
        "@type": "Organization",
        "@id": f"{home.get_full_url(request)}#organization",
        "name": home.title,
        "url": home.get_full_url(request),
    }


def _person(person, organization) -> dict:
    data = {"@type": "Person", "name": person.name, "worksFor": {"@id": organization["@id"]}}
    if person.role:
        data["jobTitle"] = person.role
    if person.email:
        data["email"] = f"mailto:{person.email}"
    if person.phone:
        data["telephone"] = person.phone
    if getattr(person, "language_codes", None):
        data["knowsLanguage"] = person.language_codes
    return data


def _entity(page, url, organization, language) -> dict:
    base = {
        "@id": f"{url}#main",
        "url": url,
        "inLanguage": language,
        "description": summary(page),
        "publisher": {"@id": organization["@id"]},
    }
    if isinstance(page, ArticlePage):
        kind = "NewsArticle" if isinstance(page, PressReleasePage | NewsPage) else "Article"
        return {
            "@type": kind,
            **base,
            "headline": page.title,
            "datePublished": page.published_at(),
            "dateModified": page.modified_at(),
            "author": {"@id": organization["@id"]},
            "mainEntityOfPage": url,
        }
    if isinstance(page, EventPage):
        places = []
        if page.venue:
            places.append({"@type": "Place", "name": page.venue})
        if page.online_url:
            places.append({"@type": "VirtualLocation", "url": page.online_url})
        mode = (
            "MixedEventAttendanceMode"
            if len(places) == 2
            else "OnlineEventAttendanceMode"
            if page.online_url
            else "OfflineEventAttendanceMode"
        )
        event = {
            "@type": "Event",
            **base,
            "name": page.title,
            "startDate": timezone.localtime(page.start),
            "eventStatus": "https://schema.org/EventScheduled",
            "eventAttendanceMode": f"https://schema.org/{mode}",
            "location": places[0] if len(places) == 1 else places,
            "organizer": {"@id": organization["@id"]},
        }
        if page.end:
            event["endDate"] = timezone.localtime(page.end)
        return event
    return {"@type": "WebPage", **base, "name": page.title}


def json_ld(page, request, *, home, people=()) -> str:
    """The page's JSON-LD, ready to go inside <script type="application/ld+json">."""
    organization = _organization(home, request)
    url = page.get_full_url(request)
    graph = [organization, _entity(page, url, organization, shown_language(page))]
    graph += [_person(person, organization) for person in people]
    data = {"@context": "https://schema.org", "@graph": graph}
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    return mark_safe(text.translate(_SCRIPT_ESCAPES))  # noqa: S308 (escaped for <script> above)
