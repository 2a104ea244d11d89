"""Order services: every write to offers, orders, payments and shipments goes through here.

One module per part of the domain; this package exports them all, so callers write
`from orders import services` and `services.order_place(...)`.
"""

from .catalog import offer_create
from .checkout import order_cancel, order_place
from .payments import payment_attempt_complete, payment_attempt_start
from .shipments import (
    carrier_event_ingest,
    shipment_create,
    shipment_set_status,
    shipment_update_expected_delivery,
    tracking_event_record,
)

__all__ = [
    "carrier_event_ingest",
    "offer_create",
    "order_cancel",
    "order_place",
    "payment_attempt_complete",
    "payment_attempt_start",
    "shipment_create",
    "shipment_set_status",
    "shipment_update_expected_delivery",
    "tracking_event_record",
]
