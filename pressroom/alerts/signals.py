from django.dispatch import receiver
from django.utils import timezone
from wagtail.signals import page_published

from pressroom.core.privacy import privacy_changed

from .announce import MADE_PUBLIC_WINDOW, announceable
from .models import Announcement
from .tasks import announce_page


@receiver(page_published)
def announce_published_version(sender, instance, alias=False, **kwargs):
    # Aliases are the original shown in another language: that language's version is not
    # published until it is translated.
    if not alias and announceable(instance):
        announce_page.enqueue(instance.pk)


@receiver(privacy_changed)
def announce_versions_made_public(sender, pages, **kwargs):
    """A version published while private, recently, is announced when it is made public."""
    since = timezone.now() - MADE_PUBLIC_WINDOW
    recent = [page for page in pages if page.last_published_at and page.last_published_at > since]
    announced = set(
        Announcement.objects.filter(page__in=[page.pk for page in recent]).values_list(
            "page_id", flat=True
        )
    )
    for page in recent:
        if page.pk not in announced and announceable(page.specific):
            announce_page.enqueue(page.pk)
