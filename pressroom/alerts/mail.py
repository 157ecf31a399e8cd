"""Writing alert e-mails: plain text and HTML, in the subscriber's language, with the links
to manage or cancel the subscription and the one-click unsubscribe headers (RFC 8058)."""

from dataclasses import asdict, dataclass
from urllib.parse import urlsplit

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.models import Page

from pressroom.core.locales import language_name, text_direction
from pressroom.press.embargo import is_embargoed
from pressroom.topics.models import Topic

from .announce import ALERT_KINDS, kind_of
from .models import Message, Purpose, Subscriber
from .tokens import confirmation_token, management_token


def absolute(path: str) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def site_name() -> str:
    return settings.WAGTAIL_SITE_NAME


def links(subscriber: Subscriber) -> dict[str, str]:
    token = management_token(subscriber)
    with translation.override(subscriber.language):
        return {
            "manage": absolute(reverse("alerts-manage", args=[token])),
            "unsubscribe": absolute(reverse("alerts-unsubscribe", args=[token])),
        }


def choices_summary(subscriber: Subscriber) -> dict[str, list[str]]:
    """What the subscriber follows, in words of their language."""
    topics = {
        topic.slug: topic.name
        for topic in Topic.objects.filter(slug__in=subscriber.topics).select_related("locale")
        if topic.locale.language_code in (subscriber.language, settings.LANGUAGE_CODE)
    }
    return {
        "kinds": [str(ALERT_KINDS[slug].label) for slug in subscriber.kinds if slug in ALERT_KINDS],
        "topics": [topics.get(slug, slug) for slug in subscriber.topics] or [_("Every topic")],
        "languages": [language_name(code) for code in subscriber.languages],
    }


@dataclass(frozen=True)
class Item:
    """What an e-mail says of a page: the same for every subscriber it is sent to."""

    kind: str
    title: str
    lead: str
    url: str
    language: str
    direction: str
    shown: bool  # live and under no embargo


def _item(page_id: int) -> Item:
    page = Page.objects.get(pk=page_id).specific
    language = page.locale.language_code
    return Item(
        kind=kind_of(page),
        title=page.title,
        lead=page.lead,
        url=absolute(page.get_url()),
        language=language,
        direction=text_direction(language),
        shown=page.live and not is_embargoed(page),
    )


def _items(message: Message, subscriber: Subscriber, known: dict) -> list[dict]:
    items = []
    for page_id in message.alerts.order_by("pk").values_list("page_id", flat=True):
        if page_id not in known:
            known[page_id] = _item(page_id)
        item = known[page_id]
        if not item.shown:
            continue
        items.append(
            {
                **asdict(item),
                "kind": ALERT_KINDS[item.kind].label,
                "language_name": language_name(item.language)
                if item.language != subscriber.language
                else "",
            }
        )
    return items


def _content(message: Message, subscriber: Subscriber, known: dict) -> tuple[str, str, dict] | None:
    """The subject, the template and the context of a message; None if nothing is left."""
    site = site_name()
    if message.purpose == Purpose.CONFIRM:
        url = absolute(reverse("alerts-confirm", args=[confirmation_token(subscriber)]))
        subject = _("Confirm your e-mail alerts from %(site)s") % {"site": site}
        return subject, "confirm", {"confirm_url": url, "choices": choices_summary(subscriber)}
    if message.purpose == Purpose.ALREADY:
        subject = _("Your e-mail alerts from %(site)s") % {"site": site}
        return subject, "already", {}
    items = _items(message, subscriber, known)
    if not items:
        return None
    if message.purpose == Purpose.ALERT:
        item = items[0]
        return f"{item['kind']}: {item['title']}", "alert", {"items": items}
    count = len(items)
    subject = ngettext(
        "%(site)s: %(count)d new item today", "%(site)s: %(count)d new items today", count
    ) % {"site": site, "count": count}
    return subject, "digest", {"items": items}


def build(message: Message, known: dict | None = None) -> EmailMultiAlternatives | None:
    """The e-mail of a message; None if nothing is left to tell. `known` keeps what was read
    of each page, for the other messages of a fan-out."""
    subscriber = message.subscriber
    with translation.override(subscriber.language):
        content = _content(message, subscriber, {} if known is None else known)
        if content is None:
            return None
        subject, template, context = content
        context.update(
            site=site_name(),
            language=subscriber.language,
            direction=text_direction(subscriber.language),
            links=links(subscriber),
            subject=subject,
        )
        text = render_to_string(f"alerts/email/{template}.txt", context)
        html = render_to_string(f"alerts/email/{template}.html", context)
    domain = urlsplit(settings.WAGTAILADMIN_BASE_URL).hostname or "localhost"
    headers = {
        "Message-ID": message.message_id,
        "Content-Language": subscriber.language,
        "Auto-Submitted": "auto-generated",
        "List-Id": f"{site_name()} <alerts.{domain}>",
    }
    if message.purpose != Purpose.CONFIRM:
        headers["List-Unsubscribe"] = f"<{context['links']['unsubscribe']}>"
        headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    email = EmailMultiAlternatives(subject, text, to=[subscriber.email], headers=headers)
    email.attach_alternative(html, "text/html")
    return email
