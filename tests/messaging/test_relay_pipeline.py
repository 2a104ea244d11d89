"""Relayed mail is stored before the 250 and passes the pipeline afterwards, in a task.

The relay answers "250 queued" once the message is in its thread as `queued`, waiting
for the stages; `messages_process_task` (handed over in batches by the relay server,
or swept later when the broker was down) delivers it or stops it. Until then the other
side sees nothing of it.
"""

import gc
import logging
import threading
import time

import pytest
from django.core import mail
from django.db import close_old_connections, connection, transaction
from django.urls import reverse
from django.utils import timezone

from accounts import services as account_services
from accounts.models import SellerEmailAddress, User
from config.celery import app
from message_rules.models import MessageCheck
from messaging import pipeline, selectors, services, tasks
from messaging.models import Message, MessageState, Thread
from messaging.relay.addresses import UnknownRecipient, resolve_recipient
from messaging.relay.auth import AuthResult
from messaging.relay.handover import MAX_BATCH, Handover
from messaging.relay.rules import decide
from moderation import services as moderation_services
from moderation.models import CaseKind, ModerationCase
from orders.models import Order
from orders.services.checkout import order_cancel
from tests.messaging.test_relay_inbound import email_bytes, masked, relay  # noqa: F401
from tests.messaging.test_tasks import dead_broker  # noqa: F401
from tests.moderation.conftest import file_report

WAIT_SECONDS = 10


@pytest.fixture
def staff(django_user_model):
    return django_user_model.objects.create_superuser(
        username="moderator", email="moderator@example.com", password="staff-pass", language="en"
    )


@pytest.fixture
def crashing_stage(monkeypatch):
    """The message rules' stage failing (a bug, a lost database) on messages saying
    "kaboom"; calling the fixture's value fixes it."""
    rules = pipeline._stages["message_rules"]

    def crash_on_kaboom(*, message, context):
        if "kaboom" in message.text:
            raise RuntimeError("the stage crashed")
        return rules(message=message, context=context)

    monkeypatch.setitem(pipeline._stages, "message_rules", crash_on_kaboom)
    return lambda: monkeypatch.setitem(pipeline._stages, "message_rules", rules)


def send_to_seller(relay, buyer, seller, order, text="Is it still available?"):  # noqa: F811
    to = masked(seller, order)
    data = email_bytes(sender=buyer.email, to=to, text=text)
    return relay.send(mail_from=buyer.email, to=[to], data=data)


def broker_back() -> None:
    """The broker answers again (tasks run in-process, as in the rest of the suite)."""
    app.conf.task_always_eager = True


def sweep_after_a_while(*messages) -> int:
    """The periodic sweep, run once the messages waited longer than it leaves them."""
    Message.objects.filter(pk__in=[m.pk for m in messages]).update(
        created_at=timezone.now() - timezone.timedelta(minutes=2)
    )
    return tasks.messages_pipeline_sweep()


@pytest.fixture
def accept(django_capture_on_commit_callbacks):
    """Store a relayed e-mail as the relay does; its id goes to `hand_over` on commit."""

    def accept(thread, author, text, hand_over) -> Message:
        with django_capture_on_commit_callbacks(execute=True):
            return services.message_accept(
                thread=thread, author=author, text=text, hand_over=hand_over
            )

    return accept


def emails_with(text: str) -> list[list[str]]:
    return [sent.to for sent in mail.outbox if text in sent.body]


def thread_page(client, user, thread) -> str:
    client.force_login(user)
    return client.get(reverse("messaging:thread_detail", args=[thread.pk])).content.decode()


def suspend(*, offender, reporter, thread, staff) -> None:
    """Staff uphold a report on something `offender` wrote and suspend them."""
    reported = services.message_submit(thread=thread, author=offender, text="Hurry up.")
    report = file_report(reported, reporter=reporter, description="Rude.")
    moderation_services.case_decide(
        case=report.case, staff=staff, action="uphold", sanction="suspension"
    )


# --- stored before the 250, delivered by the pipeline afterwards ---------------------------


