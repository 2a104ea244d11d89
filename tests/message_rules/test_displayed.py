"""The rules check what the recipient will see (issue #15, item 1), through the relay and
the web: the HTML part and its link targets, the attachments' names, text hidden or
reordered by format characters, and a message of nothing visible.

Findings: the rules checked only an e-mail's text/plain part while the Message Center
shows its HTML part (a link, a phone number, a BLIK-code request in the HTML part, a link
only in `href`, all delivered); a right-to-left override around a link and a gmail
address got both delivered; a message of only zero-width spaces was delivered as an
empty bubble and e-mailed.
"""

from email.message import EmailMessage
from email.utils import make_msgid

import pytest
from django.core import mail
from django.urls import reverse
from hypothesis import given, settings
from hypothesis import strategies as st

from messaging import services
from messaging.forms import MessageForm
from messaging.models import Message, MessageState
from tests.messaging.test_relay_inbound import masked
from tests.messaging.test_relay_inbound import relay as relay

RLO, PDF, ZWSP = "\u202e", "\u202c", "\u200b"
FORMAT_TRICKS = [
    f"write to {RLO}moc.liamg@ikslwok.naj{PDF} please",
    f"my site: evil{ZWSP}-shop.{ZWSP}com{ZWSP}/pay",
    f"jan.kowalski{ZWSP}@{ZWSP}gmail.com",
]


def _mail(*, sender, to, text, html, filename=None):
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = sender, to, "Question"
    message["Message-ID"] = make_msgid(domain="example.com")
    message.set_content(text)
    message.add_alternative(html, subtype="html")
    if filename:
        message.add_attachment(
            b"%PDF-1.4\n%%EOF\n", maintype="application", subtype="pdf", filename=filename
        )
    return message.as_bytes()


def _page(client, user, thread):
    client.force_login(user)
    return client.get(reverse("messaging:thread_detail", args=[thread.pk])).content.decode()


@pytest.mark.parametrize(
    "html, hidden",
    [
        ('<p>See the photos <a href="https://evil-shop.com/pay">here</a></p>', "evil-shop.com"),
        ("<p>Call me: <b>+48 601 234 567</b></p>", "601 234 567"),
        ("<p>Send me the <i>BLIK code</i> from your banking app</p>", "BLIK"),
        ('<p>Write to <a href="mailto:jan.kowalski@gmail.com">me</a></p>', "gmail.com"),
    ],
    ids=["href-only-link", "phone", "blik", "mailto"],
)
def test_what_only_the_html_part_carries_is_checked(
    relay,
    client,
    buyer,
    seller,
    order,
    html,
    hidden,
):
    to = masked(seller, order)
    data = _mail(sender=buyer.email, to=to, text="Hello, a question about the order.", html=html)
    code, _ = relay.send(mail_from=buyer.email, to=[to], data=data)
    assert code == 250
    message = Message.objects.get()
    assert message.state == MessageState.BLOCKED
    # the seller sees nothing of it, on the page or by e-mail
    assert hidden not in _page(client, seller, message.thread)
    assert not [sent for sent in mail.outbox if hidden in sent.body and seller.email in sent.to]


def test_an_attachments_name_is_checked(relay, buyer, seller, order):
    to = masked(seller, order)
    data = _mail(
        sender=buyer.email,
        to=to,
        text="The invoice.",
        html="<p>The invoice.</p>",
        filename="pay-at-evil-shop.com-or-call-601234567.pdf",
    )
    assert relay.send(mail_from=buyer.email, to=[to], data=data)[0] == 250
    assert Message.objects.get().state == MessageState.BLOCKED


@pytest.mark.django_db
@pytest.mark.parametrize(
    "text",
    FORMAT_TRICKS,
    ids=["rtl-override-address", "zero-width-link", "zero-width-address"],
)
def test_format_characters_do_not_hide_a_link_or_an_address(client, thread, text):
    client.force_login(thread.buyer)
    response = client.post(reverse("messaging:thread_reply", args=[thread.pk]), {"text": text})
    assert response.status_code == 422  # blocked: the writer is told, the draft kept
    assert not Message.objects.filter(state=MessageState.DELIVERED, author=thread.buyer).exists()
    assert "gmail" not in _page(client, thread.seller, thread)
    assert "evil" not in _page(client, thread.seller, thread)
    assert not [sent for sent in mail.outbox if thread.seller.email in sent.to]


