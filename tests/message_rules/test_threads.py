"""A conversation scored as a whole (issue #15, item 6): each message passes the rules,
the conversation lands in the staff review queue with its timeline."""

import pytest
from django.urls import reverse
from django.utils import translation

from message_rules import engine, threads
from messaging.models import Message, MessageState
from moderation.models import CaseKind, CaseStatus, ModerationCase
from tests.factories import OfferFactory, OrderFactory, ThreadFactory, UserFactory
from tests.messaging.test_relay_inbound import email_bytes, masked, relay  # noqa: F401

FRIENDLY = "Hi! Thanks for buying the lamp, I will pack it carefully today."
LINK = "Here is the tracking page for your parcel: https://inpost.pl/sledzenie-przesylek?n=123"
CODES = (
    "One more thing: the courier needs the code you will get by text message, "
    "just send it here in the chat."
)
# Each copy alone passes the message rules and the model (an earlier letter, "confirm the
# delivery by paying the small insurance supplement on the courier page", the model came to
# block on its own once corpora ak-ao were trained on).
LETTER = (
    "Hello dear customer, thank you for your order in our shop. Your parcel is ready; before "
    "it leaves, please transfer the small handling supplement so we can book the courier "
    "today."
)


def _reply(client, thread, text):
    return client.post(
        reverse("messaging:thread_reply", args=[thread.pk]),
        {"text": text},
        headers={"HX-Request": "true"},
    )


def _suspicious():
    return list(ModerationCase.objects.filter(kind=CaseKind.SUSPICIOUS_THREAD))


@pytest.mark.django_db
def test_an_escalating_conversation_on_the_web_reaches_the_staff_queue_with_its_timeline(
    client, thread, admin_client
):
    client.force_login(thread.seller)
    for text in (FRIENDLY, LINK):
        assert _reply(client, thread, text).status_code == 200
    assert _suspicious() == []  # a friendly line and a courier link are nothing yet
    assert _reply(client, thread, CODES).status_code == 200

    messages = list(Message.objects.filter(thread=thread).order_by("id"))
    assert [m.state for m in messages] == [MessageState.DELIVERED] * 3  # each one passed
    [case] = _suspicious()
    assert (case.message_id, case.status, case.categories) == (
        messages[-1].pk,
        CaseStatus.OPEN,
        ["scam"],
    )
    assert case.details["reasons"] == [{"code": "escalation", "params": {}}]
    timeline = case.details["timeline"]
    assert [row["text"] for row in timeline] == [FRIENDLY, LINK, CODES]
    assert [row["signals"] for row in timeline] == [[], ["link"], ["money", "codes"]]

    # Staff see it in the queue and on the entry's page, the conversation with it.
    queue = admin_client.get(reverse("admin:moderation_moderationcase_changelist")).text
    assert "Podejrzana rozmowa" in queue  # "Suspicious conversation", staff UI in Polish
    page = admin_client.get(reverse("admin:moderation_moderationcase_change", args=[case.pk])).text
    with translation.override("pl"):  # the reason in the viewer's language, not as stored
        reason = threads.reason_text(case.details["reasons"][0])
    assert reason in page
    assert "the courier needs the code" in page

    # A fourth message does not queue the thread twice while the entry is open.
    _reply(client, thread, "Also, the courier code please, today if you can.")
    assert len(_suspicious()) == 1


@pytest.mark.django_db
def test_an_ordinary_conversation_with_a_link_and_a_payment_is_left_alone(client, thread):
    client.force_login(thread.seller)
    for text in (
        "Hello, the parcel went out today.",
        "You paid through the checkout, thank you, everything is fine.",
        "Tracking: https://inpost.pl/sledzenie-przesylek?n=55",
    ):
        _reply(client, thread, text)
    assert _suspicious() == []  # no request for money or codes after the link


@pytest.mark.django_db
def test_the_same_letter_into_many_threads_reaches_the_queue(client, seller):
    offer = OfferFactory(seller=seller)
    orders = [OrderFactory(buyer=UserFactory(), offer=offer) for _ in range(3)]
    conversations = [ThreadFactory(buyer=o.buyer, order=o) for o in orders]
    client.force_login(seller)
    for number, thread in enumerate(conversations):
        # Disguised a little each time: another greeting, no diacritics, a typo.
        text = LETTER.replace("Hello", ["Hello", "Hi", "Good day"][number])
        assert _reply(client, thread, text).status_code == 200
        assert Message.objects.filter(thread=thread).get().state == MessageState.DELIVERED
    [case] = _suspicious()
    assert case.message.thread_id == conversations[-1].pk
    assert case.details["reasons"] == [{"code": "same_letter", "params": {"threads": 3}}]


@pytest.mark.django_db
def test_reasons_are_shown_in_the_viewers_language(client, seller, admin_client, admin_user):
    offer = OfferFactory(seller=seller)
    client.force_login(seller)
    for _ in range(3):
        order = OrderFactory(buyer=UserFactory(), offer=offer)
        _reply(client, ThreadFactory(buyer=order.buyer, order=order), LETTER)
    [case] = _suspicious()
    url = reverse("admin:moderation_moderationcase_change", args=[case.pk])
    pages = {}
    for language in ("en", "hu"):
        admin_user.language = language
        admin_user.save(update_fields=["language"])
        with translation.override(language):
            expected = threads.reason_text(case.details["reasons"][0])
        pages[language] = (admin_client.get(url).text, expected)
    page, expected = pages["en"]
    assert "same letter in 3 threads within 48 h" in page
    page, expected = pages["hu"]
    assert expected in page and 'lang="hu"' in page


