"""Mail about mail we sent: delivery status notifications and answers to return paths.

A DSN (RFC 3464: `multipart/report; report-type=delivery-status`, RFC 6522) reaches the
relay at an e-mail's return path (outbox/returns.py) or, from servers that answer the
`From:`, at a masked address with a null sender. It is read with the standard library's
parser (which knows `message/delivery-status`): the per-recipient `Action` (failed,
delayed, delivered, relayed, expanded), `Status` and `Diagnostic-Code`, and the original
message's `Message-ID` from the returned message or headers. The outbox row is found by
its return path, else by that Message-ID, and takes the report (`email_returned`); a
message's writer then sees next to it, in their language, that it could not be delivered
by e-mail (or is delayed) and the remote server's words. A report naming nothing of ours
is accepted and dropped: answering it would be backscatter.

Anything else sent to a return path is a robot answering our e-mail (RFC 3834 responders
answer the return path): an answer to a conversation's message goes into that
conversation as if sent to the writer's masked address (and is shown as automatic);
an answer to the system's own e-mails is dropped.
"""

from __future__ import annotations

import contextlib
import logging
from dataclasses import dataclass
from email.message import EmailMessage

from outbox.models import OutboundEmail
from outbox.returns import email_for_return_path
from outbox.services import email_returned
from outbox.smtp import one_line

logger = logging.getLogger(__name__)

# What a report says, worst first: a message to several recipients is as bad as its
# worst recipient.
_ACTIONS = ("failed", "delayed", "delivered", "relayed", "expanded")
MAX_REPORT_RECIPIENTS = 100


@dataclass(frozen=True)
class Report:
    action: str  # failed / delayed / delivered / relayed / expanded
    reason: str  # status and the remote server's diagnostic, one line
    original_message_id: str


def is_report(message: EmailMessage) -> bool:
    try:
        return (
            message.get_content_type() == "multipart/report"
            and (message.get_param("report-type") or "").lower() == "delivery-status"
        )
    except Exception:  # a malformed Content-Type
        return False


def parse_report(message: EmailMessage) -> Report | None:
    """The report of a DSN, or None when it has no usable per-recipient fields."""
    status_part = original = None
    for part in message.iter_parts():
        content_type = part.get_content_type()
        if content_type == "message/delivery-status" and status_part is None:
            status_part = part
        elif content_type in ("message/rfc822", "text/rfc822-headers") and original is None:
            original = part
    if status_part is None:
        return None
    fields = _delivery_status_fields(status_part)
    recipients = fields[1 : 1 + MAX_REPORT_RECIPIENTS]
    found = []
    for recipient in recipients:
        action = (recipient.get("Action") or "").strip().lower()
        if action in _ACTIONS:
            found.append((_ACTIONS.index(action), action, recipient))
    if not found:
        return None
    _rank, action, recipient = min(found, key=lambda item: item[0])
    status = one_line(str(recipient.get("Status") or ""), limit=20)
    diagnostic = str(recipient.get("Diagnostic-Code") or "")
    diagnostic = diagnostic.split(";", 1)[1] if ";" in diagnostic else diagnostic
    reason = one_line(" ".join(p for p in (status, diagnostic.strip()) if p), limit=300)
    return Report(action=action, reason=reason, original_message_id=_original_id(original))


def _delivery_status_fields(part) -> list:
    """The blocks of a message/delivery-status part: per-message, then per-recipient."""
    payload = part.get_payload()
    if isinstance(payload, list):
        return payload
    # Some servers send it base64-encoded or as plain text; read it as header blocks.
    from email import message_from_string, policy

    raw = payload if isinstance(payload, str) else ""
    with contextlib.suppress(Exception):  # undecodable: the text as it came
        decoded = part.get_payload(decode=True)
        if decoded:
            raw = decoded.decode("utf-8", "replace")
    blocks = [b for b in raw.replace("\r\n", "\n").split("\n\n") if b.strip()]
    return [message_from_string(block + "\n\n", policy=policy.compat32) for block in blocks]


def _original_id(part) -> str:
    if part is None:
        return ""
    try:
        if part.get_content_type() == "message/rfc822":
            inner = part.get_payload()
            inner = inner[0] if isinstance(inner, list) and inner else inner
            value = inner.get("Message-ID") if hasattr(inner, "get") else None
        else:
            from email import message_from_string, policy

            text = part.get_payload(decode=True) or b""
            headers = message_from_string(text.decode("utf-8", "replace"), policy=policy.compat32)
            value = headers.get("Message-ID")
    except Exception:
        return ""
    return one_line(str(value or ""), limit=250)


def email_of_report(*, report: Report, returned: list[OutboundEmail]) -> OutboundEmail | None:
    """The row a report is about: the one its return path named, else its Message-ID's."""
    if returned:
        return returned[0]
    if report.original_message_id:
        return OutboundEmail.objects.filter(message_id=report.original_message_id).first()
    return None


def report_take(*, message: EmailMessage, returned: list[OutboundEmail]) -> OutboundEmail | None:
    """Apply a DSN to the row it is about; the row, or None when it names nothing of ours."""
    report = parse_report(message)
    if report is None:
        logger.info("relay: an unreadable delivery report was dropped")
        return None
    email = email_of_report(report=report, returned=returned)
    if email is None:
        logger.info("relay: a delivery report about no e-mail of ours was dropped")
        return None
    return email_returned(email=email, action=report.action, reason=report.reason)


def return_path_rows(addresses: list[str]) -> list[OutboundEmail]:
    return [row for row in map(email_for_return_path, addresses) if row is not None]


def answer_recipients(rows: list[OutboundEmail]) -> dict:
    """Where a robot's answer to these rows' return paths goes: for a conversation's
    message, the masked address of its writer (in the thread's order), with what RCPT
    would have found behind it. Rows of the system's own e-mails lead nowhere."""
    from accounts.services import masked_email_address
    from messaging.models import Message
    from messaging.notifications import CAUSE_KIND, KIND

    from .addresses import UnknownRecipient, resolve_recipient

    found = {}
    for row in rows:
        if row.kind != KIND or row.cause_kind != CAUSE_KIND:
            continue
        message = (
            Message.objects.select_related("thread__order", "author")
            .filter(pk=row.cause_id, author__isnull=False)
            .first()
        )
        if message is None:
            continue
        address = masked_email_address(account=message.author, order=message.thread.order)
        try:
            found[address] = resolve_recipient(address)
        except UnknownRecipient:
            continue
    return found
