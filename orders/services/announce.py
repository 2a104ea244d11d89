"""What the seller's tools hear of their orders (core.events: the API's event journal)."""

from core import events

from ..models import Order, Shipment


def order_status_announce(order: Order) -> None:
    """The order's status has just changed (in the caller's transaction)."""
    events.announce(
        "order.status_changed", user_id=order.seller_id, order_id=order.pk, status=order.status
    )


def shipment_announce(kind: str, *, order: Order, shipment: Shipment) -> None:
    """A shipment was added ("shipment.created") or took a new status
    ("shipment.status_changed")."""
    events.announce(
        kind,
        user_id=order.seller_id,
        order_id=order.pk,
        shipment_id=shipment.pk,
        status=shipment.status,
    )
