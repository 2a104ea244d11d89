"""The payment-operator interface, the demo's local operator, and `operator_get`.

A payment operator does four things for us:

1. `start(attempt, customer_ip)` — the URL where the buyer pays that attempt (we
   redirect there); `OperatorUnavailable` when the operator cannot take it now;
2. `verify(body, headers)` — checks that a webhook really comes from the operator;
3. `parse(body)` — turns a verified webhook into a `PaymentVerdict`, a `RefundVerdict`,
   or None for a notice that changes nothing (PayU's PENDING);
4. `refund(refund)` — asks for the money back; `RefundOutcome` says whether it is done
   or will be confirmed by a webhook.

Two operators implement it: `orders.payu.PayUOperator` (PayU's REST API, production) and
`LocalOperator` here, for the demo and development only (PAYMENT_OPERATOR=local; the
system check orders.E010 and the production settings refuse it without DEBUG).

The demo's `LocalOperator` is a page inside this site (`orders:payment_operator`) where the
buyer approves or declines. Like a real operator it then sends a signed webhook to our
endpoint; unlike a real one it delivers it by calling the endpoint's processing function
(`orders.views.payments.webhook_deliver`) in-process rather than POSTing over HTTP,
because a development server handling the buyer's request cannot also serve the
operator's. The endpoint itself (`POST /payments/webhook/`) is a real HTTP endpoint and
treats both the same way: same bytes, same headers, same checks.

Webhook format (JSON, UTF-8):

    {"event_id": "evt_…", "operator_reference": "pay_…", "status": "succeeded" | "failed",
     "failure_reason": "…", "amount": "144.00", "currency": "PLN"}

Headers: `X-Signature-Timestamp: <unix seconds>` and
`X-Signature: sha256=<hex HMAC-SHA256 of "<timestamp>." + raw body>` keyed with
settings.PAYMENT_WEBHOOK_SECRET. The timestamp is inside the signed payload, so an old
webhook cannot be replayed with a fresh timestamp; anything older (or further in the
future) than `MAX_WEBHOOK_AGE` seconds is refused.
"""

import hashlib
import hmac
import json
import secrets
import time
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Protocol

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.urls import reverse
from django.utils.translation import gettext_noop

from .models import PaymentAttempt, Refund

SIGNATURE_HEADER = "X-Signature"
TIMESTAMP_HEADER = "X-Signature-Timestamp"
MAX_WEBHOOK_AGE = 300  # seconds

# The local operator's reasons for a decline. Stored as sent (in English, like a real
# operator's); the order page translates them where a translation exists.
DECLINE_REASONS = {
    "insufficient_funds": gettext_noop("Insufficient funds"),
    "card_expired": gettext_noop("Card expired"),
    "declined_by_bank": gettext_noop("Declined by the bank"),
}


class WebhookError(Exception):
    """A webhook that must be refused as it is (HTTP 400): nothing is changed."""


class OperatorUnavailable(Exception):
    """The operator did not take a request now (timeout, 5xx, a malformed answer): safe
    to try again later. `str()` is for the log, not for users."""


class OperatorRefused(Exception):
    """The operator refused a request for good (4xx other than auth): trying again will
    not help. `str()` is the operator's reason, kept for staff."""


MAX_WEBHOOK_BYTES = 64 * 1024


def json_loads_webhook(body: bytes) -> dict:
    """A webhook body as a JSON object; WebhookError for anything else.

    Refused: larger than MAX_WEBHOOK_BYTES, not UTF-8 JSON, not an object, nested deeper
    than the parser's recursion allows (RecursionError), or any NUL character (PostgreSQL
    stores no NUL in text or jsonb).
    """
    if len(body) > MAX_WEBHOOK_BYTES:
        raise WebhookError("body too large")
    if b"\\u0000" in body or b"\x00" in body:
        raise WebhookError("NUL in body")
    try:
        data = json.loads(body)
    except (ValueError, RecursionError) as error:
        raise WebhookError("malformed body") from error
    if not isinstance(data, dict):
        raise WebhookError("malformed body")
    return data


@dataclass(frozen=True, slots=True)
class RefundVerdict:
    event_id: str
    refund_reference: str
    succeeded: bool
    failure_reason: str
    payload: dict


@dataclass(frozen=True, slots=True)
class RefundOutcome:
    done: bool  # True: the money is back now; False: a webhook will confirm it
    operator_refund_id: str = ""


@dataclass(frozen=True, slots=True)
class PaymentVerdict:
    event_id: str
    operator_reference: str
    succeeded: bool
    failure_reason: str
    amount: Decimal
    currency: str
    payload: dict
    operator_order_id: str = ""  # the operator's id of the payment, when it sends one


