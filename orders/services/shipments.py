"""Shipments and their tracking events, from the seller or a carrier.

These rows are what buyers see on their order page and what Allina answers "where is my
parcel?" from, so every path keeps them true: a tracking number has its carrier's shape,
an event is stored once per event id, and a late event never moves a shipment back.

Rows are locked order → shipment, the order the payment services use, so concurrent
events for one order wait for each other instead of deadlocking.
"""

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.dateparse import parse_date
from django.utils.translation import gettext as _

from accounts.models import User
from core.exceptions import DomainError

from ..carriers import carrier_status, normalize_tracking_number, validate_tracking_number
from ..models import (
    Carrier,
    Order,
    OrderStatus,
    Shipment,
    ShipmentStatus,
    TrackingEvent,
    TrackingSource,
)
from .announce import order_status_announce, shipment_announce

# Clocks differ a little; an event further in the future than this is refused, because it
# would pin the shipment's status until the real time caught up.
CLOCK_SKEW = timedelta(minutes=5)
# Carriers push events as they happen; one older than this is a mistake (and a year-1 time
# could not even be stored).
MAX_EVENT_AGE = timedelta(days=365)
EVENT_ID_MAX = TrackingEvent._meta.get_field("event_id").max_length
DESCRIPTION_MAX = TrackingEvent._meta.get_field("description").max_length
LOCATION_MAX = TrackingEvent._meta.get_field("location").max_length


@transaction.atomic
def shipment_create(
    *,
    order: Order,
    carrier: str,
    tracking_number: str,
    expected_delivery: date | None = None,
) -> Shipment:
    """The seller hands the parcel to a carrier; the order becomes shipped.

    The tracking number must have the carrier's shape (orders.carriers) and is stored
    normalised; one parcel (carrier and number) belongs to one shipment only.
    """
    order = Order.objects.select_for_update().get(pk=order.pk)
    if order.status not in (OrderStatus.PAID, OrderStatus.SHIPPED):
        raise DomainError(_("Only paid orders can be shipped."), code="not_paid")
    try:
        number = validate_tracking_number(carrier, tracking_number)
    except ValidationError as error:
        raise DomainError(error.messages[0], code=error.code or "invalid") from error
    duplicate = DomainError(
        _("This tracking number is already on another shipment."), code="duplicate_tracking"
    )
    if Shipment.objects.filter(carrier=carrier, tracking_number=number).exists():
        raise duplicate
    shipment = Shipment(
        order=order, carrier=carrier, tracking_number=number, expected_delivery=expected_delivery
    )
    shipment.full_clean(validate_constraints=False)  # the constraint is checked above
    try:
        with transaction.atomic():
            shipment.save()
    except IntegrityError as error:  # the same parcel, added at the same moment
        raise duplicate from error
    status_changed = order.status != OrderStatus.SHIPPED
    order.status = OrderStatus.SHIPPED
    order.save(update_fields=["status", "updated_at"])
    shipment_announce("shipment.created", order=order, shipment=shipment)
    if status_changed:
        order_status_announce(order)
    return shipment


def _order_follow_shipments(order: Order) -> None:
    """A shipped order is delivered once all its shipments are; if a shipment's status is
    corrected away from delivered, the order is shipped again. `order` is locked."""
    if order.status not in (OrderStatus.SHIPPED, OrderStatus.DELIVERED):
        return
    undelivered = order.shipments.exclude(status=ShipmentStatus.DELIVERED).exists()
    status = OrderStatus.SHIPPED if undelivered else OrderStatus.DELIVERED
    if order.status != status:
        order.status = status
        order.save(update_fields=["status", "updated_at"])
        order_status_announce(order)


def _event_store(
    *,
    shipment: Shipment,
    event_id: str,
    status: str,
    occurred_at: datetime,
    source: str,
    description: str = "",
    location: str = "",
    expected_delivery: date | None = None,
) -> tuple[TrackingEvent, bool]:
    """Store an event once per (shipment, event id); True when it is new. Runs inside the
    caller's transaction."""
    order = Order.objects.select_for_update().get(pk=shipment.order_id)
    shipment = Shipment.objects.select_for_update().get(pk=shipment.pk)
    event, created = TrackingEvent.objects.get_or_create(
        shipment=shipment,
        event_id=event_id,
        defaults={
            "status": ShipmentStatus(status),
            "occurred_at": occurred_at,
            "source": TrackingSource(source),
            "description": description,
            "location": location,
        },
    )
    if not created:
        return event, False
    latest = shipment.status_changed_at
    is_newest = latest is None or occurred_at >= latest
    changed = []
    if is_newest:
        shipment.status, shipment.status_changed_at = event.status, occurred_at
        changed += ["status", "status_changed_at"]
    # The newest estimate wins; an older event's estimate only fills a gap.
    if expected_delivery is not None and (is_newest or shipment.expected_delivery is None):
        shipment.expected_delivery = expected_delivery
        changed.append("expected_delivery")
    if changed:
        shipment.save(update_fields=changed)
    if is_newest:
        shipment_announce("shipment.status_changed", order=order, shipment=shipment)
        _order_follow_shipments(order)
    return event, True


