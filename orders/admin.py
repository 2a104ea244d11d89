"""Staff admin for offers, orders, payments and shipments.

Orders, their lines, payments, attempts, shipments and tracking events come into being
through the product's flows (checkout, the payment operator, the seller, carriers), so
staff cannot add them here, and what checkout copied into an order stays read-only.
"""

from django import forms
from django.contrib import admin
from django.core.exceptions import ObjectDoesNotExist
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from accounts.admin_mixins import NoAddMixin, ReadOnlyInlineMixin
from accounts.marketplaces import Country

from .models import (
    DeliveryOption,
    FeedPickupPoint,
    Offer,
    Order,
    OrderLine,
    Payment,
    PaymentAttempt,
    Refund,
    Shipment,
    TrackingEvent,
)


def address_lines(snapshot: dict | None) -> list[str]:
    """An order's address snapshot as the lines of a postal address (empty parts left out)."""
    snapshot = snapshot or {}

    def part(key: str) -> str:
        return str(snapshot.get(key) or "").strip()

    building = part("building_number")
    if part("apartment_number"):
        building = f"{building}/{part('apartment_number')}"
    country = part("country")
    if country in Country.values:
        country = str(Country(country).label)
    lines = [
        f"{part('first_name')} {part('last_name')}",
        f"{part('street')} {building}",
        f"{part('postcode')} {part('city')}",
        country,
        part("phone"),
    ]
    return [line.strip() for line in lines if line.strip()]


# --- Offers -------------------------------------------------------------------------------


class DeliveryOptionInline(admin.TabularInline):
    model = DeliveryOption
    fields = ("method", "carrier", "price", "min_days", "max_days")
    extra = 0


class OfferForm(forms.ModelForm):
    new_photo = forms.FileField(
        label=_("New photo"),
        required=False,
        help_text=_("JPEG, PNG, WebP or GIF; kept as a page-size and a list-size copy."),
    )

    class Meta:
        model = Offer
        fields = ("title",)  # OfferAdmin gives the form all of its fields

    def clean_new_photo(self):
        upload = self.cleaned_data.get("new_photo")
        if upload:
            from .photos import renditions

            renditions(upload)  # refuses what is not a usable photo, with the reason
        return upload


@admin.register(Offer)
class OfferAdmin(admin.ModelAdmin):
    form = OfferForm

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        upload = form.cleaned_data.get("new_photo")
        if upload:
            from .services import offer_photo_set

            offer_photo_set(offer=obj, upload=upload)

    @admin.display(description=_("photo"))
    def photo_preview(self, obj):
        if not obj.pk or not obj.photo:
            return "—"
        return format_html('<img src="{}" alt="" width="160">', obj.photo_url)

    list_display = (
        "title",
        "seller",
        "marketplace",
        "price",
        "currency",
        "stock",
        "is_active",
        "created_at",
    )
    list_select_related = ("seller",)
    list_filter = ("is_active", "marketplace", "currency")
    search_fields = ("=id", "title", "seller__username", "seller__email")
    date_hierarchy = "created_at"
    autocomplete_fields = ("seller",)
    readonly_fields = ("photo_preview", "created_at", "updated_at")
    inlines = (DeliveryOptionInline,)


@admin.register(DeliveryOption)
class DeliveryOptionAdmin(admin.ModelAdmin):
    list_display = ("__str__", "offer", "price", "min_days", "max_days")
    list_select_related = ("offer",)
    list_filter = ("method", "carrier")
    search_fields = ("offer__title", "=offer__id")
    autocomplete_fields = ("offer",)


# --- Orders -------------------------------------------------------------------------------


class OrderLineInline(ReadOnlyInlineMixin, admin.TabularInline):
    model = OrderLine
    fields = ("title", "offer", "unit_price", "quantity", "total")
    readonly_fields = fields

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("offer")

    @admin.display(description=_("total"))
    def total(self, obj: OrderLine):
        return obj.total


