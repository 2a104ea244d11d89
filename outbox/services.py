"""The outbox: write an e-mail in the transaction that causes it, send it once, report.

    email_enqueue (in the cause's transaction) ──on commit──► outbox_send task
    pending ──attempt──► sent | retrying (4xx, no connection; backoff) | failed (5xx, limit)
    retrying ──attempt──► ...                 outbox_sweep re-enqueues what is overdue

Every attempt of a row sends the same message: the Message-ID and Date are stored when
the row is written. An attempt holds the row's lock while it talks to the SMTP server
and records the outcome in the same transaction, so two workers (a redelivered task and
the sweep) never send a row at the same time, and a sent row is never sent again.
SMTP itself is at-least-once: a worker killed after the server accepted the message and
before the commit leaves the row pending, and the next attempt sends it again, with the
same Message-ID, which the receiving side uses to drop the repeat (docs/outbox.md).
"""

import logging
import random
import secrets
import smtplib
from collections import defaultdict
from collections.abc import Callable, Sequence
from datetime import timedelta
from email.utils import format_datetime, parseaddr

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.utils import timezone, translation

from core.queue import enqueue_on_commit

from . import returns
from .models import EmailStatus, OutboundEmail
from .smtp import MAX_ERROR_LENGTH, classify

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 10
RETRY_BASE_SECONDS = 30
RETRY_MAX_SECONDS = 3600
# The sweep leaves a row alone this long after its attempt was due: its task may still
# be in the queue (or its Celery retry about to run). With the sweep every 15 s a row
# whose worker died is sent again within 45 s (config/settings/base.py).
SWEEP_GRACE_SECONDS = 30
# A worker waits for a retry itself only this long; a longer backoff is left to the sweep,
# because Redis hands a task held longer than its visibility timeout to another worker.
RETRY_IN_WORKER_MAX_SECONDS = 60
SWEEP_BATCH = 500
UNSENT = (EmailStatus.PENDING, EmailStatus.RETRYING)

OutcomeHandler = Callable[..., None]
_handlers: dict[str, list[OutcomeHandler]] = defaultdict(list)


def register_outcome_handler(kind: str, handler: OutcomeHandler) -> None:
    """Call `handler(email=row)` whenever an attempt changes a row of `kind`.

    The row's status is then `sent`, `retrying` (with `last_error`) or `failed` (given up,
    with the SMTP answer or the last reason in `last_error`). The handler runs inside the
    transaction that records the outcome, in a savepoint: its writes commit with it, and
    an exception in it is logged and never undoes (or repeats) the send. Apps register
    from their AppConfig.ready(); registering the same function twice has no effect.
    """
    if handler not in _handlers[kind]:
        _handlers[kind].append(handler)


def retry_delay(attempts: int) -> int:
    """Exponential backoff with full jitter: up to 30 s, 60 s, 120 s, ... at most an hour."""
    ceiling = min(RETRY_MAX_SECONDS, RETRY_BASE_SECONDS * 2 ** max(attempts - 1, 0))
    return random.randint(1, ceiling)  # noqa: S311


def _domain(address: str) -> str:
    return parseaddr(address)[1].rpartition("@")[2] or "localhost"


def email_enqueue(
    *,
    kind: str,
    to: Sequence[str],
    subject: str,
    body: str,
    cause_kind: str,
    cause_id: int,
    html: str = "",
    from_email: str = "",
    reply_to: Sequence[str] = (),
    headers: dict[str, str] | None = None,
    key: str | None = None,
    message_id_prefix: str = "",
) -> OutboundEmail:
    """Write one e-mail to send; call it inside the transaction of the change causing it.

    The send task is enqueued when that transaction commits (a dead broker leaves the row
    to `outbox_sweep`). With a `key`, a row with the same key is returned instead of a
    second one. The Message-ID is made here, `<prefix-cause_id.random@from-domain>`.
    """
    if key is not None:
        existing = OutboundEmail.objects.filter(key=key).first()
        if existing is not None:
            return existing
    from_email = from_email or settings.DEFAULT_FROM_EMAIL
    now = timezone.now()
    prefix = message_id_prefix or kind.replace("_", "-")
    message_id = f"<{prefix}-{cause_id}.{secrets.token_hex(8)}@{_domain(from_email)}>"
    email = OutboundEmail.objects.create(
        kind=kind,
        cause_kind=cause_kind,
        cause_id=cause_id,
        key=key,
        from_email=from_email,
        to=list(to),
        reply_to=list(reply_to),
        subject=subject,
        body=body,
        html=html,
        # What the system writes is a robot's mail (RFC 3834): responders stay silent.
        # A person's message forwarded by the relay says so itself ("no").
        headers={
            "Auto-Submitted": "auto-generated",
            **(headers or {}),
            "Message-ID": message_id,
            "Date": format_datetime(now),
        },
        message_id=message_id,
        next_attempt_at=now,
    )
    from .tasks import outbox_send

    enqueue_on_commit(outbox_send, email.pk)
    return email


