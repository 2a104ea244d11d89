"""Permission-scoped reads of Allina's questions: only the buyer who asked sees one here;
anyone else (the seller included) gets 404, as if it did not exist."""

from django.shortcuts import get_object_or_404

from accounts.models import User
from messaging.models import Message

from .models import Question


def question_get_for_buyer(*, user: User, question_id: int) -> Question:
    return get_object_or_404(
        Question.objects.select_related("message", "thread"), pk=question_id, buyer=user
    )


def question_message_for_buyer(*, user: User, question: Question) -> Message:
    """The question's message, ready for `messaging/_message.html` (author, attachments and
    the question itself in two queries)."""
    return (
        Message.objects.select_related("author", "allina_question")
        .prefetch_related("attachments")
        .get(pk=question.message_id, thread__buyer=user)
    )
