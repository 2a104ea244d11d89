"""Side effects of account changes, run by Celery after the transaction commits."""

import smtplib

from celery import shared_task

from . import services


@shared_task(
    acks_late=True,
    autoretry_for=(smtplib.SMTPException, OSError),
    retry_backoff=30,
    retry_backoff_max=3600,
    max_retries=8,
    soft_time_limit=60,
    time_limit=90,
)
def seller_email_send_verification(address_id: int) -> bool:
    """Mail the verification link; a repeat only sends another valid link."""
    return services.seller_email_verification_send(address_id=address_id)
