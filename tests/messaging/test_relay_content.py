"""What real mail carries reaches the Message Center whole, over real SMTP: calendar
invitations and S/MIME parts as files, mislabelled charsets read right, long letters
kept, a multipart without a boundary read as text; hostile MIME refused before it costs
anybody (554 5.6.0)."""

import smtplib
import subprocess
import threading
import time
from email.message import EmailMessage
from email.utils import make_msgid

import pytest
from django.urls import reverse

from message_rules import engine
from messaging.models import Attachment, Message
from messaging.relay.inbound import MAX_MIME_PARTS
from tests.messaging.test_relay_inbound import email_bytes, masked, relay, run_relay  # noqa: F401


@pytest.fixture
def big_relay(transactional_db, settings):
    """The relay with its production size limit (25 MB)."""
    yield from run_relay(settings, max_bytes=25 * 1024 * 1024)


OPENSSL = "/usr/bin/openssl"  # Debian's, as on every machine this runs on


def headers(sender: str, to: str, subject: str = "Question") -> bytes:
    return (
        f"From: {sender}\r\nTo: {to}\r\nSubject: {subject}\r\n"
        f"Message-ID: {make_msgid(domain='example.com')}\r\nMIME-Version: 1.0\r\n"
    ).encode()


def seller_page(client, seller, message) -> str:
    client.force_login(seller)
    url = reverse("messaging:thread_detail", args=[message.thread_id])
    return client.get(url).content.decode()


# -- hostile MIME -------------------------------------------------------------------------


def test_a_flood_of_tiny_parts_is_refused_at_once_and_others_are_not_held(
    big_relay, buyer, seller, order
):
    to = masked(seller, order)
    parts = b"".join(b"--b\r\nContent-Type: text/plain\r\n\r\nx\r\n" for _ in range(233_000))
    flood = (
        headers(buyer.email, to)
        + b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n'
        + parts
        + b"--b--\r\n"
    )
    assert len(flood) > 8_000_000
    timings = {}

    def other_client():
        time.sleep(0.3)
        with smtplib.SMTP(big_relay.host, big_relay.port, timeout=20) as client:
            client.ehlo("client.example")
            client.mail(buyer.email)
            started = time.monotonic()
            timings["rcpt"] = (client.rcpt(to)[0], time.monotonic() - started)

    other = threading.Thread(target=other_client)
    other.start()
    started = time.monotonic()
    code, reply = big_relay.send(mail_from=buyer.email, to=[to], data=flood)
    took = time.monotonic() - started
    other.join(20)

    assert (code, reply[:5]) == (554, "5.6.0")
    assert "MIME parts" in reply
    assert took < 15  # 25 s before (#17); most of what is left is taking in 700,000 lines
    assert timings["rcpt"][0] == 250 and timings["rcpt"][1] < 0.5
    assert not Message.objects.exists()


def test_deeply_nested_multiparts_are_refused(relay, buyer, seller, order):  # noqa: F811
    to = masked(seller, order)
    body = b"Hello\r\n"
    for depth in range(60):
        body = (
            f'Content-Type: multipart/mixed; boundary="n{depth}"\r\n\r\n--n{depth}\r\n'.encode()
            + body
            + f"\r\n--n{depth}--\r\n".encode()
        )
    code, reply = relay.send(mail_from=buyer.email, to=[to], data=headers(buyer.email, to) + body)
    assert (code, reply[:5]) == (554, "5.6.0")


def test_ordinary_mail_with_many_parts_is_taken(relay, buyer, seller, order):  # noqa: F811
    to = masked(seller, order)
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = buyer.email, to, "Photos"
    message.set_content("Here are the details.")
    for index in range(40):
        message.add_attachment(f"note {index}", subtype="plain", filename=f"note{index}.txt")
    assert MAX_MIME_PARTS > 40
    code, _ = relay.send(mail_from=buyer.email, to=[to], data=message.as_bytes())
    assert code == 250
    stored = Message.objects.get()
    assert stored.text.startswith("Here are the details.")
    assert "[attachment note0.txt was not accepted" in stored.text  # said, not lost


# -- content that was lost or mangled -----------------------------------------------------


CALENDAR = (
    "BEGIN:VCALENDAR\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\n"
    "VERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nDTSTART:20261210T100000Z\r\n"
    "DTEND:20261210T103000Z\r\nSUMMARY:Pickup of the wardrobe\r\nUID:abc-123\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n"
)


def test_a_calendar_invitation_is_kept_as_a_file_the_recipient_can_download(
    relay,  # noqa: F811
    client,
    buyer,
    seller,
    order,
):
    to = masked(seller, order)
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = buyer.email, to, "Pickup"
    message["Message-ID"] = make_msgid(domain="example.com")
    message.set_content("Can I pick it up on Thursday at 11?")
    message.add_alternative("<p>Can I pick it up on Thursday at 11?</p>", subtype="html")
    message.add_alternative(CALENDAR, subtype="calendar", params={"method": "REQUEST"})

    assert relay.send(mail_from=buyer.email, to=[to], data=message.as_bytes())[0] == 250

    attachment = Attachment.objects.get()
    assert (attachment.original_name, attachment.content_type) == ("invite.ics", "text/calendar")
    page = seller_page(client, seller, attachment.message)
    assert "invite.ics" in page
    download = client.get(reverse("messaging:attachment", args=[attachment.pk]))
    assert download.status_code == 200
    assert b"SUMMARY:Pickup of the wardrobe" in b"".join(download.streaming_content)
    assert download["Content-Disposition"].startswith("attachment")


