"""One press release announced to 10,000 subscribers and sent through a local SMTP server.

The subscribers read the e-mails in the 24 languages (a 24th each) and all follow the
release. The announcement (10,000 alerts and messages written in one transaction) and the
sending (rendering each e-mail and handing it to the SMTP server, 200 to a connection) are
timed apart, as the worker runs them. Beside it, in the same run, the same number of
ready-made messages sent with smtplib over one connection: what the SMTP server itself
takes, the ceiling for pressroom's sending."""

import smtplib
import subprocess
import sys
import tempfile
import time
from email.message import EmailMessage
from pathlib import Path

from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext, override_settings
from django.utils import timezone

from pressroom.alerts.announce import ALERT_KINDS, announce
from pressroom.alerts.models import Message, MessageStatus, Subscriber
from pressroom.alerts.outbox import send_due
from pressroom.core.locales import content_language_codes
from pressroom.demo.loader import DemoLoader
from pressroom.press.models import PressReleaseIndexPage, PressReleasePage, ReleaseType

SUBSCRIBERS = 10_000
ROOT = Path(__file__).resolve().parents[1]


def _free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Sink:
    def __init__(self):
        self.port = _free_port()
        self.path = Path(tempfile.mkstemp(prefix="pressroom-sink-", suffix=".tsv")[1])

    def __enter__(self):
        self.process = subprocess.Popen(  # noqa: S603 - our own sink
            [sys.executable, "-m", "bench.smtp_sink", str(self.port), str(self.path)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
        )
        self.process.stdout.readline()  # "ready"
        return self

    def __exit__(self, *exc):
        self.process.terminate()
        self.process.wait(timeout=10)
        self.path.unlink(missing_ok=True)

    def lines(self) -> list[tuple[str, str]]:
        return [
            tuple(line.rstrip("\n").split("\t"))
            for line in self.path.read_text(encoding="utf-8").splitlines()
        ]

    def reset(self):
        self.path.write_text("")


def _subscribers():
    languages = content_language_codes()
    now = timezone.now()
    Subscriber.objects.bulk_create(
        (
            Subscriber(
                email=f"reader{number:05d}@example.org",
                language=languages[number % len(languages)],
                languages=[languages[number % len(languages)]],
                english_original=True,
                kinds=list(ALERT_KINDS),
                confirmed_at=now,
            )
            for number in range(SUBSCRIBERS)
        ),
        batch_size=1000,
    )


def _release():
    """A press release, published as an editor does, its announcement left to the worker."""
    index = PressReleaseIndexPage.objects.get(locale__language_code="en")
    release = PressReleasePage(
        title="Regions and cities call for a stronger cohesion policy",
        lead="Mayors and regional leaders met in Brussels to discuss the future of cohesion.",
        release_type=ReleaseType.objects.filter(locale__language_code="en").first(),
    )
    index.add_child(instance=release)
    with override_settings(
        TASKS={"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    ):
        release.save_revision().publish()
    return PressReleasePage.objects.get(pk=release.pk)


def _raw_smtp(port) -> float:
    message = EmailMessage()
    message["From"] = "pressroom@localhost"
    message["Subject"] = "Press releases: Regions and cities call for a stronger cohesion policy"
    message.set_content("The text of an alert.\n" * 20)
    message.add_alternative("<p>The text of an alert.</p>" * 20, subtype="html")
    started = time.perf_counter()
    with smtplib.SMTP("127.0.0.1", port) as client:
        for number in range(SUBSCRIBERS):
            del message["To"], message["Message-ID"]
            message["To"] = f"reader{number:05d}@example.org"
            message["Message-ID"] = f"<raw.{number}@localhost>"
            client.send_message(message)
    return time.perf_counter() - started


def run():
    print(f"== E-mail alerts: one press release to {SUBSCRIBERS:,} subscribers ==", flush=True)
    call_command("migrate", verbosity=0)
    DemoLoader(today=timezone.localdate()).load()
    _subscribers()
    release = _release()

    with (
        Sink() as sink,
        override_settings(
            EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
            EMAIL_HOST="127.0.0.1",
            EMAIL_PORT=sink.port,
            EMAIL_USE_TLS=False,
            EMAIL_USE_SSL=False,
        ),
    ):
        started = time.perf_counter()
        with CaptureQueriesContext(connection) as queries:
            told = announce(release)
        announced = time.perf_counter() - started
        outcome = send_due()
        total = time.perf_counter() - started
        sent_in = total - announced
        received = sink.lines()

        sink.reset()
        raw = _raw_smtp(sink.port)
        raw_received = len(sink.lines())

    distinct = len({message_id for message_id, _to in received})
    recipients = len({to for _message_id, to in received})
    sent_rows = Message.objects.filter(status=MessageStatus.SENT).count()
    print(f"subscribers told:                    {told:,}")
    print(
        f"announce (alerts + messages written): {announced * 1000:8.0f} ms  "
        f"({len(queries)} queries)"
    )
    print(f"send (render + SMTP, 200/connection): {sent_in * 1000:8.0f} ms")
    print(f"publish to last message accepted:     {total * 1000:8.0f} ms")
    print(f"messages per second (send):           {outcome.sent / sent_in:8.0f}")
    print(f"messages per second (end to end):     {outcome.sent / total:8.0f}")
    print(
        f"SMTP sink received: {len(received):,} messages, {distinct:,} distinct Message-IDs, "
        f"{recipients:,} distinct recipients; {sent_rows:,} marked sent, "
        f"{outcome.deferred} waiting, {outcome.failed} refused"
    )
    print(
        f"raw smtplib, ready-made messages:     {raw * 1000:8.0f} ms  "
        f"({raw_received:,} received, {SUBSCRIBERS / raw:.0f}/s)"
    )
    print(
        f"ratio pressroom send / raw SMTP:      {sent_in / raw:8.2f}  "
        "(time; 1 would be no overhead)"
    )
    if not (len(received) == distinct == recipients == SUBSCRIBERS == outcome.sent):
        raise SystemExit(f"expected exactly {SUBSCRIBERS:,} distinct messages")
