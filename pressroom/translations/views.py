import csv

from django.http import HttpResponse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic import WagtailAdminTemplateMixin

from pressroom.core.locales import content_language_codes, native_name

from .status import Status, build_report, sections


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
            statuses=[(status, Status.LABELS[status]) for status in Status.ORDER],
            totals=[
                (code, [totals[code][status] for status in Status.ORDER])
                for code in self.report.languages
            ],
            rows=[
                (
                    row.page,
                    [
                        (code, row.statuses[code], Status.LABELS[row.statuses[code]])
                        for code in self.report.languages
                    ],
                )
                for row in self.report.rows
            ],
        )
        return context

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
