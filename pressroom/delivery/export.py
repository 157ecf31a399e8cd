"""The public site as files, for a plain web server or object storage.

The export reads the site as a reader would, through the front (so what the store holds is
not rendered again), from the home page of every language, the sitemaps and robots.txt,
following every link, feed and image on the site. What it writes is what the store would
serve to anyone: public responses (`Cache-Control: public`); forms, searches and other
personal pages are not files. `/bg/cohesion/` is written as `bg/cohesion/index.html`, with
`.gz` and `.br` beside every compressible file for `gzip_static` and `brotli_static`.

A manifest in the folder (`.pressroom-export.json`) keeps what was written and when. With
`--since` only what changed is written: files that are new, whose bytes differ from the
last export's, or that the store saw change after the moment; the files of pages that are
gone are removed.
"""

import gzip
import json
import mimetypes
import re
import time
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import brotli
from django.conf import settings
from django.core.exceptions import SuspiciousFileOperation
from django.core.files.storage import default_storage
from django.core.handlers.wsgi import WSGIHandler

from pressroom.core.locales import content_language_codes

from .front import Front, call
from .http import request_key
from .store import COMPRESS_FROM, compressible, etag_of, get_store

MANIFEST = ".pressroom-export.json"
_CSS_URL = re.compile(r"url\(\s*['\"]?([^'\")]+)['\"]?\s*\)")
_SKIP = ("/admin/", "/api/", "/documents/", "/django-admin/")


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        for name in ("href", "src", "poster"):
            if attributes.get(name):
                self.links.append(attributes[name])
        for candidate in (attributes.get("srcset") or "").split(","):
            if candidate.strip():
                self.links.append(candidate.split()[0])


@dataclass
class Report:
    written: list[str] = field(default_factory=list)
    unchanged: int = 0
    removed: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # personal or not found


# The index file of an address ending in "/" that is not a page (a vCard, an event's
# calendar), so that the web server gives it its type.
INDEX_FILES = {"text/calendar": "index.ics", "text/vcard": "index.vcf", "text/x-vcard": "index.vcf"}


def file_for(path: str, content_type: str = "text/html") -> str:
    """`/bg/cohesion/` -> `bg/cohesion/index.html`; `/bg/feeds/all.rss` as it is."""
    relative = path.lstrip("/")
    if not relative or relative.endswith("/"):
        relative += INDEX_FILES.get(content_type.split(";")[0].strip(), "index.html")
    return relative


class Exporter:
    def __init__(
        self, folder, host: str, since: float | None = None, languages=None, progress=None
    ):
        self.folder = Path(folder)
        self.host = host
        self.since = since
        self.languages = list(languages or content_language_codes())
        self._prefixes = (
            "/static/",
            settings.MEDIA_URL,
            *(f"/{code}/" for code in self.languages),
            *(f"/sitemap-{code}.xml" for code in self.languages),
        )
        self.progress = progress or (lambda message: None)
        self.front = Front(WSGIHandler())
        self.store = get_store()

    def _get(self, path: str):
        status, headers, body, environ = call(self.front, "GET", path, self.host)
        return status, headers, body, request_key(environ)

    def _upload(self, path: str):
        """An uploaded file (an image rendition), read from the storage it is kept in."""
        name = unquote(path.removeprefix(settings.MEDIA_URL))
        try:
            with default_storage.open(name) as file:
                body = file.read()
        except (FileNotFoundError, OSError, SuspiciousFileOperation):
            return 404, {}, b"", None
        content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
        return 200, {"content-type": content_type}, body, None

    def run(self) -> Report:
        self.folder.mkdir(parents=True, exist_ok=True)
        manifest_path = self.folder / MANIFEST
        previous = json.loads(manifest_path.read_text()) if manifest_path.exists() else {}
        old_files = previous.get("files", {})
        started = time.time()
        report = Report()
        files = {}
        queue = ["/robots.txt", "/sitemap.xml"] + [f"/{code}/" for code in self.languages]
        seen = set(queue)
        while queue:
            path = queue.pop(0)
            status, headers, body, key = (
                self._upload(path) if path.startswith(settings.MEDIA_URL) else self._get(path)
            )
            if status != 200:
                report.skipped.append(path)
                continue
            content_type = headers.get("content-type", "")
            public = path.startswith(("/static/", settings.MEDIA_URL)) or headers.get(
                "cache-control", ""
            ).startswith("public")
            if not public:
                report.skipped.append(path)
                continue
            for link in self._links(path, content_type, body):
                if link not in seen:
                    seen.add(link)
                    queue.append(link)
            name = file_for(path, content_type)
            etag = etag_of(body)
            files[name] = etag
            if self._unchanged(name, etag, key, old_files):
                report.unchanged += 1
                continue
            self._write(name, body, content_type)
            report.written.append(name)
            if len(report.written) % 100 == 0:
                self.progress(f"{len(report.written)} files written, {len(queue)} to go")
        for name in sorted(set(old_files) - set(files)):
            for suffix in ("", ".gz", ".br"):
                (self.folder / (name + suffix)).unlink(missing_ok=True)
            report.removed.append(name)
        manifest_path.write_text(json.dumps({"exported_at": started, "files": files}, indent=0))
        return report

    def _unchanged(self, name, etag, key, old_files) -> bool:
        """With --since: the folder already holds these bytes, and the store does not know
        of a change after the moment."""
        if self.since is None or old_files.get(name) != etag or not (self.folder / name).exists():
            return False
        if self.store is not None and key is not None:
            changed_at = self.store.changed_at(key)
            return changed_at is None or changed_at <= self.since
        return True

    def _write(self, name: str, body: bytes, content_type: str) -> None:
        target = self.folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(body)
        for suffix in (".gz", ".br"):
            (self.folder / (name + suffix)).unlink(missing_ok=True)
        if len(body) >= COMPRESS_FROM and compressible(content_type):
            (self.folder / (name + ".gz")).write_bytes(gzip.compress(body, 9, mtime=0))
            (self.folder / (name + ".br")).write_bytes(brotli.compress(body, quality=11))

    def _links(self, path: str, content_type: str, body: bytes):
        """Addresses on this site that the response links to."""
        if content_type.startswith("text/html"):
            parser = _Links()
            parser.feed(body.decode("utf-8", "replace"))
            candidates = parser.links
        elif content_type.startswith("text/css"):
            candidates = _CSS_URL.findall(body.decode("utf-8", "replace"))
        elif "xml" in content_type:
            candidates = re.findall(r"<(?:loc|link)>([^<]+)</", body.decode("utf-8", "replace"))
            candidates += re.findall(r'href="([^"]+)"', body.decode("utf-8", "replace"))
        else:
            return []
        links = []
        for candidate in candidates:
            parts = urlsplit(urljoin(f"http://{self.host}{path}", candidate.strip()))
            if parts.netloc != self.host or parts.query or not parts.path.startswith("/"):
                continue
            if parts.path.startswith(_SKIP) or not parts.path.startswith(self._prefixes):
                continue
            links.append(parts.path)
        return links
