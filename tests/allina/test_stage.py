"""Allina's pipeline stage: which messages she holds, and that a held or resolved question
never shows on the seller's side (list, thread, unread counts, search).

Tasks run in-process here, so a held question is answered when the sender's transaction
commits; `django_capture_on_commit_callbacks()` without execute shows the moment between.
"""

import pytest

from accounts.services import communication_settings_update
from allina.models import Question, QuestionStatus
from messaging import selectors as messaging_selectors
from messaging import services as messaging_services
from messaging.models import Channel, MessageState
from tests.factories import ThreadFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("allina_on")]


def fake_classify(text):
    """A stand-in for allina.classifier.classify in unit tests: keywords → topics."""
    from allina.classifier import Prediction

    lowered = text.lower()
    for word, intent in (
        ("paczka", "delivery_status"),
        ("parcel", "delivery_status"),
        ("delivery options", "delivery_options"),
        ("material", "product_question"),
        ("invoice", "invoice"),
        ("return", "return"),
    ):
        if word in lowered:
            return Prediction(intent=intent, confidence=0.99, language="en")
    return Prediction(intent=None, confidence=0.1, language="en")


@pytest.fixture(autouse=True)
def fake_classifier(settings):
    settings.ALLINA_CLASSIFIER = "tests.allina.test_stage.fake_classify"


@pytest.fixture
def submit(django_capture_on_commit_callbacks):
    """Send a message as a request would: its on-commit tasks (Allina's) run after it."""

    def send(thread, author, text, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return messaging_services.message_submit(
                thread=thread, author=author, text=text, **kwargs
            )

    return send


def test_buyers_question_is_held_until_allina_has_worked(
    thread, buyer, seller, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks() as callbacks:
        message = messaging_services.message_submit(
            thread=thread, author=buyer, text="What are the delivery options?"
        )
        # Inside the sender's transaction: held, a pending question, nothing for the seller.
        message.refresh_from_db()
        assert message.state == MessageState.HELD
        question = Question.objects.get(message=message)
        assert question.status == QuestionStatus.PENDING
        assert (question.buyer, question.seller, question.thread) == (buyer, seller, thread)
        thread.refresh_from_db()
        assert thread.seller_unread_count == 0 and thread.last_message_id is None
    assert len(callbacks) == 1  # Allina's task, enqueued only once the message is stored
    callbacks[0]()
    question.refresh_from_db()
    message.refresh_from_db()
    assert question.status == QuestionStatus.ANSWERED
    assert message.state == MessageState.HELD
    thread.refresh_from_db()
    assert thread.seller_unread_count == 0  # answered by Allina: still nothing for the seller


def test_sellers_own_message_and_email_are_not_held(submit, thread, buyer, seller):
    reply = submit(thread, seller, "The parcel left today.")
    assert reply.state == MessageState.DELIVERED
    by_mail = submit(
        thread, buyer, "Where is my parcel?", channel=Channel.EMAIL, sender_address="b@example.com"
    )
    assert by_mail.state == MessageState.DELIVERED
    assert not Question.objects.exists()


def test_allina_switched_off_delivers_at_once_and_records_it(submit, thread, buyer, seller):
    communication_settings_update(user=seller, allina_enabled=False)
    message = submit(thread, buyer, "Where is my parcel?")
    assert message.state == MessageState.DELIVERED
    question = Question.objects.get(message=message)
    assert question.status == QuestionStatus.OFF and question.answer_text == ""
    thread.refresh_from_db()
    assert thread.seller_unread_count == 1


def test_held_and_resolved_questions_never_show_to_the_seller(
    submit, buyer, seller, offer, client
):
    """A question on an offer Allina answers and the buyer closes with [no thanks]: the
    seller's Message Center, thread, unread badge and search know nothing of it."""
    from allina import services

    thread = ThreadFactory(buyer=buyer, offer=offer)
    message = submit(thread, buyer, "What are the delivery options for this material?")
    question = Question.objects.get(message=message)
    assert question.status == QuestionStatus.ANSWERED
    services.question_choose(question=question, buyer=buyer, choice="no")
    message.refresh_from_db()
    assert message.state == MessageState.RESOLVED

    rows, _cursor = messaging_selectors.thread_list_for_user(user=seller)
    assert thread.pk not in [row.pk for row in rows]
    assert messaging_selectors.unread_thread_count(user=seller) == 0
    assert messaging_selectors.thread_messages(thread=thread, user=seller) == []
    found, _cursor = messaging_selectors.thread_list_for_user(user=seller, query="delivery")
    assert found == []
    client.force_login(seller)
    page = client.get(f"/messages/{thread.pk}/")
    assert "delivery options" not in page.content.decode()
    # The buyer still sees their own question, resolved, with Allina's answer.
    client.force_login(buyer)
    page = client.get(f"/messages/{thread.pk}/").content.decode()
    assert "What are the delivery options for this material?" in page
    assert f'id="allina-answer-{question.pk}"' in page and "Parcel locker (InPost)" in page
    assert 'name="choice"' not in page  # no buttons any more: the buyer has chosen


def test_seller_reply_is_recorded_on_the_question_it_answers(submit, thread, buyer, seller):
    question_message = submit(thread, buyer, "Can you gift-wrap it?")  # Allina abstains
    question = Question.objects.get(message=question_message)
    assert question.status == QuestionStatus.ABSTAINED
    reply = submit(thread, seller, "Yes, for free.")
    question.refresh_from_db()
    assert question.seller_reply == reply and question.seller_replied_at == reply.created_at
    later = submit(thread, seller, "Sent today.")
    question.refresh_from_db()
    assert question.seller_reply == reply  # the first reply is the answer
    assert later.state == MessageState.DELIVERED


def test_a_blocked_message_never_reaches_allina(submit, thread, buyer):
    # the real message rules block profanity before Allina's stage
    message = submit(thread, buyer, "Where is my parcel, kurwa?")
    assert (message.state, message.stopped_by) == (MessageState.BLOCKED, "message_rules")
    assert not Question.objects.exists()


def test_allina_runs_after_the_message_rules_and_her_sweep_is_scheduled():
    from config.settings import base
    from messaging import pipeline

    stages = [name for name, _stage in pipeline.stages()]
    assert stages[-1] == "allina"
    assert stages.index("message_rules") < stages.index("allina")
    schedule = {entry["task"] for entry in base.CELERY_BEAT_SCHEDULE.values()}
    assert "allina.tasks.questions_sweep" in schedule
