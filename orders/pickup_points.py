"""Pickup points (parcel lockers and pickup points) the buyer chooses at checkout.

Which network serves a pickup delivery option: the option's carrier when the seller set
one, else the marketplace's network for that method (`NETWORKS`: InPost in Poland,
Packeta/Zásilkovna in Czechia and Slovakia, in Hungary Foxpost's lockers and Packeta's
pickup points). The order keeps the network it was placed with.

Where each network's points come from is chosen by PICKUP_POINTS_SOURCE, a comma-separated
list of networks served live; every other network (and all of them with "local", the
default and the demo's) is served by the small shipped demo set
(orders/data/pickup_points.json, no network):

- ``inpost``: InPost's ShipX Points API, asked per search (``InPostSource``). Documented
  at https://dokumentacja-inpost.atlassian.net/wiki/spaces/PL/pages/28639230 ("[1.23.0]
  Points": the point's attributes ``name``, ``type`` [parcel_locker, pop,
  parcel_locker_only, parcel_locker_superpop], ``status``, ``location`` {latitude,
  longitude}, ``location_description``, ``opening_hours``, ``address`` {line1, line2},
  ``address_details`` {city, province, post_code, street, building_number, flat_number},
  ``functions`` [parcel_collect, ...]), page 18153493 (the current production address
  https://api.inpost.pl/v1/points, with a token), page 28639247 ("API General
  Information": collections are ``{href, count, page, per_page, items}``) and page
  28639229 (errors are ``{status, error, message, details}``, e.g. 404
  ``resource_not_found``, 400 ``validation_failed``). Filters and sorting as in the
  community client michalbiarda/shipx-php-sdk (src/Method/Point/GetList.php, Read.php):
  ``name``, ``type``, ``functions``, ``city``, ``post_code``, ``relative_post_code``,
  ``max_distance``, ``page``, ``per_page``, ``sort_by`` (name,
  distance_to_relative_point, status), ``sort_order``; one point is
  ``GET /v1/points/{name}``.
- ``packeta`` and ``foxpost``: networks that publish their whole list as a feed; an hourly
  task downloads it into the FeedPickupPoint table and the checkout searches that table
  (``FeedSource``; orders/pickup_feeds.py documents both feeds). A full list of tens of
  thousands of points is one download an hour instead of one per keystroke; the search
  stays fast and works while the feed is down, and a point the buyer chose is checked
  against the same list the chooser showed.

Look-ups are cached for PICKUP_POINTS_CACHE_SECONDS. A source that fails (timeout, an
error status or error body, a body that is not the documented JSON, a feed never
downloaded) raises `PointsUnavailable`, which the checkout shows as "can't load points
now, try again"; other delivery methods keep working.
"""

import json
import logging
import unicodedata
from dataclasses import asdict, dataclass
from functools import cache as memoize
from hashlib import sha256
from pathlib import Path
from urllib.parse import quote

import httpx
from django.conf import settings
from django.core.cache import cache
from django.db.models import Q
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from .models import Carrier, DeliveryMethod, FeedPickupPoint

logger = logging.getLogger(__name__)

PICKUP_METHODS = frozenset({DeliveryMethod.PARCEL_LOCKER, DeliveryMethod.PICKUP_POINT})
MAX_RESULTS = 10
MAX_QUERY = 64
DATA_FILE = Path(__file__).parent / "data" / "pickup_points.json"

# The network of a pickup method in each marketplace's country, when the seller's
# delivery option names no carrier.
NETWORKS = {
    ("PL", DeliveryMethod.PARCEL_LOCKER): Carrier.INPOST,
    ("PL", DeliveryMethod.PICKUP_POINT): Carrier.INPOST,
    ("CZ", DeliveryMethod.PARCEL_LOCKER): Carrier.PACKETA,
    ("CZ", DeliveryMethod.PICKUP_POINT): Carrier.PACKETA,
    ("SK", DeliveryMethod.PARCEL_LOCKER): Carrier.PACKETA,
    ("SK", DeliveryMethod.PICKUP_POINT): Carrier.PACKETA,
    ("HU", DeliveryMethod.PARCEL_LOCKER): Carrier.FOXPOST,
    ("HU", DeliveryMethod.PICKUP_POINT): Carrier.PACKETA,
}
FEED_NETWORKS = frozenset({Carrier.PACKETA, Carrier.FOXPOST})
LIVE_SOURCES = frozenset({Carrier.INPOST, *FEED_NETWORKS})