@pytest.mark.django_db
def test_a_sellers_payment_received_template_in_many_threads_is_ordinary(client, seller):
    """A shop confirms payments to its buyers with one template: no request for money."""
    offer = OfferFactory(seller=seller)
    client.force_login(seller)
    for _ in range(5):
        order = OrderFactory(buyer=UserFactory(), offer=offer)
        text = (
            f"Hello, thank you for your order {order.transaction_id}. Payment received, we "
            "will send your parcel tomorrow morning with the courier. Have a nice day and "
            "thank you for shopping with us."
        )
        assert (
            _reply(client, ThreadFactory(buyer=order.buyer, order=order), text).status_code == 200
        )
    assert _suspicious() == []


FEE_AFTER_PAYMENT = (
    "Hello, thank you for your order. Payment received, thank you. Before we ship, "
    "please pay the 20 EUR insurance fee by bank transfer to our account today."
)


@pytest.mark.django_db
def test_a_template_that_confirms_a_payment_and_asks_for_more_is_scored(client, seller, settings):
    """With the rules alone each message passes; the conversation scoring catches it."""
    settings.MESSAGE_RULES_MODEL = False
    engine.invalidate()
    offer = OfferFactory(seller=seller)
    client.force_login(seller)
    for _ in range(3):
        order = OrderFactory(buyer=UserFactory(), offer=offer)
        _reply(client, ThreadFactory(buyer=order.buyer, order=order), FEE_AFTER_PAYMENT)
    [case] = _suspicious()
    assert case.details["reasons"] == [{"code": "same_letter", "params": {"threads": 3}}]


@pytest.mark.django_db
def test_with_the_model_a_fee_asked_after_payment_is_blocked_at_once(client, seller, settings):
    """The model (its second author's corpus has such fees) blocks the first one already."""
    settings.MESSAGE_RULES_MODEL = True
    engine.invalidate()
    order = OrderFactory(buyer=UserFactory(), offer=OfferFactory(seller=seller))
    client.force_login(seller)
    response = _reply(client, ThreadFactory(buyer=order.buyer, order=order), FEE_AFTER_PAYMENT)
    assert response.status_code == 422
    assert Message.objects.get().rules_check.categories == ["scam"]


@pytest.mark.django_db
def test_a_sellers_short_thank_you_in_many_threads_is_ordinary(client, seller):
    offer = OfferFactory(seller=seller)
    client.force_login(seller)
    for _ in range(4):
        order = OrderFactory(buyer=UserFactory(), offer=offer)
        _reply(client, ThreadFactory(buyer=order.buyer, order=order), "Thank you, shipped!")
    assert _suspicious() == []


@pytest.mark.django_db
def test_a_sellers_tracking_template_in_many_threads_is_ordinary(client, seller):
    """Reply templates: the same long answer with a courier's tracking link to many buyers
    is how a shop works, not a scam."""
    offer = OfferFactory(seller=seller)
    client.force_login(seller)
    for number in range(7):
        order = OrderFactory(buyer=UserFactory(), offer=offer)
        text = (
            f"Hello, thank you for your order {order.transaction_id}. Your parcel left today "
            f"with InPost and should arrive within two days: "
            f"https://inpost.pl/sledzenie-przesylek?number=6200000000000{number}"
        )
        assert (
            _reply(client, ThreadFactory(buyer=order.buyer, order=order), text).status_code == 200
        )
    assert _suspicious() == []


def test_near_identical_letters_share_a_band_and_different_ones_do_not():
    one = set(threads.band_keys(LETTER))
    disguised = set(threads.band_keys(LETTER.replace("Hello", "Hi").replace("ready", "redy")))
    other = set(
        threads.band_keys(
            "The lamp arrived yesterday and it works well, the shade is a bit darker than in "
            "the photos but I like it, thank you for the fast delivery."
        )
    )
    assert one & disguised
    assert not one & other
    assert threads.band_keys("Thank you, shipped!") == []  # too short to be a letter


def test_escalation_through_the_relay_reaches_the_queue(
    relay,  # noqa: F811
    buyer,
    seller,
    order,
    settings,
):
    # Each message alone must pass, so the learned model (which now blocks the third on
    # its own) is off: what is tested is the conversation's score from the patterns.
    settings.MESSAGE_RULES_MODEL = False
    engine.invalidate()
    to = masked(seller, order)
    for text in (
        "Hello, I am happy with the offer and will pick it up.",
        "My friend left feedback about you here: https://inpost.pl/opinie?id=9",
        "Before I confirm, please pay the 10 zł deposit on that page so the courier comes.",
    ):
        relay.send(
            mail_from=buyer.email, to=[to], data=email_bytes(sender=buyer.email, to=to, text=text)
        )
    states = list(Message.objects.order_by("id").values_list("state", flat=True))
    assert states == [MessageState.DELIVERED] * 3  # each e-mail alone passed the rules
    [case] = _suspicious()
    assert case.message.author == buyer
    assert [row["signals"] for row in case.details["timeline"]] == [[], ["link"], ["money"]]
