from django.core.management.base import BaseCommand
from django.utils import timezone

from pressroom.alliance.models import Signature
from pressroom.alliance.tasks import send_signature_mail
from pressroom.alliance.tokens import CONFIRMATION_VALID_FOR


class Command(BaseCommand):
    help = (
        "Sends the alliance e-mails still waiting (for instance after a mail server outage) "
        "and deletes the signatures nobody confirmed before their link expired."
    )

    def handle(self, *args, **options):
        expired = timezone.now() - CONFIRMATION_VALID_FOR
        Signature.objects.filter(confirmed_at__isnull=True, created_at__lt=expired).delete()
        for pk in Signature.objects.filter(mail_due=True).values_list("pk", flat=True):
            send_signature_mail.enqueue(pk)
