"""Private pages: a page with a view restriction (a shared password, a sign-in, groups), or
under one, is private in every language.

Wagtail restricts a page and the pages under it, in one language tree. A page's versions in
the other languages show the same content (an alias shows the original's very text), so a
restriction set on one version is kept on all of them: adding, changing or lifting it on one
changes it on every version. The rest of Wagtail then treats them alike (serving, `public()`
querysets, the read API), and `privacy_changed` tells the store, the search index and the
alerts which pages changed, once the transaction is committed.
"""

import threading

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete
from django.dispatch import Signal
from wagtail.models import Page, PageViewRestriction

# Sent with `pages`: the pages whose privacy changed, with the pages under them.
privacy_changed = Signal()

_state = threading.local()


def is_private(page) -> bool:
    """Whether the page, or a page above it, has a view restriction."""
    return page.get_view_restrictions().exists()


def _versions(page):
    return Page.objects.filter(translation_key=page.translation_key).exclude(pk=page.pk)


def _deleting() -> set:
    if not hasattr(_state, "deleting"):
        _state.deleting = set()
    return _state.deleting


def _mirror(restriction) -> None:
    """Give every other version of the restricted page the same restriction."""
    groups = list(restriction.groups.all())
    for version in _versions(restriction.page):
        copy = PageViewRestriction.objects.filter(page=version).first() or PageViewRestriction(
            page=version
        )
        copy.restriction_type = restriction.restriction_type
        copy.password = restriction.password
        copy.save()
        copy.groups.set(groups)


def _changed(page) -> None:
    """After the commit, tell who needs to know: the page's versions and what is under them."""
    keys = {page.translation_key}

    def send():
        versions = Page.objects.filter(translation_key__in=keys)
        pages = {page for version in versions for page in version.get_descendants(inclusive=True)}
        privacy_changed.send(sender=PageViewRestriction, pages=sorted(pages, key=lambda p: p.pk))

    transaction.on_commit(send)


def _guarded(function):
    """Run once per change: what the mirror itself saves is not mirrored again."""

    def handler(*args, **kwargs):
        if getattr(_state, "busy", False):
            return
        _state.busy = True
        try:
            function(*args, **kwargs)
        finally:
            _state.busy = False

    return handler


@_guarded
def _restriction_saved(sender, instance, **kwargs):
    _mirror(instance)
    _changed(instance.page)


@_guarded
def _groups_changed(sender, instance, action, **kwargs):
    if action in ("post_add", "post_remove", "post_clear"):
        _mirror(instance)
        _changed(instance.page)


@_guarded
def _restriction_deleted(sender, instance, **kwargs):
    """Lifting a restriction lifts it on every version; a restriction deleted because its
    page is deleted stays on the other versions."""
    if instance.page_id in _deleting():
        return
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is None:
        return
    PageViewRestriction.objects.filter(page__in=_versions(page)).delete()
    _changed(page)


def _page_created(sender, instance, created, raw=False, **kwargs):
    """A new version of a restricted page (a translation, an alias) is restricted too."""
    if not created or raw or not isinstance(instance, Page) or getattr(_state, "busy", False):
        return
    restriction = (
        PageViewRestriction.objects.filter(page__translation_key=instance.translation_key)
        .exclude(page=instance)
        .first()
    )
    if restriction is not None:
        _restriction_saved(PageViewRestriction, restriction)


def _page_deleting(sender, instance, **kwargs):
    if isinstance(instance, Page) and instance.pk is not None:
        _deleting().update(instance.get_descendants(inclusive=True).values_list("pk", flat=True))


def _page_deleted(sender, instance, **kwargs):
    # The row of the base model goes last, after the restriction and the specific page's row.
    if sender is Page:
        _deleting().discard(instance.pk)


def connect() -> None:
    post_save.connect(_restriction_saved, sender=PageViewRestriction, dispatch_uid="privacy-saved")
    post_delete.connect(
        _restriction_deleted, sender=PageViewRestriction, dispatch_uid="privacy-deleted"
    )
    m2m_changed.connect(
        _groups_changed, sender=PageViewRestriction.groups.through, dispatch_uid="privacy-groups"
    )
    post_save.connect(_page_created, dispatch_uid="privacy-page-created")
    pre_delete.connect(_page_deleting, dispatch_uid="privacy-page-deleting")
    post_delete.connect(_page_deleted, dispatch_uid="privacy-page-deleted")
