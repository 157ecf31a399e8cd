"""Honest fallbacks: which text is shown in a language other than the reader's, and which.

A page not yet translated exists in every locale as an alias of its original; a page
translated with gaps keeps the original text in its untranslated segments; a snippet with
no translation is shown as the original. Templates ask `shown_language()` for each piece of
text so it can carry its own `lang`, and the page states the gap in the reader's language.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TypeVar

from django.db.models import Exists, OuterRef
from django.utils import translation
from wagtail.models import Page, TranslatableMixin

from .locales import language_of_locale_id, locale_id_of_language, source_language_code

T = TypeVar("T", bound=TranslatableMixin)


@dataclass(frozen=True)
class PageGaps:
    """What of a page is not in the page's own language."""

    language: str | None = None  # the language the gaps are filled from
    whole: bool = False  # the page is an untranslated alias of its original
    missing: frozenset[str] = frozenset()  # segment paths with no translation at all
    partial: frozenset[str] = frozenset()  # segment paths translated in part
    machine: bool = False  # some text is a machine translation no person has approved yet

    def __bool__(self) -> bool:
        return self.whole or bool(self.missing or self.partial)

    def covers(self, field: str) -> bool:
        return self.whole or any(
            path == field or path.startswith(field + ".") for path in self.missing
        )


NO_GAPS = PageGaps()


def page_gaps(page: Page) -> PageGaps:
    """The untranslated parts of a page, computed once per page object (two queries)."""
    cached = getattr(page, "_pressroom_gaps", None)
    if cached is not None:
        return cached
    gaps = _compute_page_gaps(page)
    page._pressroom_gaps = gaps
    return gaps


def _compute_page_gaps(page: Page) -> PageGaps:
    if page.alias_of_id:
        return PageGaps(language=_alias_language(page), whole=True)

    from wagtail_localize.models import StringSegment, StringTranslation, Translation

    link = (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id
        )
        .values_list("source_id", "source__locale_id")
        .first()
    )
    if link is None:
        return NO_GAPS
    source_id, source_locale_id = link
    translated = StringTranslation.objects.filter(
        translation_of_id=OuterRef("string_id"),
        context_id=OuterRef("context_id"),
        locale_id=page.locale_id,
    )
    by_machine = translated.filter(translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE)
    done_by_path: dict[str, list[bool]] = {}
    machine = False
    rows = (
        StringSegment.objects.filter(source_id=source_id)
        .annotate(done=Exists(translated), by_machine=Exists(by_machine))
        .values_list("context__path", "done", "by_machine")
    )
    for path, done, machine_here in rows:
        done_by_path.setdefault(path, []).append(done)
        machine = machine or machine_here
    missing = frozenset(path for path, done in done_by_path.items() if not any(done))
    partial = frozenset(path for path, done in done_by_path.items() if any(done) and not all(done))
    if not (missing or partial or machine):
        return NO_GAPS
    return PageGaps(
        language=language_of_locale_id(source_locale_id),
        missing=missing,
        partial=partial,
        machine=machine,
    )


def _alias_language(page: Page) -> str:
    """Language of the page an alias shows; annotated by `for_listing()`, else looked up
    once and kept on the page object."""
    if not getattr(page, "alias_language", None):
        locale_id = (
            Page.objects.filter(pk=page.alias_of_id).values_list("locale_id", flat=True).first()
        )
        page.alias_language = (
            language_of_locale_id(locale_id) if locale_id else source_language_code()
        )
    return page.alias_language


def shown_language(obj, field: str | None = None) -> str:
    """The language the object's text (or one field of it) is shown in.

    Without a field a page is only checked for being an untranslated alias, which costs no
    query in listings built with `for_listing()`; with a field its segments are checked.
    """
    if isinstance(obj, Page):
        if obj.alias_of_id:
            return _alias_language(obj)
        if field:
            gaps = page_gaps(obj)
            if gaps.covers(field) and gaps.language:
                return gaps.language
        return language_of_locale_id(obj.locale_id)
    if isinstance(obj, TranslatableMixin):
        return language_of_locale_id(obj.locale_id)
    return translation.get_language() or source_language_code()


def localize(objects: Iterable[T], related: tuple[str, ...] = ()) -> list[T]:
    """Each object in the reader's language where a translation exists, else the original.

    One query for the whole list, where `obj.localized` would take two per object;
    `related` names foreign keys to fetch with the translations.
    """
    objects = list(objects)
    locale_id = locale_id_of_language(translation.get_language() or source_language_code())
    foreign = [obj for obj in objects if obj.locale_id != locale_id]
    if not foreign or locale_id is None:
        return objects
    model = type(foreign[0])
    translated = {
        obj.translation_key: obj
        for obj in model._default_manager.filter(
            translation_key__in={obj.translation_key for obj in foreign}, locale_id=locale_id
        ).select_related(*related)
    }
    return [
        obj if obj.locale_id == locale_id else translated.get(obj.translation_key, obj)
        for obj in objects
    ]


def localize_related(items: Iterable, relation: str, attribute: str) -> None:
    """For items whose `relation` many-to-many is prefetched, set `attribute` to the related
    objects in the reader's language, in one query for all items."""
    items = list(items)
    related = [list(getattr(item, relation).all()) for item in items]
    flat = localize(obj for group in related for obj in group)
    position = 0
    for item, group in zip(items, related, strict=True):
        setattr(item, attribute, flat[position : position + len(group)])
        position += len(group)


def foreign_languages(page: Page, shown: Iterable) -> set[str]:
    """Languages other than the reader's that text on this page is shown in."""
    reader = translation.get_language() or source_language_code()
    languages = set()
    gaps = page_gaps(page)
    if gaps and gaps.language and gaps.language != reader:
        languages.add(gaps.language)
    for obj in shown:
        language = shown_language(obj)
        if language != reader:
            languages.add(language)
    return languages


def originals(model):
    """The objects of a translatable model as written in the source language."""
    return model._default_manager.filter(locale_id=locale_id_of_language(source_language_code()))


def date_alias(sender, instance, alias=False, **kwargs):
    """An alias published with its original bears the original's dates: the dates of an
    original drafted before its first publication are not in the content the alias copies."""
    if not alias or instance.alias_of_id is None or instance.first_published_at is not None:
        return
    original = Page.objects.filter(pk=instance.alias_of_id).values(
        "first_published_at", "last_published_at"
    )
    dates = original.first()
    if dates:
        Page.objects.filter(pk=instance.pk).update(**dates)
        instance.first_published_at = dates["first_published_at"]
        instance.last_published_at = dates["last_published_at"]
