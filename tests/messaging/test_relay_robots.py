"""Robots' mail through the relay over real SMTP: out-of-office answers (RFC 3834) are
kept and shown as automatic, forwarded with `Auto-Submitted`, never bounced between two
responders, and mail that has been through the relay before is refused as a loop."""

import queue
import smtplib
import threading
import time
from email.message import EmailMessage
from email.utils import make_msgid, parseaddr

import pytest
from django.db import close_old_connections
from django.urls import reverse

from accounts import services as account_services
from messaging import services
from messaging.models import Message, Side, Thread
from messaging.relay import automatic
from messaging.relay.auth import StaticResolver
from tests.messaging.test_relay_auth import key_pair, signed  # noqa: F401
from tests.messaging.test_relay_inbound import email_bytes, masked, relay  # noqa: F401
from tests.messaging.test_relay_pipeline import relay_with_handover  # noqa: F401
from tests.smtp_sink import run_sink


@pytest.fixture
def sink(settings):
    yield from run_sink(settings)


@pytest.fixture
def shop_address(seller):
    """The seller's mailbox: mail from buyers goes to it, and it writes to them."""
    address = account_services.seller_email_add(
        seller=seller, email="sales@shop.example", verified=True
    )
    return account_services.seller_email_set_primary(address=address)


