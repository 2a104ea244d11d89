"""Checkout, payments and shipments as the buyer and seller meet them."""

import re
from datetime import timedelta
from decimal import Decimal

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from accounts.models import DeliveryAddress
from core.exceptions import DomainError
from orders import services
from orders.models import (
    AttemptStatus,
    Offer,
    Order,
    OrderStatus,
    PaymentStatus,
    ShipmentStatus,
)
from tests.factories import DeliveryAddressFactory, OfferFactory, OrderFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_an_order_gets_a_random_transaction_identifier_of_the_seeds_shape(order):
    assert re.fullmatch(r"[a-z0-9]{9}", order.transaction_id)
    others = {OrderFactory(offer=order.lines.get().offer).transaction_id for _ in range(10)}
    assert order.transaction_id not in others and len(others) == 10


def test_transaction_identifiers_are_unique_in_the_database(order, offer):
    second = OrderFactory(offer=offer)
    with pytest.raises(IntegrityError), transaction.atomic():
        Order.objects.filter(pk=second.pk).update(transaction_id=order.transaction_id)


def test_a_colliding_transaction_identifier_is_drawn_again(order, offer, monkeypatch):
    # given the random source returns an identifier that is taken, then a free one
    draws = iter([order.transaction_id, "zzzzzzzz9"])
    monkeypatch.setattr(services.checkout, "new_transaction_id", lambda: next(draws))
    # when another order is placed, it gets the free identifier instead of failing
    assert OrderFactory(offer=offer).transaction_id == "zzzzzzzz9"


def test_the_order_keeps_the_address_the_buyer_chose_not_their_default(buyer, offer):
    # given a buyer with two addresses, the first one their default
    home = DeliveryAddressFactory(buyer=buyer, city="Kraków")
    office = DeliveryAddressFactory(buyer=buyer, city="Gdańsk", street="Grunwaldzka")
    assert home.is_default and not office.is_default
    # when they order to the office
    order = OrderFactory(buyer=buyer, offer=offer, address=office)
    # then the order carries the office address
    assert order.delivery_address["city"] == "Gdańsk"
    assert order.delivery_address["street"] == "Grunwaldzka"


def test_the_snapshot_does_not_change_when_the_account_address_does(order, address):
    DeliveryAddress.objects.filter(pk=address.pk).update(city="Poznań", street="Nowa")
    address.delete()
    order.refresh_from_db()
    assert order.delivery_address["city"] == "Warszawa"
    assert order.delivery_address["street"] == "Marszałkowska"


def test_a_buyer_cannot_ship_to_someone_elses_address(buyer, offer):
    stranger_address = DeliveryAddressFactory(buyer=UserFactory())
    with pytest.raises(DomainError, match="your delivery addresses"):
        services.order_place(
            buyer=buyer,
            offer=offer,
            delivery_option=offer.delivery_options.first(),
            address=stranger_address,
        )
    assert not Order.objects.exists()


def test_a_seller_cannot_buy_their_own_offer(seller, offer):
    address = DeliveryAddressFactory(buyer=seller)
    with pytest.raises(DomainError):
        OrderFactory(buyer=seller, offer=offer, address=address)


def test_a_delivery_option_of_another_offer_is_refused(buyer, offer, address):
    other_option = OfferFactory().delivery_options.first()
    with pytest.raises(DomainError, match="delivery method"):
        services.order_place(
            buyer=buyer, offer=offer, delivery_option=other_option, address=address
        )


def test_the_order_total_and_payment_include_delivery(order):
    option_price = order.delivery_price
    assert order.items_total == Decimal("129.00")
    assert order.payment.amount == Decimal("129.00") + option_price
    assert order.payment.currency == order.currency == "PLN"


def test_ordering_more_than_the_stock_is_refused(buyer, address):
    offer = OfferFactory(stock=1)
    OrderFactory(buyer=buyer, offer=offer, address=address)
    with pytest.raises(DomainError, match="no longer available"):
        OrderFactory(buyer=buyer, offer=offer, address=address)


def test_an_invoice_request_needs_invoice_data(buyer, offer, address):
    order = OrderFactory(
        buyer=buyer,
        offer=offer,
        address=address,
        invoice={
            "company_name": "Nowak sp. z o.o.",
            "tax_id": "5260250274",
            "address": "ul. Długa 3, 00-238 Warszawa",
        },
    )
    assert order.invoice_requested and order.invoice_tax_id == "5260250274"
    with pytest.raises(IntegrityError), transaction.atomic():
        Order.objects.filter(pk=order.pk).update(invoice_company_name="")


def test_a_declined_payment_can_be_retried_and_paid(order):
    # given a first attempt that the operator declines
    first = services.payment_attempt_start(order=order)
    services.payment_attempt_complete(
        attempt=first, succeeded=False, failure_reason="Card expired"
    )
    order.refresh_from_db()
    assert order.status == OrderStatus.PAYMENT_FAILED
    # when the buyer retries and the operator approves
    second = services.payment_attempt_start(order=order)
    services.payment_attempt_complete(attempt=second, succeeded=True)
    # then the order is paid and both attempts are on record
    order.refresh_from_db()
    assert order.status == OrderStatus.PAID
    assert order.payment.status == PaymentStatus.PAID
    assert [(a.status, a.failure_reason) for a in order.payment.attempts.all()] == [
        (AttemptStatus.FAILED, "Card expired"),
        (AttemptStatus.SUCCEEDED, ""),
    ]


