"""Offers, orders (transactions) with their lines, payments, shipments and tracking."""

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.identifiers import TRANSACTION_ID_LENGTH, new_transaction_id
from accounts.marketplaces import Currency, MarketplaceCode, currency_matches_marketplace

MONEY = {"max_digits": 12, "decimal_places": 2, "validators": [MinValueValidator(0)]}


class DeliveryMethod(models.TextChoices):
    COURIER = "courier", _("Courier")
    PARCEL_LOCKER = "parcel_locker", _("Parcel locker")
    PICKUP_POINT = "pickup_point", _("Pickup point")
    PERSONAL_PICKUP = "personal_pickup", _("Personal pickup")


class Carrier(models.TextChoices):
    INPOST = "inpost", "InPost"
    DPD = "dpd", "DPD"
    DHL = "dhl", "DHL"
    GLS = "gls", "GLS"
    UPS = "ups", "UPS"
    POCZTA_POLSKA = "poczta_polska", "Poczta Polska"
    PACKETA = "packeta", "Packeta (Zásilkovna)"
    PPL = "ppl", "PPL"
    SPS = "sps", "Slovak Parcel Service"
    MPL = "mpl", "Magyar Posta (MPL)"
    FOXPOST = "foxpost", "Foxpost"


class Offer(models.Model):
    seller = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="offers",
        verbose_name=_("seller"),
    )
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    price = models.DecimalField(_("price"), **MONEY)
    currency = models.CharField(_("currency"), max_length=3, choices=Currency)
    marketplace = models.CharField(_("marketplace"), max_length=2, choices=MarketplaceCode)
    attributes = models.JSONField(
        _("attributes"),
        default=dict,
        blank=True,
        help_text=_('Structured product data, e.g. {"size": "M", "material": "cotton"}.'),
    )
    stock = models.PositiveIntegerField(_("stock"), default=1)
    is_active = models.BooleanField(_("active"), default=True)
    # Both written by services.offer_photo_set (orders/photos.py), WebP; a new photo gets
    # new names, so the addresses that serve them can be cached for good.
    photo = models.FileField(_("photo"), max_length=120, blank=True, editable=False)
    thumbnail = models.FileField(_("thumbnail"), max_length=120, blank=True, editable=False)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("offer")
        verbose_name_plural = _("offers")
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(condition=models.Q(price__gte=0), name="offer_price_gte_0"),
            models.CheckConstraint(
                condition=currency_matches_marketplace(), name="offer_currency_of_marketplace"
            ),
        ]
        indexes = [models.Index(fields=["seller", "-created_at"], name="offer_seller_created_idx")]

    def __str__(self) -> str:
        return self.title

    @property
    def photo_url(self) -> str:
        return photo_address(self.pk, self.photo.name)

    @property
    def thumbnail_url(self) -> str:
        return photo_address(self.pk, self.thumbnail.name)


def photo_address(offer_id: int, stored_name: str) -> str:
    """Where a stored photo of an offer is served ("" without one)."""
    if not stored_name:
        return ""
    return reverse("orders:offer_photo", args=[offer_id, stored_name.rpartition("/")[2]])


class DeliveryOption(models.Model):
    offer = models.ForeignKey(
        Offer, on_delete=models.CASCADE, related_name="delivery_options", verbose_name=_("offer")
    )
    method = models.CharField(_("delivery method"), max_length=20, choices=DeliveryMethod)
    carrier = models.CharField(_("carrier"), max_length=20, choices=Carrier, blank=True)
    price = models.DecimalField(_("price"), **MONEY)
    min_days = models.PositiveSmallIntegerField(_("delivery from (days)"), default=1)
    max_days = models.PositiveSmallIntegerField(_("delivery up to (days)"), default=3)

    class Meta:
        verbose_name = _("delivery option")
        verbose_name_plural = _("delivery options")
        ordering = ["price"]
        constraints = [
            models.UniqueConstraint(
                fields=["offer", "method", "carrier"], name="delivery_option_unique"
            ),
            models.CheckConstraint(
                condition=models.Q(price__gte=0), name="delivery_option_price_gte_0"
            ),
            models.CheckConstraint(
                condition=models.Q(max_days__gte=models.F("min_days")),
                name="delivery_option_days_range",
            ),
        ]

    def __str__(self) -> str:
        label = self.get_method_display()
        return f"{label} ({self.get_carrier_display()})" if self.carrier else label


