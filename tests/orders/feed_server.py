"""A loopback server that publishes point feeds as Packeta and Foxpost document them (see
the docstring of orders/pickup_feeds.py for the pages).

- Packeta, branch export v5: ``GET /v5/{api_key}/branch.json?lang=..`` and
  ``/v5/{api_key}/box.json?lang=..``, each a JSON array of branches; another key is
  refused with 401.
- Foxpost: ``GET /foxplus.json``, a JSON array of automata.

Failures are queued per request: ``server.failures.append(x)`` with x an HTTP status,
``"timeout"`` (answers after ``timeout_seconds``), ``"garbage"`` (HTML with status 200)
or ``"object"`` (a JSON object where the array belongs).
"""

import contextlib
import json
import time
from http.server import BaseHTTPRequestHandler
from urllib.parse import parse_qs, urlparse

from tests.loopback import LoopbackServer

API_KEY = "a1b2c3d4e5f60718"


def _branch(id_, name, street, city, zip_, country, **extra) -> dict:
    return {
        "id": id_,
        "name": name,
        "special": "",
        "place": "Zásilkovna",
        "street": street,
        "city": city,
        "zip": zip_,
        "country": country,
        "currency": {"cz": "CZK", "sk": "EUR", "hu": "HUF"}.get(country, "EUR"),
        "status": {"statusId": "1", "description": "In operation"},
        "displayFrontend": "1",
        "directions": "",
        "directionsCar": "",
        "directionsPublic": "",
        "wheelchairAccessible": "no",
        "creditCardPayment": "yes",
        "latitude": "50.08",
        "longitude": "14.42",
        "openingHours": {"compactShort": "Po–Pá 8:00–19:00", "regular": {}},
        **extra,
    }


PACKETA_BRANCHES = [
    _branch(
        "4307",
        "Praha 1, Vodičkova 30",
        "Vodičkova 30",
        "Praha",
        "110 00",
        "cz",
        directions="Vchod z pasáže Světozor.",
    ),
    _branch("4311", "Praha 2, Náměstí Míru 9", "Náměstí Míru 9", "Praha", "120 00", "cz"),
    _branch("5120", "Brno, Masarykova 12", "Masarykova 12", "Brno", "602 00", "cz"),
    _branch(
        "4399",
        "Praha 4, Zavřená 1",
        "Zavřená 1",
        "Praha",
        "140 00",
        "cz",
        status={"statusId": "2", "description": "Temporarily closed"},
    ),
    _branch("4400", "Praha 5, Skrytá 2", "Skrytá 2", "Praha", "150 00", "cz", displayFrontend="0"),
    _branch("8801", "Bratislava, Obchodná 12", "Obchodná 12", "Bratislava", "811 06", "sk"),
    _branch("9901", "Budapest, Király utca 20", "Király utca 20", "Budapest", "1061", "hu"),
    _branch("7701", "Wien, Mariahilfer Straße 1", "Mariahilfer Straße 1", "Wien", "1060", "at"),
]
PACKETA_BOXES = [
    {
        **_branch("17001", "Z-BOX Praha 3, Seifertova 5", "Seifertova 5", "Praha", "130 00", "cz"),
        "type": "zbox",
        "openingHours": {"compactShort": "Po–Ne 00:00–23:59"},
    },
]

FOXPOST_POINTS = [
    {
        "place_id": 1444335,
        "operator_id": "hu5844",
        "name": "Foxpost Budapest Allee",
        "ssapt": "",
        "sdapt": "",
        "country": "hu",
        "address": "1117 Budapest, Október huszonharmadika utca 8-10.",
        "zip": "1117",
        "city": "Budapest",
        "street": "Október huszonharmadika utca 8-10.",
        "findme": "A bevásárlóközpont földszintjén, a posta mellett.",
        "geolat": 47.4749,
        "geolng": 19.0490,
        "allowed2": "ALL",
        "depot": "Budapest",
        "load": "normal loaded",
        "isOutdoor": False,
        "apmType": "Rollkon",
        "substitutes": [],
        "open": {
            "hetfo": "00:00-24:00",
            "kedd": "00:00-24:00",
            "szerda": "00:00-24:00",
            "csutortok": "00:00-24:00",
            "pentek": "00:00-24:00",
            "szombat": "00:00-24:00",
            "vasarnap": "00:00-24:00",
        },
        "fillEmptyList": [],
        "cardPayment": True,
        "cashPayment": False,
        "iconUrl": "https://cdn.foxpost.hu/icon.png",
        "variant": "FOXPOST A-BOX",
        "paymentOptions": ["card"],
        "paymentOptionsString": ["Fizetés bankkártyával"],
        "service": ["dispatch", "pick up"],
        "serviceString": ["Csomagfeladás és -átvétel"],
    },
    {
        "place_id": 2001,
        "operator_id": "",
        "name": "Packeta Z-Pont Győr, Baross út 5",
        "country": "hu",
        "address": "9021 Győr, Baross Gábor út 5.",
        "zip": "9021",
        "city": "Győr",
        "street": "Baross Gábor út 5.",
        "findme": "Trafik",
        "open": {"hetfo": "08:00-18:00", "kedd": "08:00-18:00"},
        "variant": "Packeta Z-Pont",
        "service": ["pick up"],
    },
    {
        # dispatch only: nothing can be collected there
        "place_id": 3001,
        "operator_id": "hu9999",
        "name": "Foxpost csak feladás",
        "country": "hu",
        "zip": "1011",
        "city": "Budapest",
        "street": "Fő utca 1.",
        "variant": "FOXPOST Z-BOX",
        "service": ["dispatch"],
    },
]


class FeedServer(LoopbackServer):
    owner_attribute = "feeds"

    def __init__(self) -> None:
        self.failures: list = []
        self.requests: list[dict] = []
        self.timeout_seconds = 2.0
        self.packeta_branches = list(PACKETA_BRANCHES)
        self.packeta_boxes = list(PACKETA_BOXES)
        self.foxpost = list(FOXPOST_POINTS)
        self._serve()


class _Handler(BaseHTTPRequestHandler):
    feeds: FeedServer

    def log_message(self, *args) -> None:
        pass

    def _send(self, status: int, body: bytes, kind: str = "application/json") -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        # The client may have given up waiting (a simulated timeout).
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(body)

    def do_GET(self) -> None:
        url = urlparse(self.path)
        query = {k: v[0] for k, v in parse_qs(url.query).items()}
        self.feeds.requests.append({"path": url.path, **query})
        if self.feeds.failures:
            failure = self.feeds.failures.pop(0)
            if failure == "timeout":
                time.sleep(self.feeds.timeout_seconds)
                return self._send(200, b"[]")
            if failure == "garbage":
                return self._send(200, b"<html>maintenance</html>", "text/html")
            if failure == "object":
                return self._send(200, b'{"data": []}')
            return self._send(failure, b"Error", "text/plain")
        if url.path == "/foxplus.json":
            return self._send(200, json.dumps(self.feeds.foxpost).encode())
        parts = url.path.strip("/").split("/")
        if len(parts) == 3 and parts[0] == "v5" and parts[2] in ("branch.json", "box.json"):
            if parts[1] != API_KEY:
                return self._send(401, b"Invalid API key", "text/plain")
            rows = self.feeds.packeta_branches if parts[2] == "branch.json" else None
            rows = rows if rows is not None else self.feeds.packeta_boxes
            return self._send(200, json.dumps(rows).encode())
        return self._send(404, b"Not found", "text/plain")


FeedServer.handler = _Handler
