"""Languages people speak, as ISO 639-1 codes."""

from functools import cache

from babel import Locale
from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

# People often write the country code for a language. In an EU press office these mean the
# language of that country; SE and EE are also the codes of Northern Sami and Ewe, but the
# seed content ("FI, SE, ES, FR") shows which reading editors intend.
COUNTRY_CODE_ALIASES = {"cz": "cs", "se": "sv", "dk": "da", "gr": "el", "ee": "et", "si": "sl"}


@cache
def iso_639_1_codes() -> frozenset[str]:
    return frozenset(code for code in Locale("en").languages if len(code) == 2)


def parse_language_codes(text: str) -> list[str]:
    """ "ES, FR, EN, PT" -> ["es", "fr", "en", "pt"]; raises ValidationError naming any
    code that is not a language."""
    codes, unknown = [], []
    for raw in text.replace(";", ",").replace("/", ",").replace(" ", ",").split(","):
        token = raw.strip().strip("()").lower()
        if not token:
            continue
        code = COUNTRY_CODE_ALIASES.get(token, token)
        if code not in iso_639_1_codes():
            unknown.append(raw.strip())
        elif code not in codes:
            codes.append(code)
    if unknown:
        raise ValidationError(
            _("Not a language code: %(codes)s. Use two-letter ISO 639-1 codes such as EN, FR."),
            code="unknown_language",
            params={"codes": ", ".join(unknown)},
        )
    return codes


class LanguageCodesFormField(forms.CharField):
    def __init__(self, **kwargs):
        kwargs.setdefault(
            "help_text", _("Two-letter codes separated by commas, for example: ES, FR, EN, PT")
        )
        super().__init__(**kwargs)

    def prepare_value(self, value):
        return ", ".join(code.upper() for code in value.split(",") if code) if value else value

    def clean(self, value):
        value = super().clean(value)
        return ",".join(parse_language_codes(value))


class LanguageCodesField(models.CharField):
    """ISO 639-1 codes stored lower case and comma-separated: "es,fr,en,pt"."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 100)
        super().__init__(*args, **kwargs)

    def to_python(self, value):
        value = super().to_python(value)
        return ",".join(parse_language_codes(value)) if value else value

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": LanguageCodesFormField, **kwargs})