@pytest.mark.parametrize(
    "text", FORMAT_TRICKS, ids=["rtl-override-address", "zero-width-link", "zero-width-address"]
)
@pytest.mark.parametrize("part", ["plain", "html"])
def test_format_characters_do_not_hide_a_link_or_an_address_in_mail(
    relay, client, buyer, seller, order, text, part
):
    to = masked(seller, order)
    plain, html = ("Hello.", f"<p>{text}</p>") if part == "html" else (text, "<p>Hello.</p>")
    data = _mail(sender=buyer.email, to=to, text=plain, html=html)
    assert relay.send(mail_from=buyer.email, to=[to], data=data)[0] == 250
    message = Message.objects.get()
    assert message.state == MessageState.BLOCKED
    page = _page(client, seller, message.thread)
    assert "gmail" not in page and "evil" not in page and "liamg" not in page
    to_seller = " ".join(sent.body for sent in mail.outbox if seller.email in sent.to)
    assert "gmail" not in to_seller and "evil" not in to_seller and "liamg" not in to_seller


@pytest.mark.django_db
def test_a_bidi_override_is_taken_out_of_what_is_stored(client, thread):
    client.force_login(thread.buyer)
    client.post(
        reverse("messaging:thread_reply", args=[thread.pk]), {"text": f"Size {RLO}L{PDF} please"}
    )
    assert Message.objects.get(author=thread.buyer).text == "Size L please"
    client.post(
        reverse("messaging:thread_reply", args=[thread.pk]), {"text": f"Colour {RLO}der{PDF}!"}
    )
    assert Message.objects.filter(text="Colour red!").exists()  # stored as it is read


@pytest.mark.django_db
@pytest.mark.parametrize("text", [ZWSP * 20, f" {ZWSP}\u2060\u200d\n\u00a0", "\u202e\u202c"])
def test_a_message_of_nothing_visible_is_refused_with_a_clear_error(client, thread, text):
    client.force_login(thread.buyer)
    response = client.post(reverse("messaging:thread_reply", args=[thread.pk]), {"text": text})
    assert response.status_code == 422
    assert "Write a message before sending." in response.content.decode()
    assert not Message.objects.filter(author=thread.buyer).exists()
    assert mail.outbox == []


@pytest.mark.django_db
def test_an_emoji_with_joiners_is_a_message(thread):
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
    message = services.message_submit(thread=thread, author=thread.buyer, text=family)
    assert message.state == MessageState.DELIVERED
    assert MessageForm({"text": family}).is_valid()


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(categories=["Cf", "Zs", "Cc"]), max_size=30))
def test_no_mix_of_format_and_space_characters_is_a_message(text):
    assert not MessageForm({"text": text}).is_valid()


def test_real_addresses_in_a_relayed_body_are_masked_on_the_page_as_in_the_email(
    relay,
    client,
    buyer,
    seller,
    order,
):
    """Issue #15 item 2: the signature was masked in the e-mail, shown as written on the
    web page (the buyer's on the seller's page, the seller's on the buyer's)."""
    to = masked(seller, order)
    body = (
        "Thank you, the parcel arrived.\n\n-- \n"
        f"Jan Kowalski, {buyer.email.upper()}\n\n"
        f"On Monday {seller.email} wrote:\n> Your parcel is on its way."
    )
    html = f'<p>Thank you.</p><p>-- <a href="mailto:{buyer.email}">{buyer.email}</a></p>'
    data = _mail(sender=buyer.email, to=to, text=body, html=html)
    assert relay.send(mail_from=buyer.email, to=[to], data=data)[0] == 250
    message = Message.objects.get()
    assert message.state == MessageState.DELIVERED
    for user in (seller, buyer):
        page = _page(client, user, message.thread)
        assert buyer.email not in page.lower() and seller.email not in page.lower()
    assert masked(buyer, order) in _page(client, seller, message.thread)
    [email] = [sent for sent in mail.outbox if "parcel arrived" in sent.body]
    assert buyer.email not in email.body.lower() and seller.email not in email.body.lower()
