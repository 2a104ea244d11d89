"""PayU (REST API v2.1) behind the payment-operator interface (orders/payment_operator.py).

The protocol, as PayU documents it and its PHP SDK (PayU-EMEA/openpayu_php) implements it:

- **OAuth**: `POST /pl/standard/user/oauth/authorize` with `grant_type=client_credentials`,
  `client_id`, `client_secret` (form-encoded) → `{"access_token", "expires_in", ...}`.
  The token is cached (shared cache) until shortly before it expires; a 401 on a call
  drops it and the call is made once more with a fresh one.
- **Order**: `POST /api/v2_1/orders` with the bearer token and JSON (`merchantPosId`,
  `extOrderId` = our attempt's reference, `totalAmount` in minor units as a string,
  `currencyCode`, `notifyUrl`, `continueUrl`, `customerIp`, `description`, `buyer`,
  `products`). PayU answers 302 (or 201/200) with `{"status": {"statusCode": "SUCCESS"},
  "redirectUri", "orderId"}`; the buyer is sent to `redirectUri`.
- **Notifications**: PayU POSTs `{"order": {"orderId", "extOrderId", "status",
  "totalAmount", "currencyCode", ...}}` (or `{"refund": {...}, "orderId", "extOrderId"}`)
  with `OpenPayu-Signature: sender=checkout;signature=<hex>;algorithm=MD5;content=DOCUMENT`,
  the signature being `hash(raw body + second key)` with the named algorithm. Order
  statuses: NEW, PENDING, WAITING_FOR_CONFIRMATION (no change for us), COMPLETED (paid),
  CANCELED / REJECTED (failed). Refund statuses: PENDING, FINALIZED, CANCELED.
- **Refund**: `POST /api/v2_1/orders/{orderId}/refunds` with `{"refund": {"description",
  "amount", "extRefundId"}}` → `{"refund": {"refundId", "status": "PENDING"}, "status":
  {"statusCode": "SUCCESS"}}`; the result arrives later as a refund notification.

Timeouts, connection errors, 5xx and answers that are not what the protocol promises
raise `OperatorUnavailable` (try again later); other 4xx raise `OperatorRefused`.
"""

import hashlib
import hmac
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from urllib.parse import urljoin

import httpx
from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured
from django.urls import reverse

from .models import PaymentAttempt, Refund
from .payment_operator import (
    OperatorRefused,
    OperatorUnavailable,
    PaymentVerdict,
    RefundOutcome,
    RefundVerdict,
    WebhookError,
    json_loads_webhook,
)

SIGNATURE_HEADER = "OpenPayu-Signature"
HASHES = {"MD5": "md5", "SHA": "sha256", "SHA-256": "sha256", "SHA256": "sha256"}
PAID = {"COMPLETED"}
FAILED = {"CANCELED", "REJECTED"}
IN_PROGRESS = {"NEW", "PENDING", "WAITING_FOR_CONFIRMATION"}
REFUND_DONE = {"FINALIZED"}
REFUND_FAILED = {"CANCELED"}
TOKEN_MARGIN_SECONDS = 60
MINOR_UNITS = Decimal(100)  # PayU counts every currency it takes here in hundredths


def _minor(amount: Decimal) -> str:
    return str(int((amount * MINOR_UNITS).to_integral_exact()))


def _text(value: object, limit: int = 100) -> str:
    if not isinstance(value, str | int) or isinstance(value, bool):
        raise WebhookError("malformed body")
    text = str(value)
    if not 0 < len(text) <= limit:
        raise WebhookError("malformed body")
    return text


