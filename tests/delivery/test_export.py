"""`manage.py export` writes the public site as files a plain web server serves."""

import brotli
import pytest
from django.core.management import CommandError, call_command

from pressroom.press.models import PressReleasePage
from tests.factories import PressReleasePageFactory

pytestmark = pytest.mark.django_db


def _export(folder, *options):
    call_command("export", str(folder), "--host", "localhost", "--language", "bg", *options)


def test_the_site_is_written_as_files_with_compressed_twins(store, reader, tmp_path):
    site = tmp_path / "site"
    _export(site)
    page = site / "bg" / "cohesion" / "index.html"
    assert page.read_bytes() == reader.get("/bg/cohesion/").body
    assert brotli.decompress((site / "bg/cohesion/index.html.br").read_bytes()) == (
        page.read_bytes()
    )
    for name in (
        "robots.txt",
        "sitemap.xml",
        "sitemap-bg.xml",
        "bg/index.html",
        "bg/media/press-releases/index.html",
        "bg/feeds/all.rss",
        "bg/feeds/events.ics",
        "bg/cohesion/alliance/signatories/index.html",
    ):
        assert (site / name).is_file(), name
    stylesheet = next(site.glob("static/core/css/site*.css"))
    assert stylesheet.stat().st_size > 0
    assert list(site.glob("uploads/images/*.webp")), "the posters' renditions"
    # Only Bulgarian was asked for.
    assert not (site / "en").exists()


def test_personal_pages_are_not_exported(store, tmp_path):
    site = tmp_path / "site"
    _export(site)
    assert not (site / "bg/alerts/index.html").exists()  # a form with a CSRF token
    assert not (site / "bg/cohesion/alliance/index.html").exists()  # the sign-up form
    assert not (site / "bg/search/index.html").exists()


def test_since_last_writes_only_what_changed(store, tmp_path, committed, bulgarian):
    site = tmp_path / "site"
    _export(site)
    release = PressReleasePage.objects.filter(locale=bulgarian).live().first()
    release.title = "Регионите искат силна политика на сближаване"
    with committed():
        release.save_revision().publish()
    gone = PressReleasePageFactory(locale=bulgarian, parent=release.get_parent(), live=False)
    with committed():
        gone.save_revision().publish()
    _export(site)
    gone_file = site / gone.url.lstrip("/") / "index.html"
    assert gone_file.is_file()
    gone.refresh_from_db()
    with committed():
        gone.unpublish()
    output = []
    call_command(
        "export",
        str(site),
        "--host",
        "localhost",
        "--language",
        "bg",
        "--since",
        "last",
        stdout=type("Out", (), {"write": lambda self, text: output.append(text)})(),
    )
    summary = output[-1]
    written = int(summary.split()[0])
    assert 0 < written < 40, summary
    assert not gone_file.exists()
    release_file = site / release.url.lstrip("/") / "index.html"
    assert "Регионите искат силна политика на сближаване" in release_file.read_text()


def test_a_bad_moment_is_refused_with_a_message(store, tmp_path):
    with pytest.raises(CommandError, match="time zone"):
        _export(tmp_path, "--since", "2026-11-21T10:00")
    with pytest.raises(CommandError, match="No earlier export"):
        _export(tmp_path / "empty", "--since", "last")