def email_enqueue_rendered(
    *,
    language: str,
    subject: Callable[[], str],
    template: str,
    context: dict,
    **fields,
) -> OutboundEmail:
    """`email_enqueue` of a plain-text e-mail written in its recipient's `language`: the
    subject (a callable, so its words and values are put together in that language) and
    the body rendered from `template` with `context`."""
    with translation.override(language):
        subject_text = subject()
        body = render_to_string(template, context)
    return email_enqueue(subject=subject_text, body=body, **fields)


def email_message(*, email: OutboundEmail) -> EmailMultiAlternatives:
    """The message a row stands for; the same on every attempt (Message-ID, Date).

    With return paths on (outbox/returns.py) the envelope sender names the row and the
    `From:` header is the row's sender (Django sends from `from_email` and writes the
    `From` header given in the headers)."""
    envelope_sender = returns.return_path(email.pk)
    headers = dict(email.headers)
    if envelope_sender:
        headers["From"] = email.from_email
    message = EmailMultiAlternatives(
        subject=email.subject,
        body=email.body,
        from_email=envelope_sender or email.from_email,
        to=email.to,
        reply_to=email.reply_to,
        headers=headers,
    )
    if email.html:
        message.attach_alternative(email.html, "text/html")
    return message


def email_send(*, email_id: int) -> OutboundEmail | None:
    """One attempt at sending a row; None when there is nothing to do.

    Nothing to do: the row is sent or failed already, or another worker is sending it
    right now (its lock is held; that worker records the outcome).
    """
    with transaction.atomic():
        email = (
            OutboundEmail.objects.select_for_update(skip_locked=True)
            .filter(pk=email_id, status__in=UNSENT)
            .first()
        )
        if email is None:
            return None
        email.attempts += 1
        now = timezone.now()
        try:
            email_message(email=email).send()
        except (smtplib.SMTPException, OSError) as error:
            permanent, reason = classify(error)
            email.last_error = reason[:MAX_ERROR_LENGTH]
            if permanent or email.attempts >= MAX_ATTEMPTS:
                email.status = EmailStatus.FAILED
            else:
                email.status = EmailStatus.RETRYING
                email.next_attempt_at = now + timedelta(seconds=retry_delay(email.attempts))
        else:
            email.status, email.sent_at, email.last_error = EmailStatus.SENT, now, ""
        email.save(
            update_fields=["status", "attempts", "next_attempt_at", "last_error", "sent_at"]
        )
        _report(email)
    return email


def email_returned(*, email: OutboundEmail, action: str, reason: str) -> OutboundEmail:
    """The recipient's side reported on a sent row (a DSN, RFC 3464): `action` is
    `failed`, `delayed` or `delivered`/`relayed`/`expanded`. A failure is final; a delay
    is shown until a later report; the outcome handlers run as after an attempt."""
    with transaction.atomic():
        email = OutboundEmail.objects.select_for_update().get(pk=email.pk)
        if email.status == EmailStatus.FAILED:
            return email  # final: a late "delayed" report changes nothing
        if action == "failed":
            email.status = EmailStatus.FAILED
        elif action == "delayed":
            email.status = EmailStatus.DELAYED
        elif action in ("delivered", "relayed", "expanded"):
            email.status, reason = EmailStatus.SENT, ""
        else:
            return email
        email.last_error = reason[:MAX_ERROR_LENGTH]
        email.save(update_fields=["status", "last_error"])
        _report(email)
    return email


def _report(email: OutboundEmail) -> None:
    for handler in _handlers.get(email.kind, ()):
        try:
            with transaction.atomic():
                handler(email=email)
        except Exception:
            logger.exception("outcome handler %r failed for e-mail %s", handler, email.pk)


def emails_due(*, limit: int | None = None, after=None) -> list[tuple]:
    """Rows still to send whose attempt is overdue (the broker was down, a worker lost),
    oldest due first, as (next_attempt_at, pk), after the position `after` (keyset)."""
    cutoff = timezone.now() - timedelta(seconds=SWEEP_GRACE_SECONDS)
    due = OutboundEmail.objects.filter(status__in=UNSENT, next_attempt_at__lt=cutoff)
    if after is not None:
        at, pk = after
        due = due.filter(Q(next_attempt_at__gt=at) | Q(next_attempt_at=at, pk__gt=pk))
    due = due.order_by("next_attempt_at", "pk").values_list("next_attempt_at", "pk")
    return list(due[: limit or SWEEP_BATCH])
