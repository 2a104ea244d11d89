"""The order page, for its buyer and its seller."""

from django.contrib.auth.decorators import login_required
from django.http import HttpResponseNotAllowed
from django.shortcuts import render

from marketplace.services import masked_email_address
from messaging.forms import MessageForm
from messaging.models import Thread

from .. import selectors


@login_required
def order_detail(request, order_id: int):
    # Fetched before the method check: someone else's order is a 404 whatever the method.
    order = selectors.order_get_for_user(user=request.user, order_id=order_id)
    if request.method != "GET":
        return HttpResponseNotAllowed(["GET"])
    is_buyer = order.buyer_id == request.user.pk
    other = order.seller if is_buyer else order.buyer
    context = {
        "order": order,
        "is_buyer": is_buyer,
        "other": other,
        "other_address": masked_email_address(account=other, order=order),
        "lines": order.lines.all(),
        "thread": Thread.objects.filter(order=order).only("pk").first(),
        "form": MessageForm(),
    }
    return render(request, "orders/order_detail.html", context)
