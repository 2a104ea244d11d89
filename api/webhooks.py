"""Signed webhooks: every event of a seller's journal POSTed to the seller's endpoints.

An event recorded in the journal (api.journal.event_record) makes one WebhookDelivery per
active endpoint of the seller that asked for its type, in the event's own transaction;
after commit a Celery task (api.tasks.webhook_deliver) POSTs it. A 2xx answer delivers
it; anything else (another status, a timeout, a refused connection, an address we may not
call) is a failed attempt, tried again after WEBHOOK_RETRY_DELAYS (1 min, 5 min, 30 min,
2 h, 12 h), picked up by the sweep (api.tasks.webhooks_sweep); after the last it is failed
for good. WEBHOOK_DISABLE_AFTER_FAILURES failed attempts in a row switch the endpoint off.

Each POST carries:

- `X-Marketplace-Event-Id`: the event's id (the same on every retry: idempotency key),
- `X-Marketplace-Event-Type`: its type,
- `X-Marketplace-Signature: t=<unix time>,v1=<hex HMAC-SHA256(secret, "<t>." + body)>`.

A receiver recomputes the HMAC over the raw body, compares in constant time and refuses a
`t` older than its replay window (docs/api.md, "Webhooks").
"""

import hashlib
import hmac
import ipaddress
import json
import secrets
import socket
import time
from datetime import timedelta
from urllib.parse import urlsplit

import httpx
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from core.queue import enqueue_on_commit

from .models import Event, WebhookAttempt, WebhookDelivery, WebhookEndpoint

# What a seller may subscribe to (api.journal lists what each carries).
EVENT_TYPES = [
    "message.delivered",
    "message.blocked",
    "thread.read",
    "question.answered_by_allina",
    "order.created",
    "order.status_changed",
    "shipment.created",
    "shipment.status_changed",
]
SIGNATURE_HEADER = "X-Marketplace-Signature"
# A claimed delivery is left alone this long by other workers and the sweep (longer than
# one POST with its timeout).
CLAIM_SECONDS = 120


def secret_new() -> str:
    return "whsec_" + secrets.token_urlsafe(32)


def sign(*, secret: str, timestamp: int, body: bytes) -> str:
    """The signature header's value for `body` sent at `timestamp`."""
    mac = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256)
    return f"t={timestamp},v1={mac.hexdigest()}"


def signature_verify(
    *, secret: str, header: str, body: bytes, tolerance: int = 300, now: float | None = None
) -> bool:
    """What a receiver does (docs/api.md shows the same in a few lines)."""
    try:
        parts = dict(item.split("=", 1) for item in header.split(","))
        timestamp = int(parts["t"])
    except (KeyError, ValueError):
        return False
    if abs((now or time.time()) - timestamp) > tolerance:
        return False
    expected = sign(secret=secret, timestamp=timestamp, body=body).split("v1=", 1)[1]
    return hmac.compare_digest(expected, parts.get("v1", ""))


# Addresses ---------------------------------------------------------------------------


def url_check(url: str) -> None:
    """Refuses (ValidationError) a URL we would not POST to: http in production (unless
    WEBHOOK_REQUIRE_HTTPS is off, as in development and the tests)."""
    parts = urlsplit(url)
    allowed = ("https",) if settings.WEBHOOK_REQUIRE_HTTPS else ("https", "http")
    if parts.scheme not in allowed or not parts.hostname:
        raise ValidationError(_("Enter an https:// address."), code="scheme")


class UnsafeAddress(Exception):
    pass


def address_check(url: str) -> list[str]:
    """The SSRF guard: the host must resolve to public addresses only (no loopback,
    private, link-local, reserved or multicast), unless WEBHOOK_ALLOW_PRIVATE_ADDRESSES
    (development and the tests, whose receivers listen on 127.0.0.1). Returns the
    addresses checked, in the resolver's order, which the POST then connects to
    (`pinned_request`): resolving the name again would let a DNS answer that changed since
    the check (rebinding) reach an inside host.
    """
    parts = urlsplit(url)
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or 443, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError) as error:
        raise UnsafeAddress(f"cannot resolve host: {error}") from error
    if not infos:
        raise UnsafeAddress("cannot resolve host")
    addresses = [ipaddress.ip_address(info[4][0]) for info in infos]
    if not settings.WEBHOOK_ALLOW_PRIVATE_ADDRESSES:
        for address in addresses:
            if not address.is_global or address.is_multicast:
                raise UnsafeAddress(f"host resolves to a non-public address {address}")
    return list(dict.fromkeys(str(address) for address in addresses))


def pinned_request(url: str, address: str) -> tuple[str, dict, dict]:
    """The URL to connect to `address` itself, with the `Host` header and the TLS server
    name (SNI and certificate check: httpcore's `sni_hostname`) still the URL's host."""
    parts = urlsplit(url)
    literal = f"[{address}]" if ":" in address else address
    netloc = f"{literal}:{parts.port}" if parts.port else literal
    host = parts.hostname if not parts.port else f"{parts.hostname}:{parts.port}"
    pinned = parts._replace(netloc=netloc).geturl()
    return pinned, {"Host": host}, {"sni_hostname": parts.hostname}


# Services ----------------------------------------------------------------------------


def endpoint_create(*, user, url: str, event_types: list[str]) -> WebhookEndpoint:
    url_check(url)
    return WebhookEndpoint.objects.create(
        user=user, url=url, event_types=sorted(set(event_types)), secret=secret_new()
    )


def endpoint_secret_regenerate(*, endpoint: WebhookEndpoint) -> WebhookEndpoint:
    endpoint.secret = secret_new()
    endpoint.save(update_fields=["secret"])
    return endpoint


