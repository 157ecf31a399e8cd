"""Subscribing, confirming, changing and cancelling: what the alert pages do."""

import json
import secrets
from datetime import timedelta

from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.utils import timezone

from .mail import absolute
from .models import Message, MessageStatus, Purpose, Subscriber
from .tasks import deliver

PREFERENCES = ("kinds", "topics", "languages", "english_original", "frequency")
# One confirmation (or "already subscribed") e-mail per address in this time, however often
# the form is sent: the form cannot be used to flood someone's inbox.
RESEND_AFTER = timedelta(minutes=10)


def request_subscription(data: dict, language: str) -> Subscriber:
    """Record a request and write the e-mail that answers it: a confirmation link to a new
    address (with the choices just made), a reminder of the management link to an address
    already subscribed, whose choices are not changed by someone who only knows it."""
    with transaction.atomic():
        subscriber = Subscriber.objects.select_for_update().filter(email=data["email"]).first()
        if subscriber is not None and subscriber.confirmed:
            purpose = Purpose.ALREADY
        else:
            subscriber = subscriber or Subscriber(email=data["email"])
            for name in PREFERENCES:
                setattr(subscriber, name, data[name])
            subscriber.language = language
            subscriber.save()
            purpose = Purpose.CONFIRM
        recent = subscriber.messages.filter(
            purpose=purpose, created_at__gt=timezone.now() - RESEND_AFTER
        ).exclude(status=MessageStatus.FAILED)
        if not recent.exists():
            Message.objects.create(
                subscriber=subscriber,
                purpose=purpose,
                dedupe_key=f"{purpose}:{subscriber.pk}:{secrets.token_hex(8)}",
            )
            deliver.enqueue()
    return subscriber


def confirm(subscriber: Subscriber) -> bool:
    """Confirm a subscription; False if it was confirmed already."""
    updated = Subscriber.objects.filter(pk=subscriber.pk, confirmed_at__isnull=True).update(
        confirmed_at=timezone.now()
    )
    subscriber.refresh_from_db()
    return bool(updated)


def cancel(subscriber: Subscriber) -> None:
    """Cancel a subscription and delete everything kept about it."""
    subscriber.delete()


def personal_data(subscriber: Subscriber) -> str:
    """Everything pressroom keeps about a subscriber, as JSON."""
    messages = subscriber.messages.order_by("created_at")
    data = {
        "email": subscriber.email,
        "subscribed_at": subscriber.created_at,
        "confirmed_at": subscriber.confirmed_at,
        "language_of_emails": subscriber.language,
        "kinds": subscriber.kinds,
        "topics": subscriber.topics,
        "languages": subscriber.languages,
        "english_original": subscriber.english_original,
        "frequency": subscriber.frequency,
        "emails": [
            {
                "purpose": message.purpose,
                "status": message.status,
                "written_at": message.created_at,
                "sent_at": message.sent_at,
                "about": [
                    {"title": alert.page.title, "address": absolute(alert.page.get_url() or "")}
                    for alert in message.alerts.select_related("page")
                ],
            }
            for message in messages
        ],
    }
    return json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)
