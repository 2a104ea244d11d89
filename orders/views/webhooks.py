"""Carriers push tracking events here: ``POST /webhooks/carriers/<carrier>/``.

The contract, for the carriers' developers:

- Sign every request with HMAC-SHA256, key: the carrier's secret
  (``settings.CARRIER_WEBHOOK_SECRETS[carrier]``, else ``CARRIER_WEBHOOK_DEFAULT_SECRET``),
  message: ``<timestamp> + "." + <raw body>``. Send ``X-Carrier-Timestamp: <unix seconds>``
  and ``X-Carrier-Signature: sha256=<hex digest>``. A timestamp more than five minutes
  away from our clock is refused, so a captured request cannot be replayed later.
- The body is one event (a JSON object, shape in
  ``orders.services.shipments.carrier_event_parse``) or a list of up to 100 of them.
- Answers are JSON:

  ====  ===============================================================================
  200   ``{"status": "accepted"}``, or ``{"status": "duplicate"}`` for an event id
        already stored (nothing changes, so retries are safe). A list gets
        ``{"status": ..., "results": [{"event_id": ..., "status": ...}, ...]}``.
  400   ``{"error": "..."}``: not JSON, or an event that is not valid (a list: the valid
        events are stored, ``results`` says which were refused and why).
  401   missing or wrong signature, stale timestamp.
  404   unknown carrier, or no shipment of this carrier has the tracking number.
  405   not a POST.
  413   a body over the size limit.
  ====  ===============================================================================
"""

import hashlib
import hmac
import json
import logging
import re
import time

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.http import JsonResponse
from django.utils import translation
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt

from core.exceptions import DomainError

from .. import services
from ..models import Carrier

logger = logging.getLogger(__name__)

TIMESTAMP_TOLERANCE = 5 * 60  # seconds either way
MAX_BATCH = 100
_TIMESTAMP = re.compile(r"\d{1,12}", re.ASCII)
_SIGNATURE = re.compile(r"sha256=([0-9a-f]{64})", re.ASCII | re.IGNORECASE)


def _error(status: int, message: str, **extra) -> JsonResponse:
    return JsonResponse({"error": message, **extra}, status=status)


def _signature_problem(carrier: str, request, body: bytes) -> str:
    """Why the request is not signed by this carrier ("" when it is)."""
    timestamp = request.headers.get("X-Carrier-Timestamp", "").strip()
    signature = request.headers.get("X-Carrier-Signature", "").strip()
    if not timestamp or not signature:
        return "missing X-Carrier-Timestamp or X-Carrier-Signature header"
    if not _TIMESTAMP.fullmatch(timestamp):
        return "X-Carrier-Timestamp must be Unix time in seconds"
    if abs(time.time() - int(timestamp)) > TIMESTAMP_TOLERANCE:
        return "stale timestamp: more than 5 minutes from the server's clock"
    match = _SIGNATURE.fullmatch(signature)
    if match is None:
        return "X-Carrier-Signature must be sha256=<hex digest>"
    secret = settings.CARRIER_WEBHOOK_SECRETS.get(carrier, settings.CARRIER_WEBHOOK_DEFAULT_SECRET)
    if not secret:  # never accept what anyone could sign
        return "webhooks of this carrier are not configured"
    expected = hmac.new(
        secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256
    ).hexdigest()
    if not hmac.compare_digest(expected, match.group(1).lower()):
        return "invalid signature"
    return ""


def _ingest(carrier: str, payload: object) -> tuple[int, dict]:
    """One event: an HTTP status and the result for the body."""
    event_id = payload.get("event_id") if isinstance(payload, dict) else None
    label = {"event_id": event_id} if isinstance(event_id, str | int) else {}
    try:
        event = services.carrier_event_ingest(carrier=carrier, payload=payload)
    except DomainError as error:
        status = 404 if error.code == "unknown_shipment" else 400
        return status, {**label, "status": "refused", "error": error.message}
    return 200, {**label, "status": "accepted" if event.is_new else "duplicate"}


@csrf_exempt
@never_cache
def carrier_webhook(request, carrier: str):
    if carrier not in Carrier.values:
        return _error(404, "unknown carrier")
    if request.method != "POST":
        response = _error(405, "use POST")
        response["Allow"] = "POST"
        return response
    try:
        body = request.body
    except RequestDataTooBig:
        return _error(413, "request body too large")
    # The answers are for the carriers' developers, whatever the site's default language.
    with translation.override("en"):
        if problem := _signature_problem(carrier, request, body):
            logger.warning("Carrier webhook %s refused: %s", carrier, problem)
            return _error(401, problem)
        try:
            data = json.loads(body)
        except (ValueError, RecursionError):
            return _error(400, "malformed JSON")
        if isinstance(data, dict):
            status, result = _ingest(carrier, data)
            if status != 200:
                logger.info("Carrier webhook %s: event refused: %s", carrier, result["error"])
                return _error(status, result["error"])
            return JsonResponse({"status": result["status"]})
        if not isinstance(data, list):
            return _error(400, "expected a JSON object (one event) or a list of events")
        if not data or len(data) > MAX_BATCH:
            return _error(400, f"a list must hold 1 to {MAX_BATCH} events")
        outcomes = [_ingest(carrier, item) for item in data]
        results = [result for _status, result in outcomes]
        refused = sum(status != 200 for status, _result in outcomes)
        if refused:
            logger.info("Carrier webhook %s: %s of %s events refused", carrier, refused, len(data))
            return _error(400, f"{refused} of {len(data)} events refused", results=results)
        accepted = any(result["status"] == "accepted" for result in results)
        return JsonResponse(
            {"status": "accepted" if accepted else "duplicate", "results": results}
        )
