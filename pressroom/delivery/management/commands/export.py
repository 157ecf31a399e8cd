import json
from datetime import datetime
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Site

from pressroom.core.locales import content_language_codes
from pressroom.delivery.export import MANIFEST, Exporter


class Command(BaseCommand):
    help = (
        "Write the whole public site, every language, as files a plain web server or object "
        "storage can serve (see the README for nginx). --since writes only what changed."
    )

    def add_arguments(self, parser):
        parser.add_argument("folder", help="where to write the site")
        parser.add_argument(
            "--since",
            help='only what changed after this moment (ISO 8601, e.g. "2026-11-21T10:00+01:00"), '
            'or "last" for the last export into the folder',
        )
        parser.add_argument("--host", help="the site's host name (default: the default site's)")
        parser.add_argument(
            "--language",
            action="append",
            choices=content_language_codes(),
            help="only this language (repeat for more; default: all 24)",
        )

    def handle(self, *args, folder, since, host, language, **options):
        site = Site.objects.filter(is_default_site=True).first()
        if host is None:
            if site is None:
                raise CommandError("There is no default site: give --host.")
            host = site.hostname if site.port in (80, 443) else f"{site.hostname}:{site.port}"
        exporter = Exporter(
            folder,
            host,
            since=self._moment(since, Path(folder)),
            languages=language,
            progress=self.stdout.write,
        )
        report = exporter.run()
        self.stdout.write(
            f"{len(report.written)} files written, {report.unchanged} unchanged, "
            f"{len(report.removed)} removed, {len(report.skipped)} addresses not public "
            f"or not found; in {folder}"
        )

    def _moment(self, value, folder: Path) -> float | None:
        if value is None:
            return None
        if value == "last":
            manifest = folder / MANIFEST
            if not manifest.exists():
                raise CommandError(f"No earlier export in {folder}: nothing to compare with.")
            return json.loads(manifest.read_text())["exported_at"]
        try:
            moment = datetime.fromisoformat(value)
        except ValueError as error:
            raise CommandError(
                f'--since takes a moment such as "2026-11-21T10:00+01:00" or "last": {error}'
            ) from error
        if moment.tzinfo is None:
            raise CommandError("--since needs a time zone, e.g. 2026-11-21T10:00+01:00")
        return moment.timestamp()
