"""An alert goes out when the subscriber's language version is published, in their language."""

import pytest

from tests.mail import html_of, text_of, unsubscribe_path

from .helpers import publish_release, publish_translation, subscribe_and_confirm

pytestmark = pytest.mark.django_db

BG = "[bg] "


def _alerts(mailbox, address, title):
    return [m for m in mailbox.to(address) if title in m["Subject"]]


def test_a_bulgarian_subscriber_waits_for_the_bulgarian_version(client, mailbox):
    subscribe_and_confirm(client, mailbox, language="bg", languages=["bg"])
    release = publish_release(title="Cohesion at the heart of the recovery")
    assert _alerts(mailbox, "journalist@example.org", release.title) == []

    bulgarian = publish_translation(release, "bg", BG)

    (alert,) = _alerts(mailbox, "journalist@example.org", release.title)
    assert alert["Subject"].endswith(bulgarian.title)
    assert bulgarian.title.startswith(BG)
    assert alert["Content-Language"] == "bg"
    assert f"http://localhost{bulgarian.url}" in text_of(alert)
    assert bulgarian.url.startswith("/bg/")
    assert '<html lang="bg"' in html_of(alert)
    assert unsubscribe_path(alert).startswith("/bg/alerts/unsubscribe/")


def test_the_english_original_at_once_when_asked_for(client, mailbox):
    subscribe_and_confirm(client, mailbox, language="bg", languages=["bg"], english_original="on")
    release = publish_release(title="Rural areas must not be left behind")

    (english,) = _alerts(mailbox, "journalist@example.org", release.title)
    assert f"http://localhost{release.url}" in text_of(english)
    html = html_of(english)
    # The e-mail is in Bulgarian; the release's title in it is marked as English.
    assert '<html lang="bg"' in html
    assert f'lang="en" dir="ltr"><a href="http://localhost{release.url}">' in html

    publish_translation(release, "bg", BG)
    assert len(_alerts(mailbox, "journalist@example.org", release.title)) == 2


def test_an_english_only_subscriber_is_not_told_about_translations(client, mailbox):
    subscribe_and_confirm(client, mailbox, languages=["en"])
    release = publish_release(title="Territorial cooperation across borders")
    publish_translation(release, "bg", BG)
    publish_translation(release, "de", "[de] ")

    assert len(_alerts(mailbox, "journalist@example.org", release.title)) == 1
