"""DNS trouble at the relay, with a real DNS server on loopback: a sender whose domain's
DNS does not answer is told to try again later (451 4.4.3), never refused for good; slow
DNS holds neither the database threads nor other senders; answers are cached."""

import smtplib
import threading
import time

import pytest

from accounts import services as account_services
from messaging.models import Message
from tests.messaging.dns_server import DnsServer
from tests.messaging.test_relay_inbound import email_bytes, masked, relay  # noqa: F401

SPF = "v=spf1 ip4:127.0.0.1 -all"


@pytest.fixture
def dns_server(settings, relay):  # noqa: F811
    server = DnsServer(txt={"example.com": SPF, "shop.example": SPF})
    settings.RELAY_DNS_RESOLVER = "messaging.relay.auth.DnspythonResolver"
    settings.RELAY_DNS_NAMESERVERS = [server.address]
    settings.RELAY_DNS_TIMEOUT = 1.0
    settings.RELAY_AUTH_TIMEOUT = 2.5
    yield server
    server.stop()


def test_a_sender_whose_dns_times_out_is_told_to_retry_and_the_retry_is_taken(
    relay,  # noqa: F811
    dns_server,
    buyer,
    seller,
    order,
):
    dns_server.silent.add("example.com")
    to = masked(seller, order)
    data = email_bytes(sender=buyer.email, to=to)

    started = time.monotonic()
    code, reply = relay.send(mail_from=buyer.email, to=[to], data=data)

    assert (code, reply[:5]) == (451, "4.4.3")  # temporary: the sending server keeps it
    assert time.monotonic() - started < 6
    assert not Message.objects.exists()

    dns_server.silent.clear()
    assert relay.send(mail_from=buyer.email, to=[to], data=data)[0] == 250
    assert Message.objects.count() == 1


def test_slow_dns_of_two_senders_does_not_hold_a_third(
    relay,  # noqa: F811
    dns_server,
    buyer,
    seller,
    order,
):
    account_services.seller_email_add(seller=seller, email="sales@shop.example", verified=True)
    dns_server.silent.add("example.com")
    to_seller, to_buyer = masked(seller, order), masked(buyer, order)
    answers = []

    def slow_sender():
        answers.append(
            relay.send(
                mail_from=buyer.email,
                to=[to_seller],
                data=email_bytes(sender=buyer.email, to=to_seller),
            )[0]
        )

    slow = [threading.Thread(target=slow_sender) for _ in range(2)]
    for thread in slow:
        thread.start()
    time.sleep(0.5)  # both are waiting for DNS now

    with smtplib.SMTP(relay.host, relay.port, timeout=20) as client:
        client.ehlo("shop.example")
        client.mail("sales@shop.example")
        started = time.monotonic()
        assert client.rcpt(to_buyer)[0] == 250
        rcpt_seconds = time.monotonic() - started
        data = email_bytes(sender="sales@shop.example", to=to_buyer, text="Shipped today.")
        started = time.monotonic()
        code, _ = client.data(data.replace(b"\n", b"\r\n"))
        data_seconds = time.monotonic() - started
    for thread in slow:
        thread.join(10)

    assert code == 250
    assert rcpt_seconds < 0.5  # was 10 s with two slow senders (#17)
    assert data_seconds < 1.0
    assert answers == [451, 451]
    assert list(Message.objects.values_list("text", flat=True)) == ["Shipped today."]


def test_a_domain_that_writes_often_is_looked_up_once_per_ttl(
    relay,  # noqa: F811
    dns_server,
    buyer,
    seller,
    order,
):
    to = masked(seller, order)
    for text in ("First question.", "Second question.", "Third question."):
        data = email_bytes(sender=buyer.email, to=to, text=text)
        assert relay.send(mail_from=buyer.email, to=[to], data=data)[0] == 250

    assert Message.objects.count() == 3
    assert dns_server.asked[("example.com", "TXT")] == 1
