"""Permission-scoped reads of offers and orders."""

import functools
import operator
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.db.models import Q, QuerySet
from django.shortcuts import get_object_or_404
from django.utils import timezone

from accounts.models import User
from core.paging import Cursor

from .models import Offer, Order

ORDERS_PER_PAGE = 25
_TRANSACTION_ID = re.compile(r"^[a-z0-9]{1,9}$")


def offer_get_public(*, offer_id: int) -> Offer:
    """An active offer, as any signed-in user may see it (404 otherwise)."""
    return get_object_or_404(
        Offer.objects.select_related("seller").prefetch_related("delivery_options"),
        pk=offer_id,
        is_active=True,
    )


def order_get_for_user(*, user: User, order_id: int) -> Order:
    """An order its buyer or seller may open; anyone else gets 404, as if it did not exist.
    On the sides the account works on (`User.sides`: a team member's seat, the seller's).

    With everything the order page shows: lines, the payment with its attempts, the
    shipments with their tracking events (one query each, however many there are).
    """
    return get_object_or_404(
        Order.objects.select_related("buyer", "seller", "payment")
        .prefetch_related("lines", "payment__attempts", "shipments__events")
        .filter(functools.reduce(operator.or_, (Q(**{side: user}) for side in user.sides))),
        pk=order_id,
    )


def order_get_for_seller(*, seller: User, order_id: int) -> Order:
    """An order as its seller sees it (to report its buyer); the buyer and others get 404."""
    return get_object_or_404(Order.objects.select_related("buyer"), seller=seller, pk=order_id)


def order_get_for_buyer(*, buyer: User, order_id: int) -> Order:
    """An order as its buyer sees it (to ask about it); the seller and others get 404."""
    return get_object_or_404(Order.objects.select_related("seller"), buyer=buyer, pk=order_id)


def offer_for_conversation(*, offer_id: int) -> Offer | None:
    """The offer a conversation is about, listed or not (the panel beside it says which);
    offers are public, the conversation's own check decides who asks."""
    return Offer.objects.prefetch_related("delivery_options").filter(pk=offer_id).first()


def offers_public() -> QuerySet[Offer]:
    return Offer.objects.filter(is_active=True).select_related("seller")


def orders_for_seller(*, seller: User) -> QuerySet[Order]:
    return Order.objects.filter(seller=seller).select_related("buyer", "payment")


def orders_for_buyer(*, buyer: User) -> QuerySet[Order]:
    return Order.objects.filter(buyer=buyer).select_related("seller", "payment")


def order_ship_to(order: Order) -> dict:
    """The address snapshot the buyer chose at checkout, with the country's name (for the
    order pages and the panel beside a conversation)."""
    from accounts.marketplaces import Country

    address = dict(order.delivery_address or {})
    country = address.get("country", "")
    address["country_name"] = Country(country).label if country in Country.values else country
    return address


BUYER_HISTORY_LENGTH = 5


def buyer_history_for_seller(
    *, seller: User, buyer_id: int, exclude_order_id: int | None = None
) -> tuple[list[Order], int]:
    """The buyer's latest orders from this seller (for the panel beside a conversation)
    and how many there are in all: the seller's own orders only, whoever asks."""
    orders = Order.objects.filter(seller=seller, buyer_id=buyer_id)
    if exclude_order_id is not None:
        orders = orders.exclude(pk=exclude_order_id)
    latest = list(
        orders.only("pk", "transaction_id", "status", "created_at", "items_total",
                    "delivery_price", "currency")
        .order_by("-created_at", "-id")[: BUYER_HISTORY_LENGTH + 1]
    )  # fmt: skip
    if len(latest) <= BUYER_HISTORY_LENGTH:
        return latest, len(latest)
    return latest[:BUYER_HISTORY_LENGTH], orders.count()


@dataclass(frozen=True)
class OrderFilters:
    """What the seller's Orders tab is narrowed to; empty values filter nothing."""

    status: str = ""
    payment_status: str = ""
    delivery_method: str = ""
    marketplace: str = ""
    date_from: date | None = None
    date_to: date | None = None
    query: str = ""

    @property
    def any(self) -> bool:
        return any(getattr(self, name) for name in self.__dataclass_fields__)


