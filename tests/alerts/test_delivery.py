"""Every message is sent once: not lost when the mail server is down, never sent twice."""

from datetime import datetime, timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from pressroom.alerts.models import Message, MessageStatus, Subscriber
from pressroom.alerts.outbox import send_due
from pressroom.alerts.scheduler import compile_digests
from pressroom.press.models import PressReleasePage
from tests.mail import Sink, text_of

from .helpers import publish_release, publish_translation, subscribe_and_confirm

pytestmark = pytest.mark.django_db


def _make_due():
    Message.objects.filter(status=MessageStatus.PENDING).update(
        next_attempt_at=timezone.now() - timedelta(seconds=1)
    )


def test_alerts_wait_while_the_mail_server_is_down_and_leave_once_it_is_back(
    client, mailbox, settings
):
    subscribe_and_confirm(client, mailbox, email="a@example.org")
    subscribe_and_confirm(client, mailbox, email="b@example.org")
    mailbox.stop()

    release = publish_release(title="Published while the mail server was down")

    waiting = Message.objects.filter(purpose="alert")
    assert [m.status for m in waiting] == [MessageStatus.PENDING] * 2
    assert all(m.attempts == 1 and "Connection refused" in m.last_error for m in waiting)
    assert all(m.next_attempt_at > timezone.now() for m in waiting)
    call_command("run_scheduler", "--once")  # not due yet: nothing is tried
    assert set(Message.objects.filter(purpose="alert").values_list("attempts", flat=True)) == {1}

    back = Sink(port=mailbox.port).start()
    try:
        _make_due()
        call_command("run_scheduler", "--once")
        call_command("run_scheduler", "--once")
        _make_due()
        call_command("send_alerts", "--now")
    finally:
        back.stop()

    assert sorted(m["To"] for m in back.received) == ["a@example.org", "b@example.org"]
    assert all(release.title in m["Subject"] for m in back.received)
    assert set(waiting.values_list("status", flat=True)) == {MessageStatus.SENT}


def test_an_address_the_server_refuses_does_not_hold_up_the_others(client, mailbox):
    subscribe_and_confirm(client, mailbox, email="gone@example.org")
    subscribe_and_confirm(client, mailbox, email="here@example.org")
    mailbox.refuse.add("gone@example.org")
    mailbox.clear()

    publish_release(title="One of two")

    assert [m["To"] for m in mailbox.received] == ["here@example.org"]
    refused = Message.objects.get(subscriber__email="gone@example.org", purpose="alert")
    assert refused.status == MessageStatus.FAILED
    assert "550" in refused.last_error
    assert send_due().sent == 0  # not tried again


def test_a_message_claimed_by_another_sender_is_not_sent_twice(client, mailbox):
    subscribe_and_confirm(client, mailbox)
    mailbox.stop()
    publish_release(title="Claimed elsewhere")
    _make_due()
    Message.objects.filter(purpose="alert").update(
        status=MessageStatus.SENDING, claimed_by="other", claimed_at=timezone.now()
    )
    back = Sink(port=mailbox.port).start()
    try:
        assert send_due().sent == 0
    finally:
        back.stop()
    assert back.received == []


def test_a_message_whose_sender_stopped_renewing_its_claim_is_sent_once_by_another(client, mailbox):
    subscribe_and_confirm(client, mailbox)
    mailbox.stop()
    publish_release(title="Claimed by a worker that died")
    _make_due()
    Message.objects.filter(purpose="alert").update(
        status=MessageStatus.SENDING,
        claimed_by="dead",
        claimed_at=timezone.now() - timedelta(seconds=61),
    )
    back = Sink(port=mailbox.port).start()
    try:
        assert send_due().sent == 1
        assert send_due().sent == 0
    finally:
        back.stop()
    (message,) = back.received
    assert message["Subject"] == "Press releases: Claimed by a worker that died"


def test_a_daily_digest_gathers_the_day_once(client, mailbox):
    subscribe_and_confirm(client, mailbox, frequency="daily")
    mailbox.clear()
    first = publish_release(title="Morning release")
    second = publish_release(title="Afternoon release")
    assert mailbox.received == []

    eight = timezone.make_aware(datetime.combine(timezone.localdate(), datetime.min.time()))
    eight += timedelta(hours=8)
    assert compile_digests(eight - timedelta(hours=2)) == 0  # before seven: not yet
    assert compile_digests(eight) == 1
    assert compile_digests(eight + timedelta(hours=3)) == 0  # once a day
    send_due()

    (digest,) = mailbox.received
    assert digest["Subject"] == "pressroom: 2 new items today"
    body = text_of(digest)
    assert body.index(first.title) < body.index(second.title)
    assert digest["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_an_embargoed_release_is_announced_once_when_its_embargo_ends(client, mailbox):
    subscribe_and_confirm(client, mailbox, languages=["en", "bg"])
    mailbox.clear()
    release = publish_release(
        title="Under embargo until noon", embargo_until=timezone.now() + timedelta(hours=2)
    )
    publish_translation(release, "bg", "[bg] ")
    call_command("run_scheduler", "--once")
    assert mailbox.received == []

    PressReleasePage.objects.filter(pk=release.pk).update(
        embargo_until=timezone.now() - timedelta(seconds=1)
    )
    call_command("run_scheduler", "--once")
    call_command("run_scheduler", "--once")
    release.save_revision().publish()  # an edit after the embargo: no second alert

    subjects = sorted(m["Subject"] for m in mailbox.received)
    assert subjects == [
        "Press releases: Under embargo until noon",
        "Press releases: [bg] Under embargo until noon",
    ]


def test_unconfirmed_and_cancelled_subscribers_get_nothing(client, mailbox):
    client.post(
        "/en/alerts/",
        {
            "email": "later@example.org",
            "kinds": ["news"],
            "languages": ["en"],
            "frequency": "instant",
        },
    )
    subscriber = subscribe_and_confirm(client, mailbox, email="leaving@example.org")
    subscriber.delete()
    mailbox.clear()

    publish_release(title="Nobody to tell")

    assert mailbox.received == []
    assert Subscriber.objects.filter(email="later@example.org", confirmed_at=None).exists()


def test_the_admin_report_shows_what_waits_and_why(client, mailbox, admin_client):
    subscribe_and_confirm(client, mailbox)
    mailbox.stop()
    publish_release(title="Waiting for the server")

    page = admin_client.get("/admin/reports/e-mail-alerts/").content.decode()
    assert "1 confirmed subscriber" in page
    assert "journalist@example.org" in page
    assert "Connection refused" in page
