"""Countries a signatory can come from: ISO 3166 codes, names from CLDR (Babel)."""

from functools import cache

from babel import Locale as BabelLocale
from django.utils import translation

# CLDR territories that are not countries: groupings, unknown, pseudo-regions.
NOT_COUNTRIES = {"EU", "EZ", "UN", "QO", "ZZ", "XA", "XB"}


@cache
def country_codes() -> frozenset[str]:
    return frozenset(
        code
        for code in BabelLocale.parse("en").territories
        if len(code) == 2 and code.isalpha() and code not in NOT_COUNTRIES
    )


@cache
def _names(language: str) -> dict[str, str]:
    territories = BabelLocale.parse(language).territories
    return {code: territories.get(code, code) for code in country_codes()}


def country_name(code: str, language: str | None = None) -> str:
    return _names(language or translation.get_language() or "en").get(code, code)


def country_choices(language: str | None = None) -> list[tuple[str, str]]:
    names = _names(language or translation.get_language() or "en")
    return sorted(names.items(), key=lambda item: item[1].casefold())