class PaymentInline(ReadOnlyInlineMixin, admin.StackedInline):
    model = Payment
    fields = (("status", "amount", "currency"), ("paid_at", "created_at"))
    readonly_fields = ("status", "amount", "currency", "paid_at", "created_at")
    show_change_link = True


class ShipmentInline(ReadOnlyInlineMixin, admin.TabularInline):
    model = Shipment
    fields = ("carrier", "tracking_number", "status", "expected_delivery", "created_at")
    readonly_fields = fields
    show_change_link = True


@admin.register(Order)
class OrderAdmin(NoAddMixin, admin.ModelAdmin):
    list_display = (
        "transaction_id",
        "buyer",
        "seller",
        "marketplace",
        "status",
        "payment_status",
        "total",
        "created_at",
    )
    list_select_related = ("buyer", "seller", "payment")
    list_filter = ("status", "marketplace", "delivery_method", "invoice_requested")
    search_fields = (
        "=transaction_id",
        "buyer__username",
        "buyer__email",
        "seller__username",
        "seller__email",
    )
    date_hierarchy = "created_at"
    show_full_result_count = False  # one COUNT(*) over 100k orders per page is enough
    fieldsets = (
        (
            None,
            {
                "fields": (
                    "transaction_id",
                    "status",
                    "marketplace",
                    ("buyer", "seller"),
                    ("created_at", "updated_at"),
                )
            },
        ),
        (_("Amounts"), {"fields": ("currency", "items_total", "delivery_price", "total")}),
        (
            _("Delivery"),
            {"fields": ("delivery_method", "delivery_carrier", "delivery_address_display")},
        ),
        (
            _("Invoice"),
            {
                "fields": (
                    "invoice_requested",
                    "invoice_company_name",
                    "invoice_tax_id",
                    "invoice_address",
                )
            },
        ),
    )
    # Everything checkout copied into the order is a record of that moment.
    readonly_fields = (
        "transaction_id",
        "marketplace",
        "buyer",
        "seller",
        "created_at",
        "updated_at",
        "currency",
        "items_total",
        "delivery_price",
        "total",
        "delivery_method",
        "delivery_carrier",
        "delivery_address_display",
    )
    inlines = (OrderLineInline, PaymentInline, ShipmentInline)

    @admin.display(description=_("total"))
    def total(self, obj: Order) -> str:
        return f"{obj.total} {obj.currency}"

    @admin.display(description=_("payment"), ordering="payment__status")
    def payment_status(self, obj: Order) -> str:
        try:
            return obj.payment.get_status_display()
        except ObjectDoesNotExist:
            return self.get_empty_value_display()

    @admin.display(description=_("delivery address"))
    def delivery_address_display(self, obj: Order):
        lines = address_lines(obj.delivery_address)
        if not lines:
            return self.get_empty_value_display()
        return format_html_join(mark_safe("<br>"), "{}", ((line,) for line in lines))


@admin.register(OrderLine)
class OrderLineAdmin(NoAddMixin, admin.ModelAdmin):
    list_display = ("title", "order", "offer", "unit_price", "quantity")
    list_select_related = ("order", "offer")
    search_fields = ("=order__transaction_id", "title")
    readonly_fields = ("order", "offer", "title", "unit_price", "quantity")


@admin.register(FeedPickupPoint)
class FeedPickupPointAdmin(NoAddMixin, admin.ModelAdmin):
    """The points downloaded from the networks' feeds, for staff to check what buyers see;
    only the hourly import writes them."""

    list_display = ("point_id", "carrier", "country", "type", "name", "city", "refreshed_at")
    list_filter = ("carrier", "country", "type")
    search_fields = ("=point_id", "name", "city", "postcode")
    readonly_fields = [f.name for f in FeedPickupPoint._meta.fields]

    def has_change_permission(self, request, obj=None) -> bool:
        return False


# --- Payments -----------------------------------------------------------------------------


