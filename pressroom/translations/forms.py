from django import forms
from django.utils.translation import gettext_lazy as _

from pressroom.core.locales import native_name

from .formats import FORMATS
from .status import Status, sections

MAX_FILE_SIZE = 20 * 1024 * 1024


def _language_choices(languages):
    return [(code, f"{native_name(code)} ({code})") for code in languages]


class ExportForm(forms.Form):
    prefix = "export"
    NEEDS_WORK = "needs_work"
    ALL = "all"

    language = forms.ChoiceField(label=_("Language to translate into"))
    section = forms.ChoiceField(label=_("Section"), required=False)
    pages = forms.ChoiceField(
        label=_("Pages"),
        choices=[
            (
                NEEDS_WORK,
                _("Pages whose translation is missing, incomplete, outdated or by machine"),
            ),
            (ALL, _("All pages")),
        ],
        initial=NEEDS_WORK,
        widget=forms.RadioSelect,
    )
    file_format = forms.ChoiceField(
        label=_("File format"),
        choices=[(key, label) for key, (label, *_rest) in FORMATS.items()],
        initial="xliff12",
        widget=forms.RadioSelect,
    )

    def __init__(self, *args, languages, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = _language_choices(languages)
        self.fields["section"].choices = [("", _("All sections"))] + [
            (str(page.pk), page.title) for page in sections()
        ]

    def wanted_statuses(self) -> set[str]:
        if self.cleaned_data["pages"] == self.ALL:
            return set(Status.LABELS) - {Status.SOURCE}
        return {Status.MISSING, Status.INCOMPLETE, Status.OUTDATED, Status.MACHINE}


class ImportForm(forms.Form):
    prefix = "import"
    language = forms.ChoiceField(label=_("Language of the translation"))
    file = forms.FileField(
        label=_("Translated file"),
        help_text=_("An XLIFF (1.2 or 2.0) or PO file exported from this site and translated."),
    )
    publish = forms.BooleanField(
        label=_("Publish the translated pages at once"),
        required=False,
        help_text=_("Otherwise the translations are saved as drafts for review."),
    )

    def __init__(self, *args, languages, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = _language_choices(languages)

    def clean_file(self):
        file = self.cleaned_data["file"]
        if file.size > MAX_FILE_SIZE:
            raise forms.ValidationError(
                _("The file is larger than %(size)s MB.") % {"size": MAX_FILE_SIZE // 2**20}
            )
        return file
