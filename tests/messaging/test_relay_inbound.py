"""The inbound relay over real SMTP on loopback (aiosmtpd server, smtplib client)."""

import re
import smtplib
import socket
from email.message import EmailMessage
from email.utils import make_msgid
from pathlib import Path

import pytest
from django.core import mail
from django.db import OperationalError

from accounts import services as account_services
from messaging.models import Message, RelayAllowlistEntry, Side, Thread
from messaging.relay import inbound
from messaging.relay.auth import StaticResolver
from messaging.relay.server import relay_controller

CPYTHON_EMAIL_DATA = Path("/root/.pyenv/versions/3.12.1/lib/python3.12/test/test_email/data")
MAX_BYTES = 200_000


class Relay:
    def __init__(self, host: str, port: int):
        self.host, self.port = host, port

    def send(self, *, mail_from: str, to: list[str], data: bytes) -> tuple[int, str]:
        """The server's answer to the first refused step, or to DATA."""
        data = re.sub(rb"\r?\n", b"\r\n", data)  # smtplib sends bytes as they are
        with smtplib.SMTP(self.host, self.port, timeout=20) as client:
            client.ehlo("client.example")
            code, reply = client.mail(mail_from)
            if code != 250:
                return code, reply.decode()
            for address in to:
                code, reply = client.rcpt(address)
                if code != 250:
                    return code, reply.decode()
            code, reply = client.data(data)
            return code, reply.decode()


def run_relay(settings, *, max_bytes: int = MAX_BYTES):
    """For a fixture: `yield from run_relay(settings)` gives a relay on a free port, with
    DNS as the senders' domains publish it (SPF lets the loopback client send for them)."""
    spf = "v=spf1 ip4:127.0.0.1 -all"
    settings.RELAY_DNS_RESOLVER = StaticResolver(
        txt={"example.com": spf, "shop.example": spf, "inpost.pl": spf}
    )
    settings.RELAY_TRUSTED_AUTH_SERVID = ""
    settings.RELAY_MAX_MESSAGE_BYTES = max_bytes
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = relay_controller(host="127.0.0.1", port=port)
    controller.start()
    yield Relay("127.0.0.1", port)
    controller.stop()


@pytest.fixture
def relay(transactional_db, settings):
    yield from run_relay(settings)


def masked(account, order=None) -> str:
    return account_services.masked_email_address(account=account, order=order)


def email_bytes(*, sender: str, to: str, text: str = "Is it still available?", **headers):
    message = EmailMessage()
    message["From"] = sender
    message["To"] = to
    message["Subject"] = headers.pop("subject", "Question")
    message["Message-ID"] = headers.pop("message_id", make_msgid(domain="example.com"))
    message.set_content(text)
    return message.as_bytes()


def test_buyer_mail_to_the_sellers_order_address_is_in_the_thread_when_250_arrives(
    relay, buyer, seller, order
):
    to = masked(seller, order)
    code, _reply = relay.send(
        mail_from=buyer.email, to=[to], data=email_bytes(sender=buyer.email, to=to)
    )
    assert code == 250
    message = Message.objects.get()
    assert (message.author, message.channel, message.state) == (buyer, "email", "delivered")
    assert message.text == "Is it still available?"
    assert message.sender_address == buyer.email
    thread = Thread.objects.get()
    assert (thread.order, thread.seller_unread_count, thread.last_author_side) == (
        order,
        1,
        Side.BUYER,
    )


def test_the_address_is_case_insensitive(relay, buyer, seller, order):
    to = masked(seller, order).upper()
    code, _ = relay.send(
        mail_from=buyer.email, to=[to], data=email_bytes(sender=buyer.email, to=to)
    )
    assert code == 250
    assert Message.objects.count() == 1


def test_guessed_unknown_malformed_and_wrong_domain_addresses_are_refused_at_rcpt(
    relay, buyer, seller, order
):
    good = masked(seller, order)
    for to in [
        f"aaaaaaaaaa+{order.transaction_id}@allegromail.pl",
        f"{seller.sender_id}+aaaaaaaaa@allegromail.pl",
        good.replace("allegromail.pl", "allegromail.com"),
        f"{seller.sender_id}+{order.transaction_id}+x@allegromail.pl",
        "postmaster@example.com",
    ]:
        code, reply = relay.send(
            mail_from=buyer.email, to=[to], data=email_bytes(sender=buyer.email, to=to)
        )
        assert (code, reply[:5]) == (550, "5.1.1"), to
    assert not Message.objects.exists()


