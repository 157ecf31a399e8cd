"""Writing the index: what of a document is searched, analysed in its language.

Entries are written when a document is published or saved and removed when it is
unpublished or deleted (`signals.py`), in the editor's own request, so the next search sees
the change. Aliases (a page not yet translated, shown in the original) are not indexed:
the search finds the original and labels it. Releases under embargo are indexed but left
out of every result until their time (`search.py`), so the embargo lifts with nothing to
run."""

from dataclasses import dataclass

from django.db import connection, transaction
from django.db.models import Q
from django.utils import timezone
from wagtail.models import Page

from pressroom.core.privacy import is_private
from pressroom.multimedia.models import Video

from .analysis import Analyser, words
from .backends import backend
from .kinds import PAGE_MODELS, kind_of_page
from .models import Entry, Word


def _text(*parts) -> str:
    return "\n".join(str(part) for part in parts if part)


def _stream(field_value) -> str:
    if not field_value:
        return ""
    return _text(*field_value.stream_block.get_searchable_content(field_value))


def _rich(value) -> str:
    from wagtail.rich_text import get_text_for_indexing

    return get_text_for_indexing(str(value or ""))


def page_document(page) -> tuple[str, str, int | None]:
    """The title, the body text and the year of a page."""
    body = [getattr(page, "lead", ""), getattr(page, "search_description", "")]
    if hasattr(page, "body"):
        body.append(_stream(page.body))
    if hasattr(page, "intro"):
        body.append(_rich(page.intro))
    if hasattr(page, "goals"):
        body.append(_rich(page.goals))
    for name in ("venue", "reference", "rapporteur"):
        body.append(getattr(page, name, ""))
    date = (
        getattr(page, "date", None)
        or getattr(page, "start", None)
        or page.first_published_at
        or timezone.now()
    )
    return page.title, _text(*body), date.year


@dataclass
class Document:
    """What the index keeps of a page or a video: its entry, its title and its text."""

    entry: Entry
    title: str
    body: str


def searchable(page) -> bool:
    return (
        page.live
        and page.alias_of_id is None
        and kind_of_page(page) is not None
        and not is_private(page)
    )


def page_entry(page) -> Document | None:
    page = page.specific
    if not searchable(page):
        return None
    title, body, year = page_document(page)
    entry = Entry(
        page=page,
        translation_key=page.translation_key,
        language=page.locale.language_code,
        kind=kind_of_page(page),
        topics=sorted(page.topics.values_list("slug", flat=True)),
        year=year,
    )
    return Document(entry, title, body)


def video_entry(video: Video) -> Document:
    entry = Entry(
        video=video,
        translation_key=video.translation_key,
        language=video.locale.language_code,
        kind="videos",
        topics=sorted(video.topics.values_list("slug", flat=True)) if video.pk else [],
        year=video.published_at.year if video.published_at else None,
    )
    return Document(entry, video.title, video.description)


@transaction.atomic
def write(documents: list[Document]) -> None:
    """Index the documents, replacing what the index held of them, in bulk."""
    if not documents:
        return
    now = timezone.now()
    pages = [d.entry.page_id for d in documents if d.entry.page_id]
    videos = [d.entry.video_id for d in documents if d.entry.video_id]
    Entry.objects.filter(Q(page_id__in=pages) | Q(video_id__in=videos)).delete()
    for document in documents:
        document.entry.indexed_at = now
    entries = Entry.objects.bulk_create([d.entry for d in documents])
    rows, vocabulary = [], set()
    for entry, document in zip(entries, documents, strict=True):
        analyser = Analyser.of(entry.language)
        rows.append(
            (entry.pk, analyser.index_terms(document.title), analyser.index_terms(document.body))
        )
        vocabulary.update(
            (entry.language, word)
            for word in words(f"{document.title} {document.body}")
            if not word.isdigit()
        )
    with connection.cursor() as cursor:
        backend().write(cursor, rows)
    Word.objects.bulk_create(
        [Word(language=language, word=word) for language, word in vocabulary],
        ignore_conflicts=True,
        batch_size=1000,
    )


def index_page(page) -> None:
    document = page_entry(page)
    if document is None:
        remove_page(page)
    else:
        write([document])


def index_video(video: Video) -> None:
    write([video_entry(video)])


def remove_page(page) -> int:
    """Take a page out of the index (its text goes with the entry: `signals.py`)."""
    deleted, _by_model = Entry.objects.filter(page_id=page.pk).delete()
    return deleted


def searchable_pages():
    pages = Page.objects.live().public().type(*PAGE_MODELS)
    return pages.filter(alias_of__isnull=True).order_by("pk")
