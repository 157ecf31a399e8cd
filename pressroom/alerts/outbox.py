"""Sending the outbox: each message is claimed by one sender, sent, and marked sent.

A message goes out once: claiming is a conditional update, so two workers never send the
same one, and it is marked sent as soon as the SMTP server has taken it. When the server
cannot be reached, the messages stay waiting and are tried again later, ever less often,
until it is back; none is dropped. A message the server refuses for good (an address that
does not exist) is marked failed with the server's answer. A worker that dies between
handing a message over and marking it leaves it claimed; it is tried again after
`STALE_AFTER`, with the same Message-ID, by which mail systems recognise a repeat."""

import contextlib
import secrets
import smtplib
from dataclasses import dataclass
from datetime import timedelta

from django.core.mail import get_connection
from django.db.models import F
from django.utils import timezone

from .mail import build
from .models import Message, MessageStatus

BATCH = 200
STALE_AFTER = timedelta(minutes=15)
LONGEST_WAIT = timedelta(hours=1)


@dataclass
class Outcome:
    sent: int = 0
    failed: int = 0
    deferred: int = 0


def retry_delay(attempts: int) -> timedelta:
    """1, 2, 4, … minutes after each failed attempt, at most an hour."""
    return min(timedelta(minutes=2 ** max(attempts - 1, 0)), LONGEST_WAIT)


def _claim(now, size) -> list[Message]:
    due = Message.objects.filter(status=MessageStatus.PENDING, next_attempt_at__lte=now)
    ids = list(due.order_by("next_attempt_at", "pk").values_list("pk", flat=True)[:size])
    if not ids:
        return []
    claim = secrets.token_hex(8)
    Message.objects.filter(pk__in=ids, status=MessageStatus.PENDING).update(
        status=MessageStatus.SENDING, claimed_by=claim, claimed_at=now
    )
    return list(
        Message.objects.filter(claimed_by=claim, status=MessageStatus.SENDING)
        .select_related("subscriber")
        .order_by("pk")
    )


def _defer(messages, error: Exception):
    now = timezone.now()
    for message in messages:
        attempts = message.attempts + 1
        Message.objects.filter(pk=message.pk, status=MessageStatus.SENDING).update(
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
        messages = _claim(timezone.now(), size)
        if not messages:
            break
        connection = get_connection(fail_silently=False)
        try:
            connection.open()
        except (OSError, smtplib.SMTPException) as error:
            _defer(messages, error)
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
                try:
                    email.send()
                except (OSError, smtplib.SMTPException) as error:
                    if _permanent(error):
                        _fail(message, error)
                        outcome.failed += 1
                        continue
                    _defer(messages[position:], error)
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


def release_stale(now=None) -> int:
    """Put back messages claimed by a sender that stopped before marking them."""
    now = now or timezone.now()
    return Message.objects.filter(
        status=MessageStatus.SENDING, claimed_at__lt=now - STALE_AFTER
    ).update(status=MessageStatus.PENDING, claimed_by="")
