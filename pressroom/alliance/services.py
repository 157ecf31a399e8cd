"""Signing, confirming, moderating and withdrawing: what the alliance's pages and admin do."""

import json
from datetime import timedelta

from django.core.serializers.json import DjangoJSONEncoder
from django.db import IntegrityError, transaction
from django.db.models import Count
from django.utils import timezone

from pressroom.delivery.changes import alliance_changed
from pressroom.delivery.dependencies import alliance_tag, record

from .models import Signature, SignatureChange, Status

# One e-mail per signature in this time, however often the form is sent for the address.
RESEND_AFTER = timedelta(minutes=10)
ANSWERS = ("category", "name", "organisation", "position", "country", "publish_name")


def sign(alliance, data: dict, language: str) -> Signature:
    """Record a signature, or merge it into the one the address already gave; the e-mail
    that answers is written by the worker (`tasks.py`)."""
    try:
        return _sign(alliance, data, language)
    except IntegrityError:  # the same address, signing at the same moment elsewhere
        return _sign(alliance, data, language)


def _sign(alliance, data: dict, language: str) -> Signature:
    from .tasks import send_signature_mail

    original = alliance.original
    with transaction.atomic():
        signature = (
            Signature.objects.select_for_update()
            .filter(alliance=original, email=data["email"])
            .first()
        )
        signed = (
            signature is not None
            and signature.confirmed_at is not None
            and signature.status != Status.WITHDRAWN
        )
        # Signed already: nothing is changed by someone who only knows the address; its
        # owner is reminded of the link to their signature (`mail.py`).
        if not signed:
            signature = signature or Signature(alliance=original, email=data["email"])
            for name in ANSWERS:
                setattr(signature, name, data[name])
            signature.version = alliance.current_version()
            signature.language = language
            if signature.pk and signature.status == Status.WITHDRAWN:
                _log(signature, Status.PENDING, "signed again", by_signatory=True)
            signature.status = Status.PENDING
            signature.confirmed_at = None
            signature.created_at = timezone.now()
        mailed = signature.mailed_at
        if mailed is None or mailed < timezone.now() - RESEND_AFTER:
            signature.mail_due = True
        signature.save()
        if signature.mail_due:
            # With the database task backend, the task is written in this transaction: the
            # worker sees it once the signature is saved, and never without it.
            send_signature_mail.enqueue(signature.pk)
    return signature


def confirm(signature: Signature) -> bool:
    updated = Signature.objects.filter(pk=signature.pk, confirmed_at__isnull=True).update(
        confirmed_at=timezone.now()
    )
    signature.refresh_from_db()
    if updated:
        alliance_changed(signature.alliance)
    return bool(updated)


def _log(signature, status, reason="", user=None, by_signatory=False):
    SignatureChange.objects.create(
        signature=signature,
        user=user,
        by_signatory=by_signatory,
        old_status=signature.status,
        new_status=status,
        reason=reason[:500],
    )


@transaction.atomic
def set_status(signatures, status: str, reason: str = "", user=None, by_signatory=False) -> int:
    """Change the status of signatures, each change logged with who, when and why."""
    changed = 0
    for signature in signatures.select_for_update():
        if signature.status == status:
            continue
        _log(signature, status, reason, user=user, by_signatory=by_signatory)
        signature.status = status
        signature.reason = reason[:500]
        signature.save(update_fields=["status", "reason"])
        changed += 1
    return changed


def withdraw(signature: Signature) -> None:
    set_status(
        Signature.objects.filter(pk=signature.pk),
        Status.WITHDRAWN,
        "withdrawn by the signatory",
        by_signatory=True,
    )


def delete(signature: Signature) -> None:
    signature.delete()


def personal_data(signature: Signature) -> str:
    data = {
        "alliance": signature.alliance.title,
        "declaration_version": signature.version.number,
        "category": signature.category,
        "name": signature.name,
        "organisation": signature.organisation,
        "position": signature.position,
        "country": signature.country,
        "email": signature.email,
        "name_published": signature.is_public,
        "language": signature.language,
        "status": signature.status,
        "signed_at": signature.created_at,
        "confirmed_at": signature.confirmed_at,
        "changes": [
            {"at": change.changed_at, "from": change.old_status, "to": change.new_status}
            for change in signature.changes.order_by("changed_at")
        ],
    }
    return json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)


def statistics(alliance) -> dict:
    """The count, and the counts by country and by category, of the alliance's signatures
    (one query)."""
    # Signatures belong to the original alliance page, which shares its translation key.
    record(alliance_tag(alliance))
    counted = Signature.objects.filter(alliance__translation_key=alliance.translation_key)
    counted = counted.counted()
    by_country: dict[str, int] = {}
    by_category: dict[str, int] = {}
    for country, category, count in (
        counted.values_list("country", "category").annotate(n=Count("pk")).order_by()
    ):
        by_country[country] = by_country.get(country, 0) + count
        by_category[category] = by_category.get(category, 0) + count
    return {
        "total": sum(by_country.values()),
        "by_country": by_country,
        "by_category": by_category,
    }