# One point of each carrier in the shipped demo set: the demo's and the tests' choice.
DEMO_POINTS = {
    Carrier.INPOST: "KRA01M",
    Carrier.PACKETA: "CZ1001",
    Carrier.FOXPOST: "HU6001",
    Carrier.MPL: "HU5001",
    Carrier.PPL: "CZ6001",
    Carrier.SPS: "SK7001",
    Carrier.DPD: "PL8001",
    Carrier.POCZTA_POLSKA: "PL9001",
}

TYPE_LABELS = {
    "parcel_locker": _("Parcel locker"),
    "pop": _("Pickup point"),
    "pickup_point": _("Pickup point"),
}


class PointsUnavailable(Exception):
    """The source could not answer now (network, status or malformed answer)."""


@dataclass(frozen=True, slots=True)
class PickupPoint:
    id: str
    carrier: str
    country: str
    type: str
    name: str
    street: str
    postcode: str
    city: str
    hours: str = ""
    description: str = ""

    @property
    def type_label(self) -> str:
        return str(TYPE_LABELS.get(self.type, self.type))

    def snapshot(self, *, method: str) -> dict:
        """What the order keeps: the point as it was when the buyer chose it."""
        return {**asdict(self), "method": method}


def unavailable_message() -> str:
    return gettext("We can't load pickup points right now. Try again in a moment.")


def is_pickup(method: str) -> bool:
    return method in PICKUP_METHODS


def pickup_network(*, method: str, carrier: str, country: str) -> str:
    """The network whose points a pickup option offers: its own carrier, else the
    marketplace's network for the method ("" for home delivery)."""
    if not is_pickup(method):
        return carrier
    return carrier or NETWORKS.get((country, method), "")


def fold(text: str) -> str:
    """Lower-case without accents or spaces: "Kraków" finds "krakow", "31-128" "31128"."""
    decomposed = unicodedata.normalize("NFKD", str(text).casefold())
    return "".join(c for c in decomposed if c.isalnum() and not unicodedata.combining(c))


_fold = fold


def clean_query(query: str) -> str:
    return " ".join(str(query or "").split())[:MAX_QUERY]


def _rank(point: PickupPoint, needle: str) -> int | None:
    """How well a point matches a folded query: its code, then its postcode, its city or
    name, then the same postal district (nearby); None if not at all."""
    if _fold(point.id) == needle:
        return 0
    if _fold(point.postcode).startswith(needle):
        return 1
    if _fold(point.city).startswith(needle) or needle in _fold(point.name):
        return 2
    if needle in _fold(point.street):
        return 2
    if needle[:2].isdigit() and _fold(point.postcode)[:2] == needle[:2]:
        return 3
    return None


# The local source ------------------------------------------------------------------


@memoize
def _local_points() -> tuple[PickupPoint, ...]:
    rows = json.loads(DATA_FILE.read_text(encoding="utf-8"))
    return tuple(PickupPoint(**row) for row in rows)


class LocalSource:
    """The shipped demo points; a search matches code, postcode or city, accents ignored."""

    def search(self, *, carrier: str, query: str, country: str = "") -> list[PickupPoint]:
        needle = _fold(query)
        points = [p for p in _local_points() if not carrier or p.carrier == carrier]
        if country:
            points = [p for p in points if p.country == country] or points
        if not needle:
            return points[:MAX_RESULTS]
        ranked = [(r, p.id, p) for p in points if (r := _rank(p, needle)) is not None]
        return [p for _r, _id, p in sorted(ranked)][:MAX_RESULTS]

    def get(self, *, carrier: str, point_id: str) -> PickupPoint | None:
        return next(
            (p for p in _local_points() if p.id == point_id and p.carrier == carrier), None
        )


# InPost ShipX ----------------------------------------------------------------------


def _text(value: object, limit: int = 200) -> str:
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return ""
    return " ".join(str(value).split())[:limit]


