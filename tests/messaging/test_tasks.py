"""E-mail notifications: once per message, to the real address, surviving a dead broker."""

import logging
import time

import pytest
from django.core import mail
from django.db import close_old_connections
from django.utils import timezone

from marketplace import services as account_services
from marketplace.celery import app
from messaging import services, tasks
from messaging.models import Message
from tests.factories import MessageFactory

pytestmark = pytest.mark.django_db


def test_the_notification_goes_to_the_buyers_real_address_and_hides_the_seller(thread):
    message = services.message_submit(thread=thread, author=thread.seller, text="Sent today")
    assert tasks.message_notify(message.pk) is True
    sent = mail.outbox[0]
    assert sent.to == [thread.buyer.email]
    assert sent.reply_to == [
        f"{thread.seller.sender_id}+{thread.order.transaction_id}@allegromail.pl"
    ]
    assert thread.seller.email not in str(sent.message())
    assert "Sent today" in sent.body
    assert f"/messages/{thread.pk}/" in sent.body
    html = sent.alternatives[0].content
    assert "Sent today" in html


def test_a_seller_is_notified_at_their_current_primary_address(thread):
    new = account_services.seller_email_add(
        seller=thread.seller, email="orders@shop.example", verified=True
    )
    account_services.seller_email_set_primary(address=new)
    message = MessageFactory(thread=thread)
    tasks.message_notify(message.pk)
    assert mail.outbox[-1].to == ["orders@shop.example"]


def test_running_the_task_twice_sends_one_email(thread):
    message = MessageFactory(thread=thread)
    assert tasks.message_notify(message.pk) is True
    assert tasks.message_notify(message.pk) is False
    assert len(mail.outbox) == 1
    message.refresh_from_db()
    assert message.notified_at is not None


def test_html_in_a_message_is_escaped_in_the_email(thread):
    message = MessageFactory(thread=thread, text="<img src=x onerror=alert(1)>")
    tasks.message_notify(message.pk)
    html = mail.outbox[0].alternatives[0].content
    assert "<img src=x" not in html and "&lt;img src=x" in html


@pytest.fixture
def dead_broker(monkeypatch):
    """Celery pointed at a port where nothing listens, as when Redis is down."""
    old = app.conf.task_always_eager, app.conf.broker_url
    app.conf.task_always_eager = False
    # Celery reads CELERY_BROKER_URL from the environment before its own configuration.
    monkeypatch.setenv("CELERY_BROKER_URL", "redis://127.0.0.1:9/0")
    app.conf.broker_url = "redis://127.0.0.1:9/0"
    app._after_fork()  # drop pooled connections, as a fresh process would have none
    yield
    app.conf.task_always_eager, app.conf.broker_url = old
    app._after_fork()


def test_a_dead_broker_loses_no_message_and_the_sweep_sends_it_later(
    thread, dead_broker, caplog, django_capture_on_commit_callbacks
):
    # when the broker is down as a reply is sent
    with caplog.at_level(logging.WARNING), django_capture_on_commit_callbacks(execute=True):
        message = services.message_submit(thread=thread, author=thread.buyer, text="Hello?")
    # then the reply is stored and delivered, and the failure is logged, not raised
    message.refresh_from_db()
    assert message.state == "delivered" and message.notified_at is None
    assert "broker unavailable" in caplog.text
    # and once the broker is back, the periodic sweep sends what was missed
    app.conf.task_always_eager = True
    Message.objects.filter(pk=message.pk).update(
        delivered_at=timezone.now() - timezone.timedelta(minutes=5)
    )
    assert tasks.messages_notify_pending() == 1
    assert len(mail.outbox) == 1
    assert tasks.messages_notify_pending() == 0


@pytest.mark.worker
def test_a_real_worker_sends_the_notification(celery_worker, thread):
    # given a Celery worker consuming from the real broker
    # when a message is submitted and its transaction commits
    message = services.message_submit(thread=thread, author=thread.buyer, text="via worker")
    # then the worker sends the e-mail and records it
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        close_old_connections()
        message.refresh_from_db()
        if message.notified_at:
            break
        time.sleep(0.1)
    assert message.notified_at is not None
    # (the order fixture committed too, so the seller also got its order e-mail)
    sent = [m.to for m in mail.outbox if "via worker" in m.body]
    assert sent == [[thread.seller.email_addresses.get().email]]
