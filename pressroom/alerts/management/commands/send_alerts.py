from django.core.management.base import BaseCommand

from pressroom.alerts.outbox import send_due
from pressroom.alerts.scheduler import tick


class Command(BaseCommand):
    help = (
        "Announces what is due (lifted embargoes, versions a stopped worker missed), writes "
        "the daily digests, and has the worker send the e-mails that are due."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--now", action="store_true", help="send in this process rather than by the worker"
        )

    def handle(self, *args, now, **options):
        tick()
        if now:
            outcome = send_due()
            self.stdout.write(
                f"sent {outcome.sent}, refused {outcome.failed}, waiting {outcome.deferred}"
            )
