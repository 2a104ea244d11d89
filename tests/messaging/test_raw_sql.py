"""Every hand-written SQL statement of the Message Center against the ORM's answer.

messaging/selectors.py reads the thread page, its messages, the list's page keys and the
list's rows in plain statements (the ORM cost more CPU than the database's work; README,
Benchmarks). Each is compared here with the same question asked through the ORM, on
seeded random data (threads about orders and offers, a seller who also buys, replies,
blocked messages, reads), on SQLite and, with DATABASE_URL set (CI), PostgreSQL.

The writes that were raw SQL (the thread's counters and search document) are ORM
expressions now (messaging/threads.py), held to their definition by test_threads.py.
The relay's statements (messaging/relay/rows.py and its callers) are tested with the
relay. Left without an ORM twin: accounts.views.healthz's `SELECT 1`, which reads nothing.
"""

import random

import pytest
from django.db import connection
from django.db.models import Exists, OuterRef
from django.http import Http404

from messaging import selectors, services
from messaging.models import Attachment, Message, Thread
from messaging.selectors import (
    Cursor,
    ThreadFilter,
    thread_get_for_page,
    thread_messages,
    visible_messages,
)
from tests.factories import MessageFactory, OfferFactory, OrderFactory, ThreadFactory, UserFactory

WORDS = ["paczka", "faktura", "zwrot", "kurier", "rozmiar", "dziękuję"]


def _world(seed: int):
    """A seller with threads about orders and offers from three buyers, and one thread
    where the seller buys from another seller; random replies, blocked ones and reads."""
    rng = random.Random(seed)
    seller = UserFactory(is_seller=True)
    other_seller = UserFactory(is_seller=True)
    buyers = [UserFactory() for _ in range(3)]
    threads = []
    for number in range(30):
        buyer = rng.choice(buyers)
        if number % 4 == 0:
            order = OrderFactory(offer=OfferFactory(seller=seller), buyer=buyer)
            threads.append(ThreadFactory(buyer=buyer, order=order))
        else:
            threads.append(ThreadFactory(buyer=buyer, offer=OfferFactory(seller=seller)))
    threads.append(ThreadFactory(buyer=seller, offer=OfferFactory(seller=other_seller)))
    for thread in threads:
        for _ in range(rng.randint(0, 5)):
            author = rng.choice([thread.buyer, thread.seller])
            text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 3)))
            if rng.random() < 0.2:
                text += " kurwa"  # blocked by the message rules
            MessageFactory(thread=thread, author=author, text=text)
        if rng.random() < 0.4:
            reader = rng.choice([thread.buyer, thread.seller])
            services.thread_mark_read(thread=Thread.objects.get(pk=thread.pk), user=reader)
    return rng, seller, [seller, other_seller, *buyers], threads


def _columns(thread: Thread) -> dict:
    return {name: getattr(thread, name) for name in selectors._THREAD_FIELDS}


@pytest.mark.parametrize("seed", range(2))
def test_thread_page_statement_equals_the_orm(db, seed):
    _rng, _seller, users, threads = _world(seed)
    for user in users:
        for thread in threads:
            try:
                expected = selectors.thread_get_for_user(user=user, thread_id=thread.pk)
            except Http404:
                with pytest.raises(Http404):
                    thread_get_for_page(user=user, thread_id=thread.pk)
                continue
            got = thread_get_for_page(user=user, thread_id=thread.pk)
            assert _columns(got) == _columns(expected)
            other, expected_other = got.other_party(user), expected.other_party(user)
            for name in selectors._PARTY_FIELDS:
                assert getattr(other, name) == getattr(expected_other, name)
            assert (got.order.transaction_id if got.order_id else None) == (
                expected.order.transaction_id if expected.order_id else None
            )
            assert (got.offer.title if got.offer_id else None) == (
                expected.offer.title if expected.offer_id else None
            )
    with pytest.raises(Http404):
        thread_get_for_page(user=users[0], thread_id=max(t.pk for t in threads) + 1000)


def _orm_messages(*, thread, user, after_id=None, before_id=None) -> list[tuple]:
    messages = (
        Message.objects.filter(thread=thread)
        .filter(visible_messages(user=user))
        .select_related("author")
        .annotate(has_files=Exists(Attachment.objects.filter(message=OuterRef("pk"))))
    )
    if after_id is not None:
        page = list(messages.filter(pk__gt=after_id).order_by("created_at", "id"))
    else:
        if before_id is not None:
            messages = messages.filter(pk__lt=before_id)
        page = list(messages.order_by("-created_at", "-id")[: selectors.MESSAGES_PER_PAGE + 1])
        page.reverse()
    return [
        (
            m.pk,
            m.author_id,
            m.author.username if m.author_id else None,
            m.text,
            m.state,
            m.created_at,
            m.email_status,
            m.sender_address,
            m.has_files,
        )
        for m in page
    ]


