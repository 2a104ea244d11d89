"""Side effects of messaging, run by Celery after the sender's transaction commits."""

import logging
import random

from celery import shared_task
from django.conf import settings

from translation import services as translation_services

from . import services
from .relay import outbound

MAX_EMAIL_RETRIES = 10
RETRY_BASE_SECONDS = 30
RETRY_MAX_SECONDS = 3600
TRANSLATION_POLL_SECONDS = 5

logger = logging.getLogger(__name__)


def retry_delay(retries: int) -> int:
    """Exponential backoff with full jitter: 30 s, 60 s, 120 s, ... at most an hour."""
    return random.randint(1, min(RETRY_MAX_SECONDS, RETRY_BASE_SECONDS * 2**retries))  # noqa: S311


@shared_task(
    bind=True, acks_late=True, max_retries=MAX_EMAIL_RETRIES, soft_time_limit=60, time_limit=90
)
def message_notify(self, message_id: int, translation_waits: int = 0) -> bool:
    """E-mail a delivered message to the recipient's real address (messaging/relay/outbound.py).

    Temporary failures (4xx, connection errors, timeouts) are retried with exponential
    backoff; a permanent one (5xx) or the last retry marks the message failed, with the
    reason the writer sees. A re-run after success sends nothing; a redelivery after a
    lost worker sends again with the same Message-ID (see outbound.py on exactly-once).

    While the message's translation is pending, the task first waits for it (retrying
    itself every few seconds, up to TRANSLATION_EMAIL_WAIT_SECONDS after delivery; those
    waits are counted apart from the SMTP retries), then sends the translation and the
    original, or the original with a note. Nothing is claimed before that, so waiting
    changes nothing of the exactly-once guarantees.
    """
    wait = translation_services.email_wait_seconds(message_id=message_id)
    if wait > 0 and not self.request.is_eager:  # in-process, the translation ran already
        raise self.retry(
            countdown=min(wait, TRANSLATION_POLL_SECONDS),
            kwargs={"translation_waits": translation_waits + 1},
            max_retries=self.request.retries + 1,
        )
    smtp_retries = self.request.retries - translation_waits
    try:
        return outbound.message_email_send(message_id=message_id).sent
    except outbound.TemporaryFailure as failure:
        reason = str(failure)
        if smtp_retries >= self.max_retries:
            outbound.message_email_give_up(message_id=message_id, reason=reason)
            return False
        outbound.message_email_retrying(message_id=message_id, reason=reason)
        raise self.retry(
            countdown=retry_delay(smtp_retries),
            exc=failure,
            max_retries=self.max_retries + translation_waits,  # Celery counts all retries
        ) from failure


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


@shared_task(acks_late=True, soft_time_limit=120, time_limit=150)
def messages_notify_pending() -> int:
    """The periodic sweep: relayed mail that never reached the pipeline's task and e-mails
    that never reached the broker are enqueued now."""
    waiting = services.messages_awaiting_pipeline()
    for start in range(0, len(waiting), 100):
        messages_process_task.delay(waiting[start : start + 100])
    pending = services.messages_pending_notification()
    for message_id in pending:
        message_notify.delay(message_id)
    return len(waiting) + len(pending)
