"""A real pressroom server (the production app server on a fresh SQLite database with the
demo content) and a real Chromium driven by Playwright."""

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("PRESSROOM_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
EDITOR = ("editor", "an editor's long password")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="session")
def chromium_path():
    if shutil.which(CHROMIUM) is None:
        message = (
            f"Chromium is not installed at {CHROMIUM}; install it with "
            "'sudo apt-get install chromium' (Debian/Ubuntu) to run the browser tests."
        )
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return CHROMIUM


@pytest.fixture(scope="session")
def outbox():
    """The SMTP server the site under test sends its e-mail to."""
    from tests.mail import Sink

    sink = Sink().start()
    yield sink
    sink.stop()


@pytest.fixture(scope="session")
def site_url(tmp_path_factory, chromium_path, outbox):
    """The site as `make run` serves it: the app server and the background worker."""
    data = tmp_path_factory.mktemp("pressroom-data")
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    env = {**os.environ, "PRESSROOM_DATA_DIR": str(data)}
    env["DJANGO_SETTINGS_MODULE"] = "pressroom.settings.production"
    env["EMAIL_URL"] = f"smtp://127.0.0.1:{outbox.port}"
    env["PRESSROOM_BASE_URL"] = url
    env.pop("DATABASE_URL", None)
    subprocess.run(  # noqa: S603 - our own manage.py, as make run calls it
        [sys.executable, str(ROOT / "manage.py"), "prepare_site"],
        env=env,
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    subprocess.run(  # noqa: S603 - our own manage.py
        [sys.executable, str(ROOT / "manage.py"), "createsuperuser", "--noinput"]
        + ["--username", EDITOR[0], "--email", "editor@example.eu"],
        env={**env, "DJANGO_SUPERUSER_PASSWORD": EDITOR[1]},
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    worker = subprocess.Popen(  # noqa: S603 - the worker of supervisord.conf
        [sys.executable, str(ROOT / "manage.py"), "db_worker", "--no-startup-delay"]
        + ["--no-reload", "--verbosity", "0", "--interval", "0.2"],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    server = subprocess.Popen(  # noqa: S603 - the app server from our environment
        [
            str(Path(sys.executable).with_name("granian")),
            "--interface",
            "wsgi",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--no-ws",
            "pressroom.wsgi:application",
        ],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(f"{url}/en/", timeout=2)  # noqa: S310
            break
        except OSError:
            if time.monotonic() > deadline or server.poll() is not None:
                server.terminate()
                worker.terminate()
                raise RuntimeError("the pressroom server did not start") from None
            time.sleep(0.3)
    yield url
    for process in (server, worker):
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture(scope="session")
def browser(chromium_path):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="bg-BG")
    page = context.new_page()
    page.csp_violations = []
    page.on(
        "console",
        lambda message: (
            "Content Security Policy" in message.text and page.csp_violations.append(message.text)
        ),
    )
    yield page
    context.close()


@pytest.fixture
def editor(browser, site_url):
    """An editor signed in to the admin, in English."""
    context = browser.new_context(locale="en-GB", accept_downloads=True)
    page = context.new_page()
    page.goto(site_url + "/admin/login/")
    page.fill("#id_username", EDITOR[0])
    page.fill("#id_password", EDITOR[1])
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(site_url + "/admin/")
    yield page
    context.close()


def publish(editor):
    """Publish the page open in the editor, from the action menu."""
    editor.get_by_role("button", name="More actions").click()
    editor.get_by_role("button", name="Publish").click()
    editor.wait_for_url(re.compile(r".*/admin/pages/\d+/$"))


def add_press_release(editor, site_url, title, lead):
    """Add a press release in English and publish it, as an editor does in the admin."""
    editor.goto(site_url + "/admin/reports/translation-status/")
    editor.get_by_role("link", name="Press releases", exact=True).click()
    index_id = re.search(r"/admin/pages/(\d+)/edit/", editor.url).group(1)
    editor.goto(f"{site_url}/admin/pages/{index_id}/add_subpage/")
    editor.fill("#id_title", title)
    editor.fill("#id_lead", lead)
    editor.get_by_role("button", name="Choose release type").click()
    editor.locator(".modal").get_by_role("link", name="Statement", exact=True).click()
    editor.locator(".modal").wait_for(state="hidden")
    publish(editor)
