"""The WSGI application in front of Django: a stored response is served from its files,
with no view, no middleware and no database; anything else goes on to Django."""

import io
import time

from django.core.signals import request_finished, request_started
from django.db import close_old_connections

from .http import STATUS_LINES, request_key, respond
from .store import get_store


class Front:
    def __init__(self, application):
        self.application = application
        self._store = None

    def __call__(self, environ, start_response):
        store = self._store or get_store()
        if store is not None:
            self._store = store
            key = request_key(environ)
            # Past the next change by the clock, Django applies it before answering.
            now = time.time()
            if key is not None and now < store.next_change():
                entry = store.get(key, now)
                if entry is not None:
                    status, headers, body = respond(entry, environ)
                    start_response(STATUS_LINES[status], headers)
                    return [body]
        return self.application(environ, start_response)


def call(application, method: str, path: str, host: str, query: str = "", headers=None):
    """Ask a WSGI application for one address, in this process, as a server would: the
    status, the headers (names in lower case), the body and the environ of the request.

    As in Django's test client, the caller's database connection is left open: Django
    would close it at the start and the end of the request, in the middle of the caller's
    work (an export, a test's transaction)."""
    environ = {
        "REQUEST_METHOD": method,
        "PATH_INFO": path,
        "QUERY_STRING": query,
        "SERVER_NAME": host.split(":")[0],
        "SERVER_PORT": "80",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "HTTP_HOST": host,
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(),
        "wsgi.errors": io.StringIO(),
        "wsgi.version": (1, 0),
        "wsgi.multithread": False,
        "wsgi.multiprocess": True,
        "wsgi.run_once": False,
    }
    for name, value in (headers or {}).items():
        environ["HTTP_" + name.upper().replace("-", "_")] = value
    answer = {}

    def start_response(status, response_headers, exc_info=None):
        answer["status"] = int(status.split()[0])
        answer["headers"] = {name.lower(): value for name, value in response_headers}

    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        result = application(environ, start_response)
        try:
            body = b"".join(result)
        finally:
            if hasattr(result, "close"):
                result.close()
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)
    return answer["status"], answer["headers"], body, environ
