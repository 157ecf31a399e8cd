"""The index follows every change at once, in the request that makes it."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished

from pressroom.core.privacy import privacy_changed
from pressroom.multimedia.models import Video

from .index import index_page, index_video, remove_page
from .models import Entry


@receiver(page_published)
def page_was_published(sender, instance, alias=False, **kwargs):
    if not alias:
        index_page(instance)


@receiver(page_unpublished)
def page_was_unpublished(sender, instance, **kwargs):
    remove_page(instance)


@receiver(privacy_changed)
def privacy_was_changed(sender, pages, **kwargs):
    """A page made private leaves the index at once; a page made public joins it."""
    for page in pages:
        index_page(page)


@receiver(post_save, sender=Video)
def video_was_saved(sender, instance, **kwargs):
    index_video(instance)


@receiver(post_delete, sender=Entry)
def entry_was_deleted(sender, instance, **kwargs):
    """An entry deleted, alone or with its page or video, takes its text with it."""
    from django.db import connection

    from .backends import backend

    with connection.cursor() as cursor:
        backend().delete(cursor, [instance.pk])