class PaymentAttemptInline(ReadOnlyInlineMixin, admin.TabularInline):
    model = PaymentAttempt
    fields = (
        "operator_reference",
        "operator_order_id",
        "status",
        "failure_reason",
        "created_at",
        "completed_at",
    )
    readonly_fields = fields
    ordering = ("created_at", "id")


class RefundInline(ReadOnlyInlineMixin, admin.TabularInline):
    model = Refund
    fields = (
        "reference",
        "amount",
        "currency",
        "status",
        "operator_refund_id",
        "failure_reason",
        "created_at",
        "completed_at",
    )
    readonly_fields = fields
    ordering = ("created_at", "id")


@admin.register(Refund)
class RefundAdmin(NoAddMixin, admin.ModelAdmin):
    """Refunds and their outcome; a failed one (the operator refused it) is settled by
    staff by hand, its reason shown here."""

    list_display = ("reference", "attempt", "amount", "currency", "status", "created_at")
    list_filter = ("status", "currency")
    search_fields = ("=reference", "=attempt__payment__order__transaction_id")
    readonly_fields = (*RefundInline.fields, "attempt")

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Payment)
class PaymentAdmin(NoAddMixin, admin.ModelAdmin):
    list_display = ("order", "amount", "currency", "status", "paid_at", "created_at")
    list_select_related = ("order",)
    list_filter = ("status", "currency")
    search_fields = ("=order__transaction_id",)
    date_hierarchy = "created_at"
    readonly_fields = ("order", "amount", "currency", "created_at", "updated_at")
    inlines = (PaymentAttemptInline,)


@admin.register(PaymentAttempt)
class PaymentAttemptAdmin(NoAddMixin, admin.ModelAdmin):
    list_display = (
        "operator_reference",
        "transaction_id",
        "status",
        "failure_reason",
        "created_at",
        "completed_at",
    )
    list_select_related = ("payment__order",)
    list_filter = ("status",)
    search_fields = ("=operator_reference", "=payment__order__transaction_id")
    date_hierarchy = "created_at"
    readonly_fields = (
        "payment",
        "operator_reference",
        "operator_order_id",
        "status",
        "failure_reason",
        "created_at",
        "completed_at",
    )
    inlines = (RefundInline,)

    def get_queryset(self, request):
        # The change page links the payment, whose name is its order's.
        return super().get_queryset(request).select_related("payment__order")

    @admin.display(
        description=_("transaction identifier"), ordering="payment__order__transaction_id"
    )
    def transaction_id(self, obj: PaymentAttempt) -> str:
        return obj.payment.order.transaction_id


# --- Shipments ----------------------------------------------------------------------------


class TrackingEventInline(ReadOnlyInlineMixin, admin.TabularInline):
    model = TrackingEvent
    fields = ("occurred_at", "status", "source", "description", "location", "received_at")
    readonly_fields = fields
    ordering = ("occurred_at", "id")


@admin.register(Shipment)
class ShipmentAdmin(NoAddMixin, admin.ModelAdmin):
    list_display = (
        "tracking_number",
        "carrier",
        "order",
        "status",
        "expected_delivery",
        "status_changed_at",
    )
    list_select_related = ("order",)
    list_filter = ("carrier", "status")
    search_fields = ("tracking_number", "=order__transaction_id")
    date_hierarchy = "created_at"
    # The status follows the newest tracking event (orders.services.tracking_event_record).
    readonly_fields = ("order", "status", "status_changed_at", "created_at")
    inlines = (TrackingEventInline,)


@admin.register(TrackingEvent)
class TrackingEventAdmin(NoAddMixin, admin.ModelAdmin):
    list_display = ("shipment", "status", "source", "location", "occurred_at", "received_at")
    list_select_related = ("shipment",)
    list_filter = ("source", "status")
    search_fields = (
        "=event_id",
        "shipment__tracking_number",
        "=shipment__order__transaction_id",
    )
    date_hierarchy = "occurred_at"
    readonly_fields = (
        "shipment",
        "event_id",
        "source",
        "status",
        "occurred_at",
        "received_at",
    )
