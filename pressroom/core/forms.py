"""What the public forms share: the e-mail address field, the messages for choices, and the
honeypot.

The honeypot is a field people do not see: programs that fill in every field of a form
fill it in too. A form adds `HoneypotMixin` and renders `core/includes/honeypot.html`; its
view refuses a filled-in form with `REFUSAL`, answering 400."""

from django import forms
from django.utils.translation import gettext_lazy as _

INVALID_CHOICE = _("%(value)s is not one of the choices offered.")
CHOICE_ERRORS = {"required": _("Choose one."), "invalid_choice": INVALID_CHOICE}
REFUSAL = _(
    "The form came back with a field filled in that people do not see, as programs filling "
    "in forms do. If you are a person, please try again."
)


class EmailAddressField(forms.EmailField):
    """An e-mail address, in lower case: one address, one subscription or signature."""

    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("Your e-mail address"))
        super().__init__(
            max_length=254,
            error_messages={
                "required": _("Enter your e-mail address."),
                "invalid": _("Enter a valid e-mail address, such as name@example.org."),
                "max_length": _("An e-mail address has at most 254 characters."),
            },
            **kwargs,
        )

    def to_python(self, value):
        return super().to_python(value).lower()


class HoneypotMixin(forms.Form):
    website = forms.CharField(label=_("Leave this field empty"), required=False)

    def is_bot(self) -> bool:
        return bool(self.data.get("website"))