def test_size_is_advertised_and_an_oversized_message_gets_552(relay, buyer, seller, order):
    to = masked(seller, order)
    with smtplib.SMTP(relay.host, relay.port, timeout=20) as client:
        client.ehlo("client.example")
        assert client.esmtp_features["size"] == str(MAX_BYTES)
        assert client.mail(buyer.email, [f"SIZE={MAX_BYTES + 1}"])[0] == 552
    big = email_bytes(sender=buyer.email, to=to, text=("x" * 70 + "\n") * (MAX_BYTES // 70))
    code, _ = relay.send(mail_from=buyer.email, to=[to], data=big)
    assert code == 552
    assert not Message.objects.exists()


def test_a_hundred_recipients_are_taken_the_next_gets_452(relay, buyer, seller, order):
    """RFC 5321 4.5.3.1.8: at least 100 recipients (the relay took 50 before)."""
    with smtplib.SMTP(relay.host, relay.port, timeout=20) as client:
        client.ehlo("client.example")
        client.mail(buyer.email)
        codes = [client.rcpt(masked(seller, order))[0] for _ in range(101)]
    assert codes[:100] == [250] * 100
    assert codes[100] == 452


def test_a_session_guessing_addresses_is_disconnected_after_ten_unknown(relay, buyer, order):
    """Address harvesting: 1,000 unknown recipients all got 550 and the session went on."""
    codes = []
    client = smtplib.SMTP(relay.host, relay.port, timeout=20)
    client.ehlo("client.example")
    client.mail(buyer.email)
    with pytest.raises(smtplib.SMTPServerDisconnected):
        for number in range(1000):
            codes.append(client.rcpt(f"guess{number}@allegromail.pl")[0])
    assert codes == [550] * 9 + [421]


def test_lines_longer_than_998_characters_are_taken_and_kept(relay, buyer, seller, order):
    """7 of 547 real messages of a public corpus had such lines; they got 500."""
    to = masked(seller, order)
    line = "Szczegóły zamówienia: " + "rozmiar L, kolor zielony; " * 200  # ~5,000 chars
    code, _ = relay.send(
        mail_from=buyer.email, to=[to], data=email_bytes(sender=buyer.email, to=to, text=line)
    )
    assert code == 250
    assert Message.objects.get().text.startswith("Szczegóły zamówienia: rozmiar L")
    assert len(Message.objects.get().text) > 4000


@pytest.fixture
def database_lost_after_the_insert(monkeypatch):
    real_accept = inbound.message_accept

    def accept_then_lose_the_database(**kwargs):
        real_accept(**kwargs)  # the rows are written, then the connection goes away
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(inbound, "message_accept", accept_then_lose_the_database)
    return lambda: monkeypatch.setattr(inbound, "message_accept", real_accept)


def test_a_database_failure_during_data_gets_451_and_the_retry_stores_the_message_once(
    relay, buyer, seller, order, database_lost_after_the_insert, caplog
):
    to = masked(seller, order)
    data = email_bytes(sender=buyer.email, to=to, text="Is it still available?")
    code, reply = relay.send(mail_from=buyer.email, to=[to], data=data)
    assert (code, reply) == (451, "4.3.0 Temporary local problem, try again later")
    assert "server closed" in caplog.text  # logged with the traceback, not told the sender
    # A plain message is one INSERT, atomic by itself: it is whole or not there at all.
    assert [m.text for m in Message.objects.all()] in ([], ["Is it still available?"])

    database_lost_after_the_insert()  # the database is back; the sending MTA retries
    assert relay.send(mail_from=buyer.email, to=[to], data=data)[0] == 250
    message = Message.objects.get()
    assert message.text == "Is it still available?" and message.state == "delivered"


def test_a_database_failure_with_attachments_stores_nothing_and_the_retry_stores_all(
    relay, buyer, seller, order, database_lost_after_the_insert, png_upload
):
    to = masked(seller, order)
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = buyer.email, to, "photo"
    message.set_content("Photo attached.")
    message.add_attachment(
        png_upload().read(), maintype="image", subtype="png", filename="photo.png"
    )
    data = message.as_bytes()
    assert relay.send(mail_from=buyer.email, to=[to], data=data)[0] == 451
    assert not Message.objects.exists()  # the message and its files: one transaction

    database_lost_after_the_insert()
    assert relay.send(mail_from=buyer.email, to=[to], data=data)[0] == 250
    stored = Message.objects.get()
    assert [a.original_name for a in stored.attachments.all()] == ["photo.png"]


def test_the_same_message_id_twice_stores_one_message(relay, buyer, seller, order):
    to = masked(seller, order)
    data = email_bytes(sender=buyer.email, to=to, message_id="<once@example.com>")
    assert relay.send(mail_from=buyer.email, to=[to], data=data)[0] == 250
    assert relay.send(mail_from=buyer.email, to=[to], data=data)[0] == 250
    assert Message.objects.count() == 1
    assert Message.objects.get().inbound_message_id.startswith("<once@example.com>#")


def test_a_different_message_reusing_a_message_id_is_stored_too(relay, buyer, seller, order):
    """#17: a second, different message with the same Message-ID got 250 and was lost."""
    to = masked(seller, order)
    for text in ("Is it still available?", "And in size L?"):
        data = email_bytes(sender=buyer.email, to=to, text=text, message_id="<same@example.com>")
        assert relay.send(mail_from=buyer.email, to=[to], data=data)[0] == 250
    assert sorted(Message.objects.values_list("text", flat=True)) == [
        "And in size L?",
        "Is it still available?",
    ]


def test_long_message_ids_differing_at_the_end_are_two_messages(relay, buyer, seller, order):
    to = masked(seller, order)
    stem = "<" + "x" * 300
    for end in ("a@example.com>", "b@example.com>"):
        data = email_bytes(sender=buyer.email, to=to, text="Same text", message_id=stem + end)
        assert relay.send(mail_from=buyer.email, to=[to], data=data)[0] == 250
    assert Message.objects.count() == 2


def test_a_sender_not_on_my_email_addresses_is_told_how_to_add_it(relay, buyer, seller, order):
    to = masked(buyer, order)
    code, reply = relay.send(
        mail_from="shop@shop.example", to=[to], data=email_bytes(sender="shop@shop.example", to=to)
    )
    assert (code, reply[:5]) == (550, "5.7.1")
    assert "shop@shop.example" in reply and "My email addresses" in reply
    assert not Message.objects.exists()


def test_the_seller_writes_from_a_verified_address_and_the_thread_remembers_it(
    relay, buyer, seller, order
):
    address = account_services.seller_email_add(
        seller=seller, email="shop@shop.example", verified=True
    )
    to = masked(buyer, order)
    code, _ = relay.send(
        mail_from="shop@shop.example",
        to=[to],
        data=email_bytes(sender="Shop <shop@shop.example>", to=to, text="Shipped today."),
    )
    assert code == 250
    message = Message.objects.get()
    assert (message.author, message.text) == (seller, "Shipped today.")
    assert Thread.objects.get().seller_email == address


def test_an_allowlisted_courier_reaches_the_buyer_without_taking_a_turn(
    relay, buyer, seller, order
):
    RelayAllowlistEntry.objects.get_or_create(pattern="@inpost.pl")
    to = masked(buyer, order)
    code, _ = relay.send(
        mail_from="powiadomienia@inpost.pl",
        to=[to],
        data=email_bytes(sender="InPost <powiadomienia@inpost.pl>", to=to, text="Parcel ready."),
    )
    assert code == 250
    message = Message.objects.get()
    assert (message.author, message.sender_address) == (None, "powiadomienia@inpost.pl")
    thread = Thread.objects.get()
    assert (thread.buyer_unread_count, thread.seller_unread_count) == (1, 0)
    assert thread.last_author_side == ""


def test_the_fixed_part_alone_needs_an_existing_conversation(relay, buyer, seller):
    to = masked(seller)
    code, reply = relay.send(
        mail_from=buyer.email, to=[to], data=email_bytes(sender=buyer.email, to=to)
    )
    assert (code, reply[:5]) in [(550, "5.1.1"), (550, "5.7.1")]
    assert not Message.objects.exists()


@pytest.mark.parametrize("charset", ["iso-8859-2", "windows-1250"])
def test_a_non_utf8_charset_is_stored_readable(relay, buyer, seller, order, charset):
    to = masked(seller, order)
    text = "Zażółć gęślą jaźń – czy jest rozmiar L?"
    data = (
        (
            f"From: {buyer.email}\r\nTo: {to}\r\nSubject: pytanie\r\n"
            "Message-ID: <c@example.com>\r\n"
            f"MIME-Version: 1.0\r\nContent-Type: text/plain; charset={charset}\r\n"
            "Content-Transfer-Encoding: 8bit\r\n\r\n"
        ).encode()
        + text.replace("–", "-").encode(charset)
        + b"\r\n"
    )
    assert relay.send(mail_from=buyer.email, to=[to], data=data)[0] == 250
    assert Message.objects.get().text == text.replace("–", "-")


def test_mime_headers_parsed_for_one_message_serve_the_next_but_never_mix_them_up():
    from messaging.relay import inbound

    def mail(charset: str, text: str, boundary: str) -> bytes:
        return (
            (
                f"From: a@shop.example\r\nMIME-Version: 1.0\r\n"
                f'Content-Type: multipart/mixed; boundary="{boundary}"\r\n\r\n'
                f"--{boundary}\r\nContent-Type: text/plain; charset={charset}\r\n"
                "Content-Transfer-Encoding: 8bit\r\n\r\n"
            ).encode()
            + text.encode(charset)
            + f"\r\n--{boundary}--\r\n".encode()
        )

    inbound._shared_parsed.clear()
    for n in range(inbound._SHARED_MAX_ENTRIES + 50):
        for charset, text in (("iso-8859-2", "Zażółć"), ("windows-1250", "gęślą"), ("utf-8", "ő")):
            data = mail(charset, text, f"b{n}")
            assert inbound._content(inbound._parse(data), data).text == text
    # the structure headers are shared; the boundaries, all different, are not kept
    assert ("Content-Transfer-Encoding", "8bit") in inbound._shared_parsed
    assert ("Content-Type", "text/plain; charset=iso-8859-2") in inbound._shared_parsed
    assert not any("boundary" in value for _name, value in inbound._shared_parsed)
    assert len(inbound._shared_parsed) <= inbound._SHARED_MAX_ENTRIES


def test_undecodable_bytes_become_replacement_characters(relay, buyer, seller, order):
    to = masked(seller, order)
    data = (
        f"From: {buyer.email}\r\nTo: {to}\r\nContent-Type: text/plain; charset=utf-8\r\n"
        "Content-Transfer-Encoding: 8bit\r\n\r\nbad \xff\xfe bytes \x00 here\r\n"
    ).encode("latin-1")
    assert relay.send(mail_from=buyer.email, to=[to], data=data)[0] == 250
    assert Message.objects.get().text == "bad \ufffd\ufffd bytes  here"


def test_html_is_sanitised_and_the_text_comes_from_it(relay, buyer, seller, order):
    to = masked(seller, order)
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = buyer.email, to, "html"
    message.set_content(
        '<p onclick="steal()">Hello <b>there</b><script>alert(1)</script></p>'
        '<img src="https://tracker.example/p.gif"><p>Second&nbsp;line</p>',
        subtype="html",
    )
    assert relay.send(mail_from=buyer.email, to=[to], data=message.as_bytes())[0] == 250
    stored = Message.objects.get()
    assert stored.html == "<p>Hello <b>there</b></p><p>Second&nbsp;line</p>"
    assert stored.text == "Hello there\nSecond line"


def test_crlf_in_subject_or_display_name_adds_no_header_anywhere(relay, buyer, seller, order):
    to = masked(seller, order)
    data = (
        f"From: =?utf-8?q?Anna=0D=0ABcc=3A_victim=40evil=2Eexample?= <{buyer.email}>\r\n"
        f"To: {to}\r\nSubject: =?utf-8?q?Hi=0D=0ABcc=3A_victim=40evil=2Eexample?=\r\n"
        "Message-ID: <crlf@example.com>\r\n\r\nBody\r\n"
    ).encode()
    mail.outbox.clear()
    assert relay.send(mail_from=buyer.email, to=[to], data=data)[0] == 250
    stored = Message.objects.get()
    assert "\r" not in stored.sender_address and "\n" not in stored.sender_address
    for sent in mail.outbox:  # the e-mail telling the seller (if sent in this setup)
        raw = sent.message().as_bytes()
        assert b"\nBcc:" not in raw and b"victim@evil.example" not in raw.split(b"\n\n")[0]


def test_attachments_are_checked_like_on_the_web(relay, buyer, seller, order, png_upload):
    to = masked(seller, order)
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = buyer.email, to, "photo"
    message.set_content("Photo attached.")
    png = png_upload().read()
    message.add_attachment(png, maintype="image", subtype="png", filename="photo.png")
    message.add_attachment(
        b"MZ\x90\x00", maintype="application", subtype="x-msdownload", filename="invoice.exe"
    )
    assert relay.send(mail_from=buyer.email, to=[to], data=message.as_bytes())[0] == 250
    stored = Message.objects.get()
    assert [a.original_name for a in stored.attachments.all()] == ["photo.png"]
    assert "[attachment invoice.exe was not accepted]" in stored.text


def test_a_quoted_reply_history_is_cut(relay, buyer, seller, order):
    to = masked(seller, order)
    text = "Yes, please.\n\nOn Mon, 1 Jan 2024, Shop wrote:\n> Do you want it?\n> Bye\n"
    data = email_bytes(sender=buyer.email, to=to, text=text)
    assert relay.send(mail_from=buyer.email, to=[to], data=data)[0] == 250
    assert Message.objects.get().text == "Yes, please."


NASTY = [
    b"no headers at all, just text\r\n",
    b"From: {sender}\r\nContent-Type: multipart/mixed\r\n\r\nno boundary\r\n",
    b"From: {sender}\r\nContent-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\n"
    b"Content-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\n!!!not base64\r\n",
    b"From: {sender}\r\nContent-Type: text/plain; charset=no-such-charset\r\n\r\ncaf\xe9\r\n",
    b"From: {sender}\r\nContent-Type: text/plain; charset=utf-8\r\n"
    b"Content-Transfer-Encoding: quoted-printable\r\n\r\n=ZZ=\r\n",
    b"From: {sender}\r\nSubject: \xff\xfe\x00broken\r\nMessage-ID: \xff<\r\n\r\nx\r\n",
    b"From: {sender}\r\nthis line has no colon\r\n\r\nbody\r\n",
    b"From: {sender}\r\nContent-Type: message/rfc822\r\n\r\nFrom: nested\r\n\r\ninner\r\n",
    b'From: {sender}\r\nContent-Type: multipart/alternative; boundary="a"\r\n\r\n--a\r\n'
    b"Content-Type: text/html\r\n\r\n<p>only <i>html</i>\r\n--a--\r\n",
    b"From: {sender}\r\nContent-Disposition: attachment; filename*=utf-8''%FF%FE.pdf\r\n"
    b"Content-Type: application/pdf\r\n\r\n%PDF-1.4 truncated\r\n",
    b"From: {sender}\r\nMessage-ID: <" + b"m" * 400 + b"@x>\r\n\r\nlong id\r\n",
    b"From: =?utf-8?b?!!!?= <{sender}>, second@example.com\r\n\r\ntwo senders\r\n",
]


def _cpython_messages() -> list[bytes]:
    return [path.read_bytes() for path in sorted(CPYTHON_EMAIL_DATA.glob("msg_*.txt"))]


def test_malformed_mime_never_crashes_the_relay(relay, buyer, seller, order, caplog):
    to = masked(seller, order)
    samples = [raw.replace(b"{sender}", buyer.email.encode()) for raw in NASTY]
    for raw in _cpython_messages():
        # The standard library's test messages, sent as if by the buyer.
        body = raw.replace(b"\nFrom:", b"\nX-Original-From:").replace(b"\r\n", b"\n")
        if body.startswith(b"From:"):
            body = b"X-Original-" + body
        samples.append(f"From: {buyer.email}\n".encode() + body)
    codes = [relay.send(mail_from=buyer.email, to=[to], data=raw)[0] for raw in samples]
    assert set(codes) <= {250, 550}, [
        (i, code) for i, code in enumerate(codes) if code not in (250, 550)
    ]
    assert codes.count(250) >= len(samples) - 2
    assert "Traceback" not in caplog.text
    # still answering
    code, _ = relay.send(
        mail_from=buyer.email, to=[to], data=email_bytes(sender=buyer.email, to=to)
    )
    assert code == 250


def test_run_mail_relay_serves_smtp_until_sigterm(tmp_path):
    import os
    import signal
    import subprocess
    import sys
    import time

    from django.conf import settings

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'relay.sqlite3'}"}
    process = subprocess.Popen(  # noqa: S603 (our own interpreter and manage.py)
        [
            sys.executable,
            str(settings.BASE_DIR / "manage.py"),
            "run_mail_relay",
            "--port",
            str(port),
        ],
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                with smtplib.SMTP("127.0.0.1", port, timeout=5) as client:
                    assert client.ehlo()[0] == 250
                    assert "size" in client.esmtp_features
                break
            except OSError:
                assert time.monotonic() < deadline, "the relay did not start"
                time.sleep(0.2)
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=20) == 0
        assert f"127.0.0.1:{port}" in process.stdout.read()
    finally:
        if process.poll() is None:
            process.kill()
