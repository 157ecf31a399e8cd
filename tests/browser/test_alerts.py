"""A Bulgarian journalist subscribes to e-mail alerts, confirms through the link in the
e-mail the site sent, and is alerted when an editor publishes a press release: the site's
app server and background worker, a real SMTP server, a real browser."""

import time

import pytest

from tests.mail import link_to, path_of, text_of

from .conftest import add_press_release

pytestmark = pytest.mark.browser

ADDRESS = "ivana.petrova@example.bg"
TITLE = "Regions ask for simpler cohesion rules"


def _wait_for(outbox, predicate, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        found = [message for message in outbox.to(ADDRESS) if predicate(message)]
        if found:
            return found[0]
        time.sleep(0.2)
    raise AssertionError(
        f"no such e-mail arrived; received: {[m['Subject'] for m in outbox.received]}"
    )


def test_subscribe_confirm_by_e_mail_and_receive_the_alert(page, editor, site_url, outbox):
    page.goto(site_url + "/bg/")
    page.locator('footer a[href="/bg/alerts/"]').click()
    page.fill('input[name="email"]', ADDRESS)
    assert page.locator('input[name="languages"][value="bg"]').is_checked()
    page.check('input[name="english_original"]')
    page.locator("form.alerts-form button[type=submit]").click()
    page.wait_for_url("**/bg/alerts/requested/")

    confirmation = _wait_for(outbox, lambda message: "/alerts/confirm/" in text_of(message))
    assert confirmation["Content-Language"] == "bg"
    page.goto(site_url + link_to(confirmation, "/alerts/confirm/"))
    with page.expect_navigation():
        page.locator("main form button").click()
    assert ADDRESS in page.locator("main").inner_text()
    assert page.locator("main form").count() == 0  # confirmed: nothing more to press

    add_press_release(editor, site_url, TITLE, "Mayors asked for simpler rules in Brussels.")

    alert = _wait_for(outbox, lambda message: TITLE in message["Subject"])
    assert alert["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    release = next(url for url in text_of(alert).split() if "/press-releases/" in url)
    page.goto(site_url + path_of(release))
    assert page.locator("h1").inner_text() == TITLE
