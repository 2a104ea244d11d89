"""The one path every message takes (SPEC §9): its states, the stages, the hooks.

    queued ──stages──► blocked (kept for staff; writer told why; staff release → queued)
       ├─ a stage holds it (Allina) ──► held ──► queued again past that stage, or resolved
       └─ otherwise ──► delivered ──after-delivery hooks──► translation, e-mail

Every channel stores a message as `queued` and takes it along the stages below: the web
(reply, HTMX, Ask a question), staff notices and later the API through
`messaging.services.message_submit`, in their request; relayed e-mail through
`message_accept` (before the relay's 250), then `message_process` in a task. Messaging knows the
stages only by name: the plug-in apps register them from their `AppConfig.ready()`, and
`STAGE_ORDER` is the one place that says in which order they run — the same list in tests
and production (a system check refuses a registry that does not match it).

A stage is a plain function `(*, message, context) -> Decision`. It decides; it never
raises for a business outcome (an exception is a bug, and rolls the message back). Side
effects of a stage (a question for Allina, a notice) are enqueued on commit.

After-delivery hooks `(*, message, delivery) -> None` run in the delivering transaction,
in registration order; `delivery.defer_notification()` tells messaging that the hook will
ask for the recipient's e-mail itself later (translation does, once the text is ready).
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

from django.core import checks

from .models import Message, MessageState, Thread

# The order the stages run in. Names, not imports: the apps that own them register them.
STAGE_ORDER: tuple[str, ...] = (
    "suspension",  # moderation: a sender suspended by staff is stopped first
    "message_rules",  # message_rules: what breaks the rules of SPEC §6 is blocked
    "allina",  # allina: a buyer's web question is held while she answers it
)

# The transitions a message may take, and the only ones (`transition_check`).
TRANSITIONS: dict[str, frozenset[str]] = {
    MessageState.QUEUED: frozenset(
        {MessageState.HELD, MessageState.BLOCKED, MessageState.DELIVERED}
    ),
    # [yes, send it] or Allina passing it on (queued again), [no thanks] (resolved).
    MessageState.HELD: frozenset({MessageState.QUEUED, MessageState.RESOLVED}),
    # Staff release a wrongly blocked message: it takes the path again.
    MessageState.BLOCKED: frozenset({MessageState.QUEUED}),
    # Staff uphold a report: the recipient no longer sees it.
    MessageState.DELIVERED: frozenset({MessageState.BLOCKED}),
    MessageState.RESOLVED: frozenset(),
}


class IllegalTransition(Exception):
    """A bug: some code tried to move a message along a path SPEC §9 does not have."""


def transition_check(*, current: str, new: str) -> None:
    if new not in TRANSITIONS[current]:
        raise IllegalTransition(f"a message cannot go from {str(current)!r} to {str(new)!r}")


class Outcome(StrEnum):
    CONTINUE = "continue"
    HOLD = "hold"
    BLOCK = "block"


@dataclass(frozen=True)
class Decision:
    """What a stage decided. `reason` is for the writer, in their language; `findings`
    are (category, detail) pairs for staff."""

    outcome: Outcome
    reason: str = ""
    findings: tuple[tuple[str, str], ...] = ()
    stage: str = ""

    @property
    def state(self) -> str:
        return {
            Outcome.CONTINUE: MessageState.DELIVERED,
            Outcome.HOLD: MessageState.HELD,
            Outcome.BLOCK: MessageState.BLOCKED,
        }[self.outcome]


CONTINUE = Decision(Outcome.CONTINUE)


def hold(reason: str = "") -> Decision:
    return Decision(Outcome.HOLD, reason)


def block(reason: str, findings: tuple[tuple[str, str], ...] = ()) -> Decision:
    return Decision(Outcome.BLOCK, reason, tuple(findings))


@dataclass(frozen=True)
class StageContext:
    """What every stage may read besides the message (the thread is locked)."""

    thread: Thread
    # Stages this run goes past: the buyer's [yes, send it] goes past "allina", a staff
    # release past "message_rules" (staff judged the text). Suspension is never skipped.
    past: frozenset[str] = frozenset()
    # True when a held or blocked message takes the path again (`message_release`).
    again: bool = False


@dataclass
class Delivery:
    """Handed to the after-delivery hooks of one delivered message."""

    thread: Thread
    notification_deferred: bool = field(default=False)

    def defer_notification(self) -> None:
        self.notification_deferred = True


Stage = Callable[..., Decision]
Hook = Callable[..., None]

_stages: dict[str, Stage] = {}
_hooks: list[tuple[str, Hook]] = []


def register_stage(name: str, stage: Stage) -> None:
    """Called by a plug-in's AppConfig.ready(); `name` must be listed in STAGE_ORDER."""
    if name not in STAGE_ORDER:
        raise ValueError(f"stage {name!r} is not in messaging.pipeline.STAGE_ORDER")
    _stages[name] = stage


def register_after_delivery(name: str, hook: Hook) -> None:
    """Called by a plug-in's AppConfig.ready(); hooks run in registration order (the
    order of INSTALLED_APPS)."""
    if name not in {existing for existing, _hook in _hooks}:
        _hooks.append((name, hook))


def stages() -> list[tuple[str, Stage]]:
    return [(name, _stages[name]) for name in STAGE_ORDER if name in _stages]


def after_delivery_hooks() -> list[tuple[str, Hook]]:
    return list(_hooks)


def run(*, message: Message, context: StageContext) -> Decision:
    """The first stage that does not let the message go on decides."""
    for name, stage in stages():
        if name in context.past:
            continue
        decision = stage(message=message, context=context)
        if not isinstance(decision, Decision):
            raise TypeError(f"stage {name!r} returned {decision!r}, not a Decision")
        if decision.outcome != Outcome.CONTINUE:
            return Decision(decision.outcome, decision.reason, decision.findings, name)
    return CONTINUE


@checks.register()
def stages_registered(app_configs=None, **kwargs) -> list[checks.CheckMessage]:
    missing = [name for name in STAGE_ORDER if name not in _stages]
    return [
        checks.Error(
            f"message pipeline stage {name!r} is not registered",
            hint="Its app registers it in AppConfig.ready(); is the app installed?",
            id="messaging.E001",
        )
        for name in missing
    ]
