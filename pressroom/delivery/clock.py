"""Changes by the clock alone: an embargo ends, an event passes from upcoming to past.

The store knows the next such moment (`Store.next_change`); past it, the front sends
requests on to Django, and the first one drops what the moments passed since the last time
change, before it is answered. So nothing stored outlives the moment it changes at, with
nothing to run on time.
"""

from datetime import UTC, datetime

from django.db.models import Min
from django.db.models.functions import Coalesce
from django.utils import timezone

from pressroom.core.locales import source_language_code

from .dependencies import page_change_tags
from .store import NO_CHANGE_PENDING


def _releases():
    from pressroom.press.models import PressReleasePage

    return PressReleasePage.objects.filter(locale__language_code=source_language_code())


def _events():
    from pressroom.events.models import EventPage

    return EventPage.objects.annotate(ends_at=Coalesce("end", "start"))


def next_moment(after) -> float:
    """The first embargo end or event end after the moment, as a Unix time."""
    moments = [
        _releases().filter(embargo_until__gt=after).aggregate(first=Min("embargo_until"))["first"],
        _events().filter(ends_at__gt=after).aggregate(first=Min("ends_at"))["first"],
    ]
    moments = [moment.timestamp() for moment in moments if moment is not None]
    return min(moments, default=NO_CHANGE_PENDING)


def apply_due_changes(store, now=None) -> list[str]:
    """Drop what changed by the clock since the last time; the URLs dropped. After a drop
    that could not be written, everything is dropped first, once the disk allows it."""
    now = now or timezone.now()
    if store.purge_pending():
        urls = store.recover()
        if urls is None:
            return []
        if urls:
            from .purge import purge

            purge(urls)
    if now.timestamp() < store.next_change():
        return []
    since = datetime.fromtimestamp(store.changes_applied_at(), UTC)
    window = {"gt": since, "lte": now}
    changed = list(_releases().filter(**{f"embargo_until__{op}": at for op, at in window.items()}))
    changed += list(_events().filter(**{f"ends_at__{op}": at for op, at in window.items()}))
    urls = store.drop(page_change_tags(changed)) if changed else []
    store.mark_changes_applied(now.timestamp(), lambda: next_moment(now))
    if urls:
        from .purge import purge

        purge(urls)
    return urls
