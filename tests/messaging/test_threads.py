"""The thread's denormalised state (messaging/threads.py) against its messages.

Random histories (seeded, so a failure names its seed) of what users and staff do to a
thread: buyer's and seller's replies, courier mail, messages the rules block, staff
releasing or hiding one, each side reading. After every step the thread row kept by the
cheap per-delivery update must equal what `thread_refresh` recomputes from the messages,
and both must equal the definition computed here in Python from the message rows. Runs
on SQLite and, with DATABASE_URL set (CI), on PostgreSQL, where the search document is
compared too.
"""

import random
import re

import pytest

from accounts.models import User
from core.text import fold_accents
from messaging import services, threads
from messaging.models import Channel, Message, MessageState, Thread
from messaging.selectors import thread_list_for_user
from tests.factories import MessageFactory, OfferFactory, ThreadFactory, UserFactory

WORDS = ["paczka", "Faktura", "zwrot", "kurier", "rozmiar", "dziękuję", "Číslo", "szállítás"]
BLOCKED = "kurwa"  # profanity: the message rules block the message
COURIER = "powiadomienia@inpost.pl"
STATE = [
    "buyer_unread_count",
    "seller_unread_count",
    "last_message_id",
    "last_message_at",
    "last_author_side",
]


def _state(thread_id: int) -> dict:
    fields = STATE + (["search_document"] if threads.searches_documents() else [])
    return Thread.objects.filter(pk=thread_id).values(*fields).get()


def _expected(thread: Thread, last_message_at) -> dict:
    """The definition (messaging/threads.py's docstring), from the message rows."""
    delivered = list(
        Message.objects.filter(thread=thread, state=MessageState.DELIVERED).order_by(
            "created_at", "id"
        )
    )
    staff = {m.pk for m in delivered if m.channel == Channel.STAFF}
    authored = [m for m in delivered if m.author_id is not None and m.pk not in staff]
    expected = {
        "buyer_unread_count": sum(
            1
            for m in delivered
            if m.buyer_read_at is None
            and (m.author_id in (None, thread.seller_id) or m.pk in staff)
        ),
        "seller_unread_count": sum(
            1
            for m in delivered
            if m.seller_read_at is None and (m.author_id == thread.buyer_id or m.pk in staff)
        ),
        "last_message_id": delivered[-1].pk if delivered else None,
        "last_message_at": delivered[-1].created_at if delivered else last_message_at,
        "last_author_side": (
            ("buyer" if authored[-1].author_id == thread.buyer_id else "seller")
            if authored
            else ""
        ),
    }
    if threads.searches_documents():
        # The configuration folds accents (unaccent) before the simple dictionary.
        expected["search_document"] = sorted(
            {fold_accents(word).lower() for m in delivered for word in re.findall(r"\w+", m.text)}
        )
    return expected


# What a staff release goes past (moderation.services.case_decide).
STAFF_RELEASE = frozenset({"message_rules"})


def _comparable(state: dict) -> dict:
    state = dict(state)
    if "search_document" in state:  # PostgreSQL's text of a stripped tsvector: 'a' 'b'
        state["search_document"] = sorted(re.findall(r"'([^']*)'", state["search_document"]))
    return state


def _step(rng: random.Random, thread: Thread, log: list[str]) -> None:
    action = rng.choice(
        [
            "buyer",
            "buyer",
            "seller",
            "seller",
            "courier",
            "staff",
            "blocked",
            "release",
            "read",
            "hide",
        ]
    )
    text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 3)))
    if action in ("buyer", "seller", "blocked"):
        author = thread.seller if action == "seller" else thread.buyer
        if action == "blocked":
            author = rng.choice([thread.buyer, thread.seller])
            text = f"{text} {BLOCKED}"
        services.message_submit(thread=thread, author=author, text=text)
    elif action == "courier":
        services.message_submit(
            thread=thread,
            author=None,
            text=text,
            channel=Channel.EMAIL,
            external_sender=COURIER,
        )
    elif action == "staff":  # a notice staff write into the conversation
        staff, _created = User.objects.get_or_create(
            username="moderator", defaults={"is_staff": True, "email": "mod@example.com"}
        )
        services.message_submit(thread=thread, author=staff, text=text, channel=Channel.STAFF)
    elif action == "release":  # staff release a blocked message (delivered late)
        blocked = list(Message.objects.filter(thread=thread, state=MessageState.BLOCKED))
        if blocked:
            services.message_release(message=rng.choice(blocked), past=STAFF_RELEASE)
    elif action == "read":
        reader = rng.choice([thread.buyer, thread.seller])
        services.thread_mark_read(thread=Thread.objects.get(pk=thread.pk), user=reader)
    elif action == "hide":
        delivered = list(Message.objects.filter(thread=thread, state=MessageState.DELIVERED))
        if delivered:
            services.message_hide(message=rng.choice(delivered))
    log.append(action)


