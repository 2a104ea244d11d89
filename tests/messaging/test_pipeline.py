"""The seam every message passes: stages decide before the other side sees anything."""

import pytest
from django.core import mail
from django.core.checks import run_checks
from django.urls import reverse

from messaging import pipeline, services
from messaging.models import MessageState

pytestmark = pytest.mark.django_db

SEEN: list[str] = []


def record(*, message, context):
    SEEN.append(f"record:{message.text}:{message.state}")
    return pipeline.CONTINUE


def block_links(*, message, context):
    SEEN.append("block_links")
    if "http" in message.text:
        return pipeline.block("links are not allowed", findings=(("external_link", "http"),))
    return pipeline.CONTINUE


def hold_everything(*, message, context):
    SEEN.append("hold_everything")
    return pipeline.hold()


def undecided(*, message, context):
    return None


@pytest.fixture
def stages(monkeypatch):
    """Replace the registered stages (suspension, message_rules, allina) for one test."""

    def use(**named):
        monkeypatch.setattr(pipeline, "_stages", dict(named))

    SEEN.clear()
    return use


def test_the_production_stages_are_registered_in_their_order():
    assert [name for name, _stage in pipeline.stages()] == list(pipeline.STAGE_ORDER)
    assert pipeline.STAGE_ORDER == ("suspension", "message_rules", "allina")
    assert [name for name, _hook in pipeline.after_delivery_hooks()] == [
        "assignee_notice",  # a team member told of a buyer's message (messaging/assignment.py)
        "thread_scoring",  # the conversation scored as a whole (message_rules/threads.py)
        "allina_learning",
        "translation",
        "api_journal",  # the seller API's event journal (api/journal.py)
    ]
    assert not [m for m in run_checks() if m.id == "messaging.E001"]


def test_a_stage_missing_from_the_registry_is_a_system_check_error(stages):
    stages(suspension=record)
    errors = {m.msg for m in run_checks() if m.id == "messaging.E001"}
    assert errors == {
        "message pipeline stage 'message_rules' is not registered",
        "message pipeline stage 'allina' is not registered",
    }


def test_a_stage_outside_the_order_cannot_be_registered():
    with pytest.raises(ValueError, match=r"not in messaging\.pipeline\.STAGE_ORDER"):
        pipeline.register_stage("spam_filter", record)


def test_without_stopping_stages_a_message_is_delivered_and_notified(
    stages, thread, django_capture_on_commit_callbacks
):
    stages(suspension=record)
    with django_capture_on_commit_callbacks(execute=True):
        message = services.message_submit(thread=thread, author=thread.buyer, text="hi")
    assert message.state == MessageState.DELIVERED and message.delivered_at
    assert SEEN == ["record:hi:queued"]
    thread.refresh_from_db()
    assert thread.seller_unread_count == 1 and thread.last_message == message
    assert len(mail.outbox) == 1


def test_a_stopped_message_never_reaches_the_other_side(
    stages, client, thread, django_capture_on_commit_callbacks
):
    # given a stage that blocks links, placed before one that would hold
    stages(message_rules=block_links, allina=hold_everything)
    # when the buyer sends a link
    with django_capture_on_commit_callbacks(execute=True):
        message = services.message_submit(
            thread=thread, author=thread.buyer, text="buy at http://elsewhere.example"
        )
    # then the first stop wins, the reason is kept, and nothing is delivered or e-mailed
    message.refresh_from_db()
    assert message.state == MessageState.BLOCKED
    assert (message.stopped_by, message.stop_reason) == ("message_rules", "links are not allowed")
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


def test_a_held_message_released_takes_the_path_again_past_the_holding_stage(
    stages, thread, django_capture_on_commit_callbacks
):
    stages(message_rules=block_links, allina=hold_everything)
    message = services.message_submit(thread=thread, author=thread.buyer, text="Where is it?")
    assert message.state == MessageState.HELD
    SEEN.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.message_release(message=message, past=frozenset({"allina"}))
    # the rules ran again, Allina's stage did not
    assert SEEN == ["block_links"]
    message.refresh_from_db()
    thread.refresh_from_db()
    assert message.state == MessageState.DELIVERED
    assert thread.seller_unread_count == 1
    assert len(mail.outbox) == 1


def test_a_delivered_message_cannot_be_released_again(stages, thread):
    stages()
    message = services.message_submit(thread=thread, author=thread.buyer, text="hello")
    with pytest.raises(pipeline.IllegalTransition, match="'delivered' to 'queued'"):
        services.message_release(message=message)
    thread.refresh_from_db()
    assert thread.seller_unread_count == 1


def test_a_stage_must_return_a_decision(stages, thread):
    stages(suspension=undecided)
    with pytest.raises(TypeError, match="not a Decision"):
        services.message_submit(thread=thread, author=thread.buyer, text="x")
    assert not thread.messages.exists()


def test_the_transitions_are_the_ones_of_spec_section_9():
    allowed = {(a, b) for a, targets in pipeline.TRANSITIONS.items() for b in targets}
    assert allowed == {
        ("queued", "held"),
        ("queued", "blocked"),
        ("queued", "delivered"),
        ("held", "queued"),
        ("held", "resolved"),
        ("blocked", "queued"),
        ("delivered", "blocked"),
    }
    with pytest.raises(pipeline.IllegalTransition):
        pipeline.transition_check(current="resolved", new="delivered")


def test_web_replies_and_questions_go_through_the_same_stages(stages, client, thread, offer):
    stages(suspension=record)
    client.force_login(thread.buyer)
    client.post(reverse("messaging:thread_reply", args=[thread.pk]), {"text": "reply"})
    client.post(reverse("messaging:ask_offer", args=[offer.pk]), {"text": "question"})
    client.post(reverse("messaging:ask_order", args=[thread.order_id]), {"text": "order q"})
    assert SEEN == [
        "record:reply:queued",
        "record:question:queued",
        "record:order q:queued",
    ]
