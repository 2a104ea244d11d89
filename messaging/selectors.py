"""Permission-scoped reads of threads, messages and attachments.

A user sees only threads they are a party to; in them, every delivered message and their
own messages in any state. Anything else is a 404, as if it did not exist.
"""

import functools
import hashlib
import operator
import re
from dataclasses import dataclass, field
from datetime import datetime

from django.contrib.postgres.search import SearchQuery, SearchVector
from django.db import connection
from django.db.models import (
    Exists,
    Func,
    Model,
    OuterRef,
    Q,
    QuerySet,
    TextField,
)
from django.http import Http404
from django.shortcuts import get_object_or_404

from accounts.identifiers import TRANSACTION_ID_RE
from accounts.models import User
from core.paging import Cursor
from core.rows import converter, loader
from core.text import fold_accents
from orders.models import Order, OrderLine, photo_address

from .listversion import list_version
from .models import Attachment, Channel, Message, MessageState, Thread
from .threads import SEARCH_CONFIG, searches_documents

__all__ = ["Cursor"]  # the keyset cursor of every list page (core.paging)

THREADS_PER_PAGE = 25
MESSAGES_PER_PAGE = 25  # the latest ones; "Show earlier messages" loads the page before
_WORD = re.compile(r"\w+", re.UNICODE)


class ThreadFilter:
    ALL = ""
    UNREAD = "unread"
    AWAITING = "awaiting"
    ORDER = "order"
    OFFER = "offer"
    ARCHIVED = "archived"
    # The seller's side only (assignment, messaging.assignment): the person signed in
    # (a team member's own login) and nobody.
    MINE = "mine"
    UNASSIGNED = "unassigned"
    CHOICES = (ALL, UNREAD, AWAITING, ORDER, OFFER, ARCHIVED, MINE, UNASSIGNED)
    SELLER_ONLY = (MINE, UNASSIGNED)


def _list_sides(user: User, filter: str) -> list[str]:
    """The sides the list walks: the account's (`User.sides`), the seller's alone for
    the assignment filters."""
    if filter in ThreadFilter.SELLER_ONLY:
        return [side for side in user.sides if side == "seller"]
    return list(user.sides)


def party_condition(user: User, prefix: str = "") -> Q:
    """The threads `user` is a party to, on the sides they work on (`User.sides`: a team
    member's seat reaches the seller's side only, never the owner's own purchases)."""
    return functools.reduce(operator.or_, (Q(**{f"{prefix}{side}": user}) for side in user.sides))


def isparty_condition(user: User, thread) -> bool:
    """`_party` for a thread already read: the user is its buyer or seller, on a side
    they work on."""
    return any(user.pk == getattr(thread, f"{side}_id") for side in user.sides)


def threads_for_user(*, user: User) -> QuerySet[Thread]:
    """Threads the user is a party to, newest activity first."""
    return Thread.objects.filter(party_condition(user)).select_related(
        "buyer", "seller", "order", "offer"
    )


def thread_get_for_user(*, user: User, thread_id: int) -> Thread:
    """A thread its buyer or seller may open; anyone else gets 404.

    Fetched by primary key and checked here: the same answer as filtering on
    `buyer = user OR seller = user`, in a query that is cheaper to build and to plan.
    """
    try:
        thread = Thread.objects.select_related("buyer", "seller", "order", "offer").get(
            pk=thread_id
        )
    except Thread.DoesNotExist:
        thread = None
    if thread is None or not isparty_condition(user, thread):
        raise Http404("No such conversation.")
    return thread


def visible_messages(*, user: User) -> Q:
    return Q(state=MessageState.DELIVERED) | Q(author=user)


def message_get_for_user(*, user: User, message_id: int) -> Message:
    return get_object_or_404(
        Message.objects.select_related("thread", "author")
        .filter(party_condition(user, "thread__"))
        .filter(visible_messages(user=user)),
        pk=message_id,
    )


def attachment_get_for_user(*, user: User, attachment_id: int) -> Attachment:
    """An attachment of a message the user may see, in a thread they are a party to."""
    return get_object_or_404(
        Attachment.objects.select_related("message")
        .filter(party_condition(user, "message__thread__"))
        .filter(Q(message__state=MessageState.DELIVERED) | Q(message__author=user)),
        pk=attachment_id,
    )


