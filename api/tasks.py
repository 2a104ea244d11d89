"""The seller API's Celery tasks: webhook deliveries and their sweep, and the sweep of
attachments declared but never uploaded."""

from celery import shared_task

from core.queue import enqueue

from . import webhooks


@shared_task(ignore_result=True)
def webhook_deliver(delivery_id: int) -> None:
    """One POST of a due delivery (a no-op when it is not due: idempotent)."""
    webhooks.delivery_attempt(delivery_id)


@shared_task(ignore_result=True)
def webhooks_sweep() -> int:
    """Every minute (CELERY_BEAT_SCHEDULE): deliveries whose retry is due, and first
    attempts a lost task never made."""
    due = webhooks.deliveries_due()
    for delivery_id in due:
        enqueue(webhook_deliver, delivery_id)
    return len(due)


@shared_task(ignore_result=True)
def uploads_sweep() -> int:
    """Every hour (CELERY_BEAT_SCHEDULE): attachments declared through the API that no
    message took within API_UPLOAD_GRACE_HOURS (bytes never uploaded, or uploaded and
    never sent) are deleted with their file."""
    from .services import uploads_abandoned_delete

    return uploads_abandoned_delete()
