import time
from io import StringIO

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from pressroom.core.sites import base_address, follow_base_url
from pressroom.translations.permissions import ensure_language_teams


class Command(BaseCommand):
    help = (
        "Everything `make run` does before serving, in one process: migrations, static files, "
        "the demo content on an empty site, the site's public address (PRESSROOM_BASE_URL), "
        "the search index, a group of translators per language, the first administrator, "
        "and an empty store of rendered pages. Each step is shown with the time it took."
    )

    def handle(self, *args, **options):
        try:
            base_address()
        except ValueError as error:  # before anything is done
            raise CommandError(str(error)) from error
        quiet = {"verbosity": 0, "stdout": StringIO()}
        self.step(
            "Database tables", lambda _said: call_command("migrate", interactive=False, **quiet)
        )
        self.step("Cache table", lambda _said: call_command("createcachetable", **quiet))
        self.step(
            "Static files", lambda _said: call_command("collectstatic", interactive=False, **quiet)
        )
        self.step("Demo content", lambda out: call_command("load_demo", stdout=out))
        self.step("Public address", self.address)
        # Documents published before the search index existed (the index follows every
        # change after that by itself).
        self.step(
            "Search index", lambda _said: call_command("search_reindex", "--missing", **quiet)
        )
        self.step("Translator groups", lambda _said: ensure_language_teams())
        self.step("Administrator", lambda out: call_command("ensure_admin", stdout=out))
        # Pages stored by an earlier version of the code are rendered again.
        self.step("Store of rendered pages", lambda _said: call_command("clear_store", **quiet))

    def step(self, name, run) -> None:
        """Run one step, then say how long it took and what it had to say."""
        self.stdout.write(f"  {name} …", ending="")
        self.stdout.flush()
        started = time.monotonic()
        said = StringIO()
        run(said)
        self.stdout.write(f" {time.monotonic() - started:.1f} s")
        for line in said.getvalue().splitlines():
            self.stdout.write(f"    {line}")

    def address(self, said) -> None:
        site = follow_base_url()
        if site is not None:
            said.write(f"Links name {site.root_url}/")