@transaction.atomic
def tracking_event_record(
    *,
    shipment: Shipment,
    event_id: str,
    status: str,
    occurred_at: datetime,
    source: str = TrackingSource.CARRIER,
    description: str = "",
    location: str = "",
) -> TrackingEvent:
    """Store a tracking event once (by event id). The shipment takes the newest status,
    so an event that arrives late does not move the shipment back in time."""
    event, _created = _event_store(
        shipment=shipment,
        event_id=event_id,
        status=status,
        occurred_at=occurred_at,
        source=source,
        description=description,
        location=location,
    )
    return event


def _for_seller(shipment: Shipment, seller: User) -> Shipment:
    """The shipment fresh from the database, if `seller` sold its order."""
    shipment = Shipment.objects.select_related("order").get(pk=shipment.pk)
    if shipment.order.seller_id != seller.pk:
        raise DomainError(
            _("Only the seller of this order can change its shipments."), code="not_seller"
        )
    return shipment


@transaction.atomic
def shipment_set_status(
    *,
    shipment: Shipment,
    status: str,
    seller: User,
    occurred_at: datetime | None = None,
    note: str = "",
) -> TrackingEvent:
    """The seller sets a shipment's status by hand (a carrier without a webhook, or a
    correction). It is recorded as a tracking event from the seller, like a carrier's."""
    shipment = _for_seller(shipment, seller)
    if status not in ShipmentStatus.values:
        raise DomainError(_("Choose a status from the list."), code="invalid_status")
    now = timezone.now()
    occurred_at = occurred_at or now
    if occurred_at > now + CLOCK_SKEW:
        raise DomainError(_("The time of the change cannot be in the future."), code="future")
    note = note.strip()
    if len(note) > DESCRIPTION_MAX:
        raise DomainError(
            _("Keep the note under %(count)s characters.") % {"count": DESCRIPTION_MAX},
            code="note_too_long",
        )
    event, _created = _event_store(
        shipment=shipment,
        event_id=f"seller-{uuid.uuid4().hex}",
        status=status,
        occurred_at=occurred_at,
        source=TrackingSource.SELLER,
        description=note,
    )
    return event


@transaction.atomic
def shipment_update_expected_delivery(
    *, shipment: Shipment, expected_delivery: date | None, seller: User
) -> Shipment:
    """The seller corrects (or clears) the date the parcel should arrive."""
    _for_seller(shipment, seller)
    shipment = Shipment.objects.select_for_update().get(pk=shipment.pk)
    if shipment.expected_delivery != expected_delivery:
        shipment.expected_delivery = expected_delivery
        shipment.save(update_fields=["expected_delivery"])
    return shipment


# Carriers' webhooks ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CarrierEvent:
    """One event as a carrier pushes it, checked (see `carrier_event_parse`)."""

    event_id: str
    tracking_number: str
    status: ShipmentStatus
    occurred_at: datetime
    description: str = ""
    location: str = ""
    expected_delivery: date | None = None


def _invalid(message: str, code: str = "invalid_payload") -> DomainError:
    return DomainError(message, code=code)


def _text(payload: dict, field: str, *, required: bool = False, max_length: int = 0) -> str:
    value = payload.get(field)
    if value is None or value == "":
        if required:
            raise _invalid(_("“%(field)s” is required.") % {"field": field})
        return ""
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        raise _invalid(_("“%(field)s” must be a string.") % {"field": field})
    try:
        value.encode()  # lone surrogates ("\ud800") cannot be stored
    except UnicodeEncodeError:
        value = "\x00"
    if "\x00" in value:
        raise _invalid(_("“%(field)s” contains characters that are not text.") % {"field": field})
    value = value.strip()
    if required and not value:
        raise _invalid(_("“%(field)s” is required.") % {"field": field})
    if max_length and len(value) > max_length:
        raise _invalid(
            _("“%(field)s” is longer than %(count)s characters.")
            % {"field": field, "count": max_length}
        )
    return value


