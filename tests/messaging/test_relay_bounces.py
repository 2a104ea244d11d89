"""Delivery reports (RFC 3464) and robots' answers to return paths, over real SMTP: the
relay sends through a sink, the recipient's server reports back to the relay, and the
writer sees in their Message Center what happened to their e-mail."""

import pytest
from django.urls import reverse
from django.utils import translation

from messaging import services
from messaging.models import Message
from outbox import returns
from outbox.models import OutboundEmail
from tests.messaging.test_relay_inbound import masked, relay  # noqa: F401
from tests.smtp_sink import run_sink


@pytest.fixture
def sink(settings):
    yield from run_sink(settings)


def postfix_report(*, to: str, original_id: str, action="failed", status="5.1.1") -> bytes:
    """A report as Postfix writes it (text/rfc822-headers for the returned message)."""
    diagnostic = (
        f"smtp; 550 5.1.1 <{to}>: Recipient address rejected: User unknown in virtual "
        "mailbox table"
        if action == "failed"
        else "smtp; 451 4.3.0 <{to}>: Temporary lookup failure"
    )
    return f"""From: MAILER-DAEMON@mx.example.com (Mail Delivery System)
To: <ignored@example.com>
Subject: Undelivered Mail Returned to Sender
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
 boundary="9A4C61F2E1.1733390000/mx.example.com"
Message-Id: <20261205101010.9A4C61F2E1@mx.example.com>

This is a MIME-encapsulated message.

--9A4C61F2E1.1733390000/mx.example.com
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

--9A4C61F2E1.1733390000/mx.example.com
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.com
X-Postfix-Queue-ID: 9A4C61F2E1
Arrival-Date: Sat,  5 Dec 2026 10:10:09 +0100 (CET)

Final-Recipient: rfc822; {to}
Original-Recipient: rfc822;{to}
Action: {action}
Status: {status}
Remote-MTA: dns; mailbox.example.com
Diagnostic-Code: {diagnostic}

--9A4C61F2E1.1733390000/mx.example.com
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: someone <someone@allegromail.pl>
To: {to}
Subject: New message
Message-ID: {original_id}

--9A4C61F2E1.1733390000/mx.example.com--
""".encode()


def exchange_report(*, to: str, original_id: str) -> bytes:
    """A report with the whole message returned (message/rfc822), as Exchange sends."""
    return f"""From: postmaster@outlook.example
To: <ignored@example.com>
Subject: Undeliverable: New message
MIME-Version: 1.0
Content-Type: multipart/report; report-type="delivery-status"; boundary="b1"

--b1
Content-Type: text/plain; charset="utf-8"

Delivery has failed to these recipients or groups.

--b1
Content-Type: message/delivery-status

Reporting-MTA: dns;outlook.example

Final-recipient: RFC822; {to}
Action: failed
Status: 5.2.2
Diagnostic-code: smtp; 552 5.2.2 Mailbox full

--b1
Content-Type: message/rfc822

From: someone@allegromail.pl
To: {to}
Subject: New message
Message-ID: {original_id}

Hello
--b1--
""".encode()


def web_message(thread, author, text="Is it still available?"):
    return services.message_submit(thread=thread, author=author, text=text)


def page(client, user, thread) -> str:
    client.force_login(user)
    return client.get(reverse("messaging:thread_detail", args=[thread.pk])).content.decode()


def polish(text: str) -> str:
    with translation.override("pl"):
        return translation.gettext(text)


@pytest.mark.parametrize("form", [postfix_report, exchange_report], ids=["postfix", "exchange"])
def test_a_bounce_at_the_return_path_tells_the_writer_in_their_language(
    relay,  # noqa: F811
    sink,
    client,
    buyer,
    seller,
    thread,
    form,
):
    buyer.language = "pl"
    buyer.save(update_fields=["language"])
    message = web_message(thread, buyer)
    envelope_sender = sink.envelope_senders[-1]
    row = OutboundEmail.objects.get(cause_id=message.pk, kind="message_notification")
    assert returns.email_for_return_path(envelope_sender) == row
    # The recipient sees the masked address, never the return path.
    assert masked(buyer, thread.order) in str(sink.messages[-1]["From"])

    code, _ = relay.send(
        mail_from="",
        to=[envelope_sender],
        data=form(to=row.to[0], original_id="<not-ours@example.com>"),
    )

    assert code == 250
    message.refresh_from_db()
    assert message.email_status == "failed"
    shown = page(client, buyer, thread)
    assert polish("Could not be delivered by e-mail: %(reason)s").split(":")[0] in shown
    assert "5.1.1" in shown or "5.2.2" in shown
    # The other side's page says nothing of it, and no message was added.
    seller_page = page(client, seller, thread)
    assert "User unknown" not in seller_page and "Mailbox full" not in seller_page
    assert Message.objects.count() == 1


