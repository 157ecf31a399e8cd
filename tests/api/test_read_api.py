import pytest

from pressroom.events.models import EventPage
from pressroom.news.models import NewsPage
from pressroom.people.models import PressOfficer
from pressroom.press.models import PressReleasePage

pytestmark = pytest.mark.django_db


def _items(client, path, **params):
    response = client.get(path, params)
    assert response.status_code == 200, response.content
    assert response["Content-Type"] == "application/json"
    return response.json()["items"]


def test_pages_in_a_language_are_its_real_translations(client, bulgarian):
    items = _items(
        client,
        "/api/v2/pages/",
        locale="bg",
        type="press.PressReleasePage",
        fields="lead,topics,release_type",
    )
    expected = PressReleasePage.objects.live().filter(locale=bulgarian, alias_of__isnull=True)
    assert {item["id"] for item in items} == {page.pk for page in expected}
    assert all(item["meta"]["locale"] == "bg" for item in items)
    first = next(item for item in items if item["id"] == expected[0].pk)
    assert first["lead"] == expected[0].lead
    assert first["release_type"] == expected[0].release_type.slug


def test_pages_filter_by_topic(client, english):
    items = _items(
        client, "/api/v2/pages/", locale="en", topic="territorial-cohesion", type="news.NewsPage"
    )
    expected = NewsPage.objects.live().filter(locale=english, topics__slug="territorial-cohesion")
    assert {item["id"] for item in items} == {page.pk for page in expected}
    assert expected


def test_unknown_topic_or_type_is_a_400_with_a_message(client):
    response = client.get("/api/v2/pages/", {"topic": "no-such-topic"})
    assert response.status_code == 400
    assert "no-such-topic" in response.json()["message"]
    assert client.get("/api/v2/pages/", {"type": "nope.Nope"}).status_code == 400


def test_upcoming_events_in_a_language(client, english):
    items = _items(
        client, "/api/v2/events/", locale="en", upcoming="true", fields="start,venue,topics"
    )
    expected = EventPage.objects.live().filter(locale=english).upcoming()
    assert [item["id"] for item in items] == [event.pk for event in expected]
    assert "start" in items[0] and "topics" in items[0]
    assert client.get("/api/v2/events/", {"upcoming": "soon"}).status_code == 400


def test_topics_and_press_officers(client):
    topics = _items(client, "/api/v2/topics/", locale="en")
    assert "territorial-cohesion" in {topic["slug"] for topic in topics}
    officers = _items(client, "/api/v2/press-officers/", locale="en", language_spoken="pt")
    expected = [
        o
        for o in PressOfficer.objects.filter(locale__language_code="en")
        if "pt" in o.language_codes
    ]
    assert {officer["family_name"] for officer in officers} == {o.family_name for o in expected}


def test_the_api_is_read_only(client):
    assert client.post("/api/v2/pages/", {}).status_code == 405
    assert client.delete("/api/v2/topics/1/").status_code == 405


def test_unpublished_pages_are_not_in_the_api(client, english):
    release = PressReleasePage.objects.live().filter(locale=english).first()
    release.unpublish()
    ids = {
        item["id"]
        for item in _items(
            client, "/api/v2/pages/", locale="en", limit=20, type="press.PressReleasePage"
        )
    }
    assert release.pk not in ids
    assert client.get(f"/api/v2/pages/{release.pk}/").status_code == 404
