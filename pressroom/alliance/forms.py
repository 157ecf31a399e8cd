import re

from django import forms
from django.utils.translation import gettext_lazy as _

from pressroom.core.forms import CHOICE_ERRORS, EmailAddressField, HoneypotMixin

from .countries import country_choices
from .models import QUESTIONS, Category

MARKUP = re.compile(r"[<>]")


def _text(label, help_text=""):
    return forms.CharField(
        label=label,
        max_length=200,
        required=False,
        help_text=help_text,
        error_messages={"max_length": _("At most %(limit_value)d characters, please.")},
    )


class SignatureForm(HoneypotMixin, forms.Form):
    category = forms.ChoiceField(
        label=_("I sign as"),
        choices=Category.choices,
        widget=forms.RadioSelect,
        error_messages=CHOICE_ERRORS,
    )
    name = _text(_("Your name"))
    organisation = _text(
        _("Organisation, region or municipality"),
        _(
            "Required unless you sign as an individual; for a member of a parliament, the "
            "parliament."
        ),
    )
    position = _text(_("Your position"), _("Required unless you sign as an individual."))
    country = forms.ChoiceField(
        label=_("Country"),
        error_messages=CHOICE_ERRORS,
    )
    email = EmailAddressField(
        help_text=_("We send you a link to confirm your signature. It is never published.")
    )
    publish_name = forms.BooleanField(
        label=_("Publish my name in the list of signatories"),
        required=False,
        help_text=_(
            "Regions, cities, associations, members of parliaments and organisations are "
            "always listed. Individuals are listed only if they tick this box; they are "
            "counted either way."
        ),
    )
    privacy = forms.BooleanField(
        label=_("I have read the data-protection notice"),
        error_messages={"required": _("Please read the data-protection notice and tick this box.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["country"].choices = [("", "—"), *country_choices()]

    def clean(self):
        data = super().clean()
        for name in ("name", "organisation", "position"):
            value = (data.get(name) or "").strip()
            if MARKUP.search(value):
                self.add_error(name, _("Please write it without the characters < and >."))
            data[name] = " ".join(value.split())
        if not data.get("name") and "name" not in self.errors:
            self.add_error("name", _("Enter your name."))
        category = data.get("category")
        for question in QUESTIONS.get(category, ()):
            if not data.get(question) and question not in self.errors:
                self.add_error(question, _("Required for this kind of signatory."))
        return data
