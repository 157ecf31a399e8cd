"""The store of rendered responses.

Each response is a few files a front can read with neither Django nor the database: its
headers as JSON, and its body as it is, gzipped and in brotli. Beside them an index (its own
SQLite file, whatever database the site uses) keeps what each response was rendered from,
as tags, so that a change drops exactly the responses that show it.

Writes and drops take the index's write lock, and every drop moves a generation counter
on: a render that began before a drop is not stored, since it may have read what the drop
was about. The generation and the moment of the next change by the clock are also kept in
a 16-byte file every process maps into memory: a front serving a response it has already
read makes no system call at all, and looks at the files again only when the generation
has moved (something was dropped).

A full or failing disk never turns a rendered page into an error: a response that could not
be stored is served all the same, and a drop that could not be written marks the store
"purge pending" in the shared file (which needs no new disk space), so that nothing is
served from the store until everything has been dropped (`recover`). The store is bounded
(`max_bytes`): past it, the entries least recently used are evicted, the front recording a
use in the access time of an entry's file at most once a minute.
"""

import gzip
import hashlib
import json
import logging
import mmap
import os
import sqlite3
import struct
import tempfile
import threading
import time
from collections.abc import Iterable
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from email.utils import formatdate
from pathlib import Path

import brotli
from django.core.signals import setting_changed

# Content types worth compressing, and the size under which it does not pay.
COMPRESSIBLE = (
    "text/",
    "application/json",
    "application/xml",
    "application/rss+xml",
    "application/atom+xml",
    "image/svg+xml",
)
COMPRESS_FROM = 512
ENCODINGS = ("br", "gzip")  # in order of preference
NO_CHANGE_PENDING = float("inf")
# In place of the next change by the clock: a drop could not be written, so nothing stored
# may be served (the front hands every request to Django) until everything is dropped.
PURGE_PENDING = -1.0
TOUCH_EVERY = 60  # seconds between two records of a use of an entry, per process
EVICT_TO = 0.9  # of the limit: an eviction makes room for many entries, not one
STORE_ERRORS = (OSError, sqlite3.Error)  # a full disk, a quota, a read-only or failing disk
logger = logging.getLogger(__name__)
_SHARED = struct.Struct("<dQ")  # the next change by the clock (Unix time), the generation

_SCHEMA = """
CREATE TABLE IF NOT EXISTS state (name TEXT PRIMARY KEY, value REAL NOT NULL);
CREATE TABLE IF NOT EXISTS entries (
    key TEXT PRIMARY KEY,
    url TEXT NOT NULL,
    etag TEXT NOT NULL,
    changed_at REAL NOT NULL,  -- when these bytes were first rendered
    stored INTEGER NOT NULL,   -- 0 once dropped: the row stays for changed_at
    size INTEGER NOT NULL DEFAULT 0  -- bytes of its files
);
CREATE TABLE IF NOT EXISTS tags (tag TEXT NOT NULL, key TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS tags_by_tag ON tags (tag);
CREATE INDEX IF NOT EXISTS tags_by_key ON tags (key);
INSERT OR IGNORE INTO state VALUES ('generation', 0), ('changes_applied_at', 0);
"""


@dataclass(frozen=True)
class Entry:
    """A stored response: status, headers and the body in each encoding."""

    status: int
    headers: list[tuple[str, str]]
    etag: str  # of the body as it is, quoted; a compressed variant adds its encoding
    last_modified: str
    bodies: dict[str, bytes]  # "identity", and "br" and "gzip" where compressing pays
    # The headers of each encoding, worked out once per process (`http.respond`).
    prepared: dict = field(default_factory=dict, compare=False, repr=False)


def compressible(content_type: str) -> bool:
    return content_type.startswith(COMPRESSIBLE)


def make_entry(status, headers, body: bytes, content_type: str, changed_at: float) -> Entry:
    bodies = {"identity": body}
    if len(body) >= COMPRESS_FROM and compressible(content_type):
        bodies["br"] = brotli.compress(body, quality=9, mode=brotli.MODE_TEXT)
        bodies["gzip"] = gzip.compress(body, compresslevel=9, mtime=0)
    return Entry(
        status=status,
        headers=headers,
        etag=etag_of(body),
        last_modified=formatdate(changed_at, usegmt=True),
        bodies=bodies,
    )


def etag_of(body: bytes) -> str:
    return '"' + hashlib.blake2b(body, digest_size=12).hexdigest() + '"'


def variant_etag(etag: str, encoding: str) -> str:
    return etag if encoding == "identity" else etag[:-1] + "-" + encoding + '"'


