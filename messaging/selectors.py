"""Permission-scoped reads of threads, messages and attachments.

A user sees only threads they are a party to; in them, every delivered message and their
own messages in any state. Anything else is a 404, as if it did not exist.
"""

import re
from dataclasses import dataclass
from datetime import datetime

from django.db import connection
from django.db.models import (
    BooleanField,
    Exists,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    prefetch_related_objects,
)
from django.db.models.expressions import RawSQL
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils.dateparse import parse_datetime

from marketplace.identifiers import TRANSACTION_ID_RE
from marketplace.models import User
from translation.models import MessageTranslation

from .models import Attachment, Message, MessageState, Thread

THREADS_PER_PAGE = 25
MESSAGES_PER_PAGE = 25  # the latest ones; "Show earlier messages" loads the page before
_WORD = re.compile(r"\w+", re.UNICODE)


class ThreadFilter:
    ALL = ""
    UNREAD = "unread"
    AWAITING = "awaiting"
    ORDER = "order"
    OFFER = "offer"
    CHOICES = (ALL, UNREAD, AWAITING, ORDER, OFFER)


@dataclass(frozen=True)
class Cursor:
    """Keyset position in a thread list: the page starts after (last_message_at, id)."""

    at: datetime
    pk: int

    def encode(self) -> str:
        return f"{self.at.isoformat()}~{self.pk}"

    @classmethod
    def decode(cls, value: str | None) -> "Cursor | None":
        if not value or "~" not in value:
            return None
        at, _sep, pk = value.rpartition("~")
        parsed = parse_datetime(at)
        if parsed is None or not pk.isdigit():
            return None
        return cls(parsed, int(pk))


def _party(user: User, prefix: str = "") -> Q:
    return Q(**{f"{prefix}buyer": user}) | Q(**{f"{prefix}seller": user})


def threads_for_user(*, user: User) -> QuerySet[Thread]:
    """Threads the user is a party to, newest activity first."""
    return Thread.objects.filter(_party(user)).select_related("buyer", "seller", "order", "offer")


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
    if thread is None or user.pk not in (thread.buyer_id, thread.seller_id):
        raise Http404("No such conversation.")
    return thread


def visible_messages(*, user: User) -> Q:
    return Q(state=MessageState.DELIVERED) | Q(author=user)


def message_get_for_user(*, user: User, message_id: int) -> Message:
    return get_object_or_404(
        Message.objects.select_related("thread", "author")
        .filter(_party(user, "thread__"))
        .filter(visible_messages(user=user)),
        pk=message_id,
    )


def attachment_get_for_user(*, user: User, attachment_id: int) -> Attachment:
    """An attachment of a message the user may see, in a thread they are a party to."""
    return get_object_or_404(
        Attachment.objects.select_related("message")
        .filter(_party(user, "message__thread__"))
        .filter(Q(message__state=MessageState.DELIVERED) | Q(message__author=user)),
        pk=attachment_id,
    )


def thread_messages(
    *, thread: Thread, user: User, after_id: int | None = None, before_id: int | None = None
) -> list[Message]:
    """The latest page of a thread's messages (or those after/before a message), in order.

    Each comes with its author, Allina's question (if it is one), its attachments and its
    translations for `user` (the only ones the thread view shows). Whether a message has
    attachments or a translation for `user` is read with the messages, and the
    attachments and the translations are fetched only for the messages that have some: a
    page without any costs one query, not three.
    """
    translations = MessageTranslation.objects.filter(recipient=user)
    messages = (
        Message.objects.filter(thread=thread)
        .filter(visible_messages(user=user))
        .select_related("author", "allina_question")  # Allina's answer beside a question
        .annotate(
            # Written out: the ORM's Exists() costs 0.4 ms per page to build, this 0.1.
            has_attachments=_exists(Attachment, "message_id"),
            has_translations=_exists(MessageTranslation, "message_id", recipient_id=user.pk),
        )
    )
    if after_id is not None:
        page = list(messages.filter(id__gt=after_id).order_by("created_at", "id"))
    else:
        if before_id is not None:
            messages = messages.filter(id__lt=before_id)
        page = list(messages.order_by("-created_at", "-id")[: MESSAGES_PER_PAGE + 1])
        page.reverse()
    _prefetch_where_present(page, "attachments", Attachment.objects.all(), "has_attachments")
    _prefetch_where_present(page, "translations", translations, "has_translations")
    for message in page:
        # messaging/_message.html reads Allina's question only where there is one (the
        # reverse one-to-one raises when there is none, which costs a template 17 µs).
        message.has_allina_question = hasattr(message, "allina_question")
    return page


def _exists(model, column: str, **equal) -> RawSQL:
    """EXISTS (a row of `model` whose `column` is the message's id and `equal` columns)."""
    quote = connection.ops.quote_name  # identifiers from the models; values are parameters
    table = quote(model._meta.db_table)
    conditions = [f"{table}.{quote(column)} = {quote(Message._meta.db_table)}.{quote('id')}"]
    conditions += [f"{table}.{quote(name)} = %s" for name in equal]
    return RawSQL(  # noqa: S611
        f"EXISTS (SELECT 1 FROM {table} WHERE {' AND '.join(conditions)})",  # noqa: S608
        list(equal.values()),
        output_field=BooleanField(),
    )


