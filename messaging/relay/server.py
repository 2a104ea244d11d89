"""The inbound SMTP server of the mail relay (aiosmtpd), behind `manage.py run_mail_relay`.

- RCPT: the masked address must resolve (addresses.py), else `550 5.1.1` (after
  `MAX_UNKNOWN_RECIPIENTS` in one session, `421` and the connection closed); at most
  `MAX_RECIPIENTS` (100, as RFC 5321 requires) per message, then `452`.
- Lines in DATA up to `MAX_LINE_BYTES` (64 KiB), not RFC 5321's 998: real mail has longer.
- SIZE is advertised and enforced by aiosmtpd (`data_size_limit`, settings
  `RELAY_MAX_MESSAGE_BYTES`): `552` when MAIL FROM announces more or more data arrives.
- DATA: `250` only after the message is committed; a sender the rules refuse gets
  `550 5.7.1` with the reason and what to do; anything that is our own fault (database
  down, a bug) gets `451 4.3.0` without detail and is logged with its traceback, so the
  sending MTA keeps the message and retries. No input makes the server stop.

Database work runs in a few worker threads (`RELAY_DATABASE_THREADS`); after each
command a connection that failed or outlived `CONN_MAX_AGE` is closed, as Django does
after a request (a failed one answers 451, the sender retries on a new connection).
"""

import asyncio
import contextlib
import functools
import logging
import ssl
import time
import unicodedata
from concurrent.futures import ThreadPoolExecutor

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session
from django.conf import settings
from django.db import connections
from limits import RateLimitItem
from limits import parse as parse_limit
from limits.storage import MemoryStorage
from limits.strategies import MovingWindowRateLimiter

from outbox.returns import email_for_return_path, is_return_path

from .addresses import UnknownRecipient, resolve_recipient
from .auth import TEMPERROR, AuthResult, authenticate
from .fastpath.aiosmtpd import session_class
from .handover import Handover

logger = logging.getLogger(__name__)

# RFC 5321 4.5.3.1.8: a server must take at least 100 recipients of one message.
MAX_RECIPIENTS = 100
# Unknown recipients one session may try before it is told 421 and disconnected: a
# harvester walking an address space gets ten answers, not a thousand.
MAX_UNKNOWN_RECIPIENTS = 10
# Longest line taken in DATA. RFC 5321 says 998 characters, but real servers send longer
# (7 of 547 messages of a public corpus did) and Postfix accepts them; the message's size
# limit still applies.
MAX_LINE_BYTES = 64 * 1024
TEMPORARY_FAILURE = "451 4.3.0 Temporary local problem, try again later"


def _reply(code: str, text: str) -> str:
    """One ASCII line: aiosmtpd sends replies as ASCII, and the text may be translated."""
    text = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode()
    text = " ".join("".join(c if c.isprintable() else " " for c in text).split())
    return f"{code} {text[:400]}"


def _then_release_connections(func, /, **kwargs):
    try:
        return func(**kwargs)
    finally:
        _release_connections()


def _release_connections() -> None:
    """Close a connection that failed or outlived CONN_MAX_AGE, as Django does after a
    request, but leave a healthy one as it is: `close_old_connections` would also make
    the next command begin with a health-check round trip (CONN_HEALTH_CHECKS)."""
    for connection in connections.all(initialized_only=True):
        if connection.connection is None:
            continue
        if (
            connection.errors_occurred
            or not connection.get_autocommit()
            or (connection.close_at is not None and time.monotonic() >= connection.close_at)
        ):
            connection.close_if_unusable_or_obsolete()


@functools.cache
def _database_threads() -> ThreadPoolExecutor:
    return ThreadPoolExecutor(
        max_workers=settings.RELAY_DATABASE_THREADS, thread_name_prefix="relay-db"
    )


@functools.cache
def _dns_threads() -> ThreadPoolExecutor:
    return ThreadPoolExecutor(
        max_workers=settings.RELAY_DNS_THREADS, thread_name_prefix="relay-dns"
    )


