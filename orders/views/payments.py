"""Paying an order: (re)starting a payment, the local operator's page, the webhook.

`webhook_deliver` is the webhook endpoint's processing function. The HTTP endpoint
(`payment_webhook`, what a real operator POSTs to) hands it the raw body and headers; the
demo's local operator calls it in-process with the bytes and headers it signed, so both
go through the same signature check, replay protection and amount check.
"""

import logging
from collections.abc import Mapping

from django import forms
from django.contrib import messages as flash
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponseNotAllowed, HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from django_htmx.http import HttpResponseClientRedirect

from core.exceptions import DomainError
from core.ratelimit import rate_limited

from .. import selectors, services
from ..models import AttemptStatus, PaymentAttempt
from ..payment_operator import (
    DECLINE_REASONS,
    OperatorRefused,
    OperatorUnavailable,
    WebhookError,
    local_operator_active,
    operator_get,
)

logger = logging.getLogger(__name__)


def payment_redirect(request, attempt: PaymentAttempt) -> str:
    """Where the buyer goes to pay `attempt`: the operator's page, or, when the operator
    does not take it now, back to the order page with a message (the attempt is marked
    failed with a reason the buyer reads, and Retry payment is offered)."""
    try:
        return operator_get().start(
            attempt=attempt, customer_ip=request.META.get("REMOTE_ADDR", "")
        )
    except (OperatorUnavailable, OperatorRefused) as error:
        logger.warning("payment operator refused attempt %s: %s", attempt.pk, error)
        services.payment_attempt_fail_to_start(attempt=attempt)
        flash.error(
            request,
            _(
                "The payment operator is not answering. Nothing was charged; "
                "try again in a moment."
            ),
        )
        return reverse("orders:order_detail", args=[attempt.payment.order_id])


def webhook_deliver(*, body: bytes, headers: Mapping[str, str]) -> JsonResponse:
    """Verify and apply one operator webhook.

    400: bad signature, stale timestamp, malformed JSON, amount or currency mismatch;
    404: unknown operator reference; 200: applied, or a replay of an applied event
    (nothing changes). Nothing is stored unless the answer is 200.
    """
    operator = operator_get()
    try:
        operator.verify(body=body, headers=headers)
        verdict = operator.parse(body=body)
    except WebhookError as error:
        return JsonResponse({"error": str(error)}, status=400)
    if verdict is None:  # a notice that changes nothing (PayU's PENDING)
        return JsonResponse({"status": "noted"})
    try:
        applied = services.payment_webhook_record(verdict=verdict)
    except DomainError as error:
        status = 404 if error.code == "unknown_reference" else 400
        return JsonResponse({"error": error.code}, status=status)
    return JsonResponse({"status": "applied" if applied else "duplicate"})


@csrf_exempt  # signed by the operator instead; no session, no login
@require_POST
def payment_webhook(request):
    return webhook_deliver(body=request.body, headers=request.headers)


@login_required
@rate_limited("payment_start")
def payment_start(request, order_id: int):
    """Pay now / Retry payment: a new attempt, and off to the operator."""
    order = selectors.order_get_for_buyer(buyer=request.user, order_id=order_id)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    try:
        attempt = services.payment_attempt_start(order=order)
    except DomainError as error:
        flash.error(request, error.message)
        url = reverse("orders:order_detail", args=[order.pk])
    else:
        url = payment_redirect(request, attempt)
    return HttpResponseClientRedirect(url) if request.htmx else HttpResponseRedirect(url)


class OperatorDecisionForm(forms.Form):
    decision = forms.ChoiceField(choices=[("approve", "approve"), ("decline", "decline")])
    reason = forms.ChoiceField(
        label=gettext_lazy("Reason for declining"),
        choices=[(key, gettext_lazy(label)) for key, label in DECLINE_REASONS.items()],
        required=False,
        initial="insufficient_funds",
    )


def _attempt_for_buyer(*, user, operator_reference: str) -> PaymentAttempt:
    """The attempt, if `user` is its order's buyer; 404 for everyone else."""
    return get_object_or_404(
        PaymentAttempt.objects.select_related("payment__order__seller"),
        operator_reference=operator_reference,
        payment__order__buyer=user,
    )


@login_required
@rate_limited("payment_start")
def payment_operator(request, operator_reference: str):
    """The local payment operator (demo): approve or decline one attempt.

    A real operator's page lives on its own site; this one stands in for it, and reports
    the verdict the way a real one does, with a signed webhook to our endpoint.
    """
    if not local_operator_active():  # a real operator's page lives on its own site
        raise Http404
    attempt = _attempt_for_buyer(user=request.user, operator_reference=operator_reference)
    if request.method not in ("GET", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    order = attempt.payment.order
    order_url = reverse("orders:order_detail", args=[order.pk])
    form = OperatorDecisionForm(request.POST or None)
    if request.method == "POST":
        if attempt.status != AttemptStatus.PENDING:
            flash.info(request, _("This payment was already completed."))
            return HttpResponseRedirect(order_url)
        if form.is_valid():
            approved = form.cleaned_data["decision"] == "approve"
            reason = DECLINE_REASONS[form.cleaned_data["reason"] or "insufficient_funds"]
            operator = operator_get()
            body, headers = operator.webhook_build(
                attempt=attempt, succeeded=approved, failure_reason="" if approved else reason
            )
            response = webhook_deliver(body=body, headers=headers)
            if response.status_code != 200:
                flash.error(request, _("The payment operator could not report the result."))
            elif approved:
                flash.success(request, _("Payment approved. Thank you!"))
            else:
                flash.error(
                    request,
                    _("The payment was declined: %(reason)s. You can try again.")
                    % {"reason": _(reason)},
                )
            return HttpResponseRedirect(order_url)
    context = {"attempt": attempt, "payment": attempt.payment, "order": order, "form": form}
    return render(
        request,
        "orders/payment_operator.html",
        context,
        status=422 if request.method == "POST" else 200,
    )
