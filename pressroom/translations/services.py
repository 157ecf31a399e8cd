"""Translations in and out of pressroom: files for translators, and saving what they give back."""

from dataclasses import dataclass, field
from datetime import date
from uuid import UUID

from bs4 import BeautifulSoup
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource
from wagtail_localize.strings import StringValue, validate_translation_links

from pressroom.core.locales import language_name, source_language_code

from . import formats


class Saved:
    PUBLISHED = "published"
    DRAFT = "draft"
    WAITING = "waiting"


def save_translated_page(translation: Translation, *, user=None, publish: bool) -> str:
    """Write a page's translation into its page in the target language; returns how (Saved).

    Published: the page shows the translation. Draft: a revision to review, while readers
    keep the published translation (wagtail-localize writes drafts into the live page too,
    so the live content is put back). Waiting: the page is still an alias of the original,
    and a draft cannot exist beside it: the strings wait in wagtail-localize's translation
    editor, which makes the page when someone chooses "Translate this page".

    wagtail-localize defers publishing to the end of the transaction, from a copy of the page
    taken before its children were translated; publishing here keeps the tree's child counts
    right."""
    locale = translation.target_locale
    before = translation.source.get_source_instance().get_translation_or_none(locale)
    if not publish and (before is None or before.alias_of_id):
        return Saved.WAITING
    translation.save_target(user=user, publish=False)
    page = translation.source.get_source_instance().get_translation(locale)
    if publish:
        page.get_latest_revision().publish(user=user)
        return Saved.PUBLISHED
    if before.live and before.live_revision_id:
        live = before.live_revision.as_object()
        live.latest_revision = page.latest_revision
        live.draft_title = page.draft_title
        live.has_unpublished_changes = True
        live.save(clean=False)
    return Saved.DRAFT


def current_source(page: Page) -> TranslationSource:
    """The page's content as translators get it, brought up to date with what is published."""
    source, created = TranslationSource.get_or_create_from_instance(page)
    if not created and page.last_published_at and page.last_published_at > source.last_updated_at:
        source.update_from_db()
    return source


def _comparable(data: str) -> str:
    return str(BeautifulSoup(data, "html.parser"))


def _address(page: Page) -> str:
    return "/" + page.url_path.split("/", 2)[2]


def export_file(*, pages: list[Page], locale: Locale, file_format: str) -> tuple[bytes, str]:
    """A file in `file_format` holding every string of `pages` with what is already translated
    into `locale`, and the name to give it."""
    label, extension, _content_type, write = formats.FORMATS[file_format]
    document = formats.Document(
        source_language=source_language_code(), target_language=locale.language_code
    )
    for page in pages:
        source = current_source(page)
        translation, _created = Translation.objects.get_or_create(
            source=source, target_locale=locale
        )
        document.documents[str(translation.uuid)] = _address(page)
        segments = (
            StringSegment.objects.filter(source=source)
            .order_by("order")
            .select_related("context", "string")
            .annotate_translation(locale)
        )
        for segment in segments:
            document.units.append(
                formats.Unit(
                    translation=str(translation.uuid),
                    path=segment.context.path,
                    source=segment.string.data,
                    target=segment.translation or "",
                )
            )
    name = f"pressroom-{locale.language_code}-{date.today().isoformat()}.{extension}"
    return write(document), name


@dataclass
class ImportReport:
    imported: int = 0
    unchanged: int = 0
    untranslated: int = 0  # strings the file leaves empty
    missing: int = 0  # strings of the pages the file does not carry at all
    stale: list[tuple[str, str]] = field(default_factory=list)  # (page, path)
    refused: list[tuple[str, str, str]] = field(default_factory=list)  # (page, path, why)
    pages: dict[str, list[Page]] = field(default_factory=dict)  # by how they were saved (Saved)


def _check_languages(document: formats.Document, locale: Locale):
    if document.from_wagtail_localize:
        return  # its translation id says which languages; checked with the pages
    if document.source_language != source_language_code():
        raise formats.FileRefused(
            _("The file translates from “%(language)s”, but this site writes in %(source)s.")
            % {
                "language": document.source_language,
                "source": language_name(source_language_code()),
            }
        )
    if document.target_language.lower().replace("_", "-") != locale.language_code:
        raise formats.FileRefused(
            _("The file is a translation into “%(file)s”, not into %(chosen)s.")
            % {"file": document.target_language, "chosen": language_name(locale.language_code)}
        )