class PaymentOperator(Protocol):
    def start(self, *, attempt: PaymentAttempt, customer_ip: str) -> str:
        """Where to send the buyer to pay this attempt."""
        ...

    def refund(self, *, refund: Refund) -> RefundOutcome:
        """Ask for `refund`; OperatorUnavailable (try later) or OperatorRefused."""
        ...

    def verify(self, *, body: bytes, headers: Mapping[str, str]) -> None:
        """Raise WebhookError unless the webhook is signed by the operator and fresh."""
        ...

    def parse(self, *, body: bytes) -> PaymentVerdict | RefundVerdict | None:
        """The verdict in a verified webhook; WebhookError if it is malformed."""
        ...


def _header(headers: Mapping[str, str], name: str) -> str:
    # request.headers is case-insensitive; a plain dict (in-process delivery) may not be.
    value = headers.get(name)
    if value is None:
        lowered = name.lower()
        value = next((v for k, v in headers.items() if k.lower() == lowered), "")
    return value or ""


class LocalOperator:
    """The demo operator: a page on this site, webhooks signed with the shared secret."""

    def __init__(self, *, secret: str, max_age: int = MAX_WEBHOOK_AGE) -> None:
        self.secret = secret.encode()
        self.max_age = max_age

    def start(self, *, attempt: PaymentAttempt, customer_ip: str = "") -> str:
        return reverse("orders:payment_operator", args=[attempt.operator_reference])

    def refund(self, *, refund: Refund) -> RefundOutcome:
        return RefundOutcome(done=True, operator_refund_id=f"local_{refund.reference}")

    def signature(self, *, body: bytes, timestamp: str) -> str:
        digest = hmac.new(self.secret, timestamp.encode() + b"." + body, hashlib.sha256)
        return f"sha256={digest.hexdigest()}"

    def sign(self, *, body: bytes, timestamp: int | None = None) -> dict[str, str]:
        """The headers the operator sends with `body`."""
        stamp = str(int(time.time()) if timestamp is None else timestamp)
        return {
            TIMESTAMP_HEADER: stamp,
            SIGNATURE_HEADER: self.signature(body=body, timestamp=stamp),
        }

    def webhook_build(
        self, *, attempt: PaymentAttempt, succeeded: bool, failure_reason: str = ""
    ) -> tuple[bytes, dict[str, str]]:
        """The webhook the operator sends for its verdict on `attempt`: body and headers."""
        payment = attempt.payment
        body = json.dumps(
            {
                "event_id": f"evt_{secrets.token_hex(12)}",
                "operator_reference": attempt.operator_reference,
                "status": "succeeded" if succeeded else "failed",
                "failure_reason": "" if succeeded else failure_reason,
                "amount": str(payment.amount),
                "currency": payment.currency,
            }
        ).encode()
        return body, self.sign(body=body)

    def verify(self, *, body: bytes, headers: Mapping[str, str]) -> None:
        stamp = _header(headers, TIMESTAMP_HEADER)
        given = _header(headers, SIGNATURE_HEADER)
        if not stamp.isdigit() or not given.startswith("sha256="):
            raise WebhookError("missing or malformed signature headers")
        expected = self.signature(body=body, timestamp=stamp)
        if not hmac.compare_digest(expected.encode(), given.encode()):
            raise WebhookError("bad signature")
        if abs(time.time() - int(stamp)) > self.max_age:
            raise WebhookError("stale timestamp")

    def parse(self, *, body: bytes) -> PaymentVerdict:
        data = json_loads_webhook(body)
        try:
            status = data["status"]
            verdict = PaymentVerdict(
                event_id=str(data["event_id"]),
                operator_reference=str(data["operator_reference"]),
                succeeded=status == "succeeded",
                failure_reason=str(data.get("failure_reason") or "")[:200],
                amount=Decimal(str(data["amount"])),
                currency=str(data["currency"]),
                payload=data,
            )
        except (ValueError, TypeError, KeyError, InvalidOperation, ArithmeticError) as error:
            raise WebhookError("malformed body") from error
        if status not in ("succeeded", "failed") or not 0 < len(verdict.event_id) <= 100:
            raise WebhookError("malformed body")
        if not verdict.amount.is_finite():
            raise WebhookError("malformed body")
        return verdict


def operator_get() -> PaymentOperator:
    """The configured operator (settings.PAYMENT_OPERATOR)."""
    name = settings.PAYMENT_OPERATOR
    if name == "local":
        return LocalOperator(secret=settings.PAYMENT_WEBHOOK_SECRET)
    if name == "payu":
        from .payu import PayUOperator

        return PayUOperator.from_settings()
    raise ImproperlyConfigured(f"PAYMENT_OPERATOR={name!r}: use 'payu' (or 'local' in a demo)")


def local_operator_active() -> bool:
    return settings.PAYMENT_OPERATOR == "local"
