from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .admin_views import PERMISSION, AlertsReportView


@hooks.register("register_admin_urls")
def register_alerts_report_url():
    return [path("reports/e-mail-alerts/", AlertsReportView.as_view(), name="alerts_report")]


class AlertsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(PERMISSION)


@hooks.register("register_reports_menu_item")
def register_alerts_report_menu_item():
    return AlertsMenuItem(
        _("E-mail alerts"),
        reverse("alerts_report"),
        name="e-mail-alerts",
        icon_name="mail",
        order=60,
    )
