"""Background work of the alerts, run by the worker (`make run` starts it)."""

from django_tasks import task
from wagtail.models import Page

from .announce import announce
from .outbox import send_due


@task()
def announce_page(page_id: int) -> int:
    """Announce a newly published page version, then send what it wrote."""
    page = Page.objects.filter(pk=page_id).first()
    told = announce(page) if page is not None else 0
    if told:
        send_due()
    return told


@task()
def deliver() -> int:
    """Send the messages that are due."""
    return send_due().sent
