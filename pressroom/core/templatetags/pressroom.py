"""Template tags for every public page: languages, fallbacks, dates and navigation."""

from urllib.parse import quote, urlencode, urlsplit, urlunsplit
from zoneinfo import ZoneInfo

from babel.dates import format_date, format_interval, format_time
from django import template
from django.conf import settings
from django.db.models import F
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.functional import SimpleLazyObject
from django.utils.html import format_html
from wagtail.models import Locale, Page, Site

from pressroom.core import structured_data
from pressroom.core.fallback import page_gaps, shown_language
from pressroom.core.locales import (
    content_language_codes,
    language_name,
    native_name,
    source_language_code,
    text_direction,
)
from pressroom.core.models import ArticlePage
from pressroom.delivery.dependencies import record_children

register = template.Library()
BRUSSELS = ZoneInfo(settings.TIME_ZONE)


def _reader() -> str:
    return translation.get_language() or source_language_code()


def _babel_locale(code: str) -> str:
    return code.replace("-", "_")


@register.simple_tag
def lang_attr(obj, field=None):
    """` lang="en"` when the object's text (or the field's) is not in the page's language."""
    language = shown_language(obj, field)
    if language == _reader():
        return ""
    return format_html(' lang="{}" dir="{}"', language, text_direction(language))


@register.filter
def language_names(codes):
    """Names of the languages, in the reader's language."""
    return [(code, language_name(code)) for code in codes]


@register.filter
def text_dir(code):
    return text_direction(code)


@register.filter
def local_date(value, style="long"):
    if not value:
        return ""
    return format_date(value, format=style, locale=_babel_locale(_reader()))


@register.simple_tag
def event_when(start, end=None):
    """The time span of an event in Brussels time, written the reader's way."""
    locale = _babel_locale(_reader())
    start = timezone.localtime(start, BRUSSELS)
    end = timezone.localtime(end or start, BRUSSELS)
    if start.date() == end.date():
        day = format_date(start, format="long", locale=locale)
        if start == end:
            return f"{day}, {format_time(start, format='short', locale=locale)}"
        hours = format_interval(start, end, skeleton="Hm", tzinfo=BRUSSELS, locale=locale)
        return f"{day}, {hours}"
    return " – ".join(
        f"{format_date(moment, format='long', locale=locale)}, "
        f"{format_time(moment, format='short', locale=locale)}"
        for moment in (start, end)
    )


def _versions(page) -> dict[str, Page]:
    """The page in every language it exists in (translations and aliases), one query."""
    if not hasattr(page, "_pressroom_versions"):
        versions = page.get_translations(inclusive=True).select_related("locale")
        page._pressroom_versions = {version.locale.language_code: version for version in versions}
    return page._pressroom_versions


def _choice(code, target, reader):
    url = f"{reverse('choose-language', args=[code])}?{urlencode({'next': target})}"
    return {"code": code, "name": native_name(code), "url": url, "current": code == reader}


@register.inclusion_tag("core/includes/language_switcher.html", takes_context=True)
def language_switcher(context, page=None):
    """On a page, the languages it is really translated into; below them, the other languages'
    home pages, so that a reader can still choose the site's language. A language the page
    exists in only as a fallback is never offered as a version of the page."""
    request = context.get("request")
    reader = _reader()
    versions = _versions(page) if isinstance(page, Page) and page.id else {}
    translations, others = [], []
    for code in content_language_codes():
        version = versions.get(code)
        if version is not None and not version.alias_of_id:
            translations.append(_choice(code, version.get_url(request), reader))
        else:
            others.append(_choice(code, f"/{code}/", reader))
    if not versions:
        translations, others = others, []
    return {
        "translations": translations,
        "others": others,
        "on_page": bool(versions),
        "current_name": native_name(reader),
    }


