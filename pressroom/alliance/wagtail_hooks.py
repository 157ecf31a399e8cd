from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .admin_views import PERMISSION, ImportView, ModerationView


@hooks.register("register_admin_urls")
def register_alliance_urls():
    return [
        path("alliance/signatures/", ModerationView.as_view(), name="alliance_moderation"),
        path("alliance/import/", ImportView.as_view(), name="alliance_import"),
    ]


class ModerationMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(PERMISSION)


@hooks.register("register_admin_menu_item")
def register_alliance_menu_item():
    return ModerationMenuItem(
        _("Alliance signatures"),
        reverse("alliance_moderation"),
        name="alliance-signatures",
        icon_name="group",
        order=360,
    )
