"""Importing an existing list of signatories from CSV, with a dry run first.

The file must be UTF-8 (a byte-order mark is allowed) with a header naming the columns
`category, name, organisation, position, country, email, publish_name` (and optionally
`language`). Each row is checked as the sign-up form checks it. Rows with the address of a
signature the alliance already has, or of an earlier row, are duplicates: they are merged,
not added. A file with any invalid row imports nothing."""

import csv
import io
from dataclasses import dataclass, field

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from pressroom.delivery.changes import alliance_changed

from .forms import SignatureForm
from .models import Signature, Status

REQUIRED_COLUMNS = [
    "category",
    "name",
    "organisation",
    "position",
    "country",
    "email",
    "publish_name",
]
OPTIONAL_COLUMNS = ["language"]
TRUE = {"1", "yes", "true", "y", "x"}
MOST_ROWS = 100_000


class ImportRefused(ValueError):
    """The file as a whole cannot be read; the message says why."""


@dataclass
class Report:
    rows: int = 0
    valid: list = field(default_factory=list)  # (row number, cleaned data)
    invalid: list = field(default_factory=list)  # (row number, [messages])
    duplicates: list = field(default_factory=list)  # (row number, e-mail address)
    imported: int = 0


def _rows(data: bytes):
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportRefused(
            _("The file is not UTF-8 text (byte %(position)d). Save it as CSV UTF-8 and try again.")
            % {"position": error.start}
        ) from None
    reader = csv.DictReader(io.StringIO(text, newline=""))
    columns = [name.strip().lower() for name in reader.fieldnames or []]
    missing = [name for name in REQUIRED_COLUMNS if name not in columns]
    unknown = [name for name in columns if name not in REQUIRED_COLUMNS + OPTIONAL_COLUMNS]
    if missing or unknown:
        raise ImportRefused(
            _("The columns must be: %(expected)s. Missing: %(missing)s. Unknown: %(unknown)s.")
            % {
                "expected": ", ".join(REQUIRED_COLUMNS),
                "missing": ", ".join(missing) or "—",
                "unknown": ", ".join(unknown) or "—",
            }
        )
    reader.fieldnames = columns
    try:
        for number, row in enumerate(reader, start=2):
            if number > MOST_ROWS + 1:
                raise ImportRefused(
                    _("The file has more than %(count)d rows.") % {"count": MOST_ROWS}
                )
            yield number, {key: (value or "").strip() for key, value in row.items() if key}
    except csv.Error as error:
        raise ImportRefused(_("The file is not valid CSV: %(error)s") % {"error": error}) from None


def check(alliance, data: bytes) -> Report:
    report = Report()
    seen = set(Signature.objects.filter(alliance=alliance).values_list("email", flat=True))
    languages = dict(settings.LANGUAGES)
    for number, row in _rows(data):
        report.rows += 1
        form = SignatureForm(
            {
                **row,
                "publish_name": "on" if row.get("publish_name", "").lower() in TRUE else "",
                "privacy": "on",
            }
        )
        if not form.is_valid():
            messages = [f"{name}: {' '.join(errors)}" for name, errors in form.errors.items()]
            report.invalid.append((number, messages))
            continue
        language = row.get("language") or settings.LANGUAGE_CODE
        if language not in languages:
            report.invalid.append(
                (number, [_("language: unknown code %(code)s") % {"code": language}])
            )
            continue
        email = form.cleaned_data["email"]
        if email in seen:
            report.duplicates.append((number, email))
            continue
        seen.add(email)
        report.valid.append((number, {**form.cleaned_data, "language": language}))
    return report


@transaction.atomic
def import_signatures(alliance, data: bytes) -> Report:
    """Import a checked file: all its valid rows, or nothing if any row is invalid."""
    report = check(alliance, data)
    if report.invalid:
        return report
    alliance_changed(alliance)
    version = alliance.current_version()
    now = timezone.now()
    Signature.objects.bulk_create(
        Signature(
            alliance=alliance,
            version=version,
            category=row["category"],
            name=row["name"],
            organisation=row["organisation"],
            position=row["position"],
            country=row["country"],
            email=row["email"],
            publish_name=row["publish_name"],
            language=row["language"],
            status=Status.APPROVED,
            source="import",
            confirmed_at=now,
        )
        for _number, row in report.valid
    )
    report.imported = len(report.valid)
    return report
