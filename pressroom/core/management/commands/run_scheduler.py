import signal
import threading

from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Publishes and unpublishes scheduled pages every minute until stopped."

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=float, default=60.0, help="seconds between runs")
        parser.add_argument("--once", action="store_true", help="run once and exit (for cron)")

    def handle(self, *args, interval, once, **options):
        if once:
            call_command("publish_scheduled", verbosity=0)
            return
        stop = threading.Event()
        for sig in (signal.SIGINT, signal.SIGTERM):
            signal.signal(sig, lambda *_: stop.set())
        while not stop.is_set():
            call_command("publish_scheduled", verbosity=0)
            stop.wait(interval)
