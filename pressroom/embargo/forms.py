from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from pressroom.core.locales import source_language_code
from pressroom.press.embargo import is_embargoed
from pressroom.press.models import PressReleasePage


class PreviewLinkForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["release"].queryset = PressReleasePage.objects.filter(
            locale__language_code=source_language_code(), embargo_until__isnull=False
        ).order_by("-embargo_until")

    def clean_release(self):
        release = self.cleaned_data["release"]
        if not self.instance.pk and not is_embargoed(release):
            raise forms.ValidationError(_("This press release is not under embargo."))
        return release

    def clean_expires_at(self):
        expires_at = self.cleaned_data["expires_at"]
        if not self.instance.pk and expires_at <= timezone.now():
            raise forms.ValidationError(_("Choose a time in the future."))
        return expires_at
