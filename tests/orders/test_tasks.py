"""The seller's e-mail with the buyer's details and chosen delivery: an outbox row
written with the order (orders/services/checkout.py), sent by the outbox's task."""

import logging
import time
from datetime import timedelta

import pytest
from django.conf import settings
from django.core import mail
from django.db import close_old_connections
from django.utils import timezone, translation

from accounts import services as account_services
from config.celery import app
from core.exceptions import DomainError
from orders import services
from orders.models import Order
from orders.services import checkout as checkout_services
from outbox import tasks as outbox_tasks
from outbox.models import OutboundEmail
from tests.factories import DeliveryAddressFactory, OfferFactory, OrderFactory, SellerFactory

pytestmark = pytest.mark.django_db


def email_of(order) -> OutboundEmail:
    return OutboundEmail.objects.get(kind="order_seller", cause_id=order.pk)


def send(order) -> bool:
    """The outbox task for the order's e-mail, run once (a worker taking it)."""
    return outbox_tasks.outbox_send.apply(args=[email_of(order).pk]).get()


def test_the_seller_gets_the_buyers_details_and_the_chosen_delivery_once(buyer, offer):
    # given a buyer with a default address who ships to their second one, with an invoice
    DeliveryAddressFactory(buyer=buyer, street="Marszałkowska", city="Warszawa")
    second = DeliveryAddressFactory(
        buyer=buyer, street="Piotrkowska", city="Łódź", postcode="90-001", phone="+48512345678"
    )
    courier = offer.delivery_options.get(method="courier")
    order = OrderFactory(
        buyer=buyer,
        offer=offer,
        address=second,
        delivery_option=courier,
        quantity=2,
        invoice={"company_name": "Nowak sp. z o.o.", "tax_id": "PL5260001246", "address": "X 1"},
    )
    # when the task runs twice (and the e-mail is asked for again)
    assert services.order_seller_email_enqueue(order=order) == email_of(order)
    assert send(order) is True
    assert send(order) is False
    # then one e-mail went to the seller
    [sent] = mail.outbox
    assert sent.to == [offer.seller.email]
    assert order.transaction_id in sent.subject
    masked = f"{buyer.sender_id}+{order.transaction_id}@allegromail.pl"
    for text in (sent.body, sent.alternatives[0].content):
        # with the chosen address (not the default), the phone and the masked address
        assert "Piotrkowska 10/5" in text and "90-001 Łódź" in text
        assert "Marszałkowska" not in text
        assert "+48512345678" in text and masked in text
        assert buyer.username in text and "Anna Nowak" in text
        # the delivery, the invoice data, the items and the total
        assert "Courier" in text and "DPD" in text
        assert "Nowak sp. z o.o." in text and "PL5260001246" in text
        assert f"2 × {offer.title}" in text
        assert "PLN\xa0273.00" in text  # 2 × 129 + 15 for the courier, in the seller's English
        assert f"/orders/{order.pk}/" in text
    # and never the buyer's real address, anywhere in the message
    assert buyer.email not in sent.message().as_string()
    assert sent.reply_to == [masked]
    order.refresh_from_db()
    assert order.seller_notified_at is not None


def test_placing_an_order_enqueues_the_email_after_commit(
    buyer, offer, address, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        order = services.order_place(
            buyer=buyer,
            offer=offer,
            delivery_option=offer.delivery_options.first(),
            pickup_point_id="KRA01M",
            address=address,
        )
    assert mail.outbox == []  # nothing is sent before the order is committed
    assert len(callbacks) == 1
    assert email_of(order).status == "pending"  # written with the order
    callbacks[0]()
    assert len(mail.outbox) == 1
    assert Order.objects.get(pk=order.pk).seller_notified_at is not None


def test_a_refused_checkout_enqueues_nothing(
    buyer, address, seller, django_capture_on_commit_callbacks
):
    offer = OfferFactory(seller=seller, stock=1)
    with django_capture_on_commit_callbacks(execute=True) as callbacks, pytest.raises(DomainError):
        services.order_place(
            buyer=buyer,
            offer=offer,
            delivery_option=offer.delivery_options.first(),
            pickup_point_id="KRA01M",
            address=address,
            quantity=2,
        )
    assert callbacks == [] and mail.outbox == []
    assert not OutboundEmail.objects.exists()


def test_the_email_goes_to_the_sellers_current_primary_address(seller, buyer, offer, address):
    new = account_services.seller_email_add(
        seller=seller, email="orders@shop.example", verified=True
    )
    account_services.seller_email_set_primary(address=new)
    order = OrderFactory(buyer=buyer, offer=offer, address=address)
    send(order)
    assert mail.outbox[0].to == ["orders@shop.example"]


def test_the_email_is_written_in_the_sellers_language(buyer, monkeypatch):
    # given a seller from the Czech marketplace and a buyer using Polish
    seller = SellerFactory(registration_marketplace="cz", language="")
    offer = OfferFactory(seller=seller)
    languages = []
    real_render = checkout_services.render_to_string

    def render(*args, **kwargs):
        languages.append(translation.get_language())
        return real_render(*args, **kwargs)

    monkeypatch.setattr(checkout_services, "render_to_string", render)
    with translation.override("pl"):
        order = OrderFactory(offer=offer, buyer=buyer)
        send(order)
    assert languages == ["cs", "cs"]
    assert '<html lang="cs">' in mail.outbox[0].alternatives[0].content
    assert "Kč" in mail.outbox[0].body  # the amounts in Czech: 1 234 Kč


def test_a_failed_send_is_retried_and_sends_once(order, settings, smtp_sink):
    # given an SMTP server that cannot be reached, then can
    real = settings.MAILERS
    settings.MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {"host": "127.0.0.1", "port": 9, "timeout": 2},
        }
    }
    assert send(order) is False
    assert email_of(order).status == "retrying"
    assert Order.objects.get(pk=order.pk).seller_notified_at is None
    # then the retry sends it and marks it, and a further run sends nothing
    settings.MAILERS = real
    assert send(order) is True
    assert send(order) is False
    assert len(smtp_sink.raw) == 1
    assert Order.objects.get(pk=order.pk).seller_notified_at is not None


