"""The links in the alliance's e-mails (`core.links`): bound to one signature and its key."""

from pressroom.core.links import (
    CONFIRMATION_VALID_FOR,
    ExpiredLink,
    InvalidLink,
    make_token,
    read_token,
)

from .models import Signature

__all__ = ["CONFIRMATION_VALID_FOR", "ExpiredLink", "InvalidLink"]

_CONFIRM = "pressroom.alliance.confirm"
_MANAGE = "pressroom.alliance.manage"


def confirmation_token(signature: Signature) -> str:
    return make_token(signature, _CONFIRM, timed=True)


def management_token(signature: Signature) -> str:
    return make_token(signature, _MANAGE)


def signature_to_confirm(token: str, alliance) -> Signature | None:
    return read_token(token, _CONFIRM, Signature.objects.filter(alliance=alliance), timed=True)


def signature_to_manage(token: str, alliance) -> Signature | None:
    return read_token(token, _MANAGE, Signature.objects.filter(alliance=alliance))