def _prefetch_where_present(
    messages: list[Message], name: str, queryset: QuerySet, flag: str
) -> None:
    """`prefetch_related_objects` for the messages whose `flag` is set; the others get an
    empty prefetched set, so `message.<name>.all` in a template asks the database nothing."""
    present = [message for message in messages if getattr(message, flag)]
    if present:
        prefetch_related_objects(present, Prefetch(name, queryset=queryset))
    if len(present) == len(messages):
        return
    empty = queryset.none()
    empty._result_cache = []  # what prefetching stores: evaluated, empty, no query
    empty._prefetch_done = True
    for message in messages:
        if not getattr(message, flag):
            message.__dict__.setdefault("_prefetched_objects_cache", {})[name] = empty


def _search_terms(query: str) -> list[str]:
    return [word.lower() for word in _WORD.findall(query)][:8]


def _message_text_matches(terms: list[str]) -> Q:
    """Every term is the start of a word in the message text (case-insensitive)."""
    condition = Q()
    for term in terms:
        condition &= Q(text__iregex=rf"(^|\W){re.escape(term)}")
    return condition


def _thread_text_matches(*, user: User, terms: list[str]) -> Q:
    """Every term starts a word of the thread's delivered messages (case-insensitive).

    PostgreSQL reads the thread's own search document (migration 0006), so the planner
    can stop after a page for a common word or use the GIN index for a rare one. Other
    databases (SQLite in the demo) check the thread's messages with the same rule.
    """
    if connection.vendor == "postgresql":
        query = " & ".join(f"{term}:*" for term in terms)  # terms are \w+ only: safe in tsquery
        return Q(
            RawSQL(
                "messaging_thread.search_document @@ to_tsquery('simple'::regconfig, %s)",
                [query],
                output_field=BooleanField(),
            )
        )
    matching = (
        Message.objects.filter(thread=OuterRef("pk"))
        .filter(visible_messages(user=user))
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
    sides = ["buyer", "seller"] if user.is_seller else ["buyer"]
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
        if filter == ThreadFilter.UNREAD:
            where.append(f"{column[f'{side}_unread_count']} > 0")
        elif filter == ThreadFilter.AWAITING:
            where.append(f"{column['last_author_side']} = %s")
            values.append(other_side)
        elif filter == ThreadFilter.ORDER:
            where.append(f"{column['order']} IS NOT NULL")
        elif filter == ThreadFilter.OFFER:
            where.append(f"{column['offer']} IS NOT NULL")
        if cursor is not None:
            at, pk = column["last_message_at"], column["id"]
            where.append(f"{at} <= %s AND ({at} < %s OR ({at} = %s AND {pk} < %s))")
            values += [cursor.at, cursor.at, cursor.at, cursor.pk]
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

    @property
    def id(self) -> int:
        return self.pk

    side_of = Thread.side_of
    unread_for = Thread.unread_for
    awaits_reply_from = Thread.awaits_reply_from

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
    # Table names from the models, every value a parameter.
    sql = (
        "SELECT t.id, t.last_message_at, t.buyer_id, t.seller_id, t.order_id, t.offer_id,"  # noqa: S608
        " t.last_author_side, t.buyer_unread_count, t.seller_unread_count,"
        " p.id, p.username, p.sender_id, p.registration_marketplace,"
        f" (SELECT o.transaction_id FROM {order_table} o WHERE o.id = t.order_id),"
        f" (SELECT f.title FROM {offer_table} f WHERE f.id = t.offer_id),"
        f" (SELECT substr(m.text, 1, {PREVIEW_SOURCE_LENGTH})"
        f"  FROM {q(Message._meta.db_table)} m WHERE m.id = t.last_message_id)"
        f" FROM {thread} t"
        f" JOIN {user_table} p"
        "  ON p.id = CASE WHEN t.buyer_id = %s THEN t.seller_id ELSE t.buyer_id END"
        f" WHERE t.id IN ({', '.join(['%s'] * len(ids))})"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [user.pk, *ids])
        rows = cursor.fetchall()
    to_datetime = _datetime_converter()
    summaries = {}
    for row in rows:
        (pk, at, buyer_id, seller_id, order_id, offer_id, side, buyer_unread,
         seller_unread, *other, transaction_id, title, preview) = row  # fmt: skip
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
            order=OrderRef(order_id, transaction_id, buyer_id, seller_id) if order_id else None,
            offer=OfferRef(offer_id, title) if offer_id else None,
            preview=preview or "",
        )
    return [summaries[pk] for pk in ids if pk in summaries]


def _datetime_converter():
    """Raw rows hold aware datetimes on PostgreSQL, strings on SQLite: as the ORM gives."""
    field = Thread._meta.get_field("last_message_at")
    converters = connection.ops.get_db_converters(field.get_col(Thread._meta.db_table))
    if not converters:
        return lambda value: value

    def convert(value):
        for converter in converters:
            value = converter(value, field, connection)
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
    if filter == ThreadFilter.UNREAD:
        threads = threads.filter(**{f"{side}_unread_count__gt": 0})
    elif filter == ThreadFilter.AWAITING:
        threads = threads.filter(last_author_side=other_side)
    elif filter == ThreadFilter.ORDER:
        threads = threads.filter(order__isnull=False)
    elif filter == ThreadFilter.OFFER:
        threads = threads.filter(offer__isnull=False)
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
    return Thread.objects.filter(
        Q(buyer=user, buyer_unread_count__gt=0) | Q(seller=user, seller_unread_count__gt=0)
    ).count()
