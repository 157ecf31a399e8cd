"""Announcing a published page version to the subscribers who follow it, exactly once.

A version is announced when it is live, is a real page of its language (not an alias of
the original), is under no embargo and is public (`core.privacy`); a version made public
later is announced then. The `Announcement` row, unique per page, is written
in the same transaction as the alerts and messages, so a version is announced once however
often it is republished, and two workers announcing it at the same moment cannot both do so.
"""

from datetime import timedelta

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from wagtail.models import Page

from pressroom.core.privacy import is_private
from pressroom.feeds.kinds import KINDS
from pressroom.press.embargo import exclude_embargoed, is_embargoed
from pressroom.press.models import PressReleasePage

from .models import Alert, Announcement, Frequency, Message, Purpose, Subscriber

# The kinds a subscriber can follow: every kind with a feed of its own.
ALERT_KINDS = {slug: kind for slug, kind in KINDS.items() if slug != "all"}

# A version published, or an embargo lifted, this long ago and still not announced (the
# task failed, the worker was stopped) is announced by the scheduler's sweep.
SWEEP_WINDOW = timedelta(days=2)

# A version made public at most this long after it was published is announced then; an older
# one (an archive opened to the public) is not news.
MADE_PUBLIC_WINDOW = timedelta(days=30)


def kind_of(page) -> str | None:
    for slug, kind in ALERT_KINDS.items():
        if isinstance(page, kind.models):
            return slug
    return None


def announceable(page) -> bool:
    return (
        page.live
        and page.alias_of_id is None
        and kind_of(page) is not None
        and not is_embargoed(page)
        and not is_private(page)
    )


def announce(page) -> int:
    """Write the alerts of a newly published version; the number of subscribers told."""
    page = page.specific
    if not announceable(page):
        return 0
    language = page.locale.language_code
    topics = set(page.topics.values_list("slug", flat=True))
    kind = kind_of(page)
    try:
        with transaction.atomic():
            Announcement.objects.create(page=page)
            followers = [
                subscriber
                for subscriber in Subscriber.objects.confirmed().only(
                    "pk", "languages", "kinds", "topics", "frequency", "english_original"
                )
                if subscriber.follows(kind=kind, language=language, topics=topics)
            ]
            messages = Message.objects.bulk_create(
                Message(
                    subscriber=subscriber,
                    purpose=Purpose.ALERT,
                    dedupe_key=f"alert:{subscriber.pk}:{page.pk}",
                )
                for subscriber in followers
                if subscriber.frequency == Frequency.INSTANT
            )
            by_subscriber = {message.subscriber_id: message for message in messages}
            Alert.objects.bulk_create(
                Alert(subscriber=subscriber, page=page, message=by_subscriber.get(subscriber.pk))
                for subscriber in followers
            )
    except IntegrityError:  # announced already, by another worker
        return 0
    return len(followers)


def overdue(now=None):
    """Versions that should have been announced and are not: published recently, or whose
    embargo has just been lifted, with no announcement."""
    now = now or timezone.now()
    since = now - SWEEP_WINDOW
    lifted = PressReleasePage.objects.filter(
        embargo_until__lte=now, embargo_until__gt=since
    ).values("translation_key")
    models = [model for kind in ALERT_KINDS.values() for model in kind.models]
    pages = (
        Page.objects.live()
        .public()
        .type(*models)
        .filter(alias_of__isnull=True)
        .filter(Q(last_published_at__gt=since) | Q(translation_key__in=lifted))
        .exclude(pk__in=Announcement.objects.values("page_id"))
    )
    return exclude_embargoed(pages, now)
