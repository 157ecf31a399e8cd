from django.core.management.base import BaseCommand

from pressroom.delivery.store import get_store


class Command(BaseCommand):
    help = (
        "Drop every stored response, so that each is rendered again at its next request: "
        "after a deployment that changes templates or code (make run does it at start)."
    )

    def handle(self, *args, **options):
        store = get_store()
        if store is None:
            self.stdout.write("The store is off (PRESSROOM_STORE=off): nothing to drop.")
            return
        dropped = store.drop_all()
        self.stdout.write(f"{len(dropped)} stored responses dropped from {store.root}.")
