from django.dispatch import receiver
from wagtail.signals import page_published

from .announce import announceable
from .tasks import announce_page


@receiver(page_published)
def announce_published_version(sender, instance, alias=False, **kwargs):
    # Aliases are the original shown in another language: that language's version is not
    # published until it is translated.
    if not alias and announceable(instance):
        announce_page.enqueue(instance.pk)
