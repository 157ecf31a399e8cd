"""A full disk under the store of rendered responses: pages and forms answer as usual, an
invalidation is never lost, the store stays within its size, and made-up addresses do not
fill it. The store sits on a real filesystem of a few megabytes (tmpfs) that is filled."""

import errno
import logging
import shutil
import subprocess
from pathlib import Path

import pytest
from wagtail.models import Locale

from pressroom.alliance.models import Signature
from pressroom.delivery import store as store_module
from pressroom.delivery.front import call
from pressroom.delivery.store import Store, get_store
from tests.alliance.helpers import answers
from tests.factories import NewsPageFactory

pytestmark = pytest.mark.django_db

FEED = "/en/feeds/all.rss"


class Disk:
    """A tmpfs of its own: filled to the last byte, and freed again."""

    def __init__(self, path: Path, size="16m"):
        self.path = path
        path.mkdir(parents=True)
        mount = shutil.which("mount") or "mount"
        mounted = subprocess.run(  # noqa: S603 - the system's mount, with our own arguments
            [mount, "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)],
            capture_output=True,
            text=True,
        )
        if mounted.returncode != 0:
            pytest.skip(f"a full disk needs a tmpfs, and mounting one failed: {mounted.stderr}")
        self.ballast: list[Path] = []

    def fill(self, store: Store | None = None) -> None:
        """Fill every byte; the index's write-ahead log is emptied first, as after a
        checkpoint, so that the index's next write needs space too."""
        if store is not None:
            store._db().execute("PRAGMA wal_checkpoint(TRUNCATE)")
        for chunk in (1 << 16, 1 << 12, 1):
            path = self.path / f"ballast-{len(self.ballast)}"
            self.ballast.append(path)
            with open(path, "ab", buffering=0) as file:
                try:
                    while True:
                        file.write(b"\0" * chunk)
                except OSError as error:
                    assert error.errno == errno.ENOSPC

    def free(self) -> None:
        for path in self.ballast:
            path.unlink(missing_ok=True)
        self.ballast.clear()

    def unmount(self) -> None:
        umount = shutil.which("umount") or "umount"
        subprocess.run([umount, "-l", str(self.path)], check=True)  # noqa: S603


@pytest.fixture
def disk(tmp_path):
    disk = Disk(tmp_path / "store")
    yield disk
    disk.unmount()


@pytest.fixture
def store(settings, disk):
    settings.PRESSROOM_STORE = str(disk.path)
    return get_store()


def _files(store) -> list[Path]:
    return [path for path in (Path(store.root) / "objects").rglob("*") if path.is_file()]


def _stored(store) -> set[str]:
    return {url.removeprefix("http://localhost") for _key, url, _at in store.entries()}


def test_a_page_is_served_whole_when_the_store_is_full(reader, store, disk, caplog):
    disk.fill(store)
    with caplog.at_level(logging.WARNING, logger="pressroom.delivery.store"):
        first = reader.get("/en/cohesion/")
        second = reader.get("/en/cohesion/")
    assert first.status == second.status == 200
    assert first.text.rstrip().endswith("</html>")
    assert "alliance" in first.text.lower()
    assert first.text == second.text
    assert reader.django.requests == 2  # rendered each time, stored never
    assert _stored(store) == set()
    assert _files(store) == []  # nothing half-written, no temporary file left
    warnings = [record for record in caplog.records if record.levelno == logging.WARNING]
    assert len(warnings) == 1 and "\n" not in warnings[0].getMessage()

    disk.free()
    reader.get("/en/cohesion/")
    assert "/en/cohesion/" in _stored(store)  # stored again once there is room


def test_a_signature_saved_on_a_full_disk_answers_as_usual(
    client, store, disk, mailbox, django_capture_on_commit_callbacks
):
    disk.fill(store)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/en/cohesion/alliance/", answers())
    assert response.status_code == 302
    assert Signature.objects.filter(email="mayor@testgrad.example").exists()


def test_an_invalidation_written_on_a_full_disk_is_not_lost(
    reader, store, disk, committed, monkeypatch
):
    assert reader.get(FEED).status == 200
    assert FEED in _stored(store)
    # Another writer takes at once whatever the drop frees: the index cannot record it.
    drop_keys = Store._drop_keys

    def drop_keys_on_a_disk_kept_full(self, db, keys):
        urls = drop_keys(self, db, keys)
        disk.fill()
        return urls

    disk.fill(store)
    monkeypatch.setattr(Store, "_drop_keys", drop_keys_on_a_disk_kept_full)
    news = NewsPageFactory(title="Border regions pool their hospitals", live=False)
    with committed():
        news.save_revision().publish()
    monkeypatch.setattr(Store, "_drop_keys", drop_keys)

    assert "Border regions pool their hospitals" in reader.get(FEED).text  # disk still full
    disk.free()
    assert "Border regions pool their hospitals" in reader.get(FEED).text
    assert "Border regions pool their hospitals" in reader.get(FEED).text
    assert FEED in _stored(store)  # the store serves again once everything was dropped
    rendered = reader.django.requests
    assert "Border regions pool their hospitals" in reader.get(FEED).text
    assert reader.django.requests == rendered


def test_the_store_keeps_to_its_size_evicting_the_least_recently_used(
    reader, store, settings, monkeypatch
):
    settings.PRESSROOM_STORE_MAX_MB = 1
    store = get_store()
    monkeypatch.setattr(
        store_module, "TOUCH_EVERY", 0, raising=False
    )  # every use counts, however soon
    reader.get("/en/cohesion/")  # used again and again below
    reader.get("/en/events/")  # never used again
    codes = Locale.objects.order_by("language_code").values_list("language_code", flat=True)
    for code in codes:
        rendered = reader.django.requests
        assert reader.get("/en/cohesion/").status == 200
        assert reader.django.requests == rendered  # from the store, all along
        for path in (f"/{code}/", f"/{code}/media/", f"/{code}/cohesion/"):
            assert reader.get(path).status == 200
    stored = _stored(store)
    assert sum(path.stat().st_size for path in _files(store)) <= 1024 * 1024
    assert "/en/cohesion/" in stored
    assert "/en/events/" not in stored
    assert len(store.entries(stored_only=False)) > len(stored) + 10  # evicted


def test_made_up_query_values_and_ports_create_no_entry(reader, store):
    for number in range(100):
        assert reader.get(f"/en/media/press-releases/?topic=no-such-topic-{number}").status == 200
    assert reader.get("/en/media/press-releases/?page=999").status == 200
    assert reader.get("/en/?topic=urban-policy").status == 200  # a page that has no topics
    for port in (1, 2, 1234):
        status, _headers, body, _environ = call(reader.front, "GET", "/en/", f"localhost:{port}")
        assert status == 200 and body.rstrip().endswith(b"</html>")
    assert _stored(store) == set()
    assert _files(store) == []

    # The values that exist are stored, and so is the host on its default port.
    reader.get("/en/media/press-releases/?topic=urban-policy")
    call(reader.front, "GET", "/en/", "localhost:80")
    assert {key for key, _url, _at in store.entries()} == {
        "http://localhost/en/media/press-releases/?topic=urban-policy",
        "http://localhost/en/",
    }
