"""Allina's flow: hold a buyer's question, answer it or pass it on, record the buyer's choice.

    buyer's web message ──stage──► Question(pending), message `held`
        └─ task (on commit) ──► question_process
               ├─ Allina off / topic off / abstains / data missing ──► the message takes
               │      the path again past her stage (`message_release`): to the seller
               └─ answer composed ──► still `held`, the buyer sees her answer
                      ├─ [yes, send it] ──► the path again past her stage (the seller sees
                      │      Allina's answer too; a suspension or the rules still apply)
                      └─ [no thanks] ──► `resolved` (`message_resolve`), never reaches the seller

Messaging owns the message's state: this module calls its services and never writes a
message or a thread itself. Every step returns early when its work is already done, so a
retried task, a sweep running beside a late worker, or a double click change nothing twice.
"""

import logging
from collections.abc import Callable
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _

from accounts.models import CommunicationSettings, User
from core import events
from core.exceptions import DomainError
from core.queue import enqueue_on_commit
from messaging import services as messaging_services
from messaging.models import Channel, Message, MessageState

from . import answers
from .models import Question, QuestionChoice, QuestionStatus, TopicSetting

logger = logging.getLogger(__name__)

# A question Allina is done with takes the path again past her stage (SPEC §9).
PAST_ALLINA = frozenset({"allina"})


def allina_enabled_for(*, seller: User) -> bool:
    """The seller's global switch in Communication settings (on when never set)."""
    enabled = (
        CommunicationSettings.objects.filter(user=seller)
        .values_list("allina_enabled", flat=True)
        .first()
    )
    return True if enabled is None else enabled


def topic_enabled_for(*, seller: User | int, intent: str) -> bool:
    """The seller's per-topic switch (on when there is no row)."""
    enabled = (
        TopicSetting.objects.filter(seller=seller, intent=intent)
        .values_list("enabled", flat=True)
        .first()
    )
    return True if enabled is None else enabled


def is_buyer_question(message: Message) -> bool:
    """A message Allina looks at: written on the web by the thread's buyer.

    E-mail from the buyer is not: SPEC §5 names the Message Center and Ask a question, and
    a buyer writing from their mailbox would never see her answer or the two buttons.
    """
    thread = message.thread
    return (
        message.channel == Channel.WEB
        and message.author_id is not None
        and message.author_id == thread.buyer_id
    )


def question_hold(*, message: Message) -> Question:
    """Called by the pipeline stage inside the sender's transaction: the question waits
    for Allina; her task is enqueued after commit."""
    from .tasks import question_answer

    thread = message.thread
    question = Question.objects.create(
        message=message,
        thread=thread,
        seller_id=thread.seller_id,
        buyer_id=thread.buyer_id,
        status=QuestionStatus.PENDING,
        created_at=message.created_at,
    )
    enqueue_on_commit(question_answer, question.pk)
    return question


def question_record_off(*, message: Message) -> Question:
    """Allina is switched off for this seller: the question is kept for the figures, and
    the message goes straight on."""
    thread = message.thread
    return Question.objects.create(
        message=message,
        thread=thread,
        seller_id=thread.seller_id,
        buyer_id=thread.buyer_id,
        status=QuestionStatus.OFF,
        created_at=message.created_at,
    )


def seller_reply_record(*, message: Message) -> int:
    """The seller writes in a thread: that is the reply to the questions that reached them
    and still wait for one (feedback Allina learns from). Returns how many it answered."""
    return Question.objects.filter(
        thread_id=message.thread_id,
        seller_reply__isnull=True,
        created_at__lte=message.created_at,
        message__state=MessageState.DELIVERED,
    ).update(seller_reply=message, seller_replied_at=message.created_at)


def _classifier() -> Callable:
    return import_string(getattr(settings, "ALLINA_CLASSIFIER", "allina.classifier.classify"))


