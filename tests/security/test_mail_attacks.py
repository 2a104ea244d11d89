"""A hostile sender against the message rules: each test is an attack that delivered a
link, a phone number, an e-mail address, a credential request or a swear word to the
other side (their page or their e-mail) before it was fixed, sent the way an attacker
sends it (real SMTP to the relay, or the web form), and asserts what the recipient sees.

Where each hole was closed:
- message_rules/displayed.py: the HTML part read as a browser lays it out (block elements
  and table cells set words apart, ruby annotations and `<bdo dir=rtl>` as shown, an
  ordered list's `start`, link targets as followed), all of a long e-mail, a word written
  down a column, what a calendar invitation shows;
- message_rules/engine.py: links whatever their host (an IP address), another site inside
  an allowed link, an allowed domain only in ASCII (not a Cyrillic look-alike); phone
  numbers with `*`/`_` separators, across lines, with O and l for 0 and 1, in any script's
  digits, digits mixed with words;
- message_rules/engine.py: an address or a domain spelled out one character at a time;
- message_rules/normalize.py: spaced letters split where the gap widens ("k o d  B L I K");
- message_rules/services.py: a real address that dodged the masking is a finding;
- messaging/relay/inbound.py, messaging/services.py and core/text.visible: link schemes
  other than web pages and mail dropped; a message (or HTML part) of blank characters is
  no message, in every channel; text stored as it is read.
"""

import base64
import functools
import io
from email.message import EmailMessage
from email.utils import make_msgid

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from core.exceptions import DomainError
from message_rules import engine
from message_rules.displayed import clean, displayed_text, html_shown
from messaging import services
from messaging.models import Message, MessageState
from messaging.relay import inbound
from tests.messaging.test_relay_inbound import masked
from tests.messaging.test_relay_inbound import relay as relay

FILLER = "Dziękuję za szybką wysyłkę, wszystko w porządku. " * 1000  # 49,000 characters


def _mail(*, sender, to, text="Hello, a question about the order.", html=None, **extra):
    message = EmailMessage()
    message["From"], message["To"] = sender, to
    message["Subject"] = extra.pop("subject", "Question")
    message["Message-ID"] = make_msgid(domain="example.com")
    message.set_content(text)
    if html is not None:
        message.add_alternative(html, subtype="html")
    for filename in extra.pop("filenames", ()):
        message.add_attachment(
            b"%PDF-1.4\n%%EOF\n", maintype="application", subtype="pdf", filename=filename
        )
    return message.as_bytes()


def _send(relay, buyer, seller, order, data: bytes) -> Message:
    to = masked(seller, order)
    code, reply = relay.send(mail_from=buyer.email, to=[to], data=data)
    assert code == 250, reply
    return Message.objects.get()


def _seen(client, seller, message) -> str:
    """What the seller can read: their page of the conversation and their e-mails."""
    client.force_login(seller)
    page = client.get(reverse("messaging:thread_detail", args=[message.thread_id])).text
    emails = "\n".join(
        sent.body + "".join(str(part[0]) for part in getattr(sent, "alternatives", []))
        for sent in mail.outbox
        if seller.email in sent.to
    )
    return page + emails


# -- The HTML part, through the relay ------------------------------------------------------