def thread_get_for_page(*, user: User, thread_id: int) -> Thread:
    """`thread_get_for_user` for the thread page and its poll, in one plain statement.

    The thread's own columns, the other party as much as the page shows of them (id,
    username, sender id, registration marketplace), the order's number or the offer's
    title: a join and two lookups by primary key, no ORM query to build (compiling the
    four joins of `thread_get_for_user` cost more CPU than PostgreSQL spent running them).
    The viewer's side is `user` itself. The order and the offer carry only what the page
    reads (other fields load on first use); the reply goes through `thread_get_for_user`,
    whose parties the services read in full.
    """
    if not _id_in_range(Thread, thread_id):  # the ORM's lookup: no row; SQLite: an error
        raise Http404("No such conversation.")
    thread_columns, make_thread = loader(Thread, "t", _THREAD_FIELDS)
    party_columns, make_party = loader(User, "p", _PARTY_FIELDS)
    order_model = Thread._meta.get_field("order").related_model
    offer_model = Thread._meta.get_field("offer").related_model
    sql = (
        f"SELECT {', '.join(thread_columns + party_columns)},"  # noqa: S608
        f" (SELECT o.transaction_id FROM {_table(order_model)} o WHERE o.id = t.order_id),"
        f" (SELECT f.title FROM {_table(offer_model)} f WHERE f.id = t.offer_id)"
        f" FROM {_table(Thread)} t"
        f" JOIN {_table(User)} p"
        "  ON p.id = CASE WHEN t.buyer_id = %s THEN t.seller_id ELSE t.buyer_id END"
        " WHERE t.id = %s"
    )  # table names from the models, every value a parameter
    with connection.cursor() as cursor:
        cursor.execute(sql, [user.pk, thread_id])
        row = cursor.fetchone()
    if row is None:
        raise Http404("No such conversation.")
    thread = make_thread(row[: len(thread_columns)])
    if not isparty_condition(user, thread):
        raise Http404("No such conversation.")
    other = make_party(row[len(thread_columns) : -2])
    transaction_id, title = row[-2:]
    Thread.buyer.field.set_cached_value(thread, user if user.pk == thread.buyer_id else other)
    Thread.seller.field.set_cached_value(thread, other if user.pk == thread.buyer_id else user)
    order = offer = None
    if thread.order_id:  # a thread's parties are its order's (thread_get_or_create)
        order = order_model.from_db(
            connection.alias,
            ["id", "transaction_id", "buyer_id", "seller_id"],
            [thread.order_id, transaction_id, thread.buyer_id, thread.seller_id],
        )
    if thread.offer_id:
        offer = offer_model.from_db(connection.alias, ["id", "title"], [thread.offer_id, title])
    Thread.order.field.set_cached_value(thread, order)
    Thread.offer.field.set_cached_value(thread, offer)
    return thread


_PARTY_FIELDS = ("id", "username", "sender_id", "registration_marketplace")
# A thread's columns but its search document (only the search's WHERE reads it; the
# field is deferred as Thread.objects defers it).
_THREAD_FIELDS = tuple(
    f.attname for f in Thread._meta.concrete_fields if f.attname != "search_document"
)


class Fetched(list):
    """A message's attachments or translations, read as `message.attachments.all`."""

    def all(self) -> "Fetched":
        return self


@dataclass(frozen=True, slots=True)
class Author:
    pk: int
    username: str


_CHANNEL_LABELS = dict(Channel.choices)
_STATE_LABELS = dict(MessageState.choices)


@dataclass(slots=True)
class MessageRow:
    """A message as the thread view shows it, without a model instance.

    It reads like a `Message` where messaging/_message.html reads one (`author.username`,
    `attachments.all`, `get_state_display`, ...); `attachments` and `translations` (the
    viewer's only) are fetched only for the messages that have some. `fragment_key` and
    `article` are the view's (its cached rendering).
    """

    pk: int
    author_id: int | None
    author: Author | None
    text: str
    html: str
    channel: str
    state: str
    created_at: datetime
    email_status: str
    email_error: str
    sender_address: str
    stop_reason: str  # what its writer was told when a stage stopped it
    automatic: str  # an out-of-office answer or other robot's mail (relay/automatic.py)
    has_attachments: bool
    has_translations: bool
    allina_question: Model | None
    written_by: str = ""  # the shop's team member who wrote it, for the seller's side
    attachments: Fetched = field(default_factory=Fetched)
    translations: Fetched = field(default_factory=Fetched)
    fragment_key: str = ""
    article: str = ""

    @property
    def id(self) -> int:
        return self.pk

    @property
    def has_allina_question(self) -> bool:
        return self.allina_question is not None

    def get_channel_display(self):
        return _CHANNEL_LABELS.get(self.channel, self.channel)

    def get_state_display(self):
        return _STATE_LABELS.get(self.state, self.state)


