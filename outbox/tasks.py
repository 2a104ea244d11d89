"""The one task that sends e-mail, and the sweep that makes sure it runs."""

from celery import shared_task
from django.utils import timezone

from core.queue import enqueue

from . import services
from .models import EmailStatus


@shared_task(bind=True, acks_late=True, max_retries=None, soft_time_limit=60, time_limit=90)
def outbox_send(self, email_id: int) -> bool:
    """Send one outbox row; True when this run sent it.

    Idempotent: a sent or failed row is left alone, and a row another worker is sending
    is skipped. A temporary failure is retried at the row's next_attempt_at (backoff with
    jitter): by this task when that is within a minute, else by the sweep; the attempts
    are counted on the row, so the sweep's runs count too. Run
    in-process (no broker: the demo, most tests) it does not wait for the retry: the row
    stays `retrying` and the sweep sends it when it is due.
    """
    email = services.email_send(email_id=email_id)
    if email is not None and email.status == EmailStatus.RETRYING and not self.request.is_eager:
        countdown = max(0.0, (email.next_attempt_at - timezone.now()).total_seconds())
        if countdown <= services.RETRY_IN_WORKER_MAX_SECONDS:
            raise self.retry(countdown=countdown)
    return email is not None and email.status == EmailStatus.SENT


@shared_task(acks_late=True, soft_time_limit=120, time_limit=150)
def outbox_sweep() -> int:
    """The periodic sweep: overdue rows (never enqueued, worker lost) are enqueued again,
    batch after batch until none is left (#17: a backlog of 1,368 took three runs), up to
    `SWEEP_MAX` a run. Returns how many it enqueued."""
    enqueued, after = 0, None
    while enqueued < SWEEP_MAX:
        due = services.emails_due(after=after)
        if not due:
            break
        ids = [email_id for _at, email_id in due]
        for start in range(0, len(ids), SWEEP_TASK_ROWS):
            if not enqueue(outbox_send_many, ids[start : start + SWEEP_TASK_ROWS]):
                return enqueued  # the broker is down: the next run tries again
            enqueued += len(ids[start : start + SWEEP_TASK_ROWS])
        after = due[-1]
    return enqueued


@shared_task(acks_late=True, soft_time_limit=240, time_limit=270)
def outbox_send_many(email_ids: list[int]) -> int:
    """The sweep's task: one attempt at each row, in turn (a row being sent elsewhere is
    skipped; a row to retry later is left to the next sweep). Returns how many were sent.
    One task per `SWEEP_TASK_ROWS` rows: publishing a task costs ~1.4 ms of Celery's
    time, so a task per row made the sweep hand over ~700 rows/s."""
    sent = 0
    for email_id in email_ids:
        email = services.email_send(email_id=email_id)
        sent += email is not None and email.status == EmailStatus.SENT
    return sent


SWEEP_TASK_ROWS = 20
# Rows one run enqueues at most (about 2 s of publishing): a larger backlog is taken
# by the next runs, every 15 s.
SWEEP_MAX = 20_000