def test_with_the_broker_down_the_250_means_stored_and_the_sweep_delivers_it_later(
    relay,  # noqa: F811
    dead_broker,  # noqa: F811
    buyer,
    seller,
    order,
    client,
    caplog,
):
    # given the broker is down as the buyer's e-mail arrives
    text = "Is the blue one still available?"
    with caplog.at_level(logging.WARNING):
        code, reply = send_to_seller(relay, buyer, seller, order, text)
    # then the relay accepted it, and when the 250 came the message was in its thread
    assert (code, reply) == (250, "2.0.0 OK: queued for delivery")
    message = Message.objects.get()
    thread = Thread.objects.get(order=order)
    assert message.thread_id == thread.pk
    assert (message.text, message.channel, message.author) == (text, "email", buyer)
    # waiting for the pipeline, which could not be handed over (logged, not refused)
    assert message.state == MessageState.QUEUED
    assert "broker unavailable" in caplog.text
    # and the seller sees nothing of it: no unread thread, no message, no e-mail
    thread.refresh_from_db()
    assert thread.seller_unread_count == 0
    assert selectors.unread_thread_count(user=seller) == 0
    assert selectors.thread_messages(thread=thread, user=seller) == []
    assert text not in thread_page(client, seller, thread)
    assert emails_with(text) == []

    # when the broker is back, the sweep leaves a message that just arrived to its task
    broker_back()
    assert tasks.messages_pipeline_sweep() == 0
    message.refresh_from_db()
    assert message.state == MessageState.QUEUED
    # and hands it to the pipeline once it has waited longer than the grace
    assert sweep_after_a_while(message) == 1
    # then it is delivered: the seller has it unread, sees it, and is e-mailed it once
    message.refresh_from_db()
    assert message.state == MessageState.DELIVERED
    thread.refresh_from_db()
    assert (thread.seller_unread_count, thread.last_message_id) == (1, message.pk)
    assert selectors.unread_thread_count(user=seller) == 1
    assert text in thread_page(client, seller, thread)
    assert emails_with(text) == [[seller.email]]
    # and the next sweeps find nothing left
    assert tasks.messages_pipeline_sweep() == 0
    assert tasks.messages_notify_pending() == 0
    assert emails_with(text) == [[seller.email]]


def test_one_sweep_hands_over_every_lost_message_not_a_thousand_a_run(thread):
    """#17 saw 368 of 1,368 lost messages still waiting after the first sweep."""
    old = timezone.now() - timezone.timedelta(minutes=2)
    Message.objects.bulk_create(
        Message(
            thread=thread,
            author=thread.buyer,
            text=f"lost {number}",
            channel="email",
            state=MessageState.QUEUED,
            created_at=old,
        )
        for number in range(1_150)
    )
    # when the sweep runs once (tasks in-process), then every one is delivered
    assert tasks.messages_pipeline_sweep() == 1_150
    assert not Message.objects.filter(state=MessageState.QUEUED).exists()
    assert Message.objects.filter(state=MessageState.DELIVERED).count() == 1_150
    assert tasks.messages_pipeline_sweep() == 0


def test_processing_a_message_twice_delivers_it_once(
    thread,
    django_capture_on_commit_callbacks,
    accept,
):
    handed_over: list[int] = []
    message = accept(thread, thread.buyer, "Two of them, please.", handed_over.append)
    assert handed_over == [message.pk]  # handed over on commit, not processed yet
    assert Message.objects.get(pk=message.pk).state == MessageState.QUEUED

    # when the pipeline runs on it twice (a redelivered task, the sweep)
    with django_capture_on_commit_callbacks(execute=True):
        first = services.message_process(message_id=message.pk)
    with django_capture_on_commit_callbacks(execute=True):
        second = services.message_process(message_id=message.pk)
    # then the first delivered it and the second did nothing
    assert first.state == MessageState.DELIVERED
    assert second is None
    assert tasks.messages_process_task([message.pk]) == 0
    thread.refresh_from_db()
    assert thread.seller_unread_count == 1
    assert emails_with("Two of them, please.") == [[thread.seller.email]]


