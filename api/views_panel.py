"""The seller panel's page of applications with access to the account (Seller API)."""

from django import forms
from django.contrib import messages as flash
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from django.views.decorators.http import require_GET

from core.ratelimit import rate_limit_hit, rate_limited, rate_limited_response

from . import selectors, services, webhooks

_SESSION_TOOL_SHOWN_ONCE = "api_tool_shown_once"  # a new tool's client secret, once


class OwnToolForm(forms.Form):
    name = forms.CharField(label=_lazy("Name of your tool"), max_length=100)
    scopes = forms.MultipleChoiceField(
        label=_lazy("What it may do"),
        choices=[(scope, scope) for scope in services.OWN_TOOL_SCOPES],
        widget=forms.CheckboxSelectMultiple,
    )


@login_required
def application_list(request):
    form = OwnToolForm()
    if request.method == "POST":
        limited = rate_limit_hit(request, "settings_write")
        if limited:
            return rate_limited_response(request, limited)
        form = OwnToolForm(request.POST)
        if form.is_valid():
            application, secret = services.own_tool_create(
                user=request.user,
                name=form.cleaned_data["name"],
                scopes=form.cleaned_data["scopes"],
            )
            request.session[_SESSION_TOOL_SHOWN_ONCE] = {
                "name": application.name,
                "client_id": application.client_id,
                "client_secret": secret,
            }
            return HttpResponseRedirect(reverse("api:application_list"))
    elif request.method != "GET":
        return HttpResponseNotAllowed(["GET", "POST"])
    rows = selectors.applications_for_user(user=request.user)
    return render(
        request,
        "api/application_list.html",
        {
            "rows": rows,
            "form": form,
            "new_tool": request.session.pop(_SESSION_TOOL_SHOWN_ONCE, None),
        },
        status=400 if form.is_bound else 200,
    )


@login_required
@rate_limited("settings_write")
def application_revoke(request, application_id: int):
    application = selectors.application_get_for_user(
        user=request.user, application_id=application_id
    )
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    services.application_revoke(user=request.user, application=application)
    flash.success(
        request,
        _("%(name)s no longer has access to your account.") % {"name": application.name},
    )
    return HttpResponseRedirect(reverse("api:application_list"))


# Webhooks ----------------------------------------------------------------------------

_SESSION_SHOW_ONCE = "api_webhook_shown_once"  # the session's one-time copy of a new secret


class WebhookEndpointForm(forms.Form):
    url = forms.URLField(label=_lazy("Endpoint URL"), max_length=500, assume_scheme="https")
    event_types = forms.MultipleChoiceField(
        label=_lazy("Events to send"),
        choices=[(kind, kind) for kind in webhooks.EVENT_TYPES],
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_lazy("None ticked: every event."),
    )

    def clean_url(self):
        url = self.cleaned_data["url"]
        webhooks.url_check(url)
        return url


def _secret_shown_once(request, endpoint) -> None:
    request.session[_SESSION_SHOW_ONCE] = {"id": endpoint.pk, "secret": endpoint.secret}


@login_required
def webhook_list(request):
    form = WebhookEndpointForm()
    if request.method == "POST":
        limited = rate_limit_hit(request, "settings_write")
        if limited:
            return rate_limited_response(request, limited)
        form = WebhookEndpointForm(request.POST)
        if form.is_valid():
            endpoint = webhooks.endpoint_create(
                user=request.user,
                url=form.cleaned_data["url"],
                event_types=form.cleaned_data["event_types"],
            )
            _secret_shown_once(request, endpoint)
            return HttpResponseRedirect(reverse("api:webhook_list"))
    elif request.method != "GET":
        return HttpResponseNotAllowed(["GET", "POST"])
    new_secret = request.session.pop(_SESSION_SHOW_ONCE, None)
    return render(
        request,
        "api/webhook_list.html",
        {
            "form": form,
            "endpoints": selectors.webhook_endpoints_for_user(user=request.user),
            "new_secret": new_secret,
        },
        status=400 if form.is_bound else 200,
    )


def _endpoint_action(action):
    @login_required
    @rate_limited("settings_write")
    def view(request, endpoint_id: int):
        endpoint = selectors.webhook_endpoint_get_for_user(
            user=request.user, endpoint_id=endpoint_id
        )
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        return action(request, endpoint)

    return view


def _regenerate(request, endpoint):
    webhooks.endpoint_secret_regenerate(endpoint=endpoint)
    _secret_shown_once(request, endpoint)
    return HttpResponseRedirect(reverse("api:webhook_list"))


def _enable(request, endpoint):
    webhooks.endpoint_enable(endpoint=endpoint)
    flash.success(request, _("The endpoint receives events again."))
    return HttpResponseRedirect(reverse("api:webhook_list"))


def _delete(request, endpoint):
    webhooks.endpoint_delete(endpoint=endpoint)
    flash.success(request, _("The endpoint was deleted."))
    return HttpResponseRedirect(reverse("api:webhook_list"))


webhook_secret_regenerate = _endpoint_action(_regenerate)
webhook_enable = _endpoint_action(_enable)
webhook_delete = _endpoint_action(_delete)


@require_GET
@login_required
def webhook_log(request, endpoint_id: int):
    endpoint = selectors.webhook_endpoint_get_for_user(user=request.user, endpoint_id=endpoint_id)
    attempts = selectors.webhook_attempts_for_endpoint(endpoint=endpoint)
    return render(request, "api/webhook_log.html", {"endpoint": endpoint, "attempts": attempts})


@login_required
@rate_limited("webhook_resend")
def webhook_resend(request, delivery_id: int):
    delivery = selectors.webhook_delivery_get_for_user(user=request.user, delivery_id=delivery_id)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    webhooks.delivery_resend(delivery=delivery)
    flash.success(request, _("The event was sent again."))
    return HttpResponseRedirect(reverse("api:webhook_log", args=[delivery.endpoint_id]))