def question_process(
    *, question_id: int, deliver_only: bool = False, reason: str = "timeout"
) -> Question | None:
    """Allina's work on one held question; harmless to run again.

    `deliver_only` passes the question to the seller without answering, for `reason`: the
    sweep does that when a question waited too long (the buyer has left, an answer would
    come late), the task when Allina herself failed.
    """
    with transaction.atomic():
        question = (
            Question.objects.select_for_update()
            .select_related("message", "thread", "buyer")
            .filter(pk=question_id)
            .first()
        )
        if question is None or question.status != QuestionStatus.PENDING:
            return question
        message = question.message
        now = timezone.now()
        if deliver_only:
            return _pass_to_seller(question, QuestionStatus.ABSTAINED, {"reason": reason})
        prediction = _classifier()(message.text)
        question.language = prediction.language or ""
        question.intent = str(prediction.intent) if prediction.intent is not None else None
        question.confidence = float(prediction.confidence)
        if not allina_enabled_for(seller=question.seller_id):
            return _pass_to_seller(question, QuestionStatus.OFF, {"reason": "allina_off"})
        if prediction.intent is None:
            return _pass_to_seller(question, QuestionStatus.ABSTAINED, {"reason": "not_sure"})
        if not topic_enabled_for(seller=question.seller_id, intent=prediction.intent):
            return _pass_to_seller(question, QuestionStatus.OFF, {"reason": "topic_off"})
        language = answers.answer_language(detected=prediction.language, buyer=question.buyer)
        answer = answers.compose(
            intent=prediction.intent,
            thread=question.thread,
            language=language,
            text=message.text,
            now=now,
        )
        if answer is None:
            return _pass_to_seller(question, QuestionStatus.ABSTAINED, {"reason": "no_data"})
        question.status = QuestionStatus.ANSWERED
        question.answer_text = answer.text
        question.answer_facts = {**answer.facts(), "language": language}
        question.answered_at = now
        question.save(
            update_fields=[
                "language",
                "intent",
                "confidence",
                "status",
                "answer_text",
                "answer_facts",
                "answered_at",
            ]
        )
        messaging_services.message_answer_by_bot(
            message=message, note=_("Allina answered this question.")
        )
        # For the seller's tools (the API's journal): a topic, never the buyer's text.
        events.announce(
            "question.answered_by_allina",
            user_id=question.seller_id,
            thread_id=question.thread_id,
            intent=question.intent,
        )
    return question


def _pass_to_seller(question: Question, status: str, facts: dict) -> Question:
    """Allina stays silent: the message goes on as if she were not there."""
    question.status = status
    question.answer_facts = facts
    question.save(update_fields=["language", "intent", "confidence", "status", "answer_facts"])
    messaging_services.message_release(message=question.message, past=PAST_ALLINA)
    return question


def question_choose(*, question: Question, buyer: User, choice: str) -> Question:
    """The buyer's [yes, send it] or [no thanks] on Allina's answer; the first click counts.

    Yes delivers the question to the seller (who sees Allina's answer beside it); no
    resolves it and the seller is never asked.
    """
    if choice not in (QuestionChoice.YES, QuestionChoice.NO):
        raise DomainError(_("Choose “Yes, send it” or “No thanks”."), code="invalid_choice")
    with transaction.atomic():
        question = (
            Question.objects.select_for_update().select_related("message").get(pk=question.pk)
        )
        if question.buyer_id != buyer.pk:
            raise DomainError(_("This is not your question."), code="not_buyer")
        if question.choice:
            return question  # a double click, or the other button after the first
        if question.status != QuestionStatus.ANSWERED:
            raise DomainError(_("Allina has not answered this question."), code="not_answered")
        question.choice = choice
        question.chosen_at = timezone.now()
        question.save(update_fields=["choice", "chosen_at"])
        if choice == QuestionChoice.YES:
            messaging_services.message_release(message=question.message, past=PAST_ALLINA)
        else:
            messaging_services.message_resolve(message=question.message)
    return question


def questions_overdue(*, older_than_seconds: int) -> list[int]:
    """Pending questions older than that (the broker was down, or a worker was lost)."""
    cutoff = timezone.now() - timedelta(seconds=older_than_seconds)
    return list(
        Question.objects.filter(status=QuestionStatus.PENDING, created_at__lt=cutoff)
        .order_by("created_at")
        .values_list("pk", flat=True)[:500]
    )


def questions_sweep() -> dict[str, int]:
    """Questions Allina's task never reached: answered now if the buyer may still be
    waiting (ALLINA_ANSWER_WITHIN_SECONDS), otherwise passed to the seller."""
    answer_within = settings.ALLINA_ANSWER_WITHIN_SECONDS
    counts = {"answered": 0, "delivered": 0}
    for question_id in questions_overdue(older_than_seconds=settings.ALLINA_SWEEP_AFTER_SECONDS):
        created_at = Question.objects.filter(pk=question_id).values_list("created_at", flat=True)
        too_late = created_at and timezone.now() - created_at[0] > timedelta(seconds=answer_within)
        try:
            question = question_process(question_id=question_id, deliver_only=bool(too_late))
        except Exception:
            # Allina failed on this one (a bug, a missing model): the seller gets it.
            logger.exception("Allina failed on question %s; passing it to the seller", question_id)
            question = question_process(
                question_id=question_id, deliver_only=True, reason="allina_failed"
            )
        if question is not None and question.status == QuestionStatus.ANSWERED:
            counts["answered"] += 1
        else:
            counts["delivered"] += 1
    return counts