class FeedPickupPoint(models.Model):
    """A point of a network that publishes its whole list as a feed (Packeta, Foxpost),
    downloaded by a periodic task (orders.tasks.pickup_feeds_refresh) and searched here,
    so the checkout never waits on the network. Written only by
    orders.pickup_feeds.pickup_feed_import, which replaces a network's rows at once."""

    carrier = models.CharField(_("carrier"), max_length=20, choices=Carrier)
    point_id = models.CharField(_("point id"), max_length=32)
    country = models.CharField(_("country"), max_length=2)
    type = models.CharField(_("type"), max_length=20)
    name = models.CharField(_("name"), max_length=200)
    street = models.CharField(_("street"), max_length=200, blank=True)
    postcode = models.CharField(_("postcode"), max_length=16, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    hours = models.CharField(_("opening hours"), max_length=200, blank=True)
    description = models.CharField(_("description"), max_length=200, blank=True)
    # Folded (lower case, no accents, letters and digits only) for the search.
    search_postcode = models.CharField(max_length=16, blank=True, editable=False)
    search_city = models.CharField(max_length=100, blank=True, editable=False)
    search_text = models.CharField(max_length=600, blank=True, editable=False)
    refreshed_at = models.DateTimeField(_("refreshed at"), default=timezone.now)

    class Meta:
        verbose_name = _("pickup point (from a feed)")
        verbose_name_plural = _("pickup points (from feeds)")
        constraints = [
            models.UniqueConstraint(
                fields=["carrier", "point_id"], name="feed_pickup_point_unique"
            ),
        ]
        indexes = [
            models.Index(
                fields=["carrier", "country", "search_postcode"],
                name="feed_point_postcode_idx",
            ),
            models.Index(fields=["carrier", "country", "search_city"], name="feed_point_city_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.get_carrier_display()} {self.point_id}"


class OrderStatus(models.TextChoices):
    AWAITING_PAYMENT = "awaiting_payment", _("Awaiting payment")
    PAYMENT_FAILED = "payment_failed", _("Payment failed")
    PAID = "paid", _("Paid")
    SHIPPED = "shipped", _("Shipped")
    DELIVERED = "delivered", _("Delivered")
    CANCELLED = "cancelled", _("Cancelled")


class Order(models.Model):
    """A transaction. `transaction_id` is the second part of its masked addresses."""

    transaction_id = models.CharField(
        _("transaction identifier"),
        max_length=TRANSACTION_ID_LENGTH,
        unique=True,
        default=new_transaction_id,
        editable=False,
    )
    buyer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="purchases",
        verbose_name=_("buyer"),
    )
    seller = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="sales",
        verbose_name=_("seller"),
    )
    marketplace = models.CharField(_("marketplace"), max_length=2, choices=MarketplaceCode)
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=OrderStatus,
        default=OrderStatus.AWAITING_PAYMENT,
    )
    currency = models.CharField(_("currency"), max_length=3, choices=Currency)
    items_total = models.DecimalField(_("items total"), **MONEY)
    delivery_method = models.CharField(_("delivery method"), max_length=20, choices=DeliveryMethod)
    delivery_carrier = models.CharField(_("carrier"), max_length=20, choices=Carrier, blank=True)
    delivery_price = models.DecimalField(_("delivery price"), **MONEY)
    delivery_address = models.JSONField(
        _("delivery address"),
        help_text=_("A snapshot of the address the buyer chose at checkout."),
    )
    pickup_point = models.JSONField(
        _("pickup point"),
        default=dict,
        blank=True,
        help_text=_(
            "A snapshot of the parcel locker or pickup point the buyer chose at checkout"
            " (carrier, point id, name, address, method); empty for home delivery."
        ),
    )
    invoice_requested = models.BooleanField(_("invoice requested"), default=False)
    invoice_company_name = models.CharField(_("company name"), max_length=200, blank=True)
    invoice_tax_id = models.CharField(_("tax identification number"), max_length=32, blank=True)
    invoice_address = models.TextField(_("invoice address"), blank=True)
    seller_notified_at = models.DateTimeField(
        _("seller notified at"),
        null=True,
        blank=True,
        help_text=_("When the seller was e-mailed the buyer's details and chosen delivery."),
    )
    # The checkout form's one-time key: the same form submitted twice (Back and Buy
    # again, a double click, a repeated POST) is the same order, not a second one.
    checkout_key = models.CharField(_("checkout key"), max_length=64, blank=True, default="")
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("order")
        verbose_name_plural = _("orders")
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(buyer=models.F("seller")), name="order_buyer_not_seller"
            ),
            models.CheckConstraint(
                condition=models.Q(transaction_id__regex=r"^[a-z0-9]{9}$"),
                name="order_transaction_id_format",
            ),
            models.CheckConstraint(
                condition=currency_matches_marketplace(), name="order_currency_of_marketplace"
            ),
            models.CheckConstraint(
                condition=models.Q(invoice_requested=False)
                | (~models.Q(invoice_company_name="") & ~models.Q(invoice_address="")),
                name="order_invoice_data_when_requested",
            ),
            models.UniqueConstraint(
                fields=["buyer", "checkout_key"],
                condition=~models.Q(checkout_key=""),
                name="order_checkout_key_once",
            ),
        ]
        indexes = [
            # Keyset pages of the Orders tab and My orders come straight from these.
            models.Index(
                fields=["seller", "-created_at", "-id"], name="order_seller_created_idx2"
            ),
            models.Index(fields=["buyer", "-created_at", "-id"], name="order_buyer_created_idx2"),
            # Filters on rare statuses and on one marketplace.
            models.Index(
                fields=["seller", "status", "-created_at"], name="order_seller_status_idx2"
            ),
            models.Index(
                fields=["seller", "marketplace", "-created_at"],
                name="order_seller_mkt_idx",
            ),
        ]

    def __str__(self) -> str:
        return self.transaction_id

    @property
    def total(self):
        return self.items_total + self.delivery_price


