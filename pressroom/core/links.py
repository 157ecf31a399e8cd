"""Personal links sent by e-mail: a signed [id, key] pair, bound to one record and its key.

A confirmation link expires (`max_age`); a management link works as long as the record
and its key exist. Replacing the key (a new subscription, a new signature) makes every
earlier link open nothing."""

from datetime import timedelta

from django.core import signing

CONFIRMATION_VALID_FOR = timedelta(days=7)


class InvalidLink(Exception):
    """Not a link pressroom made: mistyped, cut short or tampered with."""


class ExpiredLink(Exception):
    pass


def make_token(record, salt: str, *, timed: bool = False) -> str:
    signer = signing.TimestampSigner(salt=salt) if timed else signing.Signer(salt=salt)
    return signer.sign_object([record.pk, record.key])


def read_token(token: str, salt: str, queryset, *, timed: bool = False):
    """The record of `queryset` the token names, None if it is gone (or its key changed);
    InvalidLink or ExpiredLink when the token itself is refused."""
    try:
        if timed:
            value = signing.TimestampSigner(salt=salt).unsign_object(
                token, max_age=CONFIRMATION_VALID_FOR
            )
        else:
            value = signing.Signer(salt=salt).unsign_object(token)
    except signing.SignatureExpired:
        raise ExpiredLink from None
    except (signing.BadSignature, ValueError, UnicodeDecodeError):
        raise InvalidLink from None
    try:
        pk, key = value
    except (TypeError, ValueError):
        raise InvalidLink from None
    return queryset.filter(pk=pk, key=key).first()
