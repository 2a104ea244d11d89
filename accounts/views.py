"""Account pages: account details, My email addresses, language, health.

The home page and Communication settings show other apps' data (orders, Allina): they
are served from allina/views_panel.py, above the apps they compose.
"""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db import connection
from django.http import Http404, HttpResponse, HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django.views.decorators.vary import vary_on_headers
from django_htmx.http import reswap, retarget

from core.exceptions import DomainError
from core.ratelimit import rate_limit_hit, rate_limited, rate_limited_response

from . import selectors, services
from .forms import DeliveryAddressForm, LanguageForm, SellerEmailForm
from .marketplaces import marketplace_get


@require_GET
@login_required
@vary_on_headers("HX-Request")
def account_details(request):
    user = request.user
    template_name = "marketplace/account_details.html"
    if request.htmx:
        template_name += "#address-list"
    context = {
        "marketplace": marketplace_get(user.registration_marketplace),
        "masked_address": services.masked_email_address(account=user),
        "delivery_addresses": selectors.delivery_addresses_for_buyer(buyer=user),
        "email_addresses": (
            selectors.seller_email_addresses_active(seller=user) if user.is_seller else ()
        ),
    }
    return render(request, template_name, context)


# Delivery addresses. Each view first fetches the address through the selector and only
# then looks at the method, so another user's address is a 404 whatever the method.
# Without JavaScript the forms post, and the browser is sent back to Account details
# with a message; with htmx the address list (#address-list) is swapped in place.

ADDRESS_METHODS = ("GET", "POST")


def _address_list_changed(request, *, message: str) -> HttpResponse:
    if not request.htmx:
        messages.success(request, message)
        return HttpResponseRedirect(reverse("account_details"))
    context = {
        "delivery_addresses": selectors.delivery_addresses_for_buyer(buyer=request.user),
        "status_message": message,
    }
    response = render(request, "marketplace/account_details.html#address-list", context)
    return reswap(retarget(response, "#address-list"), "outerHTML")


def _address_form(request, form, *, address=None, status: int = 200) -> HttpResponse:
    """The form as a page, or (htmx) as a fragment that posts back into the page."""
    template_name = "marketplace/delivery_address_form.html"
    if request.htmx:
        template_name += "#address-form"
    if address is None:
        action = reverse("delivery_address_new")
    else:
        action = reverse("delivery_address_edit", args=[address.pk])
    context = {"form": form, "address": address, "action": action, "inline": bool(request.htmx)}
    return render(request, template_name, context, status=status)


@require_http_methods(ADDRESS_METHODS)
@login_required
@vary_on_headers("HX-Request")
@rate_limited("address_write")
def delivery_address_new(request):
    if request.method == "GET":
        user = request.user
        initial = {
            "country": marketplace_get(user.registration_marketplace).country,
            "first_name": user.first_name,
            "last_name": user.last_name,
        }
        return _address_form(request, DeliveryAddressForm(initial=initial))
    form = DeliveryAddressForm(request.POST)
    if form.is_valid():
        try:
            services.delivery_address_create(buyer=request.user, **form.cleaned_data)
        except ValidationError as error:
            form.add_service_errors(error)
        else:
            return _address_list_changed(request, message=_("The address was added."))
    return _address_form(request, form, status=422)


@login_required
@vary_on_headers("HX-Request")
@rate_limited("address_write")
def delivery_address_edit(request, address_id: int):
    address = selectors.delivery_address_get_for_buyer(buyer=request.user, address_id=address_id)
    if request.method not in ADDRESS_METHODS:
        return HttpResponseNotAllowed(ADDRESS_METHODS)
    if request.method == "GET":
        return _address_form(request, DeliveryAddressForm(instance=address), address=address)
    form = DeliveryAddressForm(request.POST, instance=address)
    if form.is_valid():
        try:
            services.delivery_address_update(address=address, **form.cleaned_data)
        except ValidationError as error:
            form.add_service_errors(error)
        else:
            return _address_list_changed(request, message=_("The address was saved."))
    return _address_form(request, form, address=address, status=422)


@login_required
@vary_on_headers("HX-Request")
@rate_limited("address_write")
def delivery_address_delete(request, address_id: int):
    """GET: a confirmation page (without JavaScript); POST: remove. htmx asks with hx-confirm."""
    address = selectors.delivery_address_get_for_buyer(buyer=request.user, address_id=address_id)
    if request.method not in ADDRESS_METHODS:
        return HttpResponseNotAllowed(ADDRESS_METHODS)
    if request.method == "GET":
        return render(
            request, "marketplace/delivery_address_confirm_delete.html", {"address": address}
        )
    services.delivery_address_delete(address=address)
    return _address_list_changed(request, message=_("The address was removed."))


