"""Signing in every language, double opt-in, duplicates, consent, withdrawal, data rights."""

import json
import time
from unittest import mock
from urllib.parse import urlencode

import pytest
from django.utils import translation

from pressroom.alliance.models import Signature, SignatureChange, Status
from pressroom.alliance.services import set_status, statistics
from pressroom.alliance.tokens import management_token
from pressroom.alliance.views import SIGNINGS_PER_HOUR
from tests.html import parse
from tests.mail import link_to, text_of

from .helpers import ALLIANCE, alliance, answers, count_shown, listed, sign, sign_and_confirm

pytestmark = pytest.mark.django_db


def _bg(text):
    with translation.override("bg"):
        return translation.gettext(text)


def _approve(signature):
    set_status(Signature.objects.filter(pk=signature.pk), Status.APPROVED)


def test_the_form_and_the_declaration_are_in_bulgarian(client):
    soup = parse(client.get("/bg/cohesion/alliance/"))
    assert "политиката на сближаване" in soup.select_one(".declaration").get_text()
    assert soup.select_one(".declaration").get("lang") is None  # really translated
    assert soup.select_one("#data-protection").get_text(strip=True)
    assert soup.select_one('input[name="website"]')  # the honeypot
    legend = soup.select_one("form legend").get_text(strip=True)
    assert legend == _bg("I sign as")


def test_a_signature_counts_once_confirmed_and_approved(client, mailbox):
    before = statistics(alliance())["total"]
    response = sign(client, "bg")
    assert response.status_code == 302
    assert Signature.objects.get(email="mayor@testgrad.example").status == Status.PENDING
    (message,) = mailbox.to("mayor@testgrad.example")
    assert message["Content-Language"] == "bg"
    assert "/bg/cohesion/alliance/confirm/" in text_of(message)
    assert "/bg/cohesion/alliance/signature/" in text_of(message)  # withdraw, data
    assert statistics(alliance())["total"] == before

    client.post(link_to(message, "/confirm/"))
    signature = Signature.objects.get(email="mayor@testgrad.example")
    assert signature.confirmed_at is not None and signature.language == "bg"
    assert statistics(alliance())["total"] == before  # awaiting moderation

    _approve(signature)
    assert statistics(alliance())["total"] == before + 1
    assert "City of Testgrad" in listed(client, "bg")


def test_the_count_shown_is_exactly_the_approved_confirmed_not_withdrawn(client, mailbox):
    counted = Signature.objects.filter(alliance=alliance()).counted().count()
    assert count_shown(client).startswith(f"{counted} ")
    pending = sign_and_confirm(client, mailbox, email="pending@example.org")
    rejected = sign_and_confirm(client, mailbox, email="rejected@example.org")
    withdrawn = sign_and_confirm(client, mailbox, email="withdrawn@example.org")
    sign(client, email="unconfirmed@example.org")
    unconfirmed = Signature.objects.get(email="unconfirmed@example.org")
    approved = sign_and_confirm(client, mailbox, email="approved@example.org")
    for signature in (approved, withdrawn, unconfirmed):
        _approve(signature)
    set_status(Signature.objects.filter(pk=rejected.pk), Status.REJECTED, "not a real body")
    set_status(Signature.objects.filter(pk=withdrawn.pk), Status.WITHDRAWN, "asked by phone")
    assert pending.status == Status.PENDING
    assert count_shown(client).startswith(f"{counted + 1} ")
    assert count_shown(client, "bg").startswith(f"{counted + 1} ")


def test_an_address_signs_once(client, mailbox):
    before = Signature.objects.count()
    sign(client, name="Mila Horvat")
    sign(client, name="Mila Horvat-Kovač")  # corrected before confirming
    assert Signature.objects.count() == before + 1
    signature = Signature.objects.get(email="mayor@testgrad.example")
    assert signature.name == "Mila Horvat-Kovač"
    assert len(mailbox.to("mayor@testgrad.example")) == 1  # not twice within ten minutes

    client.post(link_to(mailbox.to("mayor@testgrad.example")[-1], "/confirm/"))
    _approve(signature)
    Signature.objects.filter(pk=signature.pk).update(mailed_at=None)
    sign(client, name="Someone Else", organisation="Another City")
    signature.refresh_from_db()
    assert (signature.name, signature.organisation) == ("Mila Horvat-Kovač", "City of Testgrad")
    assert signature.status == Status.APPROVED
    reminder = mailbox.to("mayor@testgrad.example")[-1]
    assert "/confirm/" not in text_of(reminder)
    assert "/signature/" in text_of(reminder)
    assert Signature.objects.count() == before + 1


def test_publication_follows_the_category_and_consent(client, mailbox):
    private = sign_and_confirm(
        client, mailbox, category="individual", name="Private Person", organisation="",
        position="", email="private@example.org",
    )  # fmt: skip
    public = sign_and_confirm(
        client, mailbox, category="individual", name="Public Person", organisation="",
        position="", email="public@example.org", publish_name="on",
    )  # fmt: skip
    body = sign_and_confirm(client, mailbox, email="body@example.org", organisation="Town Hall")
    for signature in (private, public, body):
        _approve(signature)
    page = listed(client)
    assert "Public Person" in page and "Town Hall" in page
    assert "Private Person" not in page
    assert statistics(alliance())["by_category"]["individual"] >= 2  # counted either way


