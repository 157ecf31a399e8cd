from django.core.paginator import Paginator
from django.utils.translation import gettext_lazy as _

from pressroom.core.fallback import localize_related
from pressroom.core.models import ArticlePage, IndexPage
from pressroom.delivery.dependencies import record_page_number

PAGE_SIZE = 20


class NewsPage(ArticlePage):
    parent_page_types = ["news.NewsIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news")


class NewsIndexPage(IndexPage):
    subpage_types = ["news.NewsPage"]

    class Meta:
        verbose_name = _("news index")

    def get_sections(self, request):
        items = (
            NewsPage.objects.for_listing()
            .in_locale_of(self)
            .order_by("-date", "-first_published_at")
            .prefetch_related("topics")
        )
        page_of_items = Paginator(items, PAGE_SIZE).get_page(request.GET.get("page"))
        record_page_number(request, page_of_items)
        localize_related(page_of_items.object_list, "topics", "shown_topics")
        return {"news": page_of_items}
