"""Downloading the point lists that Packeta and Foxpost publish as feeds.

Both networks publish their whole list as one file and ask integrators to download it
periodically rather than per customer: the task orders.tasks.pickup_feeds_refresh runs
hourly (CELERY_BEAT_SCHEDULE) and `pickup_feed_import` replaces the network's rows of
FeedPickupPoint in one transaction. A feed that fails (timeout, error status, not the
documented JSON, no usable point) leaves the rows as they were: buyers keep choosing
from the last good list, and the failure is logged and returned.

Packeta (Zásilkovna), "Branch export version 5",
https://docs.packetery.com/01-pickup-point-selection/05-branch-export-v5.html:
``{PACKETA_FEED_URL}/{PACKETA_API_KEY}/branch.json?lang=..`` (pickup points) and
``.../box.json?lang=..`` (boxes such as Z-BOX, with ``type``), each a JSON array of
``{"id", "name", "special", "place", "street", "city", "zip", "country" (lower case),
"currency", "status": {"statusId", "description"}, "displayFrontend", "directions", ...}``;
statusId "1" is "In operation". The exports are cached 55 minutes and updated daily
(https://docs.packetery.com/01-pickup-point-selection/03-branch-export.html). Opening
hours (``openingHours.compactShort``) are read when present.

Foxpost, "Csomagautomata (APM) lista (JSON)" in Foxpost's integration guide
(https://foxpost.hu/uzleti-partnereknek/integracios-segedlet): ``https://cdn.foxpost.hu/
foxplus.json``, updated hourly, a JSON array of ``{"place_id", "operator_id", "name",
"country", "address", "zip", "city", "street", "findme", "geolat", "geolng", "open" (by
day), "variant" (FOXPOST A-BOX, FOXPOST Z-BOX, Packeta Z-BOX, Packeta Z-Pont), "service"
(dispatch, pick up), ...}``. The point's id is ``operator_id``; for Packeta's boxes and
points in the list, and when ``operator_id`` is empty, ``place_id``.
"""

import json
import logging
from dataclasses import dataclass

import httpx
from django.conf import settings
from django.db import transaction
from django.utils import timezone

from .models import Carrier, FeedPickupPoint
from .pickup_points import PickupPoint, PointsUnavailable, _text, fold

logger = logging.getLogger(__name__)

COUNTRIES = frozenset({"PL", "CZ", "SK", "HU"})  # the marketplaces' countries
MAX_FEED_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class FeedResult:
    carrier: str
    imported: int = 0
    error: str = ""


def _download(url: str) -> object:
    """A feed's JSON (PointsUnavailable on a network error, an error status or not JSON)."""
    try:
        with httpx.stream(
            "GET",
            url,
            timeout=settings.PICKUP_FEED_TIMEOUT_SECONDS,
            headers={"Accept": "application/json"},
            follow_redirects=True,
        ) as response:
            if response.status_code != 200:
                raise PointsUnavailable(f"status {response.status_code}")
            body = bytearray()
            for chunk in response.iter_bytes():
                body += chunk
                if len(body) > MAX_FEED_BYTES:
                    raise PointsUnavailable("feed too large")
    except httpx.HTTPError as error:
        raise PointsUnavailable(type(error).__name__) from error
    try:
        return json.loads(bytes(body))
    except ValueError as error:
        raise PointsUnavailable("not JSON") from error


def _array(body: object) -> list:
    if not isinstance(body, list):
        raise PointsUnavailable("not the documented JSON array")
    return body


# Packeta ---------------------------------------------------------------------------


def packeta_point(item: object, *, box: bool) -> PickupPoint | None:
    if not isinstance(item, dict):
        return None
    point_id = _text(item.get("id"), 32)
    if not point_id.isdigit():
        return None
    status = item.get("status")
    if isinstance(status, dict) and str(status.get("statusId", "1")) != "1":
        return None  # not in operation
    if str(item.get("displayFrontend", "1")) != "1":
        return None  # not to be shown to customers
    country = _text(item.get("country"), 2).upper()
    if country not in COUNTRIES:
        return None
    hours = item.get("openingHours")
    hours = _text(hours.get("compactShort")) if isinstance(hours, dict) else ""
    description = _text(item.get("directions")) or _text(item.get("special"))
    return PickupPoint(
        id=point_id,
        carrier=Carrier.PACKETA,
        country=country,
        type="parcel_locker" if box else "pickup_point",
        name=_text(item.get("name")) or f"Packeta {point_id}",
        street=_text(item.get("street")),
        postcode=_text(item.get("zip"), 16),
        city=_text(item.get("city"), 100),
        hours=hours.replace("<br>", ", ")[:200],
        description=description,
    )


