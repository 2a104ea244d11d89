"""Payments: attempts at paying an order, and the operator's verdicts."""

import logging
import secrets

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from core.exceptions import DomainError

from ..models import (
    AttemptStatus,
    Order,
    OrderStatus,
    Payment,
    PaymentAttempt,
    PaymentStatus,
    PaymentWebhookEvent,
)
from ..payment_operator import PaymentVerdict

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
    if attempt.status != AttemptStatus.PENDING:
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
            payment.status, payment.paid_at = PaymentStatus.REFUNDED, now
            payment.save(update_fields=["status", "paid_at", "updated_at"])
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
    else:
        newer = PaymentAttempt.objects.filter(payment=payment, pk__gt=attempt.pk)
        if newer.exists():
            return attempt  # the buyer is already retrying; the newer attempt decides
        payment.status = PaymentStatus.FAILED
        order.status = OrderStatus.PAYMENT_FAILED
    payment.save(update_fields=["status", "paid_at", "updated_at"])
    order.save(update_fields=["status", "updated_at"])
    return attempt


@transaction.atomic
def payment_webhook_record(*, verdict: PaymentVerdict) -> bool:
    """Apply a verified operator webhook once per event id; False for a replay.

    Raises DomainError `unknown_reference` when no attempt has that reference and
    `mismatch` when the amount or currency is not the payment's; nothing is stored then.
    """
    if PaymentWebhookEvent.objects.filter(event_id=verdict.event_id).exists():
        return False
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
    _event, created = PaymentWebhookEvent.objects.get_or_create(
        event_id=verdict.event_id, defaults={"payload": verdict.payload}
    )
    if not created:
        return False  # the same event, delivered concurrently, was applied by the other
    payment_attempt_complete(
        attempt=attempt, succeeded=verdict.succeeded, failure_reason=verdict.failure_reason
    )
    return True
