"""Payments: attempts at paying an order, and the operator's verdicts."""

import logging
import secrets

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from core.exceptions import DomainError
from core.queue import enqueue_on_commit

from ..models import (
    AttemptStatus,
    Order,
    OrderStatus,
    Payment,
    PaymentAttempt,
    PaymentStatus,
    PaymentWebhookEvent,
    Refund,
    RefundStatus,
)
from ..payment_operator import (
    OperatorRefused,
    OperatorUnavailable,
    PaymentVerdict,
    RefundVerdict,
    operator_get,
)
from .announce import order_status_announce

logger = logging.getLogger(__name__)

PAYABLE = (OrderStatus.AWAITING_PAYMENT, OrderStatus.PAYMENT_FAILED)


@transaction.atomic
def payment_attempt_start(*, order: Order) -> PaymentAttempt:
    """Start paying (or paying again after a failure) an order. Every attempt is kept."""
    order = Order.objects.select_for_update().get(pk=order.pk)
    payment = Payment.objects.select_for_update().get(order=order)
    if payment.status == PaymentStatus.PAID:
        raise DomainError(_("This order is already paid."), code="paid")
    if order.status == OrderStatus.CANCELLED:
        raise DomainError(_("This order was cancelled."), code="cancelled")
    if order.status not in PAYABLE:
        raise DomainError(_("This order is not awaiting payment."), code="not_payable")
    return PaymentAttempt.objects.create(
        payment=payment, operator_reference=f"pay_{secrets.token_hex(12)}"
    )


@transaction.atomic
def payment_attempt_complete(
    *, attempt: PaymentAttempt, succeeded: bool, failure_reason: str = ""
) -> PaymentAttempt:
    """Record the operator's verdict; a repeated verdict for the same attempt is a no-op.

    Verdicts may arrive late and out of order: a failure of an older attempt does not
    undo a newer one, and nothing after the payment is paid takes it back. Rows are
    locked order → payment → attempt, the order `payment_attempt_start` and
    `order_cancel` use, so concurrent calls wait instead of deadlocking.
    """
    order_id = (
        PaymentAttempt.objects.filter(pk=attempt.pk).values_list("payment__order", flat=True).get()
    )
    order = Order.objects.select_for_update().get(pk=order_id)
    payment = Payment.objects.select_for_update().get(order=order)
    attempt = PaymentAttempt.objects.select_for_update().get(pk=attempt.pk)
    if attempt.status not in (AttemptStatus.PENDING, AttemptStatus.ABANDONED):
        return attempt
    now = timezone.now()
    attempt.completed_at = now
    attempt.status = AttemptStatus.SUCCEEDED if succeeded else AttemptStatus.FAILED
    attempt.failure_reason = (
        "" if succeeded else (failure_reason or _("Declined by the payment operator"))
    )
    attempt.save(update_fields=["status", "failure_reason", "completed_at"])
    if order.status == OrderStatus.CANCELLED:
        # The buyer paid after all, but the order is gone: the money goes back.
        if succeeded:
            payment.status, payment.paid_at = PaymentStatus.PAID, now
            refund_request(payment=payment, attempt=attempt)
        return attempt
    if payment.status in (PaymentStatus.PAID, PaymentStatus.REFUNDED):
        if succeeded:
            # A second attempt was also charged: staff refund it from the attempt history.
            logger.warning(
                "payment %s already %s; attempt %s also succeeded and needs a refund",
                payment.pk,
                payment.status,
                attempt.operator_reference,
            )
        return attempt
    if succeeded:
        payment.status, payment.paid_at = PaymentStatus.PAID, now
        order.status = OrderStatus.PAID
        # The buyer's other attempts were left unfinished (#18: they stayed "pending").
        PaymentAttempt.objects.filter(payment=payment, status=AttemptStatus.PENDING).exclude(
            pk=attempt.pk
        ).update(status=AttemptStatus.ABANDONED, completed_at=now)
    else:
        newer = PaymentAttempt.objects.filter(payment=payment, pk__gt=attempt.pk)
        if newer.exists():
            return attempt  # the buyer is already retrying; the newer attempt decides
        payment.status = PaymentStatus.FAILED
        order.status = OrderStatus.PAYMENT_FAILED
    payment.save(update_fields=["status", "paid_at", "updated_at"])
    order.save(update_fields=["status", "updated_at"])
    order_status_announce(order)
    return attempt


def payment_attempt_fail_to_start(*, attempt: PaymentAttempt) -> PaymentAttempt:
    """The operator would not take the attempt (down, timing out): it failed, with a
    reason the buyer understands, and the buyer can try again."""
    return payment_attempt_complete(
        attempt=attempt,
        succeeded=False,
        failure_reason=gettext_noop("The payment operator is not answering"),
    )


