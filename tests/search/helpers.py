from itertools import count

from pressroom.press.models import PressReleasePage
from tests.alerts.helpers import publish_release, publish_translation

_numbers = count(1)


def publish_in(language: str, title: str, lead: str = "", **fields) -> PressReleasePage:
    """A press release really translated into `language` with this title and lead (the
    English original says something else)."""
    original = publish_release(title=f"English original number {next(_numbers)}", **fields)
    if language == "en":
        original.title, original.lead = title, lead
        original.save_revision().publish()
        return PressReleasePage.objects.get(pk=original.pk)
    translated = publish_translation(original, language, f"[{language}] ")
    translated.title, translated.lead = title, lead
    translated.save_revision().publish()
    return PressReleasePage.objects.get(pk=translated.pk)


def titles(response) -> list[str]:
    from tests.html import parse

    return [h.get_text(" ", strip=True) for h in parse(response).select(".search-hit__title")]
