"""The press officer finder of the media centre: who speaks a language, who covers a topic."""

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from pressroom.core.fallback import localize, originals
from pressroom.core.locales import language_name
from pressroom.topics.models import Topic

from .models import PressOfficer

LANGUAGE_PARAMETER = "officer_language"
TOPIC_PARAMETER = "officer_topic"


@dataclass
class OfficerSearch:
    officers: list
    languages: list[tuple[str, str]]  # (code, name in the reader's language) spoken by anyone
    topics: list  # topics someone covers, in the reader's language
    language: str = ""
    topic: str = ""
    errors: list[str] = field(default_factory=list)

    @property
    def filtered(self) -> bool:
        return bool(self.language or self.topic)


def find_press_officers(params) -> OfficerSearch:
    """The press officers, in the reader's language, filtered by the finder's parameters."""
    everyone = list(originals(PressOfficer).prefetch_related("topics"))
    spoken = sorted(
        {code for officer in everyone for code in officer.language_codes},
        key=lambda code: language_name(code).casefold(),
    )
    covered = {topic.translation_key for officer in everyone for topic in officer.topics.all()}
    topics = sorted(
        localize(originals(Topic).filter(translation_key__in=covered)),
        key=lambda topic: topic.name.casefold(),
    )
    search = OfficerSearch(
        officers=everyone,
        languages=[(code, language_name(code)) for code in spoken],
        topics=topics,
    )
    language = params.get(LANGUAGE_PARAMETER, "")
    topic = params.get(TOPIC_PARAMETER, "")
    chosen = everyone
    if language:
        if language not in spoken:
            search.errors.append(
                _("No press officer speaks that language. Choose one from the list.")
            )
        else:
            search.language = language
            chosen = [officer for officer in chosen if language in officer.language_codes]
    if topic:
        match = next((item for item in topics if item.slug == topic), None)
        if match is None:
            search.errors.append(_("No press officer covers that topic. Choose one from the list."))
        else:
            search.topic = topic
            chosen = [
                officer
                for officer in chosen
                if match.translation_key in {item.translation_key for item in officer.topics.all()}
            ]
    search.officers = localize(chosen)
    return search
