"""The outbox against a real SMTP server (tests/smtp_sink.py): one e-mail per row.

Every kind of e-mail is covered: the message notification, the blocked notice to the
writer of a blocked e-mail, the seller's order e-mail and the address verification. The
broker is killed (pointed at a dead port) when the cause commits, and a worker is "killed"
(a BaseException, as tests/messaging/test_tasks.py does) after the server accepted the
e-mail and before the row is marked; the count is exactly one e-mail per row, by
Message-ID.
"""

import threading
import time

import pytest
from django.db import close_old_connections, connection, transaction
from django.utils import timezone

from accounts import services as account_services
from config.celery import app
from messaging import services as messaging_services
from messaging.models import Message
from orders.models import Order
from outbox import services, tasks
from outbox.models import OutboundEmail
from tests.factories import DeliveryAddressFactory, OrderFactory
from tests.messaging.test_tasks import dead_broker  # noqa: F401
from tests.smtp_sink import run_sink

pytestmark = pytest.mark.django_db

WAIT_SECONDS = 20


@pytest.fixture
def smtp_sink(settings):
    yield from run_sink(settings)


def _message(thread, buyer, offer, address, seller):
    return messaging_services.message_submit(thread=thread, author=buyer, text="Still there?")


def _order(thread, buyer, offer, address, seller):
    return OrderFactory(buyer=buyer, offer=offer, address=DeliveryAddressFactory(buyer=buyer))


def _verification(thread, buyer, offer, address, seller):
    return account_services.seller_email_request(seller=seller, email="new@shop.example")


def _blocked(thread, buyer, offer, address, seller):
    """An e-mail the message rules block: its writer is told why, at their address."""
    return messaging_services.message_submit(
        thread=thread,
        author=buyer,
        text="Zapłać przelewem na moje konto, kurwa.",
        channel="email",
        sender_address=buyer.email,
    )


CAUSES = {
    "blocked_notice": _blocked,
    "message_notification": _message,
    "order_seller": _order,
    "seller_email_verification": _verification,
}


@pytest.fixture(params=sorted(CAUSES))
def kind(request):
    return request.param


def cause(kind, thread):
    """The change that writes an e-mail of `kind`; the thread fixture set up the rest."""
    order = thread.order
    return CAUSES[kind](thread, thread.buyer, order.lines.get().offer, None, thread.seller)


def one_email_per_row(sink, rows=None) -> None:
    """Every row reached the server as exactly one message (by its Message-ID), and
    every message delivered belongs to a row (`rows`: those written since the sink
    was emptied; all by default)."""
    delivered = [message["Message-ID"] for message in sink.unique()]
    rows = OutboundEmail.objects.all() if rows is None else rows
    assert sorted(delivered) == sorted(email.message_id for email in rows)


def send(email: OutboundEmail) -> bool:
    return tasks.outbox_send.apply(args=[email.pk]).get()


def send_all() -> None:
    for email in OutboundEmail.objects.all():
        send(email)


# --- one row, one e-mail, one Message-ID -------------------------------------------------


def test_a_row_refused_for_now_is_retried_with_the_same_message_id(thread, smtp_sink):
    # given the server says "try again later" twice
    smtp_sink.refuse_data = ["451 4.3.0 Try again later"] * 2
    message = messaging_services.message_submit(thread=thread, author=thread.buyer, text="Hi")
    email = OutboundEmail.objects.get(kind="message_notification")
    # when the attempts run, the row waits with a growing backoff and the reason kept
    assert send(email) is False
    email.refresh_from_db()
    assert (email.status, email.attempts) == ("retrying", 1)
    assert email.last_error.startswith("451 4.3.0") and email.next_attempt_at > timezone.now()
    assert send(email) is False
    assert send(email) is True
    # then one e-mail arrived, carrying the Message-ID written with the row
    [sent] = smtp_sink.messages
    email.refresh_from_db()
    assert (email.status, email.attempts, email.last_error) == ("sent", 3, "")
    assert sent["Message-ID"] == email.message_id
    assert email.message_id.startswith(f"<msg-{message.pk}.")
    # and a sent row is never sent again
    assert send(email) is False
    assert len(smtp_sink.raw) == 1


def test_a_permanent_refusal_gives_up_at_once_with_the_servers_answer(thread, smtp_sink):
    smtp_sink.refuse_rcpt = ["550 5.1.1 <x> user unknown"]
    messaging_services.message_submit(thread=thread, author=thread.buyer, text="Hi")
    email = OutboundEmail.objects.get(kind="message_notification")
    assert send(email) is False
    email.refresh_from_db()
    assert (email.status, email.attempts) == ("failed", 1)
    assert email.last_error == "550 5.1.1 <x> user unknown"
    assert email.pk not in [pk for _at, pk in services.emails_due()]
    assert send(email) is False and smtp_sink.raw == []


