"""Staff labels from the review queue feed the model's next training run.

A blocked message, or the message that tipped a suspicious conversation, that staff
*upheld* is a positive of the entry's first category; a blocked message staff *released*
is clean. `manage.py moderate
--train` reads them (`staff_examples`) beside the shipped corpus.
"""

from moderation.models import CaseKind, CaseStatus, ModerationCase

from .displayed import displayed_text
from .model import CLEAN


def staff_examples(limit: int = 20_000) -> list[tuple[str, str]]:
    examples: list[tuple[str, str]] = []
    cases = (
        ModerationCase.objects.filter(
            kind__in=(CaseKind.BLOCKED_MESSAGE, CaseKind.SUSPICIOUS_THREAD),
            status__in=(CaseStatus.UPHELD, CaseStatus.RELEASED),
        )
        .select_related("message")
        .order_by("-decided_at")[:limit]
    )
    for case in cases:
        text = displayed_text(case.message).strip()
        if not text:
            continue
        if case.status == CaseStatus.RELEASED:
            examples.append((text, CLEAN))
        elif case.categories:
            examples.append((text, case.categories[0]))
    return examples
