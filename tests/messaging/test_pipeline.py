"""The seam every message passes: stages decide before the other side sees anything."""

import pytest
from django.core import mail
from django.urls import reverse

from messaging import services
from messaging.models import MessageState
from messaging.pipeline import StageResult

pytestmark = pytest.mark.django_db

SEEN: list[str] = []


def record(message):
    SEEN.append(f"record:{message.text}:{message.state}")


def block_links(message):
    SEEN.append("block_links")
    if "http" in message.text:
        return StageResult(MessageState.BLOCKED, "links are not allowed")
    return None


def answer_everything(message):
    SEEN.append("answer_everything")
    return StageResult(MessageState.ANSWERED_BY_ALLINA)


def deliver_itself(message):
    return StageResult(MessageState.DELIVERED)


STAGES = "tests.messaging.test_pipeline."


@pytest.fixture(autouse=True)
def _clear():
    SEEN.clear()


def test_without_stages_a_message_is_delivered_and_notified(
    thread, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        message = services.message_submit(thread=thread, author=thread.buyer, text="hi")
    assert message.state == MessageState.DELIVERED and message.delivered_at
    thread.refresh_from_db()
    assert thread.seller_unread_count == 1 and thread.last_message == message
    assert len(mail.outbox) == 1


def test_stages_run_in_order_on_the_received_message(settings, thread):
    settings.MESSAGE_PIPELINE_STAGES = [STAGES + "record", STAGES + "block_links"]
    services.message_submit(thread=thread, author=thread.buyer, text="plain")
    assert SEEN == ["record:plain:received", "block_links"]


def test_a_stopped_message_never_reaches_the_other_side(
    settings, client, thread, django_capture_on_commit_callbacks
):
    # given a stage that blocks links, placed before one that would answer
    settings.MESSAGE_PIPELINE_STAGES = [STAGES + "block_links", STAGES + "answer_everything"]
    # when the buyer sends a link
    with django_capture_on_commit_callbacks(execute=True):
        message = services.message_submit(
            thread=thread, author=thread.buyer, text="buy at http://elsewhere.example"
        )
    # then the first stop wins, the reason is kept, and nothing is delivered or e-mailed
    assert message.state == MessageState.BLOCKED
    assert message.pipeline_result.reason == "links are not allowed"
    assert SEEN == ["block_links"]
    assert mail.outbox == []
    thread.refresh_from_db()
    assert thread.seller_unread_count == 0 and thread.last_message is None
    # the seller does not see it; the writer still sees their own message, marked
    client.force_login(thread.seller)
    assert "elsewhere" not in client.get(reverse("messaging:thread_detail", args=[thread.pk])).text
    client.force_login(thread.buyer)
    page = client.get(reverse("messaging:thread_detail", args=[thread.pk])).text
    assert "elsewhere" in page and "Blocked" in page


def test_a_stopped_message_can_be_delivered_later(
    settings, thread, django_capture_on_commit_callbacks
):
    settings.MESSAGE_PIPELINE_STAGES = [STAGES + "answer_everything"]
    message = services.message_submit(thread=thread, author=thread.buyer, text="Where is it?")
    assert message.state == MessageState.ANSWERED_BY_ALLINA
    with django_capture_on_commit_callbacks(execute=True):
        services.message_deliver(message=message)
        services.message_deliver(message=message)  # a second click changes nothing
    message.refresh_from_db()
    thread.refresh_from_db()
    assert message.state == MessageState.DELIVERED
    assert thread.seller_unread_count == 1
    assert len(mail.outbox) == 1


def test_a_stage_cannot_deliver_by_itself(settings, thread):
    settings.MESSAGE_PIPELINE_STAGES = [STAGES + "deliver_itself"]
    with pytest.raises(ValueError, match="cannot deliver"):
        services.message_submit(thread=thread, author=thread.buyer, text="x")
    assert not thread.messages.exists()


def test_web_replies_and_questions_go_through_the_same_pipeline(settings, client, thread, offer):
    settings.MESSAGE_PIPELINE_STAGES = [STAGES + "record"]
    client.force_login(thread.buyer)
    client.post(reverse("messaging:thread_reply", args=[thread.pk]), {"text": "reply"})
    client.post(reverse("messaging:ask_offer", args=[offer.pk]), {"text": "question"})
    client.post(reverse("messaging:ask_order", args=[thread.order_id]), {"text": "order q"})
    assert SEEN == [
        "record:reply:received",
        "record:question:received",
        "record:order q:received",
    ]
