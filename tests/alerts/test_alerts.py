"""Subscribing, confirming and receiving alerts through a real SMTP server."""

import pytest
from django.utils import translation

from pressroom.alerts.models import Message, Subscriber
from tests.html import parse
from tests.mail import html_of, text_of, unsubscribe_path

from .helpers import publish_release, subscribe_and_confirm, subscription, topic

pytestmark = pytest.mark.django_db

LEGENDS = ["Kinds of content", "Topics", "Language versions", "How often"]


def test_the_form_offers_kinds_topics_languages_and_frequency(client):
    soup = parse(client.get("/bg/alerts/"))
    legends = [legend.get_text(strip=True) for legend in soup.select("form legend")]
    with translation.override("bg"):
        expected = [translation.gettext(label) for label in LEGENDS]
    assert legends == expected
    assert legends[0] != LEGENDS[0]
    assert soup.select_one('input[name="languages"][value="bg"]').has_attr("checked")
    assert soup.select_one('input[name="topics"][value="territorial-cohesion"]')
    assert soup.select_one('input[name="email"][type="email"]')


def test_nothing_is_sent_before_the_subscription_is_confirmed(client, mailbox):
    response = client.post("/en/alerts/", subscription())
    assert response.status_code == 302
    assert "Check your inbox" in client.get(response.url).content.decode()
    (confirmation,) = mailbox.to("journalist@example.org")
    assert confirmation["Subject"] == "Confirm your e-mail alerts from pressroom"
    assert "/en/alerts/confirm/" in text_of(confirmation)

    publish_release(title="A release nobody confirmed for")
    assert len(mailbox.to("journalist@example.org")) == 1


def test_a_confirmed_subscriber_receives_an_alert_with_ways_out(client, mailbox):
    subscribe_and_confirm(client, mailbox, topics=["territorial-cohesion"])
    release = publish_release(topics=[topic()])

    alert = mailbox.to("journalist@example.org")[-1]
    assert alert["Subject"] == f"Press releases: {release.title}"
    assert alert.get_content_type() == "multipart/alternative"
    assert release.title in text_of(alert)
    html = html_of(alert)
    assert f'href="http://localhost{release.url}"' in html
    assert "<img" not in html  # no tracking pixel, no remote image
    assert unsubscribe_path(alert).startswith("/en/alerts/unsubscribe/")
    assert alert["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert "/en/alerts/manage/" in text_of(alert)


def test_only_matching_subscribers_are_told(client, mailbox):
    subscribe_and_confirm(client, mailbox, email="topic@example.org", topics=["urban-policy"])
    subscribe_and_confirm(client, mailbox, email="news@example.org", kinds=["news"])
    subscribe_and_confirm(client, mailbox, email="everything@example.org")
    mailbox.clear()

    publish_release(topics=[topic()])

    assert [message["To"] for message in mailbox.received] == ["everything@example.org"]


def test_a_version_is_announced_once_however_often_it_is_republished(client, mailbox):
    subscribe_and_confirm(client, mailbox)
    release = publish_release()
    release.lead = "A corrected lead."
    release.save_revision().publish()
    release.save_revision().publish()

    alerts = [m for m in mailbox.to("journalist@example.org") if release.title in m["Subject"]]
    assert len(alerts) == 1
    assert Message.objects.filter(purpose="alert").count() == 1


def test_subscribing_a_confirmed_address_again_changes_nothing(client, mailbox):
    subscribe_and_confirm(client, mailbox, topics=["urban-policy"])
    response = client.post("/en/alerts/", subscription(topics=["esif"], kinds=["news"]))
    assert response.status_code == 302  # the same answer as for a new address

    reminder = mailbox.to("journalist@example.org")[-1]
    assert reminder["Subject"] == "Your e-mail alerts from pressroom"
    assert "/en/alerts/manage/" in text_of(reminder)
    subscriber = Subscriber.objects.get()
    assert subscriber.topics == ["urban-policy"]
    assert len(subscriber.kinds) == 4
