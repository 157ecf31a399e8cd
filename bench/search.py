"""Search over 100,000 documents in the 24 languages.

The corpus is generated from the words of pressroom's own 24 interface catalogs (real words
of each language, nothing downloaded): each document is a video entry with a title of 8
words and a text of 120, drawn with Zipf-like frequencies, 1/24 of the corpus per language.
The index is built through the same bulk path as `manage.py search_reindex`; the queries
(10 per language, of one to three words of the language) run through the same function as
the search page, facets, highlighting and excerpts included. Run on SQLite and, when a
PostgreSQL server is reachable, on a throwaway PostgreSQL database."""

import gc
import json
import os
import random
import time
import uuid
from pathlib import Path

import polib
from django.core.management import call_command
from django.db import connection, transaction
from django.utils import timezone
from wagtail.models import Locale

from pressroom.core.locales import content_language_codes
from pressroom.multimedia.models import Video
from pressroom.search.analysis import words
from pressroom.search.index import video_entry, write
from pressroom.search.search import search

DOCUMENTS = int(os.environ.get("PRESSROOM_BENCH_DOCUMENTS", "100000"))
QUERIES_PER_LANGUAGE = 10
BATCH = 1000
LOCALE_DIR = Path(__file__).resolve().parents[1] / "pressroom" / "locale"


def vocabulary(language: str) -> list[str]:
    """The words of the language's interface catalog, most frequent first."""
    counts: dict[str, int] = {}
    for entry in polib.pofile(str(LOCALE_DIR / language / "LC_MESSAGES" / "django.po")):
        text = " ".join([entry.msgstr, *entry.msgstr_plural.values()])
        for word in words(text):
            if len(word) >= 3 and not word.isdigit() and "_" not in word:
                counts[word] = counts.get(word, 0) + 1
    return sorted(counts, key=lambda word: (-counts[word], word))


def _sampler(vocabulary_list, rng):
    weights = [1 / (rank + 1) for rank in range(len(vocabulary_list))]

    def sample(count):
        return rng.choices(vocabulary_list, weights=weights, k=count)

    return sample


def build_corpus(rng) -> dict[str, list[str]]:
    languages = content_language_codes()
    locales = dict(Locale.objects.values_list("language_code", "pk"))
    vocabularies = {code: vocabulary(code) for code in languages}
    samplers = {code: _sampler(vocabularies[code], rng) for code in languages}
    today = timezone.localdate()
    videos = []
    for number in range(DOCUMENTS):
        code = languages[number % len(languages)]
        sample = samplers[code]
        videos.append(
            Video(
                title=" ".join(sample(8)).capitalize(),
                description=" ".join(sample(120)),
                source_url=f"https://video.example.eu/{number}",
                published_at=today.replace(year=2015 + number % 11),
                locale_id=locales[code],
                translation_key=uuid.uuid4(),
            )
        )
    with transaction.atomic():
        Video.objects.bulk_create(videos, batch_size=BATCH)
    return vocabularies


def build_index() -> float:
    started = time.perf_counter()
    ids = list(Video.objects.order_by("pk").values_list("pk", flat=True))
    for start in range(0, len(ids), BATCH):
        chunk = Video.objects.filter(pk__in=ids[start : start + BATCH]).select_related("locale")
        write([video_entry(video) for video in chunk])
    return time.perf_counter() - started


def database_bytes() -> int:
    """The space the search tables take (PostgreSQL), or the whole database (SQLite: the
    index is what grows between two readings)."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT pg_total_relation_size('pressroom_search_text') + "
                "pg_total_relation_size('pressroom_search_entry') + "
                "pg_total_relation_size('pressroom_search_word')"
            )
            return cursor.fetchone()[0]
        cursor.execute("PRAGMA page_count")
        pages = cursor.fetchone()[0]
        cursor.execute("PRAGMA page_size")
        return pages * cursor.fetchone()[0]


def queries(vocabularies, rng) -> list[tuple[str, str]]:
    chosen = []
    for code, words_of_language in vocabularies.items():
        common = words_of_language[:400]
        for number in range(QUERIES_PER_LANGUAGE):
            count = 1 + number % 3
            chosen.append((code, " ".join(rng.sample(common, count))))
    return chosen


def _percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def run():
    vendor = connection.vendor
    print(f"== Search: {DOCUMENTS:,} documents in 24 languages ({vendor}) ==", flush=True)
    call_command("migrate", verbosity=0)
    rng = random.Random(2027)  # noqa: S311 - a repeatable corpus, not a secret
    started = time.perf_counter()
    vocabularies = build_corpus(rng)
    print(f"corpus written in {time.perf_counter() - started:.1f} s", flush=True)
    before = database_bytes() if connection.vendor == "sqlite" else 0
    build = build_index()
    size = database_bytes() - before
    query_set = queries(vocabularies, rng)
    for language, query in query_set[::QUERIES_PER_LANGUAGE]:  # warm each language's analyser
        search({"q": query}, language)
    gc.freeze()  # as the app server does once the application is loaded (pressroom/wsgi.py)
    timings, found = [], 0
    for language, query in query_set:
        began = time.perf_counter()
        results = search({"q": query}, language)
        timings.append((time.perf_counter() - began) * 1000)
        found += results.total > 0
    figures = {
        "backend": vendor,
        "documents": DOCUMENTS,
        "build_s": build,
        "size_mb": size / 1e6,
        "queries": len(timings),
        "found": found,
        "p50_ms": _percentile(timings, 0.50),
        "p95_ms": _percentile(timings, 0.95),
        "p99_ms": _percentile(timings, 0.99),
    }
    print(f"index build:   {build:8.1f} s  ({DOCUMENTS / build:,.0f} documents/s)")
    print(f"index size:    {figures['size_mb']:8.1f} MB")
    print(
        f"queries:       {len(timings)} ({found} with results), "
        f"p50 {figures['p50_ms']:.1f} ms, p95 {figures['p95_ms']:.1f} ms, "
        f"p99 {figures['p99_ms']:.1f} ms"
    )
    if summary := os.environ.get("PRESSROOM_BENCH_SUMMARY"):
        with open(summary, "a", encoding="utf-8") as handle:
            handle.write(json.dumps(figures) + "\n")
