"""Every user-visible string exists, translated, in all 24 catalogs."""

import io
from pathlib import Path

import pytest
from babel.messages.extract import extract_python
from babel.messages.pofile import read_po
from django.conf import settings
from django.utils.translation.template import templatize

PROJECT = Path(settings.PROJECT_DIR)
KEYWORDS = {
    "_": None,
    "gettext": None,
    "gettext_lazy": None,
    "gettext_noop": None,
    "ngettext": (1, 2),
    "ngettext_lazy": (1, 2),
    "pgettext": ((1, "c"), 2),
    "pgettext_lazy": ((1, "c"), 2),
    "npgettext": ((1, "c"), 2, 3),
}
WITH_CONTEXT = {"pgettext", "pgettext_lazy", "npgettext"}


def _messages(source: str) -> set[tuple[str | None, str]]:
    """(context, message) of each string; a plural is known by its singular."""
    found = set()
    for _line, function, message, _comments in extract_python(
        io.BytesIO(source.encode()), KEYWORDS, [], {}
    ):
        parts = message if isinstance(message, tuple) else (message,)
        context = parts[0] if function in WITH_CONTEXT else None
        text = parts[1] if function in WITH_CONTEXT else parts[0]
        if text:
            found.add((context, text))
    return found


def source_strings() -> set[tuple[str | None, str]]:
    strings = set()
    for path in PROJECT.rglob("*.py"):
        if "migrations" not in path.parts:
            strings |= _messages(path.read_text())
    for path in PROJECT.rglob("templates/**/*.html"):
        strings |= _messages(templatize(path.read_text(), origin=str(path)))
    return strings


def catalog(code: str):
    with open(PROJECT / "locale" / code / "LC_MESSAGES" / "django.po", "rb") as handle:
        return read_po(handle)


def _translated(message) -> bool:
    strings = message.string if isinstance(message.string, tuple) else (message.string,)
    return all(strings)


def test_strings_are_found_in_templates_and_code():
    strings = source_strings()
    assert (None, "Our goals") in strings
    assert (None, "Page %(number)s of %(total)s") in strings
    assert (None, "languages spoken") in strings
    assert (None, "%(counter)s string translated.") in strings
    assert ("pagination", "Pages") in strings


@pytest.mark.parametrize("code", [code for code, _name in settings.LANGUAGES])
def test_catalog_translates_every_string(code):
    messages = {
        (message.context, message.id[0] if isinstance(message.id, tuple) else message.id): message
        for message in catalog(code)
        if message.id and not message.fuzzy
    }
    missing = sorted(
        text
        for context, text in source_strings()
        if (context, text) not in messages or not _translated(messages[context, text])
    )
    assert missing == [], f"{code} lacks {len(missing)} strings: {missing[:10]}"


@pytest.mark.parametrize("code", [code for code, _name in settings.LANGUAGES])
def test_catalog_is_compiled(code):
    compiled = PROJECT / "locale" / code / "LC_MESSAGES" / "django.mo"
    source = compiled.with_suffix(".po")
    assert compiled.exists(), f"run make to compile {source}"
    assert compiled.stat().st_mtime >= source.stat().st_mtime
