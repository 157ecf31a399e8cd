from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AllianceConfig(AppConfig):
    name = "pressroom.alliance"
    verbose_name = _("Alliance")

    def ready(self):
        from . import signals  # noqa: F401
