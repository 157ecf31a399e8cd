"""Writing alert e-mails: plain text and HTML, in the subscriber's language, with the links
to manage or cancel the subscription and the one-click unsubscribe headers (RFC 8058)."""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

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


def _items(message: Message, subscriber: Subscriber) -> list[dict]:
    items = []
    for alert in message.alerts.select_related("page").order_by("pk"):
        page = alert.page.specific
        if not page.live or is_embargoed(page):
            continue
        language = page.locale.language_code
        items.append(
            {
                "kind": ALERT_KINDS[kind_of(page)].label,
                "title": page.title,
                "lead": page.lead,
                "url": absolute(page.get_url()),
                "language": language,
                "direction": text_direction(language),
                "language_name": language_name(language) if language != subscriber.language else "",
            }
        )
    return items


def _content(message: Message, subscriber: Subscriber) -> tuple[str, str, dict] | None:
    """The subject, the template and the context of a message; None if nothing is left."""
    site = site_name()
    if message.purpose == Purpose.CONFIRM:
        url = absolute(reverse("alerts-confirm", args=[confirmation_token(subscriber)]))
        subject = _("Confirm your e-mail alerts from %(site)s") % {"site": site}
        return subject, "confirm", {"confirm_url": url, "choices": choices_summary(subscriber)}
    if message.purpose == Purpose.ALREADY:
        subject = _("Your e-mail alerts from %(site)s") % {"site": site}
        return subject, "already", {}
    items = _items(message, subscriber)
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


def build(message: Message) -> EmailMultiAlternatives | None:
    subscriber = message.subscriber
    with translation.override(subscriber.language):
        content = _content(message, subscriber)
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
