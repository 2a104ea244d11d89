"""My Sales Quality, customer service: the seller's response figures and Allina's own.

SPEC §5 and the seed: Allina's answers do not count in the seller's customer-service
figures; only answers to questions sent to the seller directly do. Precisely:

- A **question** is a buyer's message delivered to the seller (state `delivered`, written
  by the thread's buyer) that starts a turn awaiting the seller: the party message
  delivered just before it in that thread (by delivery time) is the seller's, or there is
  none. Follow-ups the buyer sends before the seller answers belong to the same question.
  A question belongs to the period its delivery time falls in.
  That counts every buyer message Allina did not see (Allina off, e-mail), stayed silent on
  (abstained: delivered at once) or that the buyer sent on with [yes, send it] (delivered,
  timed from the click: `delivered_at` is when it reached the seller). Allina-resolved
  questions never reach the seller: [no thanks] leaves them `resolved`, an answer awaiting
  the buyer's choice `held`, and they are not counted.
  Mail from couriers or payment tools (no author) is not a party message.
- The **response** to a question is the seller's first message delivered in that thread
  after it; the **first-response time** is the time between the two deliveries.
- **Answered within 24 hours**: a response no later than 24 hours (inclusive) after the
  question. The share is taken over the questions that can be judged: answered ones, and
  unanswered ones at least 24 hours old. Unanswered questions younger than that are
  **awaiting a reply** and are left out of the share.
- The **median first-response time** is over the answered questions of the period (the
  mean of the two middle ones when their number is even); None without any.
- **No response needed**: an unanswered question whose buyer's latest message the seller
  marked so in the Message Center (`Message.no_reply_needed_at`). It is neither awaiting
  a reply nor late or unanswered, and not answered either: it is left out of the 24-hour
  share and of the median, and counted on its own. A buyer's message after the mark
  makes the question count again.

Allina's figures cover the questions she held in the period (`Question.created_at`): what
she answered, what the buyer closed with [no thanks] or sent on with [yes, send it], what
she stayed silent on, and per topic.

Everything is computed in the database with aggregates; the page costs a fixed number of
queries whatever the number of messages.
"""

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.db.models import (
    Count,
    DurationField,
    ExpressionWrapper,
    F,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
)
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.timesince import timesince

from accounts.models import User
from messaging.models import Message, MessageState

from .models import Question, QuestionChoice, QuestionStatus
from .settings_services import topic_label

PERIODS = (7, 30, 90)
DEFAULT_PERIOD = 30
ANSWER_WITHIN = timedelta(hours=24)
DASHBOARD_DAYS = 30
DASHBOARD_TOPICS = 5


@dataclass(frozen=True)
class ResponseFigures:
    """The seller's own figures over the last `days` days (see the module's definitions)."""

    days: int
    questions: int
    answered: int
    answered_within_24h: int
    awaiting_reply: int
    median_response: timedelta | None
    no_response_needed: int = 0

    @property
    def judged(self) -> int:
        """Questions the 24-hour share is taken over."""
        return self.questions - self.awaiting_reply - self.no_response_needed

    @property
    def share_within_24h(self) -> float | None:
        return self.answered_within_24h / self.judged if self.judged else None

    @property
    def percent_within_24h(self) -> int | None:
        share = self.share_within_24h
        return None if share is None else round(share * 100)

    @property
    def late_or_unanswered(self) -> int:
        return self.judged - self.answered_within_24h

    @property
    def median_response_text(self) -> str:
        """Like "3 hours, 20 minutes" in the active language ("0 minutes" under one)."""
        if self.median_response is None:
            return ""
        now = timezone.now()
        return timesince(now - self.median_response, now, depth=2)


@dataclass(frozen=True)
class TopicFigures:
    intent: str | None
    label: str
    held: int
    answered: int
    resolved: int
    escalated: int
    abstained: int


