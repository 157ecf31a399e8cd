"""A worker killed in the middle of sending the alerts: what it had claimed goes out again
within a minute or two, by another worker, once to each reader; no task stays RUNNING.

Real processes on a database of their own (a SQLite file, or a PostgreSQL database created
for the test when the suite runs on PostgreSQL): the production worker (`db_worker`) and
scheduler (`run_scheduler`), and a slow real SMTP server, so that the worker is killed while
the server is still answering for one of the readers."""

import json
import os
import secrets
import signal
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

from tests.mail import Sink

ROOT = Path(__file__).resolve().parents[2]
READERS = 20
WAIT = 180  # seconds after the kill before giving up

SEED = f"""
from django.utils import timezone
from pressroom.alerts.announce import announce, announceable, overdue
from pressroom.alerts.models import Announcement, Subscriber
from pressroom.alerts.tasks import deliver
from django_tasks_db.models import DBTaskResult
from pressroom.press.models import PressReleasePage

# The demo's search indexing, queued while it was loaded and done since by prepare_site.
DBTaskResult.objects.filter(status="READY").delete()
for page in overdue():  # the demo content, published just now, is nobody's news
    announce(page)
for n in range({READERS}):
    Subscriber.objects.create(
        email=f"reader{{n}}@example.org", language="en", languages=["en"],
        kinds=["press-releases"], frequency="instant", confirmed_at=timezone.now(),
    )
page = next(
    page for page in PressReleasePage.objects.live().filter(locale__language_code="en")
    if announceable(page)
)
Announcement.objects.filter(page=page).delete()
assert announce(page) == {READERS}
deliver.enqueue()
"""

REPORT = """
import json
from django_tasks_db.models import DBTaskResult
from pressroom.alerts.models import Message
tasks = DBTaskResult.objects.filter(task_path__startswith="pressroom.")
print(json.dumps({
    "running": tasks.filter(status="RUNNING").count(),
    "abandoned": tasks.filter(
        status="FAILED", exception_class_path="pressroom.core.workers.WorkerGone"
    ).count(),
    "messages": sorted(set(Message.objects.values_list("status", flat=True))),
}))
"""


@pytest.fixture
def database_url(tmp_path):
    """A database for the processes of the test, on the server the suite uses."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        yield ""
        return
    import psycopg

    name = f"pressroom_crash_{secrets.token_hex(4)}"
    parts = urlsplit(url)
    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    yield urlunsplit(parts._replace(path=f"/{name}"))
    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def site(tmp_path, database_url):
    """The environment of `make run` on a prepared database with 20 instant subscribers."""
    sink = Sink(delay=0.5).start()
    env = {**os.environ, "PRESSROOM_DATA_DIR": str(tmp_path)}
    env["DJANGO_SETTINGS_MODULE"] = "pressroom.settings.production"
    env["EMAIL_URL"] = f"smtp://127.0.0.1:{sink.port}"
    env["PRESSROOM_STORE"] = "off"
    env.pop("DATABASE_URL", None)
    if database_url:
        env["DATABASE_URL"] = database_url
    manage(env, "prepare_site")
    yield env, sink
    sink.stop()


def manage(env, *args) -> str:
    return subprocess.run(  # noqa: S603 - our own manage.py
        [sys.executable, str(ROOT / "manage.py"), *args],
        env=env,
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout


def start(env, *args) -> subprocess.Popen:
    return subprocess.Popen(  # noqa: S603 - our own manage.py, as the Procfile runs it
        [sys.executable, str(ROOT / "manage.py"), *args],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def worker(env) -> subprocess.Popen:
    return start(env, "db_worker", "--no-reload", "--no-startup-delay", "--verbosity", "0")


def wait_for(condition, seconds):
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.2)
    return condition()


def test_what_a_killed_worker_was_sending_goes_out_again_once(site):
    env, sink = site
    manage(env, "shell", "-c", SEED)
    processes = [worker(env)]
    try:
        assert wait_for(lambda: len(sink.received) >= 5 and sink.answering.is_set(), 120)
        processes[0].send_signal(signal.SIGKILL)  # mid-conversation with the SMTP server
        processes[0].wait()
        killed_at = time.monotonic()
        before = len(sink.received)
        assert before < READERS

        processes += [worker(env), start(env, "run_scheduler")]
        everyone = wait_for(lambda: len(sink.received) >= READERS, WAIT)
        took = time.monotonic() - killed_at
        print(
            f"\n{len(sink.received) - before} of the {READERS - before} messages the killed "
            f"worker still held were delivered {took:.0f} s after the kill"
        )
        assert everyone
        time.sleep(2)  # a late duplicate would arrive now

        received = sorted((message["To"], message["Subject"]) for message in sink.received)
        (subject,) = {subject for _to, subject in received}
        assert received == sorted((f"reader{n}@example.org", subject) for n in range(READERS))

        def settled():
            report = json.loads(manage(env, "shell", "-c", REPORT).strip().splitlines()[-1])
            return report == {"running": 0, "abandoned": 1, "messages": ["sent"]}

        assert wait_for(settled, 90)  # the killed worker's task is marked failed
    finally:
        for process in processes:
            if process.poll() is None:
                process.terminate()
                process.wait(timeout=20)
