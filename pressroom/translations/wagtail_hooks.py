from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .permissions import translatable_languages
from .views import ApproveMachineTranslationView, TranslationFilesView, TranslationStatusView


@hooks.register("register_admin_urls")
def register_translation_status_url():
    return [
        path(
            "reports/translation-status/",
            TranslationStatusView.as_view(),
            name="translation_status",
        ),
        path("translation-files/", TranslationFilesView.as_view(), name="translation_files"),
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


class TranslationFilesMenuItem(MenuItem):
    def is_shown(self, request):
        return bool(translatable_languages(request.user))


@hooks.register("register_admin_menu_item")
def register_translation_files_menu_item():
    return TranslationFilesMenuItem(
        _("Translation files"),
        reverse("translation_files"),
        name="translation-files",
        icon_name="doc-full",
        order=450,
    )
