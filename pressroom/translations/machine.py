"""Machine translations are drafts until a person approves them."""

from wagtail.models import Page
from wagtail_localize.models import StringTranslation


def machine_strings(page: Page):
    """The machine-translated strings of a translated page."""
    return StringTranslation.objects.filter(
        locale_id=page.locale_id,
        context__object_id=page.translation_key,
        translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE,
    )


def approve_machine_translation(*, page: Page, user) -> int:
    """A person has checked the machine translation of the page: its strings count as
    translated by that person from now on. Returns how many strings were approved."""
    return machine_strings(page).update(
        translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL, last_translated_by=user
    )
