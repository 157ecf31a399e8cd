"""Which requests the store answers, and how a stored response is served: the encoding the
reader accepts, validators, 304s and caching headers for a CDN in front.

These work on the WSGI environ (Django's `request.META` is the same dictionary), so the
front answers exactly as Django would have, without Django.
"""

import re
from email.utils import parsedate_to_datetime
from http import HTTPStatus
from urllib.parse import parse_qsl, urlencode

from django.conf import settings
from django.core.signals import setting_changed

from .store import ENCODINGS, Entry, variant_etag

# Query parameters of public listings (a page of results, a filter by slug); any other
# parameter, such as a search, is answered by Django each time.
ALLOWED_PARAMETERS = frozenset({"page", "topic", "type", "category", "country"})
_PARAMETER_VALUE = re.compile(r"[\w-]{1,64}", re.ASCII)
# Never stored whatever the response says: the admin, the editors' previews, files.
BYPASS_PREFIXES = ("/admin/", "/django-admin/", "/static/", "/uploads/", "/documents/", "/api/")

# Headers the store sets itself, or that must never be shared between readers.
_OWN_HEADERS = frozenset(
    {
        "content-length",
        "content-encoding",
        "etag",
        "last-modified",
        "cache-control",
        "vary",
        "date",
        "expires",
        "set-cookie",
    }
)
STATUS_LINES = {status.value: f"{status.value} {status.phrase}" for status in HTTPStatus}


_config: tuple | None = None


def _settings() -> tuple:
    """The settings the front reads on every request, looked up once."""
    global _config
    if _config is None:
        _config = (settings.SESSION_COOKIE_NAME + "=", settings.SECURE_PROXY_SSL_HEADER)
    return _config


def _forget_settings(**kwargs):
    global _config
    _config = None


setting_changed.connect(_forget_settings)


def request_key(environ) -> str | None:
    """The store's key for an anonymous GET or HEAD of a public address; None for anything
    that must reach Django (another method, a session, credentials, an unknown parameter)."""
    if environ.get("REQUEST_METHOD") not in ("GET", "HEAD"):
        return None
    if "HTTP_AUTHORIZATION" in environ:
        return None
    session_cookie, proxy = _settings()
    cookies = environ.get("HTTP_COOKIE")
    if cookies and any(part.strip().startswith(session_cookie) for part in cookies.split(";")):
        return None
    path = environ.get("PATH_INFO") or "/"
    if path.startswith(BYPASS_PREFIXES):
        return None
    query = environ.get("QUERY_STRING", "")
    if query:
        pairs = parse_qsl(query, keep_blank_values=True)
        if (
            not pairs
            or len({name for name, _value in pairs}) < len(pairs)
            or any(
                name not in ALLOWED_PARAMETERS or not _PARAMETER_VALUE.fullmatch(value)
                for name, value in pairs
            )
        ):
            return None
        query = "?" + urlencode(sorted(pairs))
    host = (environ.get("HTTP_HOST") or environ.get("SERVER_NAME", "")).lower()
    scheme = environ.get("wsgi.url_scheme", "http")
    if proxy and environ.get(proxy[0], "").split(",")[0].strip() == proxy[1]:
        scheme = "https"
    host = host.removesuffix(_DEFAULT_PORTS[scheme == "https"])
    return f"{scheme}://{host}{path}{query}"


_DEFAULT_PORTS = (":80", ":443")


def query_parameters(key: str) -> set[str]:
    """The names of the query parameters of a store key."""
    _address, _, query = key.partition("?")
    return {name for name, _value in parse_qsl(query, keep_blank_values=True)}


def stored_headers(headers) -> list[tuple[str, str]]:
    return [(name, value) for name, value in headers if name.lower() not in _OWN_HEADERS]


def cache_control() -> str:
    """Readers revalidate every time (a 304 when nothing changed); a CDN keeps a copy for
    `s-maxage` (longer when it is purged on every change), may serve it stale for a few
    seconds while it asks again, and for a day if pressroom cannot answer."""
    return (
        f"public, max-age=0, s-maxage={settings.PRESSROOM_CDN_MAX_AGE}, "
        "stale-while-revalidate=30, stale-if-error=86400"
    )


_accepted: dict[str, tuple[str, ...]] = {}


def _acceptable(header: str) -> tuple[str, ...]:
    """The encodings of ours an Accept-Encoding header allows, best first (cached: browsers
    send few different ones)."""
    found = _accepted.get(header)
    if found is not None:
        return found
    quality = {}
    for part in header.split(","):
        name, _, parameters = part.strip().partition(";")
        value = 1.0
        match = re.search(r"q=([0-9.]+)", parameters)
        if match:
            try:
                value = float(match.group(1))
            except ValueError:
                value = 0.0
        quality[name.strip().lower()] = value
    found = tuple(
        encoding
        for encoding in ENCODINGS
        if quality.get(encoding, quality.get("*", 0.0) if encoding == "gzip" else 0.0) > 0
    )
    if len(_accepted) < 1024:
        _accepted[header] = found
    return found


def accepted_encoding(header: str, available) -> str:
    for encoding in _acceptable(header):
        if encoding in available:
            return encoding
    return "identity"


def _not_modified(environ, entry: Entry) -> bool:
    condition = environ.get("HTTP_IF_NONE_MATCH")
    if condition is not None:
        if condition.strip() == "*":
            return True
        ours = {variant_etag(entry.etag, encoding) for encoding in entry.bodies}
        theirs = {tag.strip().removeprefix("W/") for tag in condition.split(",")}
        return bool(ours & theirs)
    since = environ.get("HTTP_IF_MODIFIED_SINCE")
    if since:
        try:
            return parsedate_to_datetime(since) >= parsedate_to_datetime(entry.last_modified)
        except (TypeError, ValueError):
            return False
    return False


def _prepare(entry: Entry, encoding: str):
    validators = [
        ("ETag", variant_etag(entry.etag, encoding)),
        ("Last-Modified", entry.last_modified),
        ("Cache-Control", cache_control()),
    ]
    if len(entry.bodies) > 1:
        validators.append(("Vary", "Accept-Encoding"))
    body = entry.bodies[encoding]
    headers = [*entry.headers, *validators, ("Content-Length", str(len(body)))]
    if encoding != "identity":
        headers.append(("Content-Encoding", encoding))
    prepared = entry.prepared[encoding] = (validators, headers, body)
    return prepared


def respond(entry: Entry, environ) -> tuple[int, list[tuple[str, str]], bytes]:
    """Status, headers and body of a stored response for this request."""
    encoding = accepted_encoding(environ.get("HTTP_ACCEPT_ENCODING", ""), entry.bodies)
    validators, headers, body = entry.prepared.get(encoding) or _prepare(entry, encoding)
    if ("HTTP_IF_NONE_MATCH" in environ or "HTTP_IF_MODIFIED_SINCE" in environ) and (
        _not_modified(environ, entry)
    ):
        return 304, list(validators), b""
    return entry.status, list(headers), b"" if environ.get("REQUEST_METHOD") == "HEAD" else body