@register.inclusion_tag("core/includes/alternate_links.html", takes_context=True)
def alternate_links(context, page):
    """`<link rel="alternate" hreflang>` for the real translations of the page only."""
    request = context.get("request")
    if not isinstance(page, Page) or not page.id:
        return {"alternates": []}
    alternates = [
        (code, version.get_full_url(request))
        for code, version in sorted(_versions(page).items())
        if not version.alias_of_id
    ]
    if alternates:
        # The address without a language, which answers in the reader's language.
        parts = urlsplit(alternates[0][1])
        path = "/" + parts.path.lstrip("/").partition("/")[2]
        alternates.append(("x-default", urlunsplit((parts.scheme, parts.netloc, path, "", ""))))
    return {"alternates": alternates}


@register.inclusion_tag("core/includes/fallback_notice.html", takes_context=True)
def fallback_notice(context, page):
    languages = context.get("foreign_languages") or []
    gaps = page_gaps(page) if isinstance(page, Page) else None
    return {
        "languages": [(code, native_name(code)) for code in languages],
        "whole": gaps is not None and gaps.whole,
        "machine": gaps is not None and gaps.machine,
    }


@register.simple_tag(takes_context=True)
def site_home(context):
    """The home page of the site in the reader's language (or the original), looked up when
    something shows it: a page that shows neither the menu nor the site's title (the 404)
    reads nothing for it."""
    request = context.get("request")
    reader = _reader()

    def home():
        site = Site.find_for_request(request) if request else None
        if site is None:
            return None
        root = site.root_page
        locale = Locale.objects.filter(language_code=reader).first()
        return (root.get_translation_or_none(locale) if locale else None) or root

    return SimpleLazyObject(home)


@register.simple_tag(takes_context=True)
def site_name(context) -> str:
    """The name of the site the request is for (found once per request), else the project's."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    return (site.site_name if site else "") or settings.WAGTAIL_SITE_NAME


@register.inclusion_tag("core/includes/main_navigation.html")
def main_navigation(home, current=None):
    if not isinstance(current, Page):
        current = None
    items = []
    if home:
        record_children(home)
        children = home.get_children().live().public().in_menu()
        for item in children.annotate(alias_language=F("alias_of__locale__language_code")):
            item.is_current = current is not None and item.pk == current.pk
            item.is_ancestor = (
                current is not None and not item.is_current and current.path.startswith(item.path)
            )
            items.append(item)
    return {"home": home, "items": items}


@register.filter
def tel_href(phone):
    """ "+32 (0) 470 89 53 82" -> "+32470895382": the (0) is dialled only within the country."""
    digits = phone.replace("(0)", "")
    return "".join(char for char in digits if char.isdigit() or char == "+")


@register.inclusion_tag("core/includes/share_links.html", takes_context=True)
def share_links(context, page):
    request = context["request"]
    url = quote(page.get_full_url(request), safe="")
    title = quote(page.title, safe="")
    return {
        "links": [
            ("Facebook", f"https://www.facebook.com/sharer/sharer.php?u={url}"),
            ("X", f"https://x.com/intent/post?url={url}&text={title}"),
            ("LinkedIn", f"https://www.linkedin.com/sharing/share-offsite/?url={url}"),
        ],
        "mailto": f"mailto:?subject={title}&body={url}",
    }


@register.inclusion_tag("core/includes/page_meta.html", takes_context=True)
def page_meta(context, page, home=None):
    """Canonical address, Open Graph, Twitter card and JSON-LD of a page."""
    request = context.get("request")
    home = home or page
    people = context.get("press_officers") or context.get("press_contacts") or ()
    language = shown_language(page)
    alternates = [
        structured_data.open_graph_locale(code)
        for code, version in sorted(_versions(page).items())
        if not version.alias_of_id and code != language
    ]
    return {
        "page": page,
        "home": home,
        "canonical": structured_data.canonical_url(page, request),
        "description": structured_data.summary(page),
        "article": isinstance(page, ArticlePage),
        "og_locale": structured_data.open_graph_locale(language),
        "og_alternates": alternates,
        "json_ld": structured_data.json_ld(page, request, home=home, people=people),
    }


@register.filter
def embargo_time(value):
    """A moment in Brussels time, the reader's way: "21 November 2026, 10:00"."""
    return event_when(value)
