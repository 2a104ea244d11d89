"""The panel beside a conversation: the order (items, amount, payment, shipment, where it
goes) or the offer it is about, and for the seller the buyer's other orders.

Loaded by the thread page after it is shown (hx-trigger="load"), so the page itself stays
one plain statement and a message list; the panel costs its own few queries.
"""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.views.decorators.http import require_GET

from accounts.models import TeamPermission
from accounts.team import may_use
from orders import selectors as orders_selectors

from . import selectors
from .models import Side


@require_GET
@login_required
def thread_context(request, thread_id: int):
    thread = selectors.thread_get_for_page(user=request.panel_account, thread_id=thread_id)
    is_seller = thread.side_of(request.panel_account) == Side.SELLER
    # A team member without "orders" gets the conversation's own order in brief, not the
    # buyer's other orders nor links to order pages they may not open.
    sees_orders = may_use(request.panel_account, TeamPermission.ORDERS)
    context = {
        "thread": thread,
        "is_seller": is_seller,
        "sees_orders": sees_orders,
        "order": None,
        "offer": None,
    }
    if thread.order_id:
        order = orders_selectors.order_get_for_user(
            user=request.panel_account, order_id=thread.order_id
        )
        context.update(
            order=order,
            lines=order.lines.all(),
            shipments=order.shipments.all(),
            ship_to=orders_selectors.order_ship_to(order),
        )
    else:
        context["offer"] = orders_selectors.offer_for_conversation(offer_id=thread.offer_id)
    if is_seller and sees_orders:
        history, history_count = orders_selectors.buyer_history_for_seller(
            seller=request.panel_account,
            buyer_id=thread.buyer_id,
            exclude_order_id=thread.order_id,
        )
        context.update(history=history, history_count=history_count)
    return render(request, "messaging/_thread_context.html", context)
