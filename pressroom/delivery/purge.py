"""Purge requests to a frontend cache (Varnish, a CDN), through Wagtail's frontend-cache
module, for the URLs the store dropped; configured by `FRONTEND_CACHE_URL`."""

from django.conf import settings


def purge(urls) -> None:
    if getattr(settings, "WAGTAILFRONTENDCACHE", None):
        from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

        purge_urls_from_cache(sorted(urls))
