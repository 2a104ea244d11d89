"""The filter and search form of the seller's Orders tab."""

from django import forms
from django.utils.translation import gettext_lazy as _

from accounts.marketplaces import MarketplaceCode

from .models import DeliveryMethod, OrderStatus, PaymentStatus
from .selectors import OrderFilters


def _any(choices) -> list[tuple[str, str]]:
    return [("", _("Any")), *choices]


class SellerOrderFilterForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, max_length=200)
    status = forms.ChoiceField(
        label=_("Status"), required=False, choices=_any(OrderStatus.choices)
    )
    payment = forms.ChoiceField(
        label=_("Payment"), required=False, choices=_any(PaymentStatus.choices)
    )
    delivery = forms.ChoiceField(
        label=_("Delivery"), required=False, choices=_any(DeliveryMethod.choices)
    )
    marketplace = forms.ChoiceField(
        label=_("Marketplace"), required=False, choices=_any(MarketplaceCode.choices)
    )
    date_from = forms.DateField(
        label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    date_to = forms.DateField(
        label=_("To"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def filters(self) -> OrderFilters:
        """The valid part of the input; a field with a wrong value filters nothing."""
        self.is_valid()
        data = self.cleaned_data
        return OrderFilters(
            status=data.get("status", ""),
            payment_status=data.get("payment", ""),
            delivery_method=data.get("delivery", ""),
            marketplace=data.get("marketplace", ""),
            date_from=data.get("date_from"),
            date_to=data.get("date_to"),
            query=data.get("q", "").strip(),
        )
