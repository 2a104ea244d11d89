"""Side effects of messaging, run by Celery after the sender's transaction commits."""

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
def message_notify(message_id: int) -> bool:
    """E-mail the recipient about a new message; re-running it sends nothing twice."""
    return services.message_notify_recipient(message_id=message_id)


@shared_task(acks_late=True, soft_time_limit=120, time_limit=150)
def messages_notify_pending() -> int:
    """The periodic sweep: notifications that never reached the broker are sent now."""
    pending = services.messages_pending_notification()
    for message_id in pending:
        message_notify.delay(message_id)
    return len(pending)
