from django.dispatch import receiver
from wagtail.signals import page_published

from .models import AlliancePage, DeclarationVersion


@receiver(page_published, sender=AlliancePage)
def record_declaration_version(sender, instance, alias=False, **kwargs):
    """Each published change to the English declaration is a new version."""
    if not alias and instance.locale.language_code == instance.original.locale.language_code:
        DeclarationVersion.record(instance)
