"""What the shipment box needs beyond `order` and `is_seller`: tracking links and forms.

The box (templates/orders/_shipment_box.html) is included in pages other views render,
so it builds its own forms; after a refused submission the view passes the bound form
(`shipment_form`, `status_form`) and the box shows it with its errors instead.
"""

from django import template

from ..carriers import tracking_url as carrier_tracking_url
from ..models import Shipment
from ..shipment_forms import ShipmentCreateForm, ShipmentStatusForm

register = template.Library()


@register.filter
def tracking_url(shipment: Shipment) -> str:
    """The carrier's public tracking page of this shipment, or ""."""
    return carrier_tracking_url(shipment.carrier, shipment.tracking_number)


@register.simple_tag(takes_context=True)
def shipment_create_form(context, order):
    bound = context.get("shipment_form")
    return bound if bound is not None else ShipmentCreateForm(order=order)


@register.simple_tag(takes_context=True)
def shipment_status_form(context, shipment):
    bound = context.get("status_form")
    if bound is not None and bound.shipment_id == shipment.pk:
        return bound
    return ShipmentStatusForm(shipment=shipment)
