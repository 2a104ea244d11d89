"""The event journal hears what the services announce, whichever channel caused it:
Allina's answer to a buyer, a payment, a carrier's tracking event, a web read."""

from datetime import date, timedelta

import pytest
from django.utils import timezone

from api.journal import events_for_user
from messaging import services as messaging_services
from orders import services as order_services
from orders.models import ShipmentStatus
from tests.factories import MessageFactory, order_pay

pytestmark = pytest.mark.django_db


def _kinds(seller) -> list[tuple[str, dict]]:
    return [(event.kind, event.data) for event in events_for_user(user=seller)]


@pytest.mark.usefixtures("allina_on")
def test_allinas_answer_is_in_the_sellers_journal_without_the_buyers_text(
    seller, thread, order, django_capture_on_commit_callbacks
):
    order_pay(order)
    order_services.shipment_create(
        order=order,
        carrier="inpost",
        tracking_number="620000000000000000000001",
        expected_delivery=date.today() + timedelta(days=1),
    )
    with django_capture_on_commit_callbacks(execute=True):
        question = MessageFactory(thread=thread, text="Gdzie jest moja paczka?")
    question.refresh_from_db()
    answered = [data for kind, data in _kinds(seller) if kind == "question.answered_by_allina"]
    [data] = answered
    assert data["threadId"] == thread.pk
    assert data["intent"] in ("delivery_status", "delivery_eta")  # the real classifier's
    assert "Gdzie" not in str(_kinds(seller))


def test_payment_tracking_and_a_web_read_are_announced(seller, thread, order, client):
    order_pay(order)
    shipment = order_services.shipment_create(
        order=order, carrier="inpost", tracking_number="620000000000000000000002"
    )
    order_services.tracking_event_record(
        shipment=shipment,
        event_id="evt-1",
        status=ShipmentStatus.DELIVERED,
        occurred_at=timezone.now(),
    )
    MessageFactory(thread=thread, author=thread.buyer, text="Dziękuję, doszło.")
    client.force_login(seller)
    client.get(f"/messages/{thread.pk}/")  # the seller opens it on the web
    messaging_services.thread_mark_read(thread=thread, user=seller)  # nothing new: no event
    kinds = [(kind, data.get("status")) for kind, data in _kinds(seller)]
    assert kinds == [
        ("order.created", None),
        ("order.status_changed", "paid"),
        ("shipment.created", "label_created"),
        ("order.status_changed", "shipped"),
        ("shipment.status_changed", "delivered"),
        ("order.status_changed", "delivered"),
        ("message.delivered", None),
        ("thread.read", None),
    ]
