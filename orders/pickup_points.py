"""Pickup points (parcel lockers and pickup points) the buyer chooses at checkout.

Points come from a source chosen by the PICKUP_POINTS_SOURCE setting:

- "local" (the default, and the demo's): a small shipped data set of demo points for
  PL, CZ, SK and HU (orders/data/pickup_points.json); no network.
- "inpost": InPost's public ShipX Points API, ``GET {INPOST_POINTS_API_URL}/v1/points``
  with ``relative_post_code`` (points near a postcode), ``city``, ``name`` (a point's
  code, e.g. KRA01M), ``type`` (parcel_locker, pop) and ``per_page``. It answers
  ``{"count": .., "page": 1, "per_page": .., "items": [{"name": "KRA01M",
  "type": ["parcel_locker"], "status": "Operating", "opening_hours": "24/7",
  "location_description": "...", "address": {"line1": "...", "line2": "..."},
  "address_details": {"city": .., "post_code": .., "street": .., "building_number": ..}},
  ...]}``. It serves InPost's own points only; other carriers' points come from the
  local set.

Look-ups are cached for PICKUP_POINTS_CACHE_SECONDS. A source that fails (timeout, an
error status, a body that is not the documented JSON) raises `PointsUnavailable`, which
the checkout shows as "can't load points now, try again"; other delivery methods keep
working.
"""

import json
import unicodedata
from dataclasses import asdict, dataclass
from functools import cache as memoize
from hashlib import sha256
from pathlib import Path

import httpx
from django.conf import settings
from django.core.cache import cache
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from .models import Carrier, DeliveryMethod

PICKUP_METHODS = frozenset({DeliveryMethod.PARCEL_LOCKER, DeliveryMethod.PICKUP_POINT})
MAX_RESULTS = 10
MAX_QUERY = 64
DATA_FILE = Path(__file__).parent / "data" / "pickup_points.json"

