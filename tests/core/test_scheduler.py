from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Revision

from pressroom.news.models import NewsIndexPage, NewsPage

pytestmark = pytest.mark.django_db


def test_scheduler_publishes_pages_whose_time_has_come(client, english):
    index = NewsIndexPage.objects.get(locale=english)
    soon = timezone.now() + timedelta(hours=1)
    page = NewsPage(title="Scheduled news", slug="scheduled-news", live=False, go_live_at=soon)
    index.add_child(instance=page)
    revision = page.save_revision()
    revision.publish()
    assert client.get("/en/news/scheduled-news/").status_code == 404

    # An hour later, as far as the schedule is concerned:
    past = timezone.now() - timedelta(minutes=1)
    revision = Revision.objects.get(pk=revision.pk)
    revision.content["go_live_at"] = past.isoformat()
    revision.approved_go_live_at = past
    revision.save()
    NewsPage.objects.filter(pk=page.pk).update(go_live_at=past)
    call_command("run_scheduler", "--once")

    assert client.get("/en/news/scheduled-news/").status_code == 200
