"""A "> " quote the reply turns down is cleared only when it quotes the reader's own
earlier words in the thread: a writer cannot forge one to smuggle a phone number, a link
or a scam text to the reader, who sees the quoted lines."""

import html

import pytest
from django.core import mail
from django.urls import reverse

from message_rules import services as rules_services
from messaging import services as messaging_services
from messaging.models import Message, MessageState
from tests.factories import MessageFactory
from tests.messaging.test_relay_inbound import email_bytes, masked, relay  # noqa: F401

HTMX = {"HX-Request": "true"}

CARD = (
    "On Tue, 3 Mar 2026, Adam wrote:\n> Send me your card number and the CVV.\n\n"
    "I don't give card details to anyone. Please pay through the site."
)
BLIK = (
    "W dniu 3 marca Adam napisał(a):\n> Wyślij mi kod BLIK, zapłacę od razu.\n\n"
    "Kodu BLIK nie wysyłam nikomu. Zapłać przez serwis."
)
PHONE_REQUEST = "Can you give me your phone number? It would be quicker."
PHONE_REFUSED = f"> {PHONE_REQUEST}\n\nI won't share my number, let's keep it here."


# -- the engine


@pytest.mark.parametrize("text", [CARD, BLIK, PHONE_REFUSED])
def test_without_a_thread_a_refused_quote_is_cleared_as_before(rules, text):
    assert not rules.check(text, use_model=False).blocked
    assert not rules.check(text, use_model=False, quotable=None).blocked


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (CARD, "credentials_request"),
        (BLIK, "credentials_request"),
        (PHONE_REFUSED, "off_platform"),
    ],
)
@pytest.mark.parametrize(
    "quotable",
    [(), ("Is it still available in size L?", "Thanks, paid.")],
    ids=["nothing earlier", "other earlier words"],
)
def test_a_forged_quote_is_the_writers_own_words(rules, text, category, quotable):
    verdict = rules.check(text, quotable=quotable)
    assert verdict.blocked
    assert category in verdict.categories


@pytest.mark.parametrize(
    ("text", "earlier"),
    [
        (CARD, "Send me your card number and the CVV."),
        (BLIK, "Wyślij mi kod BLIK, zapłacę od razu."),
        (PHONE_REFUSED, PHONE_REQUEST),
    ],
)
def test_a_genuine_quote_of_the_readers_earlier_message_is_cleared(rules, text, earlier):
    assert not rules.check(text, quotable=("Hello", f"Hi!\n{earlier}\nBest, Adam")).blocked


@pytest.mark.parametrize(
    ("text", "earlier"),
    [
        # the quote re-wrapped and re-indented by a mail client
        (
            "Adam wrote:\n> Send me your card\n>   number and\n> the CVV.\n\n"
            "I don't give card details to anyone.",
            "Send me your card number and the CVV.",
        ),
        # the reader's text wrapped, with double spaces; the quote on one line
        (CARD, "Send me  your card number\nand the   CVV."),
        # diacritics lost on the way (folded alike: "ś" and "s", "ę" and "e")
        (
            "W dniu 3 marca Adam napisał(a):\n> Wyslij mi kod BLIK, zaplace od razu.\n\n"
            "Kodu BLIK nie wysyłam nikomu.",
            "Wyślij mi kod BLIK, zapłacę od razu.",
        ),
        # the reader's own earlier message quoted what the writer said before
        (CARD, "> Pay through the site please\n\nSend me your card number and the CVV."),
    ],
    ids=["rewrapped quote", "wrapped original", "diacritics", "nested quote"],
)
def test_a_quote_differing_only_in_wrapping_spaces_or_diacritics_is_cleared(rules, text, earlier):
    assert not rules.check(text, use_model=False, quotable=(earlier,)).blocked


def test_a_quote_adding_words_to_the_readers_message_is_not_cleared(rules):
    # the first half is the reader's, the rest the writer slipped in
    text = (
        "> Can you give me your phone number? Call me 601 234 567\n\n"
        "I won't share my number, let's keep it here."
    )
    verdict = rules.check(text, quotable=(PHONE_REQUEST,))
    assert {f.fragment for f in verdict.findings} >= {"601 234 567"}


def test_the_module_level_check_takes_the_thread_too(db):
    assert rules_services.engine.check(CARD, quotable=()).blocked
    assert not rules_services.engine.check(CARD, quotable=(CARD,)).blocked


# -- what the writer may quote


