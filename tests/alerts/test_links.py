"""Managing, unsubscribing and the data rights, and every bad input: a clear page in the
reader's language, nothing changed, nothing leaked."""

import json
import time
from datetime import timedelta
from unittest import mock

import pytest
from django.utils import timezone, translation

from pressroom.alerts.models import Subscriber
from pressroom.alerts.tokens import confirmation_token, management_token
from pressroom.alerts.views import SUBSCRIPTIONS_PER_HOUR
from tests.html import parse
from tests.mail import link_to, unsubscribe_path

from .helpers import ALL_KINDS, publish_release, subscribe_and_confirm, subscription

pytestmark = pytest.mark.django_db


def _bg(text):
    with translation.override("bg"):
        return translation.gettext(text)


def _heading(response):
    return parse(response).h1.get_text(strip=True)


def test_one_click_unsubscribe_deletes_the_subscription_and_replaying_it_changes_nothing(
    client, mailbox
):
    subscribe_and_confirm(client, mailbox, email="a@example.org")
    other = subscribe_and_confirm(client, mailbox, email="b@example.org")
    publish_release(title="Before unsubscribing")
    alert = mailbox.to("a@example.org")[-1]
    unsubscribe = unsubscribe_path(alert)

    # What a mail program does for RFC 8058, without a session or a CSRF token:
    response = client.post(
        unsubscribe,
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200
    assert list(Subscriber.objects.values_list("email", flat=True)) == ["b@example.org"]

    again = client.post(
        unsubscribe, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
    )
    assert again.status_code == 200
    assert _heading(again) == "You are unsubscribed"
    assert Subscriber.objects.get() == other

    mailbox.clear()
    publish_release(title="After unsubscribing")
    assert [m["To"] for m in mailbox.received] == ["b@example.org"]


def test_opening_the_unsubscribe_link_asks_before_doing_anything(client, mailbox):
    subscriber = subscribe_and_confirm(client, mailbox)
    response = client.get(f"/en/alerts/unsubscribe/{management_token(subscriber)}/")
    assert response.status_code == 200
    assert parse(response).select_one("form[method=post] button")
    assert Subscriber.objects.filter(pk=subscriber.pk).exists()


def test_the_subscriber_changes_their_choices(client, mailbox):
    subscriber = subscribe_and_confirm(client, mailbox)
    manage = f"/en/alerts/manage/{management_token(subscriber)}/"
    response = client.post(
        manage,
        {
            "kinds": ["news"],
            "topics": ["urban-policy"],
            "languages": ["fr", "de"],
            "frequency": "daily",
            "language": "fr",
        },
    )
    assert response.status_code == 200
    subscriber.refresh_from_db()
    assert (subscriber.kinds, subscriber.topics, subscriber.languages) == (
        ["news"],
        ["urban-policy"],
        ["fr", "de"],
    )
    assert (subscriber.frequency, subscriber.language) == ("daily", "fr")


def test_a_bad_choice_is_named_next_to_its_field_and_nothing_changes(client, mailbox):
    subscriber = subscribe_and_confirm(client, mailbox)
    manage = f"/bg/alerts/manage/{management_token(subscriber)}/"
    response = client.post(
        manage,
        {
            "kinds": ALL_KINDS,
            "topics": ["no-such-topic"],
            "languages": ["xx"],
            "frequency": "instant",
            "language": "en",
        },
    )
    assert response.status_code == 400
    soup = parse(response)
    topics_error = soup.select_one("#id_topics-errors").get_text(" ", strip=True)
    assert "no-such-topic" in topics_error
    assert "xx" in soup.select_one("#id_languages-errors").get_text(" ", strip=True)
    assert topics_error == _bg("%(value)s is not one of the choices offered.") % {
        "value": "no-such-topic"
    }
    subscriber.refresh_from_db()
    assert subscriber.topics == [] and subscriber.languages == ["en"]


def test_the_subscriber_downloads_and_deletes_their_data(client, mailbox):
    subscriber = subscribe_and_confirm(client, mailbox)
    release = publish_release(title="Something to remember")
    token = management_token(subscriber)

    download = client.get(f"/en/alerts/manage/{token}/data.json")
    assert download["Content-Disposition"].startswith("attachment")
    data = json.loads(download.content)
    assert data["email"] == "journalist@example.org"
    assert data["languages"] == ["en"]
    assert {"title": release.title, "address": f"http://localhost{release.url}"} in [
        item for email in data["emails"] for item in email["about"]
    ]

    response = client.post(f"/en/alerts/manage/{token}/delete/")
    assert response.status_code == 200
    assert not Subscriber.objects.exists()
    assert client.get(f"/en/alerts/manage/{token}/").status_code == 410


def test_a_malformed_address_is_refused_next_to_the_field_in_the_readers_language(client):
    response = client.post("/bg/alerts/", subscription(email="not an address"))
    assert response.status_code == 400
    error = parse(response).select_one("#id_email-errors").get_text(strip=True)
    assert error == _bg("Enter a valid e-mail address, such as name@example.org.")
    assert error != "Enter a valid e-mail address, such as name@example.org."
    assert not Subscriber.objects.exists()


def test_unknown_topics_kinds_and_languages_are_refused(client):
    response = client.post(
        "/en/alerts/",
        subscription(topics=["nope"], kinds=["gossip"], languages=["tlh"], frequency="hourly"),
    )
    assert response.status_code == 400
    soup = parse(response)
    for field, value in [
        ("topics", "nope"),
        ("kinds", "gossip"),
        ("languages", "tlh"),
        ("frequency", "hourly"),
    ]:
        assert value in soup.select_one(f"#id_{field}-errors").get_text(), field
    assert not Subscriber.objects.exists()


@pytest.mark.parametrize("token", ["nonsense", "eyJhIjoxfQ:1abc:forged", ""])
def test_tampered_links_open_nothing(client, mailbox, token):
    subscriber = subscribe_and_confirm(client, mailbox)
    forged = confirmation_token(subscriber)[:-2] + "xx"
    for path in (
        f"/bg/alerts/confirm/{token or forged}/",
        f"/bg/alerts/manage/{token or forged}/",
        f"/bg/alerts/unsubscribe/{token or forged}/",
    ):
        response = client.get(path)
        assert response.status_code == 400, path
        assert _heading(response) == _bg("This link is not valid")
        assert "journalist@example.org" not in response.content.decode()
    assert client.post(f"/bg/alerts/unsubscribe/{token or forged}/").status_code == 400
    assert Subscriber.objects.filter(pk=subscriber.pk).exists()


def test_a_confirmation_link_is_no_management_link(client, mailbox):
    client.post("/en/alerts/", subscription())
    subscriber = Subscriber.objects.get()
    token = confirmation_token(subscriber)
    assert client.get(f"/en/alerts/manage/{token}/").status_code == 400
    assert client.post(f"/en/alerts/unsubscribe/{token}/").status_code == 400
    assert Subscriber.objects.filter(pk=subscriber.pk).exists()


def test_an_expired_confirmation_link_says_so_and_confirms_nothing(client, mailbox):
    eight_days_ago = time.time() - 8 * 24 * 3600
    with mock.patch("django.core.signing.time.time", return_value=eight_days_ago):
        client.post("/bg/alerts/", subscription())
    confirm = link_to(mailbox.received[-1], "/alerts/confirm/")
    response = client.post(confirm)
    assert response.status_code == 410
    assert _heading(response) == _bg("This link has expired")
    assert not Subscriber.objects.get().confirmed


def test_a_program_filling_the_hidden_field_is_refused(client):
    response = client.post("/en/alerts/", subscription(website="http://spam.example"))
    assert response.status_code == 400
    assert _heading(response) == "Subscription refused"
    assert not Subscriber.objects.exists()


def test_subscribing_is_rate_limited_per_client(client, mailbox):
    for number in range(SUBSCRIPTIONS_PER_HOUR):
        response = client.post("/en/alerts/", subscription(email=f"r{number}@example.org"))
        assert response.status_code == 302
    response = client.post("/bg/alerts/", subscription(email="one-more@example.org"))
    assert response.status_code == 429
    assert _heading(response) == _bg("Too many requests")
    assert not Subscriber.objects.filter(email="one-more@example.org").exists()
    other = client.post("/en/alerts/", subscription(email="x@example.org"), REMOTE_ADDR="192.0.2.9")
    assert other.status_code == 302


def test_asking_again_does_not_flood_the_inbox(client, mailbox):
    for _attempt in range(3):
        client.post("/en/alerts/", subscription(kinds=["news"]))
    assert len(mailbox.to("journalist@example.org")) == 1
    assert Subscriber.objects.get().kinds == ["news"]


def test_an_address_nobody_confirmed_is_forgotten_when_its_link_expires(client, mailbox):
    from django.core.management import call_command

    client.post("/en/alerts/", subscription(email="never@example.org"))
    client.post("/en/alerts/", subscription(email="recent@example.org"))
    Subscriber.objects.filter(email="never@example.org").update(
        created_at=timezone.now() - timedelta(days=8)
    )
    call_command("run_scheduler", "--once")
    assert list(Subscriber.objects.values_list("email", flat=True)) == ["recent@example.org"]
