from wagtail.snippets.models import register_snippet

from pressroom.translations.permissions import TranslatableSnippetViewSet

from .models import Video


class VideoViewSet(TranslatableSnippetViewSet):
    model = Video
    icon = "media"
    menu_order = 320
    add_to_admin_menu = True
    list_display = ["title", "published_at"]
    search_fields = ["title", "description"]


register_snippet(VideoViewSet)
