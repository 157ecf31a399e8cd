"""iCalendar (RFC 5545) for events, with the `icalendar` library: times in Brussels time,
with the time zone written into the file, and one UID per event in every language."""

from django.http import HttpResponse
from django.utils import timezone
from icalendar import Calendar, Event

from pressroom.core.fallback import shown_language

PRODUCT = "-//pressroom//events//EN"


def calendar(events, *, request, name: str) -> bytes:
    ical = Calendar()
    ical.add("prodid", PRODUCT)
    ical.add("version", "2.0")
    ical.add("calscale", "GREGORIAN")
    ical.add("method", "PUBLISH")
    ical.add("x-wr-calname", name)
    for event in events:
        ical.add_component(_event(event, request))
    ical.add_missing_timezones()
    return ical.to_ical()


def _event(page, request) -> Event:
    url = page.get_full_url(request)
    language = shown_language(page)
    event = Event()
    event.add("uid", f"{page.translation_key}@{request.get_host().split(':')[0]}")
    event.add("dtstamp", timezone.now())
    event.add("dtstart", timezone.localtime(page.start, timezone.get_default_timezone()))
    if page.end:
        event.add("dtend", timezone.localtime(page.end, timezone.get_default_timezone()))
    event.add("summary", page.title, parameters={"LANGUAGE": language})
    description = "\n\n".join(part for part in (page.lead, page.online_url, url) if part)
    event.add("description", description, parameters={"LANGUAGE": language})
    if page.venue or page.online_url:
        event.add("location", page.venue or page.online_url)
    event.add("url", url)
    if page.last_published_at:
        event.add("last-modified", page.last_published_at)
    names = [topic.name for topic in getattr(page, "shown_topics", [])]
    if names:
        event.add("categories", names)
    return event


def calendar_response(data: bytes, *, filename: str | None = None) -> HttpResponse:
    response = HttpResponse(data, content_type="text/calendar; charset=utf-8")
    if filename:
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