HTML_ATTACKS = {
    # Blocks the rules read as one word with their neighbours, the reader as lines.
    "heading-glued-to-words": ("Ty<h4>kurwo</h4>jedna", "kurwo"),
    "pre-glued-to-a-word": ("Zadzwoń<pre>501987654</pre>", "501987654"),
    "hr-between-words": ("ty<hr>kurwo", "kurwo"),
    # A number in table cells, read by the rules down a column, by the reader along a row.
    "phone-in-table-cells": (
        "<table><tr><td>501</td><td>987</td><td>654</td></tr></table>",
        "<td>501</td>",
    ),
    "phone-in-header-cells": (
        "<table><tr><th>tel</th><th>501</th><th>987</th><th>654</th></tr></table>",
        "<th>501</th>",
    ),
    # Ruby: the annotation sits above the word, "(" of <rp> is hidden.
    "ruby-annotation-inside-a-word": ("<ruby>ku<rt>x</rt>rwa</ruby>", "rwa"),
    "ruby-parenthesis-inside-a-word": ("ty ku<rp>(</rp>rwa", "rwa"),
    # A struck-through letter, which the reader skips.
    "struck-letter-inside-a-word": ("ty ku<s>x</s>rwo", "rwo"),
    # Shown reversed: the reader sees jan.kowalski@gmail.com.
    "bdo-rtl-address": ('<bdo dir="rtl">moc.liamg@ikslawok.naj</bdo>', "moc.liamg"),
    # The list's first number, shown as "501987654."
    "ordered-list-start": ('<p>My number:</p><ol start="501987654"><li>ok</li></ol>', "501987654"),
    # Link targets as the browser follows them.
    "protocol-relative-link": ('<a href="//evil-shop.com/pay">the tracking page</a>', "evil-shop"),
    "tab-inside-the-scheme": ('<a href="ht\ttps://evil-shop.com/">tracking</a>', "evil-shop"),
    "percent-encoded-dot": ('<a href="https://evil-shop%2Ecom/pay">tracking</a>', "evil-shop"),
    "ip-address-link": ('<a href="http://203.0.113.5/pay">tracking</a>', "203.0.113.5"),
    "hex-ip-link": ('<a href="http://0xCB007105/pay">tracking</a>', "0xCB007105"),
    # One letter a paragraph: read down the column.
    "word-down-a-column": ("<p>k</p><p>u</p><p>r</p><p>w</p><p>a</p>", "<p>w</p>"),
    # A courier's allowed domain with a Cyrillic "о": another site (xn--inpst-...).
    "homoglyph-of-an-allowed-domain": (
        '<a href="https://inp\u043est.pl/pay">InPost: pay the fee</a>',
        "inp\u043est",
    ),
    # Another site inside an allowed link: a redirect's target, percent-encoded.
    "site-inside-an-allowed-link": (
        '<a href="https://allegro.pl/redirect?url=https%3A%2F%2Fevil-shop.com">Allegro</a>',
        "evil-shop",
    ),
    # Past the first 40,000 characters, which were all that was checked.
    "link-after-a-long-letter": (f"<p>{FILLER}</p><p>evil-shop.com/pay</p>", "evil-shop"),
}


@pytest.mark.parametrize("html, needle", HTML_ATTACKS.values(), ids=HTML_ATTACKS.keys())
def test_html_tricks_are_read_as_the_recipient_sees_them(
    relay, client, buyer, seller, order, html, needle
):
    message = _send(relay, buyer, seller, order, _mail(sender=buyer.email, to="", html=html))
    assert message.state == MessageState.BLOCKED
    assert needle not in _seen(client, seller, message)


def test_a_phone_after_a_long_plain_text_is_found(relay, client, buyer, seller, order):
    data = _mail(sender=buyer.email, to="", text=FILLER + "\nZadzwoń: 501 987 654")
    message = _send(relay, buyer, seller, order, data)
    assert message.state == MessageState.BLOCKED
    assert "501 987 654" not in _seen(client, seller, message)


@pytest.mark.parametrize(
    "href",
    [
        "tel:501987654",
        "sms:+48501987654",
        "bitcoin:1BoatSLRHtKNngkdXEeobR76b53LETtpyT",
        "xmpp:trader@jabber.example",
        "magnet:?xt=urn:btih:c12fe1c06bba254a9dc9f519b335aa7c1367a88a",
    ],
)
def test_links_off_the_web_are_plain_text_on_the_page(relay, client, buyer, seller, order, href):
    """A link's scheme opens a phone, a wallet or a chat the link's text need not name."""
    html = f'<p>Thanks! <a href="{href}">Pay here</a></p>'
    message = _send(relay, buyer, seller, order, _mail(sender=buyer.email, to="", html=html))
    assert href.partition(":")[0] + ":" not in message.html
    if message.state == MessageState.DELIVERED:
        assert href not in _seen(client, seller, message)


def test_a_base64_html_part_with_a_word_split_by_tags(relay, client, buyer, seller, order):
    html = b"<div>Ty <b>ku</b><i>r</i>wo, oddawaj</div>"
    raw = (
        f"From: {buyer.email}\r\nTo: x\r\nSubject: Hi\r\nMessage-ID: <b64@example.com>\r\n"
        "MIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary=B\r\n\r\n"
        "--B\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nHello there.\r\n"
        "--B\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n"
        f"\r\n{base64.b64encode(html).decode()}\r\n--B--\r\n"
    ).encode()
    message = _send(relay, buyer, seller, order, raw)
    assert message.state == MessageState.BLOCKED
    assert "wo, oddawaj" not in _seen(client, seller, message)


