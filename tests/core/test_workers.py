"""The scheduler's recovery of tasks left RUNNING: only those whose worker stopped beating."""

from datetime import timedelta

import pytest
from django.core.cache import caches
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from pressroom.core.workers import recover_abandoned

pytestmark = pytest.mark.django_db


def _running(worker: str) -> DBTaskResult:
    return DBTaskResult.objects.create(
        status="RUNNING",
        started_at=timezone.now() - timedelta(minutes=5),
        args_kwargs={"args": [], "kwargs": {}},
        task_path="pressroom.alerts.tasks.deliver",
        backend_name="default",
        run_after=timezone.now() - timedelta(minutes=5),
        worker_ids=[worker],
    )


def test_only_the_task_of_a_worker_that_stopped_is_failed_and_queued_again():
    alive = _running("alive")
    gone = _running("gone")
    caches["workers"].set(f"task:{alive.pk}", 1, timeout=60)

    assert recover_abandoned() == 1
    alive.refresh_from_db()
    gone.refresh_from_db()
    assert alive.status == "RUNNING"
    assert gone.status == "FAILED"
    assert gone.exception_class_path == "pressroom.core.workers.WorkerGone"
    assert "gone" in gone.traceback
    assert recover_abandoned() == 0  # once
