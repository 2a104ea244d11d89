"""A loopback server that speaks InPost's ShipX Points API as documented (see the
docstring of orders/pickup_points.py for the pages).

- ``GET /v1/points``: the collection ``{href, count, page, per_page, total_pages, items}``,
  filtered by ``name``, ``city``, ``type``, ``functions`` and ``relative_post_code`` (the
  same postal district, nearest first), paged by ``page``/``per_page`` (integers: anything
  else is a 400 ``validation_failed``, as the documentation's "hard validation" says).
- ``GET /v1/points/{name}``: one point, or 404 ``resource_not_found``.
- Errors are the documented body ``{status, error, message, details}``.

Failures are queued per request: ``server.failures.append(x)`` with x an HTTP status
(answered with the error body), ``"timeout"`` (answers after ``timeout_seconds``),
``"garbage"`` (an HTML page with status 200), ``"no_items"`` (JSON without ``items``) or
``"truncated"`` (JSON cut short).
"""

import contextlib
import json
import time
from http.server import BaseHTTPRequestHandler
from urllib.parse import parse_qs, unquote, urlparse

from tests.loopback import LoopbackServer

COLLECT = ["parcel", "parcel_send", "parcel_collect"]
ERROR_KEYS = {400: "validation_failed", 401: "token_invalid", 403: "access_forbidden"}
ERROR_KEYS |= {404: "resource_not_found", 500: "internal_server_error", 503: "unavailable"}

POINTS = [
    {
        "href": "https://api-shipx-pl.easypack24.net/v1/points/KRA01M",
        "name": "KRA01M",
        "type": ["parcel_locker"],
        "status": "Operating",
        "location": {"longitude": 19.93, "latitude": 50.07},
        "location_type": "Outdoor",
        "location_description": "Przy sklepie Żabka",
        "opening_hours": "24/7",
        "address": {"line1": "Karmelicka 24", "line2": "31-128 Kraków"},
        "address_details": {
            "city": "Kraków",
            "province": "małopolskie",
            "post_code": "31-128",
            "street": "Karmelicka",
            "building_number": "24",
            "flat_number": None,
        },
        "functions": COLLECT,
        "partner_id": 0,
        "location_247": True,
    },
    {
        "href": "https://api-shipx-pl.easypack24.net/v1/points/KRA77P",
        "name": "KRA77P",
        "type": ["pop"],
        "status": "Operating",
        "location": {"longitude": 19.95, "latitude": 50.06},
        "location_description": "Kiosk",
        "opening_hours": "Pn-Pt 8-18",
        "address": {"line1": "Lubicz 3", "line2": "31-034 Kraków"},
        "address_details": {
            "city": "Kraków",
            "post_code": "31-034",
            "street": "Lubicz",
            "building_number": "3",
        },
        "functions": COLLECT,
    },
    {
        "name": "KRA99X",
        "type": ["parcel_locker"],
        "status": "Disabled",
        "address": {"line1": "Zamknięta 1", "line2": "31-001 Kraków"},
        "address_details": {"city": "Kraków", "post_code": "31-001", "street": "Zamknięta"},
        "functions": COLLECT,
    },
    {
        # A send-only point: the buyer could not collect a parcel there.
        "name": "KRA50S",
        "type": ["pop"],
        "status": "Operating",
        "address_details": {"city": "Kraków", "post_code": "31-150", "street": "Lea"},
        "functions": ["parcel_send"],
    },
    {
        "name": "WAW14M",
        "type": ["parcel_locker_only"],
        "status": "Operating",
        "opening_hours": "24/7",
        "address_details": {
            "city": "Warszawa",
            "post_code": "00-017",
            "street": "Marszałkowska",
            "building_number": "104",
        },
        "functions": COLLECT,
    },
]


def _district_distance(point: dict, post_code: str) -> int:
    code = point["address_details"]["post_code"].replace("-", "")
    return abs(int(code) - int(post_code.replace("-", "")))


class ShipXServer(LoopbackServer):
    owner_attribute = "shipx"

    def __init__(self) -> None:
        self.failures: list = []
        self.requests: list[dict] = []
        self.timeout_seconds = 2.0
        self._serve()


class _Handler(BaseHTTPRequestHandler):
    shipx: ShipXServer

    def log_message(self, *args) -> None:
        pass

    def _send(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        # The client may have given up waiting (a simulated timeout).
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(body)

    def _error(self, status: int, message: str = "Error", details: dict | None = None) -> None:
        body = {
            "status": status,
            "error": ERROR_KEYS.get(status, "error"),
            "message": message,
            "details": details or {},
        }
        self._send(status, json.dumps(body).encode())

    def do_GET(self) -> None:
        url = urlparse(self.path)
        query = {k: v[0] for k, v in parse_qs(url.query).items()}
        self.shipx.requests.append(
            {"path": url.path, "authorization": self.headers.get("Authorization", ""), **query}
        )
        if self.shipx.failures:
            failure = self.shipx.failures.pop(0)
            if failure == "timeout":
                time.sleep(self.shipx.timeout_seconds)
                return self._send(200, b'{"items": []}')
            if failure == "garbage":
                return self._send(200, b"<html>maintenance</html>")
            if failure == "no_items":
                return self._send(200, b'{"count": 0, "page": 1}')
            if failure == "truncated":
                return self._send(200, b'{"count": 1, "items": [{"name": "KRA01M", "ty')
            return self._error(failure, "Simulated failure")
        if url.path.startswith("/v1/points/"):
            name = unquote(url.path.removeprefix("/v1/points/"))
            point = next((p for p in POINTS if p["name"] == name), None)
            if point is None:
                return self._error(404, "Resource you are looking for are not found")
            return self._send(200, json.dumps(point).encode())
        if url.path != "/v1/points":
            return self._error(404, "Resource you are looking for are not found")
        try:
            page = int(query.get("page", 1))
            per_page = int(query.get("per_page", 25))
        except ValueError:
            return self._error(400, "Invalid parameter", {"per_page": ["invalid_format"]})
        items = POINTS
        if "name" in query:
            items = [p for p in items if p["name"] == query["name"]]
        if "city" in query:
            items = [p for p in items if p["address_details"]["city"] == query["city"]]
        if "type" in query:
            kinds = query["type"].split(",")
            items = [p for p in items if set(p["type"]) & set(kinds)]
        if "functions" in query:
            wanted = set(query["functions"].split(","))
            items = [p for p in items if wanted <= set(p.get("functions", []))]
        if "relative_post_code" in query:
            district = query["relative_post_code"][:2]
            items = [p for p in items if p["address_details"]["post_code"][:2] == district]
            if query.get("sort_by") == "distance_to_relative_point":
                items = sorted(
                    items, key=lambda p: _district_distance(p, query["relative_post_code"])
                )
        start = (page - 1) * per_page
        body = {
            "href": "https://api-shipx-pl.easypack24.net/v1/points",
            "count": len(items),
            "page": page,
            "per_page": per_page,
            "total_pages": max(1, -(-len(items) // per_page)),
            "items": items[start : start + per_page],
        }
        self._send(200, json.dumps(body).encode())


ShipXServer.handler = _Handler
