"""Moderation in the admin: the signatures of each alliance, filtered, changed in bulk with a
reason (each change logged), exported as CSV or XLSX, and lists imported from CSV."""

import csv
import io

from django import forms
from django.contrib import messages
from django.contrib.auth.mixins import PermissionRequiredMixin
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import HttpResponse
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from . import services
from .countries import country_codes, country_name
from .importer import ImportRefused, check, import_signatures
from .models import AlliancePage, Category, Signature, Status

PERMISSION = "alliance.change_signature"
PER_PAGE = 100
EXPORT_COLUMNS = [
    "id", "status", "reason", "category", "name", "organisation", "position", "country",
    "email", "publish_name", "language", "version", "signed", "confirmed", "source",
]  # fmt: skip


# A spreadsheet reads a cell beginning with one of these as a formula (OWASP, CSV injection).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def inert(value):
    """The value as a spreadsheet shows it as text: a leading apostrophe before a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return f"'{value}"
    return value


def _alliances():
    return AlliancePage.objects.filter(locale__language_code="en").order_by("title")


class ModerationView(PermissionRequiredMixin, WagtailAdminTemplateMixin, TemplateView):
    permission_required = PERMISSION
    page_title = gettext_lazy("Alliance signatures")
    header_icon = "group"
    template_name = "alliance/admin/moderation.html"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def _filters(self, params):
        alliances = list(_alliances())
        chosen = next((a for a in alliances if str(a.pk) == params.get("alliance")), None)
        chosen = chosen or (alliances[0] if alliances else None)
        filters = {
            "status": params.get("status", "pending"),
            "category": params.get("category", ""),
            "country": params.get("country", ""),
            "q": params.get("q", "").strip()[:100],
        }
        if filters["status"] not in ["", *Status.values]:
            filters["status"] = "pending"
        if filters["category"] not in ["", *Category.values]:
            filters["category"] = ""
        if filters["country"] and filters["country"] not in country_codes():
            filters["country"] = ""
        return alliances, chosen, filters

    def _signatures(self, alliance, filters):
        signatures = (
            Signature.objects.filter(alliance=alliance)
            .select_related("version")
            .prefetch_related("changes__user")
        )
        if filters["status"]:
            signatures = signatures.filter(status=filters["status"])
        if filters["category"]:
            signatures = signatures.filter(category=filters["category"])
        if filters["country"]:
            signatures = signatures.filter(country=filters["country"])
        if filters["q"]:
            q = filters["q"]
            signatures = signatures.filter(
                Q(name__icontains=q) | Q(organisation__icontains=q) | Q(email__icontains=q)
            )
        return signatures.order_by("-created_at")

    def get(self, request, *args, **kwargs):
        alliances, alliance, filters = self._filters(request.GET)
        if alliance is None:
            return self.render_to_response(self.get_context_data(alliances=[]))
        signatures = self._signatures(alliance, filters)
        export = request.GET.get("format")
        if export in ("csv", "xlsx"):
            return _export(signatures, export, alliance)
        page = Paginator(signatures, PER_PAGE).get_page(request.GET.get("page"))
        return self.render_to_response(
            self.get_context_data(
                alliances=alliances,
                alliance=alliance,
                filters=filters,
                signatures=page,
                statuses=Status.choices,
                categories=Category.choices,
                countries=sorted(
                    ((code, country_name(code)) for code in country_codes()),
                    key=lambda item: item[1],
                ),
                statistics=services.statistics(alliance),
                query=request.GET.urlencode(),
            )
        )

    def post(self, request, *args, **kwargs):
        alliances, alliance, filters = self._filters(request.POST)
        status = request.POST.get("new_status")
        reason = request.POST.get("reason", "").strip()
        ids = request.POST.getlist("signature")
        back = request.POST.get("back") or request.path
        if alliance is None or status not in Status.values:
            messages.error(request, _("Choose what to do with the signatures."))
        elif not ids:
            messages.error(request, _("Choose at least one signature."))
        elif status in (Status.REJECTED, Status.WITHDRAWN) and not reason:
            messages.error(request, _("Give the reason for rejecting or withdrawing."))
        else:
            chosen = Signature.objects.filter(
                alliance=alliance, pk__in=[i for i in ids if i.isdigit()]
            )
            changed = services.set_status(chosen, status, reason, user=request.user)
            messages.success(
                request,
                _("%(count)d signatures changed to “%(status)s”.")
                % {"count": changed, "status": Status(status).label},
            )
        return redirect(back if back.startswith("/admin/") else request.path)


def _export_row(signature):
    return [
        signature.pk,
        signature.status,
        signature.reason,
        signature.category,
        signature.name,
        signature.organisation,
        signature.position,
        signature.country,
        signature.email,
        signature.is_public,
        signature.language,
        signature.version.number,
        signature.created_at.isoformat(),
        signature.confirmed_at.isoformat() if signature.confirmed_at else "",
        signature.source,
    ]


def _export(signatures, file_format, alliance):
    rows = [[inert(value) for value in _export_row(signature)] for signature in signatures]
    name = f"{alliance.slug}-signatures"
    if file_format == "csv":
        output = io.StringIO()
        writer = csv.writer(output)
        writer.writerow(EXPORT_COLUMNS)
        writer.writerows(rows)
        response = HttpResponse(
            "\ufeff" + output.getvalue(), content_type="text/csv; charset=utf-8"
        )
        response["Content-Disposition"] = f'attachment; filename="{name}.csv"'
        return response
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(_("Signatures")[:31])
    sheet.append(EXPORT_COLUMNS)
    for row in rows:
        sheet.append(row)
    output = io.BytesIO()
    workbook.save(output)
    response = HttpResponse(
        output.getvalue(),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = f'attachment; filename="{name}.xlsx"'
    return response


class ImportForm(forms.Form):
    alliance = forms.ModelChoiceField(queryset=_alliances(), label=gettext_lazy("Alliance"))
    file = forms.FileField(label=gettext_lazy("CSV file"))
    dry_run = forms.BooleanField(
        label=gettext_lazy("Only check the file (nothing is imported)"),
        required=False,
        initial=True,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["alliance"].queryset = _alliances()


class ImportView(PermissionRequiredMixin, WagtailAdminTemplateMixin, TemplateView):
    permission_required = "alliance.add_signature"
    page_title = gettext_lazy("Import signatories")
    header_icon = "upload"
    template_name = "alliance/admin/import.html"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get(self, request, *args, **kwargs):
        return self.render_to_response(self.get_context_data(form=ImportForm()))

    def post(self, request, *args, **kwargs):
        form = ImportForm(request.POST, request.FILES)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form), status=400)
        alliance = form.cleaned_data["alliance"]
        data = form.cleaned_data["file"].read()
        dry_run = form.cleaned_data["dry_run"]
        try:
            report = check(alliance, data) if dry_run else import_signatures(alliance, data)
        except ImportRefused as error:
            form.add_error("file", str(error))
            return self.render_to_response(self.get_context_data(form=form), status=400)
        status = 400 if report.invalid and not dry_run else 200
        return self.render_to_response(
            self.get_context_data(
                form=ImportForm(initial={"alliance": alliance}), report=report, dry_run=dry_run
            ),
            status=status,
        )