# The rows the thread view shows under a message for its viewer, kept by a plug-in: the
# translation app registers its model from AppConfig.ready() (a model with `message` and
# `recipient` foreign keys), so messaging imports nothing of it.
_translation_model: type[Model] | None = None


def register_translations(model: type[Model]) -> None:
    global _translation_model
    _translation_model = model


def thread_messages(
    *, thread: Thread, user: User, after_id: int | None = None, before_id: int | None = None
) -> list[MessageRow]:
    """The latest page of a thread's messages (or those after/before a message), in order.

    Each comes with its author's name, Allina's question (if it is one) and whether it has
    attachments or translations for `user` (the only ones the thread view shows); those
    are fetched only for the messages that have some, so a page without any costs one
    query. The messages are read in one plain statement into `MessageRow`s: building the
    ORM query and 25 model instances cost more CPU than the rest of the page's data.
    """
    # A position beyond any id: nothing after it, everything before it (as the ORM's
    # lookups answer; SQLite refuses such an integer as a parameter).
    if after_id is not None and not _id_in_range(Message, after_id):
        return []
    if before_id is not None and not _id_in_range(Message, before_id):
        before_id = None
    translated, translated_params = "FALSE", []
    if _translation_model is not None:
        translated = (
            f"EXISTS (SELECT 1 FROM {_table(_translation_model)} x"  # noqa: S608
            " WHERE x.message_id = m.id AND x.recipient_id = %s)"
        )
        translated_params = [user.pk]
    question_model = Message.allina_question.related.related_model
    question_columns, make_question = loader(question_model, "q")
    created_at = converter([Message._meta.get_field("created_at")])
    sql = (
        "SELECT m.id, m.author_id, a.username, m.text, m.html, m.channel, m.state,"  # noqa: S608
        " m.created_at, m.email_status, m.email_error, m.sender_address, m.stop_reason,"
        " m.automatic,"
        f" EXISTS (SELECT 1 FROM {_table(Attachment)} x WHERE x.message_id = m.id),"
        f" {translated},"
        f" {', '.join(question_columns)},"
        # The team member who wrote for the shop: only the seller's side is told.
        f" (SELECT COALESCE(NULLIF(TRIM(s.first_name || ' ' || s.last_name), ''), s.username)"
        f" FROM {_table(User)} s WHERE s.id = m.sent_by_id AND %s)"
        f" FROM {_table(Message)} m"
        f" LEFT JOIN {_table(User)} a ON a.id = m.author_id"
        f" LEFT JOIN {_table(question_model)} q ON q.message_id = m.id"
        " WHERE m.thread_id = %s AND (m.state = %s OR m.author_id = %s)"
    )  # table names from the models, every value a parameter
    sees_team = user.pk == thread.seller_id and "seller" in user.sides
    params = [*translated_params, sees_team, thread.pk, MessageState.DELIVERED, user.pk]
    if after_id is not None:
        sql += " AND m.id > %s ORDER BY m.created_at, m.id"
        params.append(after_id)
    else:
        if before_id is not None:
            sql += " AND m.id < %s"
            params.append(before_id)
        sql += f" ORDER BY m.created_at DESC, m.id DESC LIMIT {MESSAGES_PER_PAGE + 1}"
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    if after_id is None:
        rows.reverse()
    page = []
    for row in rows:
        pk, author_id, username, text, html, channel, state, at, status, error, sender = row[:11]
        stop_reason, robot = row[11], row[12]
        page.append(
            MessageRow(
                pk=pk,
                author_id=author_id,
                author=Author(author_id, username) if author_id else None,
                text=text,
                html=html,
                channel=channel,
                state=state,
                created_at=created_at([at])[0],
                email_status=status,
                email_error=error,
                sender_address=sender,
                stop_reason=stop_reason,
                automatic=robot,
                has_attachments=bool(row[13]),
                has_translations=bool(row[14]),
                allina_question=make_question(row[15:-1]) if row[15] is not None else None,
                written_by=row[-1] or "",
            )
        )
    _fetch_where_present(page, "attachments", Attachment.objects.all())
    if _translation_model is not None:
        _fetch_where_present(
            page, "translations", _translation_model.objects.filter(recipient_id=user.pk)
        )
    return page


