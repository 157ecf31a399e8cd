from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AlertsConfig(AppConfig):
    name = "pressroom.alerts"
    verbose_name = _("E-mail alerts")

    def ready(self):
        from . import signals  # noqa: F401