@pytest.fixture(scope="module")
def signer(tmp_path_factory):
    """A self-signed certificate and key, made by openssl as a mail program's would be."""
    directory = tmp_path_factory.mktemp("smime")
    subprocess.run(  # noqa: S603 (a fixed command line)
        [
            OPENSSL,
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "2",
            "-subj",
            "/CN=buyer@example.com",
            "-keyout",
            str(directory / "key.pem"),
            "-out",
            str(directory / "cert.pem"),
        ],
        check=True,
        capture_output=True,
    )
    return directory


def smime_signed(signer, body: bytes, *, opaque: bool) -> bytes:
    """`openssl smime -sign` output: multipart/signed, or one opaque pkcs7-mime part."""
    command = [
        OPENSSL,
        "smime",
        "-sign",
        "-signer",
        str(signer / "cert.pem"),
        "-inkey",
        str(signer / "key.pem"),
    ]
    if opaque:
        command.append("-nodetach")
    return subprocess.run(command, input=body, check=True, capture_output=True).stdout  # noqa: S603


@pytest.mark.parametrize(("opaque", "name"), [(False, "smime.p7s"), (True, "smime.p7m")])
def test_s_mime_mail_keeps_its_text_and_its_signature_as_a_file(
    relay,  # noqa: F811
    signer,
    buyer,
    seller,
    order,
    opaque,
    name,
):
    to = masked(seller, order)
    inner = b"Content-Type: text/plain; charset=utf-8\r\n\r\nSigned: I accept the offer.\r\n"
    data = headers(buyer.email, to) + smime_signed(signer, inner, opaque=opaque)

    assert relay.send(mail_from=buyer.email, to=[to], data=data)[0] == 250

    message = Message.objects.get()
    attachment = Attachment.objects.get()
    assert attachment.original_name == name
    assert attachment.content_type in ("application/pkcs7-signature", "application/pkcs7-mime")
    if not opaque:
        assert message.text == "Signed: I accept the offer."
    assert "not accepted" not in message.text


def test_a_multipart_without_a_boundary_is_read_as_its_text(relay, buyer, seller, order):  # noqa: F811
    to = masked(seller, order)
    data = (
        headers(buyer.email, to)
        + b"Content-Type: multipart/mixed\r\n\r\nIs the table still for sale?\r\n"
    )
    assert relay.send(mail_from=buyer.email, to=[to], data=data)[0] == 250
    assert Message.objects.get().text == "Is the table still for sale?"


@pytest.mark.parametrize("label", ["x-unknown", "utf-8", "windows-1251"])
def test_polish_text_under_a_wrong_or_unknown_charset_label_is_read_right(
    relay,  # noqa: F811
    buyer,
    seller,
    order,
    label,
):
    to = masked(seller, order)
    text = (
        "Dzień dobry, czy ta komoda jest jeszcze dostępna? Zażółć gęślą jaźń, proszę o odpowiedź."
    )
    data = (
        headers(buyer.email, to)
        + f"Content-Type: text/plain; charset={label}\r\n"
        "Content-Transfer-Encoding: 8bit\r\n\r\n".encode()
        + text.encode("cp1250")
        + b"\r\n"
    )
    assert relay.send(mail_from=buyer.email, to=[to], data=data)[0] == 250
    stored = Message.objects.get().text
    if label == "windows-1251":
        # Declared and decodable: taken as declared (Cyrillic letters), never U+FFFD.
        assert "\ufffd" not in stored
    else:
        assert stored == text


def test_a_long_letter_is_kept_whole_and_folded_on_the_page(
    relay,  # noqa: F811
    client,
    buyer,
    seller,
    order,
    settings,
    request,
):
    # A letter of 600 numbered, identical paragraphs is no conversation the learned model
    # was made for (it reads it as off-platform, 0.72); what is tested is the relay and
    # the page, so the rules alone judge it.
    settings.MESSAGE_RULES_MODEL = False
    engine.invalidate()
    request.addfinalizer(engine.invalidate)  # the next test builds with the model again
    to = masked(seller, order)
    paragraphs = [f"Paragraph {i}: the wardrobe's measurements and notes." for i in range(600)]
    text = "\n\n".join(paragraphs) + "\n\nThe last sentence of the letter."
    assert len(text) > 30_000
    data = email_bytes(sender=buyer.email, to=to, text=text)

    assert relay.send(mail_from=buyer.email, to=[to], data=data)[0] == 250

    stored = Message.objects.get()
    assert stored.text.endswith("The last sentence of the letter.")
    page = seller_page(client, seller, stored)
    assert "Show the whole message" in page
    assert "The last sentence of the letter." in page