class OrderLine(models.Model):
    order = models.ForeignKey(
        Order, on_delete=models.CASCADE, related_name="lines", verbose_name=_("order")
    )
    offer = models.ForeignKey(
        Offer,
        on_delete=models.SET_NULL,
        null=True,
        related_name="order_lines",
        verbose_name=_("offer"),
    )
    title = models.CharField(_("title"), max_length=200)
    unit_price = models.DecimalField(_("unit price"), **MONEY)
    quantity = models.PositiveIntegerField(_("quantity"), default=1)

    class Meta:
        verbose_name = _("order line")
        verbose_name_plural = _("order lines")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(quantity__gte=1), name="order_line_quantity_gte_1"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.quantity} × {self.title}"

    @property
    def total(self):
        return self.unit_price * self.quantity


class PaymentStatus(models.TextChoices):
    PENDING = "pending", _("Pending")
    FAILED = "failed", _("Failed")
    PAID = "paid", _("Paid")
    REFUNDING = "refunding", _("Refund in progress")
    REFUNDED = "refunded", _("Refunded")


class Payment(models.Model):
    """The payment of one order; every try at paying it is a `PaymentAttempt`."""

    order = models.OneToOneField(
        Order, on_delete=models.CASCADE, related_name="payment", verbose_name=_("order")
    )
    amount = models.DecimalField(_("amount"), **MONEY)
    currency = models.CharField(_("currency"), max_length=3, choices=Currency)
    status = models.CharField(
        _("status"), max_length=10, choices=PaymentStatus, default=PaymentStatus.PENDING
    )
    paid_at = models.DateTimeField(_("paid at"), null=True, blank=True)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("payment")
        verbose_name_plural = _("payments")
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(status="paid") | models.Q(paid_at__isnull=False),
                name="payment_paid_has_paid_at",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.order} {self.amount} {self.currency}"


class AttemptStatus(models.TextChoices):
    PENDING = "pending", _("Pending")
    SUCCEEDED = "succeeded", _("Succeeded")
    FAILED = "failed", _("Failed")
    # Left unfinished when another attempt paid the order; a late verdict is still taken.
    ABANDONED = "abandoned", _("Not completed")


class PaymentAttempt(models.Model):
    payment = models.ForeignKey(
        Payment, on_delete=models.CASCADE, related_name="attempts", verbose_name=_("payment")
    )
    status = models.CharField(
        _("status"), max_length=10, choices=AttemptStatus, default=AttemptStatus.PENDING
    )
    operator_reference = models.CharField(_("operator reference"), max_length=64, unique=True)
    # The operator's own id of this payment (PayU's orderId), once it has one.
    operator_order_id = models.CharField(_("operator's order id"), max_length=64, blank=True)
    failure_reason = models.CharField(_("failure reason"), max_length=200, blank=True)
    created_at = models.DateTimeField(_("started at"), default=timezone.now)
    completed_at = models.DateTimeField(_("completed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("payment attempt")
        verbose_name_plural = _("payment attempts")
        ordering = ["created_at", "id"]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(status="failed") | ~models.Q(failure_reason=""),
                name="payment_attempt_failed_has_reason",
            ),
        ]

    def __str__(self) -> str:
        return self.operator_reference