@login_required
@rate_limited("address_write")
def delivery_address_set_default(request, address_id: int):
    address = selectors.delivery_address_get_for_buyer(buyer=request.user, address_id=address_id)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    services.delivery_address_set_default(address=address)
    return _address_list_changed(request, message=_("This is now your default address."))


# My email addresses (Communication settings). As with delivery addresses, each view
# fetches the address through the selector before looking at the method; without
# JavaScript the forms post and redirect back with a message, with htmx the list
# (#email-list) is swapped in place.


def _seller_only(request) -> None:
    if not request.user.is_seller:
        raise Http404


def _email_list(request, *, message: str = "", error: str = "", form=None, status: int = 200):
    if not request.htmx:
        if error:
            messages.error(request, error)
        elif message:
            messages.success(request, message)
        if form is not None and form.errors:
            for field_errors in form.errors.values():
                for field_error in field_errors:
                    messages.error(request, field_error)
        return HttpResponseRedirect(reverse("communication_settings"))
    context = {
        "email_addresses": selectors.seller_email_addresses_active(seller=request.user),
        "email_form": form or SellerEmailForm(),
        "email_message": message,
        "email_error": error,
    }
    response = render(
        request, "marketplace/communication_settings.html#email-list", context, status=status
    )
    return reswap(retarget(response, "#email-list"), "outerHTML")


@require_POST
@login_required
@vary_on_headers("HX-Request")
@rate_limited("address_write")
def seller_email_new(request):
    _seller_only(request)
    form = SellerEmailForm(request.POST)
    if not form.is_valid():
        return _email_list(request, form=form, status=422)
    # The verification e-mail goes to an address the seller typed: counted per account
    # and per address, so no one mails a stranger over and over through us.
    target = form.cleaned_data["email"].strip().lower()
    for action, key in (
        ("verification_email_target", lambda group, request: f"to:{target}"),
        ("verification_email_account", None),
    ):
        seconds = rate_limit_hit(request, action, **({"key": key} if key else {}))
        if seconds is not None:
            return rate_limited_response(request, seconds)
    try:
        address = services.seller_email_request(
            seller=request.user, email=form.cleaned_data["email"]
        )
    except (DomainError, ValidationError) as error:
        text = error.message if isinstance(error, DomainError) else " ".join(error.messages)
        return _email_list(request, form=form, error=text, status=422)
    return _email_list(
        request,
        message=_("We sent a confirmation link to %(email)s. It is valid for 3 days.")
        % {"email": address.email},
    )


def _seller_email_action(request, address_id: int, action, done_message: str):
    """POST-only change to one of the seller's own addresses; the list re-renders."""
    _seller_only(request)
    address = selectors.seller_email_get_for_seller(seller=request.user, address_id=address_id)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    try:
        action(address=address)
    except DomainError as error:
        return _email_list(request, error=error.message, status=422)
    return _email_list(request, message=done_message % {"email": address.email})


@login_required
@vary_on_headers("HX-Request")
@rate_limited("address_write")
def seller_email_set_primary(request, address_id: int):
    return _seller_email_action(
        request,
        address_id,
        services.seller_email_set_primary,
        _("%(email)s is now your primary address."),
    )


@login_required
@vary_on_headers("HX-Request")
@rate_limited("address_write")
def seller_email_remove(request, address_id: int):
    return _seller_email_action(
        request,
        address_id,
        services.seller_email_remove,
        _("%(email)s was removed from your list."),
    )


@require_http_methods(["GET", "POST"])
@login_required
@rate_limited("email_verify")
def seller_email_verify(request, token: str):
    """The link from the verification e-mail: GET asks to confirm, POST verifies.

    Confirming with a POST keeps mail scanners that open links from verifying for the
    seller. A second confirmation shows the same success page.
    """
    template_name = "marketplace/seller_email_verify.html"
    if request.method == "GET":
        return render(request, template_name, {"token": token})
    try:
        address = services.seller_email_verify(seller=request.user, token=token)
    except DomainError as error:
        return render(request, template_name, {"error": error.message}, status=400)
    return render(request, template_name, {"verified": address})


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
