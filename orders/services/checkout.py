"""Checkout and cancellation: an order from an offer, a delivery option and an address."""

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from marketplace.exceptions import DomainError
from marketplace.identifiers import new_transaction_id
from marketplace.models import DeliveryAddress, User

from ..models import (
    DeliveryOption,
    Offer,
    Order,
    OrderLine,
    OrderStatus,
    Payment,
    PaymentStatus,
)

TRANSACTION_ID_ATTEMPTS = 5


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
