from wagtail.snippets.models import register_snippet

from pressroom.translations.permissions import TranslatableSnippetViewSet

from .models import Topic


class TopicViewSet(TranslatableSnippetViewSet):
    model = Topic
    icon = "tag"
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "slug"]
    search_fields = ["name"]


register_snippet(TopicViewSet)
