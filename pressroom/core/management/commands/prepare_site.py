from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = (
        "Everything `make run` does before serving, in one process: migrations, static files, "
        "the demo content on an empty site, the first administrator."
    )

    def handle(self, *args, **options):
        call_command("migrate", interactive=False, verbosity=0)
        call_command("collectstatic", interactive=False, verbosity=0)
        call_command("load_demo", stdout=self.stdout)
        call_command("ensure_admin", stdout=self.stdout)