@pytest.mark.django_db
def test_quotable_texts_are_the_readers_earlier_words_in_one_query(
    thread, django_assert_num_queries
):
    seller, buyer = thread.seller, thread.buyer
    MessageFactory(thread=thread, author=buyer, text="Is it still available?")
    MessageFactory(thread=thread, author=seller, text="Yes, it is.")
    blocked = MessageFactory(thread=thread, author=buyer, text="Ty kurwo, odpisz")
    assert blocked.state == MessageState.BLOCKED
    reply = MessageFactory(thread=thread, author=seller, text="Anything else?")
    MessageFactory(thread=thread, author=buyer, text="Later words")
    with django_assert_num_queries(1):
        quotable = rules_services.quotable_texts(message=reply)
    # the reader's (the buyer's) own, in any state; never the writer's; nothing later
    assert set(quotable) == {"Is it still available?", "Ty kurwo, odpisz"}


# -- end to end: the seller's web reply and the buyer's page


def _seller_replies(client, thread, text, django_capture_on_commit_callbacks):
    client.force_login(thread.seller)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("messaging:thread_reply", args=[thread.pk]), {"text": text}, headers=HTMX
        )
    return response


def _buyers_page(client, thread) -> str:
    client.force_login(thread.buyer)
    return html.unescape(client.get(reverse("messaging:thread_detail", args=[thread.pk])).text)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("forged", "hidden"),
    [
        ("On Mon, 7 Dec 2026, buyer wrote:\n> call me 601 234 567\n\nNo.", "601 234 567"),
        (CARD.replace("Adam", "buyer"), "Send me your card number"),
    ],
    ids=["phone number", "scam text"],
)
def test_a_sellers_forged_quote_is_blocked_and_the_buyer_sees_nothing_of_it(
    client, thread, forged, hidden, django_capture_on_commit_callbacks
):
    MessageFactory(thread=thread, author=thread.buyer, text="Is it still available?")
    response = _seller_replies(client, thread, forged, django_capture_on_commit_callbacks)
    assert response.status_code == 422
    reply = Message.objects.get(author=thread.seller)
    assert reply.state == MessageState.BLOCKED
    assert reply.rules_check.verdict == "block"
    assert hidden not in _buyers_page(client, thread)
    assert all(hidden not in m.body for m in mail.outbox)
    assert [m.to for m in mail.outbox if thread.buyer.email in m.to] == []


@pytest.mark.django_db
def test_a_sellers_reply_refusing_the_buyers_real_request_is_delivered(
    client, thread, django_capture_on_commit_callbacks
):
    # the buyer asked for a phone number; the rules stopped it, staff let it through
    asked = MessageFactory(thread=thread, author=thread.buyer, text=PHONE_REQUEST)
    assert asked.state == MessageState.BLOCKED
    asked = messaging_services.message_release(message=asked, past=frozenset({"message_rules"}))
    assert asked.state == MessageState.DELIVERED
    text = (
        "On Mon, 7 Dec 2026, buyer wrote:\n"
        "> Can you give me your phone number?\n> It would be quicker.\n\n"
        "I won't share my number, let's keep it here."
    )
    response = _seller_replies(client, thread, text, django_capture_on_commit_callbacks)
    assert response.status_code == 200
    reply = Message.objects.get(author=thread.seller)
    assert reply.state == MessageState.DELIVERED
    assert reply.rules_check.verdict == "allow"
    assert "let's keep it here" in _buyers_page(client, thread)
    assert any("let's keep it here" in m.body for m in mail.outbox if thread.buyer.email in m.to)


# -- end to end: the seller's e-mail through the relay, and the buyer's mailbox


@pytest.mark.parametrize("genuine", [False, True], ids=["forged", "genuine"])
def test_a_sellers_relayed_reply_quoting_the_buyer_is_checked_against_the_thread(
    relay,  # noqa: F811
    buyer,
    seller,
    order,
    genuine,
):
    thread = messaging_services.thread_get_or_create(buyer=buyer, order=order)
    earlier = "Send me your card number and the CVV." if genuine else "Is it still available?"
    asked = MessageFactory(thread=thread, author=buyer, text=earlier)
    if asked.state != MessageState.DELIVERED:  # the rules stopped it; staff let it through
        messaging_services.message_release(message=asked, past=frozenset({"message_rules"}))
    mail.outbox.clear()
    text = (
        "On Mon, 7 Dec 2026, buyer wrote:\n> Send me your card number and the CVV.\n\n"
        "I don't give card details to anyone. Please pay through the site."
    )
    to = masked(buyer, order)
    code, _reply = relay.send(
        mail_from=seller.email, to=[to], data=email_bytes(sender=seller.email, to=to, text=text)
    )
    assert code == 250
    reply = Message.objects.get(author=seller)
    to_buyer = [m for m in mail.outbox if buyer.email in m.to]
    if genuine:
        assert (reply.state, reply.rules_check.verdict) == (MessageState.DELIVERED, "allow")
        assert any("Please pay through the site." in m.body for m in to_buyer)
    else:
        assert reply.state == MessageState.BLOCKED
        assert reply.rules_check.categories == ["credentials_request"]
        assert to_buyer == []  # the forged request never reaches the buyer
        assert [m.to for m in mail.outbox] == [[seller.email]]  # the writer is told why
