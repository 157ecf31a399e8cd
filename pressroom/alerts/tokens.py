"""The links in alert e-mails: signed, bound to one subscription, never to an address.

A confirmation link expires; the link to manage or cancel a subscription works as long as
the subscription exists. Both carry the subscription's key, which a new subscription
replaces, so the links of a cancelled subscription open nothing."""

from datetime import timedelta

from django.core import signing

from .models import Subscriber

CONFIRMATION_VALID_FOR = timedelta(days=7)
_CONFIRM = "pressroom.alerts.confirm"
_MANAGE = "pressroom.alerts.manage"


class InvalidLink(Exception):
    """Not a link pressroom made: mistyped, cut short or tampered with."""


class ExpiredLink(Exception):
    pass


def confirmation_token(subscriber: Subscriber) -> str:
    return signing.TimestampSigner(salt=_CONFIRM).sign_object([subscriber.pk, subscriber.key])


def management_token(subscriber: Subscriber) -> str:
    return signing.Signer(salt=_MANAGE).sign_object([subscriber.pk, subscriber.key])


def _subscriber(value) -> Subscriber | None:
    try:
        pk, key = value
    except (TypeError, ValueError):
        raise InvalidLink from None
    return Subscriber.objects.filter(pk=pk, key=key).first()


def subscriber_to_confirm(token: str) -> Subscriber | None:
    """The subscriber of a confirmation link, or None if the subscription is gone."""
    signer = signing.TimestampSigner(salt=_CONFIRM)
    try:
        value = signer.unsign_object(token, max_age=CONFIRMATION_VALID_FOR)
    except signing.SignatureExpired:
        raise ExpiredLink from None
    except (signing.BadSignature, ValueError, UnicodeDecodeError):
        raise InvalidLink from None
    return _subscriber(value)


def subscriber_to_manage(token: str) -> Subscriber | None:
    """The subscriber of a management or unsubscribe link, or None if it was cancelled."""
    try:
        value = signing.Signer(salt=_MANAGE).unsign_object(token)
    except (signing.BadSignature, ValueError, UnicodeDecodeError):
        raise InvalidLink from None
    return _subscriber(value)
