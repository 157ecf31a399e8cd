import contextlib
import logging
import time

from django.db import DatabaseError, InterfaceError, OperationalError, connections
from django_tasks_db.management.commands.db_worker import Command as DatabaseWorkerCommand

logger = logging.getLogger(__name__)

FIRST_WAIT = 1.0
LONGEST_WAIT = 30.0
# A run this long since the last failure counts as recovered: the next wait starts short.
RECOVERED_AFTER = 60.0


def describe(error: Exception) -> str:
    """The first line of a database error, for a log of one line."""
    return (str(error).strip().splitlines() or [type(error).__name__])[0]


class Command(DatabaseWorkerCommand):
    help = (
        "The background worker (django-tasks' db_worker, with the same options) that, while "
        "the database is unreachable, waits and tries again, longer each time up to 30 s, "
        "instead of exiting."
    )

    def handle(self, *args, **options):
        wait = FIRST_WAIT
        while True:
            started = time.monotonic()
            try:
                super().handle(*args, **options)
                return
            except (OperationalError, InterfaceError) as error:
                if time.monotonic() - started > RECOVERED_AFTER:
                    wait = FIRST_WAIT
                logger.warning(
                    "The database is unavailable (%s); the worker tries again in %.0f s",
                    describe(error),
                    wait,
                )
                with contextlib.suppress(DatabaseError):
                    connections.close_all()
                time.sleep(wait)
                wait = min(wait * 2, LONGEST_WAIT)