class RefundStatus(models.TextChoices):
    REQUESTED = "requested", _("Requested")
    SUCCEEDED = "succeeded", _("Refunded")
    FAILED = "failed", _("Failed")


class Refund(models.Model):
    """Money going back to the buyer through the operator that took it (a paid order
    cancelled, or a payment that arrived after the order was cancelled)."""

    attempt = models.ForeignKey(
        PaymentAttempt,
        on_delete=models.PROTECT,
        related_name="refunds",
        verbose_name=_("payment attempt"),
    )
    reference = models.CharField(_("reference"), max_length=64, unique=True)
    amount = models.DecimalField(_("amount"), **MONEY)
    currency = models.CharField(_("currency"), max_length=3, choices=Currency)
    status = models.CharField(
        _("status"), max_length=10, choices=RefundStatus, default=RefundStatus.REQUESTED
    )
    operator_refund_id = models.CharField(_("operator's refund id"), max_length=64, blank=True)
    failure_reason = models.CharField(_("failure reason"), max_length=200, blank=True)
    created_at = models.DateTimeField(_("requested at"), default=timezone.now)
    completed_at = models.DateTimeField(_("completed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("refund")
        verbose_name_plural = _("refunds")
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return self.reference


class PaymentWebhookEvent(models.Model):
    """A webhook from the payment operator, stored once per event id (replays do nothing)."""

    event_id = models.CharField(_("event identifier"), max_length=100, unique=True)
    received_at = models.DateTimeField(_("received at"), default=timezone.now)
    payload = models.JSONField(_("payload"))

    class Meta:
        verbose_name = _("payment webhook event")
        verbose_name_plural = _("payment webhook events")
        ordering = ["-received_at", "-id"]

    def __str__(self) -> str:
        return self.event_id


class ShipmentStatus(models.TextChoices):
    LABEL_CREATED = "label_created", _("Label created")
    IN_TRANSIT = "in_transit", _("In transit")
    OUT_FOR_DELIVERY = "out_for_delivery", _("Out for delivery")
    READY_FOR_PICKUP = "ready_for_pickup", _("Ready for pickup")
    DELIVERED = "delivered", _("Delivered")
    RETURNED = "returned", _("Returned to sender")
    EXCEPTION = "exception", _("Delivery problem")


class Shipment(models.Model):
    order = models.ForeignKey(
        Order, on_delete=models.CASCADE, related_name="shipments", verbose_name=_("order")
    )
    carrier = models.CharField(_("carrier"), max_length=20, choices=Carrier)
    tracking_number = models.CharField(_("tracking number"), max_length=40)
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=ShipmentStatus,
        default=ShipmentStatus.LABEL_CREATED,
    )
    expected_delivery = models.DateField(_("expected delivery"), null=True, blank=True)
    status_changed_at = models.DateTimeField(_("status changed at"), null=True, blank=True)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)

    class Meta:
        verbose_name = _("shipment")
        verbose_name_plural = _("shipments")
        ordering = ["created_at", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["carrier", "tracking_number"], name="shipment_unique_tracking"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_carrier_display()} {self.tracking_number}"


class TrackingSource(models.TextChoices):
    CARRIER = "carrier", _("Carrier")
    SELLER = "seller", _("Seller")


class TrackingEvent(models.Model):
    """A status event of a shipment, pushed by the carrier or set by the seller."""

    shipment = models.ForeignKey(
        Shipment, on_delete=models.CASCADE, related_name="events", verbose_name=_("shipment")
    )
    event_id = models.CharField(_("event identifier"), max_length=64)
    source = models.CharField(_("source"), max_length=10, choices=TrackingSource)
    status = models.CharField(_("status"), max_length=20, choices=ShipmentStatus)
    description = models.CharField(_("description"), max_length=300, blank=True)
    location = models.CharField(_("location"), max_length=120, blank=True)
    occurred_at = models.DateTimeField(_("occurred at"))
    received_at = models.DateTimeField(_("received at"), default=timezone.now)

    class Meta:
        verbose_name = _("tracking event")
        verbose_name_plural = _("tracking events")
        ordering = ["occurred_at", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["shipment", "event_id"], name="tracking_event_unique_per_shipment"
            ),
        ]
        indexes = [
            models.Index(fields=["shipment", "occurred_at"], name="tracking_event_time_idx")
        ]

    def __str__(self) -> str:
        return f"{self.shipment}: {self.get_status_display()}"
