"""A thread's denormalised state, kept by one set of functions (SPEC §9).

The thread row carries what the Message Center lists without reading messages: the unread
counters per side, the last delivered message with its time and whose turn it is, and
(PostgreSQL only) `search_document`, the stripped tsvector of its delivered text. All of
it is a function of the thread's messages, written here and nowhere else:

- `thread_refresh` recomputes everything from the messages (any change: a hidden message,
  a repair);
- `thread_message_delivered` is the cheap step every delivery takes (one UPDATE), equal
  in result to `thread_refresh` after that delivery (tests/messaging/test_threads.py
  checks it on random histories of deliveries, reads and hides, on SQLite and PostgreSQL);
- `thread_message_withdrawn` follows a delivered message that staff hid.

The definitions, in one place:

- unread by the buyer: delivered messages the buyer has not read that the seller wrote or
  an allowlisted courier or payment sender sent (`author` empty: mail for the buyer), and
  notices staff wrote into the conversation (channel `staff`, for both sides);
- unread by the seller: delivered messages the seller has not read that the buyer wrote,
  and staff notices;
- the last message: the delivered message latest by (created_at, id); `last_message_at`
  is its time (unchanged when no message is delivered any more);
- whose turn: the side of the latest delivered message that has an author (mail from a
  courier and a staff notice do not take a turn), empty when there is none;
- the search document: `strip(to_tsvector('marketplace_search', text))` of the delivered
  messages (the `simple` configuration after `unaccent`).

Callers hold the thread's row lock (`select_for_update`) in their transaction, as every
writer of a thread takes it before its messages' locks.
"""

