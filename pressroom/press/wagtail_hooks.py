from wagtail.snippets.models import register_snippet

from pressroom.translations.permissions import TranslatableSnippetViewSet

from .models import ReleaseType


class ReleaseTypeViewSet(TranslatableSnippetViewSet):
    model = ReleaseType
    icon = "doc-full"
    menu_order = 305
    add_to_admin_menu = True
    list_display = ["name", "slug"]


register_snippet(ReleaseTypeViewSet)