def packeta_points() -> list[PickupPoint]:
    if not settings.PACKETA_API_KEY:
        raise PointsUnavailable("PACKETA_API_KEY is not set")
    base = f"{settings.PACKETA_FEED_URL.rstrip('/')}/{settings.PACKETA_API_KEY}"
    lang = settings.PACKETA_FEED_LANGUAGE
    points = []
    for feed, box in (("branch", False), ("box", True)):
        body = _array(_download(f"{base}/{feed}.json?lang={lang}"))
        points += [p for item in body if (p := packeta_point(item, box=box)) is not None]
    return points


# Foxpost ---------------------------------------------------------------------------

FOXPOST_DAYS = ("hetfo", "kedd", "szerda", "csutortok", "pentek", "szombat", "vasarnap")


def _foxpost_hours(value: object) -> str:
    if isinstance(value, str):
        return _text(value)
    if not isinstance(value, dict) or not value:
        return ""
    days = [_text(value.get(day), 40) for day in FOXPOST_DAYS if day in value]
    days = days or [_text(v, 40) for v in value.values()]
    if len(set(days)) == 1 and len(days) == 7:
        return "24/7" if days[0].replace(" ", "") in ("00:00-24:00", "0-24") else days[0]
    return ", ".join(f"{day[:3]} {hours}" for day, hours in zip(value, days, strict=False))[:200]


def foxpost_point(item: object) -> PickupPoint | None:
    if not isinstance(item, dict):
        return None
    variant = _text(item.get("variant"), 40)
    operator_id = _text(item.get("operator_id"), 32)
    use_place_id = variant.startswith("Packeta") or not operator_id
    point_id = _text(item.get("place_id"), 32) if use_place_id else operator_id
    if not point_id or not point_id.replace("-", "").replace("_", "").isalnum():
        return None
    service = item.get("service")
    if isinstance(service, list) and service and "pick up" not in service:
        return None  # nothing can be collected there
    country = (_text(item.get("country"), 2) or "HU").upper()
    if country not in COUNTRIES:
        return None
    return PickupPoint(
        id=point_id,
        carrier=Carrier.FOXPOST,
        country=country,
        type="pickup_point" if variant.endswith("Z-Pont") else "parcel_locker",
        name=_text(item.get("name")) or f"Foxpost {point_id}",
        street=_text(item.get("street")) or _text(item.get("address")),
        postcode=_text(item.get("zip"), 16),
        city=_text(item.get("city"), 100),
        hours=_foxpost_hours(item.get("open")),
        description=_text(item.get("findme")),
    )


def foxpost_points() -> list[PickupPoint]:
    body = _array(_download(settings.FOXPOST_FEED_URL))
    return [p for item in body if (p := foxpost_point(item)) is not None]


FEEDS = {Carrier.PACKETA: packeta_points, Carrier.FOXPOST: foxpost_points}


def _row(point: PickupPoint, now) -> FeedPickupPoint:
    return FeedPickupPoint(
        carrier=point.carrier,
        point_id=point.id,
        country=point.country,
        type=point.type,
        name=point.name[:200],
        street=point.street[:200],
        postcode=point.postcode[:16],
        city=point.city[:100],
        hours=point.hours[:200],
        description=point.description[:200],
        search_postcode=fold(point.postcode)[:16],
        search_city=fold(point.city)[:100],
        search_text=fold(" ".join((point.id, point.city, point.name, point.street)))[:600],
        refreshed_at=now,
    )


def pickup_feed_import(*, carrier: str) -> FeedResult:
    """Download a network's feed and replace its points; on failure keep the old ones."""
    try:
        points = FEEDS[carrier]()
    except PointsUnavailable as error:
        logger.warning("pickup feed %s not imported: %s", carrier, error)
        return FeedResult(carrier=carrier, error=str(error))
    unique = list({p.id: p for p in points}.values())
    if not unique:
        logger.warning("pickup feed %s not imported: no usable point", carrier)
        return FeedResult(carrier=carrier, error="no usable point")
    now = timezone.now()
    with transaction.atomic():
        FeedPickupPoint.objects.filter(carrier=carrier).delete()
        FeedPickupPoint.objects.bulk_create((_row(p, now) for p in unique), batch_size=1000)
    return FeedResult(carrier=carrier, imported=len(unique))
