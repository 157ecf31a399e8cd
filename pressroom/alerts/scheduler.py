"""What the scheduler does for the alerts every minute."""

from django.db import IntegrityError, transaction
from django.utils import timezone

from .announce import announce, overdue
from .models import Alert, Message, Purpose, Subscriber
from .outbox import due
from .tasks import deliver
from .tokens import CONFIRMATION_VALID_FOR

# Daily digests leave from this hour, Brussels time (TIME_ZONE).
DIGEST_HOUR = 7


def compile_digests(now=None) -> int:
    """Gather each subscriber's alerts of the day into one message, once a day."""
    local = timezone.localtime(now or timezone.now())
    if local.hour < DIGEST_HOUR:
        return 0
    today = local.date()
    waiting = Alert.objects.filter(message__isnull=True).values("subscriber_id")
    written = 0
    for subscriber in Subscriber.objects.filter(pk__in=waiting).exclude(digest_sent_on=today):
        try:
            with transaction.atomic():
                message = Message.objects.create(
                    subscriber=subscriber,
                    purpose=Purpose.DIGEST,
                    dedupe_key=f"digest:{subscriber.pk}:{today.isoformat()}",
                )
                subscriber.alerts.filter(message__isnull=True).update(message=message)
                Subscriber.objects.filter(pk=subscriber.pk).update(digest_sent_on=today)
        except IntegrityError:  # written already by another run
            continue
        written += 1
    return written


def forget_unconfirmed(now=None) -> int:
    """Delete the requests whose confirmation link has expired: an address nobody confirmed
    is not kept."""
    cutoff = (now or timezone.now()) - CONFIRMATION_VALID_FOR
    deleted, _by_model = Subscriber.objects.filter(
        confirmed_at__isnull=True, created_at__lt=cutoff
    ).delete()
    return deleted


def tick(now=None) -> None:
    now = now or timezone.now()
    forget_unconfirmed(now)
    for page in overdue(now):
        announce(page)
    compile_digests(now)
    # Waiting and due, or left claimed by a worker that stopped: a worker sends them.
    if Message.objects.filter(due(now)).exists():
        deliver.enqueue()