async def _verdict(session: Session, envelope: Envelope, mail_from: str) -> AuthResult | None:
    """SPF/DKIM/DMARC of the message, asked of DNS in threads of their own and within
    `RELAY_AUTH_TIMEOUT`: slow name servers hold neither the database threads nor other
    senders (#17), and past the limit the verdict is a temporary error (451 4.4.3).
    None in trusted mode: there is no DNS to ask (inbound.py reads the header)."""
    if settings.RELAY_TRUSTED_AUTH_SERVID:
        return None
    peer = session.peer
    call = functools.partial(
        authenticate,
        envelope.original_content or b"",
        envelope_from=mail_from,
        peer_ip=peer[0] if isinstance(peer, tuple | list) and peer else str(peer or ""),
        helo=session.host_name or "",
    )
    loop = asyncio.get_running_loop()
    try:
        return await asyncio.wait_for(
            loop.run_in_executor(_dns_threads(), call), timeout=settings.RELAY_AUTH_TIMEOUT
        )
    except TimeoutError:
        return TEMPERROR


async def _in_thread(func, /, **kwargs):
    loop = asyncio.get_running_loop()
    call = functools.partial(_then_release_connections, func, **kwargs)
    return await loop.run_in_executor(_database_threads(), call)


def _resolved(envelope: Envelope) -> dict:
    """Recipients resolved at RCPT in this transaction (aiosmtpd makes a new envelope
    after each message and on RSET)."""
    if not hasattr(envelope, "relay_recipients"):
        envelope.relay_recipients = {}
    return envelope.relay_recipients


def _returned(envelope: Envelope) -> list:
    if not hasattr(envelope, "relay_returned"):
        envelope.relay_returned = []
    return envelope.relay_returned


def _client_limiter() -> tuple[MovingWindowRateLimiter, RateLimitItem] | None:
    return _limiter_for(settings.RELAY_CLIENT_RATE)


@functools.cache
def _limiter_for(rate: str) -> tuple[MovingWindowRateLimiter, RateLimitItem] | None:
    """Messages per client address (`RELAY_CLIENT_RATE`, e.g. "300/minute"; empty: no
    limit), counted in a moving window by the `limits` library, in this process: with
    several relay processes on the port a client gets up to that many per process."""
    if not rate:
        return None
    return MovingWindowRateLimiter(MemoryStorage()), parse_limit(rate)


class RelayHandler:
    def __init__(self, hand_over=None):
        # None: each accepted message enqueues its own task on commit (handover.py).
        self.hand_over = hand_over

    async def handle_MAIL(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, mail_options
    ) -> str:
        limiter = _client_limiter()
        peer = session.peer
        client = peer[0] if isinstance(peer, tuple | list) and peer else str(peer or "")
        if (
            limiter is not None
            and client not in settings.RELAY_UNLIMITED_CLIENTS
            and not limiter[0].hit(limiter[1], "relay-mail", client)
        ):
            return "451 4.7.1 Too many messages from your address, try again later"
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, rcpt_options
    ) -> str:
        if len(envelope.rcpt_tos) >= MAX_RECIPIENTS:
            return "452 4.5.3 Too many recipients"
        if is_return_path(address):
            # Reports and robots' answers about an e-mail we sent (bounces.py).
            row = await _in_thread(email_for_return_path, address=address)
            if row is None:
                return "550 5.1.1 No such recipient"
            envelope.rcpt_tos.append(address)
            _returned(envelope).append(address)
            return "250 2.1.5 OK"
        try:
            recipient = await _in_thread(resolve_recipient, address=address)
        except UnknownRecipient as refusal:
            session.relay_unknown = getattr(session, "relay_unknown", 0) + 1
            if session.relay_unknown >= MAX_UNKNOWN_RECIPIENTS:
                # Closed once the reply is out (the transport flushes before it closes).
                asyncio.get_running_loop().call_soon(server.transport.close)
                return "421 4.7.0 Too many unknown recipients, closing connection"
            return _reply("550 5.1.1", refusal.reason)
        except Exception:
            logger.exception("relay: RCPT %r failed", address)
            return TEMPORARY_FAILURE
        envelope.rcpt_tos.append(address)
        # DATA stores the message for the recipients resolved here (one lookup each).
        _resolved(envelope)[address] = recipient
        return "250 2.1.5 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        from .automatic import MailLoop
        from .inbound import (
            ContentRefused,
            SenderRefused,
            TemporaryAuthFailure,
            mime_limits_check,
            relay_inbound,
        )

        mail_from = envelope.mail_from or ""
        mail_from = "" if mail_from.strip() == "<>" else mail_from
        try:
            # Checked on the event loop before any thread or DNS is spent on it.
            mime_limits_check(envelope.original_content or b"")
            verdict = await _verdict(session, envelope, mail_from)
            await _in_thread(
                relay_inbound,
                verdict=verdict,
                mail_from=mail_from,
                rcpt_tos=list(envelope.rcpt_tos),
                recipients=dict(_resolved(envelope)),
                returned=list(_returned(envelope)),
                data=envelope.original_content or b"",
                peer=session.peer,
                helo=session.host_name or "",
                hand_over=self.hand_over,
            )
        except UnknownRecipient as refusal:
            return _reply("550 5.1.1", refusal.reason)
        except SenderRefused as refusal:
            return _reply("550 5.7.1", refusal.reason)
        except ContentRefused as refusal:
            return _reply("554 5.6.0", refusal.reason)
        except TemporaryAuthFailure:
            return "451 4.4.3 Temporary DNS failure authenticating the sender, try again later"
        except MailLoop:
            return "554 5.4.6 Routing loop detected: this message has been through this relay"
        except Exception:
            logger.exception(
                "relay: DATA from %r to %r failed", envelope.mail_from, envelope.rcpt_tos
            )
            return TEMPORARY_FAILURE
        return "250 2.0.0 OK: queued for delivery"

    async def handle_exception(self, error: Exception) -> str:
        logger.error("relay: unexpected error", exc_info=error)
        return TEMPORARY_FAILURE