def test_two_workers_on_the_same_message_at_once_deliver_it_once(transactional_db, thread, accept):
    if connection.vendor != "postgresql":
        pytest.skip("row locks: SQLite has none to wait on")
    handed_over: list[int] = []
    message = accept(thread, thread.buyer, "Same message, twice.", handed_over.append)
    results = []

    def work():
        results.append(services.message_process(message_id=message.pk))

    # given both workers read the message as waiting while someone holds the thread
    with transaction.atomic():
        Thread.objects.select_for_update().get(pk=thread.pk)
        workers = [_thread_with_own_connection(work) for _ in range(2)]
        for worker in workers:
            worker.start()
        deadline = time.monotonic() + WAIT_SECONDS
        while _sessions_waiting_for_a_lock() < 2:
            assert time.monotonic() < deadline, "the workers did not wait for the thread"
            time.sleep(0.05)
    # when the thread is free again, one after the other gets it
    for worker in workers:
        worker.join(WAIT_SECONDS)
    # then one delivered the message and the other found it done
    assert sorted(result is None for result in results) == [False, True]
    thread.refresh_from_db()
    assert thread.seller_unread_count == 1
    assert emails_with("Same message, twice.") == [[thread.seller.email]]


def test_an_email_whose_message_row_someone_else_holds_a_moment_is_sent_and_recorded(
    transactional_db, thread, accept
):
    """The second look of `message_process` (above) locks the message row for a moment; the
    outbox's sender records the outcome on that row, so it waits for it (a sender of old
    took a locked row for another sender's and sent nothing)."""
    if connection.vendor != "postgresql":
        pytest.skip("row locks: SQLite has none to wait on")
    from outbox import tasks as outbox_tasks
    from outbox.models import OutboundEmail

    message = accept(thread, thread.buyer, "Locked a moment.", lambda _message_id: None)
    services.message_process(message_id=message.pk)  # delivered, and e-mailed in-process
    email = OutboundEmail.objects.get(kind="message_notification", cause_id=message.pk)
    OutboundEmail.objects.filter(pk=email.pk).update(status="pending", sent_at=None)
    Message.objects.filter(pk=message.pk).update(email_status="pending", notified_at=None)
    mail.outbox.clear()
    outcomes = []
    sender = _thread_with_own_connection(
        lambda: outcomes.append(outbox_tasks.outbox_send.apply(args=[email.pk]).get())
    )
    with transaction.atomic():
        Message.objects.select_for_update().get(pk=message.pk)
        sender.start()
        deadline = time.monotonic() + WAIT_SECONDS
        while _sessions_waiting_for_a_lock() < 1:  # sent, and waiting to record it
            assert time.monotonic() < deadline, "the sender did not wait for the message row"
            time.sleep(0.05)
    sender.join(WAIT_SECONDS)

    assert outcomes == [True]
    assert emails_with("Locked a moment.") == [[thread.seller.email]]
    message.refresh_from_db()
    assert message.email_status == "sent" and message.notified_at is not None


def _thread_with_own_connection(work) -> threading.Thread:
    """A thread running `work` on a database connection of its own, closed after."""

    def run():
        try:
            work()
        finally:
            connection.close()

    return threading.Thread(target=run)


def _sessions_waiting_for_a_lock() -> int:
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_stat_clear_snapshot()")  # else read once per transaction
        cursor.execute(
            "SELECT count(*) FROM pg_stat_activity"
            " WHERE datname = current_database() AND wait_event_type = 'Lock'"
        )
        return cursor.fetchone()[0]


def test_a_relayed_message_breaking_the_rules_is_blocked_by_the_pipeline_and_the_writer_told(
    relay,  # noqa: F811
    dead_broker,  # noqa: F811
    buyer,
    seller,
    order,
    client,
):
    # given the broker is down as the buyer e-mails a phone number to the seller
    text = "Cheaper directly, call me: 601 234 567"
    code, _reply = send_to_seller(relay, buyer, seller, order, text)
    # then the relay accepted it before any rule looked at it: nobody is told anything yet
    assert code == 250
    message = Message.objects.get()
    assert message.state == MessageState.QUEUED
    assert not MessageCheck.objects.exists()
    assert [sent for sent in mail.outbox if "was not delivered" in sent.subject] == []

    # when the pipeline runs (the sweep, once the broker is back)
    broker_back()
    assert sweep_after_a_while(message) == 1
    # then the message is kept blocked, with what the rules found
    message.refresh_from_db()
    assert message.state == MessageState.BLOCKED
    assert message.rules_check.categories == ["off_platform"]
    # and the writer is told why at the address they wrote from, once
    notices = [sent for sent in mail.outbox if "was not delivered" in sent.subject]
    assert [notice.to for notice in notices] == [[buyer.email]]
    assert "601 234 567" in notices[0].body
    # and the seller never sees it
    thread = Thread.objects.get(order=order)
    assert (thread.seller_unread_count, thread.last_message_id) == (0, None)
    assert text not in thread_page(client, seller, thread)
    assert [sent.to for sent in mail.outbox if text in sent.body] == [[buyer.email]]