@dataclass(frozen=True)
class AllinaFigures:
    days: int
    held: int = 0  # every buyer question Allina saw or would have seen
    answered: int = 0  # she answered
    resolved: int = 0  # the buyer chose [no thanks]: it never reached the seller
    escalated: int = 0  # the buyer chose [yes, send it]
    awaiting_choice: int = 0  # answered, the buyer has not chosen yet
    abstained: int = 0  # she stayed silent: sent to the seller directly
    switched_off: int = 0  # Allina, or the topic, was off: sent to the seller directly
    topics: list[TopicFigures] = field(default_factory=list)


@dataclass(frozen=True)
class QualityFigures:
    days: int
    since: datetime
    responses: ResponseFigures
    allina: AllinaFigures


def _after() -> Q:
    """Delivered strictly after the outer message (ties broken by id)."""
    return Q(delivered_at__gt=OuterRef("delivered_at")) | Q(
        delivered_at=OuterRef("delivered_at"), pk__gt=OuterRef("pk")
    )


def _before() -> Q:
    return Q(delivered_at__lt=OuterRef("delivered_at")) | Q(
        delivered_at=OuterRef("delivered_at"), pk__lt=OuterRef("pk")
    )


def questions_to_seller(*, seller: User, since: datetime) -> QuerySet[Message]:
    """The questions sent to the seller directly and delivered since `since`, each with
    `response_at` (None while unanswered). One SQL statement when evaluated."""
    party_messages = Message.objects.filter(
        thread=OuterRef("thread"), state=MessageState.DELIVERED, author__isnull=False
    )
    previous_author = Subquery(
        party_messages.filter(_before()).order_by("-delivered_at", "-pk").values("author_id")[:1]
    )
    response_at = Subquery(
        party_messages.filter(_after(), author=seller)
        .order_by("delivered_at", "pk")
        .values("delivered_at")[:1]
    )
    # While unanswered, the buyer's latest message of the turn (this one or a follow-up):
    # when the seller marked it as needing no response.
    waived_at = Subquery(
        party_messages.filter(_after() | Q(pk=OuterRef("pk")), author=OuterRef("author"))
        .order_by("-delivered_at", "-pk")
        .values("no_reply_needed_at")[:1]
    )
    return (
        Message.objects.filter(
            thread__seller=seller,
            author=F("thread__buyer"),
            state=MessageState.DELIVERED,
            delivered_at__gte=since,
        )
        # The first message of a thread starts a turn too: no previous author reads as
        # the seller's turn having ended.
        .alias(
            previous_author=Coalesce(
                previous_author, Value(seller.pk), output_field=IntegerField()
            )
        )
        .filter(previous_author=seller.pk)
        .annotate(response_at=response_at, waived_at=waived_at)
    )