class PayUOperator:
    def __init__(
        self,
        *,
        api_url: str,
        pos_id: str,
        client_id: str,
        client_secret: str,
        second_key: str,
        timeout: float = 10.0,
        site_url: str = "",
    ) -> None:
        if not all((api_url, pos_id, client_id, client_secret, second_key)):
            raise ImproperlyConfigured(
                "PAYMENT_OPERATOR=payu needs PAYU_API_URL, PAYU_POS_ID, PAYU_CLIENT_ID, "
                "PAYU_CLIENT_SECRET and PAYU_SECOND_KEY"
            )
        self.api_url = api_url.rstrip("/") + "/"
        self.pos_id = pos_id
        self.client_id = client_id
        self.client_secret = client_secret
        self.second_key = second_key
        self.timeout = timeout
        self.site_url = site_url.rstrip("/")

    @classmethod
    def from_settings(cls) -> "PayUOperator":
        return cls(
            api_url=settings.PAYU_API_URL,
            pos_id=settings.PAYU_POS_ID,
            client_id=settings.PAYU_CLIENT_ID,
            client_secret=settings.PAYU_CLIENT_SECRET,
            second_key=settings.PAYU_SECOND_KEY,
            timeout=settings.PAYU_TIMEOUT_SECONDS,
            site_url=settings.SITE_URL,
        )

    # --- HTTP -----------------------------------------------------------------------------

    @property
    def _token_key(self) -> str:
        digest = hashlib.sha256(f"{self.api_url}|{self.client_id}".encode()).hexdigest()[:16]
        return f"payu-token:{digest}"

    def _token(self, *, fresh: bool = False) -> str:
        if not fresh:
            token = cache.get(self._token_key)
            if token:
                return token
        data = self._send(
            "POST",
            "pl/standard/user/oauth/authorize",
            data={
                "grant_type": "client_credentials",
                "client_id": self.client_id,
                "client_secret": self.client_secret,
            },
        )
        token, expires = data.get("access_token"), data.get("expires_in")
        if not isinstance(token, str) or not token or not isinstance(expires, int):
            raise OperatorUnavailable("OAuth answer without access_token / expires_in")
        cache.set(self._token_key, token, max(1, expires - TOKEN_MARGIN_SECONDS))
        return token

    def _send(self, method: str, path: str, *, token: str = "", **kwargs) -> dict:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        try:
            response = httpx.request(
                method,
                urljoin(self.api_url, path),
                headers=headers,
                timeout=self.timeout,
                follow_redirects=False,  # an order's 302 carries the answer itself
                **kwargs,
            )
        except httpx.HTTPError as error:
            raise OperatorUnavailable(f"{method} {path}: {error!r}") from error
        if response.status_code == 401 and token:
            raise PermissionError  # the caller renews the token once
        if response.status_code >= 500 or response.status_code == 429:
            raise OperatorUnavailable(f"{method} {path}: HTTP {response.status_code}")
        try:
            data = response.json()
        except ValueError as error:
            raise OperatorUnavailable(f"{method} {path}: not JSON") from error
        if not isinstance(data, dict):
            raise OperatorUnavailable(f"{method} {path}: not a JSON object")
        if response.status_code >= 400:
            status = data.get("status") if isinstance(data.get("status"), dict) else {}
            reason = status.get("statusDesc") or status.get("statusCode") or "refused"
            raise OperatorRefused(f"HTTP {response.status_code}: {str(reason)[:150]}")
        return data

    def _call(self, method: str, path: str, **kwargs) -> dict:
        try:
            return self._send(method, path, token=self._token(), **kwargs)
        except PermissionError:
            try:
                return self._send(method, path, token=self._token(fresh=True), **kwargs)
            except PermissionError as error:
                raise OperatorUnavailable(f"{method} {path}: 401 with a fresh token") from error

    # --- the interface --------------------------------------------------------------------

    def start(self, *, attempt: PaymentAttempt, customer_ip: str) -> str:
        payment = attempt.payment
        order = payment.order
        order_url = self.site_url + reverse("orders:order_detail", args=[order.pk])
        body = {
            "notifyUrl": self.site_url + reverse("orders:payment_webhook"),
            "continueUrl": order_url,
            "customerIp": customer_ip or "127.0.0.1",
            "merchantPosId": self.pos_id,
            "description": f"Order {order.transaction_id}",
            "currencyCode": payment.currency,
            "totalAmount": _minor(payment.amount),
            "extOrderId": attempt.operator_reference,
            "buyer": {"email": order.buyer.email, "language": order.buyer.ui_language},
            "products": [
                {
                    "name": line.title[:255],
                    "unitPrice": _minor(line.unit_price),
                    "quantity": str(line.quantity),
                }
                for line in order.lines.all()
            ],
        }
        data = self._call("POST", "api/v2_1/orders", json=body)
        status = data.get("status") if isinstance(data.get("status"), dict) else {}
        redirect, order_id = data.get("redirectUri"), data.get("orderId")
        if status.get("statusCode") != "SUCCESS" or not isinstance(redirect, str):
            raise OperatorUnavailable(f"order create: unexpected answer {status!r}")
        if not redirect.startswith("https://") and not redirect.startswith(self.api_url):
            raise OperatorUnavailable("order create: redirect is not the operator's")
        if not isinstance(order_id, str) or not 0 < len(order_id) <= 64:
            raise OperatorUnavailable("order create: no orderId")
        PaymentAttempt.objects.filter(pk=attempt.pk).update(operator_order_id=order_id)
        attempt.operator_order_id = order_id
        return redirect

    def refund(self, *, refund: Refund) -> RefundOutcome:
        order_id = refund.attempt.operator_order_id
        if not order_id:
            raise OperatorRefused("the attempt has no PayU orderId")
        data = self._call(
            "POST",
            f"api/v2_1/orders/{order_id}/refunds",
            json={
                "refund": {
                    "description": f"Refund {refund.reference}",
                    "amount": _minor(refund.amount),
                    "currencyCode": refund.currency,
                    "extRefundId": refund.reference,
                }
            },
        )
        status = data.get("status") if isinstance(data.get("status"), dict) else {}
        answer = data.get("refund") if isinstance(data.get("refund"), dict) else {}
        if status.get("statusCode") != "SUCCESS":
            raise OperatorUnavailable(f"refund: unexpected answer {status!r}")
        refund_id = answer.get("refundId")
        done = answer.get("status") in REFUND_DONE
        return RefundOutcome(done=done, operator_refund_id=str(refund_id or "")[:64])

    def verify(self, *, body: bytes, headers: Mapping[str, str]) -> None:
        raw = headers.get(SIGNATURE_HEADER) or headers.get("X-" + SIGNATURE_HEADER) or ""
        fields = {}
        for part in raw.split(";"):
            name, _, value = part.strip().partition("=")
            if name:
                fields[name.lower()] = value.strip()
        algorithm = HASHES.get(fields.get("algorithm", "").upper())
        given = fields.get("signature", "")
        if algorithm is None or not given:
            raise WebhookError("missing or malformed OpenPayu-Signature")
        expected = hashlib.new(algorithm, body + self.second_key.encode()).hexdigest()
        if not hmac.compare_digest(expected, given.lower()):
            raise WebhookError("bad signature")

    def parse(self, *, body: bytes) -> PaymentVerdict | RefundVerdict | None:
        data = json_loads_webhook(body)
        if isinstance(data.get("refund"), dict):
            refund = data["refund"]
            status = _text(refund.get("status"), 30)
            reference = _text(refund.get("extRefundId") or "", 64)
            if status not in REFUND_DONE | REFUND_FAILED:
                return None
            return RefundVerdict(
                event_id=f"payu:refund:{_text(refund.get('refundId'), 64)}:{status}",
                refund_reference=reference,
                succeeded=status in REFUND_DONE,
                failure_reason="" if status in REFUND_DONE else "Refund cancelled by PayU",
                payload=data,
            )
        order = data.get("order")
        if not isinstance(order, dict):
            raise WebhookError("malformed body")
        status = _text(order.get("status"), 30)
        if status in IN_PROGRESS:
            return None
        if status not in PAID | FAILED:
            raise WebhookError("unknown order status")
        try:
            amount = Decimal(_text(order.get("totalAmount"), 20)) / MINOR_UNITS
        except InvalidOperation as error:
            raise WebhookError("malformed amount") from error
        if not amount.is_finite():
            raise WebhookError("malformed amount")
        order_id = _text(order.get("orderId"), 64)
        return PaymentVerdict(
            event_id=f"payu:order:{order_id}:{status}",
            operator_reference=_text(order.get("extOrderId"), 64),
            succeeded=status in PAID,
            failure_reason="" if status in PAID else "Declined by the payment operator",
            amount=amount,
            currency=_text(order.get("currencyCode"), 3),
            payload=data,
            operator_order_id=order_id,
        )
