from io import StringIO

from django.core.management import call_command
from django.core.management.base import BaseCommand

from pressroom.translations.permissions import ensure_language_teams


class Command(BaseCommand):
    help = (
        "Everything `make run` does before serving, in one process: migrations, static files, "
        "the demo content on an empty site, the search index, a group of translators per "
        "language, the first administrator, and an empty store of rendered pages."
    )

    def handle(self, *args, **options):
        call_command("migrate", interactive=False, verbosity=0)
        call_command("createcachetable", verbosity=0)
        call_command("collectstatic", interactive=False, verbosity=0)
        call_command("load_demo", stdout=self.stdout)
        # Documents published before the search index existed (the index follows every
        # change after that by itself).
        call_command("search_reindex", "--missing", verbosity=0, stdout=StringIO())
        ensure_language_teams()
        call_command("ensure_admin", stdout=self.stdout)
        # Pages stored by an earlier version of the code are rendered again.
        call_command("clear_store", stdout=StringIO())
