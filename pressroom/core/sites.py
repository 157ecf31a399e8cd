"""The site's public address: the default Site record follows `PRESSROOM_BASE_URL`, so the
links a page gives of itself (canonical, language versions, Open Graph, structured data,
sharing, calendar and contact files) name the address readers use."""

from urllib.parse import urlsplit

from django.conf import settings
from wagtail.models import Site

_DEFAULT_PORTS = {"http": 80, "https": 443}


def base_address(url: str | None = None) -> tuple[str, int]:
    """The host name and port of the public address."""
    parts = urlsplit(url or settings.WAGTAILADMIN_BASE_URL)
    if parts.scheme not in _DEFAULT_PORTS or not parts.hostname:
        raise ValueError(f"PRESSROOM_BASE_URL is not an http(s) address: {url!r}")
    return parts.hostname, parts.port or _DEFAULT_PORTS[parts.scheme]


def follow_base_url(url: str | None = None) -> Site | None:
    """Give the default site the public address; None when there is no site yet."""
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return None
    hostname, port = base_address(url)
    if (site.hostname, site.port) != (hostname, port):
        site.hostname, site.port = hostname, port
        site.save()
    return site
