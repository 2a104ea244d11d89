"""Seller-panel pages that compose Allina with accounts' and orders' data: the home page
(recent purchases and sales, the topics Allina passed on) and Communication settings
(Allina's switches beside My email addresses). They live here, above the apps they read
(the layers in pyproject.toml), and keep their URL names (`home`,
`communication_settings`)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods
from django.views.decorators.vary import vary_on_headers

from accounts import selectors, services
from accounts.forms import SellerEmailForm
from accounts.marketplaces import marketplace_get
from accounts.models import TeamPermission
from accounts.team import may_use
from core.ratelimit import rate_limited
from orders.selectors import orders_for_buyer, orders_for_seller

from . import metrics as allina_metrics
from . import settings_services as allina_settings
from .forms import CommunicationSettingsForm

RECENT_ORDERS = 5


@require_GET
@login_required
def home(request):
    user = request.user
    if user.is_team_member:
        # A team member's login works in the seller's panel only: its first area.
        account = request.panel_account
        if may_use(account, TeamPermission.MESSAGES) and account.pk != user.pk:
            return HttpResponseRedirect(reverse("messaging:thread_list"))
        if may_use(account, TeamPermission.ORDERS) and account.pk != user.pk:
            return HttpResponseRedirect(reverse("orders:seller_order_list"))
    context = {
        "marketplace": marketplace_get(user.registration_marketplace),
        "masked_address": services.masked_email_address(account=user),
        "recent_purchases": orders_for_buyer(buyer=user)[:RECENT_ORDERS],
        "recent_sales": orders_for_seller(seller=user)[:RECENT_ORDERS] if user.is_seller else (),
        "escalated_topics": (
            allina_metrics.escalated_topics(seller=user) if user.is_seller else None
        ),
    }
    return render(request, "marketplace/home.html", context)


@require_http_methods(["GET", "POST"])
@login_required
@vary_on_headers("HX-Request")
@rate_limited("settings_write")
def communication_settings(request):
    if not request.user.is_seller:
        raise Http404
    current = selectors.communication_settings_for_user(user=request.user)
    saved = ""
    if request.method == "POST":
        form = CommunicationSettingsForm(request.POST)
        if form.is_valid():
            data = form.cleaned_data
            change = allina_settings.allina_settings_save(
                seller=request.user,
                allina_enabled=data["allina_enabled"],
                topics=data["allina_topics"] if data["topics_shown"] else None,
            )
            current, saved = change.settings, change.message
            if not request.htmx:
                messages.success(request, saved)
                return HttpResponseRedirect(request.path)
    else:
        topics = allina_settings.topic_switches_for_seller(seller=request.user)
        form = CommunicationSettingsForm(
            initial={
                "allina_enabled": current.allina_enabled,
                "allina_topics": [topic.intent for topic in topics if topic.enabled],
            }
        )
    template_name = "marketplace/communication_settings.html"
    if request.htmx:
        template_name += "#settings-form"
    context = {
        "form": form,
        "current": current,
        "saved": saved,
        "email_addresses": selectors.seller_email_addresses_active(seller=request.user),
        "email_form": SellerEmailForm(),
    }
    return render(request, template_name, context, status=422 if form.errors else 200)
