"""The site as the one-command server runs it: the front in `pressroom.wsgi` before Django,
with a store of its own for each test."""

import gzip
from dataclasses import dataclass

import brotli
import pytest
from django.core.handlers.wsgi import WSGIHandler
from django.utils.datastructures import CaseInsensitiveMapping

from pressroom.delivery.front import Front, call
from pressroom.delivery.store import get_store


@dataclass
class Answer:
    status: int
    headers: CaseInsensitiveMapping
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

    def request(self, method, path, headers=None):
        path, _, query = path.partition("?")
        status, response_headers, body, _environ = call(
            self.front, method, path, "localhost", query, headers
        )
        return Answer(status, CaseInsensitiveMapping(response_headers), body)

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
