from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import ReleaseType


class ReleaseTypeViewSet(SnippetViewSet):
    model = ReleaseType
    icon = "doc-full"
    menu_order = 305
    add_to_admin_menu = True
    list_display = ["name", "slug"]


register_snippet(ReleaseTypeViewSet)
