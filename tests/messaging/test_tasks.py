"""Outbound e-mail of messages: masked, once per message, retried, failures shown.

The e-mail of a message is an outbox row (messaging/notifications.py) sent by
`outbox.tasks.outbox_send`; `send(message)` below runs that task as a worker would.
"""

import logging
import time
from email.utils import parseaddr

import pytest
from celery import shared_task
from django.core import mail
from django.core.mail import EmailMessage
from django.db import close_old_connections
from django.urls import reverse
from django.utils import timezone

from accounts import services as account_services
from accounts.models import User
from config.celery import app
from core.queue import enqueue_on_commit
from messaging import services, tasks
from messaging.models import Message
from messaging.notifications import message_notification_enqueue, message_notification_key
from orders.models import Offer
from outbox import services as outbox_services
from outbox import tasks as outbox_tasks
from outbox.models import OutboundEmail
from tests.factories import MessageFactory
from tests.smtp_sink import run_sink

pytestmark = pytest.mark.django_db


@pytest.fixture
def smtp_sink(settings):
    yield from run_sink(settings)


@pytest.fixture
def submit(django_capture_on_commit_callbacks):
    """message_submit, then what it enqueued on commit runs, as after a real commit."""

    def submit(**kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return services.message_submit(**kwargs)

    return submit


def email_of(message) -> OutboundEmail:
    return OutboundEmail.objects.get(key=message_notification_key(message.pk))


def send(message) -> bool:
    """The outbox task for the message's e-mail, run once (a worker taking it)."""
    return outbox_tasks.outbox_send.apply(args=[email_of(message).pk]).get()


def notifications():
    return OutboundEmail.objects.filter(kind="message_notification")


def _masked(user, order):
    return account_services.masked_email_address(account=user, order=order)


def test_a_web_reply_reaches_the_buyer_from_the_sellers_masked_address(submit, thread, smtp_sink):
    # given the seller has a second, private address on their list
    account_services.seller_email_add(
        seller=thread.seller, email="private@shop.example", verified=True
    )
    # when the seller replies on the web (and even quotes that address)
    message = submit(
        thread=thread, author=thread.seller, text="Sent today. Ask private@shop.example"
    )
    # then one e-mail reaches the buyer's real address over SMTP
    [sent] = smtp_sink.messages
    masked = _masked(thread.seller, thread.order)
    assert parseaddr(sent["To"])[1] == thread.buyer.email
    # from the seller's masked address, with their login, and replies go back through it
    assert parseaddr(sent["From"]) == (thread.seller.username, masked)
    assert parseaddr(sent["Reply-To"])[1] == masked
    # and no real address of the seller appears anywhere in the raw message
    raw = smtp_sink.raw[0].decode().lower()
    assert thread.seller.email.lower() not in raw
    assert "private@shop.example" not in raw
    assert "Sent today" in sent.get_body(("plain",)).get_content()
    assert f"/messages/{thread.pk}/" in sent.get_body(("plain",)).get_content()
    # the Message-ID was stored before sending, and the state says sent
    message.refresh_from_db()
    assert sent["Message-ID"] == message.email_message_id
    assert message.email_message_id.startswith(f"<msg-{message.pk}.")
    assert message.email_status == "sent" and message.notified_at is not None


def test_a_buyers_message_goes_to_the_seller_address_used_in_the_conversation(
    submit, thread, smtp_sink
):
    used = account_services.seller_email_add(
        seller=thread.seller, email="orders@shop.example", verified=True
    )
    thread.seller_email = used
    thread.save(update_fields=["seller_email"])
    submit(thread=thread, author=thread.buyer, text="Where is it?")
    [sent] = smtp_sink.messages
    assert parseaddr(sent["To"])[1] == "orders@shop.example"
    assert parseaddr(sent["From"])[1] == _masked(thread.buyer, thread.order)
    assert thread.buyer.email not in smtp_sink.raw[0].decode()


def test_a_removed_conversation_address_falls_back_to_the_primary_one(submit, thread, smtp_sink):
    used = account_services.seller_email_add(
        seller=thread.seller, email="old@shop.example", verified=True
    )
    thread.seller_email = used
    thread.save(update_fields=["seller_email"])
    account_services.seller_email_remove(address=used)
    submit(thread=thread, author=thread.buyer, text="Hello?")
    assert parseaddr(smtp_sink.messages[0]["To"])[1] == thread.seller.email


def test_a_seller_gets_mail_at_their_current_primary_address(thread):
    new = account_services.seller_email_add(
        seller=thread.seller, email="orders@shop.example", verified=True
    )
    account_services.seller_email_set_primary(address=new)
    message = MessageFactory(thread=thread)
    send(message)
    assert mail.outbox[-1].to == ["orders@shop.example"]


def test_a_message_is_localised_to_the_recipients_language(submit, thread):
    User.objects.filter(pk=thread.buyer.pk).update(language="pl")
    message = submit(thread=thread, author=thread.seller, text="Hej")
    message.refresh_from_db()
    assert message.email_status == "sent"
    assert mail.outbox[0].extra_headers["Content-Language"] == "pl"


def test_cr_lf_in_the_subject_or_login_adds_no_header(submit, buyer, offer, smtp_sink):
    # given an offer title and a login carrying an injected header
    Offer.objects.filter(pk=offer.pk).update(title="Lamp\r\nBcc: victim@example.com")
    User.objects.filter(pk=buyer.pk).update(username="eve\r\nX-Injected: yes")
    buyer.refresh_from_db()
    thread = services.thread_get_or_create(buyer=buyer, offer=offer)
    # when the buyer's question is e-mailed to the seller
    submit(thread=thread, author=buyer, text="Is it blue?")
    # then the mail went out with no extra header and one recipient
    [sent] = smtp_sink.messages
    assert sent["Bcc"] is None and sent["X-Injected"] is None
    raw_headers = smtp_sink.raw[0].split(b"\r\n\r\n")[0]
    assert b"\nBcc:" not in raw_headers and b"\nX-Injected:" not in raw_headers
    assert "Lamp Bcc: victim@example.com" in sent["Subject"]
    assert parseaddr(sent["To"])[1] == offer.seller.email


def test_django_refuses_a_newline_in_a_header_itself():
    with pytest.raises(ValueError):
        EmailMessage(subject="Hi\nBcc: x@example.com", to=["a@example.com"]).message()


def test_html_in_a_message_is_escaped_in_the_email(thread):
    message = MessageFactory(thread=thread, text="<img src=x onerror=alert(1)>")
    send(message)
    html = mail.outbox[0].alternatives[0].content
    assert "<img src=x" not in html and "&lt;img src=x" in html


def test_running_the_task_twice_sends_one_email(thread):
    message = MessageFactory(thread=thread)
    # a second enqueue (the translation finishing, the sweep) finds the same row
    assert message_notification_enqueue(message=message) == email_of(message)
    assert notifications().count() == 1
    assert send(message) is True
    assert send(message) is False
    assert len(mail.outbox) == 1


def test_a_temporary_failure_is_retried_then_sent(thread, smtp_sink):
    # given the buyer's server answers "try again later" twice
    smtp_sink.refuse_data = ["451 4.3.0 Try again later", "451 4.3.0 Try again later"]
    message = MessageFactory(thread=thread)
    # when the task runs, and runs again for each retry
    assert send(message) is False
    message.refresh_from_db()
    assert message.email_status == "retrying" and "451 4.3.0" in message.email_error
    assert send(message) is False
    assert send(message) is True
    # then the third attempt delivered it, once
    assert len(smtp_sink.messages) == 1
    message.refresh_from_db()
    assert message.email_status == "sent" and message.email_error == ""
    assert email_of(message).attempts == 3


def test_retries_with_exponential_backoff():
    delays = [max(outbox_services.retry_delay(n) for _ in range(200)) for n in range(1, 9)]
    assert delays[0] <= 30 and delays[3] > 30 and max(delays) <= 3600


def test_a_permanent_failure_is_not_retried_and_the_writer_sees_why(
    submit, thread, smtp_sink, seller_client
):
    # given the buyer's server does not know the recipient
    smtp_sink.refuse_rcpt = ["550 5.1.1 <x> user unknown"]
    # when the seller writes (the e-mail goes out on commit)
    message = submit(thread=thread, author=thread.seller, text="Shipped")
    # then nothing was delivered, there is no retry, and the reason is kept
    assert smtp_sink.raw == []
    message.refresh_from_db()
    assert message.email_status == "failed"
    assert "550 5.1.1 <x> user unknown" in message.email_error
    # and the seller sees it in the conversation, escaped
    page = seller_client.get(reverse("messaging:thread_detail", args=[thread.pk]))
    assert "Could not be delivered by e-mail: 550 5.1.1 &lt;x&gt; user unknown" in (
        page.content.decode()
    )


def test_the_last_retry_failing_marks_the_message_failed(thread, smtp_sink, monkeypatch):
    monkeypatch.setattr(outbox_services, "MAX_ATTEMPTS", 3)
    smtp_sink.refuse_data = ["451 4.7.1 Greylisted"] * 3
    message = MessageFactory(thread=thread)
    assert [send(message) for _attempt in range(4)] == [False] * 4
    message.refresh_from_db()
    assert message.email_status == "failed" and "451 4.7.1 Greylisted" in message.email_error
    assert smtp_sink.raw == []


def test_the_writer_sees_the_delivery_state_of_their_own_messages(submit, thread, client):
    submit(thread=thread, author=thread.seller, text="Sent today")
    url = reverse("messaging:thread_detail", args=[thread.pk])
    client.force_login(thread.seller)
    assert 'email-status">Sent by e-mail<' in client.get(url).content.decode()
    Message.objects.update(email_status="pending")
    assert 'email-status">Sending…<' in client.get(url).content.decode()
    # the other side does not see the writer's delivery state
    client.force_login(thread.buyer)
    assert "email-status" not in client.get(url).content.decode()


class WorkerLost(BaseException):
    """What a killed worker looks like to the code: nothing after this point runs."""


def test_a_worker_lost_after_sending_redelivers_with_the_same_message_id(
    thread, smtp_sink, monkeypatch
):
    message = MessageFactory(thread=thread)
    real_report = outbox_services._report

    def crash_once(*args, **kwargs):
        monkeypatch.setattr(outbox_services, "_report", real_report)
        raise WorkerLost

    monkeypatch.setattr(outbox_services, "_report", crash_once)
    # when the worker dies after the server accepted the mail, before recording it
    with pytest.raises(WorkerLost):
        send(message)
    message.refresh_from_db()
    assert message.email_status == "pending" and message.notified_at is None
    # and the broker redelivers the task (acks_late)
    assert send(message) is True
    # then SMTP delivered it twice (at-least-once), with one Message-ID, so the
    # receiver keeps one; and a further redelivery sends nothing
    assert len(smtp_sink.raw) == 2
    assert len(smtp_sink.unique()) == 1
    assert send(message) is False
    message.refresh_from_db()
    assert smtp_sink.unique()[0]["Message-ID"] == message.email_message_id
    assert message.email_status == "sent"


def test_a_worker_lost_before_sending_sends_once_on_redelivery(thread, smtp_sink, monkeypatch):
    message = MessageFactory(thread=thread)
    real_build = outbox_services.email_message

    def crash_once(**kwargs):
        monkeypatch.setattr(outbox_services, "email_message", real_build)
        raise WorkerLost

    monkeypatch.setattr(outbox_services, "email_message", crash_once)
    with pytest.raises(WorkerLost):
        send(message)
    message.refresh_from_db()
    first_id = message.email_message_id
    assert first_id and message.email_status == "pending"
    assert send(message) is True
    assert len(smtp_sink.raw) == 1
    assert smtp_sink.messages[0]["Message-ID"] == first_id


def test_a_courier_message_reaches_the_buyer_from_the_relay_with_the_courier_to_reply(
    thread, smtp_sink, settings, django_capture_on_commit_callbacks
):
    message = Message.objects.create(
        thread=thread,
        author=None,
        sender_address="noreply@inpost.pl",
        text="Your parcel is on its way",
        channel="email",
        state="delivered",
        delivered_at=timezone.now(),
    )
    with django_capture_on_commit_callbacks(execute=True):
        message_notification_enqueue(message=message)
    [sent] = smtp_sink.messages
    assert parseaddr(sent["To"])[1] == thread.buyer.email
    assert parseaddr(sent["From"]) == ("noreply@inpost.pl", settings.DEFAULT_FROM_EMAIL)
    assert parseaddr(sent["Reply-To"])[1] == "noreply@inpost.pl"


def test_messages_not_delivered_are_not_emailed(thread):
    message = MessageFactory(thread=thread)
    notifications().delete()
    Message.objects.filter(pk=message.pk).update(state="blocked", email_status="")
    assert message_notification_enqueue(message=message) is None
    assert tasks.messages_notify_pending() == 0
    assert notifications().count() == 0 and mail.outbox == []


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
    assert message.email_status == "pending"  # its outbox row was written with it
    assert "broker unavailable" in caplog.text
    # and once the broker is back, the outbox's sweep sends what was missed, once
    app.conf.task_always_eager = True
    assert outbox_tasks.outbox_sweep() == 0  # too fresh: its task may still be queued
    notifications().update(next_attempt_at=timezone.now() - timezone.timedelta(minutes=5))
    assert outbox_tasks.outbox_sweep() == 1
    assert [sent.body for sent in mail.outbox if "Hello?" in sent.body] != []
    assert len(mail.outbox) == 1
    assert outbox_tasks.outbox_sweep() == 0
    assert tasks.messages_notify_pending() == 0
    message.refresh_from_db()
    assert message.email_status == "sent" and message.notified_at is not None


def test_the_sweeps_leave_failed_messages_alone(thread, smtp_sink):
    smtp_sink.refuse_rcpt = ["550 5.1.1 user unknown"]
    message = MessageFactory(thread=thread)
    assert send(message) is False
    Message.objects.filter(pk=message.pk).update(
        delivered_at=timezone.now() - timezone.timedelta(hours=1)
    )
    notifications().update(next_attempt_at=timezone.now() - timezone.timedelta(hours=1))
    assert tasks.messages_notify_pending() == 0
    assert outbox_tasks.outbox_sweep() == 0
    assert smtp_sink.raw == []


def test_a_delivered_message_without_an_email_gets_one_from_the_messaging_sweep(
    thread, django_capture_on_commit_callbacks
):
    # given a delivered message whose e-mail was never written (the safety net's case)
    message = MessageFactory(thread=thread, text="Forgotten?")
    notifications().delete()
    Message.objects.filter(pk=message.pk).update(
        email_status="", delivered_at=timezone.now() - timezone.timedelta(minutes=20)
    )
    # when the sweep runs, then the e-mail is written and sent, once
    with django_capture_on_commit_callbacks(execute=True):
        assert tasks.messages_notify_pending() == 1
        assert tasks.messages_notify_pending() == 0
    assert [sent.to for sent in mail.outbox if "Forgotten?" in sent.body] == [
        [thread.seller.email]
    ]


@pytest.mark.worker
def test_a_real_worker_sends_the_email(celery_worker, thread):
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
    assert message.notified_at is not None and message.email_status == "sent"
    # (the order fixture committed too, so the seller also got its order e-mail)
    sent = [m.to for m in mail.outbox if "via worker" in m.body]
    assert sent == [[thread.seller.email_addresses.get().email]]


def test_a_task_failing_in_process_does_not_fail_the_senders_request(
    thread, settings, caplog, django_capture_on_commit_callbacks
):
    # given the demo's in-process tasks and an SMTP server that refuses the connection
    settings.EAGER_TASK_FAILURES_RAISE = False
    settings.MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {"host": "127.0.0.1", "port": 9, "timeout": 2},
        }
    }
    # when a message is sent, then the sender's request succeeds and the message is kept
    with caplog.at_level(logging.ERROR), django_capture_on_commit_callbacks(execute=True):
        message = services.message_submit(thread=thread, author=thread.buyer, text="Hi")
    message.refresh_from_db()
    assert message.state == "delivered"
    assert message.notified_at is None
    # and the e-mail waits for its next attempt, the reason kept
    assert message.email_status == "retrying"
    assert message.email_error == "The mail server could not be reached."
    assert email_of(message).status == "retrying"


@shared_task
def failing_task() -> None:
    raise RuntimeError("a bug in a task")


def test_in_the_tests_a_task_failing_in_process_fails_the_test(
    settings, caplog, django_capture_on_commit_callbacks
):
    """The test settings raise what an in-process task raises: a bug in a task after
    commit cannot hide in a log line. The demo logs it and leaves it for the sweep."""
    assert settings.EAGER_TASK_FAILURES_RAISE is True
    with (
        pytest.raises(RuntimeError, match="a bug in a task"),
        django_capture_on_commit_callbacks(execute=True),
    ):
        enqueue_on_commit(failing_task)
    settings.EAGER_TASK_FAILURES_RAISE = False
    with caplog.at_level(logging.ERROR), django_capture_on_commit_callbacks(execute=True):
        enqueue_on_commit(failing_task)
    assert "failed in-process; left for the sweep" in caplog.text