def test_a_permanent_refusal_is_not_retried_and_the_seller_sees_it(order, smtp_sink, client):
    # given the seller's server does not know the address
    smtp_sink.refuse_rcpt = ["550 5.1.1 <seller> user unknown"]
    # when the e-mail is tried, then it is given up at once with the server's answer
    assert send(order) is False
    assert email_of(order).status == "failed"
    assert send(order) is False
    assert smtp_sink.raw == []
    # and the seller's order page says the e-mail could not be delivered, and why
    client.force_login(order.seller)
    page = client.get(f"/orders/{order.pk}/").content.decode()
    assert "could not be delivered" in page
    assert "550 5.1.1 &lt;seller&gt; user unknown" in page


@pytest.fixture
def smtp_sink(settings):
    from tests.smtp_sink import run_sink

    yield from run_sink(settings)


@pytest.fixture
def dead_broker(monkeypatch):
    """Celery pointed at a port where nothing listens, as when Redis is down."""
    old = app.conf.task_always_eager, app.conf.broker_url
    app.conf.task_always_eager = False
    monkeypatch.setenv("CELERY_BROKER_URL", "redis://127.0.0.1:9/0")
    app.conf.broker_url = "redis://127.0.0.1:9/0"
    app._after_fork()
    yield
    app.conf.task_always_eager, app.conf.broker_url = old
    app._after_fork()


def test_a_dead_broker_loses_no_order_and_the_sweep_sends_the_email_later(
    buyer, offer, address, dead_broker, caplog, django_capture_on_commit_callbacks
):
    # when the broker is down as the order is placed
    with caplog.at_level(logging.WARNING), django_capture_on_commit_callbacks(execute=True):
        order = OrderFactory(buyer=buyer, offer=offer, address=address)
    # then the order is kept with its e-mail waiting, and the failure logged, not raised
    assert Order.objects.filter(pk=order.pk, seller_notified_at__isnull=True).exists()
    assert email_of(order).status == "pending"
    assert "broker unavailable" in caplog.text
    # and once the broker is back, the outbox's periodic sweep sends what was missed, once
    app.conf.task_always_eager = True
    assert outbox_tasks.outbox_sweep() == 0  # too fresh: the queue may still have it
    OutboundEmail.objects.update(next_attempt_at=timezone.now() - timedelta(minutes=5))
    assert outbox_tasks.outbox_sweep() == 1
    assert [m.to for m in mail.outbox] == [[offer.seller.email]]
    assert outbox_tasks.outbox_sweep() == 0
    assert Order.objects.get(pk=order.pk).seller_notified_at is not None


def test_the_outbox_sweep_is_scheduled():
    entry = settings.CELERY_BEAT_SCHEDULE["outbox-sweep"]
    assert entry["task"] == outbox_tasks.outbox_sweep.name
    assert entry["task"] in app.tasks


@pytest.mark.worker
def test_a_real_worker_sends_the_sellers_email(celery_worker, buyer, offer, address):
    # given a Celery worker consuming from the real broker
    # when an order is placed and its transaction commits
    order = OrderFactory(buyer=buyer, offer=offer, address=address)
    # then the worker e-mails the seller and records it
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        close_old_connections()
        order.refresh_from_db()
        if order.seller_notified_at:
            break
        time.sleep(0.1)
    assert order.seller_notified_at is not None
    assert [m.to for m in mail.outbox] == [[offer.seller.email]]
