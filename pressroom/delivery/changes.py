"""Every change an editor, a translator, a signatory or the clock makes drops the stored
responses that show it, once its transaction is committed; the next request renders the
new content. The same URLs are purged from a frontend cache, if one is configured."""

import threading

from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete
from django.utils import timezone
from wagtail.models import Page
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from . import clock
from .dependencies import alliance_tag, content_labels, object_change_tags, page_change_tags
from .store import get_store

_pending = threading.local()


def drop(tags, pages=False) -> None:
    """Drop the responses rendered from any of the tags, after the current transaction;
    when pages changed, an embargo or an event may now change by the clock sooner.

    The tags of one transaction are dropped together (approving 500 signatures drops the
    alliance's pages once); tags of a transaction rolled back go with the next one."""
    tags = set(tags)
    if not tags or get_store() is None:
        return
    pending = getattr(_pending, "tags", None)
    if pending is None:
        pending = _pending.tags = set()
    pending.update(tags)
    _pending.pages = getattr(_pending, "pages", False) or pages
    transaction.on_commit(_drop_pending)


def _drop_pending() -> None:
    tags = getattr(_pending, "tags", None)
    if not tags:
        return
    pages = getattr(_pending, "pages", False)
    _pending.tags, _pending.pages = set(), False
    store = get_store()
    if store is None:
        return
    urls = store.drop(tags)
    if pages:
        store.set_next_change(clock.next_moment(timezone.now()))
    if urls:
        from .purge import purge

        purge(urls)


def page_changed(page) -> None:
    if get_store() is not None:
        drop(page_change_tags([page]), pages=True)


def _published(sender, instance, **kwargs):
    page_changed(instance)


def _moved(sender, instance, **kwargs):
    """A move, or a new slug, changes the address of the page and every page under it."""
    if get_store() is None:
        return
    pages = [instance, *instance.get_descendants()]
    tags = page_change_tags(pages)
    for parent in (kwargs.get("parent_page_before"), kwargs.get("parent_page_after")):
        if parent is not None:
            tags.add(f"children:{parent.translation_key}")
    drop(tags, pages=True)


def _page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page) and instance.pk is not None and get_store() is not None:
        drop(page_change_tags([instance]), pages=True)


def _content_saved(sender, instance, **kwargs):
    if sender._meta.label_lower in content_labels():
        drop(object_change_tags(instance))


def _privacy_changed(sender, pages, **kwargs):
    """A page made private, or public, leaves or joins every place that shows it."""
    if get_store() is not None:
        drop(page_change_tags(pages), pages=True)


def alliance_changed(alliance) -> None:
    drop({alliance_tag(alliance)})


def _signature_changed(sender, instance, **kwargs):
    alliance_changed(instance.alliance)


def connect() -> None:
    from pressroom.alliance.models import Signature
    from pressroom.core.privacy import privacy_changed

    page_published.connect(_published, dispatch_uid="pressroom-delivery-published")
    page_unpublished.connect(_published, dispatch_uid="pressroom-delivery-unpublished")
    post_page_move.connect(_moved, dispatch_uid="pressroom-delivery-moved")
    page_slug_changed.connect(_moved, dispatch_uid="pressroom-delivery-slug-changed")
    pre_delete.connect(_page_deleted, dispatch_uid="pressroom-delivery-page-deleted")
    privacy_changed.connect(_privacy_changed, dispatch_uid="pressroom-delivery-privacy")
    post_save.connect(_content_saved, dispatch_uid="pressroom-delivery-content-saved")
    post_delete.connect(_content_saved, dispatch_uid="pressroom-delivery-content-deleted")
    for signal in (post_save, post_delete):
        signal.connect(_signature_changed, sender=Signature, dispatch_uid=f"signature-{signal}")