def _fetch_where_present(messages: list[MessageRow], name: str, queryset: QuerySet) -> None:
    """Fill `name` (attachments, translations) of the messages whose `has_<name>` is set,
    in one query; the others keep their empty list."""
    present = {message.pk: message for message in messages if getattr(message, f"has_{name}")}
    if present:
        for item in queryset.filter(message_id__in=list(present)):
            getattr(present[item.message_id], name).append(item)


def _id_in_range(model, value: int) -> bool:
    """Whether `value` fits `model`'s primary key column (a plain statement's parameter
    must: SQLite raises OverflowError for an integer beyond 64 bits)."""
    low, high = connection.ops.integer_field_range(model._meta.pk.get_internal_type())
    return (low is None or value >= low) and (high is None or value <= high)


def _table(model) -> str:
    return _quote(model._meta.db_table)


def _search_terms(query: str) -> list[str]:
    return [word.lower() for word in _WORD.findall(query)][:8]


class Unaccent(Func):
    """`unaccent(text)`: PostgreSQL's extension function, and on SQLite the same folding
    registered for every connection (core.text.fold_accents, messaging/apps.py)."""

    function = "unaccent"
    output_field = TextField()


def _message_text_matches(terms: list[str]) -> Q:
    """Every term is the start of a word in the message text (case- and
    accent-insensitive; the queryset has the `folded_text` alias)."""
    condition = Q()
    for term in terms:
        condition &= Q(folded_text__iregex=rf"(^|\W){re.escape(fold_accents(term))}")
    return condition


def _thread_text_matches(*, user: User, terms: list[str]) -> Q:
    """Every term starts a word of one message the user sees in the thread: a delivered
    one, or one of their own that did not reach the other side (blocked, held by Allina,
    ...), as the thread view shows them (case-insensitive).

    PostgreSQL reads the thread's search document (the delivered text, messaging.threads),
    so the planner can stop after a page for a common word or use its GIN index for a rare
    one, and adds the threads of the user's own undelivered messages that match, read first
    (a probe of message_undelivered_author_idx, usually empty) as a constant list.
    Other databases (SQLite in the demo) check the thread's messages.
    """
    if searches_documents():
        query = SearchQuery(
            " & ".join(f"{term}:*" for term in terms),  # terms are \w+ only: safe in tsquery
            search_type="raw",
            config=SEARCH_CONFIG,
        )
        own_undelivered = (
            Message.objects.filter(author=user)
            .exclude(state=MessageState.DELIVERED)
            .annotate(document=SearchVector("text", config=SEARCH_CONFIG))
            .filter(document=query)
            .order_by()
            .values("thread_id")
        )
        # Read first (one probe of the partial index, usually no row): a constant list
        # leaves the planner the plain document search it picks without one.
        own_threads = list(own_undelivered.values_list("thread_id", flat=True).distinct())
        if not own_threads:
            return Q(search_document=query)
        return Q(search_document=query) | Q(pk__in=own_threads)
    matching = (
        Message.objects.filter(thread=OuterRef("pk"))
        .filter(visible_messages(user=user))
        .alias(folded_text=Unaccent("text"))
        .filter(_message_text_matches(terms))
    )
    return Q(Exists(matching))


