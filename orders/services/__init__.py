"""Order services: every write to offers, orders, payments and shipments goes through here.

One module per part of the domain; this package exports them all, so callers write
`from orders import services` and `services.order_place(...)`.
"""

from .catalog import offer_create, offer_photo_set
from .checkout import (
    order_cancel,
    order_place,
    order_seller_email_enqueue,
    order_seller_email_outcome,
    seller_notification_address,
)
from .payments import (
    payment_attempt_complete,
    payment_attempt_fail_to_start,
    payment_attempt_start,
    payment_webhook_record,
    refund_complete,
    refund_perform,
    refund_request,
)
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
    "offer_photo_set",
    "order_cancel",
    "order_place",
    "order_seller_email_enqueue",
    "order_seller_email_outcome",
    "payment_attempt_complete",
    "payment_attempt_fail_to_start",
    "payment_attempt_start",
    "payment_webhook_record",
    "refund_complete",
    "refund_perform",
    "refund_request",
    "seller_notification_address",
    "shipment_create",
    "shipment_set_status",
    "shipment_update_expected_delivery",
    "tracking_event_record",
]
