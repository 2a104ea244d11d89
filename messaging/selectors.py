"""Permission-scoped reads of threads, messages and attachments.

A user sees only threads they are a party to; in them, every delivered message and their
own messages in any state. Anything else is a 404, as if it did not exist.
"""

import re
from dataclasses import dataclass
from datetime import datetime

from django.db import connection
from django.db.models import BooleanField, Exists, OuterRef, Q, QuerySet
from django.db.models.expressions import RawSQL
from django.shortcuts import get_object_or_404
from django.utils.dateparse import parse_datetime

from marketplace.identifiers import TRANSACTION_ID_RE
from marketplace.models import User

from .models import Attachment, Message, MessageState, Thread

THREADS_PER_PAGE = 25
MESSAGES_PER_PAGE = 50
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
    return Thread.objects.filter(_party(user)).select_related(
        "buyer", "seller", "order", "offer", "last_message"
    )


def thread_get_for_user(*, user: User, thread_id: int) -> Thread:
    """A thread its buyer or seller may open; anyone else gets 404."""
    return get_object_or_404(threads_for_user(user=user), pk=thread_id)


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
    """The latest page of a thread's messages (or those after/before a message), in order."""
    messages = (
        Message.objects.filter(thread=thread)
        .filter(visible_messages(user=user))
        .select_related("author")
        .prefetch_related("attachments", "translations")
    )
    if after_id is not None:
        return list(messages.filter(id__gt=after_id).order_by("created_at", "id"))
    if before_id is not None:
        messages = messages.filter(id__lt=before_id)
    page = list(messages.order_by("-created_at", "-id")[: MESSAGES_PER_PAGE + 1])
    page.reverse()
    return page


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
) -> tuple[list[Thread], Cursor | None]:
    """One page of the user's Message Center and the cursor of the next page (or None).

    Each side (threads where the user buys, threads where they sell) is one query that
    walks its own index (buyer|seller, last_message_at, id) and stops after a page; the
    two pages are merged here. A single `buyer = user OR seller = user` query cannot use
    either index and sorts all of the user's threads. Keyset paging on
    (last_message_at, id) keeps deep pages as fast as the first one.
    """
    sides = ["buyer", "seller"] if user.is_seller else ["buyer"]
    terms = _search_terms(query)
    merged: list[Thread] = []
    for side in sides:
        merged.extend(_side_page(user=user, side=side, filter=filter, terms=terms, cursor=cursor))
    merged.sort(key=lambda thread: (thread.last_message_at, thread.pk), reverse=True)
    page = merged[: THREADS_PER_PAGE + 1]
    next_cursor = None
    if len(page) > THREADS_PER_PAGE:
        page = page[:THREADS_PER_PAGE]
        next_cursor = Cursor(page[-1].last_message_at, page[-1].pk)
    return page, next_cursor


def _side_page(
    *, user: User, side: str, filter: str, terms: list[str], cursor: Cursor | None
) -> list[Thread]:
    other_side = "seller" if side == "buyer" else "buyer"
    threads = Thread.objects.filter(**{side: user})
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
    ordered = threads.order_by("-last_message_at", "-id")
    if terms:
        # Choose the page on the bare table first, then load it with its joins: planned
        # together, the joins lead PostgreSQL to walk every thread for a rare word.
        page_ids = list(ordered.values_list("pk", flat=True)[: THREADS_PER_PAGE + 1])
        ordered = Thread.objects.filter(pk__in=page_ids).order_by("-last_message_at", "-id")
    return list(
        ordered.select_related("buyer", "seller", "order", "offer", "last_message")[
            : THREADS_PER_PAGE + 1
        ]
    )


def unread_thread_count(*, user: User) -> int:
    return Thread.objects.filter(
        Q(buyer=user, buyer_unread_count__gt=0) | Q(seller=user, seller_unread_count__gt=0)
    ).count()
