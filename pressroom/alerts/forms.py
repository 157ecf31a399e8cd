from django import forms
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from pressroom.core.fallback import localize, originals
from pressroom.core.forms import CHOICE_ERRORS, INVALID_CHOICE, EmailAddressField, HoneypotMixin
from pressroom.core.locales import content_language_codes, native_name
from pressroom.topics.models import Topic

from .announce import ALERT_KINDS
from .models import Frequency, Subscriber


def _choices_field(label, choices, *, required=True, help_text=""):
    return forms.MultipleChoiceField(
        label=label,
        choices=choices,
        required=required,
        help_text=help_text,
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "invalid_choice": INVALID_CHOICE,
            "required": _("Choose at least one."),
        },
    )


class PreferencesForm(forms.ModelForm):
    """What a subscriber follows: kinds of content × topics × language versions."""

    kinds = _choices_field(_("Kinds of content"), ())
    topics = _choices_field(
        _("Topics"), (), required=False, help_text=_("Choose none to receive every topic.")
    )
    languages = _choices_field(
        _("Language versions"),
        (),
        help_text=_(
            "You are told about an item when it is published in one of these languages. "
            "Items are usually published in English first and translated later."
        ),
    )
    english_original = forms.BooleanField(
        label=_("Also send the English original at once, before the translation is published"),
        required=False,
    )
    frequency = forms.ChoiceField(
        label=_("How often"),
        choices=Frequency.choices,
        widget=forms.RadioSelect,
        initial=Frequency.INSTANT,
        error_messages=CHOICE_ERRORS,
    )
    language = forms.ChoiceField(
        label=_("Language of the e-mails"),
        error_messages=CHOICE_ERRORS,
    )

    class Meta:
        model = Subscriber
        fields = ["kinds", "topics", "languages", "english_original", "frequency", "language"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        languages = [(code, native_name(code)) for code in content_language_codes()]
        self.fields["kinds"].choices = [(slug, kind.label) for slug, kind in ALERT_KINDS.items()]
        self.fields["topics"].choices = [
            (topic.slug, topic.name)
            for topic in sorted(localize(originals(Topic)), key=lambda t: t.name.casefold())
        ]
        self.fields["languages"].choices = languages
        self.fields["language"].choices = languages
        if not self.instance.pk:
            reader = translation.get_language() or settings.LANGUAGE_CODE
            self.initial.setdefault("kinds", list(ALERT_KINDS))
            self.initial.setdefault("languages", [reader])
            self.initial.setdefault("language", reader)
            self.initial.setdefault("frequency", Frequency.INSTANT)


class SubscriptionForm(HoneypotMixin, PreferencesForm):
    email = EmailAddressField()

    class Meta(PreferencesForm.Meta):
        fields = ["email", *PreferencesForm.Meta.fields]

    field_order = ["email", "kinds", "topics", "languages", "english_original", "frequency"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The e-mails are in the language of the page the reader subscribes on.
        del self.fields["language"]

    def validate_unique(self):
        """An address already subscribed is not an error: the view tells its owner by e-mail,
        and the page says the same as for a new address."""