class InPostSource:
    """InPost's ShipX Points API, asked per search (see the module's documentation)."""

    def __init__(self, *, base_url: str, timeout: float = 5.0, token: str = "") -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.token = token

    def _request(self, path: str, params: dict | None = None) -> httpx.Response:
        headers = {"Accept": "application/json", "Accept-Language": "en_GB"}
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        try:
            return httpx.get(
                f"{self.base_url}{path}", params=params, timeout=self.timeout, headers=headers
            )
        except httpx.HTTPError as error:
            raise PointsUnavailable(f"ShipX: {type(error).__name__}") from error

    @staticmethod
    def _failure(response: httpx.Response) -> PointsUnavailable:
        """A documented error body ({status, error, message, details}) or anything else."""
        key = ""
        try:
            body = response.json()
            if isinstance(body, dict):
                key = _text(body.get("error"), 64)
        except ValueError:
            pass
        if response.status_code in (401, 403):
            logger.warning("ShipX refused the points look-up (%s): check INPOST_API_TOKEN", key)
        return PointsUnavailable(f"ShipX status {response.status_code} {key}".strip())

    @staticmethod
    def _json(response: httpx.Response) -> object:
        try:
            return response.json()
        except ValueError as error:
            raise PointsUnavailable("ShipX: malformed answer (not JSON)") from error

    def _list(self, params: dict) -> list[PickupPoint]:
        response = self._request("/v1/points", params)
        if response.status_code != 200:
            raise self._failure(response)
        body = self._json(response)
        items = body.get("items") if isinstance(body, dict) else None
        if not isinstance(items, list):
            raise PointsUnavailable("ShipX: malformed answer (no items)")
        return [p for item in items if (p := self._point(item)) is not None]

    @staticmethod
    def _point(item: object) -> PickupPoint | None:
        if not isinstance(item, dict):
            return None
        code = _text(item.get("name"), 32)
        if not code or not code.replace("-", "").replace("_", "").isalnum():
            return None
        if item.get("status", "Operating") != "Operating":
            return None  # disabled, not yet or no longer working: not offered
        functions = item.get("functions")
        if isinstance(functions, list) and functions and "parcel_collect" not in functions:
            return None  # the buyer could not collect a parcel there
        details = item.get("address_details")
        details = details if isinstance(details, dict) else {}
        address = item.get("address")
        address = address if isinstance(address, dict) else {}
        street = " ".join(
            filter(None, (_text(details.get("street")), _text(details.get("building_number"))))
        ) or _text(address.get("line1"))
        types = item.get("type")
        types = types if isinstance(types, list) else []
        is_locker = any(isinstance(t, str) and t.startswith("parcel_locker") for t in types)
        kind = "parcel_locker" if is_locker else "pop"
        return PickupPoint(
            id=code,
            carrier=Carrier.INPOST,
            country="PL",
            type=kind,
            name=f"{'Paczkomat' if is_locker else 'PaczkoPunkt'} {code}",
            street=street,
            postcode=_text(details.get("post_code"), 16),
            city=_text(details.get("city"), 100),
            hours=_text(item.get("opening_hours"), 200),
            description=_text(item.get("location_description"), 200),
        )

    def search(self, *, carrier: str, query: str, country: str = "") -> list[PickupPoint]:
        query = clean_query(query)
        params: dict = {"per_page": MAX_RESULTS, "page": 1, "functions": "parcel_collect"}
        digits = query.replace("-", "").replace(" ", "")
        if digits.isascii() and digits.isdigit() and len(digits) == 5:
            params["relative_post_code"] = f"{digits[:2]}-{digits[2:]}"
            params["sort_by"] = "distance_to_relative_point"
            params["sort_order"] = "asc"
        elif query.isalnum() and query.isascii() and any(c.isdigit() for c in query):
            params["name"] = query.upper()
        elif query:
            params["city"] = query
            params["sort_by"] = "name"
        else:
            return []  # no postcode, city or code: nothing to look near
        return self._list(params)[:MAX_RESULTS]

    def get(self, *, carrier: str, point_id: str) -> PickupPoint | None:
        response = self._request(f"/v1/points/{quote(point_id, safe='')}")
        if response.status_code == 404:
            return None  # resource_not_found: no such point
        if response.status_code != 200:
            raise self._failure(response)
        point = self._point(self._json(response))
        return point if point is not None and point.id == point_id else None


# Networks whose feeds are downloaded (Packeta, Foxpost) ----------------------------


def _from_row(row: FeedPickupPoint) -> PickupPoint:
    return PickupPoint(
        id=row.point_id,
        carrier=row.carrier,
        country=row.country,
        type=row.type,
        name=row.name,
        street=row.street,
        postcode=row.postcode,
        city=row.city,
        hours=row.hours,
        description=row.description,
    )


