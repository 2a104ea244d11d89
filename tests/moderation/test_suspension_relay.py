"""A suspended account cannot write by e-mail either: the relay refuses with the reason."""

import pytest

from messaging import services as messaging_services
from messaging.models import Message
from moderation import services
from tests.messaging.test_relay_inbound import email_bytes, masked, relay  # noqa: F401
from tests.moderation.conftest import file_report

pytestmark = pytest.mark.django_db(transaction=True)


def test_the_relay_refuses_mail_from_a_suspended_buyer_with_the_reason(
    relay,  # noqa: F811
    staff,
    buyer,
    seller,
    order,
    thread,
):
    buyer.language = "en"  # the reason is read in English below
    buyer.save(update_fields=["language"])
    rude = messaging_services.message_submit(thread=thread, author=buyer, text="You idiot")
    report = file_report(rude, reporter=seller)
    services.case_decide(case=report.case, staff=staff, action="uphold", sanction="suspension")
    to = masked(seller, order)
    code, reply = relay.send(
        mail_from=buyer.email, to=[to], data=email_bytes(sender=buyer.email, to=to, text="Again")
    )
    assert (code, reply[:5]) == (550, "5.7.1")
    assert "cannot send messages until" in reply
    assert not Message.objects.filter(text="Again").exists()
