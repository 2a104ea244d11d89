"""Order services: offers, checkout, payments, shipments. Every write goes through here."""

import secrets
from datetime import date, datetime
from decimal import Decimal

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from marketplace.exceptions import DomainError
from marketplace.identifiers import new_transaction_id
from marketplace.marketplaces import marketplace_get
from marketplace.models import DeliveryAddress, User

from .models import (
    AttemptStatus,
    DeliveryOption,
    Offer,
    Order,
    OrderLine,
    OrderStatus,
    Payment,
    PaymentAttempt,
    PaymentStatus,
    Shipment,
    ShipmentStatus,
    TrackingEvent,
    TrackingSource,
)

TRANSACTION_ID_ATTEMPTS = 5


@transaction.atomic
def offer_create(
    *,
    seller: User,
    title: str,
    price: Decimal,
    marketplace: str,
    description: str = "",
    attributes: dict | None = None,
    stock: int = 1,
    delivery_options: list[dict],
) -> Offer:
    """List an offer in the marketplace's currency, with at least one delivery option."""
    if not seller.is_seller:
        raise DomainError(_("Only seller accounts can list offers."), code="not_seller")
    if not delivery_options:
        raise DomainError(_("Add at least one delivery option."), code="no_delivery")
    offer = Offer(
        seller=seller,
        title=title,
        description=description,
        price=price,
        currency=marketplace_get(marketplace).currency,
        marketplace=marketplace,
        attributes=attributes or {},
        stock=stock,
    )
    offer.full_clean()
    offer.save()
    for option in delivery_options:
        delivery_option = DeliveryOption(offer=offer, **option)
        delivery_option.full_clean()
        delivery_option.save()
    return offer


def order_place(
    *,
    buyer: User,
    offer: Offer,
    delivery_option: DeliveryOption,
    address: DeliveryAddress,
    quantity: int = 1,
    invoice: dict | None = None,
) -> Order:
    """Checkout: one offer, a delivery option of that offer and one of the buyer's addresses.

    The order keeps a snapshot of the address, so later edits of the account leave it as
    it was. The transaction identifier is random; a collision (rare) draws a new one.
    """
    if buyer.pk == offer.seller_id:
        raise DomainError(_("You cannot buy your own offer."), code="own_offer")
    if delivery_option.offer_id != offer.pk:
        raise DomainError(_("Choose a delivery method of this offer."), code="delivery")
    if address.buyer_id != buyer.pk:
        raise DomainError(_("Choose one of your delivery addresses."), code="address")
    if quantity < 1:
        raise DomainError(_("Order at least one piece."), code="quantity")
    invoice = invoice or {}
    for attempt in range(TRANSACTION_ID_ATTEMPTS):
        try:
            with transaction.atomic():
                return _order_insert(
                    buyer=buyer,
                    offer=offer,
                    delivery_option=delivery_option,
                    address=address,
                    quantity=quantity,
                    invoice=invoice,
                    transaction_id=new_transaction_id(),
                )
        except IntegrityError:
            if attempt == TRANSACTION_ID_ATTEMPTS - 1:
                raise
    raise AssertionError("unreachable")


def _order_insert(
    *,
    buyer: User,
    offer: Offer,
    delivery_option: DeliveryOption,
    address: DeliveryAddress,
    quantity: int,
    invoice: dict,
    transaction_id: str,
) -> Order:
    offer = Offer.objects.select_for_update().get(pk=offer.pk)
    if not offer.is_active or offer.stock < quantity:
        raise DomainError(_("This offer is no longer available."), code="unavailable")
    order = Order(
        transaction_id=transaction_id,
        buyer=buyer,
        seller_id=offer.seller_id,
        marketplace=offer.marketplace,
        currency=offer.currency,
        items_total=offer.price * quantity,
        delivery_method=delivery_option.method,
        delivery_carrier=delivery_option.carrier,
        delivery_price=delivery_option.price,
        delivery_address=address.snapshot(),
        invoice_requested=bool(invoice),
        invoice_company_name=invoice.get("company_name", ""),
        invoice_tax_id=invoice.get("tax_id", ""),
        invoice_address=invoice.get("address", ""),
    )
    # The identifier is checked by the database: a collision raises IntegrityError, retried.
    order.full_clean(exclude=["buyer", "seller", "transaction_id"])
    order.save()
    OrderLine.objects.create(
        order=order, offer=offer, title=offer.title, unit_price=offer.price, quantity=quantity
    )
    Payment.objects.create(order=order, amount=order.total, currency=order.currency)
    offer.stock -= quantity
    offer.save(update_fields=["stock", "updated_at"])
    return order


@transaction.atomic
def payment_attempt_start(*, order: Order) -> PaymentAttempt:
    """Start paying (or paying again after a failure) an order."""
    order = Order.objects.select_for_update().get(pk=order.pk)
    payment = Payment.objects.select_for_update().get(order=order)
    if payment.status == PaymentStatus.PAID:
        raise DomainError(_("This order is already paid."), code="paid")
    if order.status == OrderStatus.CANCELLED:
        raise DomainError(_("This order was cancelled."), code="cancelled")
    return PaymentAttempt.objects.create(
        payment=payment, operator_reference=f"pay_{secrets.token_hex(12)}"
    )


