"""Checkout and cancellation: an order from an offer, a delivery option and an address;
the seller's e-mail with the buyer's details and chosen delivery."""

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from accounts.identifiers import new_transaction_id
from accounts.marketplaces import Country, marketplace_get
from accounts.models import DeliveryAddress, SellerEmailAddress, User
from accounts.services import masked_email_address
from core import events
from core.exceptions import DomainError
from outbox.models import EmailStatus as OutboxStatus
from outbox.models import OutboundEmail
from outbox.services import email_enqueue

from ..models import (
    DeliveryOption,
    Offer,
    Order,
    OrderLine,
    OrderStatus,
    Payment,
    PaymentStatus,
)
from ..pickup_points import (
    PointsUnavailable,
    is_pickup,
    pickup_network,
    point_get,
    unavailable_message,
)
from .announce import order_status_announce

TRANSACTION_ID_ATTEMPTS = 5


def order_place(
    *,
    buyer: User,
    offer: Offer,
    delivery_option: DeliveryOption,
    address: DeliveryAddress,
    quantity: int = 1,
    invoice: dict | None = None,
    checkout_key: str = "",
    pickup_point_id: str = "",
) -> Order:
    """Checkout: one offer, a delivery option of that offer and one of the buyer's addresses.

    `checkout_key`, the checkout form's one-time key: placing with a key the buyer has
    used already returns that order (`order.placed_before` is True) and places nothing.

    The order keeps a snapshot of the address, so later edits of the account leave it as
    it was. The transaction identifier is random; a collision (rare) draws a new one.
    The seller's e-mail with the buyer's details and chosen delivery is an outbox row
    written with the order, sent once the order is committed.

    A parcel-locker or pickup-point method needs `pickup_point_id`, checked against the
    points' source (a made-up id is refused); the order keeps a snapshot of that point.
    """
    if buyer.pk == offer.seller_id:
        raise DomainError(_("You cannot buy your own offer."), code="own_offer")
    if delivery_option.offer_id != offer.pk:
        raise DomainError(_("Choose a delivery method of this offer."), code="delivery")
    if address.buyer_id != buyer.pk:
        raise DomainError(_("Choose one of your delivery addresses."), code="address")
    if quantity < 1:
        raise DomainError(_("Order at least one piece."), code="quantity")
    pickup_point = _pickup_point_checked(
        delivery_option=delivery_option, point_id=pickup_point_id, marketplace=offer.marketplace
    )
    invoice = invoice or {}
    for attempt in range(TRANSACTION_ID_ATTEMPTS):
        if checkout_key:
            earlier = Order.objects.filter(buyer=buyer, checkout_key=checkout_key).first()
            if earlier is not None:
                earlier.placed_before = True
                return earlier
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
                    checkout_key=checkout_key,
                    pickup_point=pickup_point,
                )
                order_seller_email_enqueue(order=order)
                events.announce("order.created", user_id=order.seller_id, order_id=order.pk)
                order.placed_before = False
                return order
        except IntegrityError:
            if attempt == TRANSACTION_ID_ATTEMPTS - 1:
                raise
    raise AssertionError("unreachable")


def _pickup_point_checked(
    *, delivery_option: DeliveryOption, point_id: str, marketplace: str
) -> dict:
    """The snapshot of the chosen point, re-checked at its source; {} for home delivery."""
    if not is_pickup(delivery_option.method):
        return {}
    if not str(point_id or "").strip():
        raise DomainError(
            _("Choose a parcel locker or pickup point for this delivery method."),
            code="pickup_point",
        )
    network = pickup_network(
        method=delivery_option.method,
        carrier=delivery_option.carrier,
        country=marketplace_get(marketplace).country,
    )
    try:
        point = point_get(carrier=network, point_id=point_id)
    except PointsUnavailable as error:
        raise DomainError(unavailable_message(), code="pickup_point") from error
    if point is None:
        raise DomainError(
            _("This pickup point does not exist at this carrier: choose one from the list."),
            code="pickup_point",
        )
    return point.snapshot(method=delivery_option.method)


def _order_insert(
    *,
    buyer: User,
    offer: Offer,
    delivery_option: DeliveryOption,
    address: DeliveryAddress,
    quantity: int,
    invoice: dict,
    transaction_id: str,
    checkout_key: str = "",
    pickup_point: dict | None = None,
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
        # A pickup option without a carrier ships with the marketplace's network.
        delivery_carrier=(pickup_point or {}).get("carrier", delivery_option.carrier),
        delivery_price=delivery_option.price,
        delivery_address=address.snapshot(),
        pickup_point=pickup_point or {},
        invoice_requested=bool(invoice),
        invoice_company_name=invoice.get("company_name", ""),
        invoice_tax_id=invoice.get("tax_id", ""),
        invoice_address=invoice.get("address", ""),
        checkout_key=checkout_key,
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
    payment = Payment.objects.select_for_update().filter(order=order).first()
    if payment is not None and payment.status == PaymentStatus.PAID:
        from .payments import refund_request

        refund_request(payment=payment)
    order.status = OrderStatus.CANCELLED
    order.save(update_fields=["status", "updated_at"])
    order_status_announce(order)
    return order


def seller_notification_address(*, seller: User) -> str:
    """Where mail for a seller goes: their primary address, else the account's."""
    primary = (
        SellerEmailAddress.objects.filter(seller=seller, is_primary=True)
        .values_list("email", flat=True)
        .first()
    )
    return primary or seller.email


ORDER_SELLER_EMAIL = "order_seller"
ORDER_CAUSE = "orders.order"


def order_seller_email_enqueue(*, order: Order) -> OutboundEmail | None:
    """Write the seller's e-mail with the buyer's details and chosen delivery (once).

    Call it in the transaction that places the order. The buyer appears under their
    masked address only. None when the seller has no address to write to.
    """
    order = Order.objects.select_related("buyer", "seller").get(pk=order.pk)
    seller, buyer = order.seller, order.buyer
    to = seller_notification_address(seller=seller)
    if not to:
        return None
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
        body = render_to_string("orders/email/order_placed_seller.txt", context)
        html = render_to_string("orders/email/order_placed_seller.html", context)
    return email_enqueue(
        kind=ORDER_SELLER_EMAIL,
        cause_kind=ORDER_CAUSE,
        cause_id=order.pk,
        key=f"{ORDER_SELLER_EMAIL}:{order.pk}",
        to=[to],
        reply_to=[buyer_address],
        subject=subject,
        body=body,
        html=html,
    )


def order_seller_email_outcome(*, email: OutboundEmail) -> None:
    """The outbox sent the seller's e-mail: the order records when (a failure is shown
    from the outbox row itself, `order_seller_email_failed`)."""
    if email.status == OutboxStatus.SENT:
        Order.objects.filter(pk=email.cause_id, seller_notified_at__isnull=True).update(
            seller_notified_at=email.sent_at
        )
