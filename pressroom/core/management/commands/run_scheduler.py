import logging
import signal
import threading

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import DatabaseError, connections

from pressroom.core.workers import recover_abandoned
from pressroom.delivery.clock import apply_due_changes
from pressroom.delivery.store import get_store

logger = logging.getLogger(__name__)


class Command(BaseCommand):
    help = (
        "Every minute until stopped: publishes and unpublishes scheduled pages, then has the "
        "e-mail alerts announce lifted embargoes, write daily digests and send what is due, "
        "and the alliance's e-mails still waiting are sent; stored pages that an ended embargo "
        "or a past event changes are dropped (and purged from a frontend cache); the tasks a "
        "worker left running when it stopped are marked failed and queued again."
    )

    def run(self):
        call_command("publish_scheduled", verbosity=0)
        call_command("send_alerts", verbosity=0)
        call_command("send_alliance_mail", verbosity=0)
        store = get_store()
        if store is not None:  # purges a frontend cache on time even with no reader asking
            apply_due_changes(store)
        recover_abandoned()

    def add_arguments(self, parser):
        parser.add_argument(
            "--interval",
            type=float,
            default=float(settings.PRESSROOM_SCHEDULER_INTERVAL),
            help="seconds between runs (default: PRESSROOM_SCHEDULER_INTERVAL, 60)",
        )
        parser.add_argument("--once", action="store_true", help="run once and exit (for cron)")

    def handle(self, *args, interval, once, **options):
        if once:
            self.run()
            return
        stop = threading.Event()
        for sig in (signal.SIGINT, signal.SIGTERM):
            signal.signal(sig, lambda *_: stop.set())
        while not stop.is_set():
            try:
                self.run()
            except DatabaseError as error:  # unreachable: one line, and again next time
                first_line = (str(error).strip().splitlines() or [type(error).__name__])[0]
                logger.warning(
                    "The database is unavailable (%s); the scheduler tries again in %.0f s",
                    first_line,
                    interval,
                )
                connections.close_all()
            except Exception:  # a mail server that is down: try again next time
                logger.exception("The scheduled run failed")
            stop.wait(interval)