def test_withdrawing_downloading_and_deleting_with_the_e_mails_link(client, mailbox):
    signature = sign_and_confirm(client, mailbox)
    _approve(signature)
    counted = statistics(alliance())["total"]
    manage = link_to(mailbox.to(signature.email)[-1], "/signature/")

    data = json.loads(client.get(manage + "&data=json").content)
    assert data["email"] == signature.email and data["declaration_version"] == 1

    client.post(manage, {"action": "withdraw"})
    signature.refresh_from_db()
    assert signature.status == Status.WITHDRAWN
    assert statistics(alliance())["total"] == counted - 1
    assert "City of Testgrad" not in listed(client)
    change = SignatureChange.objects.filter(signature=signature).first()
    assert change.by_signatory and change.new_status == Status.WITHDRAWN

    client.post(manage, {"action": "delete"})
    assert not Signature.objects.filter(pk=signature.pk).exists()
    assert client.get(manage).status_code == 410


def test_each_declaration_version_is_recorded_with_its_signatures(client, mailbox):
    first = sign_and_confirm(client, mailbox, email="first@example.org")
    page = alliance()
    page.declaration += "<p>We also ask for a stronger role of islands.</p>"
    page.save_revision().publish()
    second = sign_and_confirm(client, mailbox, email="second@example.org")
    assert (first.version.number, second.version.number) == (1, 2)
    assert "islands" in second.version.text and "islands" not in first.version.text


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("email", "not-an-address"),
        ("country", "XX"),
        ("category", "alien"),
        ("name", "N" * 201),
        ("name", "<script>alert(1)</script>"),
        ("organisation", "<b>Town</b>"),
        ("organisation", ""),
        ("privacy", None),
    ],
)
def test_bad_input_is_refused_next_to_its_field_and_nothing_is_saved(client, field, value):
    before = Signature.objects.count()
    response = sign(client, "bg", **{field: value})
    assert response.status_code == 400
    error = parse(response).select_one(f"#id_{field}-errors")
    assert error is not None and error.get_text(strip=True)
    assert Signature.objects.count() == before


def test_a_program_filling_the_hidden_field_is_refused(client):
    before = Signature.objects.count()
    response = sign(client, website="http://spam.example")
    assert response.status_code == 400
    assert Signature.objects.count() == before


def test_signing_is_rate_limited_per_client(client, mailbox):
    for number in range(SIGNINGS_PER_HOUR):
        assert sign(client, email=f"s{number}@example.org").status_code == 302
    response = sign(client, "bg", email="one-more@example.org")
    assert response.status_code == 429
    assert parse(response).h1.get_text(strip=True) == _bg("Too many requests")


def test_junk_sign_ups_stay_pending_and_never_count(client):
    before = count_shown(client)
    for number in range(8):
        sign(client, email=f"junk{number}@example.org", name=f"Junk {number}")
    assert count_shown(client) == before
    assert "Junk" not in listed(client)


def test_expired_tampered_and_cross_used_links_open_nothing(client, mailbox):
    eight_days_ago = time.time() - 8 * 24 * 3600
    with mock.patch("django.core.signing.time.time", return_value=eight_days_ago):
        sign(client, "bg")
    message = mailbox.to("mayor@testgrad.example")[-1]
    assert client.post(link_to(message, "/confirm/")).status_code == 410
    assert client.get(ALLIANCE.format(language="bg") + "confirm/?token=forged").status_code == 400
    signature = Signature.objects.get(email="mayor@testgrad.example")
    manage_as_confirm = (
        ALLIANCE.format(language="en")
        + "confirm/?"
        + urlencode({"token": management_token(signature)})
    )
    assert client.post(manage_as_confirm).status_code == 400
    assert Signature.objects.get(pk=signature.pk).confirmed_at is None


def test_the_confirmation_waits_for_the_mail_server(client, mailbox, settings):
    from django.core.management import call_command

    from tests.mail import Sink

    mailbox.stop()
    assert sign(client).status_code == 302
    signature = Signature.objects.get(email="mayor@testgrad.example")
    assert signature.mail_due
    back = Sink(port=mailbox.port).start()
    try:
        call_command("run_scheduler", "--once")
        call_command("run_scheduler", "--once")
    finally:
        back.stop()
    assert len(back.to("mayor@testgrad.example")) == 1
    assert not Signature.objects.get(pk=signature.pk).mail_due


def test_answers_helper_is_complete():
    assert set(answers()) >= {"category", "name", "country", "email", "privacy"}


def test_a_signature_nobody_confirms_is_deleted_when_its_link_expires(client, mailbox):
    from datetime import timedelta

    from django.core.management import call_command
    from django.utils import timezone

    sign(client, email="never@example.org")
    sign(client, email="recent@example.org")
    Signature.objects.filter(email="never@example.org").update(
        created_at=timezone.now() - timedelta(days=8)
    )
    call_command("run_scheduler", "--once")
    assert not Signature.objects.filter(email="never@example.org").exists()
    assert Signature.objects.filter(email="recent@example.org").exists()