def _start_of_day(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, time.min))


def _order_search(query: str) -> Q:
    """The order number (exact or its beginning), or the buyer's login or name.

    Case-insensitive. Every word must be the beginning of the buyer's login, first or last
    name, so "anna now" finds Anna Nowak. The buyers are one subquery (hashed once by
    PostgreSQL) rather than a join tested order by order: the seller's 100k orders are
    searched in tens of milliseconds, not hundreds.
    """
    words = query.split()[:4]
    buyers = User.objects.all()
    for word in words:
        buyers = buyers.filter(
            Q(username__istartswith=word)
            | Q(first_name__istartswith=word)
            | Q(last_name__istartswith=word)
        )
    condition = Q(buyer__in=buyers.values("pk"))
    if len(words) == 1 and _TRANSACTION_ID.match(words[0].lower()):
        # Transaction identifiers are lower-case [a-z0-9]{9}.
        condition |= Q(transaction_id__startswith=words[0].lower())
    return condition


def _page(orders: QuerySet[Order], cursor: Cursor | None) -> tuple[list[Order], Cursor | None]:
    """One page, newest first, by keyset on (created_at, id): page 4000 costs as page 1."""
    if cursor is not None:
        # (created_at, id) < (at, pk); the plain `created_at <= at` lets the index on
        # (seller, -created_at) start the scan at the cursor instead of filtering up to it.
        orders = orders.filter(created_at__lte=cursor.at).filter(
            Q(created_at__lt=cursor.at) | Q(created_at=cursor.at, pk__lt=cursor.pk)
        )
    page = list(orders.order_by("-created_at", "-id")[: ORDERS_PER_PAGE + 1])
    next_cursor = None
    if len(page) > ORDERS_PER_PAGE:
        page = page[:ORDERS_PER_PAGE]
        next_cursor = Cursor(page[-1].created_at, page[-1].pk)
    return page, next_cursor


def seller_order_list(
    *, seller: User, filters: OrderFilters | None = None, cursor: Cursor | None = None
) -> tuple[list[Order], Cursor | None]:
    """One page of the seller's Orders tab and the cursor of the next page (or None).

    No COUNT: the page asks for one row more than it shows to know whether there is a next.
    """
    filters = filters or OrderFilters()
    orders = (
        Order.objects.filter(seller=seller)
        .select_related("buyer", "payment")
        .prefetch_related("lines")
    )
    if filters.status:
        orders = orders.filter(status=filters.status)
    if filters.payment_status:
        orders = orders.filter(payment__status=filters.payment_status)
    if filters.delivery_method:
        orders = orders.filter(delivery_method=filters.delivery_method)
    if filters.marketplace:
        orders = orders.filter(marketplace=filters.marketplace)
    if filters.date_from:
        orders = orders.filter(created_at__gte=_start_of_day(filters.date_from))
    if filters.date_to:
        orders = orders.filter(created_at__lt=_start_of_day(filters.date_to + timedelta(days=1)))
    if filters.query.strip():
        orders = orders.filter(_order_search(filters.query))
    return _page(orders, cursor)


def buyer_order_list(
    *, buyer: User, cursor: Cursor | None = None
) -> tuple[list[Order], Cursor | None]:
    """One page of the buyer's My orders, newest first, and the cursor of the next page."""
    orders = (
        Order.objects.filter(buyer=buyer)
        .select_related("seller", "payment")
        .prefetch_related("lines")
    )
    return _page(orders, cursor)


def order_seller_email_failed(*, order) -> str:
    """Why the seller's e-mail about this order could not be delivered ("" if it was not
    given up): the Orders tab says so, as the source of truth (SPEC §2)."""
    from outbox.selectors import emails_failed_for

    from .services.checkout import ORDER_CAUSE, ORDER_SELLER_EMAIL

    failed = emails_failed_for(
        kind=ORDER_SELLER_EMAIL, cause_kind=ORDER_CAUSE, cause_ids=[order.pk]
    )
    email = failed.get(order.pk)
    return email.last_error if email is not None else ""
