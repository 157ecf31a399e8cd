from django.contrib.auth.mixins import PermissionRequiredMixin
from django.db.models import Count
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .models import Message, MessageStatus, Subscriber

PERMISSION = "alerts.view_message"
SHOWN_PROBLEMS = 50


class AlertsReportView(PermissionRequiredMixin, WagtailAdminTemplateMixin, TemplateView):
    """How many subscribe, and whether the e-mails leave: what waits, what was refused."""

    permission_required = PERMISSION
    page_title = _("E-mail alerts")
    header_icon = "mail"
    template_name = "alerts/admin/report.html"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        counts = dict(Message.objects.values_list("status").annotate(count=Count("pk")).order_by())
        problems = (
            Message.objects.filter(status__in=[MessageStatus.PENDING, MessageStatus.FAILED])
            .exclude(last_error="")
            .select_related("subscriber")
            .order_by("-created_at")[:SHOWN_PROBLEMS]
        )
        return super().get_context_data(
            confirmed=Subscriber.objects.confirmed().count(),
            unconfirmed=Subscriber.objects.filter(confirmed_at__isnull=True).count(),
            statuses=[(label, counts.get(status, 0)) for status, label in MessageStatus.choices],
            problems=problems,
            **kwargs,
        )
