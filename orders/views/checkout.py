"""Checkout on an offer: the delivery and payment form.

The buyer picks the quantity, a delivery method of the offer, one of their addresses (or
types a new one, which is added to their account) and may request an invoice. A valid
form places the order (which keeps a snapshot of the address) and sends the buyer to the
payment operator. An invalid one comes back with every field as typed and the errors
next to them (422), and nothing is stored.
"""

import secrets

from django import forms
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.vary import vary_on_headers
from django_htmx.http import HttpResponseClientRedirect

from accounts import selectors as account_selectors
from accounts.marketplaces import Country, marketplace_get
from accounts.models import DeliveryAddress
from accounts.services import delivery_address_create
from core.exceptions import DomainError
from core.params import parse_int
from core.ratelimit import rate_limit_hit, rate_limit_message, rate_limited

from .. import selectors, services
from ..models import Carrier, DeliveryOption, Offer, Order
from ..pickup_points import (
    PointsUnavailable,
    is_pickup,
    pickup_network,
    point_get,
    points_search,
    unavailable_message,
)
from ..services.payments import PAYABLE
from .payments import payment_redirect

NEW_ADDRESS = "new"


MAX_QUANTITY = 999  # pieces in one order; more is a typo or a probe


class CheckoutForm(forms.Form):
    """The shape of the delivery and payment form; the services judge the rest."""

    quantity = forms.IntegerField(
        label=gettext_lazy("Quantity"),
        min_value=1,
        max_value=MAX_QUANTITY,
        initial=1,
        error_messages={
            "max_value": gettext_lazy("You can order at most %(limit_value)s pieces at once."),
            "required": gettext_lazy("Enter how many pieces you want."),
            "invalid": gettext_lazy("Enter how many pieces you want."),
            "min_value": gettext_lazy("Order at least one piece."),
        },
    )
    delivery = forms.ChoiceField(
        label=gettext_lazy("Delivery method"),
        widget=forms.RadioSelect,
        error_messages={
            "required": gettext_lazy("Choose a delivery method."),
            "invalid_choice": gettext_lazy("Choose one of the delivery methods of this offer."),
        },
    )
    address = forms.ChoiceField(
        label=gettext_lazy("Delivery address"),
        widget=forms.RadioSelect,
        error_messages={
            "required": gettext_lazy("Choose a delivery address or enter a new one."),
            "invalid_choice": gettext_lazy("Choose one of your delivery addresses."),
        },
    )
    # The form's one-time key (see services.order_place): a second submit of the same
    # form finds the order the first one placed.
    checkout_key = forms.RegexField(
        regex=r"^[A-Za-z0-9_-]{16,64}$", required=False, widget=forms.HiddenInput
    )
    # The parcel locker or pickup point chosen from the list (pickup methods only); the
    # service checks it against the points' source.
    pickup_point = forms.CharField(max_length=32, required=False)
    invoice_requested = forms.BooleanField(label=gettext_lazy("I want an invoice"), required=False)
    invoice_company_name = forms.CharField(
        label=gettext_lazy("Company name"), max_length=200, required=False
    )
    invoice_tax_id = forms.CharField(
        label=gettext_lazy("Tax identification number"), max_length=32, required=False
    )
    invoice_address = forms.CharField(
        label=gettext_lazy("Invoice address"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(
        self,
        *args,
        offer: Offer,
        options: list[DeliveryOption],
        addresses: list[DeliveryAddress],
        **kwargs,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.offer = offer
        self.options = {str(option.pk): option for option in options}
        self.addresses = {str(address.pk): address for address in addresses}
        self.fields["quantity"].widget.attrs["max"] = offer.stock
        self.fields["delivery"].choices = [(key, str(o)) for key, o in self.options.items()]
        self.fields["address"].choices = [
            *((key, str(a)) for key, a in self.addresses.items()),
            (NEW_ADDRESS, _("A new address")),
        ]

    def clean_quantity(self) -> int:
        quantity = self.cleaned_data["quantity"]
        if quantity > self.offer.stock:
            raise ValidationError(
                _("Only %(count)s left: order at most that many.") % {"count": self.offer.stock},
                code="stock",
            )
        return quantity

    def clean_delivery(self) -> DeliveryOption:
        return self.options[self.cleaned_data["delivery"]]

    def clean_address(self) -> DeliveryAddress | str:
        key = self.cleaned_data["address"]
        return NEW_ADDRESS if key == NEW_ADDRESS else self.addresses[key]

    def clean(self) -> dict:
        data = super().clean()
        option = data.get("delivery")
        if option is not None and is_pickup(option.method):
            if not data.get("pickup_point", "").strip():
                self.add_error(
                    "pickup_point",
                    ValidationError(
                        _("Choose a parcel locker or pickup point for this delivery method."),
                        code="required",
                    ),
                )
        else:
            data["pickup_point"] = ""
        if data.get("invoice_requested"):
            required = {
                "invoice_company_name": _("Enter the company name for the invoice."),
                "invoice_tax_id": _("Enter the tax identification number for the invoice."),
                "invoice_address": _("Enter the address for the invoice."),
            }
            for field, message in required.items():
                if field in data and not data[field].strip():
                    self.add_error(field, ValidationError(message, code="required"))
        return data

    def invoice(self) -> dict | None:
        data = self.cleaned_data
        if not data["invoice_requested"]:
            return None
        return {
            "company_name": data["invoice_company_name"].strip(),
            "tax_id": data["invoice_tax_id"].strip(),
            "address": data["invoice_address"].strip(),
        }


class NewAddressForm(forms.Form):
    """A new delivery address, as typed; `delivery_address_create` validates it."""

    first_name = forms.CharField(label=gettext_lazy("First name"), required=False)
    last_name = forms.CharField(label=gettext_lazy("Last name"), required=False)
    street = forms.CharField(label=gettext_lazy("Street"), required=False)
    building_number = forms.CharField(label=gettext_lazy("Building number"), required=False)
    apartment_number = forms.CharField(label=gettext_lazy("Apartment number"), required=False)
    postcode = forms.CharField(label=gettext_lazy("Postcode"), required=False)
    city = forms.CharField(label=gettext_lazy("City"), required=False)
    country = forms.ChoiceField(label=gettext_lazy("Country"), choices=Country.choices)
    phone = forms.CharField(
        label=gettext_lazy("Phone"),
        required=False,
        help_text=gettext_lazy("With the country code, for example +48 601 234 567."),
    )

    def errors_from(self, error: ValidationError | DomainError) -> None:
        """Put the service's errors next to the fields they are about."""
        if isinstance(error, DomainError):
            self.add_error(None, error.message)
            return
        if not hasattr(error, "error_dict"):
            self.add_error(None, error)
            return
        for field, errors in error.error_dict.items():
            self.add_error(field if field in self.fields else None, errors)


class _Invalid(Exception):
    """Leaves the checkout transaction, so a new address typed with it is not kept."""


def _place(request, *, offer: Offer, form: CheckoutForm, address_form: NewAddressForm):
    """The order and its first payment attempt, or None with the errors on the forms."""
    form.is_valid()
    address_form.is_valid()
    chosen = form.cleaned_data.get("address")
    if chosen is None and form.data.get("address") == NEW_ADDRESS:
        chosen = NEW_ADDRESS  # the form has other errors: still check the new address
    try:
        with transaction.atomic():
            if chosen == NEW_ADDRESS:
                fields = {
                    name: value.strip() if isinstance(value, str) else value
                    for name, value in address_form.cleaned_data.items()
                }
                try:
                    chosen = delivery_address_create(buyer=request.user, **fields)
                except (ValidationError, DomainError) as error:
                    address_form.errors_from(error)
            if form.errors or address_form.errors:
                raise _Invalid
            try:
                order = services.order_place(
                    buyer=request.user,
                    offer=offer,
                    delivery_option=form.cleaned_data["delivery"],
                    address=chosen,
                    quantity=form.cleaned_data["quantity"],
                    invoice=form.invoice(),
                    checkout_key=form.cleaned_data.get("checkout_key") or "",
                    pickup_point_id=form.cleaned_data.get("pickup_point") or "",
                )
                if order.placed_before:
                    return order, None  # shown with its state: pay there, or paid already
                attempt = services.payment_attempt_start(order=order)
            except DomainError as error:
                field = "pickup_point" if error.code == "pickup_point" else None
                form.add_error(field, error.message)
                raise _Invalid from error
    except _Invalid:
        return None, None
    return order, attempt


SESSION_KEYS = "checkout_keys"
MAX_SESSION_KEYS = 20


def _checkout_key(request, *, offer: Offer) -> tuple[str, Order | None]:
    """The form's one-time key, kept in the session per offer: Back after "Buy and pay"
    reloads the page (signed-in pages are not cached), and it must carry the same key
    while that order waits for payment, so buying again leads to it, not to a second
    order. Once it is paid or cancelled, or with `?new=1`, a new purchase gets a new key.
    Also returns the unpaid order the key placed, which the page mentions."""
    keys = dict(request.session.get(SESSION_KEYS) or {})
    key = keys.get(str(offer.pk))
    placed = None
    if key and request.GET.get("new") != "1":
        placed = Order.objects.filter(buyer=request.user, checkout_key=key).first()
        if placed is not None and placed.status not in PAYABLE:
            key = placed = None
    else:
        key = None
    if not key:
        key = secrets.token_urlsafe(24)
        keys.pop(str(offer.pk), None)
        keys[str(offer.pk)] = key
        request.session[SESSION_KEYS] = dict(list(keys.items())[-MAX_SESSION_KEYS:])
    return key, placed


def _summary(*, offer: Offer, options: list, form: CheckoutForm) -> dict:
    """What the buyer pays for the quantity and delivery chosen in the form now (the page's
    script updates it as they change them)."""
    quantity = parse_int(str(form["quantity"].value() or ""), minimum=1, maximum=MAX_QUANTITY)
    chosen = str(form["delivery"].value() or "")
    option = next((o for o in options if str(o.pk) == chosen), None)
    items = offer.price * (quantity or 1)
    delivery = option.price if option is not None else None
    return {
        "quantity": quantity or 1,
        "items": items,
        "delivery": delivery,
        "total": items + delivery if delivery is not None else None,
    }


def _pickup(request, *, offer: Offer, options: list, form: CheckoutForm, addresses: list) -> dict:
    """The point chooser's state: the chosen pickup option, the search and its results
    (the point chosen so far stays first in the list)."""
    chosen = str(form["delivery"].value() or "")
    option = next((o for o in options if str(o.pk) == chosen), None)
    pickup_options = [o for o in options if is_pickup(o.method)]
    state = {
        "any": bool(pickup_options),
        "active": option is not None and is_pickup(option.method),
        "option": option,
        "query": "",
        "points": [],
        "error": "",
        "selected": str(form["pickup_point"].value() or ""),
    }
    if not state["active"]:
        return state
    query = request.GET.get("point_query")
    if query is None:
        query = request.POST.get("point_query")
    if query is None:  # first view: points near the buyer's default address
        default = next((a for a in addresses if a.is_default), addresses[0] if addresses else None)
        query = default.postcode if default else ""
    state["query"] = " ".join(str(query).split())[:64]
    country = marketplace_get(offer.marketplace).country
    network = pickup_network(method=option.method, carrier=option.carrier, country=country)
    state["network"] = network
    state["network_label"] = Carrier(network).label if network in Carrier.values else ""
    if request.GET.get("part") == "points":  # a search: it may ask the carrier's API
        wait = rate_limit_hit(request, "pickup_points")
        if wait is not None:
            state["error"] = rate_limit_message(wait)
            return state
    try:
        points = points_search(carrier=network, query=state["query"], country=country)
        if state["selected"] and all(p.id != state["selected"] for p in points):
            selected = point_get(carrier=network, point_id=state["selected"])
            if selected is not None:
                points = [selected, *points]
    except PointsUnavailable:
        state["error"] = unavailable_message()
        points = []
    state["points"] = points
    return state


def _default_address(addresses: list[DeliveryAddress]) -> str:
    default = next((a for a in addresses if a.is_default), addresses[0] if addresses else None)
    return str(default.pk) if default else NEW_ADDRESS


@login_required
@vary_on_headers("HX-Request")
@rate_limited("checkout")
def checkout(request, offer_id: int):
    offer = selectors.offer_get_public(offer_id=offer_id)
    if request.method not in ("GET", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    if offer.seller_id == request.user.pk:
        # order_place refuses it too; the page says so before anything is typed.
        context = {"offer": offer, "is_own": True}
        return render(request, "orders/checkout.html", context, status=403)
    options = list(offer.delivery_options.all())
    addresses = list(account_selectors.delivery_addresses_for_buyer(buyer=request.user))
    form_kwargs = {"offer": offer, "options": options, "addresses": addresses}
    status = 200
    if request.method == "POST":
        form = CheckoutForm(request.POST, **form_kwargs)
        address_form = NewAddressForm(request.POST, prefix=NEW_ADDRESS)
        order, attempt = _place(request, offer=offer, form=form, address_form=address_form)
        if order is not None:
            if attempt is None:  # the same form again: the order it placed
                url = reverse("orders:order_detail", args=[order.pk])
            else:
                url = payment_redirect(request, attempt)
            return HttpResponseClientRedirect(url) if request.htmx else HttpResponseRedirect(url)
        status = 422
    else:
        key, placed = _checkout_key(request, offer=offer)
        quantity = request.GET.get("quantity", "")
        delivery = request.GET.get("delivery", "")
        if not any(str(option.pk) == delivery for option in options):
            delivery = str(options[0].pk) if options else ""
        form = CheckoutForm(
            initial={
                "quantity": parse_int(quantity, minimum=1, maximum=MAX_QUANTITY) or 1,
                "delivery": delivery,
                "address": _default_address(addresses),
                "checkout_key": key,
                "pickup_point": request.GET.get("pickup_point", "")[:32],
            },
            **form_kwargs,
        )
        address_form = NewAddressForm(
            prefix=NEW_ADDRESS, initial={"country": marketplace_get(offer.marketplace).country}
        )
    context = {
        "offer": offer,
        "placed": placed if request.method == "GET" else None,
        "options": options,
        "addresses": addresses,
        "summary": _summary(offer=offer, options=options, form=form),
        "pickup": _pickup(request, offer=offer, options=options, form=form, addresses=addresses),
        "form": form,
        "address_form": address_form,
        "new_address": NEW_ADDRESS,
    }
    template_name = "orders/checkout.html"
    if request.htmx and request.method == "GET" and request.GET.get("part") == "summary":
        template_name += "#checkout-summary"  # the total, as quantity and delivery change
    elif request.htmx and request.method == "GET" and request.GET.get("part") == "points":
        template_name += "#pickup-chooser"  # the point chooser, as delivery and search change
    elif request.htmx and not request.htmx.boosted:
        template_name += "#checkout-form"
    return render(request, template_name, context, status=status)
