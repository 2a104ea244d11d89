"""One path for every message (SPEC §9): each entry channel runs the same registered
stages, and a suspension stops each one.

The channels: a web reply, an HTMX reply, Ask a question, an inbound e-mail (stored by the
relay's service, taken along the path by the worker's task), a staff notice, the buyer's
[yes, send it] after Allina's answer, and a staff release of a blocked message. The stages
are the production ones, wrapped only to record that they ran.
"""

import pytest
from django.urls import reverse
from django.utils import timezone

from allina.models import Question, QuestionStatus
from messaging import pipeline, services, tasks
from messaging.models import Message, MessageState
from moderation import services as moderation_services
from moderation.models import MessagingSuspension, Notice, NoticeKind
from tests.moderation.conftest import file_report

pytestmark = pytest.mark.django_db

HTMX = {"HX-Request": "true"}


@pytest.fixture
def ran(monkeypatch):
    """The names of the stages that ran, in order, for every message of the test."""
    seen: list[str] = []
    for name, stage in pipeline.stages():

        def recorded(*, message, context, _name=name, _stage=stage):
            seen.append(_name)
            return _stage(message=message, context=context)

        monkeypatch.setitem(pipeline._stages, name, recorded)
    return seen


@pytest.fixture
def staff(django_user_model):
    return django_user_model.objects.create_superuser(
        username="moderator", email="moderator@example.com", password="x", language="en"
    )


@pytest.fixture
def suspend(staff, thread):
    """Staff suspend `user` as they do: a report on a message of theirs, upheld."""

    def suspend(user) -> None:
        if user.is_staff:  # a notice of theirs the rules blocked, upheld with a suspension
            moderation_services.staff_notice_post(staff=user, thread=thread, text="kurwa")
            moderation_services.blocked_messages_enqueue()
            case = Message.objects.get(text="kurwa").moderation_cases.get()
            moderation_services.case_decide(
                case=case, staff=staff, action="uphold", sanction="suspension"
            )
            return
        else:
            # by e-mail: delivered at once, whether or not Allina is on
            earlier = services.message_submit(
                thread=thread, author=user, text="Earlier text", channel="email"
            )
        reporter = thread.seller if user.pk == thread.buyer_id else thread.buyer
        report = file_report(earlier, reporter=reporter)
        moderation_services.case_decide(
            case=report.case, staff=staff, action="uphold", sanction="suspension"
        )
        assert MessagingSuspension.objects.filter(user=user, until__gt=timezone.now()).exists()

    return suspend


def web_reply(client, thread, user, text):
    client.force_login(user)
    client.post(reverse("messaging:thread_reply", args=[thread.pk]), {"text": text})


def htmx_reply(client, thread, user, text):
    client.force_login(user)
    client.post(reverse("messaging:thread_reply", args=[thread.pk]), {"text": text}, headers=HTMX)


def ask_question(client, thread, user, text):
    client.force_login(user)
    client.post(reverse("messaging:ask_order", args=[thread.order_id]), {"text": text})


def inbound_email(client, thread, user, text):
    message = services.message_accept(
        thread=thread, author=user, text=text, sender_address=user.email, hand_over=lambda _: 0
    )
    tasks.messages_process_task([message.pk])  # the worker's task after the relay's 250


WRITERS = {
    "web reply": web_reply,
    "HTMX reply": htmx_reply,
    "Ask a question": ask_question,
    "inbound e-mail": inbound_email,
}
ALL_STAGES = ["suspension", "message_rules", "allina"]


def seen_by(client, user, thread) -> str:
    client.force_login(user)
    return client.get(reverse("messaging:thread_detail", args=[thread.pk])).text


@pytest.mark.parametrize("channel", WRITERS)
def test_every_channel_runs_the_same_stages_and_delivers(client, ran, thread, channel):
    WRITERS[channel](client, thread, thread.buyer, f"Hello over {channel}")
    message = Message.objects.get(text=f"Hello over {channel}")
    assert ran == ALL_STAGES
    assert message.state == MessageState.DELIVERED
    assert f"Hello over {channel}" in seen_by(client, thread.seller, thread)


@pytest.mark.parametrize("channel", WRITERS)
def test_a_suspension_stops_every_channel(client, ran, suspend, thread, channel):
    suspend(thread.buyer)
    ran.clear()
    WRITERS[channel](client, thread, thread.buyer, f"Still writing over {channel}")
    message = Message.objects.get(text=f"Still writing over {channel}")
    assert ran == ["suspension"]
    assert (message.state, message.stopped_by) == (MessageState.BLOCKED, "suspension")
    assert "cannot send messages until" in message.stop_reason
    assert f"Still writing over {channel}" not in seen_by(client, thread.seller, thread)
    thread.refresh_from_db()
    assert thread.seller_unread_count == 0


