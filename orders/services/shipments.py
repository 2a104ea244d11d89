"""Shipments and their tracking events, from the seller or a carrier."""

from datetime import date, datetime

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from marketplace.exceptions import DomainError

from ..models import (
    Order,
    OrderStatus,
    Shipment,
    ShipmentStatus,
    TrackingEvent,
    TrackingSource,
)


@transaction.atomic
def shipment_create(
    *,
    order: Order,
    carrier: str,
    tracking_number: str,
    expected_delivery: date | None = None,
) -> Shipment:
    """The seller hands the parcel to a carrier; the order becomes shipped."""
    order = Order.objects.select_for_update().get(pk=order.pk)
    if order.status not in (OrderStatus.PAID, OrderStatus.SHIPPED):
        raise DomainError(_("Only paid orders can be shipped."), code="not_paid")
    shipment = Shipment(
        order=order,
        carrier=carrier,
        tracking_number=tracking_number.strip().upper(),
        expected_delivery=expected_delivery,
    )
    shipment.full_clean()
    shipment.save()
    order.status = OrderStatus.SHIPPED
    order.save(update_fields=["status", "updated_at"])
    return shipment


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
    latest = shipment.status_changed_at
    if created and (latest is None or occurred_at >= latest):
        shipment.status, shipment.status_changed_at = event.status, occurred_at
        shipment.save(update_fields=["status", "status_changed_at"])
        if event.status == ShipmentStatus.DELIVERED:
            Order.objects.filter(pk=shipment.order_id).update(
                status=OrderStatus.DELIVERED, updated_at=timezone.now()
            )
    return event
