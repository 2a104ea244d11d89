"""A loopback server that speaks InPost's ShipX Points API (GET /v1/points).

It answers the documented JSON (`count`, `page`, `per_page`, `total_pages`, `items` with
`name`, `type`, `status`, `opening_hours`, `location_description`, `address`,
`address_details`), filtered by `name`, `city` and `relative_post_code` (the same postal
district). Failures are queued per request: `server.failures.append(500 | "timeout" |
"garbage")`.
"""

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

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
        "location_247": True,
    },
    {
        "href": "https://api-shipx-pl.easypack24.net/v1/points/KRA77P",
        "name": "KRA77P",
        "type": ["pop"],
        "status": "Operating",
        "location_description": "Kiosk",
        "opening_hours": "Pn-Pt 8-18",
        "address": {"line1": "Lubicz 3", "line2": "31-034 Kraków"},
        "address_details": {
            "city": "Kraków",
            "post_code": "31-034",
            "street": "Lubicz",
            "building_number": "3",
        },
    },
    {
        "name": "KRA99X",
        "type": ["parcel_locker"],
        "status": "Disabled",
        "address": {"line1": "Zamknięta 1", "line2": "31-001 Kraków"},
        "address_details": {"city": "Kraków", "post_code": "31-001", "street": "Zamknięta"},
    },
    {
        "name": "WAW14M",
        "type": ["parcel_locker"],
        "status": "Operating",
        "opening_hours": "24/7",
        "address_details": {
            "city": "Warszawa",
            "post_code": "00-017",
            "street": "Marszałkowska",
            "building_number": "104",
        },
    },
]


class ShipXServer:
    def __init__(self) -> None:
        self.failures: list = []
        self.requests: list[dict] = []
        self.timeout_seconds = 2.0
        handler = type("Handler", (_Handler,), {"shipx": self})
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_port}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> "ShipXServer":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


class _Handler(BaseHTTPRequestHandler):
    shipx: ShipXServer

    def log_message(self, *args) -> None:
        pass

    def _send(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        url = urlparse(self.path)
        query = {k: v[0] for k, v in parse_qs(url.query).items()}
        self.shipx.requests.append({"path": url.path, **query})
        if self.shipx.failures:
            failure = self.shipx.failures.pop(0)
            if failure == "timeout":
                time.sleep(self.shipx.timeout_seconds)
                return self._send(200, b'{"items": []}')
            if failure == "garbage":
                return self._send(200, b"<html>maintenance</html>")
            return self._send(failure, b'{"error": "internal_error"}')
        if url.path != "/v1/points":
            return self._send(404, b'{"error": "not_found"}')
        items = POINTS
        if "name" in query:
            items = [p for p in items if p["name"] == query["name"]]
        if "city" in query:
            items = [p for p in items if p["address_details"]["city"] == query["city"]]
        if "relative_post_code" in query:
            district = query["relative_post_code"][:2]
            items = [p for p in items if p["address_details"]["post_code"][:2] == district]
        per_page = int(query.get("per_page", 25))
        body = {
            "href": "https://api-shipx-pl.easypack24.net/v1/points",
            "count": len(items),
            "page": 1,
            "per_page": per_page,
            "total_pages": 1,
            "items": items[:per_page],
            "meta": {},
        }
        self._send(200, json.dumps(body).encode())