def thread_list_for_user(
    *,
    user: User,
    filter: str = ThreadFilter.ALL,
    query: str = "",
    cursor: Cursor | None = None,
) -> tuple[list["ThreadSummary"], Cursor | None]:
    """One page of the user's Message Center and the cursor of the next page (or None).

    The page is chosen on the bare thread table: each side (threads where the user buys,
    threads where they sell) walks its own index (buyer|seller, last_message_at, id) and
    stops after a page; on PostgreSQL both sides are one `UNION ALL` query (written out in
    `_page_keys` when there is no search), elsewhere one query per side merged here.
    Then the page's threads are loaded by primary key with
    their parties, order, offer and last message. A single `buyer = user OR seller = user`
    query cannot use either index and sorts all of the user's threads, and planning the
    joins together with the page choice costs more than running it. Keyset paging on
    (last_message_at, id) keeps deep pages as fast as the first one.
    """
    sides = _list_sides(user, filter)
    if not sides:
        return [], None
    terms = _search_terms(query)
    if not terms and connection.vendor == "postgresql":
        keys = _page_keys(user=user, sides=sides, filter=filter, cursor=cursor)
        return _page(user=user, keys=keys)
    per_side = [
        _side_keys(user=user, side=side, filter=filter, terms=terms, cursor=cursor)
        for side in sides
    ]
    if len(per_side) == 1:
        keys = list(per_side[0])
    elif connection.features.supports_slicing_ordering_in_compound:
        keys = list(
            per_side[0]
            .union(*per_side[1:], all=True)
            .order_by("-last_message_at", "-id")[: THREADS_PER_PAGE + 1]
        )
    else:
        keys = [key for side_keys in per_side for key in side_keys]
    return _page(user=user, keys=keys)


def _page(*, user: User, keys: list[tuple]) -> tuple[list["ThreadSummary"], Cursor | None]:
    keys = sorted(keys, reverse=True)[: THREADS_PER_PAGE + 1]
    next_cursor = None
    if len(keys) > THREADS_PER_PAGE:
        keys = keys[:THREADS_PER_PAGE]
        next_cursor = Cursor(*keys[-1])
    return _thread_summaries(user=user, ids=[pk for _at, pk in keys]), next_cursor


def _page_keys(*, user: User, sides: list[str], filter: str, cursor: Cursor | None) -> list:
    """The page choice of `_side_keys` (no search) as one plain `UNION ALL` statement.

    PostgreSQL only; the same conditions as `_side_keys`, written out: building them with
    the ORM costs more CPU than PostgreSQL spends running them.
    """
    column = {f: _quote(Thread._meta.get_field(f).column) for f in _PAGE_FIELDS}
    limit = THREADS_PER_PAGE + 1
    parts, params = [], []
    for side in sides:
        other_side = "seller" if side == "buyer" else "buyer"
        where, values = [f"{column[side]} = %s"], [user.pk]
        if side == "seller":
            where.append(f"{column['last_message']} IS NOT NULL")  # as in _side_keys
        archived = column[f"{side}_archived"]
        where.append(f"{archived}" if filter == ThreadFilter.ARCHIVED else f"NOT {archived}")
        if filter == ThreadFilter.UNREAD:
            where.append(f"{column[f'{side}_unread_count']} > 0")
        elif filter == ThreadFilter.AWAITING:
            where.append(f"{column['last_author_side']} = %s")
            values.append(other_side)
            if side == "seller":
                where.append(f"NOT {column['reply_not_needed']}")
        elif filter == ThreadFilter.ORDER:
            where.append(f"{column['order']} IS NOT NULL")
        elif filter == ThreadFilter.OFFER:
            where.append(f"{column['offer']} IS NOT NULL")
        elif filter == ThreadFilter.MINE:
            where.append(f"{column['assigned_to']} = %s")
            values.append(user.person.pk)
        elif filter == ThreadFilter.UNASSIGNED:
            where.append(f"{column['assigned_to']} IS NULL")
        if cursor is not None:
            at, pk = column["last_message_at"], column["id"]
            where.append(f"{at} <= %s AND ({at} < %s OR ({at} = %s AND {pk} < %s))")
            at_value = connection.ops.adapt_datetimefield_value(cursor.at)  # as the ORM's
            values += [at_value, at_value, at_value, cursor.pk]
        parts.append(
            f"(SELECT {column['last_message_at']}, {column['id']}"  # noqa: S608
            f" FROM {_quote(Thread._meta.db_table)} WHERE {' AND '.join(where)}"
            f" ORDER BY 1 DESC, 2 DESC LIMIT {limit})"
        )
        params += values
    sql = parts[0][1:-1]  # one side: the part alone
    if len(parts) > 1:
        sql = f"{' UNION ALL '.join(parts)} ORDER BY 1 DESC, 2 DESC LIMIT {limit}"
    with connection.cursor() as db:
        db.execute(sql, params)
        return db.fetchall()


