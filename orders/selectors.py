"""Permission-scoped reads of offers and orders."""

from django.db.models import Q, QuerySet
from django.shortcuts import get_object_or_404

from marketplace.models import User

from .models import Offer, Order


def offer_get_public(*, offer_id: int) -> Offer:
    """An active offer, as any signed-in user may see it (404 otherwise)."""
    return get_object_or_404(
        Offer.objects.select_related("seller").prefetch_related("delivery_options"),
        pk=offer_id,
        is_active=True,
    )


def order_get_for_user(*, user: User, order_id: int) -> Order:
    """An order its buyer or seller may open; anyone else gets 404, as if it did not exist."""
    return get_object_or_404(
        Order.objects.select_related("buyer", "seller", "payment").filter(
            Q(buyer=user) | Q(seller=user)
        ),
        pk=order_id,
    )


def order_get_for_buyer(*, buyer: User, order_id: int) -> Order:
    """An order as its buyer sees it (to ask about it); the seller and others get 404."""
    return get_object_or_404(Order.objects.select_related("seller"), buyer=buyer, pk=order_id)


def offers_public() -> QuerySet[Offer]:
    return Offer.objects.filter(is_active=True).select_related("seller")


def orders_for_seller(*, seller: User) -> QuerySet[Order]:
    return Order.objects.filter(seller=seller).select_related("buyer", "payment")


def orders_for_buyer(*, buyer: User) -> QuerySet[Order]:
    return Order.objects.filter(buyer=buyer).select_related("seller", "payment")
