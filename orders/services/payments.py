"""Payments: attempts at paying an order, and the operator's verdicts."""

import secrets

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from marketplace.exceptions import DomainError

from ..models import (
    AttemptStatus,
    Order,
    OrderStatus,
    Payment,
    PaymentAttempt,
    PaymentStatus,
)


@transaction.atomic
def payment_attempt_start(*, order: Order) -> PaymentAttempt:
    """Start paying (or paying again after a failure) an order."""
    order = Order.objects.select_for_update().get(pk=order.pk)
    payment = Payment.objects.select_for_update().get(order=order)
    if payment.status == PaymentStatus.PAID:
        raise DomainError(_("This order is already paid."), code="paid")
    if order.status == OrderStatus.CANCELLED:
        raise DomainError(_("This order was cancelled."), code="cancelled")
    return PaymentAttempt.objects.create(
        payment=payment, operator_reference=f"pay_{secrets.token_hex(12)}"
    )


@transaction.atomic
def payment_attempt_complete(
    *, attempt: PaymentAttempt, succeeded: bool, failure_reason: str = ""
) -> PaymentAttempt:
    """Record the operator's verdict; a repeated verdict for the same attempt is a no-op."""
    attempt = PaymentAttempt.objects.select_for_update().get(pk=attempt.pk)
    if attempt.status != AttemptStatus.PENDING:
        return attempt
    payment = (
        Payment.objects.select_for_update().select_related("order").get(pk=attempt.payment_id)
    )
    now = timezone.now()
    attempt.completed_at = now
    if payment.order.status == OrderStatus.CANCELLED:
        # The buyer paid after all, but the order is gone: the money goes back.
        attempt.status = AttemptStatus.SUCCEEDED if succeeded else AttemptStatus.FAILED
        attempt.failure_reason = "" if succeeded else (failure_reason or _("Declined"))
        attempt.save(update_fields=["status", "failure_reason", "completed_at"])
        if succeeded:
            payment.status, payment.paid_at = PaymentStatus.REFUNDED, now
            payment.save(update_fields=["status", "paid_at", "updated_at"])
        return attempt
    if succeeded:
        attempt.status = AttemptStatus.SUCCEEDED
        payment.status, payment.paid_at = PaymentStatus.PAID, now
        order_status = OrderStatus.PAID
    else:
        attempt.status = AttemptStatus.FAILED
        attempt.failure_reason = failure_reason or _("Declined by the payment operator")
        payment.status = PaymentStatus.FAILED
        order_status = OrderStatus.PAYMENT_FAILED
    attempt.save(update_fields=["status", "failure_reason", "completed_at"])
    payment.save(update_fields=["status", "paid_at", "updated_at"])
    Order.objects.filter(pk=payment.order_id).update(status=order_status, updated_at=now)
    return attempt
