"""Searching: each language's documents matched with the query analysed in that language.

A reader searches the documents of their language and, for what is not translated yet, the
originals, which are labelled with their language. Facets (kind of content, topic, year,
language of the document) are counted over the matches, each with the other facets'
filters applied; results in the reader's language come first, then by relevance."""

import difflib
import html
import json
import uuid
from dataclasses import dataclass, field

from django.conf import settings
from django.core.paginator import Paginator
from django.db import connection
from django.utils.safestring import mark_safe
from wagtail.models import Page

from pressroom.core.locales import language_name, source_language_code, text_direction
from pressroom.multimedia.models import Video
from pressroom.press.embargo import embargoed_keys

from .analysis import WORD, Analyser, normalise, words
from .backends import backend
from .index import page_document
from .kinds import KINDS
from .models import Word

RESULTS_PER_PAGE = 20
LONGEST_QUERY = 500  # characters
MOST_TERMS = 32
EXCERPT_WORDS = 40
FACETS = ("kind", "topic", "year", "language")


class BadQuery(ValueError):
    """A query or filter the search cannot take, with the reason for the reader."""


@dataclass(slots=True)
class Match:
    entry_id: int
    score: float
    kind: str
    language: str
    topics: list
    year: int | None
    translation_key: str
    page_id: int | None
    video_id: int | None
    fallback: bool = False

    def facet_values(self, facet: str) -> list[str]:
        if facet == "topic":
            return list(self.topics)
        value = {"kind": self.kind, "year": self.year, "language": self.language}[facet]
        return [] if value is None else [str(value)]


@dataclass
class Hit:
    match: Match
    title: str
    url: str
    excerpt: str
    language: str
    language_label: str
    direction: str


@dataclass
class Results:
    query: str
    language: str
    filters: dict
    matches: list = field(default_factory=list)
    page: object = None
    hits: list = field(default_factory=list)
    facets: dict = field(default_factory=dict)
    suggestion: str = ""
    searched: bool = False

    @property
    def total(self) -> int:
        return len(self.matches)


def _clean_filters(params) -> dict:
    filters = {}
    for facet in FACETS:
        value = (params.get(facet) or "").strip()
        if not value:
            continue
        if facet == "kind" and value not in KINDS:
            raise BadQuery("kind")
        if facet == "year" and not (value.isdigit() and len(value) == 4):
            raise BadQuery("year")
        if facet == "language" and value not in dict(settings.WAGTAIL_CONTENT_LANGUAGES):
            raise BadQuery("language")
        if facet == "topic" and len(value) > 255:
            raise BadQuery("topic")
        filters[facet] = value
    return filters


def _matches(terms: list[str], untranslated_into: str | None = None) -> list[Match]:
    with connection.cursor() as cursor:
        rows = backend().match(cursor, terms, untranslated_into)
    matches = []
    for entry_id, score, kind, language, topics, year, key, page_id, video_id in rows:
        matches.append(
            Match(
                entry_id=entry_id,
                score=score,
                kind=kind,
                language=language,
                topics=json.loads(topics) if isinstance(topics, str) else topics,
                year=year,
                translation_key=key if isinstance(key, uuid.UUID) else uuid.UUID(key),
                page_id=page_id,
                video_id=video_id,
                fallback=untranslated_into is not None,
            )
        )
    return matches


def find(query: str, language: str) -> list[Match]:
    """Every document matching the query for a reader of `language`: their language's, and
    the originals of what is not translated into it."""
    source = source_language_code()
    matches = []
    for searched in dict.fromkeys([language, source]):
        analyser = Analyser.of(searched)
        terms = [searched + term for term in analyser.query_terms(query)[:MOST_TERMS]]
        if terms:
            matches += _matches(terms, untranslated_into=language if searched != language else None)
    if not matches:
        return []
    embargoed = set(embargoed_keys().values_list("translation_key", flat=True))
    kept = [match for match in matches if match.translation_key not in embargoed]
    kept.sort(key=lambda m: (m.fallback, -m.score, m.entry_id))
    return kept


def _filtered(matches, filters, leave_out=None):
    return [
        match
        for match in matches
        if all(
            value in match.facet_values(facet)
            for facet, value in filters.items()
            if facet != leave_out
        )
    ]


def _facets(matches, filters, language) -> dict[str, list[dict]]:
    from pressroom.core.fallback import localize, originals
    from pressroom.topics.models import Topic

    facets = {}
    for facet in FACETS:
        counts: dict[str, int] = {}
        for match in _filtered(matches, filters, leave_out=facet):
            for value in match.facet_values(facet):
                counts[value] = counts.get(value, 0) + 1
        facets[facet] = counts
    topics = {
        topic.slug: topic.name
        for topic in localize(originals(Topic).filter(slug__in=list(facets["topic"])))
    }
    labels = {
        "kind": {slug: str(kind.label) for slug, kind in KINDS.items()},
        "topic": topics,
        "language": {code: language_name(code) for code in facets["language"]},
        "year": {},
    }
    ordered = {}
    for facet, counts in facets.items():
        values = [
            {
                "value": value,
                "label": labels[facet].get(value, value),
                "count": count,
                "selected": filters.get(facet) == value,
            }
            for value, count in counts.items()
        ]
        if facet == "year":
            values.sort(key=lambda item: item["value"], reverse=True)
        elif facet == "kind":
            order = list(KINDS)
            values.sort(key=lambda item: order.index(item["value"]))
        else:
            values.sort(key=lambda item: (-item["count"], item["label"].casefold()))
        ordered[facet] = values
    return ordered


