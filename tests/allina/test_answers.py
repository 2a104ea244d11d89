"""Allina's answer composer: every topic, every order state, abstaining when data is missing.

Answers are composed in English here (the phrases are the msgids) unless a test is about
the language; what a buyer would check is asserted: the order number, statuses, carrier,
tracking number and link, dates, prices, and where the facts come from.
"""

from datetime import date, timedelta

import pytest
from django.utils import timezone

from accounts.models import User
from allina import answers
from orders import services as order_services
from orders.models import Carrier, DeliveryMethod, ShipmentStatus
from tests.factories import (
    DeliveryAddressFactory,
    OfferFactory,
    OrderFactory,
    ThreadFactory,
    UserFactory,
    order_pay,
    order_ship,
)

pytestmark = pytest.mark.django_db

TRACKING = "620000000000000000000001"


def compose(intent, thread, text="", language="en"):
    return answers.compose(intent=intent, thread=thread, language=language, text=text)


@pytest.fixture
def order_thread(thread):
    return thread


@pytest.fixture
def offer_thread(buyer, offer):
    return ThreadFactory(buyer=buyer, offer=offer)


def shipped(order, *, expected=True, events=True):
    now = timezone.now()
    order_pay(order)
    return order_ship(
        order,
        expected_delivery=date.today() + timedelta(days=2) if expected else None,
        events=[
            (
                ShipmentStatus.IN_TRANSIT,
                now - timedelta(hours=2),
                "Parcel at the sorting hub",
                "Warszawa",
            ),
        ]
        if events
        else (),
    )


# Where is my parcel / when will it come.


def test_delivery_status_of_a_shipped_order_gives_carrier_tracking_latest_event_and_source(
    order_thread, order
):
    shipped(order)
    answer = compose("delivery_status", order_thread)
    assert answer is not None
    assert order.transaction_id in answer.text
    assert "InPost" in answer.text and TRACKING in answer.text
    assert "Parcel at the sorting hub" in answer.text and "Warszawa" in answer.text
    assert "Expected delivery" in answer.text
    assert "Source: InPost, updated 2\xa0hours ago." in answer.text
    tracking = [link for link in answer.links if link.external]
    assert tracking[0].url == f"https://inpost.pl/sledzenie-przesylek?number={TRACKING}"
    facts = answer.facts()
    assert facts["sources"][0]["kind"] == "carrier" and facts["sources"][0]["name"] == "InPost"
    assert facts["order"] == order.transaction_id


def test_delivery_status_of_a_delivered_order(order_thread, order):
    shipment = shipped(order)
    order_services.tracking_event_record(
        shipment=shipment,
        event_id="delivered-1",
        status=ShipmentStatus.DELIVERED,
        occurred_at=timezone.now() - timedelta(minutes=30),
        description="Delivered to the parcel locker",
    )
    answer = compose("delivery_status", order_thread)
    assert "has been delivered" in answer.text
    assert "Delivered to the parcel locker" in answer.text
    assert "Expected delivery" not in answer.text
    eta = compose("delivery_eta", order_thread)
    assert "InPost delivered the parcel" in eta.text


def test_delivery_status_of_a_paid_order_not_sent_yet(order_thread, order):
    order_pay(order)
    answer = compose("delivery_status", order_thread)
    assert "is paid and waiting for the seller to send it" in answer.text
    assert answer.facts()["sources"][0]["kind"] == "order"


def test_where_a_locker_order_goes_names_the_locker_not_the_home_address(buyer, offer):
    # given an order the buyer sends to the parcel locker KRA01M, living in Gdańsk
    address = DeliveryAddressFactory(buyer=buyer, street="Długa", city="Gdańsk")
    order = OrderFactory(buyer=buyer, offer=offer, address=address)
    assert order.pickup_point["id"] == "KRA01M"
    thread = ThreadFactory(buyer=buyer, order=order)
    # when the buyer asks where the parcel will go, before and after it is sent
    for step in ("unpaid", "shipped"):
        if step == "shipped":
            shipped(order)
        answer = compose("delivery_status", thread, "Where will my parcel go?")
        # then Allina names the locker and its address, never the home address
        assert "parcel locker KRA01M (Paczkomat KRA01M), ul. Karmelicka 24, 31-128 Kraków" in (
            answer.text
        )
        assert "Gdańsk" not in answer.text and "Długa" not in answer.text
    # and so does her answer about when it comes
    answer = compose("delivery_eta", thread, "When will it come?")
    assert "parcel locker KRA01M" in answer.text


def test_a_courier_order_gets_no_locker_in_the_answer(buyer, offer, address):
    courier = offer.delivery_options.get(method="courier")
    order = OrderFactory(buyer=buyer, offer=offer, address=address, delivery_option=courier)
    thread = ThreadFactory(buyer=buyer, order=order)
    answer = compose("delivery_status", thread)
    assert "has not been paid yet" in answer.text and "locker" not in answer.text


