"""One sitemap per language, listing the pages really written in it, each with its real
translations as hreflang alternates and the language-negotiating address as x-default."""

from collections import defaultdict

from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps import views as sitemap_views
from wagtail.models import Page

from pressroom.delivery.dependencies import record_listing
from pressroom.press.embargo import exclude_embargoed

from .locales import content_language_codes


def _published():
    record_listing(Page)
    pages = Page.objects.live().public().filter(depth__gt=1, alias_of__isnull=True)
    return exclude_embargoed(pages)


def _path(page) -> str:
    return page.get_url_parts()[2]


class LanguageSitemap(Sitemap):
    limit = 5000

    def __init__(self, language: str):
        self.language = language

    def items(self):
        return _published().filter(locale__language_code=self.language).order_by("path")

    def location(self, page):
        return _path(page)

    def lastmod(self, page):
        return page.last_published_at

    def get_urls(self, page=1, site=None, protocol=None):
        urls = super().get_urls(page=page, site=site, protocol=protocol)
        root = f"{self.get_protocol(protocol)}://{self.get_domain(site)}"
        versions = defaultdict(list)
        keys = {url["item"].translation_key for url in urls}
        for version in _published().filter(translation_key__in=keys).select_related("locale"):
            versions[version.translation_key].append((version.locale.language_code, version))
        for url in urls:
            item = url["item"]
            url["alternates"] = [
                {"lang_code": code, "location": root + _path(version)}
                for code, version in sorted(versions[item.translation_key])
            ]
            negotiated = "/" + _path(item).lstrip("/").partition("/")[2]
            url["alternates"].append({"lang_code": "x-default", "location": root + negotiated})
        return urls


def sitemaps() -> dict[str, LanguageSitemap]:
    return {code: LanguageSitemap(code) for code in content_language_codes()}


def index(request, sitemaps, **kwargs):
    """The sitemap index, naming only the languages with pages written in them."""
    written = set(_published().values_list("locale__language_code", flat=True).distinct())
    kept = {code: sitemap for code, sitemap in sitemaps.items() if code in written}
    return sitemap_views.index(request, kept, **kwargs)