class FeedSource:
    """A network's points as last downloaded from its feed (orders/pickup_feeds.py)."""

    CANDIDATES = 200

    def search(self, *, carrier: str, query: str, country: str = "") -> list[PickupPoint]:
        rows = FeedPickupPoint.objects.filter(carrier=carrier)
        if country:
            rows = rows.filter(country=country)
        needle = _fold(clean_query(query))
        if not needle:
            found = list(rows.order_by("search_postcode", "point_id")[:MAX_RESULTS])
            if not found and not FeedPickupPoint.objects.filter(carrier=carrier).exists():
                raise PointsUnavailable(f"{carrier}: the feed has not been downloaded yet")
            return [_from_row(r) for r in found]
        match = (
            Q(point_id__iexact=needle)
            | Q(search_postcode__startswith=needle)
            | Q(search_city__startswith=needle)
            | Q(search_text__contains=needle)
        )
        if needle[:2].isdigit():
            match |= Q(search_postcode__startswith=needle[:2])
        candidates = [
            _from_row(r)
            for r in rows.filter(match).order_by("search_postcode", "point_id")[: self.CANDIDATES]
        ]
        if not candidates and not FeedPickupPoint.objects.filter(carrier=carrier).exists():
            raise PointsUnavailable(f"{carrier}: the feed has not been downloaded yet")
        ranked = [
            (r, p.postcode, p.id, p) for p in candidates if (r := _rank(p, needle)) is not None
        ]
        return [p for *_key, p in sorted(ranked)][:MAX_RESULTS]

    def get(self, *, carrier: str, point_id: str) -> PickupPoint | None:
        # Any country of the network: a seller may ship across the border (a Czech
        # offer to a buyer's Packeta point in Poland).
        row = FeedPickupPoint.objects.filter(carrier=carrier, point_id=point_id).first()
        if row is None and not FeedPickupPoint.objects.filter(carrier=carrier).exists():
            raise PointsUnavailable(f"{carrier}: the feed has not been downloaded yet")
        return _from_row(row) if row is not None else None


# The configured source of each network, cached -------------------------------------


def live_networks() -> frozenset[str]:
    """The networks PICKUP_POINTS_SOURCE serves live ("local": none)."""
    names = {n.strip().lower() for n in str(settings.PICKUP_POINTS_SOURCE).split(",")}
    return frozenset(names & LIVE_SOURCES)


def source(carrier: str = Carrier.INPOST):
    live = live_networks()
    if carrier == Carrier.INPOST and carrier in live:
        return InPostSource(
            base_url=settings.INPOST_POINTS_API_URL,
            timeout=settings.PICKUP_POINTS_TIMEOUT_SECONDS,
            token=settings.INPOST_API_TOKEN,
        )
    if carrier in FEED_NETWORKS and carrier in live:
        return FeedSource()
    return LocalSource()


def _key(*parts: str) -> str:
    digest = sha256("\x00".join(parts).encode()).hexdigest()[:32]
    return f"pickup-points:{','.join(sorted(live_networks()))}:{digest}"


def points_search(*, carrier: str, query: str, country: str = "") -> list[PickupPoint]:
    """Points of a carrier near a postcode, in a city or with a code (cached briefly)."""
    query = clean_query(query)
    key = _key("search", carrier, country, query)
    cached = cache.get(key)
    if cached is not None:
        return [PickupPoint(**row) for row in cached]
    points = source(carrier).search(carrier=carrier, query=query, country=country)
    cache.set(key, [asdict(p) for p in points], settings.PICKUP_POINTS_CACHE_SECONDS)
    return points


def point_get(*, carrier: str, point_id: str) -> PickupPoint | None:
    """The point with this id at this carrier, checked against the source; None if none."""
    point_id = str(point_id or "").strip()[:32]
    if not point_id or not point_id.replace("-", "").replace("_", "").isalnum():
        return None
    if not point_id.isascii():
        return None
    key = _key("get", carrier, point_id)
    cached = cache.get(key)
    if cached is not None:
        return PickupPoint(**cached) if cached else None
    point = source(carrier).get(carrier=carrier, point_id=point_id)
    cache.set(key, asdict(point) if point else {}, settings.PICKUP_POINTS_CACHE_SECONDS)
    return point
