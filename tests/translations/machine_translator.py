"""A deterministic machine translator for the tests: no network, predictable output."""

from wagtail_localize.machine_translators.base import BaseMachineTranslator
from wagtail_localize.strings import StringValue


class MarkingTranslator(BaseMachineTranslator):
    display_name = "Marking translator"

    def translate(self, source_locale, target_locale, strings):
        code = target_locale.language_code
        return {
            string: StringValue.from_plaintext(f"[{code}] {string.render_text()}")
            for string in strings
        }

    def can_translate(self, source_locale, target_locale):
        return source_locale.language_code != target_locale.language_code