# --- suspended senders ----------------------------------------------------------------------


def test_a_sender_suspended_after_the_relay_accepted_the_mail_is_not_delivered(
    relay,  # noqa: F811
    dead_broker,  # noqa: F811
    staff,
    buyer,
    seller,
    order,
    thread,
    client,
):
    # given the relay accepted the buyer's e-mail while the broker was down
    text = "Answer me now!"
    assert send_to_seller(relay, buyer, seller, order, text)[0] == 250
    message = Message.objects.get(text=text)
    assert message.state == MessageState.QUEUED
    # when staff suspend the buyer before the pipeline ran on it
    broker_back()
    suspend(offender=buyer, reporter=seller, thread=thread, staff=staff)
    thread.refresh_from_db()
    unread_before = thread.seller_unread_count
    processed = services.message_process(message_id=message.pk)
    # then the message is kept blocked, with the suspension as the reason
    assert "cannot send messages until" in processed.stop_reason
    message.refresh_from_db()
    assert message.state == MessageState.BLOCKED
    # and the seller does not get it
    thread.refresh_from_db()
    assert thread.seller_unread_count == unread_before
    assert text not in thread_page(client, seller, thread)
    # only the writer is e-mailed: why it was not delivered
    assert emails_with(text) == [[buyer.email]]
    assert "cannot send messages until" in mail.outbox[-1].body
    # and staff find it in the review queue
    moderation_services.blocked_messages_enqueue()
    assert ModerationCase.objects.filter(message=message, kind=CaseKind.BLOCKED_MESSAGE).exists()


@pytest.mark.parametrize("writer", ["seller", "buyer"])
def test_a_suspended_sender_s_mail_is_accepted_and_blocked_by_the_suspension_stage_once(
    relay,  # noqa: F811
    staff,
    buyer,
    seller,
    order,
    thread,
    client,
    writer,
    django_capture_on_commit_callbacks,
):
    """The suspension is checked once on the mail path: by its stage, in the worker."""
    # given staff suspended one side of a conversation
    account_services.seller_email_add(seller=seller, email="shop@shop.example", verified=True)
    offender, other = (seller, buyer) if writer == "seller" else (buyer, seller)
    suspend(offender=offender, reporter=other, thread=thread, staff=staff)
    mail.outbox.clear()
    # when they e-mail the other side
    sender = "shop@shop.example" if writer == "seller" else buyer.email
    to = masked(buyer, order) if writer == "seller" else masked(seller, order)
    data = email_bytes(sender=sender, to=to, text="Still here, honestly.")
    with django_capture_on_commit_callbacks(execute=True):
        code, _reply = relay.send(mail_from=sender, to=[to], data=data)
    # then the relay stores it (250), and the suspension stage blocks it
    assert code == 250
    message = Message.objects.get(text="Still here, honestly.")
    assert (message.state, message.stopped_by) == (MessageState.BLOCKED, "suspension")
    assert "cannot send messages until" in message.stop_reason
    # and the other side sees nothing of it, on the web or by e-mail
    assert "Still here" not in thread_page(client, other, thread)
    # only the writer is e-mailed, at the address they wrote from: why
    assert emails_with("Still here") == [[sender]]
    assert "cannot send messages until" in mail.outbox[-1].body


# --- the task, one message at a time -------------------------------------------------------


def test_a_message_failing_in_the_pipeline_leaves_the_others_of_its_batch_delivered(
    crashing_stage,
    thread,
    django_capture_on_commit_callbacks,
    caplog,
    settings,
    accept,
):
    handed_over: list[int] = []
    failing = accept(thread, thread.buyer, "The parcel went kaboom.", handed_over.append)
    fine = accept(thread, thread.buyer, "Thanks, all good.", handed_over.append)
    # when one task processes both and the first one's pipeline fails
    with caplog.at_level(logging.ERROR), django_capture_on_commit_callbacks(execute=True):
        assert tasks.messages_process_task(handed_over) == 1
    # then the other one is delivered
    fine.refresh_from_db()
    assert fine.state == MessageState.DELIVERED
    # and the failed one stays waiting, as if the pipeline never started (logged)
    failing.refresh_from_db()
    assert failing.state == MessageState.QUEUED
    assert not MessageCheck.objects.filter(message=failing).exists()
    assert f"pipeline of relayed message {failing.pk} failed" in caplog.text
    thread.refresh_from_db()
    assert (thread.seller_unread_count, thread.last_message_id) == (1, fine.pk)

    # when the stage is fixed, the sweep delivers it
    crashing_stage()
    with django_capture_on_commit_callbacks(execute=True):
        assert sweep_after_a_while(failing) == 1
    failing.refresh_from_db()
    assert failing.state == MessageState.DELIVERED
    assert emails_with("went kaboom") == [[thread.seller.email]]