def test_a_staff_notice_runs_the_same_stages_and_both_sides_see_it(client, ran, staff, thread):
    message = moderation_services.staff_notice_post(
        staff=staff, thread=thread, text="Please keep the conversation on the platform."
    )
    assert ran == ALL_STAGES
    assert message.state == MessageState.DELIVERED
    thread.refresh_from_db()
    assert (thread.buyer_unread_count, thread.seller_unread_count) == (1, 1)
    for party in (thread.buyer, thread.seller):
        page = seen_by(client, party, thread)
        assert "Please keep the conversation on the platform." in page
        assert "Marketplace staff" in page


def test_a_suspension_stops_a_staff_notice_too(client, ran, suspend, staff, thread):
    suspend(staff)
    ran.clear()
    message = moderation_services.staff_notice_post(staff=staff, thread=thread, text="Hello")
    assert ran == ["suspension"]
    assert message.state == MessageState.BLOCKED
    assert "Hello" not in seen_by(client, thread.buyer, thread).split("</header>")[-1]


@pytest.fixture
def answered_question(allina_on, client, thread):
    """A buyer's question Allina answered: held, waiting for the buyer's choice."""
    ask_question(client, thread, thread.buyer, "Where is my parcel?")
    message = Message.objects.get(text="Where is my parcel?")
    assert message.state == MessageState.HELD
    Question.objects.filter(message=message).update(
        status=QuestionStatus.ANSWERED, answer_text="It is on its way.", answered_at=timezone.now()
    )
    return Question.objects.get(message=message)


def say_yes(client, question):
    client.force_login(question.buyer)
    return client.post(
        reverse("allina:question_choose", args=[question.pk]), {"choice": "yes"}, headers=HTMX
    )


def test_yes_send_it_takes_the_path_again_past_allina(client, ran, thread, answered_question):
    ran.clear()
    say_yes(client, answered_question)
    message = Message.objects.get(pk=answered_question.message_id)
    assert ran == ["suspension", "message_rules"]
    assert message.state == MessageState.DELIVERED
    assert "Where is my parcel?" in seen_by(client, thread.seller, thread)


def test_a_suspension_stops_yes_send_it(client, ran, suspend, thread, answered_question):
    # given staff suspended the buyer after Allina answered
    suspend(thread.buyer)
    ran.clear()
    # when the buyer clicks [yes, send it]
    say_yes(client, answered_question)
    # then the question does not reach the seller
    message = Message.objects.get(pk=answered_question.message_id)
    assert ran == ["suspension"]
    assert (message.state, message.stopped_by) == (MessageState.BLOCKED, "suspension")
    assert "Where is my parcel?" not in seen_by(client, thread.seller, thread)


@pytest.fixture
def blocked_case(client, thread):
    web_reply(client, thread, thread.seller, "Pay me outside, kurwa.")
    message = Message.objects.get(text="Pay me outside, kurwa.")
    assert (message.state, message.stopped_by) == (MessageState.BLOCKED, "message_rules")
    moderation_services.blocked_messages_enqueue()
    return message.moderation_cases.get()


def test_a_staff_release_takes_the_path_again_past_the_rules(
    client, ran, staff, thread, blocked_case
):
    ran.clear()
    moderation_services.case_decide(case=blocked_case, staff=staff, action="release")
    message = Message.objects.get(pk=blocked_case.message_id)
    assert ran == ["suspension", "allina"]
    assert message.state == MessageState.DELIVERED
    assert "Pay me outside" in seen_by(client, thread.buyer, thread)


def test_a_suspension_stops_a_staff_release(client, ran, suspend, staff, thread, blocked_case):
    suspend(thread.seller)
    ran.clear()
    moderation_services.case_decide(case=blocked_case, staff=staff, action="release")
    message = Message.objects.get(pk=blocked_case.message_id)
    assert ran == ["suspension"]
    assert (message.state, message.stopped_by) == (MessageState.BLOCKED, "suspension")
    assert "Pay me outside" not in seen_by(client, thread.buyer, thread)
    # and its writer is not told it was delivered
    assert not Notice.objects.filter(user=thread.seller, kind=NoticeKind.MESSAGE_RELEASED)