@pytest.mark.parametrize(
    "header",
    [
        "attachment; filename*=utf-8''zadzwo%C5%84%20501%20987%20654.pdf",
        'attachment; filename="=?utf-8?b?a3Vyd2EucGRm?="',
    ],
    ids=["rfc2231", "rfc2047"],
)
def test_an_encoded_file_name_is_checked_as_shown(relay, client, buyer, seller, order, header):
    raw = (
        f"From: {buyer.email}\r\nTo: x\r\nSubject: Hi\r\nMessage-ID: <fn@example.com>\r\n"
        "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=B\r\n\r\n"
        "--B\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nThe invoice.\r\n"
        f"--B\r\nContent-Type: application/pdf\r\nContent-Disposition: {header}\r\n"
        "Content-Transfer-Encoding: base64\r\n\r\n"
        f"{base64.b64encode(b'%PDF-1.4\n%%EOF\n').decode()}\r\n--B--\r\n"
    ).encode()
    message = _send(relay, buyer, seller, order, raw)
    assert message.state == MessageState.BLOCKED
    page = _seen(client, seller, message)
    assert "501 987 654" not in page and "kurwa" not in page


# -- Real addresses that dodge the masking -------------------------------------------------


@pytest.mark.parametrize(
    "part",
    ["html", "text"],
)
def test_the_writers_real_address_split_so_masking_missed_it_is_blocked(
    relay, client, buyer, seller, order, part
):
    """The rules ignored the writer's own address (the masking replaces it), but the
    masking matches it literally: "jan<b></b>@example.com" or a zero-width space in it
    was shown to the seller as jan@example.com."""
    local, _at, domain = buyer.email.partition("@")
    if part == "html":
        data = _mail(sender=buyer.email, to="", html=f"<p>Write to {local}<b></b>@{domain}</p>")
    else:
        data = _mail(sender=buyer.email, to="", text=f"Write to {local}\u200b@{domain}")
    message = _send(relay, buyer, seller, order, data)
    assert message.state == MessageState.BLOCKED
    seen = _seen(client, seller, message).replace("\u200b", "")
    assert f"{local}<b></b>@{domain}" not in seen and f"{local}@{domain}" not in seen


def test_a_signature_with_the_real_address_is_still_masked_and_delivered(
    relay, client, buyer, seller, order
):
    data = _mail(sender=buyer.email, to="", text=f"Thank you!\n\n-- \nJan, {buyer.email}")
    message = _send(relay, buyer, seller, order, data)
    assert message.state == MessageState.DELIVERED
    seen = _seen(client, seller, message)
    assert buyer.email not in seen and masked(buyer, order) in seen


# -- Nothing visible ------------------------------------------------------------------------


@pytest.mark.parametrize("blank", ["\u3164", "\u2800\u2800", "\uffa0\u115f", "\u034f\ufe0f"])
def test_a_mail_of_blank_characters_is_not_an_empty_bubble(relay, buyer, seller, order, blank):
    data = _mail(sender=buyer.email, to="", text=blank, subject=blank)
    message = _send(relay, buyer, seller, order, data)
    assert message.text == "(no text)"


def test_an_html_part_that_shows_nothing_is_not_shown_instead_of_the_text(
    relay, client, buyer, seller, order
):
    data = _mail(sender=buyer.email, to="", text="Is it still available?", html="<p>&nbsp;</p>")
    message = _send(relay, buyer, seller, order, data)
    assert (message.html, message.state) == ("", MessageState.DELIVERED)
    assert "Is it still available?" in _seen(client, seller, message)


# -- The web forms --------------------------------------------------------------------------

WEB_ATTACKS = {
    "phone-with-stars": "Dzwoń 601*234*567",
    "phone-with-underscores": "601_234_567 po 18",
    "phone-across-lines": "Numer:\n601\n234\n567",
    "phone-with-o-and-l": "6O1 23l 567",
    "phone-digits-and-words": "6 zero 1 2 three 4 5 six 7",
    "phone-in-devanagari-digits": "ok \u096c\u0966\u0967\u0968\u0969\u096a\u096b\u096c\u096d",
    "ip-link": "Płatność tutaj: http://203.0.113.5/pay",
    "intranet-link": "http://evil-shop/pay",
    "site-inside-an-allowed-link": "https://inpost.pl/?next=https://evil-shop.com/pay",
    "homoglyph-courier-link": "Dopłata: https://inp\u043est.pl/pay",
    "homoglyph-masked-address": "Pisz na jan@allegroma\u0456l.pl",
    "spaced-blik-request": "Podaj k o d  B L I K",
    "word-down-a-column": "Ty\nk\nu\nr\nw\no",
    "address-spelled-out": "j a n @ g m a i l . c o m",
    "domain-spelled-out": "e v i l - s h o p . c o m",
}


