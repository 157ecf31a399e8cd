"""A field people do not see: programs that fill in every field of a form fill it in too.

A public form adds `HoneypotMixin` and renders `core/includes/honeypot.html`; its view
refuses a filled-in form with `REFUSAL`, answering 400."""

from django import forms
from django.utils.translation import gettext_lazy as _

REFUSAL = _(
    "The form came back with a field filled in that people do not see, as programs filling "
    "in forms do. If you are a person, please try again."
)


class HoneypotMixin(forms.Form):
    website = forms.CharField(label=_("Leave this field empty"), required=False)

    def is_bot(self) -> bool:
        return bool(self.data.get("website"))
