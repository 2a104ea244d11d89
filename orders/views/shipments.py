"""The seller's shipments: add one to an order, set a shipment's status by hand.

Both fetch the order or shipment through a seller-scoped lookup before looking at the
HTTP method, so another user's id is a 404 whatever the method (the buyer's too: only the
seller ships). With htmx they answer with the shipment box (templates/orders/
_shipment_box.html#shipment-box); without, they redirect to the order page with a message.
A refused form comes back with its errors next to the fields, input kept, status 422.
"""

from django.contrib import messages as flash
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.vary import vary_on_headers

from accounts.models import TeamPermission
from accounts.team import panel_area
from core.exceptions import DomainError
from core.ratelimit import rate_limited

from .. import services
from ..models import Order, Shipment
from ..shipment_forms import ShipmentCreateForm, ShipmentStatusForm

BOX = "orders/_shipment_box.html#shipment-box"
PAGE = "orders/shipment_form.html"  # the box on a page of its own, for refused plain posts
TRACKING_NUMBER_CODES = {
    "invalid_tracking_number",
    "unknown_carrier",
    "required",
    "duplicate_tracking",
}


def _order_for_seller(request, order_id: int) -> Order:
    return get_object_or_404(Order.objects.filter(seller=request.panel_account), pk=order_id)


def _shipment_for_seller(request, shipment_id: int) -> Shipment:
    return get_object_or_404(
        Shipment.objects.select_related("order").filter(order__seller=request.panel_account),
        pk=shipment_id,
    )


def _with_shipments(order: Order) -> Order:
    """The order as the shipment box shows it: shipments and their events, one query each."""
    return Order.objects.prefetch_related("shipments__events").get(pk=order.pk)


def _done(request, order: Order, message: str):
    if not request.htmx:
        flash.success(request, message)
        return HttpResponseRedirect(reverse("orders:order_detail", args=[order.pk]))
    context = {"order": _with_shipments(order), "is_seller": True, "saved_message": message}
    return render(request, BOX, context)


def _refused(request, order: Order, **forms):
    context = {"order": _with_shipments(order), "is_seller": True, **forms}
    return render(request, BOX if request.htmx else PAGE, context, status=422)


@login_required
@panel_area(TeamPermission.ORDERS)
@vary_on_headers("HX-Request")
@rate_limited("shipment_write")
def shipment_create(request, order_id: int):
    order = _order_for_seller(request, order_id)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = ShipmentCreateForm(request.POST, order=order)
    if form.is_valid():
        try:
            services.shipment_create(
                order=order,
                carrier=form.cleaned_data["carrier"],
                tracking_number=form.cleaned_data["tracking_number"],
                expected_delivery=form.cleaned_data["expected_delivery"],
            )
        except DomainError as error:
            field = "tracking_number" if error.code in TRACKING_NUMBER_CODES else None
            form.add_error(field, error.message)
        else:
            return _done(request, order, _("The shipment was added."))
    return _refused(request, order, shipment_form=form)


@login_required
@panel_area(TeamPermission.ORDERS)
@vary_on_headers("HX-Request")
@rate_limited("shipment_write")
def shipment_status(request, shipment_id: int):
    shipment = _shipment_for_seller(request, shipment_id)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = ShipmentStatusForm(request.POST, shipment=shipment)
    if form.is_valid():
        # A form without the date field leaves the date alone; an emptied one clears it.
        expected = form.cleaned_data["expected_delivery"]
        date_changed = (
            "expected_delivery" in request.POST and expected != shipment.expected_delivery
        )
        try:
            with transaction.atomic():  # the status and the date, or neither
                services.shipment_set_status(
                    shipment=shipment,
                    status=form.cleaned_data["status"],
                    seller=request.panel_account,
                    note=form.cleaned_data["note"],
                )
                if date_changed:
                    services.shipment_update_expected_delivery(
                        shipment=shipment, expected_delivery=expected, seller=request.panel_account
                    )
        except DomainError as error:
            form.add_error(None, error.message)
        else:
            return _done(request, shipment.order, _("The shipment status was saved."))
    return _refused(request, shipment.order, status_form=form)
