"""With PostgreSQL stopped, stored pages are still served; everything else answers a short
503 in the reader's language (JSON for the read API) with Retry-After; the worker and the
scheduler wait instead of exiting; and when the database is back, the site is too, with
nobody restarting anything."""

import json

import pytest
from django.utils import translation
from django.utils.translation import gettext

from tests.stack import PostgresCluster, Stack, wait_until

STORED = "/bg/cohesion/"
NOT_STORED = "/bg/search/?q=x"
API = "/api/v2/pages/?type=press.PressReleasePage"

pytestmark = pytest.mark.skipif(
    not PostgresCluster.available(),
    reason="the PostgreSQL server binaries (initdb, pg_ctl) are not installed; "
    "apt-get install postgresql to run the database outage test",
)


@pytest.fixture(scope="module")
def cluster():
    cluster = PostgresCluster()
    try:
        yield cluster.start()
    finally:
        cluster.remove()


@pytest.fixture(scope="module")
def stack(tmp_path_factory, cluster):
    stack = Stack(tmp_path_factory.mktemp("outage"), cluster.url, scheduler_interval=1)
    with stack.prepare():
        assert stack.request(STORED, timeout=60)[0] == 200  # rendered once, then stored
        assert stack.request(NOT_STORED, timeout=60)[0] == 200
        assert stack.request(API, timeout=60)[0] == 200
        yield stack


def test_the_site_answers_while_the_database_is_down_and_recovers_by_itself(stack, cluster):
    before = stack.pids()
    cluster.stop()
    try:
        status, _headers, _body = stack.request(STORED)
        assert status == 200

        status, headers, body = stack.request(NOT_STORED)
        assert status == 503
        assert headers["Retry-After"] == "30"
        assert headers["Cache-Control"] == "no-store"
        page = body.decode()
        assert '<html lang="bg"' in page
        with translation.override("bg"):
            assert gettext("Temporarily unavailable") in page
        assert "Traceback" not in page

        status, headers, body = stack.request(API)
        assert status == 503
        assert headers["Content-Type"] == "application/json"
        assert headers["Retry-After"] == "30"
        assert json.loads(body)["error"]

        # A user loaded from a session, a page that does not exist: 503s too, not 500s.
        signed_in = {"Cookie": "sessionid=an-editors-session"}
        assert stack.request("/admin/", headers=signed_in)[0] == 503
        status, headers, _body = stack.request("/bg/no-such-page/")
        assert (status, headers["Retry-After"]) == (503, "30")

        # The worker polls every second and the scheduler runs every second here: both
        # have met the missing database by now, and wait for it.
        wait_until(lambda: stack.status(NOT_STORED) == 503 and False, 5)
        assert stack.pids() == before
        assert stack.status(STORED) == 200
    finally:
        cluster.start()

    assert wait_until(lambda: stack.status(NOT_STORED) == 200, 60), "search did not recover"
    assert wait_until(lambda: stack.status(API) == 200, 60), "the read API did not recover"
    assert stack.status(STORED) == 200
    assert stack.pids() == before
    log = stack.log.read_text()
    assert "the worker tries again" in log
    assert "the scheduler tries again" in log
    assert "Traceback" not in log
