"""Renders what the store does not have, records what the render read and stores it; sets
validators and caching headers, and answers conditional requests, on every public page."""

import time
from contextlib import suppress

from django.conf import settings
from django.core.signals import setting_changed
from django.db.models.signals import post_delete, post_save
from django.http import HttpResponse
from django.http.request import split_domain_port
from wagtail.models import Site

from . import clock
from .dependencies import recording, recording_parameters
from .http import query_parameters, request_key, respond, stored_headers
from .store import STORE_ERRORS, get_store, make_entry

# The views whose responses are stored: their reads are all recorded (pages, listings,
# snippets), so a change finds them. Search and the read API depend on more than that and
# are answered by Django each time.
STORED_VIEWS = frozenset(
    {
        "wagtail_serve",
        "feeds",
        "events-calendar",
        "topic-events-calendar",
        "feed-rss",
        "feed-atom",
        "topic-feed-rss",
        "topic-feed-atom",
        "sitemap-index",
        "sitemap-language",
        "robots-txt",
    }
)
_PERSONAL_CACHE_CONTROL = ("private", "no-store", "no-cache")


class DeliveryMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        key = request_key(request.META)
        if key is None:
            return self.get_response(request)
        store = get_store()
        if store is not None:
            clock.apply_due_changes(store)
        generation = None
        if store is not None and request.method == "GET":
            with suppress(*STORE_ERRORS):  # rendered, not stored
                generation = store.generation()
        with recording() as tags, recording_parameters() as understood:
            response = self.get_response(request)
        if not shareable(request, response):
            return response
        if not query_parameters(key) <= understood or not known_host(request):
            return response  # a made-up value or address: rendered, never stored
        headers = stored_headers(response.items())
        content_type = response.get("Content-Type", "")
        if store is not None:
            entry = store.put(
                key,
                request.build_absolute_uri(),
                response.status_code,
                headers,
                response.content,
                content_type,
                tags,
                generation,
            )
        else:
            entry = make_entry(
                response.status_code, headers, response.content, content_type, time.time()
            )
        status, headers, body = respond(entry, request.META)
        shared = HttpResponse(body, status=status)
        del shared["Content-Type"]
        for name, value in headers:
            shared[name] = value
        return shared


def shareable(request, response) -> bool:
    """A response the same for every reader: a 200 of a stored view that sets no cookie,
    varies on nothing personal and is not marked private."""
    match = request.resolver_match
    if match is None or match.url_name not in STORED_VIEWS:
        return False
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if getattr(request, "is_preview", False):
        return False
    vary = {part.strip().lower() for part in response.get("Vary", "").split(",") if part.strip()}
    if vary - {"accept-encoding"}:
        return False
    control = response.get("Cache-Control", "").lower()
    return not any(word in control for word in _PERSONAL_CACHE_CONTROL)


_known_hosts: tuple[frozenset, frozenset] | None = None


def _hosts() -> tuple[frozenset, frozenset]:
    """The host names of the site (its Wagtail sites and the exact names of
    `ALLOWED_HOSTS`), and the (name, port) pairs of its sites."""
    global _known_hosts
    if _known_hosts is None:
        sites = set(Site.objects.values_list("hostname", "port"))
        names = {name.lower() for name, _port in sites}
        names.update(
            host.lower()
            for host in settings.ALLOWED_HOSTS
            if host != "*" and not host.startswith(".")
        )
        _known_hosts = (frozenset(names), frozenset((n.lower(), str(p)) for n, p in sites))
    return _known_hosts


def _forget_hosts(**kwargs):
    global _known_hosts
    _known_hosts = None


post_save.connect(_forget_hosts, sender=Site, dispatch_uid="pressroom-delivery-hosts")
post_delete.connect(_forget_hosts, sender=Site, dispatch_uid="pressroom-delivery-hosts-deleted")
setting_changed.connect(_forget_hosts, dispatch_uid="pressroom-delivery-hosts-settings")


def known_host(request) -> bool:
    """A host of the site, on the port the request came to or one of its sites: each other
    spelling (a port made up) would be a copy of every page."""
    name, port = split_domain_port(request.META.get("HTTP_HOST") or "")
    if not name:
        name, port = request.META.get("SERVER_NAME", "").lower(), ""
    names, ports = _hosts()
    if name not in names:
        return False
    default = "443" if request.is_secure() else "80"
    return port in ("", default, request.META.get("SERVER_PORT")) or (name, port) in ports
