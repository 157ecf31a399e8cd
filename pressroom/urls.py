from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path, re_path
from django.views.static import serve
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from pressroom.api.urls import api
from pressroom.core.sitemaps import index as sitemap_index
from pressroom.core.sitemaps import sitemaps
from pressroom.core.views import choose_language, robots_txt
from pressroom.search.views import search_api

SITEMAPS = sitemaps()

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("api/v2/search/", search_api, name="search-api"),
    path("api/v2/", api.urls),
    path("documents/", include(wagtaildocs_urls)),
    path(
        "sitemap.xml",
        sitemap_index,
        {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap-language"},
        name="sitemap-index",
    ),
    path(
        "sitemap-<section>.xml",
        sitemap_views.sitemap,
        {"sitemaps": SITEMAPS},
        name="sitemap-language",
    ),
    path("robots.txt", robots_txt, name="robots-txt"),
    path("language/<str:code>/", choose_language, name="choose-language"),
]

if settings.SERVE_MEDIA:
    urlpatterns += [
        re_path(
            r"^{}(?P<path>.*)$".format(settings.MEDIA_URL.lstrip("/")),
            serve,
            {"document_root": settings.MEDIA_ROOT},
        )
    ]

urlpatterns += i18n_patterns(
    path("", include("pressroom.feeds.urls")),
    path("", include("pressroom.embargo.urls")),
    path("", include("pressroom.alerts.urls")),
    path("", include("pressroom.search.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler500 = "pressroom.core.database.server_error"
