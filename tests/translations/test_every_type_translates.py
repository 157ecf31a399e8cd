"""Every page type and every translatable snippet goes through wagtail-localize whole: each
string it carries, down to the blocks nested in its StreamFields, comes out translated."""

import pytest
from wagtail.models import Locale, get_page_models
from wagtail.rich_text import RichText
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource
from wagtail_localize.segments.extract import extract_segments

from pressroom.people.models import PressOfficer
from pressroom.translations.permissions import translatable_snippet_models
from pressroom.translations.services import save_translated_page
from tests.factories import PressReleasePageFactory

pytestmark = pytest.mark.django_db

MARK = "⟦de⟧ "


def _translate_everything(instance, locale):
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    segments = StringSegment.objects.filter(source=source).select_related("string", "context")
    assert segments, f"{type(instance).__name__} has nothing to translate"
    for segment in segments:
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": MARK + segment.string.data},
        )
    return translation, {segment.context.path for segment in segments}


def _untranslated_strings(instance):
    return [
        (segment.path, segment.string.data)
        for segment in extract_segments(instance)
        if hasattr(segment, "string") and not segment.string.data.startswith(MARK.strip())
    ]


def _pressroom_page_models():
    return [model for model in get_page_models() if model.__module__.startswith("pressroom.")]


@pytest.mark.parametrize("model", _pressroom_page_models(), ids=lambda model: model.__name__)
def test_every_string_of_each_page_type_is_translated(model, english):
    german = Locale.objects.get(language_code="de")
    page = model.objects.filter(locale=english).order_by("path").first()
    assert page is not None, f"the demo content has no {model.__name__}"
    translation, paths = _translate_everything(page, german)

    save_translated_page(translation, publish=True)

    translated = page.get_translation(german).specific
    assert translated.alias_of_id is None and translated.live
    assert translated.title.startswith(MARK.strip())
    assert _untranslated_strings(translated) == []
    assert len(list(extract_segments(translated))) >= len(paths)


def test_blocks_nested_in_streamfields_are_translated(english):
    german = Locale.objects.get(language_code="de")
    release = PressReleasePageFactory(
        body=[
            ("heading", "What the regions ask"),
            ("paragraph", RichText('<p>Read <a href="https://example.eu">the opinion</a>.</p>')),
            ("quote", {"text": "Cohesion is our fundamental value.", "attribution": "A mayor"}),
        ],
        related_links=[("link", {"label": "The opinion", "url": "https://example.eu"})],
    )
    release.save_revision().publish()
    translation, paths = _translate_everything(release, german)
    assert any(path.startswith("body.") and path.endswith(".attribution") for path in paths)

    save_translated_page(translation, publish=True)

    translated = release.get_translation(german).specific
    heading, paragraph, quote = translated.body
    assert heading.value.startswith(MARK)
    assert paragraph.value.source.startswith("<p>" + MARK)
    assert 'href="https://example.eu"' in paragraph.value.source
    assert quote.value["text"].startswith(MARK)
    assert quote.value["attribution"].startswith(MARK)
    assert translated.related_links[0].value["label"].startswith(MARK)


@pytest.mark.parametrize("model", translatable_snippet_models(), ids=lambda model: model.__name__)
def test_every_string_of_each_snippet_is_translated(model, english):
    german = Locale.objects.get(language_code="de")
    snippet = model.objects.filter(locale=english).order_by("pk").first()
    assert snippet is not None, f"the demo content has no {model.__name__}"
    if isinstance(snippet, PressOfficer):  # the seed gives the officers no role
        snippet.role = "Press officer for cohesion policy"
        snippet.save()
    translation, _paths = _translate_everything(snippet, german)

    translation.save_target(publish=True)

    translated = snippet.get_translation(german)
    assert _untranslated_strings(translated) == []