# One point of each carrier in the shipped demo set: the demo's and the tests' choice.
DEMO_POINTS = {
    Carrier.INPOST: "KRA01M",
    Carrier.PACKETA: "CZ1001",
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


def _fold(text: str) -> str:
    """Lower-case without accents or spaces: "Kraków" finds "krakow", "31-128" "31128"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if c.isalnum())


def clean_query(query: str) -> str:
    return " ".join(str(query or "").split())[:MAX_QUERY]


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

        def rank(point: PickupPoint) -> int | None:
            if _fold(point.id) == needle:
                return 0
            if _fold(point.postcode).startswith(needle):
                return 1
            if _fold(point.city).startswith(needle) or needle in _fold(point.name):
                return 2
            if needle[:2].isdigit() and _fold(point.postcode)[:2] == needle[:2]:
                return 3  # the same postal district: nearby
            return None

        ranked = [(r, p.id, p) for p in points if (r := rank(p)) is not None]
        return [p for _r, _id, p in sorted(ranked)][:MAX_RESULTS]

    def get(self, *, carrier: str, point_id: str) -> PickupPoint | None:
        return next(
            (p for p in _local_points() if p.id == point_id and p.carrier == carrier), None
        )


# InPost ShipX ----------------------------------------------------------------------


def _text(value: object, limit: int = 200) -> str:
    return str(value)[:limit] if isinstance(value, str | int | float) else ""


class InPostSource:
    """InPost's ShipX Points API; other carriers fall back to the local set."""

    def __init__(self, *, base_url: str, timeout: float = 5.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.local = LocalSource()

    def _get(self, params: dict) -> list[PickupPoint]:
        try:
            response = httpx.get(
                f"{self.base_url}/v1/points",
                params=params,
                timeout=self.timeout,
                headers={"Accept": "application/json"},
            )
        except httpx.HTTPError as error:
            raise PointsUnavailable(str(error)) from error
        if response.status_code == 404:
            return []
        if response.status_code != 200:
            raise PointsUnavailable(f"status {response.status_code}")
        try:
            body = response.json()
            items = body["items"]
            if not isinstance(items, list):
                raise TypeError("items")
            return [p for item in items if (p := self._point(item)) is not None]
        except (ValueError, KeyError, TypeError) as error:
            raise PointsUnavailable(f"malformed answer: {error}") from error

    @staticmethod
    def _point(item: dict) -> PickupPoint | None:
        if not isinstance(item, dict) or not _text(item.get("name")):
            return None
        if item.get("status", "Operating") not in ("Operating", None):
            return None  # disabled or not yet working: not offered
        details = item.get("address_details") or {}
        address = item.get("address") or {}
        if not isinstance(details, dict) or not isinstance(address, dict):
            return None
        street = " ".join(
            filter(None, (_text(details.get("street")), _text(details.get("building_number"))))
        ) or _text(address.get("line1"))
        types = item.get("type") or []
        kind = "parcel_locker" if "parcel_locker" in types else "pop"
        return PickupPoint(
            id=_text(item["name"], 32),
            carrier=Carrier.INPOST,
            country="PL",
            type=kind,
            name=f"{'Paczkomat' if kind == 'parcel_locker' else 'PaczkoPunkt'} {item['name']}",
            street=street,
            postcode=_text(details.get("post_code"), 16),
            city=_text(details.get("city"), 100),
            hours=_text(item.get("opening_hours"), 200),
            description=_text(item.get("location_description"), 200),
        )

    def search(self, *, carrier: str, query: str, country: str = "") -> list[PickupPoint]:
        if carrier != Carrier.INPOST:
            return self.local.search(carrier=carrier, query=query, country=country)
        query = clean_query(query)
        params: dict = {"per_page": MAX_RESULTS, "status": "Operating"}
        digits = query.replace("-", "").replace(" ", "")
        if digits.isdigit() and len(digits) == 5:
            params["relative_post_code"] = f"{digits[:2]}-{digits[2:]}"
        elif query.isalnum() and any(c.isdigit() for c in query):
            params["name"] = query.upper()
        elif query:
            params["city"] = query
        return self._get(params)[:MAX_RESULTS]

    def get(self, *, carrier: str, point_id: str) -> PickupPoint | None:
        if carrier != Carrier.INPOST:
            return self.local.get(carrier=carrier, point_id=point_id)
        found = self._get({"name": point_id})
        return next((p for p in found if p.id == point_id), None)


# The configured source, cached -----------------------------------------------------


def source():
    if settings.PICKUP_POINTS_SOURCE == "inpost":
        return InPostSource(
            base_url=settings.INPOST_POINTS_API_URL,
            timeout=settings.PICKUP_POINTS_TIMEOUT_SECONDS,
        )
    return LocalSource()


def _key(*parts: str) -> str:
    digest = sha256("\x00".join(parts).encode()).hexdigest()[:32]
    return f"pickup-points:{settings.PICKUP_POINTS_SOURCE}:{digest}"


def points_search(*, carrier: str, query: str, country: str = "") -> list[PickupPoint]:
    """Points of a carrier near a postcode, in a city or with a code (cached briefly)."""
    query = clean_query(query)
    key = _key("search", carrier, country, query)
    cached = cache.get(key)
    if cached is not None:
        return [PickupPoint(**row) for row in cached]
    points = source().search(carrier=carrier, query=query, country=country)
    cache.set(key, [asdict(p) for p in points], settings.PICKUP_POINTS_CACHE_SECONDS)
    return points


def point_get(*, carrier: str, point_id: str) -> PickupPoint | None:
    """The point with this id at this carrier, checked against the source; None if none."""
    point_id = str(point_id or "").strip()[:32]
    if not point_id or not point_id.replace("-", "").isalnum():
        return None
    key = _key("get", carrier, point_id)
    cached = cache.get(key)
    if cached is not None:
        return PickupPoint(**cached) if cached else None
    point = source().get(carrier=carrier, point_id=point_id)
    cache.set(key, asdict(point) if point else {}, settings.PICKUP_POINTS_CACHE_SECONDS)
    return point
