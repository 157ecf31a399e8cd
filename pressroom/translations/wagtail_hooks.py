from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .views import ApproveMachineTranslationView, TranslationStatusView


@hooks.register("register_admin_urls")
def register_translation_status_url():
    return [
        path(
            "reports/translation-status/",
            TranslationStatusView.as_view(),
            name="translation_status",
        ),
        path(
            "pages/<int:page_id>/approve-machine-translation/",
            ApproveMachineTranslationView.as_view(),
            name="approve_machine_translation",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item():
    return MenuItem(
        _("Translation status"),
        reverse("translation_status"),
        name="translation-status",
        icon_name="site",
        order=50,
    )
