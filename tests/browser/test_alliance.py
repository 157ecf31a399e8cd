"""A mayor signs the alliance in Bulgarian, confirms through the link in the e-mail, an
editor approves the signature in the admin, and the campaign page counts it and the list
shows it: the app server, the worker, a real SMTP server and a real browser."""

import re
import time

import pytest

from tests.mail import link_to

pytestmark = pytest.mark.browser

ADDRESS = "kmet@obshtina-primer.example"
MUNICIPALITY = "Община Пример"


def _count(page, site_url) -> int:
    page.goto(site_url + "/bg/cohesion/")
    return int(re.match(r"\d+", page.locator(".alliance-count").inner_text()).group())


def _e_mail(outbox, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if found := outbox.to(ADDRESS):
            return found[-1]
        time.sleep(0.2)
    raise AssertionError("the confirmation e-mail did not arrive")


def test_sign_confirm_approve_and_be_counted(page, editor, site_url, outbox):
    before = _count(page, site_url)

    page.locator('a[href="/bg/cohesion/alliance/#sign"]').first.click()
    page.check('input[name="category"][value="city"]')
    page.fill('input[name="name"]', "Петър Петров")
    page.fill('input[name="organisation"]', MUNICIPALITY)
    page.fill('input[name="position"]', "Кмет")
    page.select_option('select[name="country"]', "BG")
    page.fill('input[name="email"]', ADDRESS)
    page.check('input[name="privacy"]')
    page.locator("#sign form button[type=submit]").click()
    page.wait_for_url(re.compile(r".*/bg/cohesion/alliance/thanks/(#sign)?$"))

    confirmation = _e_mail(outbox)
    assert confirmation["Content-Language"] == "bg"
    page.goto(site_url + link_to(confirmation, "/confirm/"))
    with page.expect_navigation():
        page.locator("main form button").click()
    assert page.locator("main form").count() == 0
    assert _count(page, site_url) == before  # confirmed, not yet approved

    editor.goto(site_url + "/admin/alliance/signatures/")
    row = editor.locator("tr", has_text=MUNICIPALITY)
    row.locator('input[name="signature"]').check()
    editor.select_option("#new-status", "approved")
    editor.get_by_role("button", name="Apply").click()
    editor.wait_for_load_state()

    assert _count(page, site_url) == before + 1
    page.goto(site_url + "/bg/cohesion/alliance/signatories/?country=BG")
    assert MUNICIPALITY in page.locator("table.signatories").inner_text()