_PAGE_FIELDS = (
    "id", "buyer", "seller", "last_message", "last_message_at", "last_author_side",
    "buyer_unread_count", "seller_unread_count", "order", "offer",
    "buyer_archived", "seller_archived", "reply_not_needed", "assigned_to",
)  # fmt: skip


def _quote(name: str) -> str:
    return connection.ops.quote_name(name)


@dataclass(frozen=True, slots=True)
class Party:
    """The other side of a thread in the list, as much as the row shows of them."""

    pk: int
    username: str
    sender_id: str
    registration_marketplace: str


@dataclass(frozen=True, slots=True)
class OrderRef:
    pk: int
    transaction_id: str
    buyer_id: int
    seller_id: int
    first_item: str = ""  # the title of its first line, for the row
    item_count: int = 0  # how many lines it has


@dataclass(frozen=True, slots=True)
class OfferRef:
    pk: int
    title: str


@dataclass(frozen=True, slots=True)
class ThreadSummary:
    """One row of the thread list: the thread's own columns and what the row shows.

    It has the attributes of `Thread` that the list reads (`order`, `offer`,
    `other_party()`, `unread_for()`, ...), so `services.thread_subject` and
    `masked_email_address` take it as they take a thread; `preview` is the start of the
    last delivered message (PREVIEW_SOURCE_LENGTH characters at most).
    """

    pk: int
    last_message_at: datetime
    buyer_id: int
    seller_id: int
    order_id: int | None
    offer_id: int | None
    last_author_side: str
    buyer_unread_count: int
    seller_unread_count: int
    other: Party
    order: OrderRef | None
    offer: OfferRef | None
    preview: str
    thumbnail: str = ""  # the address of the offer's (or the first item's) photo
    reply_not_needed: bool = False
    buyer_archived: bool = False
    seller_archived: bool = False
    assigned_to: str = ""  # on the seller's side: the name of the person it is assigned to

    @property
    def id(self) -> int:
        return self.pk

    side_of = Thread.side_of
    unread_for = Thread.unread_for
    awaits_reply_from = Thread.awaits_reply_from
    archived_for = Thread.archived_for

    def other_party(self, user) -> Party:
        return self.other


PREVIEW_LENGTH = 120
PREVIEW_SOURCE_LENGTH = 2 * PREVIEW_LENGTH  # enough for truncatechars even with combining marks


