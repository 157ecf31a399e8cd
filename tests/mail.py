"""A real SMTP server in the test process (aiosmtpd), and what it received."""

import asyncio
import email
import re
import socket
import threading
from email import policy

from aiosmtpd.controller import Controller


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Sink:
    """An SMTP server on 127.0.0.1 that keeps every message; `refuse` lists addresses it
    answers with a permanent 550; `delay` is how long it thinks over each recipient (a slow
    server), during which `answering` is set."""

    def __init__(self, port=None, refuse=(), delay=0.0):
        self.port = port or free_port()
        self.refuse = set(refuse)
        self.delay = delay
        self.answering = threading.Event()
        self.received: list[email.message.EmailMessage] = []
        self._lock = threading.Lock()
        self._controller = None

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.delay:
            self.answering.set()
            await asyncio.sleep(self.delay)
            self.answering.clear()
        if address in self.refuse:
            return "550 5.1.1 No such mailbox"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.original_content, policy=policy.default)
        with self._lock:
            self.received.append(message)
        return "250 Message accepted"

    def start(self):
        self._controller = Controller(self, hostname="127.0.0.1", port=self.port)
        self._controller.start()
        return self

    def stop(self):
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    def to(self, address: str) -> list:
        with self._lock:
            return [message for message in self.received if message["To"] == address]

    def clear(self):
        with self._lock:
            self.received.clear()


def text_of(message) -> str:
    return message.get_body(preferencelist=("plain",)).get_content()


def html_of(message) -> str:
    return message.get_body(preferencelist=("html",)).get_content()


def links(message) -> list[str]:
    return re.findall(r"https?://\S+", text_of(message))


def path_of(url: str) -> str:
    return re.sub(r"^https?://[^/]+", "", url)


def link_to(message, fragment: str) -> str:
    """The path of the first link in the message's text whose address contains `fragment`."""
    return path_of(next(url for url in links(message) if fragment in url))


def unsubscribe_path(message) -> str:
    """The path of the message's List-Unsubscribe address (RFC 2369: in angle brackets)."""
    return path_of(re.search(r"<(https?://[^>]+)>", str(message["List-Unsubscribe"])).group(1))