def test_a_report_sent_to_the_masked_address_is_matched_by_the_message_id(
    relay,  # noqa: F811
    sink,
    client,
    buyer,
    seller,
    thread,
):
    message = web_message(thread, buyer)
    row = OutboundEmail.objects.get(cause_id=message.pk, kind="message_notification")

    code, _ = relay.send(
        mail_from="",
        to=[masked(buyer, thread.order)],
        data=postfix_report(to=row.to[0], original_id=row.message_id),
    )

    assert code == 250
    message.refresh_from_db()
    assert message.email_status == "failed"
    assert "User unknown" in message.email_error
    assert Message.objects.count() == 1


def test_a_delay_is_shown_then_the_final_failure(
    relay,  # noqa: F811
    sink,
    client,
    buyer,
    thread,
):
    message = web_message(thread, buyer)
    return_path = sink.envelope_senders[-1]
    row = OutboundEmail.objects.get(cause_id=message.pk, kind="message_notification")

    relay.send(
        mail_from="",
        to=[return_path],
        data=postfix_report(to=row.to[0], original_id="", action="delayed", status="4.3.0"),
    )
    message.refresh_from_db()
    assert message.email_status == "delayed"
    assert "E-mail delivery delayed" in page(client, buyer, thread)

    relay.send(mail_from="", to=[return_path], data=postfix_report(to=row.to[0], original_id=""))
    message.refresh_from_db()
    assert message.email_status == "failed"
    # A late "delayed" report does not undo the final answer.
    relay.send(
        mail_from="",
        to=[return_path],
        data=postfix_report(to=row.to[0], original_id="", action="delayed", status="4.3.0"),
    )
    message.refresh_from_db()
    assert message.email_status == "failed"


def test_a_forged_or_guessed_return_path_is_refused_at_rcpt(
    relay,  # noqa: F811
    sink,
    buyer,
    thread,
):
    message = web_message(thread, buyer)
    row = OutboundEmail.objects.get(cause_id=message.pk, kind="message_notification")
    genuine = sink.envelope_senders[-1]
    local, domain = genuine.split("@")
    for forged in [
        f"{local[:-1]}{'0' if local[-1] != '0' else '1'}@{domain}",  # signature changed
        f"bounces+{row.pk + 1}-{local.rsplit('-', 1)[1]}@{domain}",  # another row
        f"bounces+{row.pk}@{domain}",
    ]:
        code, reply = relay.send(
            mail_from="", to=[forged], data=postfix_report(to=row.to[0], original_id="")
        )
        assert (code, reply[:5]) == (550, "5.1.1"), forged
    message.refresh_from_db()
    assert message.email_status == "sent"


def test_a_report_about_nothing_of_ours_is_accepted_and_dropped(
    relay,  # noqa: F811
    buyer,
    seller,
    thread,
):
    code, _ = relay.send(
        mail_from="",
        to=[masked(seller, thread.order)],
        data=postfix_report(to="x@example.net", original_id="<unknown@example.net>"),
    )
    assert code == 250  # answering a stray report would be backscatter
    assert not Message.objects.exists()


def test_an_out_of_office_answer_to_the_return_path_is_shown_in_the_conversation(
    relay,  # noqa: F811
    sink,
    client,
    buyer,
    seller,
    thread,
):
    web_message(thread, buyer)
    return_path = sink.envelope_senders[-1]
    answer = (
        f"From: {seller.email}\r\nTo: {return_path}\r\nSubject: Automatic reply: New message\r\n"
        "Auto-Submitted: auto-replied\r\nMessage-ID: <ooo-1@example.com>\r\n\r\n"
        "I am away until Monday.\r\n"
    ).encode()

    code, _ = relay.send(mail_from=seller.email, to=[return_path], data=answer)

    assert code == 250
    stored = Message.objects.get(author=seller)
    assert (stored.automatic, stored.state) == ("auto-replied", "delivered")
    shown = page(client, buyer, thread)
    assert "I am away until Monday." in shown and "Automatic reply" in shown
