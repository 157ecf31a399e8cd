"""A real pressroom server (the production app server on a fresh SQLite database with the
demo content) and a real Chromium driven by Playwright."""

import os
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
def site_url(tmp_path_factory, chromium_path):
    data = tmp_path_factory.mktemp("pressroom-data")
    env = {**os.environ, "PRESSROOM_DATA_DIR": str(data)}
    env["DJANGO_SETTINGS_MODULE"] = "pressroom.settings.production"
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
    port = _free_port()
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
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(f"{url}/en/", timeout=2)  # noqa: S310
            break
        except OSError:
            if time.monotonic() > deadline or server.poll() is not None:
                server.terminate()
                raise RuntimeError("the pressroom server did not start") from None
            time.sleep(0.3)
    yield url
    server.terminate()
    server.wait(timeout=10)


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