def highlight(text: str, terms: set[str], analyser: Analyser) -> str:
    """The text, HTML-escaped, with the words of the query's terms in <mark>."""
    out, position = [], 0
    for found in WORD.finditer(text):
        word = normalise(found.group())
        if analyser.stem(word) in terms:
            out.append(html.escape(text[position : found.start()]))
            out.append(f"<mark>{html.escape(found.group())}</mark>")
            position = found.end()
    out.append(html.escape(text[position:]))
    return mark_safe("".join(out))  # noqa: S308 - every piece is escaped above


def excerpt(text: str, terms: set[str], analyser: Analyser) -> str:
    """About EXCERPT_WORDS words of the text around its first match, highlighted."""
    spans = list(WORD.finditer(text))
    first = next(
        (i for i, span in enumerate(spans) if analyser.stem(normalise(span.group())) in terms),
        0,
    )
    start = max(first - EXCERPT_WORDS // 4, 0)
    end = min(start + EXCERPT_WORDS, len(spans))
    if not spans:
        return ""
    piece = text[spans[start].start() : spans[end - 1].end()]
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(spans) else ""
    return mark_safe(prefix + highlight(piece, terms, analyser) + suffix)  # noqa: S308


def _hits(matches, query, language) -> list[Hit]:
    page_ids = [m.page_id for m in matches if m.page_id]
    pages = {page.pk: page for page in Page.objects.filter(pk__in=page_ids).specific()}
    videos = {
        video.pk: video
        for video in Video.objects.filter(pk__in=[m.video_id for m in matches if m.video_id])
    }
    # An original found for a reader of another language opens as that language's page.
    aliases = {
        page.translation_key: page.url
        for page in Page.objects.filter(
            translation_key__in=[m.translation_key for m in matches if m.fallback],
            locale__language_code=language,
        )
    }
    hits = []
    for match in matches:
        analyser = Analyser.of(match.language)
        terms = set(analyser.query_terms(query))
        if match.page_id:
            page = pages.get(match.page_id)
            if page is None:
                continue
            title, body, _year = page_document(page)
            url = aliases.get(page.translation_key) or page.url
        else:
            video = videos.get(match.video_id)
            if video is None:
                continue
            title, body, url = video.title, video.description, video.source_url
        hits.append(
            Hit(
                match=match,
                title=highlight(title, terms, analyser),
                url=url,
                excerpt=excerpt(body, terms, analyser),
                language=match.language,
                language_label=language_name(match.language) if match.fallback else "",
                direction=text_direction(match.language),
            )
        )
    return hits


def suggest(query: str, language: str) -> str:
    """A query with each unknown word replaced by the closest word of the documents, if
    that finds something; else ""."""
    languages = list(dict.fromkeys([language, source_language_code()]))
    changed, suggested = False, []
    for word in words(query)[:MOST_TERMS]:
        vocabulary = Word.objects.filter(language__in=languages)
        if word.isdigit() or len(word) < 3 or vocabulary.filter(word=word).exists():
            suggested.append(word)
            continue
        # Words with the same first letter, read along the (language, word) index.
        candidates = [
            candidate
            for candidate in vocabulary.filter(
                word__gte=word[0], word__lt=word[0] + "\U0010ffff"
            ).values_list("word", flat=True)
            if abs(len(candidate) - len(word)) <= 2
        ]
        close = difflib.get_close_matches(word, candidates, n=1, cutoff=0.75)
        changed = changed or bool(close)
        suggested.append(close[0] if close else word)
    if not changed:
        return ""
    suggestion = " ".join(suggested)
    return suggestion if find(suggestion, language) else ""


def search(params, language: str) -> Results:
    query = (params.get("q") or "").strip()
    if len(query) > LONGEST_QUERY:
        raise BadQuery("long")
    filters = _clean_filters(params)
    results = Results(query=query, language=language, filters=filters)
    if not query:
        return results
    results.searched = True
    matches = find(query, language)
    results.facets = _facets(matches, filters, language)
    results.matches = _filtered(matches, filters)
    paginator = Paginator(results.matches, RESULTS_PER_PAGE)
    results.page = paginator.get_page(params.get("page"))
    results.hits = _hits(list(results.page.object_list), query, language)
    if not matches:
        results.suggestion = suggest(query, language)
    return results