def _rows(page) -> list[tuple]:
    return [
        (
            m.pk,
            m.author_id,
            m.author.username if m.author else None,
            m.text,
            m.state,
            m.created_at,
            m.email_status,
            m.sender_address,
            m.has_attachments,
        )
        for m in page
    ]


@pytest.mark.parametrize("seed", range(2))
def test_thread_messages_statement_equals_the_orm(db, seed, monkeypatch):
    # Pages of 3 so that the random threads (up to 5 messages) span several pages.
    monkeypatch.setattr(selectors, "MESSAGES_PER_PAGE", 3)
    rng, _seller, _users, threads = _world(seed)
    for thread in threads:
        ids = list(Message.objects.filter(thread=thread).values_list("pk", flat=True))
        for user in (thread.buyer, thread.seller):
            assert _rows(thread_messages(thread=thread, user=user)) == _orm_messages(
                thread=thread, user=user
            )
            for pivot in rng.sample(ids, min(2, len(ids))):
                assert _rows(
                    thread_messages(thread=thread, user=user, after_id=pivot)
                ) == _orm_messages(thread=thread, user=user, after_id=pivot)
                assert _rows(
                    thread_messages(thread=thread, user=user, before_id=pivot)
                ) == _orm_messages(thread=thread, user=user, before_id=pivot)


@pytest.mark.parametrize("seed", range(2))
def test_page_keys_statement_equals_the_orm(db, seed):
    """`_page_keys` (PostgreSQL's list page) against `_side_keys` (the ORM's), for every
    filter, with and without a cursor; SQLite runs the one-side statement (it cannot
    parenthesise the parts of a UNION ALL, and the list does not send it there)."""
    rng, _seller, users, _threads = _world(seed)
    to_datetime = selectors._datetime_converter()  # SQLite's rows hold strings
    both = [["buyer", "seller"]] if connection.vendor == "postgresql" else []
    for user in users:
        for sides in [["buyer"], ["seller"], *both]:
            for filter in ThreadFilter.CHOICES:
                orm = _orm_keys(user=user, sides=sides, filter=filter, cursor=None)
                cursors = [None, Cursor(*rng.choice(orm))] if orm else [None]
                for cursor in cursors:
                    got = selectors._page_keys(
                        user=user, sides=sides, filter=filter, cursor=cursor
                    )
                    assert [(to_datetime(at), pk) for at, pk in got] == _orm_keys(
                        user=user, sides=sides, filter=filter, cursor=cursor
                    ), (user.username, sides, filter, cursor)


def _orm_keys(*, user, sides, filter, cursor) -> list[tuple]:
    keys = [
        key
        for side in sides
        for key in selectors._side_keys(
            user=user, side=side, filter=filter, terms=[], cursor=cursor
        )
    ]
    return sorted(keys, reverse=True)[: selectors.THREADS_PER_PAGE + 1]


@pytest.mark.parametrize("seed", range(2))
def test_thread_summaries_statement_equals_the_orm(db, seed):
    rng, _seller, users, threads = _world(seed)
    for user in users:
        mine = [t.pk for t in threads if user.pk in (t.buyer_id, t.seller_id)]
        ids = rng.sample(mine, len(mine))  # any order: the page's
        got = selectors._thread_summaries(user=user, ids=ids)
        expected = Thread.objects.filter(pk__in=ids).select_related(
            "buyer", "seller", "order", "offer", "last_message"
        )
        by_pk = {thread.pk: thread for thread in expected}
        assert [summary.pk for summary in got] == ids
        for summary in got:
            thread = by_pk[summary.pk]
            other = thread.other_party(user)
            assert (
                summary.last_message_at,
                summary.buyer_id,
                summary.seller_id,
                summary.order_id,
                summary.offer_id,
                summary.last_author_side,
                summary.buyer_unread_count,
                summary.seller_unread_count,
                summary.other.pk,
                summary.other.username,
                summary.other.sender_id,
                summary.other.registration_marketplace,
                summary.order.transaction_id if summary.order else None,
                summary.offer.title if summary.offer else None,
                summary.preview,
            ) == (
                thread.last_message_at,
                thread.buyer_id,
                thread.seller_id,
                thread.order_id,
                thread.offer_id,
                thread.last_author_side,
                thread.buyer_unread_count,
                thread.seller_unread_count,
                other.pk,
                other.username,
                other.sender_id,
                other.registration_marketplace,
                thread.order.transaction_id if thread.order_id else None,
                thread.offer.title if thread.offer_id else None,
                thread.last_message.text[: selectors.PREVIEW_SOURCE_LENGTH]
                if thread.last_message_id
                else "",
            )
