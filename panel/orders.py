"""The seller's Orders tab, the buyer's My orders, and the order page for each of them.

Views that take an order id fetch it through a selector before checking the HTTP method,
so someone else's order is a 404 whatever the method: nothing tells it apart from a
missing one.
"""

from django.contrib import messages as flash
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET
from django.views.decorators.vary import vary_on_headers

from accounts.models import TeamPermission
from accounts.services import masked_email_address
from accounts.team import may_use, panel_area
from core.exceptions import DomainError
from core.paging import Cursor
from core.ratelimit import rate_limited
from messaging import selectors as messaging_selectors
from messaging.forms import MessageForm
from moderation import selectors as moderation_selectors
from moderation import services as moderation_services
from moderation.forms import BuyerDetailsReportForm
from orders import selectors
from orders.filters import SellerOrderFilterForm
from orders.models import Order

# --- lists --------------------------------------------------------------------------------


def _list_template(request, template_name: str) -> str:
    if request.htmx and not request.htmx.boosted:
        return template_name + "#order-list"
    return template_name


@require_GET
@login_required
@panel_area(TeamPermission.ORDERS)
@vary_on_headers("HX-Request")
def seller_order_list(request):
    """The Orders tab: the source of truth for the buyer's details and chosen delivery."""
    if not request.panel_account.is_seller:
        raise Http404
    form = SellerOrderFilterForm(request.GET)
    filters = form.filters()
    cursor = Cursor.decode(request.GET.get("after"))
    orders, next_cursor = selectors.seller_order_list(
        seller=request.panel_account, filters=filters, cursor=cursor
    )
    params = request.GET.copy()
    params.pop("after", None)
    context = {
        "orders": orders,
        "form": form,
        "filtered": filters.any,
        "query": filters.query,
        "filter_query": params.urlencode(),
        "next_cursor": next_cursor.encode() if next_cursor else "",
        "is_continuation": cursor is not None,
    }
    return render(request, _list_template(request, "orders/order_list_seller.html"), context)


@require_GET
@login_required
@vary_on_headers("HX-Request")
def buyer_order_list(request):
    cursor = Cursor.decode(request.GET.get("after"))
    orders, next_cursor = selectors.buyer_order_list(buyer=request.user, cursor=cursor)
    context = {
        "orders": orders,
        "next_cursor": next_cursor.encode() if next_cursor else "",
        "is_continuation": cursor is not None,
    }
    return render(request, _list_template(request, "orders/order_list_buyer.html"), context)


# --- the order page -----------------------------------------------------------------------


def _seller_context(request, order: Order, report_form: BuyerDetailsReportForm | None = None):
    thread, recent_messages = None, []
    if may_use(request.panel_account, TeamPermission.MESSAGES):  # a member may lack it
        thread, recent_messages = messaging_selectors.order_messages_preview(
            order=order, user=request.panel_account
        )
    report = moderation_selectors.buyer_details_report_latest(
        order=order, user=request.panel_account
    )
    return {
        "order": order,
        "buyer": order.buyer,
        "buyer_address": masked_email_address(account=order.buyer, order=order),
        "buyer_phone": (order.delivery_address or {}).get("phone", ""),
        "order_email_error": selectors.order_seller_email_failed(order=order),
        "ship_to": selectors.order_ship_to(order),
        "lines": order.lines.all(),
        "thread": thread,
        "recent_messages": recent_messages,
        "report": report,
        "report_form": report_form or BuyerDetailsReportForm(),
    }


def _buyer_context(request, order: Order) -> dict:
    return {
        "order": order,
        "seller": order.seller,
        "seller_address": masked_email_address(account=order.seller, order=order),
        "ship_to": selectors.order_ship_to(order),
        "lines": order.lines.all(),
        "thread": messaging_selectors.order_thread(order=order),
        "form": MessageForm(),
    }


@login_required
@panel_area(TeamPermission.ORDERS)
def order_detail(request, order_id: int):
    # Fetched before the method check: someone else's order is a 404 whatever the method.
    order = selectors.order_get_for_user(user=request.panel_account, order_id=order_id)
    if request.method != "GET":
        return HttpResponseNotAllowed(["GET"])
    if order.seller_id == request.panel_account.pk:
        return render(request, "orders/order_detail_seller.html", _seller_context(request, order))
    return render(request, "orders/order_detail_buyer.html", _buyer_context(request, order))


@login_required
@panel_area(TeamPermission.ORDERS)
@vary_on_headers("HX-Request")
@rate_limited("report")
def order_buyer_details_report(request, order_id: int):
    """The seller reports incomplete or invalid buyer details; staff review it in admin."""
    order = selectors.order_get_for_seller(seller=request.panel_account, order_id=order_id)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = BuyerDetailsReportForm(request.POST)
    report = None
    if form.is_valid():
        try:
            report = moderation_services.buyer_details_report_create(
                order=order,
                reporter=request.panel_account,
                reasons=form.cleaned_data["reasons"],
                comment=form.cleaned_data["comment"],
            )
        except DomainError as error:
            form.add_error(None, error.message)
    if report is not None and not request.htmx:
        flash.success(request, _("Your report was sent. Our staff will review it."))
        url = reverse("orders:order_detail", args=[order.pk])
        return HttpResponseRedirect(f"{url}#buyer-details-report")
    status = 200 if report is not None else 422
    if request.htmx:
        context = {
            "order": order,
            "report": report
            or moderation_selectors.buyer_details_report_latest(
                order=order, user=request.panel_account
            ),
            "report_form": BuyerDetailsReportForm() if report is not None else form,
            "just_filed": report is not None,
        }
        return render(
            request,
            "orders/order_detail_seller.html#buyer-details-report",
            context,
            status=status,
        )
    order = selectors.order_get_for_user(user=request.panel_account, order_id=order.pk)
    return render(
        request,
        "orders/order_detail_seller.html",
        _seller_context(request, order, report_form=form),
        status=status,
    )
