"""Side effects of messaging, run by Celery after the sender's transaction commits."""

import random

from celery import shared_task

from . import services
from .relay import outbound

MAX_EMAIL_RETRIES = 10
RETRY_BASE_SECONDS = 30
RETRY_MAX_SECONDS = 3600


def retry_delay(retries: int) -> int:
    """Exponential backoff with full jitter: 30 s, 60 s, 120 s, ... at most an hour."""
    return random.randint(1, min(RETRY_MAX_SECONDS, RETRY_BASE_SECONDS * 2**retries))  # noqa: S311


@shared_task(
    bind=True, acks_late=True, max_retries=MAX_EMAIL_RETRIES, soft_time_limit=60, time_limit=90
)
def message_notify(self, message_id: int) -> bool:
    """E-mail a delivered message to the recipient's real address (messaging/relay/outbound.py).

    Temporary failures (4xx, connection errors, timeouts) are retried with exponential
    backoff; a permanent one (5xx) or the last retry marks the message failed, with the
    reason the writer sees. A re-run after success sends nothing; a redelivery after a
    lost worker sends again with the same Message-ID (see outbound.py on exactly-once).
    """
    try:
        return outbound.message_email_send(message_id=message_id).sent
    except outbound.TemporaryFailure as failure:
        reason = str(failure)
        if self.request.retries >= self.max_retries:
            outbound.message_email_give_up(message_id=message_id, reason=reason)
            return False
        outbound.message_email_retrying(message_id=message_id, reason=reason)
        raise self.retry(countdown=retry_delay(self.request.retries), exc=failure) from failure


@shared_task(acks_late=True, soft_time_limit=120, time_limit=150)
def messages_notify_pending() -> int:
    """The periodic sweep: e-mails that never reached the broker are enqueued now."""
    pending = services.messages_pending_notification()
    for message_id in pending:
        message_notify.delay(message_id)
    return len(pending)