def _thread_summaries(*, user: User, ids: list[int]) -> list[ThreadSummary]:
    """The list rows of threads `ids` (the user's, chosen above), in the order given.

    One plain statement, no model instances: compiling a five-table ORM query and
    building a model per joined row cost more than the database's work for a page, and
    PostgreSQL plans one join and three scalar lookups by primary key in a third of the
    time it takes for five joins (it hashes the whole offer table for those).
    """
    if not ids:
        return []
    q = connection.ops.quote_name
    thread, user_table = q(Thread._meta.db_table), q(User._meta.db_table)
    order_table = q(Thread._meta.get_field("order").related_model._meta.db_table)
    offer_table = q(Thread._meta.get_field("offer").related_model._meta.db_table)
    line_table = q(OrderLine._meta.db_table)
    # Table names from the models, every value a parameter.
    sql = (
        "SELECT t.id, t.last_message_at, t.buyer_id, t.seller_id, t.order_id, t.offer_id,"  # noqa: S608
        " t.last_author_side, t.buyer_unread_count, t.seller_unread_count,"
        " t.reply_not_needed, t.buyer_archived, t.seller_archived,"
        " p.id, p.username, p.sender_id, p.registration_marketplace,"
        f" (SELECT o.transaction_id FROM {order_table} o WHERE o.id = t.order_id),"
        f" (SELECT f.title FROM {offer_table} f WHERE f.id = t.offer_id),"
        f" (SELECT l.title FROM {line_table} l WHERE l.order_id = t.order_id"
        "   ORDER BY l.id LIMIT 1),"
        f" (SELECT COUNT(*) FROM {line_table} l WHERE l.order_id = t.order_id),"
        # the photo the row shows: the offer's, or the first item's ("<offer id> <name>")
        " CASE WHEN t.offer_id IS NOT NULL"
        f"  THEN (SELECT CAST(f.id AS TEXT) || ' ' || f.thumbnail FROM {offer_table} f"
        "   WHERE f.id = t.offer_id AND f.thumbnail <> '')"
        f"  ELSE (SELECT CAST(f.id AS TEXT) || ' ' || f.thumbnail FROM {line_table} l"
        f"   JOIN {offer_table} f ON f.id = l.offer_id"
        "   WHERE l.order_id = t.order_id AND f.thumbnail <> '' ORDER BY l.id LIMIT 1) END,"
        f" (SELECT substr(m.text, 1, {PREVIEW_SOURCE_LENGTH})"
        f"  FROM {q(Message._meta.db_table)} m WHERE m.id = t.last_message_id),"
        # whom the shop assigned it to, told to the seller's side only
        " (SELECT COALESCE(NULLIF(TRIM(a.first_name || ' ' || a.last_name), ''), a.username)"
        f"  FROM {user_table} a WHERE a.id = t.assigned_to_id AND t.seller_id = %s)"
        f" FROM {thread} t"
        f" JOIN {user_table} p"
        "  ON p.id = CASE WHEN t.buyer_id = %s THEN t.seller_id ELSE t.buyer_id END"
        f" WHERE t.id IN ({', '.join(['%s'] * len(ids))})"
    )
    with connection.cursor() as cursor:
        seller_side = user.pk if "seller" in user.sides else None
        cursor.execute(sql, [seller_side, user.pk, *ids])
        rows = cursor.fetchall()
    to_datetime = _datetime_converter()
    summaries = {}
    for row in rows:
        (pk, at, buyer_id, seller_id, order_id, offer_id, side, buyer_unread,
         seller_unread, not_needed, buyer_archived, seller_archived, *other,
         transaction_id, title, first_item, item_count, photo, preview,
         assignee) = row  # fmt: skip
        summaries[pk] = ThreadSummary(
            pk=pk,
            last_message_at=to_datetime(at),
            buyer_id=buyer_id,
            seller_id=seller_id,
            order_id=order_id,
            offer_id=offer_id,
            last_author_side=side,
            buyer_unread_count=buyer_unread,
            seller_unread_count=seller_unread,
            other=Party(*other),
            # A thread's parties are its order's (thread_get_or_create).
            order=(
                OrderRef(
                    order_id, transaction_id, buyer_id, seller_id, first_item or "", item_count
                )
                if order_id
                else None
            ),
            offer=OfferRef(offer_id, title) if offer_id else None,
            preview=preview or "",
            reply_not_needed=bool(not_needed),
            buyer_archived=bool(buyer_archived),
            seller_archived=bool(seller_archived),
            thumbnail=photo_address(*photo.split(" ", 1)) if photo else "",
            assigned_to=assignee or "",
        )
    return [summaries[pk] for pk in ids if pk in summaries]


def _datetime_converter():
    """Raw rows hold aware datetimes on PostgreSQL, strings on SQLite: as the ORM gives."""
    field = Thread._meta.get_field("last_message_at")
    converters = connection.ops.get_db_converters(field.get_col(Thread._meta.db_table))
    if not converters:
        return lambda value: value

    def convert(value):
        for convert_one in converters:
            value = convert_one(value, field, connection)
        return value

    return convert


