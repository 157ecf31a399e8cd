"""The links in alert e-mails (`core.links`): bound to one subscription, never to an address.

A confirmation link expires; the link to manage or cancel a subscription works as long as
the subscription exists. A new subscription gets a new key, so the links of a cancelled
subscription open nothing."""

from pressroom.core.links import (
    CONFIRMATION_VALID_FOR,
    ExpiredLink,
    InvalidLink,
    make_token,
    read_token,
)

from .models import Subscriber

__all__ = ["CONFIRMATION_VALID_FOR", "ExpiredLink", "InvalidLink"]

_CONFIRM = "pressroom.alerts.confirm"
_MANAGE = "pressroom.alerts.manage"


def confirmation_token(subscriber: Subscriber) -> str:
    return make_token(subscriber, _CONFIRM, timed=True)


def management_token(subscriber: Subscriber) -> str:
    return make_token(subscriber, _MANAGE)


def subscriber_to_confirm(token: str) -> Subscriber | None:
    """The subscriber of a confirmation link, or None if the subscription is gone."""
    return read_token(token, _CONFIRM, Subscriber.objects, timed=True)


def subscriber_to_manage(token: str) -> Subscriber | None:
    """The subscriber of a management or unsubscribe link, or None if it was cancelled."""
    return read_token(token, _MANAGE, Subscriber.objects)
