"""Where each page stands in each language, for the whole site in a handful of queries."""

from collections import Counter
from dataclasses import dataclass, field

from django.db.models import CharField, Count, F, Q
from django.db.models.functions import Cast
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource

from pressroom.core.locales import content_language_codes, source_language_code


class Status:
    SOURCE = "source"
    MISSING = "missing"
    MACHINE = "machine"
    INCOMPLETE = "incomplete"
    OUTDATED = "outdated"
    UP_TO_DATE = "up_to_date"

    LABELS = {
        SOURCE: _("original"),
        MISSING: _("missing"),
        MACHINE: _("machine draft"),
        INCOMPLETE: _("incomplete"),
        OUTDATED: _("outdated"),
        UP_TO_DATE: _("up to date"),
    }
    ORDER = [SOURCE, UP_TO_DATE, OUTDATED, INCOMPLETE, MACHINE, MISSING]


@dataclass
class Row:
    page: Page
    statuses: dict[str, str] = field(default_factory=dict)
    translation_ids: dict[str, int] = field(default_factory=dict)  # page id per language


@dataclass
class Report:
    languages: list[str]
    rows: list[Row]

    def totals(self) -> dict[str, Counter]:
        totals = {code: Counter() for code in self.languages}
        for row in self.rows:
            for code in self.languages:
                totals[code][row.statuses[code]] += 1
        return totals


def sections() -> list[Page]:
    """The top-level sections of the site, in the source language."""
    return list(
        Page.objects.filter(depth=3, locale__language_code=source_language_code())
        .order_by("path")
        .only("id", "title", "path", "depth")
    )


def _text(field: str) -> Cast:
    # Translation keys compared as text: turning tens of thousands of them into UUID objects
    # would take most of the report's time.
    return Cast(field, output_field=CharField())


def build_report(*, section: Page | None = None, languages: list[str] | None = None) -> Report:
    languages = languages or content_language_codes()
    source = source_language_code()
    pages = Page.objects.filter(
        depth__gt=1, locale__language_code=source, alias_of__isnull=True
    ).order_by("path")
    if section is not None:
        pages = pages.descendant_of(section, inclusive=True)
    pages = list(
        pages.only("id", "title", "path", "depth", "url_path", "last_published_at").annotate(
            key=_text("translation_key")
        )
    )
    keys = [page.key for page in pages]
    other_languages = [code for code in languages if code != source]
    # For the whole site, every source-language page is wanted: no need to list them.
    of_pages = Q(translation_key__in=keys) if section is not None else Q()
    of_sources = Q(source__object_id__in=keys) if section is not None else Q()

    # Real translations (not aliases) of these pages, by key and language.
    translated = {
        (key, code): page_id
        for key, code, page_id in Page.objects.filter(
            of_pages,
            alias_of__isnull=True,
            locale__language_code__in=other_languages,
        ).values_list(_text("translation_key"), "locale__language_code", "id")
    }
    # When the source content was last handed to translators.
    extracted = dict(
        TranslationSource.objects.filter(
            Q(object_id__in=keys) if section is not None else Q(), locale__language_code=source
        ).values_list(_text("object_id"), "last_updated_at")
    )
    # Segments to translate per page.
    segments = dict(
        StringSegment.objects.filter(of_sources, source__locale__language_code=source)
        .values(key=_text("source__object_id"))
        .annotate(total=Count("id"))
        .values_list("key", "total")
    )
    # Segments of the current source that have a translation, per page and language, and
    # whether any of them is by machine.
    done = {}
    machine = set()
    translated_segments = (
        StringSegment.objects.filter(
            of_sources,
            source__locale__language_code=source,
            string__translations__context=F("context"),
        )
        .values(
            key=_text("source__object_id"),
            code=F("string__translations__locale__language_code"),
        )
        .annotate(
            total=Count("id"),
            by_machine=Count(
                "id",
                filter=Q(
                    string__translations__translation_type=(
                        StringTranslation.TRANSLATION_TYPE_MACHINE
                    )
                ),
            ),
        )
        .values_list("key", "code", "total", "by_machine")
    )
    if set(other_languages) != set(content_language_codes()) - {source}:
        translated_segments = translated_segments.filter(
            string__translations__locale__language_code__in=other_languages
        )
    for key, code, total, by_machine in translated_segments:
        done[key, code] = total
        if by_machine:
            machine.add((key, code))

    report_rows = []
    for page in pages:
        key = page.key
        changed_since_extraction = (
            key in extracted
            and page.last_published_at is not None
            and page.last_published_at > extracted[key]
        )
        wanted = segments.get(key, 0)
        row = Row(page=page)
        for code in languages:
            if code == source:
                status = Status.SOURCE
            elif (key, code) not in translated:
                status = Status.MISSING
            else:
                row.translation_ids[code] = translated[key, code]
                if (key, code) in machine:
                    status = Status.MACHINE
                elif changed_since_extraction:
                    status = Status.OUTDATED
                elif done.get((key, code), 0) < wanted:
                    status = Status.INCOMPLETE
                else:
                    status = Status.UP_TO_DATE
            row.statuses[code] = status
        report_rows.append(row)
    return Report(languages=languages, rows=report_rows)