# --- the relay's hand-over ------------------------------------------------------------------


@pytest.fixture
def handover():
    started = Handover(interval=3600)  # only a flush (or a full batch) publishes
    yield started
    started.stop()
    gc.collect()  # a database connection its thread opened closes with the thread


def test_the_handover_publishes_what_it_collected_when_flushed(
    handover,
    thread,
    django_capture_on_commit_callbacks,
    accept,
):
    first = accept(thread, thread.buyer, "One.", handover)
    second = accept(thread, thread.buyer, "Two.", handover)
    # collected, not published yet
    assert Message.objects.filter(state=MessageState.QUEUED).count() == 2
    with django_capture_on_commit_callbacks(execute=True):
        handover.flush()
    for message in (first, second):
        message.refresh_from_db()
        assert message.state == MessageState.DELIVERED
    thread.refresh_from_db()
    assert thread.seller_unread_count == 2


def test_stopping_the_handover_publishes_what_it_still_holds(
    transactional_db, handover, thread, accept
):
    message = accept(thread, thread.buyer, "Last one.", handover)
    handover.stop()  # (its own thread publishes them; this one waits for it)
    message.refresh_from_db()
    assert message.state == MessageState.DELIVERED


def test_a_dead_broker_at_handover_leaves_the_messages_for_the_sweep(
    handover,
    dead_broker,  # noqa: F811
    thread,
    django_capture_on_commit_callbacks,
    caplog,
    accept,
):
    message = accept(thread, thread.buyer, "Lost?", handover)
    # when the hand-over publishes to a broker that is down: no error reaches anyone
    with caplog.at_level(logging.WARNING):
        handover.flush()
    assert "broker unavailable" in caplog.text
    # then the message still waits for the pipeline
    message.refresh_from_db()
    assert message.state == MessageState.QUEUED
    # and the sweep delivers it once the broker is back
    broker_back()
    with django_capture_on_commit_callbacks(execute=True):
        assert sweep_after_a_while(message) == 1
    message.refresh_from_db()
    assert message.state == MessageState.DELIVERED


def test_a_full_batch_is_published_without_waiting_for_the_interval(
    transactional_db, handover, thread
):
    with transaction.atomic():
        for n in range(MAX_BATCH):
            services.message_accept(
                thread=thread, author=thread.buyer, text=f"Batch item {n}", hand_over=handover
            )
    # the hand-over's own thread publishes them (in-process here) long before an hour: the
    # seller is e-mailed each one (this thread leaves the database alone meanwhile, which
    # SQLite's table locks would not bear)
    deadline = time.monotonic() + WAIT_SECONDS
    while len(emails_with("Batch item ")) < MAX_BATCH:
        assert time.monotonic() < deadline, "a full batch was not published"
        time.sleep(0.05)
    handover.stop()  # its last writes done
    assert Message.objects.filter(state=MessageState.DELIVERED).count() == MAX_BATCH
    assert not Message.objects.filter(state=MessageState.QUEUED).exists()


@pytest.fixture
def relay_with_handover(celery_worker, settings, request):
    """The relay as it runs in production: tasks go to the broker, handed over in batches."""
    settings.CELERY_TASK_ALWAYS_EAGER = False
    started = request.getfixturevalue("relay")
    assert "relay-handover" in [t.name for t in threading.enumerate()]
    return started


@pytest.mark.worker
def test_mail_the_relay_accepted_is_delivered_by_a_real_worker(
    relay_with_handover, buyer, seller, order
):
    # when the buyer sends three e-mails over SMTP
    texts = ["First question.", "Second question.", "Third question."]
    for text in texts:
        code, reply = send_to_seller(relay_with_handover, buyer, seller, order, text)
        assert (code, reply) == (250, "2.0.0 OK: queued for delivery")
    # then the worker delivers them all, without the sweep
    deadline = time.monotonic() + WAIT_SECONDS
    while True:
        close_old_connections()
        states = set(Message.objects.values_list("state", flat=True))
        if states == {MessageState.DELIVERED} or time.monotonic() > deadline:
            break
        time.sleep(0.1)
    assert states == {MessageState.DELIVERED}
    assert Message.objects.filter(state=MessageState.QUEUED).count() == 0
    thread = Thread.objects.get(order=order)
    assert thread.seller_unread_count == 3