@pytest.mark.django_db
@pytest.mark.parametrize("text", WEB_ATTACKS.values(), ids=WEB_ATTACKS.keys())
def test_disguised_contacts_in_the_reply_form_are_blocked(client, thread, text):
    client.force_login(thread.buyer)
    response = client.post(reverse("messaging:thread_reply", args=[thread.pk]), {"text": text})
    assert response.status_code == 422
    assert not Message.objects.filter(state=MessageState.DELIVERED).exists()
    client.force_login(thread.seller)
    page = client.get(reverse("messaging:thread_detail", args=[thread.pk])).text
    assert 'class="message theirs"' not in page  # nothing of the buyer's is shown


@pytest.mark.django_db
def test_a_disguised_phone_in_the_ask_a_question_form_is_blocked(client, buyer, offer):
    client.force_login(buyer)
    response = client.post(
        reverse("messaging:ask_offer", args=[offer.pk]), {"text": "Po 18: 6O1*987*654"}
    )
    assert response.status_code == 422
    assert not Message.objects.filter(state=MessageState.DELIVERED).exists()


@pytest.mark.django_db
@pytest.mark.parametrize("text", ["\u3164", "\u2800 \u2800", "\uffa0\n\u115f"])
def test_a_reply_of_blank_characters_is_refused(client, thread, text):
    client.force_login(thread.buyer)
    response = client.post(reverse("messaging:thread_reply", args=[thread.pk]), {"text": text})
    assert response.status_code == 422
    assert "Write a message before sending." in response.text
    assert not Message.objects.exists()


@pytest.mark.django_db
def test_a_nul_byte_in_the_reply_is_refused_not_a_500(client, thread):
    client.force_login(thread.buyer)
    response = client.post(
        reverse("messaging:thread_reply", args=[thread.pk]), {"text": "ku\x00rwa 601\x00234567"}
    )
    assert response.status_code == 422
    assert not Message.objects.filter(state=MessageState.DELIVERED).exists()


def test_innocent_lookalikes_of_the_new_patterns_pass():
    """Near misses of the new detectors stay clean."""
    for text in [
        "Zamówienie nr 64080803 z dnia 12.03.2024",
        "Model X1O0, 2l, rozmiar 42",
        "zamówienie 1 2 3 4 5 6 7",
        "Śledzenie: https://inpost.pl/s?n=1",
        "k o s z u l a  i  s p o d n i e",
        "j a n @ a l l e g r o m a i l . p l",
        "p . s . dzięki",
    ]:
        assert not _rules().check(text, use_model=False).blocked, text


# -- Hypothesis: hostile HTML and MIME always get a verdict ---------------------------------


@functools.cache
def _rules() -> engine.Engine:
    """The default rules compiled once for the many generated examples (compiling them
    each time took most of the time); the examples are judged by the rules alone."""
    return engine.default_engine()


_TAGS = ["b", "h4", "pre", "td", "th", "tr", "rt", "rp", "ruby", "bdo", "ol", "a", "hr", "br"]
_PIECES = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["ku", "rwa", "601", "234", "@", ".com", "http:", "//", "\u202e", "\u3164"]),
    st.builds(lambda tag: f"<{tag}>", st.sampled_from(_TAGS)),
    st.builds(lambda tag: f"</{tag}>", st.sampled_from(_TAGS)),
    st.sampled_from(
        ['<a href="', '<bdo dir="rtl">', '<ol start="', '" title="', '">', "&#", "&#x40;", "<!--"]
    ),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_any_html_is_read_to_text_and_judged(html):
    shown = clean(html_shown(html))
    assert isinstance(shown, str)
    verdict = _rules().check(shown, use_model=False)
    assert verdict.verdict in ("allow", "block")


