"""The translation status report on a site of 2,000 pages in 24 languages.

The site is written straight into the tables the report reads (pages, wagtail-localize's
sources, segments and translations), in bulk: building it through the page editor would
take most of an hour. Every page has 10 strings; language n translates a share of the
pages that falls from all (Bulgarian) to a tenth; some translations lack strings, some are
by machine, and a tenth of the English pages changed after they were sent for translation.
"""

import statistics
import time
import uuid
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale, Page
from wagtail_localize.models import (
    String,
    StringSegment,
    StringTranslation,
    TranslatableObject,
    TranslationContext,
    TranslationSource,
)

from pressroom.core.locales import content_language_codes, source_language_code
from pressroom.translations.status import build_report
from pressroom.translations.views import ROWS_PER_PAGE

PAGES = 2000
SECTIONS = 10
STRINGS_PER_PAGE = 10
RUNS = 5


def _child_path(parent_path: str, number: int) -> str:
    return Page._get_path(parent_path, len(parent_path) // Page.steplen + 1, number)


def _page(*, path, locale, key, title, published, parent_url="/"):
    slug = title.lower().replace(" ", "-")
    return Page(
        path=path,
        depth=len(path) // Page.steplen,
        numchild=0,
        title=title,
        draft_title=title,
        slug=slug,
        locale=locale,
        translation_key=key,
        content_type=ContentType.objects.get_for_model(Page),
        live=True,
        url_path=f"{parent_url}{slug}/",
        last_published_at=published,
        first_published_at=published,
    )


@transaction.atomic
def build_site() -> int:
    """The pages and their translation records; returns the number of English pages."""
    Page.objects.filter(depth__gt=1).delete()
    root = Page.objects.get(depth=1)
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    source = locales[source_language_code()]
    others = [code for code in content_language_codes() if code != source.language_code]
    now = timezone.now()
    sent = now - timedelta(days=30)
    page_type = ContentType.objects.get_for_model(Page)

    # The English tree: home, sections, pages.
    keys = [uuid.uuid4() for _ in range(1 + SECTIONS + PAGES)]
    home_path = _child_path(root.path, 1)
    english = [_page(path=home_path, locale=source, key=keys[0], title="Home", published=sent)]
    per_section = PAGES // SECTIONS
    for section in range(SECTIONS):
        section_path = _child_path(home_path, section + 1)
        english.append(
            _page(
                path=section_path,
                locale=source,
                key=keys[1 + section],
                title=f"Section {section}",
                published=sent,
                parent_url="/home/",
            )
        )
        for number in range(per_section):
            index = 1 + SECTIONS + section * per_section + number
            # A tenth of the pages changed in English after they went to translation.
            published = now if index % 10 == 0 else sent
            english.append(
                _page(
                    path=_child_path(section_path, number + 1),
                    locale=source,
                    key=keys[index],
                    title=f"Page {index}",
                    published=published,
                    parent_url=f"/home/section-{section}/",
                )
            )
    # Each other language: its home page, and flat under it the pages it translates.
    translated_pages = []
    translated = {}
    for position, code in enumerate(others):
        share = 1 - position / len(others) * 0.9
        chosen = [
            key
            for number, key in enumerate(keys)
            if number == 0 or (number * 7919) % 1000 < share * 1000
        ]
        translated[code] = chosen
        home = _child_path(root.path, position + 2)
        translated_pages.append(
            _page(
                path=home, locale=locales[code], key=keys[0], title=f"Home {code}", published=sent
            )
        )
        for number, key in enumerate(chosen[1:], start=1):
            translated_pages.append(
                _page(
                    path=_child_path(home, number),
                    locale=locales[code],
                    key=key,
                    title=f"Page {number}",
                    published=sent,
                    parent_url=f"/home-{code}/",
                )
            )
    for page in english + translated_pages:
        page.numchild = 0
    Page.objects.bulk_create(english + translated_pages, batch_size=2000)
    _fix_child_counts()
    root.numchild = 1 + len(others)
    root.save(update_fields=["numchild"])

    # What was sent for translation: a source per English page, with its strings.
    TranslatableObject.objects.bulk_create(
        [TranslatableObject(translation_key=key, content_type=page_type) for key in keys],
        batch_size=2000,
    )
    sources = TranslationSource.objects.bulk_create(
        [
            TranslationSource(
                object_id=key,
                specific_content_type=page_type,
                locale=source,
                object_repr=f"Page {number}",
                content_json="{}",
                last_updated_at=sent + timedelta(minutes=1),
            )
            for number, key in enumerate(keys)
        ],
        batch_size=2000,
    )
    strings, contexts, segments = [], [], []
    for number, key in enumerate(keys):
        for field in range(STRINGS_PER_PAGE):
            text = f"Sentence {field} of page {number}."
            strings.append(String(locale=source, data=text, data_hash=String._get_data_hash(text)))
            path = f"body.{field}"
            contexts.append(
                TranslationContext(
                    object_id=key,
                    path=path,
                    path_id=TranslationContext._get_path_id(path),
                    field_path=path,
                )
            )
    String.objects.bulk_create(strings, batch_size=5000)
    TranslationContext.objects.bulk_create(contexts, batch_size=5000)
    strings = list(String.objects.filter(locale=source).order_by("id"))
    contexts = list(TranslationContext.objects.order_by("id"))
    for index, (string, context) in enumerate(zip(strings, contexts, strict=True)):
        segments.append(
            StringSegment(
                source=sources[index // STRINGS_PER_PAGE],
                string=string,
                context=context,
                order=index % STRINGS_PER_PAGE,
                attrs="{}",
            )
        )
    StringSegment.objects.bulk_create(segments, batch_size=5000)

    # Translations are complete, but every 13th page lacks two strings; every 17th is by machine.
    position_of = {key: number for number, key in enumerate(keys)}
    string_translations = []
    for code in others:
        for key in translated[code]:
            number = position_of[key]
            fields = range(STRINGS_PER_PAGE - 2 if number % 13 == 0 else STRINGS_PER_PAGE)
            kind = (
                StringTranslation.TRANSLATION_TYPE_MACHINE
                if number % 17 == 0
                else StringTranslation.TRANSLATION_TYPE_MANUAL
            )
            for field in fields:
                segment = segments[number * STRINGS_PER_PAGE + field]
                string_translations.append(
                    StringTranslation(
                        translation_of=segment.string,
                        locale=locales[code],
                        context=segment.context,
                        data=f"[{code}] {segment.string.data}",
                        translation_type=kind,
                    )
                )
    StringTranslation.objects.bulk_create(string_translations, batch_size=5000)
    return len(english)


def _fix_child_counts():
    counts = {}
    for path in Page.objects.values_list("path", flat=True):
        parent = path[: -Page.steplen]
        counts[parent] = counts.get(parent, 0) + 1
    for page in Page.objects.filter(depth__gt=1):
        if counts.get(page.path):
            page.numchild = counts[page.path]
            page.save(update_fields=["numchild"])


def _median(action) -> float:
    timings = []
    for _ in range(RUNS):
        started = time.perf_counter()
        action()
        timings.append(time.perf_counter() - started)
    return statistics.median(timings) * 1000


def run():
    print("== Translation status report ==", flush=True)
    started = time.perf_counter()
    call_command("migrate", verbosity=0)
    pages = build_site()
    languages = len(content_language_codes())
    print(
        f"site: {pages} English pages x {languages} languages = {pages * languages} cells, "
        f"{StringTranslation.objects.count()} translated strings "
        f"(built in {time.perf_counter() - started:.0f} s, SQLite)"
    )

    with CaptureQueriesContext(connection) as queries:
        report = build_report()
    query_count = len(queries)
    if len(report.rows) != pages or any(len(row.statuses) != languages for row in report.rows):
        raise SystemExit("the report does not list every page in every language")
    totals = report.totals()
    print(f"statuses for bg: {dict(totals['bg'])}; for sv: {dict(totals['sv'])}")

    whole = _median(build_report)
    section = Page.objects.get(depth=3, title="Section 0")
    one_section = _median(lambda: build_report(section=section))
    one_language = _median(lambda: build_report(languages=["bg"]))

    user = get_user_model().objects.create_superuser("bench", "bench@example.eu", "bench")
    client = Client()
    client.force_login(user)
    url = reverse("translation_status")
    response = client.get(url)
    if response.status_code != 200:
        raise SystemExit(f"the admin report answered {response.status_code}")
    page_ms = _median(lambda: client.get(url))
    csv_ms = _median(lambda: client.get(url, {"format": "csv"}))

    print(f"build_report, whole site:        {whole:8.1f} ms  ({query_count} queries)")
    print(f"build_report, one section (10%): {one_section:8.1f} ms")
    print(f"build_report, one language:      {one_language:8.1f} ms")
    print(
        f"admin report, first page (HTML): {page_ms:8.1f} ms  "
        f"({len(response.content) // 1024} KB, {ROWS_PER_PAGE} rows x {languages} languages)"
    )
    print(f"CSV export:                      {csv_ms:8.1f} ms")
    print(f"ratio whole site / one section:  {whole / one_section:8.1f}  (10 would be linear)")
    print(f"per 1,000 cells (whole site):    {whole / (pages * languages) * 1000:8.2f} ms")
    print(f"medians of {RUNS} runs")
