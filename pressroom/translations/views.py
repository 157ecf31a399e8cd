import csv

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.paginator import WagtailPaginator
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.models import Locale, Page

from pressroom.core.locales import content_language_codes, native_name

from .formats import FORMATS, FileRefused
from .forms import ExportForm, ImportForm
from .machine import approve_machine_translation, machine_strings
from .permissions import translatable_languages
from .services import export_file, import_file
from .status import Status, build_report, sections

ROWS_PER_PAGE = 100


class TranslationStatusView(WagtailAdminTemplateMixin, TemplateView):
    page_title = _("Translation status")
    header_icon = "site"
    template_name = "translations/status.html"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get(self, request, *args, **kwargs):
        self.section = self._section(request.GET.get("section"))
        self.language = request.GET.get("language") or None
        if self.section is False or (
            self.language and self.language not in content_language_codes()
        ):
            self.section, self.language = None, None
            self.report = build_report()
            context = self.get_context_data(
                error=_("There is no such section or language. Choose one from the lists.")
            )
            return self.render_to_response(context, status=400)
        languages = [self.language] if self.language else None
        self.report = build_report(section=self.section, languages=languages)
        if request.GET.get("format") == "csv":
            return self._csv()
        return super().get(request, *args, **kwargs)

    @staticmethod
    def _section(value):
        """The chosen section, None for all, False for one that does not exist."""
        if not value:
            return None
        return next((page for page in sections() if str(page.pk) == value), False)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        totals = self.report.totals()
        context.update(
            report=self.report,
            languages=[(code, native_name(code)) for code in self.report.languages],
            sections=sections(),
            all_languages=[(code, native_name(code)) for code in content_language_codes()],
            chosen_section=self.section,
            chosen_language=self.language,
            can_use_files=bool(translatable_languages(self.request.user)),
            statuses=[(status, Status.LABELS[status]) for status in Status.ORDER],
            totals=[
                (code, [totals[code][status] for status in Status.ORDER])
                for code in self.report.languages
            ],
        )
        paginator = WagtailPaginator(self.report.rows, per_page=ROWS_PER_PAGE)
        page_of_rows = paginator.get_page(self.request.GET.get("p"))
        context.update(
            page_of_rows=page_of_rows,
            elided_page_range=paginator.get_elided_page_range(page_of_rows.number),
            rows=[
                (row.page, [self._cell(row, code) for code in self.report.languages])
                for row in page_of_rows
            ],
        )
        return context

    @staticmethod
    def _cell(row, code):
        status = row.statuses[code]
        url = None
        if status == Status.MACHINE:
            url = reverse("approve_machine_translation", args=[row.translation_ids[code]])
        return code, status, Status.LABELS[status], url

    def _csv(self):
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="translation-status.csv"'
        writer = csv.writer(response)
        writer.writerow([_("Page"), _("Address"), *self.report.languages])
        for row in self.report.rows:
            writer.writerow(
                [
                    row.page.title,
                    "/" + row.page.url_path.split("/", 2)[2],
                    *(row.statuses[code] for code in self.report.languages),
                ]
            )
        return response


class ApproveMachineTranslationView(WagtailAdminTemplateMixin, TemplateView):
    """Asks, then records, that a person checked a page's machine translation."""

    page_title = _("Approve machine translation")
    header_icon = "check"
    template_name = "translations/approve_machine_translation.html"

    def dispatch(self, request, page_id):
        self.page = get_object_or_404(Page, pk=page_id).specific
        if not self.page.permissions_for_user(request.user).can_edit():
            raise PermissionDenied
        return super().dispatch(request)

    def get_page_subtitle(self):
        return self.page.get_admin_display_title()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(page=self.page, machine_count=machine_strings(self.page).count())
        return context

    def post(self, request):
        if approve_machine_translation(page=self.page, user=request.user):
            messages.success(request, _("The machine translation of this page is approved."))
        else:
            messages.warning(request, _("This page has no machine translation to approve."))
        return redirect(reverse("wagtailadmin_pages:edit", args=[self.page.pk]))


class TranslationFilesView(WagtailAdminTemplateMixin, TemplateView):
    """Files for translators: export the strings of a set of pages for one language, and import
    them back translated."""

    page_title = _("Translation files")
    header_icon = "doc-full"
    template_name = "translations/files.html"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def dispatch(self, request, *args, **kwargs):
        self.languages = translatable_languages(request.user)
        if not self.languages:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, *args, **kwargs):
        initial = {key: request.GET[key] for key in ("language", "section") if key in request.GET}
        return self.render_to_response(
            self.get_context_data(
                export_form=ExportForm(languages=self.languages, initial=initial),
                import_form=ImportForm(languages=self.languages, initial=initial),
            )
        )

    def post(self, request, *args, **kwargs):
        if request.POST.get("action") == "import":
            return self._import()
        return self._export()

    def _export(self):
        form = ExportForm(self.request.POST, languages=self.languages)
        if form.is_valid():
            language = form.cleaned_data["language"]
            section = TranslationStatusView._section(form.cleaned_data["section"]) or None
            report = build_report(section=section, languages=[language])
            wanted = form.wanted_statuses()
            pages = [row.page.specific for row in report.rows if row.statuses[language] in wanted]
            if pages:
                data, name = export_file(
                    pages=pages,
                    locale=Locale.objects.get(language_code=language),
                    file_format=form.cleaned_data["file_format"],
                )
                response = HttpResponse(
                    data, content_type=FORMATS[form.cleaned_data["file_format"]][2]
                )
                response["Content-Disposition"] = f'attachment; filename="{name}"'
                return response
            form.add_error("pages", _("No page here needs translating into this language."))
        return self.render_to_response(
            self.get_context_data(
                export_form=form, import_form=ImportForm(languages=self.languages)
            ),
            status=400,
        )

    def _import(self):
        form = ImportForm(self.request.POST, self.request.FILES, languages=self.languages)
        if form.is_valid():
            try:
                report = import_file(
                    data=form.cleaned_data["file"].read(),
                    locale=Locale.objects.get(language_code=form.cleaned_data["language"]),
                    user=self.request.user,
                    publish=form.cleaned_data["publish"],
                )
            except FileRefused as refusal:
                form.add_error("file", str(refusal))
            else:
                return TemplateResponse(
                    self.request,
                    "translations/import_report.html",
                    self.get_context_data(report=report, language=form.cleaned_data["language"]),
                )
        return self.render_to_response(
            self.get_context_data(
                export_form=ExportForm(languages=self.languages), import_form=form
            ),
            status=400,
        )
