"""The seller's shipment forms: add a shipment, set its status by hand.

The tracking number is checked against the carrier here too (orders.carriers), so the
seller sees what a number of that carrier looks like next to the field; the services
check it again.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .carriers import validate_tracking_number
from .models import Carrier, Order, Shipment, ShipmentStatus
from .services.shipments import DESCRIPTION_MAX


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%Y-%m-%d")


def _not_in_the_past(day):
    if day is not None and day < timezone.localdate():
        raise ValidationError(_("The expected delivery date cannot be in the past."), code="past")
    return day


class ShipmentCreateForm(forms.Form):
    carrier = forms.ChoiceField(label=_("Carrier"), choices=Carrier.choices)
    tracking_number = forms.CharField(
        label=_("Tracking number"),
        max_length=60,
        error_messages={"required": _("Enter the tracking number.")},
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )
    expected_delivery = forms.DateField(
        label=_("Expected delivery"),
        required=False,
        widget=DateInput(),
        input_formats=["%Y-%m-%d"],
    )

    def __init__(self, *args, order: Order | None = None, **kwargs):
        if order is not None and order.delivery_carrier:
            kwargs.setdefault("initial", {"carrier": order.delivery_carrier})
        super().__init__(*args, **kwargs)

    def clean_expected_delivery(self):
        return _not_in_the_past(self.cleaned_data.get("expected_delivery"))

    def clean(self):
        cleaned = super().clean()
        carrier, number = cleaned.get("carrier"), cleaned.get("tracking_number")
        if carrier and number:
            try:
                cleaned["tracking_number"] = validate_tracking_number(carrier, number)
            except ValidationError as error:
                self.add_error("tracking_number", error)
        return cleaned


class ShipmentStatusForm(forms.Form):
    """The status, an optional note for the buyer, and the expected delivery date.

    Bound to one shipment: `shipment_id` tells the shipment box which form to show.
    """

    status = forms.ChoiceField(label=_("Status"), choices=ShipmentStatus.choices)
    note = forms.CharField(
        label=_("Note"),
        required=False,
        max_length=DESCRIPTION_MAX,
        help_text=_("Shown to the buyer in the tracking timeline."),
    )
    expected_delivery = forms.DateField(
        label=_("Expected delivery"),
        required=False,
        widget=DateInput(),
        input_formats=["%Y-%m-%d"],
    )

    def __init__(self, *args, shipment: Shipment, **kwargs):
        kwargs.setdefault(
            "initial",
            {"status": shipment.status, "expected_delivery": shipment.expected_delivery},
        )
        # Several of these forms are on one page: ids must differ, field names need not.
        kwargs.setdefault("auto_id", f"id_shipment{shipment.pk}_%s")
        super().__init__(*args, **kwargs)
        self.shipment_id = shipment.pk
        self.current_expected_delivery = shipment.expected_delivery

    def clean_expected_delivery(self):
        day = self.cleaned_data.get("expected_delivery")
        if day == self.current_expected_delivery:
            return day  # unchanged, even if that day has passed
        return _not_in_the_past(day)