def response_figures(*, seller: User, days: int, now: datetime | None = None) -> ResponseFigures:
    """Two queries: the counts, then (only when something was answered) the middle
    response time or two, picked by the database's ordering."""
    now = now or timezone.now()
    questions = questions_to_seller(seller=seller, since=now - timedelta(days=days))
    # DISTINCT (the rows are distinct anyway: pk) makes Django aggregate over the query as
    # a derived table, so each question's response is looked up once, not once per count.
    counts = (
        questions.values("pk", "delivered_at", "response_at", "waived_at")
        .distinct()
        .aggregate(
            questions=Count("pk"),
            answered=Count("pk", filter=Q(response_at__isnull=False)),
            within=Count("pk", filter=Q(response_at__lte=F("delivered_at") + ANSWER_WITHIN)),
            awaiting=Count(
                "pk",
                filter=Q(
                    response_at__isnull=True,
                    waived_at__isnull=True,
                    delivered_at__gt=now - ANSWER_WITHIN,
                ),
            ),
            not_needed=Count("pk", filter=Q(response_at__isnull=True, waived_at__isnull=False)),
        )
    )
    answered = counts["answered"]
    median = None
    if answered:
        response_time = ExpressionWrapper(
            F("response_at") - F("delivered_at"), output_field=DurationField()
        )
        middle = list(
            questions.filter(response_at__isnull=False)
            .annotate(response_time=response_time)
            .order_by("response_time", "pk")
            .values_list("response_time", flat=True)[(answered - 1) // 2 : answered // 2 + 1]
        )
        median = sum(middle, timedelta()) / len(middle)
    return ResponseFigures(
        days=days,
        questions=counts["questions"],
        answered=answered,
        answered_within_24h=counts["within"],
        awaiting_reply=counts["awaiting"],
        median_response=median,
        no_response_needed=counts["not_needed"],
    )


def allina_figures(*, seller: User, days: int, now: datetime | None = None) -> AllinaFigures:
    """One grouped query: per topic, and the totals summed from the topics' rows."""
    now = now or timezone.now()
    rows = (
        Question.objects.filter(seller=seller, created_at__gte=now - timedelta(days=days))
        .values("intent")
        .annotate(
            held=Count("pk"),
            answered=Count("pk", filter=Q(status=QuestionStatus.ANSWERED)),
            resolved=Count("pk", filter=Q(choice=QuestionChoice.NO)),
            escalated=Count("pk", filter=Q(choice=QuestionChoice.YES)),
            awaiting_choice=Count(
                "pk", filter=Q(status=QuestionStatus.ANSWERED, choice=QuestionChoice.NONE)
            ),
            abstained=Count("pk", filter=Q(status=QuestionStatus.ABSTAINED)),
            switched_off=Count("pk", filter=Q(status=QuestionStatus.OFF)),
        )
        .order_by()
    )
    totals = dict.fromkeys(
        ("held", "answered", "resolved", "escalated", "awaiting_choice", "abstained"), 0
    )
    totals["switched_off"] = 0
    topics = []
    for row in rows:
        for key in totals:
            totals[key] += row[key]
        if row["answered"]:
            topics.append(
                TopicFigures(
                    intent=row["intent"],
                    label=topic_label(row["intent"]),
                    held=row["held"],
                    answered=row["answered"],
                    resolved=row["resolved"],
                    escalated=row["escalated"],
                    abstained=row["abstained"],
                )
            )
    topics.sort(key=lambda t: (-t.answered, t.label))
    return AllinaFigures(days=days, topics=topics, **totals)


def quality_figures(*, seller: User, days: int, now: datetime | None = None) -> QualityFigures:
    if days not in PERIODS:
        raise ValueError(f"days must be one of {PERIODS}")
    now = now or timezone.now()
    return QualityFigures(
        days=days,
        since=now - timedelta(days=days),
        responses=response_figures(seller=seller, days=days, now=now),
        allina=allina_figures(seller=seller, days=days, now=now),
    )


@dataclass(frozen=True)
class EscalatedTopic:
    intent: str
    label: str
    answered: int
    escalated: int

    @property
    def percent(self) -> int:
        return round(100 * self.escalated / self.answered) if self.answered else 0


def escalated_topics(
    *, seller: User, days: int = DASHBOARD_DAYS, limit: int = DASHBOARD_TOPICS, now=None
) -> list[EscalatedTopic]:
    """Topics buyers keep sending on to the seller with [yes, send it] after Allina's
    answer, most first, among the questions she answered in the last `days` days (one
    query). A topic that tops this list is one Allina's answer does not settle: worth a
    look at her answer, or at switching the topic off."""
    now = now or timezone.now()
    rows = (
        Question.objects.filter(
            seller=seller,
            status=QuestionStatus.ANSWERED,
            answered_at__gte=now - timedelta(days=days),
        )
        .values("intent")
        .annotate(
            answered=Count("pk"),
            escalated=Count("pk", filter=Q(choice=QuestionChoice.YES)),
        )
        .filter(escalated__gt=0)
        .order_by("-escalated", "-answered", "intent")[:limit]
    )
    return [
        EscalatedTopic(
            intent=row["intent"],
            label=topic_label(row["intent"]),
            answered=row["answered"],
            escalated=row["escalated"],
        )
        for row in rows
    ]