@transaction.atomic
def payment_webhook_record(*, verdict: PaymentVerdict | RefundVerdict) -> bool:
    """Apply a verified operator webhook once per event id; False for a replay.

    Raises DomainError `unknown_reference` when no attempt (or refund) has that reference
    and `mismatch` when the amount, currency or the operator's own order id is not the
    payment's; nothing is stored then.
    """
    if PaymentWebhookEvent.objects.filter(event_id=verdict.event_id).exists():
        return False
    if isinstance(verdict, RefundVerdict):
        refund = Refund.objects.filter(reference=verdict.refund_reference).first()
        if refund is None:
            raise DomainError(_("No refund has this reference."), code="unknown_reference")
    else:
        attempt = (
            PaymentAttempt.objects.select_related("payment")
            .filter(operator_reference=verdict.operator_reference)
            .first()
        )
        if attempt is None:
            raise DomainError(_("No payment has this reference."), code="unknown_reference")
        payment = attempt.payment
        if verdict.amount != payment.amount or verdict.currency != payment.currency:
            raise DomainError(_("The amount or currency does not match."), code="mismatch")
        if verdict.operator_order_id and attempt.operator_order_id not in (
            "",
            verdict.operator_order_id,
        ):
            raise DomainError(_("The amount or currency does not match."), code="mismatch")
    _event, created = PaymentWebhookEvent.objects.get_or_create(
        event_id=verdict.event_id, defaults={"payload": verdict.payload}
    )
    if not created:
        return False  # the same event, delivered concurrently, was applied by the other
    if isinstance(verdict, RefundVerdict):
        refund_complete(
            refund=refund, succeeded=verdict.succeeded, failure_reason=verdict.failure_reason
        )
    else:
        payment_attempt_complete(
            attempt=attempt, succeeded=verdict.succeeded, failure_reason=verdict.failure_reason
        )
    return True


# --- refunds ---------------------------------------------------------------------------------


def refund_request(*, payment: Payment, attempt: PaymentAttempt | None = None) -> Refund:
    """Give a paid payment's money back through the operator that took it.

    Inside the caller's transaction (the payment's row locked): the payment is
    `refunding` and a refund row is written; the operator is asked after the commit, by
    the task (orders/tasks.py), so a slow or failing operator never holds the order's
    locks or loses the request (the task retries; the row stays `requested` until then).
    """
    if attempt is None:
        attempt = payment.attempts.filter(status=AttemptStatus.SUCCEEDED).order_by("-pk").first()
    refund = Refund.objects.create(
        attempt=attempt,
        reference=f"ref_{secrets.token_hex(12)}",
        amount=payment.amount,
        currency=payment.currency,
    )
    payment.status = PaymentStatus.REFUNDING
    payment.save(update_fields=["status", "paid_at", "updated_at"])
    from ..tasks import refund_perform_task

    enqueue_on_commit(refund_perform_task, refund.pk)
    return refund


def refund_perform(*, refund_id: int) -> Refund | None:
    """Ask the operator for one requested refund (outside any transaction).

    OperatorUnavailable propagates (the task retries); OperatorRefused fails the refund
    with the operator's reason, for staff to settle by hand (admin shows it).
    """
    refund = Refund.objects.select_related("attempt").filter(pk=refund_id).first()
    if refund is None or refund.status != RefundStatus.REQUESTED or refund.operator_refund_id:
        return refund
    try:
        outcome = operator_get().refund(refund=refund)
    except OperatorRefused as error:
        return refund_complete(refund=refund, succeeded=False, failure_reason=str(error))
    except OperatorUnavailable:
        raise
    Refund.objects.filter(pk=refund.pk).update(operator_refund_id=outcome.operator_refund_id)
    if outcome.done:
        return refund_complete(refund=refund, succeeded=True)
    refund.refresh_from_db()
    return refund


@transaction.atomic
def refund_complete(*, refund: Refund, succeeded: bool, failure_reason: str = "") -> Refund:
    """The operator's verdict on a refund; a repeated verdict is a no-op."""
    payment = Payment.objects.select_for_update().get(attempts__refunds=refund)
    refund = Refund.objects.select_for_update().get(pk=refund.pk)
    if refund.status != RefundStatus.REQUESTED:
        return refund
    refund.status = RefundStatus.SUCCEEDED if succeeded else RefundStatus.FAILED
    refund.failure_reason = "" if succeeded else (failure_reason or "refused")[:200]
    refund.completed_at = timezone.now()
    refund.save(update_fields=["status", "failure_reason", "completed_at"])
    if succeeded and payment.status == PaymentStatus.REFUNDING:
        payment.status = PaymentStatus.REFUNDED
        payment.save(update_fields=["status", "updated_at"])
    elif not succeeded:
        logger.error("refund %s failed: %s", refund.reference, refund.failure_reason)
    return refund
