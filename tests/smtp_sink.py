"""A real SMTP server on loopback (aiosmtpd) that keeps what it receives.

A test module's fixture `yield from run_sink(settings)`: the server runs and the default
mailer points at it.
`sink.refuse_rcpt` / `sink.refuse_data` queue answers ("451 ...", "550 ...") for the next
attempts; `sink.unique()` drops repeated Message-IDs as a receiving server does.
"""

import socket
from email import message_from_bytes, policy
from email.message import EmailMessage

from aiosmtpd.controller import Controller


class Sink:
    def __init__(self) -> None:
        self.raw: list[bytes] = []
        self.envelope_senders: list[str] = []  # MAIL FROM of each message kept
        self.refuse_rcpt: list[str] = []
        self.refuse_data: list[str] = []

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.refuse_rcpt:
            return self.refuse_rcpt.pop(0)
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.refuse_data:
            return self.refuse_data.pop(0)
        self.raw.append(envelope.original_content or envelope.content)
        self.envelope_senders.append(envelope.mail_from)
        return "250 Message accepted for delivery"

    @property
    def messages(self) -> list[EmailMessage]:
        return [message_from_bytes(raw, policy=policy.default) for raw in self.raw]

    def unique(self) -> list[EmailMessage]:
        seen, kept = set(), []
        for message in self.messages:
            if message["Message-ID"] not in seen:
                seen.add(message["Message-ID"])
                kept.append(message)
        return kept


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def run_sink(settings):
    """For a fixture: `yield from run_sink(settings)` gives a running Sink."""
    sink = Sink()
    controller = Controller(sink, hostname="127.0.0.1", port=_free_port())
    controller.start()
    settings.MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {"host": "127.0.0.1", "port": controller.port, "timeout": 5},
        }
    }
    try:
        yield sink
    finally:
        controller.stop()
