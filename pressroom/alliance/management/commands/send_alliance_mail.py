from django.core.management.base import BaseCommand

from pressroom.alliance.models import Signature
from pressroom.alliance.tasks import send_signature_mail


class Command(BaseCommand):
    help = "Sends the alliance e-mails still waiting, for instance after a mail server outage."

    def handle(self, *args, **options):
        for pk in Signature.objects.filter(mail_due=True).values_list("pk", flat=True):
            send_signature_mail.enqueue(pk)
