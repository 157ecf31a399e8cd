"""A local SMTP sink for the benchmarks: accepts every message and writes one line per
message (Message-ID, recipients) to a file. Runs in a process of its own, as a mail server
would: `python -m bench.smtp_sink PORT FILE`."""

import email
import signal
import sys
import threading
from email import policy

from aiosmtpd.controller import Controller


class Recorder:
    def __init__(self, path):
        self.file = open(path, "a", encoding="utf-8")  # noqa: SIM115 - open for the process

    async def handle_DATA(self, server, session, envelope):
        headers = email.message_from_bytes(
            envelope.original_content, policy=policy.default, _class=email.message.EmailMessage
        )
        self.file.write(f"{headers['Message-ID']}\t{','.join(envelope.rcpt_tos)}\n")
        self.file.flush()
        return "250 Message accepted"


def main():
    port, path = int(sys.argv[1]), sys.argv[2]
    controller = Controller(Recorder(path), hostname="127.0.0.1", port=port)
    controller.start()
    print("ready", flush=True)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    stop.wait()
    controller.stop()


if __name__ == "__main__":
    main()