@transaction.atomic
def payment_attempt_complete(
    *, attempt: PaymentAttempt, succeeded: bool, failure_reason: str = ""
) -> PaymentAttempt:
    """Record the operator's verdict; a repeated verdict for the same attempt is a no-op."""
    attempt = PaymentAttempt.objects.select_for_update().get(pk=attempt.pk)
    if attempt.status != AttemptStatus.PENDING:
        return attempt
    payment = (
        Payment.objects.select_for_update().select_related("order").get(pk=attempt.payment_id)
    )
    now = timezone.now()
    attempt.completed_at = now
    if payment.order.status == OrderStatus.CANCELLED:
        # The buyer paid after all, but the order is gone: the money goes back.
        attempt.status = AttemptStatus.SUCCEEDED if succeeded else AttemptStatus.FAILED
        attempt.failure_reason = "" if succeeded else (failure_reason or _("Declined"))
        attempt.save(update_fields=["status", "failure_reason", "completed_at"])
        if succeeded:
            payment.status, payment.paid_at = PaymentStatus.REFUNDED, now
            payment.save(update_fields=["status", "paid_at", "updated_at"])
        return attempt
    if succeeded:
        attempt.status = AttemptStatus.SUCCEEDED
        payment.status, payment.paid_at = PaymentStatus.PAID, now
        order_status = OrderStatus.PAID
    else:
        attempt.status = AttemptStatus.FAILED
        attempt.failure_reason = failure_reason or _("Declined by the payment operator")
        payment.status = PaymentStatus.FAILED
        order_status = OrderStatus.PAYMENT_FAILED
    attempt.save(update_fields=["status", "failure_reason", "completed_at"])
    payment.save(update_fields=["status", "paid_at", "updated_at"])
    Order.objects.filter(pk=payment.order_id).update(status=order_status, updated_at=now)
    return attempt


@transaction.atomic
def order_cancel(*, order: Order) -> Order:
    """Cancel an order that has not left: the stock returns, a payment is refunded."""
    order = Order.objects.select_for_update().get(pk=order.pk)
    if order.status in (OrderStatus.SHIPPED, OrderStatus.DELIVERED):
        raise DomainError(_("A shipped order cannot be cancelled."), code="shipped")
    if order.status == OrderStatus.CANCELLED:
        return order
    for line in order.lines.select_related("offer").select_for_update(of=("self",)):
        if line.offer_id is not None:
            Offer.objects.filter(pk=line.offer_id).update(stock=F("stock") + line.quantity)
    Payment.objects.filter(order=order, status=PaymentStatus.PAID).update(
        status=PaymentStatus.REFUNDED, updated_at=timezone.now()
    )
    order.status = OrderStatus.CANCELLED
    order.save(update_fields=["status", "updated_at"])
    return order


@transaction.atomic
def shipment_create(
    *,
    order: Order,
    carrier: str,
    tracking_number: str,
    expected_delivery: date | None = None,
) -> Shipment:
    """The seller hands the parcel to a carrier; the order becomes shipped."""
    order = Order.objects.select_for_update().get(pk=order.pk)
    if order.status not in (OrderStatus.PAID, OrderStatus.SHIPPED):
        raise DomainError(_("Only paid orders can be shipped."), code="not_paid")
    shipment = Shipment(
        order=order,
        carrier=carrier,
        tracking_number=tracking_number.strip().upper(),
        expected_delivery=expected_delivery,
    )
    shipment.full_clean()
    shipment.save()
    order.status = OrderStatus.SHIPPED
    order.save(update_fields=["status", "updated_at"])
    return shipment


@transaction.atomic
def tracking_event_record(
    *,
    shipment: Shipment,
    event_id: str,
    status: str,
    occurred_at: datetime,
    source: str = TrackingSource.CARRIER,
    description: str = "",
    location: str = "",
) -> TrackingEvent:
    """Store a tracking event once (by event id). The shipment takes the newest status,
    so an event that arrives late does not move the shipment back in time."""
    shipment = Shipment.objects.select_for_update().get(pk=shipment.pk)
    event, created = TrackingEvent.objects.get_or_create(
        shipment=shipment,
        event_id=event_id,
        defaults={
            "status": ShipmentStatus(status),
            "occurred_at": occurred_at,
            "source": TrackingSource(source),
            "description": description,
            "location": location,
        },
    )
    latest = shipment.status_changed_at
    if created and (latest is None or occurred_at >= latest):
        shipment.status, shipment.status_changed_at = event.status, occurred_at
        shipment.save(update_fields=["status", "status_changed_at"])
        if event.status == ShipmentStatus.DELIVERED:
            Order.objects.filter(pk=shipment.order_id).update(
                status=OrderStatus.DELIVERED, updated_at=timezone.now()
            )
    return event
