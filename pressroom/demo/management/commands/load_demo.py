from django.core.management.base import BaseCommand
from django.utils import timezone

from pressroom.demo.loader import DemoLoader


class Command(BaseCommand):
    help = (
        "Loads the demo content (the campaign page and media centre of the seed documents, "
        "in English and Bulgarian) into an empty site. A site with content is left as it is."
    )

    def handle(self, *args, **options):
        loader = DemoLoader(today=timezone.localdate())
        if loader.site_has_content():
            self.stdout.write("The site has content already; the demo content is not loaded again.")
            return
        pages = loader.load()
        self.stdout.write(self.style.SUCCESS(f"Demo content loaded: {pages} pages."))
