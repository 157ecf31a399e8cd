"""The WSGI application in front of Django: a stored response is served from its files,
with no view, no middleware and no database; anything else goes on to Django."""

import time

from .delivery import get_store
from .http import STATUS_LINES, request_key, respond


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
            if key is not None and time.time() < store.next_change():
                entry = store.get(key)
                if entry is not None:
                    status, headers, body = respond(entry, environ)
                    start_response(STATUS_LINES[status], headers)
                    return [body]
        return self.application(environ, start_response)
