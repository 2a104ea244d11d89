"""A relayed e-mail that breaks the rules, through the real relay on loopback."""

import time

import pytest
from django.core import mail
from django.db import close_old_connections

from message_rules.models import MessageCheck
from messaging.models import Message, MessageState, Thread
from outbox import tasks as outbox_tasks
from outbox.models import OutboundEmail
from tests.messaging.test_relay_inbound import email_bytes, masked, relay  # noqa: F401


def test_a_blocked_email_is_kept_the_sender_is_told_why_and_the_recipient_gets_nothing(
    relay,  # noqa: F811
    buyer,
    seller,
    order,
):
    mail.outbox.clear()  # the seller's e-mail about the new order
    to = masked(seller, order)
    text = "Hello, cancel the order and pay me by bank transfer to my account, it's cheaper."
    code, _reply = relay.send(
        mail_from=buyer.email, to=[to], data=email_bytes(sender=buyer.email, to=to, text=text)
    )
    assert code == 250  # accepted: stored for staff, not refused
    message = Message.objects.get()
    assert (message.channel, message.state) == ("email", MessageState.BLOCKED)
    assert message.rules_check.categories == ["off_platform"]
    thread = Thread.objects.get()
    assert (thread.seller_unread_count, thread.last_message_id) == (0, None)

    assert [m.to for m in mail.outbox] == [[buyer.email]]  # the sender only, once
    notice = mail.outbox[0]
    assert "was not delivered" in notice.subject
    assert "“pay me by bank transfer to my account”: Trading outside the platform" in notice.body
    assert text in notice.body  # their words come back to them
    assert seller.email not in str(notice.message())
    assert OutboundEmail.objects.get(kind="blocked_notice").status == "sent"


def test_the_notice_is_sent_once_even_if_the_task_runs_again(
    relay,  # noqa: F811
    buyer,
    seller,
    order,
):
    mail.outbox.clear()  # the seller's e-mail about the new order
    to = masked(seller, order)
    relay.send(
        mail_from=buyer.email,
        to=[to],
        data=email_bytes(sender=buyer.email, to=to, text="Ty kurwo, oddawaj kasę"),
    )
    assert len(mail.outbox) == 1
    # the sweep or a redelivered task finds the row sent, and sends nothing more
    notice = OutboundEmail.objects.get(kind="blocked_notice")
    outbox_tasks.outbox_send.run(notice.pk)
    outbox_tasks.outbox_sweep.run()
    assert len(mail.outbox) == 1


def test_a_clean_email_is_delivered_and_nobody_gets_a_notice(
    relay,  # noqa: F811
    buyer,
    seller,
    order,
):
    mail.outbox.clear()  # the seller's e-mail about the new order
    to = masked(seller, order)
    relay.send(
        mail_from=buyer.email,
        to=[to],
        data=email_bytes(sender=buyer.email, to=to, text="Would you take 40 EUR for it?"),
    )
    message = Message.objects.get()
    assert message.state == MessageState.DELIVERED
    assert message.rules_check.verdict == "allow"
    assert [m.to for m in mail.outbox] == [[seller.email]]  # the message itself, to the seller


@pytest.mark.django_db
def test_an_allowlisted_couriers_own_links_and_hotline_pass(order):
    from messaging import services

    thread = services.thread_get_or_create(buyer=order.buyer, order=order)
    message = services.message_submit(
        thread=thread,
        author=None,
        text="Kurier zadzwoni: +48 22 123 45 67, śledzenie https://inpost.pl/s?n=1",
        channel="email",
        external_sender="powiadomienia@inpost.pl",
    )
    assert message.state == MessageState.DELIVERED
    assert MessageCheck.objects.get(message=message).verdict == "allow"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "text",
    [
        "Your parcel is held. Pay the customs fee at https://inpost-dopłata.com/pay today.",
        "To release the parcel send us your bank login and password.",
        "Dear beneficiary, an inheritance of 4,500,000 USD awaits you. Send your card number "
        "and CVC to receive it.",
    ],
    ids=["foreign-link", "credentials", "advance-fee"],
)
def test_an_allowlisted_sender_is_still_checked_for_scams(order, client, text):
    """Issue #15: 44 of 44 advance-fee letters from an allowlisted courier domain got through."""
    from django.urls import reverse

    from messaging import services

    thread = services.thread_get_or_create(buyer=order.buyer, order=order)
    message = services.message_submit(
        thread=thread,
        author=None,
        text=text,
        channel="email",
        external_sender="powiadomienia@inpost.pl",
    )
    assert message.state == MessageState.BLOCKED
    client.force_login(order.buyer)
    page = client.get(reverse("messaging:thread_detail", args=[thread.pk])).text
    assert text[:30] not in page


@pytest.mark.worker
def test_a_real_worker_sends_the_notice(
    celery_worker,
    relay,  # noqa: F811
    buyer,
    seller,
    order,
):
    # given a Celery worker consuming from the real broker
    mail.outbox.clear()
    to = masked(seller, order)
    # when a blocked e-mail is stored by the relay and its transaction commits
    code, _reply = relay.send(
        mail_from=buyer.email,
        to=[to],
        data=email_bytes(sender=buyer.email, to=to, text="Podaj mi hasło do konta"),
    )
    assert code == 250
    # then the worker runs the rules on it (after the 250) and e-mails the notice to the
    # sender through the outbox
    deadline = time.monotonic() + 20
    notice = None
    while time.monotonic() < deadline and (notice is None or notice.status != "sent"):
        close_old_connections()
        notice = OutboundEmail.objects.filter(kind="blocked_notice").first()
        time.sleep(0.1)
    assert notice is not None and notice.status == "sent"
    check = MessageCheck.objects.get()
    assert check.message.state == MessageState.BLOCKED
    # (the order fixture committed too, so the worker also sent the seller its order e-mail)
    notices = [m for m in mail.outbox if "was not delivered" in m.subject]
    assert [m.to for m in notices] == [[buyer.email]]
    assert "Requests for passwords or payment details" in notices[0].body
    assert not [m for m in mail.outbox if "hasło" in m.body and buyer.email not in m.to]


def test_the_notice_speaks_the_senders_language(
    relay,  # noqa: F811
    buyer,
    seller,
    order,
):
    from accounts import services as account_services

    account_services.user_set_language(user=buyer, language="cs")
    mail.outbox.clear()
    to = masked(seller, order)
    relay.send(
        mail_from=buyer.email,
        to=[to],
        data=email_bytes(sender=buyer.email, to=to, text="Ty kokote, kde je zboží?"),
    )
    [notice] = mail.outbox
    assert notice.subject.startswith("Vaše zpráva nebyla doručena")
    assert "„kokote“: Vulgarismy" in notice.body  # Czech quotation marks
