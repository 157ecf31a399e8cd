"""The content languages: their Locale rows, names and directions from CLDR locale data."""

from functools import cache

from babel import Locale as BabelLocale
from django.conf import settings
from django.utils import translation

_language_by_locale_id: dict[int, str] = {}


def content_language_codes() -> list[str]:
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]


def source_language_code() -> str:
    return settings.LANGUAGE_CODE


@cache
def _cldr(code: str) -> BabelLocale:
    return BabelLocale.parse(code)


@cache
def native_name(code: str) -> str:
    """The language's name in itself, as its speakers write it in a list (lower case where
    the language does so): "български", "čeština", "Deutsch"."""
    return _cldr(code).get_display_name(code)


@cache
def text_direction(code: str) -> str:
    return "rtl" if _cldr(code).character_order == "right-to-left" else "ltr"


def language_name(code: str, in_language: str | None = None) -> str:
    """The name of a language (any ISO 639-1 code) in the reader's language."""
    reader = _cldr(in_language or translation.get_language() or source_language_code())
    return reader.languages.get(code.lower(), code.upper())


def _locale_languages() -> dict[int, str]:
    if not _language_by_locale_id:
        from wagtail.models import Locale

        _language_by_locale_id.update(Locale.objects.values_list("id", "language_code"))
    return _language_by_locale_id


def language_of_locale_id(locale_id: int) -> str:
    """Language code of a wagtail Locale id, from a tiny cache: locales change rarely."""
    return _locale_languages().get(locale_id, source_language_code())


def locale_id_of_language(code: str) -> int | None:
    for locale_id, language in _locale_languages().items():
        if language == code:
            return locale_id
    return None


def forget_locale_cache(**kwargs):
    _language_by_locale_id.clear()


def ensure_content_locales(using="default", **kwargs):
    """Every content language has a Locale, and every locale but the source one mirrors the
    source tree: a page not yet translated is served as an alias of the original, and the
    templates mark its text as being in the original language."""
    from wagtail.models import Locale
    from wagtail_localize.models import LocaleSynchronization

    source, _created = Locale.objects.using(using).get_or_create(
        language_code=source_language_code()
    )
    for code in content_language_codes():
        if code == source.language_code:
            continue
        locale, _created = Locale.objects.using(using).get_or_create(language_code=code)
        LocaleSynchronization.objects.using(using).get_or_create(
            locale=locale, defaults={"sync_from": source}
        )
