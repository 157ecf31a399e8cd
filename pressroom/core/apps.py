from django.apps import AppConfig
from django.db.models.signals import post_delete, post_migrate, post_save


class CoreConfig(AppConfig):
    name = "pressroom.core"
    label = "core"
    verbose_name = "pressroom"

    def ready(self):
        from wagtail.models import Locale
        from wagtail.signals import page_published

        from . import fallback, locales, privacy, workers

        post_migrate.connect(locales.ensure_content_locales, sender=self)
        post_save.connect(locales.forget_locale_cache, sender=Locale)
        post_delete.connect(locales.forget_locale_cache, sender=Locale)
        privacy.connect()
        page_published.connect(fallback.date_alias, dispatch_uid="pressroom-alias-dates")
        workers.connect()
