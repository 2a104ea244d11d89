"""What a locked-out sign-in sees (django-axes' AXES_LOCKOUT_CALLABLE).

The login form again, in the user's language, saying how many minutes are left, with a
429 and Retry-After; the admin's login gets the same message on its own page. The
remaining time is the account's (or address's) cool-off counted from its last failure.
"""

import math

from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth.forms import AuthenticationForm
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import ngettext


def _minutes_left(request: HttpRequest) -> int:
    from axes.helpers import get_cool_off

    cool_off = get_cool_off(request)
    return max(1, math.ceil(cool_off.total_seconds() / 60)) if cool_off else 1


def lockout_response(request: HttpRequest, original_response=None, credentials=None):
    minutes = _minutes_left(request)
    message = ngettext(
        "Too many failed sign-ins. For your security, try again in %(minutes)d minute.",
        "Too many failed sign-ins. For your security, try again in %(minutes)d minutes.",
        minutes,
    ) % {"minutes": minutes}
    username = (credentials or {}).get("username") or request.POST.get("username", "")
    admin = request.path.startswith(reverse("admin:login"))
    form_class = AdminAuthenticationForm if admin else AuthenticationForm
    form = form_class(request, initial={"username": username})
    form.is_bound = False
    context = {"form": form, "lockout_message": message, "next": request.POST.get("next", "")}
    if admin:
        from django.contrib import admin as django_admin

        context.update(django_admin.site.each_context(request), app_path=request.get_full_path())
        template = "admin/login.html"  # templates/admin/login.html shows lockout_message
    else:
        template = "marketplace/login.html"
    response: HttpResponse = render(request, template, context, status=429)
    response["Retry-After"] = str(minutes * 60)
    return response