def carrier_event_parse(*, carrier: str, payload: object) -> CarrierEvent:
    """Check one event of a carrier's webhook; `DomainError` (code `invalid_payload` or
    `unknown_status`) says what is wrong with it. Accepted shape::

        {
          "event_id": "evt-123",                       # the carrier's id, at most 64 chars
          "tracking_number": "620000000000000000000001",
          "status": "out_for_delivery",                # ours, or the carrier's own word
          "occurred_at": "2026-05-04T09:30:00+02:00",  # ISO 8601 with an offset
          "description": "Wydano do doręczenia",       # optional, cut to 300 chars
          "location": "Warszawa",                      # optional, cut to 120 chars
          "expected_delivery": "2026-05-05"            # optional ISO date
        }
    """
    if not isinstance(payload, dict):
        raise _invalid(_("An event must be a JSON object."))
    event_id = _text(payload, "event_id", required=True, max_length=EVENT_ID_MAX)
    tracking_number = _text(payload, "tracking_number", required=True, max_length=100)
    raw_status = _text(payload, "status", required=True, max_length=100)
    status = carrier_status(carrier, raw_status)
    if status is None:
        raise DomainError(
            _("Unknown status “%(status)s”.") % {"status": raw_status}, code="unknown_status"
        )
    raw_time = _text(payload, "occurred_at", required=True, max_length=64)
    try:
        occurred_at = datetime.fromisoformat(raw_time)
    except ValueError:
        occurred_at = None
    if occurred_at is None or timezone.is_naive(occurred_at):
        raise _invalid(
            _("“occurred_at” must be an ISO 8601 time with an offset, e.g. %(example)s.")
            % {"example": "2026-05-04T09:30:00+02:00"}
        )
    now = timezone.now()
    if occurred_at > now + CLOCK_SKEW:
        raise _invalid(_("“occurred_at” is in the future."))
    if occurred_at < now - MAX_EVENT_AGE:
        raise _invalid(_("“occurred_at” is more than a year ago."))
    raw_date = _text(payload, "expected_delivery", max_length=10)
    expected_delivery = None
    if raw_date:
        try:
            expected_delivery = parse_date(raw_date)
        except ValueError:  # the right shape, an impossible date (2026-02-30)
            expected_delivery = None
        if expected_delivery is None:
            raise _invalid(_("“expected_delivery” must be a date like 2026-05-05."))
    return CarrierEvent(
        event_id=event_id,
        tracking_number=normalize_tracking_number(tracking_number),
        status=status,
        occurred_at=occurred_at,
        # Free text from the carrier: kept (cut to fit), escaped wherever it is shown.
        description=_text(payload, "description")[:DESCRIPTION_MAX],
        location=_text(payload, "location")[:LOCATION_MAX],
        expected_delivery=expected_delivery,
    )


@transaction.atomic
def carrier_event_ingest(*, carrier: str, payload: object) -> TrackingEvent:
    """Store one event a carrier pushed to its webhook (the shape: `carrier_event_parse`).

    Idempotent by event id: an event seen before changes nothing, and the returned event
    has `is_new = False`. Out-of-order safe: an older event is stored in the timeline but
    does not move the status back. A tracking number with no shipment of this carrier is
    a `DomainError` with code `unknown_shipment`.
    """
    if carrier not in Carrier.values:
        raise DomainError(_("Unknown carrier."), code="unknown_carrier")
    parsed = carrier_event_parse(carrier=carrier, payload=payload)
    shipment = Shipment.objects.filter(
        carrier=carrier, tracking_number=parsed.tracking_number
    ).first()
    if shipment is None:
        raise DomainError(
            _("No %(carrier)s shipment has the tracking number %(number)s.")
            % {"carrier": Carrier(carrier).label, "number": parsed.tracking_number},
            code="unknown_shipment",
        )
    event, created = _event_store(
        shipment=shipment,
        event_id=parsed.event_id,
        status=parsed.status,
        occurred_at=parsed.occurred_at,
        source=TrackingSource.CARRIER,
        description=parsed.description,
        location=parsed.location,
        expected_delivery=parsed.expected_delivery,
    )
    event.is_new = created
    return event
