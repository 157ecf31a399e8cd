"""Background tasks whose worker died: a task running in a worker beats a heartbeat, and the
scheduler gives the tasks whose heartbeat stopped to another worker.

django-tasks' database backend marks a task RUNNING when a worker takes it and never looks at
it again, so a worker killed mid-task would leave it RUNNING forever. While a task runs, a
thread of its worker process writes a heartbeat every `BEAT_EVERY` into the `workers` cache
(a table of the database, shared by every process), kept `GONE_AFTER`. A task still RUNNING
with no heartbeat is marked failed, with the worker that had it, and queued again: every
task of pressroom can run again safely (announcing and sending are done once whatever the
number of tries)."""

import contextlib
import logging
import threading
from datetime import timedelta

from django.core.cache import caches
from django.db import DatabaseError, connections, transaction
from django.utils import timezone
from django.utils.module_loading import import_string
from django_tasks import TaskResultStatus
from django_tasks.signals import task_finished, task_started
from django_tasks_db.backend import DatabaseBackend
from django_tasks_db.models import DBTaskResult

logger = logging.getLogger(__name__)

BEAT_EVERY = timedelta(seconds=10)
GONE_AFTER = timedelta(seconds=60)


class WorkerGone(Exception):
    """The worker running the task stopped (killed, its machine lost) before finishing it."""


def _key(result_id) -> str:
    return f"task:{result_id}"


def _beat(result_id) -> None:
    try:
        caches["workers"].set(_key(result_id), 1, timeout=GONE_AFTER.total_seconds())
    except DatabaseError:  # busy or away for a moment: the next beat comes soon
        logger.warning("The heartbeat of task %s could not be written", result_id)


class _Heartbeat(threading.Thread):
    def __init__(self, result_id):
        super().__init__(name=f"heartbeat of task {result_id}", daemon=True)
        self.result_id = result_id
        self.stopped = threading.Event()

    def run(self):
        try:
            while not self.stopped.wait(BEAT_EVERY.total_seconds()):
                _beat(self.result_id)
        finally:
            connections.close_all()  # this thread's own connection


_beating: dict[str, _Heartbeat] = {}


def _in_database_worker(sender) -> bool:
    backend = sender if isinstance(sender, type) else type(sender)
    return issubclass(backend, DatabaseBackend)


def start_heartbeat(sender, task_result, **kwargs):
    if not _in_database_worker(sender):
        return
    _beat(task_result.id)
    heartbeat = _beating[task_result.id] = _Heartbeat(task_result.id)
    heartbeat.start()


def stop_heartbeat(sender, task_result, **kwargs):
    heartbeat = _beating.pop(task_result.id, None)
    if heartbeat is None:
        return
    heartbeat.stopped.set()
    heartbeat.join()
    with contextlib.suppress(DatabaseError):  # else it expires by itself
        caches["workers"].delete(_key(task_result.id))


def connect():
    task_started.connect(start_heartbeat, dispatch_uid="pressroom-heartbeat-start")
    task_finished.connect(stop_heartbeat, dispatch_uid="pressroom-heartbeat-stop")


def recover_abandoned(now=None) -> int:
    """Mark failed, and queue again, the tasks RUNNING in a worker that stopped beating."""
    now = now or timezone.now()
    running = list(
        DBTaskResult.objects.filter(
            status=TaskResultStatus.RUNNING, started_at__lt=now - GONE_AFTER
        )
    )
    if not running:
        return 0
    alive = caches["workers"].get_many([_key(result.pk) for result in running])
    recovered = 0
    for result in running:
        if _key(result.pk) in alive:
            continue
        worker = result.worker_ids[-1] if result.worker_ids else "?"
        with transaction.atomic():
            taken = DBTaskResult.objects.filter(
                pk=result.pk, status=TaskResultStatus.RUNNING
            ).update(
                status=TaskResultStatus.FAILED,
                finished_at=now,
                exception_class_path=f"{WorkerGone.__module__}.{WorkerGone.__qualname__}",
                traceback=f"The worker {worker} stopped while running this task; "
                "it was queued again.",
            )
            if not taken:  # finished meanwhile
                continue
            # The same task and arguments, due now (the first try's run_after has passed).
            task = import_string(result.task_path).using(
                priority=result.priority,
                queue_name=result.queue_name,
                backend=result.backend_name,
            )
            again = task.enqueue(*result.args_kwargs["args"], **result.args_kwargs["kwargs"])
        logger.warning(
            "Task %s (%s) was left running by worker %s, which stopped; queued again as %s",
            result.pk,
            result.task_path,
            worker,
            again.id,
        )
        recovered += 1
    return recovered