def _translations(
    document: formats.Document, locale: Locale, user, publish: bool
) -> dict[str, Translation]:
    """The pages the file translates, each checked to be on this site, in the chosen language
    and editable by the user."""
    uuids = {unit.translation for unit in document.units}
    found = {
        str(translation.uuid): translation
        for translation in Translation.objects.filter(uuid__in=_valid_uuids(uuids)).select_related(
            "source", "target_locale"
        )
    }
    unknown = uuids - set(found)
    if unknown:
        raise formats.FileRefused(
            _("The file translates pages that are not on this site (%(references)s).")
            % {"references": ", ".join(sorted(unknown))[:200]}
        )
    for translation in found.values():
        if translation.target_locale_id != locale.pk:
            raise formats.FileRefused(
                _("The file holds a page prepared for another language (%(language)s).")
                % {"language": language_name(translation.target_locale.language_code)}
            )
        page = translation.source.get_source_instance()
        if not isinstance(page, Page):
            raise formats.FileRefused(_("The file translates something that is not a page."))
        names = {"language": language_name(locale.language_code), "page": page.title}
        permissions = _permissions(page, locale, user)
        if not permissions.can_edit:
            raise formats.FileRefused(
                _("You may not edit the %(language)s translation of “%(page)s”.") % names
            )
        if publish and not permissions.can_publish:
            raise formats.FileRefused(
                _(
                    "You may not publish the %(language)s translation of “%(page)s”: "
                    "import it without publishing, for review."
                )
                % names
            )
    return found


def _valid_uuids(values):
    valid = set()
    for value in values:
        try:
            valid.add(UUID(value))
        except ValueError:
            continue
    return valid


@dataclass
class _Permissions:
    can_edit: bool
    can_publish: bool


def _permissions(page: Page, locale: Locale, user) -> _Permissions:
    """What the user may do with the page's translation into `locale`: the page itself when it
    exists (as an alias or translated), else its parent's translation, where it will go."""
    translated = page.get_translation_or_none(locale)
    if translated is not None:
        permissions = translated.permissions_for_user(user)
        return _Permissions(permissions.can_edit(), permissions.can_publish())
    parent = page.get_parent().get_translation_or_none(locale)
    if parent is None:
        return _Permissions(False, False)
    permissions = parent.permissions_for_user(user)
    return _Permissions(permissions.can_add_subpage(), permissions.can_publish_subpage())


@transaction.atomic
def import_file(*, data: bytes, locale: Locale, user, publish: bool) -> ImportReport:
    """Take a translator's file back: every string whose original is still the page's current
    text is saved as a translation by `user`; the rest is reported. Raises FileRefused, with
    nothing changed, when the file cannot be for this site and this language."""
    document = formats.read(data)
    _check_languages(document, locale)
    if not document.units:
        raise formats.FileRefused(_("The file holds no strings to translate."))
    translations = _translations(document, locale, user, publish)
    report = ImportReport()
    tool = _("file import")
    for uuid, translation in translations.items():
        page = translation.source.get_source_instance()
        source = current_source(page)
        segments = {
            segment.context.path: segment
            for segment in StringSegment.objects.filter(source=source).select_related(
                "context", "string"
            )
        }
        existing = {
            (
                string_translation.translation_of_id,
                string_translation.context_id,
            ): string_translation
            for string_translation in StringTranslation.objects.filter(
                locale=locale, context__object_id=source.object_id
            )
        }
        seen, imported = set(), report.imported
        for unit in (unit for unit in document.units if unit.translation == uuid):
            seen.add(unit.path)
            segment = segments.get(unit.path)
            if segment is None or _comparable(segment.string.data) != _comparable(unit.source):
                report.stale.append((page.title, unit.path))
                continue
            if unit.error:
                report.refused.append((page.title, unit.path, unit.error))
                continue
            if not unit.target.strip():
                report.untranslated += 1
                continue
            try:
                data = StringValue.from_translated_html(unit.target).data
                validate_translation_links(segment.string.data, data)
            except ValueError as error:
                report.refused.append((page.title, unit.path, str(error)))
                continue
            previous = existing.get((segment.string_id, segment.context_id))
            if previous is not None and previous.data == data and not previous.has_error:
                report.unchanged += 1
                continue
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={
                    "data": data,
                    "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                    "tool_name": tool,
                    "last_translated_by": user,
                    "updated_at": timezone.now(),
                    "has_error": False,
                    "field_error": "",
                },
            )
            report.imported += 1
        report.missing += len(set(segments) - seen)
        if report.imported > imported:  # a page the file brought nothing new to stays as it was
            saved = save_translated_page(translation, user=user, publish=publish)
            report.pages.setdefault(saved, []).append(page.get_translation(locale))
    return report
