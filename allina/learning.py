"""How Allina learns (SPEC §5): the feedback around her questions, and staff labels.

- The buyer's choice after an answer ([yes, send it] / [no thanks]) is stored by the flow
  (`allina.services.question_choose`).
- The seller's reply to a question that reached them is recorded with it
  (`Question.seller_reply`, `seller_replied_at`) when the seller's next message in that
  thread is delivered, whenever that is (at once, or after staff released it): Allina's
  after-delivery hook `allina.stage.seller_reply_hook`.
- Staff label escalated questions in admin (`question_label`); `manage.py allina train`
  reads `Question.staff_label` (`allina.nlp.dataset.feedback_examples`), so a label is
  exactly an intent id, or `"null"` for a question Allina should leave alone.
"""

from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts.models import User
from core.exceptions import DomainError

from .models import Question, QuestionChoice, QuestionStatus
from .settings_services import INTENTS, topic_label

OUT_OF_SCOPE = "null"
LABELS = (*INTENTS, OUT_OF_SCOPE)


def label_choices() -> list[tuple[str, str]]:
    """What staff pick from: every topic id, and "null" (Allina should stay silent)."""
    return [
        ("", gettext_lazy("Not labelled")),
        *[(label, label_display(label)) for label in LABELS],
    ]


def label_display(label: str) -> str:
    if not label:
        return ""
    return f"{label} — {topic_label(label)}"


def escalated_questions() -> QuerySet[Question]:
    """Questions that reached a seller although Allina saw them: she stayed silent, or
    the buyer sent her answer on with [yes, send it]. What staff label."""
    return Question.objects.filter(
        Q(status=QuestionStatus.ABSTAINED) | Q(choice=QuestionChoice.YES)
    )


def question_label(*, question: Question, staff: User, label: str) -> Question:
    """Set (or, with "", clear) the staff label of a question, recording who and when.

    Only staff label; a label is an intent id or "null", anything else is refused and
    nothing changes.
    """
    if not (staff.is_active and staff.is_staff):
        raise DomainError(_("Only staff can label questions."), code="not_staff")
    if label and label not in LABELS:
        raise DomainError(
            _("%(label)s is not a topic id or “null”.") % {"label": label}, code="bad_label"
        )
    with transaction.atomic():
        question = Question.objects.select_for_update().get(pk=question.pk)
        if question.staff_label == label:
            return question
        question.staff_label = label
        question.labelled_by = staff if label else None
        question.labelled_at = timezone.now() if label else None
        question.save(update_fields=["staff_label", "labelled_by", "labelled_at"])
    return question


def questions_label(*, question_ids, staff: User, label: str) -> int:
    """The admin action: label several questions at once; returns how many changed."""
    changed = 0
    for question in Question.objects.filter(pk__in=list(question_ids)).order_by("pk"):
        before = question.staff_label
        if question_label(question=question, staff=staff, label=label).staff_label != before:
            changed += 1
    return changed
