"""The translation of a message as its recipient sees it, its poll, and reporting it."""

from django import forms
from django.contrib import messages as flash
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse, HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.vary import vary_on_headers

from accounts.models import TeamPermission
from accounts.team import panel_area
from core.errors import error_page
from core.exceptions import DomainError
from core.ratelimit import rate_limited

from . import selectors, services
from .models import TranslationStatus


class TranslationReportForm(forms.Form):
    comment = forms.CharField(max_length=500, required=False)


@login_required
@panel_area(TeamPermission.MESSAGES)  # a message's words: the Message Center's area
@never_cache  # polled: a cached "pending" would never turn into the translation
@vary_on_headers("HX-Request")
def message_translation(request, message_id: int):
    """The translation fragment of one message, polled while the translation is pending.

    204 while it is still pending (htmx keeps polling, nothing is swapped); the finished
    fragment (translation, "unavailable", ...) replaces the pending one and stops the poll.
    """
    translation = selectors.translation_for_message(
        user=request.panel_account, message_id=message_id
    )
    if request.method != "GET":
        return HttpResponseNotAllowed(["GET"])
    if translation is None:
        return HttpResponse(status=204)
    if translation.status == TranslationStatus.PENDING and request.htmx:
        return HttpResponse(status=204)
    return render(
        request,
        "translation/_message_translation.html",
        {"message": translation.message, "translation": translation},
    )


@login_required
@panel_area(TeamPermission.MESSAGES)
@vary_on_headers("HX-Request")
@rate_limited("translation_report")
def translation_report(request, translation_id: int):
    translation = selectors.translation_get_for_reporting(
        user=request.panel_account, translation_id=translation_id
    )
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = TranslationReportForm(request.POST)
    if not form.is_valid():  # a NUL byte, or more than the comment may hold
        return error_page(request, status=400, message=" ".join(form.errors.get("comment", [])))
    try:
        services.translation_report(
            translation=translation,
            reporter=request.panel_account,
            comment=form.cleaned_data["comment"],
        )
    except DomainError as error:
        return HttpResponse(error.message, status=422)
    if request.htmx:
        return render(request, "translation/_report_sent.html", {"translation": translation})
    flash.success(request, _("Thank you. We will check this translation."))
    return HttpResponseRedirect(
        reverse("messaging:thread_detail", args=[translation.message.thread_id])
        + f"#message-{translation.message_id}"
    )