def test_delivery_status_of_an_unpaid_order_links_to_payment(order_thread, order):
    answer = compose("delivery_status", order_thread)
    assert "has not been paid yet" in answer.text
    assert answer.links[0].url.endswith(f"/orders/{order.pk}/#payment")


def test_delivery_status_of_a_cancelled_order(order_thread, order):
    order_services.order_cancel(order=order)
    answer = compose("delivery_status", order_thread)
    assert "was cancelled, so it will not be sent" in answer.text


def test_delivery_eta_of_a_shipped_order_gives_the_expected_date(order_thread, order):
    shipment = shipped(order)
    answer = compose("delivery_eta", order_thread)
    assert "InPost expects to deliver the parcel" in answer.text
    assert shipment.expected_delivery.strftime("%Y") in answer.text


def test_delivery_eta_without_an_expected_date_abstains(order_thread, order):
    shipped(order, expected=False)
    assert compose("delivery_eta", order_thread) is None


def test_shipped_order_without_a_shipment_abstains(order_thread, order):
    order_pay(order)
    type(order).objects.filter(pk=order.pk).update(status="shipped")
    assert compose("delivery_status", order_thread) is None
    assert compose("delivery_eta", order_thread) is None


def test_delivery_eta_of_a_paid_order_uses_the_offers_delivery_time(order_thread, order):
    order_pay(order)
    answer = compose("delivery_eta", order_thread)
    assert "takes 1–3 days after the parcel is sent" in answer.text
    assert {source["kind"] for source in answer.facts()["sources"]} == {"order", "offer"}


def test_source_of_a_shipment_set_by_the_seller_says_the_seller(order_thread, order):
    shipped(order, events=False)
    answer = compose("delivery_status", order_thread)
    assert "Source: the seller, updated just now." in answer.text


# Delivery options and product questions: answered about an offer too.


def test_delivery_options_list_every_option_with_price_and_days(offer_thread, offer):
    answer = compose("delivery_options", offer_thread)
    assert offer.title in answer.text
    assert "Courier (DPD): PLN\xa015.00, 1–3 days" in answer.text
    assert "Parcel locker (InPost): PLN\xa09.00, 1–3 days" in answer.text
    assert "Source: the offer, updated" in answer.text


def test_delivery_options_of_an_offer_without_options_abstains(offer_thread, offer):
    offer.delivery_options.all().delete()  # none is left (the catalogue never allows it)
    assert compose("delivery_options", offer_thread) is None


def test_product_question_answered_from_the_offers_attributes(offer_thread, offer):
    answer = compose("product_question", offer_thread, text="Z jakiego materiału jest koszula?")
    assert "material: linen" in answer.text
    answer = compose("product_question", offer_thread, text="Jaká je velikost?")
    assert "size: M" in answer.text and "material" not in answer.text


@pytest.mark.parametrize(
    "text",
    [
        "Is it waterproof?",  # nothing in the offer says
        "What colour is it?",  # the offer has no colour
        "What size and what colour is it?",  # only half of it is known
    ],
)
def test_product_question_the_offer_does_not_answer_abstains(offer_thread, text):
    assert compose("product_question", offer_thread, text=text) is None


# Topics that need an order abstain about an offer.


@pytest.mark.parametrize("intent", sorted(answers.ORDER_INTENTS))
def test_order_topics_abstain_without_an_order(offer_thread, intent):
    assert compose(intent, offer_thread) is None


def test_unknown_or_null_topic_abstains(order_thread):
    assert compose(None, order_thread) is None
    assert compose("negotiation", order_thread) is None


# Payments.


def test_payment_status_unpaid_paid_failed_refunded(
    order_thread, order, django_capture_on_commit_callbacks
):
    assert "has not been paid yet" in compose("payment_status", order_thread).text
    attempt = order_services.payment_attempt_start(order=order)
    pending = compose("payment_status", order_thread).text
    assert "waiting for the payment operator's confirmation" in pending
    order_services.payment_attempt_complete(
        attempt=attempt, succeeded=False, failure_reason="Insufficient funds"
    )
    failed = compose("payment_status", order_thread).text
    assert "The last payment attempt" in failed and "Insufficient funds" in failed
    assert "You can pay again" in failed
    order_pay(order)
    paid = compose("payment_status", order_thread).text
    assert "was received on" in paid and "PLN" in paid
    with django_capture_on_commit_callbacks() as callbacks:
        order_services.order_cancel(order=order)
    assert "is being refunded" in compose("payment_status", order_thread).text
    for callback in callbacks:  # the operator refunds (the local one at once)
        callback()
    assert "was refunded" in compose("payment_status", order_thread).text


def test_prices_in_an_answer_are_written_the_readers_way(offer_thread):
    """A Polish buyer reads "15,00 zł", as on every page of the site, not "15.00 PLN"."""
    polish = answers.compose(intent="delivery_options", thread=offer_thread, language="pl")
    assert "15,00\xa0zł" in polish.text and "PLN" not in polish.text


