"""Renders what the store does not have, records what the render read and stores it; sets
validators and caching headers, and answers conditional requests, on every public page."""

import time

from django.http import HttpResponse

from . import clock
from .dependencies import recording
from .http import request_key, respond, stored_headers
from .store import get_store, make_entry

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
        generation = store.generation() if store is not None and request.method == "GET" else None
        with recording() as tags:
            response = self.get_response(request)
        if not shareable(request, response):
            return response
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
