"""Guessing an editor's password in the admin: after five failures the account, and the
client that tried, are refused for a quarter of an hour with a clear page."""

import logging
from datetime import timedelta

import pytest
from django.db.models import F

pytestmark = pytest.mark.django_db
LOGIN = "/admin/login/"
ATTACKER = "203.0.113.7"
OFFICE = "198.51.100.20"
REFUSED = "Too many failed sign-in attempts. Try again in 15 minutes."


@pytest.fixture
def editors(django_user_model):
    for username in ("editor", "reporter"):
        django_user_model.objects.create_superuser(username, f"{username}@example.eu", "right")


def sign_in(client, username, password, address):
    return client.post(LOGIN, {"username": username, "password": password}, REMOTE_ADDR=address)


def signed_in(response) -> bool:
    return response.status_code == 302 and response.url == "/admin/"


def guess(client, username, address, times=5):
    return [sign_in(client, username, "wrong", address).status_code for _ in range(times)]


def test_five_wrong_passwords_lock_the_account_even_with_the_right_one(client, editors):
    assert guess(client, "editor", ATTACKER) == [200, 200, 200, 200, 429]
    response = sign_in(client, "editor", "right", ATTACKER)
    assert response.status_code == 429
    assert REFUSED in response.content.decode()
    assert int(response["Retry-After"]) > 14 * 60
    assert client.get("/admin/").status_code == 302  # not signed in


def test_the_account_is_locked_from_another_client_too(client, editors):
    guess(client, "editor", ATTACKER)
    response = sign_in(client, "editor", "right", OFFICE)
    assert response.status_code == 429
    assert REFUSED in response.content.decode()


def test_the_client_is_locked_for_another_account_too(client, editors):
    guess(client, "editor", ATTACKER)
    response = sign_in(client, "reporter", "right", ATTACKER)
    assert response.status_code == 429
    assert signed_in(sign_in(client, "reporter", "right", OFFICE))


def test_the_client_behind_a_trusted_proxy_is_the_forwarded_address(client, editors, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    for _ in range(5):
        client.post(
            LOGIN,
            {"username": "nobody", "password": "wrong"},
            REMOTE_ADDR="127.0.0.1",
            HTTP_X_FORWARDED_FOR=ATTACKER,
        )
    locked = client.post(
        LOGIN,
        {"username": "reporter", "password": "right"},
        REMOTE_ADDR="127.0.0.1",
        HTTP_X_FORWARDED_FOR=ATTACKER,
    )
    assert locked.status_code == 429
    other = client.post(
        LOGIN,
        {"username": "reporter", "password": "right"},
        REMOTE_ADDR="127.0.0.1",
        HTTP_X_FORWARDED_FOR=OFFICE,
    )
    assert signed_in(other)  # the proxy's own address is not locked


def test_sign_in_works_again_after_the_cool_off(client, editors):
    from axes.models import AccessAttempt

    guess(client, "editor", ATTACKER)
    AccessAttempt.objects.update(attempt_time=F("attempt_time") - timedelta(minutes=10))
    response = sign_in(client, "editor", "right", ATTACKER)
    assert "Try again in 5 minutes." in response.content.decode()
    AccessAttempt.objects.update(attempt_time=F("attempt_time") - timedelta(minutes=6))
    assert signed_in(sign_in(client, "editor", "right", ATTACKER))


def test_a_successful_sign_in_clears_the_failures(client, editors):
    assert guess(client, "editor", OFFICE, times=4) == [200] * 4
    assert signed_in(sign_in(client, "editor", "right", OFFICE))
    client.logout()
    assert guess(client, "editor", OFFICE, times=4) == [200] * 4
    assert signed_in(sign_in(client, "editor", "right", OFFICE))


def test_the_lockout_page_is_in_the_readers_language_and_the_admin_look(client, editors):
    guess(client, "editor", ATTACKER)
    response = client.post(
        LOGIN,
        {"username": "editor", "password": "right"},
        REMOTE_ADDR=ATTACKER,
        HTTP_ACCEPT_LANGUAGE="bg",
    )
    page = response.content.decode()
    assert response.status_code == 429
    assert '<html lang="bg"' in page
    assert "wagtailadmin/css/core" in page


def test_failures_and_lockouts_are_logged_with_account_and_client(client, editors, caplog):
    with caplog.at_level(logging.WARNING, logger="axes"):
        guess(client, "editor", ATTACKER)
    logged = [record.getMessage() for record in caplog.records if record.name.startswith("axes")]
    assert any("login failure" in line and "editor" in line and ATTACKER in line for line in logged)
    assert any("Locking out" in line for line in logged)
