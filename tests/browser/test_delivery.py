"""Stored pages are never stale: through the server `make run` starts (its front and its
store, in processes other than the editor's), a reader sees an editor's press release at
the very next page load, and the editor is never served a stored page."""

import pytest

from .conftest import add_press_release

pytestmark = pytest.mark.browser

TITLE = "Cohesion funds reach 200 more regions"


def test_a_published_release_is_on_the_stored_listing_at_the_next_load(page, editor, site_url):
    listing = site_url + "/en/media/press-releases/"
    first = page.goto(listing)
    assert "public" in first.headers["cache-control"]
    etag = first.headers["etag"]
    again = page.goto(listing)
    assert again.headers["etag"] == etag  # the same stored response
    assert TITLE not in page.content()

    add_press_release(editor, site_url, TITLE, "More regions than ever receive support.")

    after = page.goto(listing)
    assert page.get_by_role("link", name=TITLE).is_visible()
    assert after.headers["etag"] != etag
    page.get_by_role("link", name=TITLE).click()
    assert page.get_by_role("heading", level=1).inner_text() == TITLE
    home = page.goto(site_url + "/en/")
    assert home.ok
    assert page.get_by_role("link", name=TITLE).first.is_visible()


def test_a_signed_in_editor_is_never_served_a_stored_page(editor, site_url):
    response = editor.goto(site_url + "/en/cohesion/")
    assert response.ok
    assert "public" not in response.headers.get("cache-control", "")
