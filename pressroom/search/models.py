"""The search index: one entry per published document (a page version or a video), with its
analysed terms in a full-text table of the database (`backends.py`)."""

from django.db import models
from django.utils import timezone


class Entry(models.Model):
    page = models.OneToOneField(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    video = models.OneToOneField(
        "multimedia.Video", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    translation_key = models.UUIDField()
    language = models.CharField(max_length=8, db_index=True)
    kind = models.CharField(max_length=20)
    topics = models.JSONField(default=list)  # topic slugs, the same in every language
    year = models.PositiveSmallIntegerField(null=True)
    indexed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        indexes = [
            # "Is there a version of this document in the reader's language?", asked of every
            # original a search finds.
            models.Index(fields=["translation_key", "language"], name="search_entry_version")
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(page__isnull=False) | models.Q(video__isnull=False),
                name="search_entry_has_a_document",
            )
        ]

    def __str__(self):
        return f"{self.kind} {self.language} {self.page_id or self.video_id}"


class Word(models.Model):
    """A word as written in the documents of a language (normalised, not stemmed), for
    "did you mean"."""

    language = models.CharField(max_length=8)
    word = models.CharField(max_length=60)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["language", "word"], name="search_word_unique")
        ]

    def __str__(self):
        return f"{self.language}:{self.word}"


class ReindexRun(models.Model):
    started_at = models.DateTimeField(default=timezone.now)
    finished_at = models.DateTimeField(null=True, blank=True)

    def __str__(self):
        return f"reindex {self.started_at:%Y-%m-%d %H:%M}"