def test_one_sweep_sends_a_backlog_larger_than_its_batch(smtp_sink, monkeypatch):
    """A backlog of rows whose task was lost, over twice the sweep's batch (#17: 368 of
    1,368 still waited after the first sweep): one run takes them all, batch by batch.
    (The batch is made smaller here: every row is a real SMTP delivery.)"""
    monkeypatch.setattr(services, "SWEEP_BATCH", 50)
    overdue = timezone.now() - timezone.timedelta(minutes=10)
    OutboundEmail.objects.bulk_create(
        OutboundEmail(
            kind="staff_notice",
            cause_kind="test",
            cause_id=n,
            from_email="noreply@allegromail.pl",
            to=[f"user{n}@example.com"],
            subject="Notice",
            body="Hello",
            message_id=f"<backlog-{n}@allegromail.pl>",
            next_attempt_at=overdue,
        )
        for n in range(130)
    )
    assert services.SWEEP_BATCH < 1300

    assert tasks.outbox_sweep() == 130

    assert OutboundEmail.objects.filter(status="sent").count() == 130
    assert len({m["Message-ID"] for m in smtp_sink.messages}) == 130


def test_enqueue_with_a_key_writes_one_row(thread, smtp_sink):
    with transaction.atomic():
        first = services.email_enqueue(
            kind="staff_notice", cause_kind="test", cause_id=1, key="notice:1",
            to=["a@example.com"], subject="Hello", body="Hello",
        )  # fmt: skip
        again = services.email_enqueue(
            kind="staff_notice", cause_kind="test", cause_id=1, key="notice:1",
            to=["a@example.com"], subject="Hello", body="Hello",
        )  # fmt: skip
    assert first == again
    assert OutboundEmail.objects.filter(kind="staff_notice").count() == 1


def test_an_outcome_handler_hears_of_every_attempt_and_its_failure_undoes_nothing(
    thread, smtp_sink, monkeypatch
):
    heard = []

    def handler(*, email):
        heard.append((email.status, email.last_error[:3]))
        if email.status == "sent":
            raise RuntimeError("a handler bug")

    monkeypatch.setitem(services._handlers, "staff_notice", [handler])
    with transaction.atomic():
        email = services.email_enqueue(
            kind="staff_notice", cause_kind="test", cause_id=1,
            to=["a@example.com"], subject="Hello", body="Hello",
        )  # fmt: skip
    smtp_sink.refuse_data = ["452 4.2.2 Mailbox full"]
    assert send(email) is False
    assert send(email) is True
    assert heard == [("retrying", "452"), ("sent", "")]
    email.refresh_from_db()
    assert email.status == "sent" and len(smtp_sink.raw) == 1
    assert send(email) is False and len(smtp_sink.raw) == 1


# --- the broker and the worker killed around each kind ------------------------------------


def test_with_the_broker_down_when_the_cause_commits_the_sweep_sends_each_row_once(
    kind,
    thread,
    smtp_sink,
    dead_broker,  # noqa: F811
    django_capture_on_commit_callbacks,
):
    send_all()  # what the fixtures wrote (the order's e-mail) went out before
    smtp_sink.raw.clear()
    before = set(OutboundEmail.objects.values_list("pk", flat=True))
    # when the cause commits while the broker is down
    with django_capture_on_commit_callbacks(execute=True):
        cause(kind, thread)
    [email] = OutboundEmail.objects.exclude(pk__in=before)
    # then the row is kept, pending, and nothing was sent
    assert email.kind == kind and email.status == "pending"
    assert smtp_sink.raw == []
    # when the broker is back, the sweep leaves a fresh row to its task, then sends it
    app.conf.task_always_eager = True
    assert tasks.outbox_sweep() == 0
    OutboundEmail.objects.filter(pk=email.pk).update(
        next_attempt_at=timezone.now() - timezone.timedelta(minutes=2)
    )
    assert tasks.outbox_sweep() == 1
    assert tasks.outbox_sweep() == 0
    # then exactly one e-mail per row
    assert len(smtp_sink.raw) == 1
    assert smtp_sink.messages[0]["Message-ID"] == email.message_id
    email.refresh_from_db()
    assert email.status == "sent"


class WorkerLost(BaseException):
    """What a killed worker looks like to the code: nothing after this point runs."""


