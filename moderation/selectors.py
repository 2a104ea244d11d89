"""Permission-scoped reads of reports."""

from marketplace.models import User
from orders.models import Order

from .models import BuyerDetailsReport


def buyer_details_report_latest(*, order: Order, user: User) -> BuyerDetailsReport | None:
    """The newest report on an order's buyer details, for the order's seller (else None)."""
    if user.pk != order.seller_id:
        return None
    return (
        BuyerDetailsReport.objects.filter(order=order, reporter=user)
        .order_by("-created_at", "-id")
        .first()
    )
