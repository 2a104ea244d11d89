"""The pipeline every buyer–seller message passes before it reaches the other side.

SPEC §9: a message enters as `received`; each stage may stop it in a state of its own
(moderation: `blocked`; Allina: `answered_by_allina`), and a message that passes every
stage is `delivered`. Stages are plain functions listed in settings.MESSAGE_PIPELINE_STAGES
(dotted paths), run in order inside the sender's transaction:

    def stage(message: Message) -> StageResult | None: ...

Returning None lets the message go on. Side effects of a stage (an answer by Allina, a
notice to the writer) must be enqueued on commit, never performed inline.
"""

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from django.conf import settings
from django.utils.module_loading import import_string

from .models import Message, MessageState


@dataclass(frozen=True)
class StageResult:
    """A stage's decision to stop the message in `state`, with a reason for the writer."""

    state: MessageState
    reason: str = ""


Stage = Callable[[Message], StageResult | None]


@cache
def _stages(paths: tuple[str, ...]) -> tuple[Stage, ...]:
    return tuple(import_string(path) for path in paths)


def stages() -> tuple[Stage, ...]:
    return _stages(tuple(getattr(settings, "MESSAGE_PIPELINE_STAGES", ())))


def run(message: Message) -> StageResult:
    """The first stage that stops the message decides; otherwise it is delivered."""
    for stage in stages():
        result = stage(message)
        if result is not None:
            if result.state == MessageState.DELIVERED:
                raise ValueError(f"{stage!r}: a stage cannot deliver, only stop a message")
            return result
    return StageResult(MessageState.DELIVERED)
