"""Side effects of orders, run by Celery after the buyer's transaction commits."""

import smtplib

from celery import shared_task

from . import services


@shared_task(
    acks_late=True,
    autoretry_for=(smtplib.SMTPException, OSError),
    retry_backoff=30,
    retry_backoff_max=3600,
    max_retries=10,
    soft_time_limit=60,
    time_limit=90,
)
def order_notify_seller(order_id: int) -> bool:
    """E-mail the seller the buyer's details and chosen delivery; a re-run sends nothing."""
    return services.order_seller_notify(order_id=order_id)


@shared_task(acks_late=True, soft_time_limit=120, time_limit=150)
def orders_notify_seller_pending() -> int:
    """The periodic sweep: seller e-mails that never reached the broker are sent now."""
    pending = services.orders_pending_seller_notification()
    for order_id in pending:
        order_notify_seller.delay(order_id)
    return len(pending)
