"""What a response was rendered from, as tags, and which tags a change touches.

While a response renders, every page and content object loaded from the database is
recorded (the `post_init` of its model), and so is every listing: a `for_listing()` query
of a page type in a locale, the children of a page, the pages of a sitemap. A change names
the same tags, so exactly the responses that read what changed are dropped:

- `page:<translation key>`: a page, in any of its languages (the language switcher and the
  hreflang alternates of every version show which versions exist); `page-id:<id>` for a
  page loaded without its key;
- `list:<app.model>:<locale id or *>`: a listing of a page type, new members included;
- `children:<translation key>`: the children of a page (menus, a campaign's alliance);
- `<app.model>:<key>` and `<app.model>`: a snippet, image, document or other content object,
  and the list of all of them (for a new one or one deleted);
- `alliance:<translation key>`: the signature counts and signatories of an alliance.

The query parameters a render understood are recorded too (`record_parameter`): a topic that
exists, a page number in range. A response is stored only if it understood every parameter
of its address, so that made-up values render but never fill the store.
"""

from collections.abc import Iterable
from contextlib import contextmanager
from contextvars import ContextVar

from django.apps import apps
from django.db.models.signals import post_init
from wagtail.models import Page, TranslatableMixin

ANY_LOCALE = "*"

_recording: ContextVar[set[str] | None] = ContextVar("pressroom_delivery_tags", default=None)
_parameters: ContextVar[set[str] | None] = ContextVar("pressroom_delivery_parameters", default=None)


@contextmanager
def _collecting(variable):
    found: set[str] = set()
    token = variable.set(found)
    try:
        yield found
    finally:
        variable.reset(token)


def recording():
    """Collect the tags of what is read inside the block, into the set it yields."""
    return _collecting(_recording)


def recording_parameters():
    """Collect the names of the query parameters a render understood, into the set it
    yields."""
    return _collecting(_parameters)


def record_parameter(*names: str) -> None:
    """The render shows the query parameters `names` with values it knows (a slug that
    exists, a choice among its options)."""
    current = _parameters.get()
    if current is not None:
        current.update(names)


def record_page_number(request, page_of_items) -> None:
    """`?page=` names the page of a paginator shown, not one it fell back to."""
    if request.GET.get("page") == str(page_of_items.number):
        record_parameter("page")


def record(*tags: str) -> None:
    current = _recording.get()
    if current is not None:
        current.update(tags)


# -- the vocabulary ------------------------------------------------------------------------


def listing_tag(model, locale_id=None) -> str:
    return f"list:{model._meta.label_lower}:{locale_id if locale_id is not None else ANY_LOCALE}"


def children_tag(parent) -> str:
    return f"children:{parent.translation_key}"


def alliance_tag(alliance) -> str:
    return f"alliance:{alliance.translation_key}"


def object_tag(obj) -> str:
    key = obj.translation_key if isinstance(obj, TranslatableMixin) else obj.pk
    return f"{obj._meta.label_lower}:{key}"


def record_listing(model, locale_id=None) -> None:
    record(listing_tag(model, locale_id))


def record_children(parent) -> None:
    record(children_tag(parent))


# -- reads, recorded as they happen ---------------------------------------------------------

_content_labels: frozenset[str] | None = None


def content_labels() -> frozenset[str]:
    """Labels of the models whose objects are content shown on public pages: the snippets,
    images, documents, sites and locales."""
    global _content_labels
    if _content_labels is None:
        from wagtail.documents import get_document_model
        from wagtail.images import get_image_model
        from wagtail.snippets.models import get_snippet_models

        models = [*get_snippet_models(), get_image_model(), get_document_model()]
        models += [apps.get_model("wagtailcore", name) for name in ("Site", "Locale")]
        _content_labels = frozenset(model._meta.label_lower for model in models)
    return _content_labels


def _read(sender, instance, **kwargs):
    tags = _recording.get()
    if tags is None:
        return
    if isinstance(instance, Page):
        # Never a query here: a page loaded without its translation key is named by its id.
        key = instance.__dict__.get("translation_key")
        if key is not None:
            tags.add(f"page:{key}")
        elif instance.pk is not None:
            tags.add(f"page-id:{instance.pk}")
        return
    label = instance._meta.label_lower
    if label in content_labels() and instance.pk is not None:
        if isinstance(instance, TranslatableMixin):
            key = instance.__dict__.get("translation_key")
            tags.add(f"{label}:{key}" if key is not None else label)
        else:
            tags.add(f"{label}:{instance.pk}")
        tags.add(label)


def start_recording_reads() -> None:
    post_init.connect(_read, dispatch_uid="pressroom-delivery-reads")


# -- what a change touches --------------------------------------------------------------------


def page_change_tags(pages: Iterable[Page]) -> set[str]:
    """Everything a page's publishing, unpublishing, move or deletion can change: the page in
    every language, the listings of its type in the locales it exists in, its parent's
    children, and the pages of every sitemap."""
    from django.contrib.contenttypes.models import ContentType

    pages = list(pages)
    keys = {page.translation_key for page in pages}
    tags = {f"page:{key}" for key in keys}
    tags.add(listing_tag(Page))
    versions = Page.objects.filter(translation_key__in=keys).values_list(
        "pk", "locale_id", "content_type_id", "path", "depth"
    )
    parents = set()
    for pk, locale_id, content_type_id, path, depth in versions:
        tags.add(f"page-id:{pk}")
        model = ContentType.objects.get_for_id(content_type_id).model_class() or Page
        tags.update(
            (listing_tag(model, locale_id), listing_tag(model), listing_tag(Page, locale_id))
        )
        if depth > 1:
            parents.add(path[: -Page.steplen])
    for page in pages:
        tags.add(f"page-id:{page.pk}")
        tags.add(listing_tag(type(page), page.locale_id))
        tags.add(listing_tag(type(page)))
        if page.depth > 1:
            parents.add(page.path[: -Page.steplen])
    for parent_key in Page.objects.filter(path__in=parents).values_list(
        "translation_key", flat=True
    ):
        tags.add(f"children:{parent_key}")
    return tags


def object_change_tags(obj) -> set[str]:
    label = obj._meta.label_lower
    return {object_tag(obj), label}
