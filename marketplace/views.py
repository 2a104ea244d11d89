"""Account pages: home, account details, communication settings, language, health."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import connection
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django.views.decorators.vary import vary_on_headers

from orders.selectors import orders_for_buyer, orders_for_seller

from . import selectors, services
from .forms import CommunicationSettingsForm, LanguageForm
from .marketplaces import marketplace_get

RECENT_ORDERS = 5


@require_GET
@login_required
def home(request):
    user = request.user
    context = {
        "marketplace": marketplace_get(user.registration_marketplace),
        "masked_address": services.masked_email_address(account=user),
        "recent_purchases": orders_for_buyer(buyer=user)[:RECENT_ORDERS],
        "recent_sales": orders_for_seller(seller=user)[:RECENT_ORDERS] if user.is_seller else (),
    }
    return render(request, "marketplace/home.html", context)


@require_GET
@login_required
def account_details(request):
    user = request.user
    context = {
        "marketplace": marketplace_get(user.registration_marketplace),
        "masked_address": services.masked_email_address(account=user),
        "delivery_addresses": selectors.delivery_addresses_for_buyer(buyer=user),
        "email_addresses": (
            selectors.seller_email_addresses_active(seller=user) if user.is_seller else ()
        ),
    }
    return render(request, "marketplace/account_details.html", context)


@require_http_methods(["GET", "POST"])
@login_required
@vary_on_headers("HX-Request")
def communication_settings(request):
    if not request.user.is_seller:
        raise Http404
    current = selectors.communication_settings_for_user(user=request.user)
    saved = False
    if request.method == "POST":
        form = CommunicationSettingsForm(request.POST)
        if form.is_valid():
            current = services.communication_settings_update(
                user=request.user, allina_enabled=form.cleaned_data["allina_enabled"]
            )
            saved = True
            if not request.htmx:
                messages.success(request, _("Your communication settings are saved."))
                return HttpResponseRedirect(request.path)
    else:
        form = CommunicationSettingsForm(initial={"allina_enabled": current.allina_enabled})
    template_name = "marketplace/communication_settings.html"
    if request.htmx:
        template_name += "#settings-form"
    return render(request, template_name, {"form": form, "current": current, "saved": saved})


@require_POST
def language_set(request):
    """The language switcher: saved on the account, and in a cookie for visitors."""
    form = LanguageForm(request.POST)
    next_url = request.POST.get("next") or "/"
    if not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        next_url = "/"
    response = HttpResponseRedirect(next_url)
    if form.is_valid():
        language = form.cleaned_data["language"]
        if request.user.is_authenticated:
            services.user_set_language(user=request.user, language=language)
        response.set_cookie(
            settings.LANGUAGE_COOKIE_NAME,
            language,
            max_age=settings.LANGUAGE_COOKIE_AGE,
            samesite="Lax",
            secure=request.is_secure(),
        )
    return response


@require_GET
def healthz(request):
    """For the load balancer: the process answers and reaches its database."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return HttpResponse("ok", content_type="text/plain")