def _side_keys(
    *, user: User, side: str, filter: str, terms: list[str], cursor: Cursor | None
) -> QuerySet:
    """(last_message_at, id) of one side's page (and one more), newest first."""
    other_side = "seller" if side == "buyer" else "buyer"
    threads = Thread.objects.filter(**{side: user})
    if side == "seller":
        # A thread whose only messages were never delivered (held by Allina, resolved by
        # the buyer's [no thanks], blocked) does not exist for its seller yet.
        threads = threads.filter(last_message__isnull=False)
    threads = threads.filter(**{f"{side}_archived": filter == ThreadFilter.ARCHIVED})
    if filter == ThreadFilter.UNREAD:
        threads = threads.filter(**{f"{side}_unread_count__gt": 0})
    elif filter == ThreadFilter.AWAITING:
        threads = threads.filter(last_author_side=other_side)
        if side == "seller":
            threads = threads.filter(reply_not_needed=False)
    elif filter == ThreadFilter.ORDER:
        threads = threads.filter(order__isnull=False)
    elif filter == ThreadFilter.OFFER:
        threads = threads.filter(offer__isnull=False)
    elif filter == ThreadFilter.MINE:
        threads = threads.filter(assigned_to=user.person.pk)
    elif filter == ThreadFilter.UNASSIGNED:
        threads = threads.filter(assigned_to__isnull=True)
    if terms:
        matches = _thread_text_matches(user=user, terms=terms)
        if len(terms) == 1 and TRANSACTION_ID_RE.match(terms[0]):
            # An order number, as typed: found through its unique index first, so the
            # text search keeps its own plan.
            numbered = list(
                threads.filter(order__transaction_id=terms[0]).values_list("pk", flat=True)
            )
            if numbered:
                matches |= Q(pk__in=numbered)
        if len(terms) == 1:
            # The other party's login, as typed (logins are lower case): the account found
            # through the username's unique index, then its threads with the user.
            party = User.objects.filter(username=terms[0]).exclude(pk=user.pk)
            ids = list(party.values_list("pk", flat=True)[:1])
            if ids:
                with_party = threads.filter(**{f"{other_side}_id": ids[0]})
                matches |= Q(pk__in=list(with_party.values_list("pk", flat=True)[:200]))
        threads = threads.filter(matches)
    if cursor is not None:
        # The plain bound lets the index start at the cursor; the OR settles ties.
        threads = threads.filter(last_message_at__lte=cursor.at).filter(
            Q(last_message_at__lt=cursor.at) | Q(last_message_at=cursor.at, pk__lt=cursor.pk)
        )
    return threads.order_by("-last_message_at", "-id").values_list("last_message_at", "id")[
        : THREADS_PER_PAGE + 1
    ]


def unread_thread_count(*, user: User) -> int:
    unread = (Q(**{side: user, f"{side}_unread_count__gt": 0}) for side in user.sides)
    return Thread.objects.filter(functools.reduce(operator.or_, unread)).count()


# --- an order's conversation, for the order pages -------------------------------------

MESSAGE_PREVIEWS = 3


def order_thread(*, order: Order) -> Thread | None:
    """The conversation about an order (at most one), for a party the caller has checked."""
    return Thread.objects.filter(order=order).only("pk").first()


def order_messages_preview(*, order: Order, user: User) -> tuple[Thread | None, list[Message]]:
    """The order's conversation and its last few messages that `user` may see, oldest first."""
    thread = order_thread(order=order)
    if thread is None:
        return None, []
    latest = list(
        Message.objects.filter(thread=thread)
        .filter(visible_messages(user=user))
        .select_related("author")
        .order_by("-created_at", "-id")[:MESSAGE_PREVIEWS]
    )
    latest.reverse()
    return thread, latest


def threads_for_action(*, user: User, ids: list[int]) -> list[Thread]:
    """The threads among `ids` that `user` is a party to (the others are left out, as if
    they did not exist): what a bulk action in the Message Center may change."""
    ids = [pk for pk in ids if _id_in_range(Thread, pk)][: THREADS_PER_PAGE * 4]
    if not ids:
        return []
    return list(Thread.objects.filter(pk__in=ids).filter(party_condition(user)).order_by("pk"))


def thread_list_changes(*, user: User) -> str:
    """A marker of what the user's thread list shows: it changes when a message arrives
    (the newest activity) or something is read or marked unread (the unread counts).

    One plain statement of index probes, for the list's poll every few seconds: per side,
    the newest `last_message_at` (the first entry of thread_<side>_recent_idx) and the
    sum of the unread counters (thread_<side>_unread_idx holds only unread threads), so
    it costs the same for ten threads or a hundred thousand; and the account's list
    version (messaging.listversion: archiving, "no response needed" and assignment, done
    in another tab or by another person of the shop's team).
    """
    sides = list(user.sides)
    table = _table(Thread)
    at = _quote(Thread._meta.get_field("last_message_at").column)
    parts, params = [], []
    for side in sides:
        owner = _quote(Thread._meta.get_field(side).column)
        unread = _quote(Thread._meta.get_field(f"{side}_unread_count").column)
        parts += [
            f"(SELECT MAX({at}) FROM {table} WHERE {owner} = %s)",  # noqa: S608
            f"(SELECT SUM({unread}) FROM {table} WHERE {owner} = %s AND {unread} > 0)",  # noqa: S608
        ]
        params += [user.pk, user.pk]
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {', '.join(parts)}", params)  # names from the model
        seen = "|".join(str(value) for value in cursor.fetchone())
    seen += f"|{list_version(user.pk)}"
    return hashlib.blake2b(seen.encode(), digest_size=8).hexdigest()
