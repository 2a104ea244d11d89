"""Side effects of messaging, run by Celery after the sender's transaction commits.

E-mail of delivered messages goes through the outbox (messaging/notifications.py,
outbox/tasks.py); nothing here sends mail.
"""

import logging

from celery import shared_task
from django.conf import settings
from django.db import transaction

from outbox import services as outbox_services

from . import services
from .models import Message
from .notifications import message_notification_enqueue

logger = logging.getLogger(__name__)


def retry_delay(retries: int) -> int:
    """Backoff after `retries` retries (0-based); message_rules.tasks still uses it until
    its blocked notice moves to the outbox."""
    return outbox_services.retry_delay(retries + 1)


@shared_task(acks_late=True, soft_time_limit=120, time_limit=150)
def messages_process_task(message_ids: list[int]) -> int:
    """The pipeline for relayed e-mails the relay stored (services.message_process), one
    transaction each; the relay hands them over in batches.

    Idempotent and safe to redeliver (`acks_late`): a processed message is skipped. A
    message whose processing fails stays waiting for the pipeline (logged; the others
    go on) and the periodic sweep hands it over again. Returns how many it processed.
    """
    processed = 0
    for message_id in message_ids:
        try:
            processed += services.message_process(message_id=message_id) is not None
        except Exception:
            if messages_process_task.request.is_eager and settings.EAGER_TASK_FAILURES_RAISE:
                raise
            logger.exception(
                "pipeline of relayed message %s failed; left for the sweep", message_id
            )
    return processed


# One sweep hands over at most this many (in tasks of 100): 50,000 messages lost at once
# (a broker down for an hour on a busy day) are all back within four runs, a minute.
PIPELINE_SWEEP_MAX = 20_000


@shared_task(acks_late=True, soft_time_limit=120, time_limit=150)
def messages_pipeline_sweep() -> int:
    """The periodic sweep: relayed mail that never reached the pipeline's task (the
    broker was down, a worker died under it) goes to it now. Returns how many."""
    handed_over, after_id = 0, 0
    while handed_over < PIPELINE_SWEEP_MAX:
        waiting = services.messages_awaiting_pipeline(after_id=after_id)
        if not waiting:
            break
        for start in range(0, len(waiting), 100):
            messages_process_task.delay(waiting[start : start + 100])
        handed_over += len(waiting)
        after_id = waiting[-1]
    return handed_over


@shared_task(acks_late=True, soft_time_limit=120, time_limit=150)
def messages_notify_pending() -> int:
    """The periodic safety net: a delivered message that has no e-mail yet gets its
    outbox row (which the outbox's own sweep sends if the broker is down). Returns how
    many it found."""
    pending = services.messages_pending_notification()
    for message in Message.objects.filter(pk__in=pending):
        with transaction.atomic():
            message_notification_enqueue(message=message)
    return len(pending)
