"""The links in the alliance's e-mails: signed, bound to one signature and its key."""

from datetime import timedelta

from django.core import signing

from .models import Signature

CONFIRMATION_VALID_FOR = timedelta(days=7)
_CONFIRM = "pressroom.alliance.confirm"
_MANAGE = "pressroom.alliance.manage"


class InvalidLink(Exception):
    pass


class ExpiredLink(Exception):
    pass


def confirmation_token(signature: Signature) -> str:
    return signing.TimestampSigner(salt=_CONFIRM).sign_object([signature.pk, signature.key])


def management_token(signature: Signature) -> str:
    return signing.Signer(salt=_MANAGE).sign_object([signature.pk, signature.key])


def _signature(value, alliance) -> Signature | None:
    try:
        pk, key = value
    except (TypeError, ValueError):
        raise InvalidLink from None
    return Signature.objects.filter(pk=pk, key=key, alliance=alliance).first()


def signature_to_confirm(token: str, alliance) -> Signature | None:
    try:
        value = signing.TimestampSigner(salt=_CONFIRM).unsign_object(
            token, max_age=CONFIRMATION_VALID_FOR
        )
    except signing.SignatureExpired:
        raise ExpiredLink from None
    except (signing.BadSignature, ValueError, UnicodeDecodeError):
        raise InvalidLink from None
    return _signature(value, alliance)


def signature_to_manage(token: str, alliance) -> Signature | None:
    try:
        value = signing.Signer(salt=_MANAGE).unsign_object(token)
    except (signing.BadSignature, ValueError, UnicodeDecodeError):
        raise InvalidLink from None
    return _signature(value, alliance)