def test_a_worker_killed_after_sending_before_marking_repeats_the_same_message_id(
    kind, thread, smtp_sink, monkeypatch
):
    """SMTP is at-least-once: the server accepted the e-mail, the worker died before the
    row was marked, so the row is sent again (acks_late redelivery, or the sweep). The
    repeat carries the same Message-ID and Date, so the receiving side keeps one."""
    send_all()
    smtp_sink.raw.clear()
    cause(kind, thread)
    email = OutboundEmail.objects.filter(kind=kind).latest("id")
    real_report = services._report

    def die_once(*args, **kwargs):
        monkeypatch.setattr(services, "_report", real_report)
        raise WorkerLost

    monkeypatch.setattr(services, "_report", die_once)
    with pytest.raises(WorkerLost):
        send(email)
    email.refresh_from_db()
    assert email.status == "pending" and email.attempts == 0  # nothing was recorded
    # the redelivered task sends it again, and nothing after that
    assert send(email) is True
    assert send(email) is False
    assert len(smtp_sink.raw) == 2
    [first, second] = smtp_sink.messages
    assert first["Message-ID"] == second["Message-ID"] == email.message_id
    assert first["Date"] == second["Date"]
    one_email_per_row(smtp_sink, [email])


def test_a_worker_killed_before_sending_sends_once_on_redelivery(
    kind, thread, smtp_sink, monkeypatch
):
    send_all()
    smtp_sink.raw.clear()
    cause(kind, thread)
    email = OutboundEmail.objects.filter(kind=kind).latest("id")
    real_message = services.email_message

    def die_once(**kwargs):
        monkeypatch.setattr(services, "email_message", real_message)
        raise WorkerLost

    monkeypatch.setattr(services, "email_message", die_once)
    with pytest.raises(WorkerLost):
        send(email)
    assert send(email) is True
    assert len(smtp_sink.raw) == 1
    one_email_per_row(smtp_sink, [email])


def test_two_senders_at_once_send_a_row_once(transactional_db, thread, smtp_sink):
    if connection.vendor != "postgresql":
        pytest.skip("row locks: SQLite has none to skip")
    with transaction.atomic():
        email = services.email_enqueue(
            kind="staff_notice", cause_kind="test", cause_id=1,
            to=["a@example.com"], subject="Hello", body="Hello",
        )  # fmt: skip
    smtp_sink.raw.clear()
    OutboundEmail.objects.filter(pk=email.pk).update(status="pending", sent_at=None)
    results = []

    def other_sender():
        try:
            results.append(services.email_send(email_id=email.pk))
        finally:
            connection.close()

    # given one sender holds the row (it is talking to the server)
    with transaction.atomic():
        OutboundEmail.objects.select_for_update().get(pk=email.pk)
        # when a second one (the sweep's task, a redelivery) comes for it, it skips it
        worker = threading.Thread(target=other_sender)
        worker.start()
        worker.join(WAIT_SECONDS)
    assert results == [None] and smtp_sink.raw == []
    # and the row is sent once it is free
    assert services.email_send(email_id=email.pk).status == "sent"
    assert len(smtp_sink.raw) == 1


# --- a real worker on the real broker -------------------------------------------------------


def _wait_until(check) -> None:
    deadline = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < deadline:
        close_old_connections()
        if check():
            return
        time.sleep(0.1)
    raise AssertionError("the worker did not finish in time")


@pytest.mark.worker
def test_a_real_worker_sends_every_kind_once(smtp_sink, celery_worker, thread):
    # given the order (its e-mail written with it), then a message, a blocked e-mail and
    # an address
    messaging_services.message_submit(thread=thread, author=thread.buyer, text="Hello?")
    _blocked(thread, thread.buyer, None, None, thread.seller)
    account_services.seller_email_request(seller=thread.seller, email="new@shop.example")
    # then the worker sends each row once, and the causes show it
    _wait_until(lambda: not OutboundEmail.objects.exclude(status="sent").exists())
    assert set(OutboundEmail.objects.values_list("kind", flat=True)) == set(CAUSES)
    one_email_per_row(smtp_sink)
    assert len(smtp_sink.raw) == OutboundEmail.objects.count() == 4
    assert Order.objects.get(pk=thread.order_id).seller_notified_at is not None
    assert Message.objects.get(text="Hello?").email_status == "sent"


@pytest.mark.worker
def test_a_real_worker_retries_a_refusal_for_now_after_its_backoff(
    smtp_sink, celery_worker, thread, monkeypatch
):
    monkeypatch.setattr(services, "RETRY_BASE_SECONDS", 1)
    _wait_until(lambda: not OutboundEmail.objects.exclude(status="sent").exists())
    smtp_sink.raw.clear()
    smtp_sink.refuse_data = ["451 4.3.0 Try again later"]
    message = messaging_services.message_submit(thread=thread, author=thread.buyer, text="Hi")
    _wait_until(lambda: OutboundEmail.objects.filter(cause_id=message.pk, status="sent").exists())
    email = OutboundEmail.objects.get(kind="message_notification", cause_id=message.pk)
    assert email.attempts == 2
    [sent] = smtp_sink.messages
    assert sent["Message-ID"] == email.message_id
