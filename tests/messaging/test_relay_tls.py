"""STARTTLS on the relay (RFC 3207) with a certificate made by openssl, and the
per-client message rate, over real SMTP on loopback."""

import smtplib
import ssl
import subprocess

import pytest

from messaging.models import Message
from tests.messaging.test_relay_inbound import email_bytes, masked, relay, run_relay  # noqa: F401

OPENSSL = "/usr/bin/openssl"


@pytest.fixture(scope="module")
def certificate(tmp_path_factory):
    directory = tmp_path_factory.mktemp("tls")
    cert, key = directory / "cert.pem", directory / "key.pem"
    subprocess.run(  # noqa: S603 (a fixed command line)
        [
            OPENSSL, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
            "-subj", "/CN=mx.allegromail.pl", "-addext", "subjectAltName=IP:127.0.0.1",
            "-keyout", str(key), "-out", str(cert),
        ],
        check=True,
        capture_output=True,
    )  # fmt: skip
    return cert, key


@pytest.fixture
def tls_relay(transactional_db, settings, certificate, request):
    settings.RELAY_TLS_CERT_FILE, settings.RELAY_TLS_KEY_FILE = map(str, certificate)
    settings.RELAY_TLS_REQUIRED = getattr(request, "param", False)
    yield from run_relay(settings)


def trusting(certificate) -> ssl.SSLContext:
    """A sending server that knows the relay's certificate: verified, host name included."""
    return ssl.create_default_context(cafile=str(certificate[0]))


def test_starttls_is_offered_and_mail_sent_over_it_is_delivered(
    tls_relay, certificate, buyer, seller, order
):
    to = masked(seller, order)
    with smtplib.SMTP(tls_relay.host, tls_relay.port, timeout=20) as client:
        client.ehlo("client.example")
        assert client.has_extn("starttls")
        assert client.starttls(context=trusting(certificate))[0] == 220
        client.ehlo("client.example")
        assert not client.has_extn("starttls")  # once per session
        assert isinstance(client.sock, ssl.SSLSocket)
        assert client.sock.version() in ("TLSv1.2", "TLSv1.3")
        client.sendmail(buyer.email, [to], email_bytes(sender=buyer.email, to=to))
    assert Message.objects.get().text == "Is it still available?"


def test_plain_text_delivery_still_works_when_tls_is_optional(tls_relay, buyer, seller, order):
    to = masked(seller, order)
    code, _ = tls_relay.send(
        mail_from=buyer.email, to=[to], data=email_bytes(sender=buyer.email, to=to)
    )
    assert code == 250


@pytest.mark.parametrize("tls_relay", [True], indirect=True)
def test_with_tls_required_no_mail_is_taken_before_starttls(
    tls_relay, certificate, buyer, seller, order
):
    to = masked(seller, order)
    with smtplib.SMTP(tls_relay.host, tls_relay.port, timeout=20) as client:
        client.ehlo("client.example")
        code, reply = client.mail(buyer.email)
        assert code == 530
        assert b"STARTTLS" in reply
        client.starttls(context=trusting(certificate))
        client.ehlo("client.example")
        client.sendmail(buyer.email, [to], email_bytes(sender=buyer.email, to=to))
    assert Message.objects.count() == 1


def test_without_a_certificate_starttls_is_not_offered(relay):  # noqa: F811
    with smtplib.SMTP(relay.host, relay.port, timeout=20) as client:
        client.ehlo("client.example")
        assert not client.has_extn("starttls")


def test_a_client_over_its_message_rate_is_told_to_retry_later(
    relay,  # noqa: F811
    settings,
    buyer,
    seller,
    order,
):
    settings.RELAY_CLIENT_RATE = "3/minute"
    to = masked(seller, order)
    answers = [
        relay.send(
            mail_from=buyer.email,
            to=[to],
            data=email_bytes(sender=buyer.email, to=to, text=f"Question {n}"),
        )[0]
        for n in range(5)
    ]
    assert answers == [250, 250, 250, 451, 451]
    assert Message.objects.count() == 3

    settings.RELAY_UNLIMITED_CLIENTS = ["127.0.0.1"]  # an upstream MTA in front of the relay
    data = email_bytes(sender=buyer.email, to=to, text="Question 6")
    assert relay.send(mail_from=buyer.email, to=[to], data=data)[0] == 250
