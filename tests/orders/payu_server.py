"""A loopback server that speaks PayU's REST API v2.1 (orders/payu.py documents it).

It issues OAuth tokens (client credentials), creates orders (answering 302 with the JSON
body PayU sends), takes refunds, and sends signed notifications to the shop's notifyUrl
as PayU does (`OpenPayu-Signature: sender=checkout;signature=...;algorithm=MD5;...`).
Failures are queued per API call: `server.failures.append(503 | 401 | "timeout" |
"garbage")`; `server.revoke_tokens()` expires every token issued so far.
"""

import hashlib
import json
import secrets
import time
from http.server import BaseHTTPRequestHandler
from urllib.parse import parse_qs

import httpx

from tests.loopback import LoopbackServer


class PayUServer(LoopbackServer):
    owner_attribute = "payu"

    def __init__(
        self,
        *,
        pos_id="300746",
        client_id="300746",
        client_secret="s3cr3t",  # noqa: S107 (the loopback server's own)
        second_key="b6ca15b0d1020e8094d9b5f8d163db54",
    ) -> None:
        self.pos_id, self.client_id, self.client_secret = pos_id, client_id, client_secret
        self.second_key = second_key
        self.tokens: set[str] = set()
        self.tokens_issued = 0
        self.orders: dict[str, dict] = {}
        self.refunds: dict[str, dict] = {}
        self.failures: list = []
        self.requests: list[tuple[str, str]] = []
        self.timeout_seconds = 2.0
        self._serve()
        self.start()

    def revoke_tokens(self) -> None:
        self.tokens.clear()

    # --- notifications, as PayU sends them ------------------------------------------------

    def sign(self, body: bytes, *, key: str | None = None, algorithm: str = "MD5") -> str:
        name = {"MD5": "md5", "SHA-256": "sha256"}[algorithm]
        digest = hashlib.new(name, body + (key or self.second_key).encode()).hexdigest()
        return f"sender=checkout;signature={digest};algorithm={algorithm};content=DOCUMENT"

    def order_notification(self, order_id: str, status: str, **overrides) -> bytes:
        order = {**self.orders[order_id]["body"], "orderId": order_id, "status": status}
        order.update(overrides)
        return json.dumps(
            {
                "order": order,
                "localReceiptDateTime": "2026-12-05T10:00:00.000+01:00",
                "properties": [{"name": "PAYMENT_ID", "value": "5000000001"}],
            }
        ).encode()

    def notify(
        self,
        order_id: str,
        status: str,
        *,
        body: bytes | None = None,
        signature: str | None = None,
        **overrides,
    ) -> httpx.Response:
        """POST a notification for `order_id` to its notifyUrl, signed unless told."""
        body = body if body is not None else self.order_notification(order_id, status, **overrides)
        headers = {"Content-Type": "application/json"}
        headers["OpenPayu-Signature"] = self.sign(body) if signature is None else signature
        if signature == "":
            del headers["OpenPayu-Signature"]
        return httpx.post(
            self.orders[order_id]["body"]["notifyUrl"], content=body, headers=headers, timeout=10
        )

    def refund_notify(self, refund_id: str, status: str) -> httpx.Response:
        refund = self.refunds[refund_id]
        order = self.orders[refund["orderId"]]
        body = json.dumps(
            {
                "orderId": refund["orderId"],
                "extOrderId": order["body"]["extOrderId"],
                "refund": {
                    "refundId": refund_id,
                    "extRefundId": refund["extRefundId"],
                    "amount": refund["amount"],
                    "currencyCode": order["body"]["currencyCode"],
                    "status": status,
                    "statusDateTime": "2026-12-05T10:05:00.000+01:00",
                    "reason": "refund",
                    "reasonDescription": "on customer's request",
                    "refundDate": "2026-12-05T10:05:00.000+01:00",
                },
            }
        ).encode()
        return httpx.post(
            order["body"]["notifyUrl"],
            content=body,
            headers={"Content-Type": "application/json", "OpenPayu-Signature": self.sign(body)},
            timeout=10,
        )


