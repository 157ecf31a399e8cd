import smtplib

from django.utils import timezone
from django_tasks import task

from .mail import build
from .models import Signature


@task()
def send_signature_mail(signature_id: int) -> bool:
    """Send the e-mail a signing is waiting for. When the mail server cannot take it, it
    stays due and the scheduler tries again (`send_alliance_mail`)."""
    signature = Signature.objects.filter(pk=signature_id, mail_due=True).first()
    if signature is None:
        return False
    try:
        build(signature).send()
    except (OSError, smtplib.SMTPException):
        Signature.objects.filter(pk=signature.pk).update(mail_attempts=signature.mail_attempts + 1)
        return False
    Signature.objects.filter(pk=signature.pk).update(
        mail_due=False, mailed_at=timezone.now(), mail_attempts=0
    )
    return True