def test_a_repeated_operator_verdict_changes_nothing(order):
    attempt = services.payment_attempt_start(order=order)
    services.payment_attempt_complete(attempt=attempt, succeeded=True)
    services.payment_attempt_complete(attempt=attempt, succeeded=False, failure_reason="late")
    order.refresh_from_db()
    assert order.status == OrderStatus.PAID
    attempt.refresh_from_db()
    assert attempt.status == AttemptStatus.SUCCEEDED


def test_a_paid_order_cannot_be_paid_again(order):
    services.payment_attempt_complete(
        attempt=services.payment_attempt_start(order=order), succeeded=True
    )
    with pytest.raises(DomainError, match="already paid"):
        services.payment_attempt_start(order=order)


def _paid(order):
    services.payment_attempt_complete(
        attempt=services.payment_attempt_start(order=order), succeeded=True
    )
    return order


def test_an_unpaid_order_cannot_be_shipped(order):
    with pytest.raises(DomainError, match="paid"):
        services.shipment_create(order=order, carrier="inpost", tracking_number="X1")


def test_tracking_events_are_stored_once_and_late_events_do_not_move_status_back(order):
    shipment = services.shipment_create(
        order=_paid(order), carrier="dpd", tracking_number="13245678901234"
    )
    now = timezone.now()
    services.tracking_event_record(
        shipment=shipment, event_id="e2", status="out_for_delivery", occurred_at=now
    )
    # an older event arrives after a newer one
    services.tracking_event_record(
        shipment=shipment, event_id="e1", status="in_transit", occurred_at=now - timedelta(hours=5)
    )
    # the same event is pushed again
    services.tracking_event_record(
        shipment=shipment, event_id="e2", status="out_for_delivery", occurred_at=now
    )
    shipment.refresh_from_db()
    assert shipment.status == ShipmentStatus.OUT_FOR_DELIVERY
    assert [e.event_id for e in shipment.events.all()] == ["e1", "e2"]


def test_a_delivered_event_completes_the_order(order):
    shipment = services.shipment_create(
        order=_paid(order), carrier="inpost", tracking_number="620000000000000000000001"
    )
    order.refresh_from_db()
    assert order.status == OrderStatus.SHIPPED
    services.tracking_event_record(
        shipment=shipment, event_id="d", status="delivered", occurred_at=timezone.now()
    )
    order.refresh_from_db()
    assert order.status == OrderStatus.DELIVERED


def test_a_shipped_order_cannot_be_cancelled(order):
    services.shipment_create(order=_paid(order), carrier="gls", tracking_number="91123456789")
    with pytest.raises(DomainError):
        services.order_cancel(order=order)
    order.refresh_from_db()
    assert order.status == OrderStatus.SHIPPED


def test_a_cancelled_order_cannot_be_paid(order):
    services.order_cancel(order=order)
    with pytest.raises(DomainError, match="cancelled"):
        services.payment_attempt_start(order=order)


def test_offer_currency_follows_the_marketplace():
    for marketplace, currency in [("pl", "PLN"), ("cz", "CZK"), ("sk", "EUR"), ("hu", "HUF")]:
        seller = UserFactory(is_seller=True, registration_marketplace=marketplace)
        assert OfferFactory(seller=seller).currency == currency


def test_an_offer_priced_in_another_marketplaces_currency_is_refused(offer):
    with pytest.raises(IntegrityError), transaction.atomic():
        Offer.objects.filter(pk=offer.pk).update(currency="HUF")


def test_cancelling_returns_the_stock(buyer, address):
    offer = OfferFactory(stock=1)
    order = OrderFactory(buyer=buyer, offer=offer, address=address)
    services.order_cancel(order=order)
    offer.refresh_from_db()
    assert offer.stock == 1
    # cancelling twice does not return it twice
    services.order_cancel(order=order)
    offer.refresh_from_db()
    assert offer.stock == 1


def test_cancelling_a_paid_order_refunds_the_payment(order, django_capture_on_commit_callbacks):
    _paid(order)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        services.order_cancel(order=order)
    order.refresh_from_db()
    assert order.status == OrderStatus.CANCELLED
    # the money is on its way back: the operator is asked after the commit
    assert order.payment.status == PaymentStatus.REFUNDING
    for callback in callbacks:
        callback()
    order.payment.refresh_from_db()
    assert order.payment.status == PaymentStatus.REFUNDED


def test_a_payment_that_succeeds_after_cancellation_is_refunded_not_revived(
    order, django_capture_on_commit_callbacks
):
    attempt = services.payment_attempt_start(order=order)
    services.order_cancel(order=order)
    with django_capture_on_commit_callbacks(execute=True):
        services.payment_attempt_complete(attempt=attempt, succeeded=True)
    order.refresh_from_db()
    assert order.status == OrderStatus.CANCELLED
    assert order.payment.status == PaymentStatus.REFUNDED