class _Handler(BaseHTTPRequestHandler):
    payu: PayUServer

    def log_message(self, *args) -> None:  # quiet
        pass

    def _send(self, status: int, body: dict | bytes, headers: dict | None = None) -> None:
        raw = body if isinstance(body, bytes) else json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(raw)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(raw)

    def _body(self) -> bytes:
        return self.rfile.read(int(self.headers.get("Content-Length") or 0))

    def _authorised(self) -> bool:
        token = self.headers.get("Authorization", "").removeprefix("Bearer ")
        return token in self.payu.tokens

    def _failure(self) -> bool:
        """Play the next queued failure, if any; True when it answered."""
        if not self.payu.failures:
            return False
        failure = self.payu.failures.pop(0)
        if failure == "timeout":
            time.sleep(self.payu.timeout_seconds)
            self._send(200, {"status": {"statusCode": "SUCCESS"}})
        elif failure == "garbage":
            self._send(200, b"<html>maintenance</html>")
        elif failure == 401:
            self.payu.revoke_tokens()
            return False  # the request then meets a revoked token
        else:
            self._send(failure, {"status": {"statusCode": "ERROR_INTERNAL"}})
        return True

    def do_POST(self) -> None:
        payu = self.payu
        body = self._body()
        payu.requests.append(("POST", self.path))
        if self.path == "/pl/standard/user/oauth/authorize":
            form = {k: v[0] for k, v in parse_qs(body.decode()).items()}
            if (form.get("grant_type"), form.get("client_id"), form.get("client_secret")) != (
                "client_credentials",
                payu.client_id,
                payu.client_secret,
            ):
                self._send(401, {"error": "invalid_client"})
                return
            token = secrets.token_hex(16)
            payu.tokens.add(token)
            payu.tokens_issued += 1
            self._send(
                200,
                {
                    "access_token": token,
                    "token_type": "bearer",
                    "expires_in": 43199,
                    "grant_type": "client_credentials",
                },
            )
            return
        if self._failure():
            return
        if not self._authorised():
            self._send(401, {"error": "invalid_token"})
            return
        data = json.loads(body)
        if self.path == "/api/v2_1/orders":
            missing = [
                key
                for key in (
                    "notifyUrl",
                    "customerIp",
                    "merchantPosId",
                    "description",
                    "currencyCode",
                    "totalAmount",
                    "extOrderId",
                    "products",
                )
                if not data.get(key)
            ]
            if (
                missing
                or data["merchantPosId"] != payu.pos_id
                or not data["totalAmount"].isdigit()
            ):
                self._send(
                    400,
                    {
                        "status": {
                            "statusCode": "ERROR_VALUE_INVALID",
                            "statusDesc": f"invalid {missing}",
                        }
                    },
                )
                return
            order_id = secrets.token_hex(10).upper()
            payu.orders[order_id] = {"body": data, "status": "NEW"}
            redirect = f"{payu.url}/pay/?orderId={order_id}"
            self._send(
                302,
                {
                    "status": {"statusCode": "SUCCESS"},
                    "redirectUri": redirect,
                    "orderId": order_id,
                    "extOrderId": data["extOrderId"],
                },
                {"Location": redirect},
            )
            return
        if self.path.startswith("/api/v2_1/orders/") and self.path.endswith("/refunds"):
            order_id = self.path.split("/")[4]
            if order_id not in payu.orders:
                self._send(404, {"status": {"statusCode": "DATA_NOT_FOUND"}})
                return
            refund_id = str(5000000000 + len(payu.refunds))
            refund = data["refund"]
            payu.refunds[refund_id] = {"orderId": order_id, **refund}
            self._send(
                200,
                {
                    "orderId": order_id,
                    "refund": {
                        "refundId": refund_id,
                        "extRefundId": refund.get("extRefundId"),
                        "amount": refund.get("amount"),
                        "status": "PENDING",
                    },
                    "status": {
                        "statusCode": "SUCCESS",
                        "statusDesc": "Refund queued for processing",
                    },
                },
            )
            return
        self._send(404, {"status": {"statusCode": "DATA_NOT_FOUND"}})


PayUServer.handler = _Handler
