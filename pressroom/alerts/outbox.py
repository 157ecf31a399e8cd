"""Sending the outbox: each message is claimed by one sender, sent, and marked sent.

A message goes out once: claiming is a conditional update, so two workers never send the
same one, and it is marked sent as soon as the SMTP server has taken it. A claim is a lease
of `LEASE`: `claimed_at` is when its sender last said it was still at work, at the claim and
again before each message it hands over, so a live sender keeps its messages for as long as
it needs, and the messages of a sender that died are free for another one a `LEASE` after
its last word. The lease is renewed right before a message is handed over and the SMTP
conversation is bounded well below `LEASE`, so a message is marked sent before anyone else
may take it. When the server cannot be reached, the messages stay waiting and are tried
again later, ever less often, until it is back; none is dropped. A message the server
refuses for good (an address that does not exist) is marked failed with the server's answer.
Only a worker that dies in the instant between the server's "accepted" and the marking
leaves a message that goes out twice, with the same Message-ID, by which mail systems
recognise a repeat."""

import contextlib
import secrets
import smtplib
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core.mail import get_connection
from django.db.models import F, Q
from django.utils import timezone

from .mail import build
from .models import Message, MessageStatus

BATCH = 200
LEASE = timedelta(seconds=60)
# Each wait on the SMTP server: a message handed over takes a few of them, well within LEASE.
SMTP_TIMEOUT = 10
LONGEST_WAIT = timedelta(hours=1)


@dataclass
class Outcome:
    sent: int = 0
    failed: int = 0
    deferred: int = 0


def retry_delay(attempts: int) -> timedelta:
    """1, 2, 4, … minutes after each failed attempt, at most an hour."""
    return min(timedelta(minutes=2 ** max(attempts - 1, 0)), LONGEST_WAIT)


def due(now=None) -> Q:
    """Messages to send: waiting and due, or claimed by a sender whose lease has run out."""
    now = now or timezone.now()
    return Q(status=MessageStatus.PENDING, next_attempt_at__lte=now) | Q(
        status=MessageStatus.SENDING, claimed_at__lt=now - LEASE
    )


def _claim(now, size) -> tuple[str, list[Message]]:
    claimable = Message.objects.filter(due(now))
    ids = list(claimable.order_by("next_attempt_at", "pk").values_list("pk", flat=True)[:size])
    if not ids:
        return "", []
    claim = secrets.token_hex(8)
    # The same condition again in the update: of two senders, the second finds them taken.
    claimable.filter(pk__in=ids).update(
        status=MessageStatus.SENDING, claimed_by=claim, claimed_at=now
    )
    return claim, list(
        Message.objects.filter(claimed_by=claim, status=MessageStatus.SENDING)
        .select_related("subscriber")
        .order_by("pk")
    )


def _renew(claim: str, message) -> bool:
    """Extend the lease of what this sender still holds; False when this message is no
    longer its own (it stalled longer than the lease and another sender took it)."""
    held = Message.objects.filter(claimed_by=claim, status=MessageStatus.SENDING)
    held.update(claimed_at=timezone.now())
    return held.filter(pk=message.pk).exists()


def _defer(messages, error: Exception, claim: str):
    now = timezone.now()
    for message in messages:
        attempts = message.attempts + 1
        Message.objects.filter(
            pk=message.pk, claimed_by=claim, status=MessageStatus.SENDING
        ).update(
            status=MessageStatus.PENDING,
            attempts=attempts,
            next_attempt_at=now + retry_delay(attempts),
            last_error=f"{type(error).__name__}: {error}"[:1000],
            claimed_by="",
        )


def _fail(message, error: Exception):
    Message.objects.filter(pk=message.pk).update(
        status=MessageStatus.FAILED,
        attempts=F("attempts") + 1,
        last_error=f"{type(error).__name__}: {error}"[:1000],
    )


def _permanent(error: Exception) -> bool:
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return all(code >= 500 for code, _reply in error.recipients.values())
    return isinstance(error, smtplib.SMTPResponseException) and error.smtp_code >= 500


def send_due(limit: int | None = None) -> Outcome:
    """Send the messages that are due, batch by batch, over one connection per batch."""
    outcome = Outcome()
    known_pages = {}
    while limit is None or outcome.sent + outcome.failed < limit:
        size = BATCH if limit is None else min(BATCH, limit - outcome.sent - outcome.failed)
        claim, messages = _claim(timezone.now(), size)
        if not messages:
            break
        connection = get_connection(fail_silently=False, timeout=_smtp_timeout())
        try:
            connection.open()
        except (OSError, smtplib.SMTPException) as error:
            _defer(messages, error, claim)
            outcome.deferred += len(messages)
            break
        try:
            for position, message in enumerate(messages):
                try:
                    email = build(message, known_pages)
                except Exception as error:  # a message that cannot be written stays visible
                    _fail(message, error)
                    outcome.failed += 1
                    continue
                if email is None:  # nothing left to tell: the pages are gone
                    message.delete()
                    continue
                email.connection = connection
                if not _renew(claim, message):
                    continue
                try:
                    email.send()
                except (OSError, smtplib.SMTPException) as error:
                    if _permanent(error):
                        _fail(message, error)
                        outcome.failed += 1
                        continue
                    _defer(messages[position:], error, claim)
                    outcome.deferred += len(messages) - position
                    return outcome
                Message.objects.filter(pk=message.pk).update(
                    status=MessageStatus.SENT,
                    sent_at=timezone.now(),
                    attempts=F("attempts") + 1,
                    last_error="",
                )
                outcome.sent += 1
        finally:
            with contextlib.suppress(OSError, smtplib.SMTPException):
                connection.close()
    return outcome


def _smtp_timeout() -> float:
    configured = getattr(settings, "EMAIL_TIMEOUT", None)
    return min(configured or SMTP_TIMEOUT, SMTP_TIMEOUT)
