"""Checkout and cancellation: an order from an offer, a delivery option and an address;
the seller's e-mail with the buyer's details and chosen delivery."""

from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.db.models import F
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from accounts.identifiers import new_transaction_id
from accounts.marketplaces import Country
from accounts.models import DeliveryAddress, SellerEmailAddress, User
from accounts.services import masked_email_address
from core.exceptions import DomainError
from core.queue import enqueue_on_commit

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
    Once it commits, the seller is e-mailed the buyer's details and chosen delivery.
    """
    from ..tasks import order_notify_seller

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
                order = _order_insert(
                    buyer=buyer,
                    offer=offer,
                    delivery_option=delivery_option,
                    address=address,
                    quantity=quantity,
                    invoice=invoice,
                    transaction_id=new_transaction_id(),
                )
                enqueue_on_commit(order_notify_seller, order.pk)
                return order
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


def seller_notification_address(*, seller: User) -> str:
    """Where mail for a seller goes: their primary address, else the account's."""
    primary = (
        SellerEmailAddress.objects.filter(seller=seller, is_primary=True)
        .values_list("email", flat=True)
        .first()
    )
    return primary or seller.email


def order_seller_notify(*, order_id: int) -> bool:
    """E-mail the seller the buyer's details and chosen delivery, once.

    The buyer appears under their masked address only. Returns False when there is
    nothing to send (already sent, or the order was cancelled before it went out).
    """
    order = Order.objects.select_related("buyer", "seller").get(pk=order_id)
    if order.seller_notified_at is not None or order.status == OrderStatus.CANCELLED:
        return False
    seller, buyer = order.seller, order.buyer
    to = seller_notification_address(seller=seller)
    if not to:
        return False
    buyer_address = masked_email_address(account=buyer, order=order)
    address = dict(order.delivery_address)
    with translation.override(seller.ui_language):
        if address.get("country") in Country.values:
            address["country_name"] = str(Country(address["country"]).label)
        context = {
            "order": order,
            "seller": seller,
            "buyer_login": buyer.username,
            "buyer_name": buyer.get_full_name(),
            "buyer_address": buyer_address,
            "address": address,
            "lines": list(order.lines.all()),
            "order_url": settings.SITE_URL.rstrip("/")
            + reverse("orders:order_detail", args=[order.pk]),
        }
        subject = _("Order %(number)s: the buyer's details and delivery") % {
            "number": order.transaction_id
        }
        email = EmailMultiAlternatives(
            subject=subject,
            body=render_to_string("orders/email/order_placed_seller.txt", context),
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[to],
            reply_to=[buyer_address],
        )
        email.attach_alternative(
            render_to_string("orders/email/order_placed_seller.html", context), "text/html"
        )
    email.send()
    Order.objects.filter(pk=order.pk, seller_notified_at__isnull=True).update(
        seller_notified_at=timezone.now()
    )
    return True


def orders_pending_seller_notification(
    *, older_than_seconds: int = 120, within_days: int = 3
) -> list[int]:
    """Recent orders whose seller e-mail never went out (e.g. the broker was down).

    Orders older than `within_days` are left alone: their seller has long worked from the
    Orders tab, and a first deployment must not mail them about every old order.
    """
    now = timezone.now()
    return list(
        Order.objects.filter(
            seller_notified_at__isnull=True,
            created_at__lt=now - timedelta(seconds=older_than_seconds),
            created_at__gte=now - timedelta(days=within_days),
        )
        .exclude(status=OrderStatus.CANCELLED)
        .order_by("created_at")
        .values_list("pk", flat=True)[:1000]
    )