class _Controller(Controller):
    """aiosmtpd's controller, listening with SO_REUSEPORT: several relay processes (one
    per core; a process runs Python on one core at a time) share one port, and the
    kernel spreads the connections over them."""

    def factory(self):
        session = session_class()(self.handler, **self.SMTP_kwargs)
        session.line_length_limit = MAX_LINE_BYTES  # read by connection_made (its buffer)
        return session

    def _create_server(self):
        return self.loop.create_server(
            self._factory_invoker,
            host=self.hostname,
            port=self.port,
            ssl=self.ssl_context,
            reuse_port=True,
        )

    def _trigger_server(self):
        # start() checks that the server answers by connecting to the port; with other
        # processes on it the kernel may hand that connection to one of them: again.
        deadline = time.monotonic() + self.ready_timeout
        while not self._factory_invoked.is_set() and time.monotonic() < deadline:
            with contextlib.suppress(TimeoutError):
                super()._trigger_server()

    def stop(self, *args, **kwargs):
        super().stop(*args, **kwargs)
        if self.handler.hand_over is not None:
            self.handler.hand_over.stop()


def relay_controller(*, host: str, port: int) -> Controller:
    hand_over = None
    interval = settings.RELAY_HANDOVER_SECONDS
    if interval > 0 and not settings.CELERY_TASK_ALWAYS_EAGER:
        hand_over = Handover(interval)
    return _Controller(
        RelayHandler(hand_over),
        hostname=host,
        port=port,
        data_size_limit=settings.RELAY_MAX_MESSAGE_BYTES,
        enable_SMTPUTF8=True,
        ident="mail relay",
        tls_context=tls_context(),
        require_starttls=bool(settings.RELAY_TLS_REQUIRED and settings.RELAY_TLS_CERT_FILE),
    )


def tls_context() -> ssl.SSLContext | None:
    """STARTTLS (RFC 3207) with the certificate and key in settings; None: not offered.

    aiosmtpd is pinned at 1.4.6 or newer: earlier versions let a client smuggle commands
    through the STARTTLS upgrade (CVE-2024-34083). TLS 1.2 at least; a sending server's
    certificate is not asked for (MTAs rarely have one)."""
    if not settings.RELAY_TLS_CERT_FILE:
        return None
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.load_cert_chain(settings.RELAY_TLS_CERT_FILE, settings.RELAY_TLS_KEY_FILE or None)
    return context