def endpoint_enable(*, endpoint: WebhookEndpoint) -> WebhookEndpoint:
    endpoint.disabled_at = None
    endpoint.consecutive_failures = 0
    endpoint.save(update_fields=["disabled_at", "consecutive_failures"])
    return endpoint


def endpoint_delete(*, endpoint: WebhookEndpoint) -> None:
    endpoint.delete()


def deliveries_create(event: Event) -> None:
    """Called by the journal in the event's transaction: one delivery per endpoint that
    wants it, POSTed after commit."""
    endpoints = WebhookEndpoint.objects.filter(user_id=event.user_id, disabled_at__isnull=True)
    for endpoint in endpoints:
        if endpoint.event_types and event.kind not in endpoint.event_types:
            continue
        delivery = WebhookDelivery.objects.create(
            endpoint=endpoint, event=event, next_attempt_at=timezone.now()
        )
        from .tasks import webhook_deliver

        enqueue_on_commit(webhook_deliver, delivery.pk)


def delivery_resend(*, delivery: WebhookDelivery) -> None:
    """The seller's "resend": the same event (same id) once more, now."""
    WebhookDelivery.objects.filter(pk=delivery.pk).update(
        status=WebhookDelivery.Status.PENDING, next_attempt_at=timezone.now()
    )
    from .tasks import webhook_deliver

    with transaction.atomic():
        enqueue_on_commit(webhook_deliver, delivery.pk)


def payload(event: Event) -> bytes:
    return json.dumps(
        {
            "id": str(event.pk),  # as the journal (GET /messaging/events) gives it
            "type": event.kind,
            "occurredAt": event.occurred_at.isoformat(),
            "data": event.data,
        },
        separators=(",", ":"),
    ).encode()


def delivery_attempt(delivery_id: int) -> WebhookAttempt | None:
    """POSTs a due delivery once and records the attempt; nothing when it is not due or
    another worker holds it (a claim for CLAIM_SECONDS)."""
    now = timezone.now()
    claimed = WebhookDelivery.objects.filter(
        pk=delivery_id, status=WebhookDelivery.Status.PENDING, next_attempt_at__lte=now
    ).update(next_attempt_at=now + timedelta(seconds=CLAIM_SECONDS))
    if not claimed:
        return None
    delivery = WebhookDelivery.objects.select_related("endpoint", "event").get(pk=delivery_id)
    endpoint = delivery.endpoint
    body = payload(delivery.event)
    timestamp = int(time.time())
    headers = {
        "Content-Type": "application/json",
        "User-Agent": "Marketplace-Webhooks/1",
        "X-Marketplace-Event-Id": str(delivery.event_id),
        "X-Marketplace-Event-Type": delivery.event.kind,
        SIGNATURE_HEADER: sign(secret=endpoint.secret, timestamp=timestamp, body=body),
    }
    status_code, error = None, ""
    started = time.monotonic()
    try:
        if endpoint.disabled_at is not None:
            raise UnsafeAddress("endpoint switched off")
        addresses = address_check(endpoint.url)
        with httpx.Client(timeout=settings.WEBHOOK_TIMEOUT_SECONDS) as client:
            for number, address in enumerate(addresses, start=1):
                url, host, extensions = pinned_request(endpoint.url, address)
                try:
                    response = client.post(
                        url,
                        content=body,
                        headers={**headers, **host},
                        extensions=extensions,
                        follow_redirects=False,
                    )
                    break
                except httpx.ConnectError:  # nothing listens there: the host's next address
                    if number == len(addresses):
                        raise
        status_code = response.status_code
        if not 200 <= status_code < 300:
            error = f"HTTP {status_code}"
    except httpx.TimeoutException:
        error = "timeout"
    except httpx.HTTPError as failure:
        error = f"connection error: {failure.__class__.__name__}"[:200]
    except UnsafeAddress as failure:
        error = str(failure)[:200]
    duration_ms = int((time.monotonic() - started) * 1000)
    return _attempt_record(delivery, status_code=status_code, error=error, duration=duration_ms)


def _attempt_record(
    delivery: WebhookDelivery, *, status_code: int | None, error: str, duration: int
) -> WebhookAttempt:
    delays = settings.WEBHOOK_RETRY_DELAYS
    with transaction.atomic():
        attempt = WebhookAttempt.objects.create(
            delivery=delivery, status_code=status_code, error=error, duration_ms=duration
        )
        delivery.attempts += 1
        endpoints = WebhookEndpoint.objects.filter(pk=delivery.endpoint_id)
        if not error:
            delivery.status = WebhookDelivery.Status.DELIVERED
            delivery.next_attempt_at = None
            endpoints.update(consecutive_failures=0)
        else:
            if delivery.attempts > len(delays):
                delivery.status = WebhookDelivery.Status.FAILED
                delivery.next_attempt_at = None
            else:
                delay = delays[delivery.attempts - 1]
                delivery.next_attempt_at = timezone.now() + timedelta(seconds=delay)
            endpoints.update(consecutive_failures=F("consecutive_failures") + 1)
            endpoints.filter(
                disabled_at__isnull=True,
                consecutive_failures__gte=settings.WEBHOOK_DISABLE_AFTER_FAILURES,
            ).update(disabled_at=timezone.now())
        delivery.save(update_fields=["attempts", "status", "next_attempt_at"])
    return attempt


def deliveries_due(limit: int = 500) -> list[int]:
    """Pending deliveries whose time has come, of endpoints still on."""
    return list(
        WebhookDelivery.objects.filter(
            status=WebhookDelivery.Status.PENDING,
            next_attempt_at__lte=timezone.now(),
            endpoint__disabled_at__isnull=True,
        )
        .order_by("next_attempt_at")
        .values_list("pk", flat=True)[:limit]
    )
