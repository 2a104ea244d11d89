"""Offer pages and the order page (Ask a question lives on both)."""

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpResponseNotAllowed
from django.shortcuts import render
from django.views.decorators.http import require_GET

from marketplace.services import masked_email_address
from messaging.forms import MessageForm
from messaging.models import Thread

from . import selectors

OFFERS_PER_PAGE = 24


@require_GET
@login_required
def offer_list(request):
    paginator = Paginator(
        selectors.offers_public().order_by("-created_at", "-id"), OFFERS_PER_PAGE
    )
    page = paginator.get_page(request.GET.get("page"))
    return render(request, "orders/offer_list.html", {"page": page})


@require_GET
@login_required
def offer_detail(request, offer_id: int):
    offer = selectors.offer_get_public(offer_id=offer_id)
    is_own = offer.seller_id == request.user.pk
    thread = (
        None
        if is_own
        else Thread.objects.filter(buyer=request.user, offer=offer).only("pk").first()
    )
    context = {
        "offer": offer,
        "is_own": is_own,
        "thread": thread,
        "form": MessageForm(),
        "ask_url_name": "messaging:ask_offer",
        "ask_target": offer.pk,
    }
    return render(request, "orders/offer_detail.html", context)


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
