from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from pressroom.events.models import EventPage
from tests.html import parse

pytestmark = pytest.mark.django_db
BRUSSELS = ZoneInfo("Europe/Brussels")


def test_upcoming_and_past_are_decided_by_the_clock(english):
    events = EventPage.objects.filter(locale=english)
    later = timezone.now() + timedelta(days=400)
    assert events.upcoming().count() == 2
    assert events.past().count() == 2
    assert events.upcoming(now=later).count() == 0
    assert events.past(now=later).count() == 4


def test_an_event_that_has_started_but_not_ended_is_still_upcoming(english):
    event = EventPage.objects.filter(locale=english).upcoming().first()
    during = event.start + timedelta(minutes=30)
    assert event in EventPage.objects.filter(locale=english).upcoming(now=during)


def test_an_event_cannot_end_before_it_starts():
    start = datetime(2030, 5, 1, 10, tzinfo=BRUSSELS)
    event = EventPage(title="x", slug="x", start=start, end=start - timedelta(hours=1), venue="B")
    with pytest.raises(ValidationError) as error:
        event.clean()
    assert "end" in error.value.message_dict


def test_event_page_shows_brussels_time_in_the_reader_language(client, bulgarian):
    event = EventPage.objects.get(locale=bulgarian, slug="barometer-launch")
    soup = parse(client.get(event.url))
    when = soup.select_one("dl.facts dd").get_text(" ", strip=True)
    assert "октомври 2025" in when
    assert "11:00" in when
    assert "13:00" in when
