"""`manage.py seed_demo`: demo data on all four marketplaces, safe to run twice."""

import re
from io import StringIO

import pytest
from django.apps import apps
from django.contrib.auth.password_validation import validate_password
from django.core.management import CommandError, call_command
from django.db.models import F
from django.test import RequestFactory
from django.urls import reverse

from accounts.marketplaces import MarketplaceCode, marketplace_get
from accounts.models import DeliveryAddress, SellerEmailAddress, User
from accounts.selectors import communication_settings_for_user
from messaging.models import Thread
from orders.models import (
    AttemptStatus,
    Carrier,
    DeliveryMethod,
    Offer,
    Order,
    OrderStatus,
    ShipmentStatus,
    TrackingSource,
)
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

DEMO_PASSWORD = "demo-pass-2026"
DEMO_LOGINS = {
    "demo-admin",
    *(f"demo-{role}-{code}" for role in ("seller", "buyer") for code in MarketplaceCode.values),
    "demo-team-pl",
}
PHONE_PREFIX = {"PL": "+48", "CZ": "+420", "SK": "+421", "HU": "+36"}
POSTCODE = {
    "PL": re.compile(r"^\d{2}-\d{3}$"),
    "CZ": re.compile(r"^\d{3} \d{2}$"),
    "SK": re.compile(r"^\d{3} \d{2}$"),
    "HU": re.compile(r"^\d{4}$"),
}
DEMO_APPS = ("marketplace", "orders", "messaging", "moderation")


def seed() -> str:
    out = StringIO()
    call_command("seed_demo", stdout=out)
    return out.getvalue()


@pytest.fixture
def seeded():
    return seed()


def model_counts() -> dict[str, int]:
    return {
        model._meta.label: model.objects.count()
        for app in DEMO_APPS
        for model in apps.get_app_config(app).get_models()
    }


def test_a_seller_and_a_buyer_on_every_marketplace_and_a_staff_superuser(seeded):
    for code in MarketplaceCode.values:
        accounts = User.objects.filter(registration_marketplace=code)
        assert accounts.filter(is_seller=True).exists(), code
        assert accounts.filter(is_seller=False, purchases__isnull=False).exists(), code
    admin = User.objects.get(username="demo-admin")
    assert admin.is_staff
    assert admin.is_superuser


def test_orders_exist_in_every_status(seeded):
    statuses = set(Order.objects.values_list("status", flat=True))

    assert statuses == set(OrderStatus.values)


def test_a_failed_payment_keeps_its_attempt_and_reason_and_a_retry_pays(seeded):
    failed = Order.objects.get(status=OrderStatus.PAYMENT_FAILED)
    [attempt] = failed.payment.attempts.all()
    assert attempt.status == AttemptStatus.FAILED
    assert attempt.failure_reason

    retried = [
        list(order.payment.attempts.values_list("status", flat=True))
        for order in Order.objects.filter(status=OrderStatus.PAID)
    ]
    assert [AttemptStatus.FAILED, AttemptStatus.SUCCEEDED] in retried


def test_a_buyer_with_two_addresses_had_an_order_sent_to_the_non_default_one(seeded):
    found = []
    for buyer in User.objects.filter(delivery_addresses__isnull=False).distinct():
        addresses = list(DeliveryAddress.objects.filter(buyer=buyer))
        assert len(addresses) >= 2, buyer.username
        default = next(address for address in addresses if address.is_default)
        others = [address.snapshot() for address in addresses if not address.is_default]
        found += [
            order
            for order in Order.objects.filter(buyer=buyer)
            if order.delivery_address != default.snapshot() and order.delivery_address in others
        ]

    assert found


def test_addresses_use_their_countrys_postcode_and_phone_code(seeded):
    addresses = DeliveryAddress.objects.all()

    assert {address.country for address in addresses} == set(PHONE_PREFIX)
    for address in addresses:
        assert POSTCODE[address.country].match(address.postcode), address.postcode
        assert address.phone.startswith(PHONE_PREFIX[address.country]), address.phone


def test_shipped_and_delivered_orders_have_carrier_tracking_events(seeded):
    orders = Order.objects.filter(status__in=[OrderStatus.SHIPPED, OrderStatus.DELIVERED])

    assert {order.status for order in orders} == {OrderStatus.SHIPPED, OrderStatus.DELIVERED}
    for order in orders:
        [shipment] = order.shipments.all()
        events = list(shipment.events.all())
        assert len(events) >= 3, order
        assert shipment.expected_delivery is not None
        assert all(event.source == TrackingSource.CARRIER for event in events)
        assert all(event.description and event.location for event in events)
        assert shipment.status == events[-1].status
        if order.status == OrderStatus.DELIVERED:
            assert shipment.status == ShipmentStatus.DELIVERED