@pytest.mark.parametrize("seed", range(6))
def test_delivery_updates_equal_a_refresh_and_the_definition(db, seed):
    """Given a random history, the thread list's figures (unread badges, preview, whose
    turn, search) always say what the messages say, however they were reached."""
    rng = random.Random(seed)
    thread = ThreadFactory()
    log: list[str] = []
    for _ in range(30):
        _step(rng, thread, log)
        kept = _state(thread.pk)
        threads.thread_refresh(thread_id=thread.pk)
        refreshed = _state(thread.pk)
        assert kept == refreshed, f"seed {seed} after {log}"
        assert _comparable(refreshed) == _expected(thread, kept["last_message_at"]), (
            f"seed {seed} after {log}"
        )
    # The history reached the cases that matter (else the test proves little).
    assert {"buyer", "seller", "courier", "staff", "read"} <= set(log)


def test_a_message_released_late_does_not_take_the_turn_from_a_later_reply(db):
    """Buyer asks (blocked, later released by staff); seller answers meanwhile; courier
    mail comes last: the seller's answer is later than the released question, so the
    conversation still waits for the buyer."""
    thread = ThreadFactory()
    question = services.message_submit(
        thread=thread, author=thread.buyer, text=f"paczka {BLOCKED}"
    )
    services.message_submit(thread=thread, author=thread.seller, text="Wysłana wczoraj")
    services.message_submit(
        thread=thread, author=None, text="Paczka w drodze", external_sender=COURIER
    )
    services.message_release(message=question, past=STAFF_RELEASE)
    thread.refresh_from_db()
    assert thread.last_author_side == "seller"
    assert thread.awaits_reply_from(thread.buyer)
    assert thread.last_message.text == "Paczka w drodze"
    assert (thread.buyer_unread_count, thread.seller_unread_count) == (2, 1)


def test_hiding_the_last_message_brings_back_the_previous_one(db):
    thread = ThreadFactory()
    first = services.message_submit(thread=thread, author=thread.buyer, text="Gdzie paczka?")
    rude = services.message_submit(thread=thread, author=thread.seller, text="Cierpliwości")
    services.message_hide(message=rude)
    thread.refresh_from_db()
    assert thread.last_message_id == first.pk
    assert thread.last_message_at == first.created_at
    assert thread.last_author_side == "buyer"
    assert thread.buyer_unread_count == 0
    # Its writer still sees it (as blocked) and finds it; the buyer no longer does.
    assert _found(thread.seller, "cierpliwości") == {thread.pk}
    assert _found(thread.buyer, "cierpliwości") == set()


# --- search: the same answer on every database -------------------------------------------


def _found(user, query: str) -> set[int]:
    page, _next = thread_list_for_user(user=user, query=query)
    return {summary.pk for summary in page}


def test_a_writer_finds_their_own_blocked_message_and_the_other_side_does_not(db):
    """A buyer whose message the rules blocked sees it in the thread (marked blocked) and
    finds it by search; the seller never received it and does not."""
    thread = ThreadFactory()
    services.message_submit(thread=thread, author=thread.buyer, text="Dzień dobry")
    services.message_submit(thread=thread, author=thread.buyer, text=f"zegarek {BLOCKED}")
    assert Message.objects.filter(thread=thread, state=MessageState.BLOCKED).count() == 1
    assert _found(thread.buyer, "zegar") == {thread.pk}
    assert _found(thread.seller, "zegar") == set()
    assert _found(thread.seller, "dzień") == {thread.pk}


@pytest.mark.parametrize("seed", range(3))
def test_search_finds_what_the_user_sees_on_every_database(db, seed):
    """Random threads of one seller with several buyers; every user's search for every
    word beginning, in any case, lists exactly the threads where a message they can see
    (delivered, or their own in any state) has a word starting with it."""
    rng = random.Random(1000 + seed)
    seller = UserFactory(is_seller=True)
    buyers = [UserFactory() for _ in range(3)]
    made = []
    for _ in range(12):
        thread = ThreadFactory(buyer=rng.choice(buyers), offer=OfferFactory(seller=seller))
        made.append(thread)
        for _ in range(rng.randint(0, 4)):
            author = rng.choice([thread.buyer, seller])
            text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 2)))
            if rng.random() < 0.3:
                text = f"{text} {BLOCKED}"
            MessageFactory(thread=thread, author=author, text=text)
    for user in [seller, *buyers]:
        for word in WORDS:
            term = word[: rng.randint(1, len(word))]
            term = term.upper() if rng.random() < 0.5 else term
            expected = set()
            for thread in made:
                if user.pk not in (thread.buyer_id, thread.seller_id):
                    continue
                thread.refresh_from_db()
                if user.pk == thread.seller_id and thread.last_message_id is None:
                    continue  # not in the seller's list before anything reached them
                for message in Message.objects.filter(thread=thread):
                    visible = message.state == MessageState.DELIVERED or message.author == user
                    words = re.findall(r"\w+", message.text.lower())
                    if visible and any(w.startswith(term.lower()) for w in words):
                        expected.add(thread.pk)
            assert _found(user, term) == expected, (seed, user.username, term)