@pytest.fixture
def signing_shop(settings, relay, key_pair):  # noqa: F811
    """shop.example signs its mail with DKIM (a null sender has no SPF of its own)."""
    private_pem, public_record = key_pair
    spf = "v=spf1 ip4:127.0.0.1 -all"
    settings.RELAY_DNS_RESOLVER = StaticResolver(
        txt={
            "example.com": spf,
            "shop.example": spf,
            "s1._domainkey.shop.example": public_record,
        }
    )
    return lambda data: signed(data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"), private_pem)


def out_of_office(*, sender: str, to: str, subject: str = "Question", **headers) -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = to
    message["Subject"] = f"Automatic reply: {subject}"
    message["Message-ID"] = make_msgid(domain="shop.example")
    for name, value in headers.items():
        message[name.replace("_", "-")] = value
    message.set_content("I am out of the office until Monday and will answer then.")
    return message.as_bytes()


def page_of(client, user, thread) -> str:
    client.force_login(user)
    return client.get(reverse("messaging:thread_detail", args=[thread.pk])).content.decode()


def test_an_out_of_office_answer_is_shown_as_automatic_and_forwarded_as_one(
    relay,  # noqa: F811
    sink,
    client,
    buyer,
    seller,
    order,
    shop_address,
    signing_shop,
):
    to_seller = masked(seller, order)
    assert (
        relay.send(
            mail_from=buyer.email,
            to=[to_seller],
            data=email_bytes(sender=buyer.email, to=to_seller, text="Is it still available?"),
        )[0]
        == 250
    )
    to_buyer = masked(buyer, order)
    code, _ = relay.send(
        mail_from="",  # RFC 3834 §3.3: responders send with a null return path
        to=[to_buyer],
        data=signing_shop(
            out_of_office(sender="sales@shop.example", to=to_buyer, Auto_Submitted="auto-replied")
        ),
    )
    assert code == 250

    answer = Message.objects.get(author=seller)
    assert (answer.automatic, answer.state) == ("auto-replied", "delivered")
    page = page_of(client, buyer, answer.thread)
    assert "out of the office until Monday" in page
    assert "Automatic reply" in page
    # Nobody answered: it is still the seller's turn (My Sales Quality counts it so).
    assert Thread.objects.get().last_author_side == Side.BUYER

    forwarded = [m for m in sink.messages if buyer.email in m["To"]]
    assert len(forwarded) == 1
    assert forwarded[0]["Auto-Submitted"] == "auto-replied"
    assert forwarded[0][automatic.LOOP_HEADER] == automatic.relay_name()
    # The person's message went out marked as a person's.
    to_seller = [m for m in sink.messages if "sales@shop.example" in m["To"]]
    assert [m["Auto-Submitted"] for m in to_seller] == ["no"]
    # The order's e-mail is the marketplace's own robot writing.
    order_mail = [m for m in sink.messages if m["Subject"].startswith("Order ")]
    assert [m["Auto-Submitted"] for m in order_mail] == ["auto-generated"]


@pytest.mark.parametrize(
    ("headers", "subject", "mail_from"),
    [
        ({"Auto-Submitted": "auto-generated"}, "Your parcel", "x@example.com"),
        ({"Precedence": "bulk"}, "Newsletter", "x@example.com"),
        ({"X-Autoreply": "yes"}, "Re: Question", "x@example.com"),
        ({"X-Auto-Response-Suppress": "All"}, "Re: Question", "x@example.com"),
        ({}, "Automatyczna odpowiedź: Pytanie", "x@example.com"),
        ({}, "Automatická odpověď: Dotaz", "x@example.com"),
        ({}, "Automatikus válasz: Kérdés", "x@example.com"),
        ({}, "Out of Office: Question", "x@example.com"),
        ({}, "Re: Question", ""),
    ],
)
def test_robots_are_recognised_by_their_headers_subjects_and_null_sender(
    headers, subject, mail_from
):
    fields = [*headers.items(), ("Subject", subject)]
    assert automatic.classify(headers=fields, envelope_from=mail_from, subject=subject)


@pytest.mark.parametrize(
    ("headers", "subject"),
    [
        ({"Auto-Submitted": "no"}, "Re: Question"),
        ({}, "Urlop – czy wyślesz przed świętami?"),
        ({}, "Re: Automatic transmission parts"),
        ({"Precedence": "first-class"}, "Re: Question"),
    ],
)
def test_people_writing_about_holidays_or_automatic_things_are_not_robots(headers, subject):
    fields = [*headers.items(), ("Subject", subject)]
    assert not automatic.classify(headers=fields, envelope_from="x@example.com", subject=subject)


class Responder:
    """Vacation responders behind the sink: each mailbox answers what it receives from
    the relay, through the relay, as its owner's mail server would.

    `careless`: answers every message, whatever its headers say (marking its own answer
    as automatic); otherwise it follows RFC 3834 and leaves automatic messages alone.
    """

    def __init__(self, sink, relay, mailboxes: dict[str, str], *, careless: bool):  # noqa: F811
        self.sink, self.relay, self.mailboxes, self.careless = sink, relay, mailboxes, careless
        self.sent: dict[str, int] = dict.fromkeys(mailboxes, 0)
        self._seen = 0
        self._stop = threading.Event()
        self._errors: queue.Queue = queue.Queue()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self):
        while not self._stop.is_set():
            messages = self.sink.messages
            for received in messages[self._seen :]:
                self._seen += 1
                try:
                    self._answer(received)
                except Exception as error:  # reported by stop()
                    self._errors.put(error)
            time.sleep(0.05)

    def _answer(self, received):
        mailbox = parseaddr(str(received["To"]))[1].lower()
        if mailbox not in self.mailboxes:
            return
        if not self.careless and received.get("Auto-Submitted", "no").lower() != "no":
            return
        reply_to = parseaddr(str(received["Reply-To"] or received["From"]))[1]
        data = out_of_office(
            sender=mailbox,
            to=reply_to,
            subject=str(received["Subject"]),
            Auto_Submitted="auto-replied",
        )
        with smtplib.SMTP(self.relay.host, self.relay.port, timeout=20) as client:
            client.sendmail(mailbox, [reply_to], data)
        self.sent[mailbox] += 1

    def stop(self):
        self._stop.set()
        self._thread.join(5)
        if not self._errors.empty():
            raise self._errors.get()


def settle(sink, seconds=3.0):
    """Wait until nothing new has reached the sink for a second (at most `seconds`)."""
    deadline, count, quiet_since = time.monotonic() + seconds, -1, time.monotonic()
    while time.monotonic() < deadline:
        if len(sink.raw) != count:
            count, quiet_since = len(sink.raw), time.monotonic()
        elif time.monotonic() - quiet_since > 1.0:
            return
        time.sleep(0.05)