_MIME_PIECES = st.one_of(
    st.binary(max_size=30),
    st.sampled_from(
        [
            b"\r\n",
            b"--B\r\n",
            b"--B--\r\n",
            b"Content-Type: text/html; charset=utf-7\r\n",
            b"Content-Type: multipart/alternative; boundary=B\r\n",
            b"Content-Type: message/rfc822\r\n",
            b"Content-Transfer-Encoding: base64\r\n",
            b"Content-Transfer-Encoding: quoted-printable\r\n",
            b"Content-Disposition: attachment; filename*=utf-8''%C5%84.pdf\r\n",
            b"Subject: =?utf-8?b?a3Vyd2E=?=\r\n",
            b"<p>ku<b>rwa</b> <a href='//x.com'>",
            b"=E2=80=AE=\r\n",
            b"+AEA-",
        ]
    ),
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_MIME_PIECES, max_size=30).map(b"".join))
def test_any_mime_is_read_to_a_message_and_judged(data):
    parsed = inbound._parse(data)
    content = inbound._content(parsed, data)
    message = Message(text=content.text, html=content.html)
    shown = displayed_text(
        message, attachment_names=[a.original_name for a in content.attachments]
    )
    assert content.text  # never an empty message
    assert _rules().check(shown, use_model=False).verdict in ("allow", "block")


@pytest.mark.django_db
@pytest.mark.parametrize("text", ["\u3164", "\u2800", "\u200b\u115f", "\u202e\u202c"])
def test_the_one_send_path_refuses_blank_text_from_any_channel(thread, text):
    """The web form refused them, the API (and any other caller of the path) did not:
    an empty bubble and an e-mail of nothing."""
    with pytest.raises(DomainError) as refused:
        services.message_submit(thread=thread, author=thread.seller, text=text, channel="api")
    assert refused.value.code == "empty"
    assert not Message.objects.exists()


@pytest.mark.django_db
def test_the_one_send_path_stores_text_as_it_is_read(thread):
    message = services.message_submit(
        thread=thread, author=thread.seller, text="Size \u202eL\u202c, ok?", channel="api"
    )
    assert message.text == "Size L, ok?"


_EVENT = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n{}"
    "END:VEVENT\r\nEND:VCALENDAR\r\n"
)


@pytest.mark.parametrize(
    "invitation",
    [
        _EVENT.format(
            "DTSTART:20261210T100000Z\r\nSUMMARY:Pickup\r\nUID:abc-123\r\n"
            "DESCRIPTION:Pay the rest at evil-shop\r\n .com/pay or call 501 987 654\r\n"
        ),
        # a phone number split by an escaped comma, as the calendar shows it: "501, 987 654"
        _EVENT.format("SUMMARY;LANGUAGE=pl:Zadzwoń 501\\, 987 654\r\nUID:abc-124\r\n"),
        # the link a calendar opens behind the description (RFC 5545 ALTREP)
        _EVENT.format('DESCRIPTION;ALTREP="https://evil-shop.com/pay":Details\r\nUID:abc-125\r\n'),
        # a file no parser reads is checked whole
        "BEGIN:VCALENDAR\r\nnot a property\r\nCall 501 987 654\r\n",
    ],
    ids=["folded-description", "escaped-comma", "altrep-link", "unparseable"],
)
def test_a_calendar_invitations_text_is_checked(relay, client, buyer, seller, order, invitation):
    """The invitation is a file the seller downloads and their calendar shows: its title,
    description, place and link were not read."""
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = buyer.email, "x", "Pickup"
    message["Message-ID"] = make_msgid(domain="example.com")
    message.set_content("Can I pick it up on Thursday at 11?")
    message.add_alternative(invitation, subtype="calendar", params={"method": "REQUEST"})
    stored = _send(relay, buyer, seller, order, message.as_bytes())
    assert stored.state == MessageState.BLOCKED
    assert "invite.ics" not in _seen(client, seller, stored)


@pytest.mark.django_db
def test_a_file_name_in_the_reply_form_is_checked(client, thread):
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), "blue").save(buffer, format="PNG")
    upload = SimpleUploadedFile("call-501-987-654-evil-shop.com.png", buffer.getvalue())
    client.force_login(thread.buyer)
    response = client.post(
        reverse("messaging:thread_reply", args=[thread.pk]),
        {"text": "The photo you asked for.", "attachments": [upload]},
    )
    assert response.status_code == 422
    client.force_login(thread.seller)
    page = client.get(reverse("messaging:thread_detail", args=[thread.pk])).text
    assert "evil-shop" not in page
