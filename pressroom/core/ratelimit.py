"""Per-client rate limits for the public forms and links that could be abused.

Counts live in the `ratelimit` cache, a table of the database, shared by every app server
process. A client is its IP address, from REMOTE_ADDR, or from
X-Forwarded-For when the server is told to trust its proxy (PRESSROOM_TRUSTED_PROXY_COUNT)."""

import hashlib
from functools import wraps

from django.conf import settings
from django.core.cache import caches
from django.shortcuts import render
from django.utils.translation import gettext as _


def client_address(request) -> str:
    proxies = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    forwarded = request.headers.get("X-Forwarded-For", "")
    if proxies and forwarded:
        hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
        if len(hops) >= proxies:
            return hops[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def hit(scope: str, request, *, limit: int, period: int) -> bool:
    """Count one request of this client in `scope`; False once it is over the limit."""
    client = hashlib.sha256(client_address(request).encode()).hexdigest()[:32]
    key = f"{scope}:{client}"
    cache = caches["ratelimit"]
    if cache.add(key, 1, timeout=period):
        return True
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, timeout=period)
        return True
    return count <= limit


def too_many_requests(request, *, retry_after: int = 300):
    response = render(
        request,
        "core/too_many_requests.html",
        {
            "message": _(
                "Too many requests from your connection. Please wait a few minutes and try again."
            )
        },
        status=429,
    )
    response["Retry-After"] = str(retry_after)
    return response


def rate_limited(scope: str, *, limit: int, period: int):
    """Answer 429, in the reader's language, to a client over `limit` requests in `period`
    seconds."""

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if not hit(scope, request, limit=limit, period=period):
                return too_many_requests(request)
            return view(request, *args, **kwargs)

        return wrapped

    return decorator