from django.contrib.postgres.search import SearchVector, SearchVectorField
from django.db import connection, transaction
from django.db.models import (
    Case,
    Count,
    Exists,
    F,
    Func,
    OuterRef,
    Q,
    QuerySet,
    StringAgg,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Cast, Coalesce

from .models import Channel, Message, MessageState, Side, Thread

# The `simple` configuration with `unaccent` before it (migration 0015): a word typed
# without its diacritics finds the text with them ("zielinski" -> "Zieliński").
SEARCH_CONFIG = "marketplace_search"
# A notice staff wrote into the conversation: unread for both sides, nobody's turn.
STAFF_NOTICE = Q(channel=Channel.STAFF)


class Strip(Func):
    """`strip(tsvector)`: the lexemes without positions or weights (smaller, and equal
    whichever order the text was added in)."""

    function = "strip"
    output_field = SearchVectorField()


class TsVectorConcat(Func):
    """`a || b` of two tsvectors (their lexemes merged)."""

    template = "(%(expressions)s)"
    arg_joiner = " || "
    output_field = SearchVectorField()


def text_search_vector(expression) -> Strip:
    """The search document of a text expression, as the thread's document is built."""
    return Strip(SearchVector(expression, config=SEARCH_CONFIG))


def _empty_document() -> Cast:
    return Cast(Value(""), SearchVectorField())


def searches_documents() -> bool:
    """Whether this database keeps thread search documents (PostgreSQL's full text)."""
    return connection.vendor == "postgresql"


def _delivered(**filters) -> QuerySet[Message]:
    """The delivered messages of the outer query's thread."""
    return Message.objects.filter(
        thread_id=OuterRef("pk"), state=MessageState.DELIVERED, **filters
    )


def _count(messages) -> Coalesce:
    counted = messages.order_by().values("thread_id").annotate(n=Count("pk")).values("n")
    return Coalesce(Subquery(counted), Value(0))


def thread_state_expressions() -> dict:
    """The thread's denormalised columns as ORM expressions of its messages, for an
    UPDATE (or an annotation) of Thread rows: the definition `thread_refresh` writes."""
    latest = _delivered().order_by("-created_at", "-id")
    # An automatic answer (out of office) does not take the turn: nobody answered.
    latest_authored = latest.filter(author__isnull=False, automatic="").exclude(STAFF_NOTICE)
    side_of_latest_authored = latest_authored.annotate(
        side=Case(
            When(author_id=OuterRef("buyer_id"), then=Value(Side.BUYER)),
            default=Value(Side.SELLER),
        )
    )
    expressions = {
        "buyer_unread_count": _count(
            _delivered(buyer_read_at__isnull=True).filter(
                Q(author__isnull=True) | Q(author_id=OuterRef("seller_id")) | STAFF_NOTICE
            )
        ),
        "seller_unread_count": _count(
            _delivered(seller_read_at__isnull=True).filter(
                Q(author_id=OuterRef("buyer_id")) | STAFF_NOTICE
            )
        ),
        "last_message_id": Subquery(latest.values("pk")[:1]),
        "last_message_at": Coalesce(
            Subquery(latest.values("created_at")[:1]), F("last_message_at")
        ),
        "last_author_side": Coalesce(
            Subquery(side_of_latest_authored.values("side")[:1]), Value("")
        ),
        # The seller marked the last message with an author as needing no response.
        "reply_not_needed": Coalesce(
            Subquery(
                latest_authored.annotate(
                    waived=Case(
                        When(no_reply_needed_at__isnull=False, then=Value(True)),
                        default=Value(False),
                    )
                ).values("waived")[:1]
            ),
            Value(False),
        ),
    }
    if searches_documents():
        document = (
            _delivered()
            .order_by()
            .values("thread_id")
            .annotate(document=text_search_vector(StringAgg("text", delimiter=Value(" "))))
            .values("document")
        )
        expressions["search_document"] = Coalesce(Subquery(document), _empty_document())
    return expressions


def thread_refresh(*, thread_id: int) -> None:
    """Recompute the thread's counters, last message, turn and search document from its
    messages: one UPDATE, under the thread's row lock (taken here if the caller's
    transaction does not hold it yet)."""
    with transaction.atomic():
        Thread.objects.select_for_update().filter(pk=thread_id).values_list("pk").first()
        Thread.objects.filter(pk=thread_id).update(**thread_state_expressions())


def _recipient_side(*, thread: Thread, message: Message) -> str:
    """Mail from an allowlisted courier or payment sender (no author) is for the buyer."""
    if message.author_id is None or message.author_id == thread.seller_id:
        return Side.BUYER
    return Side.SELLER


def thread_message_delivered(*, thread: Thread, message: Message) -> None:
    """The thread follows a message just delivered: one UPDATE, the result of
    `thread_refresh`.

    `thread` is the thread locked by the caller's transaction (its last message as the
    lock found it), `message` the message already saved as delivered. The recipient's
    counter grows if they have not read it (a message hidden and released again may have
    been read); it becomes the last message if it is the latest delivered one (one
    released by staff or sent on after Allina may not be); it takes the turn if no
    delivered message with an author is later; its words join the search document.
    """
    staff_notice = message.channel == Channel.STAFF
    recipient = _recipient_side(thread=thread, message=message)
    # A new message brings an archived thread back to its recipient's inbox.
    updates = {f"{side}_archived": False for side in (Side.BUYER, Side.SELLER)}
    if not staff_notice:
        updates = {f"{recipient}_archived": False}
    for side in (Side.BUYER, Side.SELLER) if staff_notice else (recipient,):
        if getattr(message, f"{side}_read_at") is None:
            unread = f"{side}_unread_count"
            updates[unread] = F(unread) + 1
    newest = thread.last_message_id is None or (message.created_at, message.pk) > (
        thread.last_message_at,
        thread.last_message_id,
    )
    if newest:
        updates["last_message_id"] = message.pk
        updates["last_message_at"] = message.created_at
    if message.author_id is not None and not staff_notice and not message.automatic:
        side = Side.SELLER if recipient == Side.BUYER else Side.BUYER
        if newest:
            updates["last_author_side"] = side
            updates["reply_not_needed"] = False  # someone wrote again: the turn is open
        else:
            later_with_author = (
                Message.objects.filter(
                    thread_id=thread.pk,
                    state=MessageState.DELIVERED,
                    author__isnull=False,
                    automatic="",
                )
                .exclude(STAFF_NOTICE)
                .filter(
                    Q(created_at__gt=message.created_at)
                    | Q(created_at=message.created_at, pk__gt=message.pk)
                )
            )
            # Its side, unless a later delivered message with an author keeps the turn.
            updates["last_author_side"] = Case(
                When(Exists(later_with_author), then=F("last_author_side")),
                default=Value(side),
            )
    if searches_documents():
        updates["search_document"] = TsVectorConcat(
            F("search_document"), text_search_vector(Value(message.text))
        )
    Thread.objects.filter(pk=thread.pk).update(**updates)


def thread_message_withdrawn(*, thread: Thread, message: Message) -> None:
    """The thread follows a delivered message that is not delivered any more (hidden by
    staff): its counters, last message, turn and search document are recomputed."""
    thread_refresh(thread_id=thread.pk)
