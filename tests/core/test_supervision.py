"""`make run` survives the loss of any one of its processes: supervisord restarts a dead
program on its own, granian's master respawns a dead worker of its own, and the others go
on serving meanwhile."""

import os
import signal
import time

import pytest

from tests.stack import Probe, Stack, children, wait_until

PAGE = "/bg/cohesion/"
# Probes that may fail while one process is down: those in flight on a killed worker.
FAILED_PROBES_AT_MOST = 3
# Seconds the probing goes on once the killed process is back, for a figure of some weight.
SETTLE = 5


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    stack = Stack(tmp_path_factory.mktemp("supervised")).prepare()
    with stack:
        assert stack.request(PAGE, timeout=60)[0] == 200  # rendered once, then stored
        yield stack


def _kill_and_wait(stack, program, pid):
    """Kills the process; the new pid of the program once it runs again."""
    os.kill(pid, signal.SIGKILL)
    return wait_until(
        lambda: (
            (new := stack.pids()[program]) not in (0, pid) and stack.status(PAGE) == 200 and new
        ),
        90,
    )


def test_a_dead_app_server_worker_is_respawned_while_the_other_serves(stack):
    master = stack.pids()["web"]
    workers = wait_until(lambda: len(children(master)) == 2 and children(master), 30)
    with Probe(stack, PAGE) as probe:
        os.kill(workers[0], signal.SIGKILL)
        respawned = wait_until(
            lambda: len(now := children(master)) == 2 and workers[0] not in now and now, 60
        )
        time.sleep(SETTLE)  # while the new worker loads the site, the other one serves
    print(f"app server worker killed: {probe.failed} of {probe.sent} probes failed")
    assert respawned, "granian did not respawn its worker"
    assert stack.pids()["web"] == master
    assert probe.failed <= FAILED_PROBES_AT_MOST
    assert stack.status(PAGE) == 200


def test_a_dead_app_server_is_restarted_and_nothing_else_stops(stack):
    before = stack.pids()
    with Probe(stack, PAGE) as probe:
        restarted = _kill_and_wait(stack, "web", before["web"])
    print(f"app server master killed: {probe.failed} of {probe.sent} probes failed")
    assert restarted, "supervisord did not restart the app server"
    after = stack.pids()
    assert (after["worker"], after["scheduler"]) == (before["worker"], before["scheduler"])
    assert stack.status(PAGE) == 200


@pytest.mark.parametrize("program", ["worker", "scheduler"])
def test_a_dead_background_process_is_restarted_and_the_site_serves_meanwhile(stack, program):
    before = stack.pids()
    with Probe(stack, PAGE) as probe:
        restarted = _kill_and_wait(stack, program, before[program])
        time.sleep(SETTLE)
    print(f"{program} killed: {probe.failed} of {probe.sent} probes failed")
    assert restarted, f"supervisord did not restart the {program}"
    assert stack.pids()["web"] == before["web"]
    assert probe.failed <= FAILED_PROBES_AT_MOST
    assert stack.status(PAGE) == 200