@pytest.mark.parametrize("careless", [False, True], ids=["rfc3834", "careless"])
def test_two_vacation_responders_wired_through_the_relay_send_one_answer_each_at_most(
    relay,  # noqa: F811
    sink,
    client,
    buyer,
    seller,
    order,
    shop_address,
    careless,
):
    responder = Responder(
        sink,
        relay,
        {buyer.email.lower(): "buyer", "sales@shop.example": "seller"},
        careless=careless,
    )
    try:
        to_seller = masked(seller, order)
        code, _ = relay.send(
            mail_from=buyer.email,
            to=[to_seller],
            data=email_bytes(sender=buyer.email, to=to_seller, text="Is it still available?"),
        )
        assert code == 250
        time.sleep(1.0)
        settle(sink, seconds=8.0)
    finally:
        responder.stop()

    assert responder.sent["sales@shop.example"] == 1
    assert responder.sent[buyer.email.lower()] <= 1
    # Every answer is in the conversation, marked, and the loop stopped by itself.
    stored = Message.objects.exclude(automatic="")
    assert stored.count() == sum(responder.sent.values())
    assert sum(1 for m in sink.messages if m["Auto-Submitted"] == "auto-replied") == 1
    assert "Automatic reply" in page_of(client, buyer, Thread.objects.get())
    # What was kept from e-mail says so, and the safety net does not pick it up again.
    withheld = stored.filter(email_status="withheld")
    assert withheld.count() == stored.count() - 1
    assert not services.messages_pending_notification(older_than_seconds=0)


def test_mail_that_has_been_through_the_relay_before_is_refused_as_a_loop(
    relay,  # noqa: F811
    buyer,
    seller,
    order,
):
    to = masked(seller, order)
    message = EmailMessage()
    message["From"] = buyer.email
    message["To"] = to
    message["Subject"] = "Fwd: New message"
    message["Message-ID"] = make_msgid(domain="example.com")
    message[automatic.LOOP_HEADER] = automatic.relay_name()
    message.set_content("Forwarded by a mailbox rule.")

    code, reply = relay.send(mail_from=buyer.email, to=[to], data=message.as_bytes())

    assert (code, reply[:5]) == (554, "5.4.6")
    assert not Message.objects.exists()


def test_a_blocked_automatic_message_gets_no_notice_back(
    relay,  # noqa: F811
    sink,
    buyer,
    seller,
    order,
):
    to = masked(seller, order)
    code, _ = relay.send(
        mail_from=buyer.email,
        to=[to],
        data=out_of_office(
            sender=buyer.email,
            to=to,
            Auto_Submitted="auto-replied",
        ).replace(b"out of the office", b"out of the office, call me on +48 601 234 567 or"),
    )
    assert code == 250
    message = Message.objects.get()
    assert message.state == "blocked"
    assert message.automatic
    assert [m for m in sink.messages if buyer.email in m["To"]] == []  # RFC 3834 §2


@pytest.mark.worker
def test_two_careless_responders_stop_after_one_answer_each_with_a_real_worker(
    relay_with_handover,  # noqa: F811
    sink,
    client,
    buyer,
    seller,
    order,
    shop_address,
):
    """As deployed: the relay hands mail over to a real worker through the broker, the
    worker runs the stages and sends the e-mails to the mailboxes' server."""
    relay_ = relay_with_handover
    responder = Responder(
        sink,
        relay_,
        {buyer.email.lower(): "buyer", "sales@shop.example": "seller"},
        careless=True,
    )
    try:
        to_seller = masked(seller, order)
        data = email_bytes(sender=buyer.email, to=to_seller, text="Is it still available?")
        assert relay_.send(mail_from=buyer.email, to=[to_seller], data=data)[0] == 250
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and sum(responder.sent.values()) < 2:
            time.sleep(0.2)
        settle(sink, seconds=6.0)
    finally:
        responder.stop()

    assert responder.sent == {buyer.email.lower(): 1, "sales@shop.example": 1}
    close_old_connections()
    assert Message.objects.exclude(automatic="").count() == 2
    assert sum(1 for m in sink.messages if m["Auto-Submitted"] == "auto-replied") == 1
