"""Reporting a received message, the staff-only screenshot files, and notices from staff.

Views that take an object id fetch it through a selector before checking the HTTP method,
so another user's id is a 404 whatever the method.
"""

from django.contrib import messages as flash
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, HttpResponse, HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.vary import vary_on_headers

from accounts.models import TeamPermission
from accounts.services import masked_email_address
from accounts.team import panel_area
from core.exceptions import DomainError
from core.ratelimit import rate_limited

from . import selectors, services
from .forms import MessageReportForm
from .notices import notice_row


@login_required
@panel_area(TeamPermission.MESSAGES)  # the message's words: the Message Center's area
@vary_on_headers("HX-Request")
@rate_limited("report")
def message_report(request, message_id: int):
    message = selectors.message_get_for_report(user=request.panel_account, message_id=message_id)
    if request.method not in ("GET", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    form = MessageReportForm(request.POST or None, request.FILES or None)
    report = None
    if request.method == "POST":
        try:
            # Before any file is decoded: a user over the allowance costs no image work.
            services.message_report_rate_check(reporter=request.panel_account)
            if form.is_valid():
                report = services.message_report_create(
                    message=message,
                    reporter=request.panel_account,
                    category=form.cleaned_data["category"],
                    description=form.cleaned_data["description"],
                    screenshots=form.cleaned_data["screenshots"],
                )
        except DomainError as error:
            form.add_error(None, error.message)
    thread_url = reverse("messaging:thread_detail", args=[message.thread_id])
    if report is not None and not request.htmx:
        flash.success(
            request,
            _("Your report was sent. Our staff will review it and tell you the outcome here."),
        )
        return HttpResponseRedirect(f"{thread_url}#message-{message.pk}")
    sender = message.author
    context = {
        "message": message,
        "sender_login": sender.username if sender else message.sender_address,
        "sender_address": (
            masked_email_address(account=sender, order=message.thread.order) if sender else ""
        ),
        "form": form,
        "report": report,
        "thread_url": thread_url,
    }
    template_name = "moderation/message_report.html"
    if request.htmx:
        template_name += "#report-form"
    status = 422 if request.method == "POST" and report is None else 200
    return render(request, template_name, context, status=status)


@login_required  # as every page: anonymous visitors are asked to log in
def screenshot_file(request, screenshot_id: int):
    """A report's screenshot, for staff only (any other account: 404), never run by a browser."""
    screenshot = selectors.screenshot_get_for_staff(user=request.user, screenshot_id=screenshot_id)
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])
    extension = screenshot.storage_name.rpartition(".")[2]
    response = FileResponse(
        screenshot.file.open("rb"),
        content_type=screenshot.content_type,
        as_attachment=True,
        filename=f"report-{screenshot.report_id}-screenshot-{screenshot.pk}.{extension}",
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "sandbox; default-src 'none'"
    response["Cache-Control"] = "private, no-store"
    response["Cross-Origin-Resource-Policy"] = "same-origin"
    return response


@login_required
@never_cache
@vary_on_headers("HX-Request")
def notice_list(request):
    """Notices from staff: the top of the Message Center (htmx) or a page of their own."""
    if request.method != "GET":
        return HttpResponseNotAllowed(["GET"])
    notices = list(selectors.notices_for_user(user=request.user)[: selectors.NOTICES_SHOWN])
    rows = [notice_row(notice) for notice in notices]
    template_name = "moderation/notice_list.html"
    if request.htmx:
        template_name += "#notices"
    return render(request, template_name, {"rows": rows})


@login_required
@rate_limited("settings_write")
def notice_dismiss(request, notice_id: int):
    notice = selectors.notice_get_for_user(user=request.user, notice_id=notice_id)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    services.notice_dismiss(notice=notice)
    if request.htmx:
        return HttpResponse("")
    return HttpResponseRedirect(reverse("moderation:notice_list"))
