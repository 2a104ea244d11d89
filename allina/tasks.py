"""Allina's Celery tasks: answer a held question, and the sweep for those never reached."""

import logging

from celery import shared_task
from celery.signals import worker_init

from . import services

logger = logging.getLogger(__name__)


@worker_init.connect
def classifier_load(**kwargs) -> None:
    """Load (or, on a fresh checkout, train) Allina's model once as the worker starts,
    before its pool forks: her first question is answered in milliseconds like the rest,
    never cut off by the task's time limit while the model is being built."""
    from .classifier import get_model

    try:
        get_model()
    except Exception:
        logger.exception("Allina's model could not be loaded; questions go to sellers")


@shared_task(acks_late=True, soft_time_limit=20, time_limit=30)
def question_answer(question_id: int) -> str:
    """Answer (or pass to the seller) one held question; a re-run changes nothing.

    If Allina herself fails (a bug, an unreadable model), the question goes to the seller:
    a buyer's question is never left waiting for her.
    """
    try:
        question = services.question_process(question_id=question_id)
    except Exception:
        logger.exception("Allina failed on question %s; passing it to the seller", question_id)
        question = services.question_process(
            question_id=question_id, deliver_only=True, reason="allina_failed"
        )
    return question.status if question is not None else "missing"


@shared_task(acks_late=True, soft_time_limit=120, time_limit=150)
def questions_sweep() -> dict[str, int]:
    """The periodic sweep: questions whose task never ran (the broker was down) are
    answered now, or passed to the seller when the buyer has waited too long."""
    return services.questions_sweep()