# --- rows.py: the relay's plain-SQL lookups -------------------------------------------------


def test_an_order_address_resolves_to_the_order_and_its_parties_read_from_the_database(
    buyer, seller, order
):
    order_cancel(order=order)  # a status that is not the default
    recipient = resolve_recipient(masked(seller, order))
    found = recipient.order
    assert recipient.account.pk == seller.pk
    assert (found.pk, found.transaction_id) == (order.pk, order.transaction_id)
    assert (found.buyer_id, found.seller_id) == (buyer.pk, seller.pk)
    assert (found.buyer.pk, found.seller.pk) == (buyer.pk, seller.pk)
    assert (found.buyer.email, found.seller.sender_id) == (buyer.email, seller.sender_id)
    # booleans are booleans on every database (SQLite hands back integers)
    for party in (recipient.account, found.buyer, found.seller):
        assert party.is_active is True
    assert (found.buyer.is_seller, found.seller.is_seller) == (False, True)
    # what the relay does not select is loaded on first use, from the database
    assert "status" in found.get_deferred_fields()
    assert "username" in found.buyer.get_deferred_fields()
    assert found.status == "cancelled"
    assert found.buyer.username == buyer.username
    assert found.seller.date_joined == User.objects.get(pk=seller.pk).date_joined
    # and the buyer's own address of the order leads to the buyer
    assert resolve_recipient(masked(buyer, order)).account.pk == buyer.pk


def test_an_order_address_of_a_deactivated_account_leads_nowhere(buyer, seller, order):
    User.objects.filter(pk=seller.pk).update(is_active=False)
    with pytest.raises(UnknownRecipient):
        resolve_recipient(masked(seller, order))
    assert resolve_recipient(masked(buyer, order)).account.pk == buyer.pk


def test_a_sellers_address_found_by_the_sender_rules_carries_its_stored_values(
    buyer, seller, order
):
    added = account_services.seller_email_add(
        seller=seller, email="shop@shop.example", verified=True
    )
    stored = SellerEmailAddress.objects.get(pk=added.pk)
    decision = decide(
        recipient=resolve_recipient(masked(buyer, order)),
        envelope_from="shop@shop.example",
        header_from="Shop <shop@shop.example>",
        auth=AuthResult("pass", "pass", "pass", "shop.example", True),
    )
    assert decision.allowed and decision.author.pk == seller.pk
    found = decision.seller_email
    assert (found.pk, found.email, found.removed_at) == (stored.pk, stored.email, None)
    # datetimes aware and equal to the stored ones, booleans booleans, on every database
    assert found.verified_at == stored.verified_at and found.verified_at.tzinfo is not None
    assert found.is_primary is False and found.seller.is_active is True
    # and what the rules do not select comes from the database when read
    assert "created_at" in found.get_deferred_fields()
    assert found.created_at == stored.created_at


def test_the_models_the_relay_reads_in_plain_sql_have_no_init_signal_receivers():
    """rows.instance builds instances without Model.__init__, so it sends no pre_init or
    post_init: fine only while nothing listens to them for these models."""
    from django.db.models.signals import post_init, pre_init

    for model in (Order, User, Thread, SellerEmailAddress):
        assert not pre_init.has_listeners(model), model
        assert not post_init.has_listeners(model), model


def test_an_instance_read_in_plain_sql_behaves_as_one_the_orm_loaded(buyer, seller, order):
    found = resolve_recipient(masked(seller, order)).order
    loaded = Order.objects.get(pk=order.pk)

    assert found == loaded and hash(found) == hash(loaded)
    assert found._state.adding is False and found._state.db == "default"
    Order.objects.filter(pk=order.pk).update(transaction_id="changed12")
    found.refresh_from_db()  # as for a deferred-field instance: the loaded fields
    assert found.transaction_id == "changed12"
    assert "status" in found.get_deferred_fields()
    assert found.status == loaded.status