def test_every_order_was_placed_before_it_was_paid_shipped_or_delivered(seeded):
    # A seller opening a demo order reads its date, then the payment and the parcel's
    # history: they must follow one another in time.
    for order in Order.objects.all():
        payment = order.payment
        attempts = list(payment.attempts.order_by("created_at"))
        assert all(order.created_at < attempt.created_at for attempt in attempts), order
        if payment.paid_at is not None:
            assert order.created_at < payment.paid_at, order
        for shipment in order.shipments.all():
            events = list(shipment.events.all())
            assert payment.paid_at < shipment.created_at <= events[0].occurred_at, order
            assert all(order.created_at < event.occurred_at for event in events), order


def test_some_orders_cross_marketplaces_and_some_request_an_invoice(seeded):
    crossing = Order.objects.exclude(marketplace=F("buyer__registration_marketplace"))
    assert crossing.exists()
    for order in crossing:
        assert order.currency == marketplace_get(order.marketplace).currency

    invoiced = Order.objects.filter(invoice_requested=True)
    assert invoiced.exists()
    for order in invoiced:
        assert order.invoice_company_name and order.invoice_tax_id and order.invoice_address


def test_offers_on_every_marketplace_with_every_delivery_method_and_attributes(seeded):
    offers = Offer.objects.prefetch_related("delivery_options")

    assert {offer.marketplace for offer in offers} == set(MarketplaceCode.values)
    options = [option for offer in offers for option in offer.delivery_options.all()]
    assert {option.method for option in options} == set(DeliveryMethod.values)
    assert {option.carrier for option in options} - {""} <= set(Carrier.values)
    for offer in offers:
        assert {"size", "material", "dimensions"} <= offer.attributes.keys(), offer.title
        assert isinstance(offer.attributes["dimensions"], dict)


def test_sellers_have_primary_verified_and_unverified_addresses(seeded):
    for seller in User.objects.filter(is_seller=True):
        addresses = SellerEmailAddress.objects.filter(seller=seller, removed_at__isnull=True)
        assert addresses.filter(is_primary=True, verified_at__isnull=False).count() == 1
        assert addresses.filter(is_primary=False, verified_at__isnull=False).exists()
        assert addresses.filter(verified_at__isnull=True).exists()


def test_one_seller_has_allina_switched_off(seeded):
    switched_off = [
        seller.username
        for seller in User.objects.filter(is_seller=True)
        if not communication_settings_for_user(user=seller).allina_enabled
    ]

    assert switched_off == ["demo-seller-sk"]


def test_threads_about_orders_and_offers_with_both_sides_writing(seeded):
    threads = Thread.objects.all()

    assert threads.filter(order__isnull=False).exists()
    assert threads.filter(offer__isnull=False).exists()
    for thread in threads:
        authors = set(thread.messages.values_list("author_id", flat=True))
        assert authors == {thread.buyer_id, thread.seller_id}, thread


def test_running_twice_creates_nothing_new(seeded):
    before = model_counts()

    output = seed()

    assert model_counts() == before
    assert before["marketplace.User"] == len(DEMO_LOGINS)
    assert "nothing created" in output
    for login in DEMO_LOGINS:
        assert login in output


def test_output_lists_every_login_and_the_password(seeded):
    assert "Role" in seeded and "Marketplace" in seeded
    for login in DEMO_LOGINS:
        [row] = [line for line in seeded.splitlines() if f" {login} " in line]
        assert DEMO_PASSWORD in row


def test_the_demo_users_can_log_in(seeded, client):
    for login in DEMO_LOGINS:
        user = User.objects.get(username=login)
        validate_password(DEMO_PASSWORD, user=user)
        assert client.login(
            request=RequestFactory().post("/login/"), username=login, password=DEMO_PASSWORD
        ), login
        client.logout()

    client.login(
        request=RequestFactory().post("/login/"), username="demo-admin", password=DEMO_PASSWORD
    )
    assert client.get(reverse("admin:index")).status_code == 200


def test_a_partial_demo_is_refused_and_nothing_is_written():
    UserFactory(username="demo-buyer-pl")

    with pytest.raises(CommandError, match="demo-buyer-pl"):
        seed()

    assert User.objects.count() == 1
    assert not Offer.objects.exists()


def test_the_demo_team_member_works_in_the_polish_shop(seeded, client):
    client.force_login(User.objects.get(username="demo-team-pl"))
    page = client.get(reverse("messaging:thread_list"), {"filter": "mine"}).content.decode()
    assert page.count('class="thread') >= 1
    assert "dla Katarzyna Wiśniewska" in page  # her language: the Polish marketplace's
    assert client.get(reverse("orders:seller_order_list")).status_code == 200