def test_payment_retry_link_only_while_payable(order_thread, order):
    order_pay(order, succeeded=False, failure_reason="Card declined")
    answer = compose("payment_retry", order_thread)
    assert "Retry payment" in answer.text
    assert answer.links[0].url.endswith(f"/orders/{order.pk}/#payment")
    order_pay(order)
    assert "already paid" in compose("payment_retry", order_thread).text


def test_payment_retry_of_a_cancelled_order(order_thread, order):
    order_services.order_cancel(order=order)
    assert "cannot be paid any more" in compose("payment_retry", order_thread).text


# Invoices.


def test_invoice_when_requested_and_when_not(buyer, offer, address):
    order = order_services.order_place(
        buyer=buyer,
        offer=offer,
        delivery_option=offer.delivery_options.first(),
        pickup_point_id="KRA01M",
        address=address,
        quantity=1,
        invoice={
            "company_name": "Nowak Sp. z o.o.",
            "tax_id": "5260250274",
            "address": "Prosta 1",
        },
    )
    thread = ThreadFactory(buyer=buyer, order=order)
    answer = compose("invoice", thread)
    assert "Nowak Sp. z o.o." in answer.text and "5260250274" in answer.text
    change = compose("invoice_data_change", thread)
    assert "cannot be changed on the order after checkout" in change.text
    assert "Nowak Sp. z o.o." in change.text


def test_invoice_not_requested(order_thread, order):
    answer = compose("invoice", order_thread)
    assert "No invoice was requested" in answer.text
    assert "Source: your order" in answer.text


# Platform processes.


def test_return_complaint_cancellation_about_an_offer_explain_the_process(offer_thread):
    assert "within 14 days of receiving the item" in compose("return", offer_thread).text
    assert "file a complaint" in compose("complaint", offer_thread).text
    assert "cancelled until the seller sends it" in compose("cancellation", offer_thread).text
    assert "Source: the marketplace's rules for buyers." in compose("return", offer_thread).text


def test_cancellation_depends_on_the_order_state(order_thread, order):
    assert "can still be cancelled" in compose("cancellation", order_thread).text
    shipped(order)
    assert "can no longer be cancelled" in compose("cancellation", order_thread).text


def test_cancellation_of_a_cancelled_order_says_refunded(order_thread, order):
    order_pay(order)
    order_services.order_cancel(order=order)
    text = compose("cancellation", order_thread).text
    assert "already cancelled" in text and "refunded" in text


def test_complaint_before_anything_arrived_abstains(order_thread, order):
    assert compose("complaint", order_thread) is None
    shipped(order)
    assert "file a complaint" in compose("complaint", order_thread).text


def test_return_of_an_order_not_sent_suggests_cancelling(order_thread, order):
    assert "ask the seller to cancel it instead" in compose("return", order_thread).text


# Who may see what; the buyer's language.


def test_never_another_buyers_order(order, buyer, seller):
    """A thread whose buyer is not the order's buyer (it cannot be made through the
    services; forged here) gets no answer from that order."""
    shipped(order)
    thread = ThreadFactory(buyer=buyer, order=order)
    stranger = UserFactory()
    type(thread).objects.filter(pk=thread.pk).update(buyer=stranger)
    thread.refresh_from_db()
    assert compose("delivery_status", thread) is None
    assert compose("payment_status", thread) is None


def test_answer_in_the_buyers_language_with_local_dates(order_thread, order):
    shipped(order)
    polish = compose("delivery_eta", order_thread, language="pl")
    english = compose("delivery_eta", order_thread, language="en")
    months_pl = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca",
                 "sierpnia", "września", "października", "listopada", "grudnia"]  # fmt: skip
    assert any(month in polish.text for month in months_pl)
    assert polish.text != english.text
    assert polish.language == "pl"


@pytest.mark.parametrize(
    ("detected", "account_language", "expected"),
    [("cs", "", "cs"), ("de", "hu", "hu"), ("", "", "pl"), ("xx", "en", "en")],
)
def test_answer_language_detected_or_the_accounts(detected, account_language, expected):
    buyer = User(registration_marketplace="pl", language=account_language)
    assert answers.answer_language(detected=detected, buyer=buyer) == expected


def test_dpd_tracking_link(buyer, seller):
    offer = OfferFactory(
        seller=seller,
        delivery_options=[{"method": DeliveryMethod.COURIER, "carrier": Carrier.DPD, "price": 12}],
    )
    order = OrderFactory(buyer=buyer, offer=offer)
    order_pay(order)
    order_ship(order, carrier=Carrier.DPD, tracking_number="13245678901234")
    answer = compose("delivery_status", ThreadFactory(buyer=buyer, order=order))
    assert answer.links[0].url.endswith("p1=13245678901234")
    assert "DPD" in answer.text