class Store:
    def __init__(self, root, max_bytes: int | None = None):
        self.root = Path(root)
        self.max_bytes = max_bytes
        self.objects = self.root / "objects"
        self.objects.mkdir(parents=True, exist_ok=True)
        self._meta_paths: dict[str, tuple[str, str]] = {}
        self._local = threading.local()
        self._cache: dict[str, tuple[int, tuple[int, int], Entry]] = {}
        self._touched: dict[str, float] = {}
        self._failing = False
        db = self._db()
        db.executescript(_SCHEMA)
        if "size" not in {column[1] for column in db.execute("PRAGMA table_info(entries)")}:
            db.execute("ALTER TABLE entries ADD COLUMN size INTEGER NOT NULL DEFAULT 0")
        self._shared = self._map_shared()

    # -- reading, for the front: files only --------------------------------------------

    def _paths(self, key: str) -> tuple[Path, str]:
        digest = hashlib.blake2b(key.encode(), digest_size=16).hexdigest()
        return self.objects / digest[:2], digest

    def _map_shared(self) -> mmap.mmap:
        path = self.root / "shared"
        if not path.exists():
            # The first request works out the next change; linked whole, so that no process
            # ever maps the file before its 16 bytes are there.
            handle, temporary = tempfile.mkstemp(dir=self.root, prefix=".tmp-")
            os.write(handle, _SHARED.pack(0.0, 0))
            os.close(handle)
            with suppress(FileExistsError):
                os.link(temporary, path)
            os.unlink(temporary)
        with open(path, "r+b") as file:
            return mmap.mmap(file.fileno(), _SHARED.size)

    def get(self, key: str, now: float | None = None) -> Entry | None:
        generation = _SHARED.unpack_from(self._shared, 0)[1]
        cached = self._cache.get(key)
        if cached is not None and cached[0] == generation:
            if now is not None and now - self._touched.get(key, 0.0) >= TOUCH_EVERY:
                self._touch(key, now)
            return cached[2]
        paths = self._meta_paths.get(key)
        if paths is None:
            folder, digest = self._paths(key)
            paths = (str(folder), f"{folder}/{digest}.json")
            if len(self._meta_paths) >= 65536:
                self._meta_paths.clear()
            self._meta_paths[key] = paths
        folder, meta = paths
        try:
            status = os.stat(meta)
        except FileNotFoundError:
            return None
        version = (status.st_ino, status.st_mtime_ns)
        if cached is not None and cached[1] == version:
            self._cache[key] = (generation, version, cached[2])
            return cached[2]
        try:
            with open(meta, "rb") as file:
                data = json.loads(file.read())
            bodies = {}
            for encoding, name in data["files"].items():
                with open(f"{folder}/{name}", "rb") as file:
                    bodies[encoding] = file.read()
        except (FileNotFoundError, ValueError):  # dropped or replaced while being read
            return None
        entry = Entry(
            status=data["status"],
            headers=[tuple(header) for header in data["headers"]],
            etag=data["etag"],
            last_modified=data["last_modified"],
            bodies=bodies,
        )
        if len(self._cache) >= 2048:
            self._cache.clear()
        self._cache[key] = (generation, version, entry)
        if now is not None:
            self._touch(key, now)
        return entry

    def _touch(self, key: str, now: float) -> None:
        """Record a use for the eviction: the access time of the entry's metadata, set
        whatever the mount options say about access times; its modification time, which
        tells the version of the entry, stays."""
        if len(self._touched) >= 65536:
            self._touched.clear()
        self._touched[key] = now
        folder, digest = self._paths(key)
        meta = folder / (digest + ".json")
        with suppress(OSError):
            os.utime(meta, ns=(int(now * 1e9), os.stat(meta).st_mtime_ns))

    def next_change(self) -> float:
        """When something stored may change by the clock alone (an embargo ends, an event
        passes), as a Unix time, the same for every process."""
        return _SHARED.unpack_from(self._shared, 0)[0]

    # -- the index ---------------------------------------------------------------------

    def _db(self) -> sqlite3.Connection:
        db = getattr(self._local, "db", None)
        if db is None:
            db = sqlite3.connect(self.root / "index.sqlite3", timeout=30, isolation_level=None)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            self._local.db = db
        return db

    @contextmanager
    def _write(self):
        db = self._db()
        db.execute("BEGIN IMMEDIATE")
        try:
            yield db
            db.execute("COMMIT")
        except BaseException:
            # Also when the commit itself failed (a full disk): never leave the write lock held.
            if db.in_transaction:
                with suppress(sqlite3.Error):
                    db.execute("ROLLBACK")
            raise

    def _state(self, db, name: str) -> float:
        return db.execute("SELECT value FROM state WHERE name = ?", (name,)).fetchone()[0]

    def generation(self) -> int:
        return int(self._state(self._db(), "generation"))

    def changed_at(self, key: str) -> float | None:
        row = self._db().execute("SELECT changed_at FROM entries WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def entries(self, stored_only=True) -> list[tuple[str, str, float]]:
        """(key, url, changed_at) of what the index knows, stored or dropped since."""
        query = "SELECT key, url, changed_at FROM entries"
        if stored_only:
            query += " WHERE stored = 1"
        return list(self._db().execute(query))

    # -- writing -----------------------------------------------------------------------

    def put(self, key, url, status, headers, body, content_type, tags, generation) -> Entry | None:
        """Store a response rendered from `tags`, unless something was dropped since the
        render began (its `generation`); the entry as served either way."""
        now = time.time()
        entry = None
        written = False
        try:
            with self._write() as db:
                row = db.execute("SELECT etag, changed_at FROM entries WHERE key = ?", (key,))
                previous = row.fetchone()
                changed_at = previous[1] if previous and previous[0] == etag_of(body) else now
                entry = make_entry(status, headers, body, content_type, changed_at)
                if generation is None or self._state(db, "generation") != generation:
                    return entry
                if self.purge_pending():
                    return entry
                written = True
                size = self._write_files(key, entry)
                db.execute(
                    "INSERT OR REPLACE INTO entries VALUES (?, ?, ?, ?, 1, ?)",
                    (key, url, entry.etag, changed_at, size),
                )
                db.execute("DELETE FROM tags WHERE key = ?", (key,))
                db.executemany("INSERT INTO tags VALUES (?, ?)", ((tag, key) for tag in tags))
                if self.max_bytes is not None:
                    self._evict(db)
        except STORE_ERRORS as error:
            if written:  # the files of an entry the index does not know would never drop
                self._remove_files(key)
            self._failed("could not keep %s (%s): served uncached", url, error)
            if entry is None:
                entry = make_entry(status, headers, body, content_type, now)
            return entry
        self._succeeded()
        return entry

    def _failed(self, message: str, subject: str, error: Exception) -> None:
        """One line when writing starts failing, none for each failure after it."""
        if not self._failing:
            self._failing = True
            logger.warning(
                "The store " + message + " (further failures are not logged)", subject, error
            )

    def _succeeded(self) -> None:
        if self._failing:
            self._failing = False
            logger.warning("The store of rendered responses writes again")

    def _remove_files(self, key: str) -> None:
        folder, digest = self._paths(key)
        with suppress(OSError):
            for old in folder.glob(digest + ".*"):
                old.unlink(missing_ok=True)

    def _evict(self, db) -> None:
        """Past the limit, drop the entries least recently used down to `EVICT_TO` of it:
        once in a while, so that each write pays a sum over the index and no more."""
        total = db.execute("SELECT COALESCE(SUM(size), 0) FROM entries WHERE stored = 1")
        total = total.fetchone()[0]
        if total <= self.max_bytes:
            return
        used = []
        for key, size in db.execute("SELECT key, size FROM entries WHERE stored = 1"):
            folder, digest = self._paths(key)
            try:
                used.append((os.stat(folder / (digest + ".json")).st_atime, key, size))
            except FileNotFoundError:
                used.append((0.0, key, size))
        used.sort()
        evicted = set()
        for _used_at, key, size in used:
            if total <= self.max_bytes * EVICT_TO:
                break
            evicted.add(key)
            total -= size
        self._drop_keys(db, evicted)

    def _write_files(self, key: str, entry: Entry) -> int:
        folder, digest = self._paths(key)
        folder.mkdir(exist_ok=True)
        stem = digest + "." + entry.etag.strip('"')
        files = {}
        size = 0
        for encoding, body in entry.bodies.items():
            files[encoding] = f"{stem}.{encoding}"
            _atomic_write(folder / files[encoding], body)
            size += len(body)
        meta = {
            "status": entry.status,
            "headers": entry.headers,
            "etag": entry.etag,
            "last_modified": entry.last_modified,
            "files": files,
        }
        meta = json.dumps(meta).encode()
        _atomic_write(folder / (digest + ".json"), meta)
        for old in folder.glob(digest + ".*"):
            if old.name != digest + ".json" and not old.name.startswith(stem + "."):
                old.unlink(missing_ok=True)
        return size + len(meta)

    def drop(self, tags: Iterable[str]) -> list[str]:
        """Drop every response rendered from any of the tags; their URLs. When the drop
        cannot be written, nothing stored is served until `recover` has dropped everything."""
        tags = sorted(set(tags))
        try:
            with self._write() as db:
                db.execute("UPDATE state SET value = value + 1 WHERE name = 'generation'")
                keys = set()
                for tag in tags:
                    keys.update(
                        key for (key,) in db.execute("SELECT key FROM tags WHERE tag = ?", (tag,))
                    )
                urls = self._drop_keys(db, keys)
        except STORE_ERRORS as error:
            self._shared[0:8] = struct.pack("<d", PURGE_PENDING)
            self._failed(
                "could not drop %s (%s): nothing stored is served until everything is dropped",
                ", ".join(tags[:5]),
                error,
            )
            return []
        self._succeeded()
        return urls

    def drop_all(self) -> list[str]:
        with self._write() as db:
            db.execute("UPDATE state SET value = value + 1 WHERE name = 'generation'")
            keys = {key for (key,) in db.execute("SELECT key FROM entries WHERE stored = 1")}
            return self._drop_keys(db, keys)

    def purge_pending(self) -> bool:
        return self.next_change() == PURGE_PENDING

    def recover(self) -> list[str] | None:
        """After a drop that could not be written, drop everything (the URLs), and let the
        changes by the clock be worked out again; None while the disk still fails."""
        try:
            with self._write() as db:
                db.execute("UPDATE state SET value = value + 1 WHERE name = 'generation'")
                keys = {key for (key,) in db.execute("SELECT key FROM entries WHERE stored = 1")}
                urls = self._drop_keys(db, keys)
                self._shared[0:8] = struct.pack("<d", 0.0)  # due: worked out at once
        except STORE_ERRORS as error:
            self._failed("could not drop %s (%s): tried again next", "everything", error)
            return None
        self._succeeded()
        logger.warning("The store dropped every response after a drop it could not write")
        return urls

    def _drop_keys(self, db, keys) -> list[str]:
        urls = []
        for key in keys:
            folder, digest = self._paths(key)
            (folder / (digest + ".json")).unlink(missing_ok=True)
            for old in folder.glob(digest + ".*"):
                old.unlink(missing_ok=True)
            self._touched.pop(key, None)
            db.execute("DELETE FROM tags WHERE key = ?", (key,))
            row = db.execute("UPDATE entries SET stored = 0 WHERE key = ? RETURNING url", (key,))
            urls.extend(url for (url,) in row)
        self._publish_generation(db)
        return sorted(urls)

    # -- changes by the clock ----------------------------------------------------------

    def changes_applied_at(self) -> float:
        return self._state(self._db(), "changes_applied_at")

    def mark_changes_applied(self, applied_at: float, next_change) -> None:
        """Record that the changes by the clock are applied up to `applied_at`; the next one
        is worked out (`next_change()`) under the write lock, so that an event published
        meanwhile, which brings it forward under the same lock, is never overwritten."""
        try:
            with self._write() as db:
                db.execute(
                    "UPDATE state SET value = ? WHERE name = 'changes_applied_at'", (applied_at,)
                )
                self._publish_next_change(next_change())
        except STORE_ERRORS as error:  # the next request tries again
            self._failed("could not record %s (%s)", "the changes by the clock", error)

    def set_next_change(self, moment: float) -> None:
        """Bring the next change forward (a new embargo, a new event), never back."""
        try:
            with self._write():
                if moment < self.next_change():
                    self._publish_next_change(moment)
        except STORE_ERRORS as error:
            # Past it already: the next request works the next change out again.
            self._shared[0:8] = struct.pack("<d", min(moment, self.next_change()))
            self._failed("could not record %s (%s)", "the next change by the clock", error)

    def _publish_next_change(self, moment: float) -> None:
        if not self.purge_pending():  # only `recover` ends it
            self._shared[0:8] = struct.pack("<d", moment)

    def _publish_generation(self, db) -> None:
        """After the files are gone: a front that sees the new generation finds them gone."""
        generation = int(self._state(db, "generation"))
        self._shared[8:16] = struct.pack("<Q", generation)


def _atomic_write(path: Path, data: bytes) -> None:
    """The file whole or not at all: written beside it, then renamed over it."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        os.replace(temporary, path)
    except BaseException:
        with suppress(FileNotFoundError):
            os.unlink(temporary)
        raise


# -- the store the site is configured with (`PRESSROOM_STORE`), if any ----------------------
_stores: dict[str, Store] = {}


def get_store() -> Store | None:
    from django.conf import settings

    root = settings.PRESSROOM_STORE
    if not root:
        return None
    root = str(root)
    if root not in _stores:
        _stores[root] = Store(root, max_bytes=settings.PRESSROOM_STORE_MAX_MB * 1024 * 1024)
    return _stores[root]


def _forget(setting, **kwargs):
    if setting in ("PRESSROOM_STORE", "PRESSROOM_STORE_MAX_MB"):
        _stores.clear()


setting_changed.connect(_forget)
