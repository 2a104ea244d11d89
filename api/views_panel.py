"""The seller panel's page of applications with access to the account (Seller API)."""

from django.contrib import messages as flash
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from core.ratelimit import rate_limited

from . import selectors, services


@require_GET
@login_required
def application_list(request):
    rows = selectors.applications_for_user(user=request.user)
    return render(request, "api/application_list.html", {"rows": rows})


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
