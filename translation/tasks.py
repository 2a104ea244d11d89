"""Translation runs here, after the sender's transaction has committed."""

from celery import shared_task

from . import services
from .engines import RetryableEngineError

MAX_RETRIES = 6  # with backoff 2, 4, 8, ... s (jittered, at most 10 min): about 2 min in all


@shared_task(
    bind=True,
    acks_late=True,
    autoretry_for=(RetryableEngineError,),
    retry_backoff=2,
    retry_backoff_max=600,
    retry_jitter=True,
    max_retries=MAX_RETRIES,
    soft_time_limit=60,
    time_limit=90,
)
def message_translate(self, translation_id: int) -> bool:
    """Translate one delivered message. Idempotent: a finished translation is left alone.

    A temporary failure (timeout, 429, 5xx) is retried with exponential backoff; the last
    one, or a permanent failure, leaves the translation `failed`, shown as "translation
    unavailable" beside the original, which the recipient has had all along.
    """
    try:
        return services.message_translation_perform(translation_id=translation_id)
    except RetryableEngineError as error:
        if self.request.retries >= self.max_retries:
            services.message_translation_give_up(translation_id=translation_id, reason=str(error))
            return False
        raise


@shared_task(acks_late=True, soft_time_limit=120, time_limit=150)
def translations_retry_pending() -> int:
    """The periodic sweep: translations whose task never reached a worker run now."""
    pending = services.translations_pending_stale()
    for translation_id in pending:
        message_translate.delay(translation_id)
    return len(pending)


@shared_task(acks_late=True, soft_time_limit=120, time_limit=150)
def translations_email_overdue() -> int:
    """The periodic sweep: a message whose translation takes longer than
    TRANSLATION_EMAIL_WAIT_SECONDS is e-mailed as written, with a note."""
    overdue = services.translations_email_overdue()
    for message_id in overdue:
        services.message_email_without_translation(message_id=message_id)
    return len(overdue)
