from itertools import chain

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from pressroom.multimedia.models import Video
from pressroom.search.index import page_entry, searchable_pages, video_entry, write
from pressroom.search.models import Entry, ReindexRun

BATCH = 200


class Command(BaseCommand):
    help = (
        "Rebuilds the search index, language by language, printing its progress. An "
        "interrupted run continues where it stopped with --resume."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--language",
            action="append",
            dest="languages",
            metavar="CODE",
            help="only this language (may be given more than once)",
        )
        mode = parser.add_mutually_exclusive_group()
        mode.add_argument("--resume", action="store_true", help="continue the last interrupted run")
        mode.add_argument(
            "--missing", action="store_true", help="only documents not in the index yet"
        )

    def handle(self, *args, languages, resume, missing, **options):
        known = dict(settings.WAGTAIL_CONTENT_LANGUAGES)
        unknown = sorted(set(languages or ()) - set(known))
        if unknown:
            raise CommandError(
                f"no such language: {', '.join(unknown)}; the languages are: {', '.join(known)}"
            )
        languages = languages or list(known)
        run = self._run(resume)
        done = Entry.objects.none()
        if resume:
            done = Entry.objects.filter(indexed_at__gte=run.started_at)
        elif missing:
            done = Entry.objects.all()
        skip_pages = set(done.exclude(page=None).values_list("page_id", flat=True))
        skip_videos = set(done.exclude(video=None).values_list("video_id", flat=True))
        total = 0
        for language in languages:
            pages = searchable_pages().filter(locale__language_code=language)
            videos = Video.objects.filter(locale__language_code=language).order_by("pk")
            todo = [p for p in pages.values_list("pk", flat=True) if p not in skip_pages]
            todo_videos = [v for v in videos if v.pk not in skip_videos]
            count = len(todo) + len(todo_videos)
            batch, number = [], 0
            pages = searchable_pages().filter(pk__in=todo).specific()
            for document in chain(
                (page_entry(page) for page in pages.iterator(chunk_size=BATCH)),
                (video_entry(video) for video in todo_videos),
            ):
                batch.append(document)
                if len(batch) == BATCH:
                    write([d for d in batch if d])
                    number += len(batch)
                    batch = []
                    self.stdout.write(f"{language}: {number}/{count}")
            write([d for d in batch if d])
            if count:
                self.stdout.write(f"{language}: {count}/{count} documents indexed")
            total += count
        if not missing and set(languages) == set(known):
            stale = Entry.objects.filter(indexed_at__lt=run.started_at)
            removed, _by_model = stale.delete()
            if removed:
                self.stdout.write(f"{removed} entries of documents no longer published removed")
        run.finished_at = timezone.now()
        run.save(update_fields=["finished_at"])
        self.stdout.write(self.style.SUCCESS(f"search index: {total} documents indexed"))

    def _run(self, resume: bool) -> ReindexRun:
        if resume:
            run = ReindexRun.objects.filter(finished_at=None).order_by("-started_at").first()
            if run is None:
                raise CommandError("there is no interrupted run to resume")
            self.stdout.write(f"resuming the run started {run.started_at:%Y-%m-%d %H:%M}")
            return run
        return ReindexRun.objects.create()
