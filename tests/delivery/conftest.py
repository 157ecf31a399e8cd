"""The site as the one-command server runs it: the front in `pressroom.wsgi` before Django,
with a store of its own for each test."""

import gzip
import io
from dataclasses import dataclass

import brotli
import pytest
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished
from django.db import close_old_connections

from pressroom.delivery.delivery import get_store
from pressroom.delivery.front import Front


@dataclass
class Answer:
    status: int
    headers: dict[str, str]
    body: bytes

    @property
    def text(self) -> str:
        encoding = self.headers.get("Content-Encoding")
        if encoding == "br":
            return brotli.decompress(self.body).decode()
        if encoding == "gzip":
            return gzip.decompress(self.body).decode()
        return self.body.decode()


class CountingDjango:
    """Django's WSGI application, counting the requests that reach it."""

    def __init__(self):
        self.handler = WSGIHandler()
        self.requests = 0

    def __call__(self, environ, start_response):
        self.requests += 1
        return self.handler(environ, start_response)


class Reader:
    """Requests through the front, as a browser or a load generator makes them."""

    def __init__(self, front, django):
        self.front = front
        self.django = django

    def request(self, method, path, headers=None, query=""):
        path, _, query = path.partition("?") if not query else (path, "", query)
        environ = {
            "REQUEST_METHOD": method,
            "PATH_INFO": path,
            "QUERY_STRING": query,
            "SERVER_NAME": "localhost",
            "SERVER_PORT": "80",
            "SERVER_PROTOCOL": "HTTP/1.1",
            "HTTP_HOST": "localhost",
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
        started = {}

        def start_response(status, response_headers, exc_info=None):
            started["status"] = int(status.split()[0])
            started["headers"] = dict(response_headers)

        # As Django's test client does: the test's connection stays open between requests.
        request_finished.disconnect(close_old_connections)
        try:
            result = self.front(environ, start_response)
            try:
                body = b"".join(result)
            finally:
                if hasattr(result, "close"):
                    result.close()
        finally:
            request_finished.connect(close_old_connections)
        return Answer(started["status"], started["headers"], body)

    def get(self, path, **headers):
        return self.request("GET", path, {k.replace("_", "-"): v for k, v in headers.items()})


@pytest.fixture
def store(settings, tmp_path):
    settings.PRESSROOM_STORE = str(tmp_path / "store")
    return get_store()


@pytest.fixture
def reader(store, db):
    django = CountingDjango()
    return Reader(Front(django), django)


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """An editor's action, with what runs once its transaction is committed."""
    return lambda: django_capture_on_commit_callbacks(execute=True)
