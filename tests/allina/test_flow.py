"""Allina's flow through the web: the buyer asks, sees her answer, chooses [yes, send it] or
[no thanks]; the seller's switches; idempotency; a broker that is down; and the whole flow
with a real Celery worker on Redis and the real classifier.

Unit tests use a keyword stand-in for the classifier (`fake_classify` in test_stage.py);
the worker test at the end uses the real one.
"""

import time
from datetime import date, timedelta

import pytest
from django.utils import timezone
from kombu.exceptions import OperationalError

from accounts.services import communication_settings_update
from allina import tasks
from allina.models import Question, QuestionChoice, QuestionStatus
from messaging.models import Message, MessageState
from orders.models import ShipmentStatus
from tests.factories import OrderFactory, ThreadFactory, UserFactory, order_pay, order_ship

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("allina_on")]

HX = {"HTTP_HX_REQUEST": "true"}
TRACKING = "620000000000000000000001"


@pytest.fixture(autouse=True)
def fake_classifier(request, settings):
    if "celery_worker" not in request.fixturenames:
        settings.ALLINA_CLASSIFIER = "tests.allina.test_stage.fake_classify"


@pytest.fixture
def shipped_order(order):
    order_pay(order)
    order_ship(
        order,
        expected_delivery=date.today() + timedelta(days=1),
        events=[
            (
                ShipmentStatus.IN_TRANSIT,
                timezone.now() - timedelta(hours=2),
                "Parcel at the sorting hub",
                "Warszawa",
            )
        ],
    )
    return order


def ask(client, thread, text, htmx=True):
    """The buyer replies in the thread as the page does (htmx), tasks running on commit."""
    return client.post(f"/messages/{thread.pk}/reply/", {"text": text}, **(HX if htmx else {}))


@pytest.fixture
def post(buyer_client, django_capture_on_commit_callbacks):
    def send(thread, text, htmx=True):
        with django_capture_on_commit_callbacks(execute=True):
            response = ask(buyer_client, thread, text, htmx)
        assert response.status_code in (200, 302)
        return Message.objects.filter(thread=thread).latest("id")

    return send


def panel(client, question):
    return client.get(f"/allina/questions/{question.pk}/", **HX)


def choose(client, question, choice, htmx=True):
    return client.post(
        f"/allina/questions/{question.pk}/choose/", {"choice": choice}, **(HX if htmx else {})
    )


def test_buyer_sees_the_answer_with_tracking_and_both_buttons(
    post, buyer_client, thread, shipped_order
):
    message = post(thread, "Gdzie jest moja paczka?")
    question = message.allina_question
    assert question.status == QuestionStatus.ANSWERED
    page = panel(buyer_client, question).content.decode()
    assert f'id="message-{message.pk}"' in page
    assert TRACKING in page and "InPost" in page and "Parcel at the sorting hub" in page
    assert "Source: InPost, updated 2" in page
    assert f"https://inpost.pl/sledzenie-przesylek?number={TRACKING}" in page
    assert page.count('name="choice"') == 2
    # the thread page shows it too, in the one query the message list already made
    page = buyer_client.get(f"/messages/{thread.pk}/").content.decode()
    assert TRACKING in page and 'value="yes"' in page


def test_yes_send_it_delivers_once_and_the_seller_sees_it_seen_by_allina(
    post, buyer_client, client, seller, thread, shipped_order, django_capture_on_commit_callbacks
):
    message = post(thread, "Where is my parcel?")
    question = message.allina_question
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        first = choose(buyer_client, question, "yes")
        second = choose(buyer_client, question, "yes")  # a double click
        third = choose(buyer_client, question, "no")  # and a change of mind: too late
    assert first.status_code == second.status_code == third.status_code == 200
    assert len(callbacks) == 1  # one delivery, so one e-mail notification to the seller
    message.refresh_from_db()
    question.refresh_from_db()
    assert message.state == MessageState.DELIVERED
    assert question.choice == QuestionChoice.YES and question.chosen_at is not None
    thread.refresh_from_db()
    assert thread.seller_unread_count == 1 and thread.last_message_id == message.pk
    assert "Your question was sent to the seller" in first.content.decode()
    # the seller sees the question, marked as seen by Allina, with her answer
    client.force_login(seller)
    page = client.get(f"/messages/{thread.pk}/").content.decode()
    assert "Where is my parcel?" in page
    assert "allina-seen" in page and TRACKING in page
    listing = client.get("/messages/").content.decode()
    assert f"/messages/{thread.pk}/" in listing


def test_no_thanks_resolves_and_the_seller_is_never_asked(
    post, buyer_client, client, seller, thread, shipped_order
):
    message = post(thread, "Where is my parcel?")
    question = message.allina_question
    response = choose(buyer_client, question, "no")
    assert "Your question was not sent to the seller" in response.content.decode()
    choose(buyer_client, question, "yes")  # a later yes changes nothing
    message.refresh_from_db()
    assert message.state == MessageState.RESOLVED
    thread.refresh_from_db()
    assert thread.seller_unread_count == 0
    client.force_login(seller)
    assert "Where is my parcel?" not in client.get(f"/messages/{thread.pk}/").content.decode()
    assert f"/messages/{thread.pk}/" not in client.get("/messages/").content.decode()


def test_without_javascript_the_buttons_post_and_return_to_the_thread(
    post, buyer_client, thread, shipped_order
):
    question = post(thread, "Where is my parcel?").allina_question
    response = choose(buyer_client, question, "yes", htmx=False)
    assert response.status_code == 302
    assert response["Location"] == f"/messages/{thread.pk}/#message-{question.message_id}"
    page = buyer_client.get(f"/allina/questions/{question.pk}/")
    assert page.status_code == 302


def test_only_the_asking_buyer_may_see_or_choose(
    post, client, seller, other_user, thread, shipped_order
):
    question = post(thread, "Where is my parcel?").allina_question
    for user in (seller, other_user):
        client.force_login(user)
        assert panel(client, question).status_code == 404
        assert choose(client, question, "yes").status_code == 404
    question.refresh_from_db()
    assert question.choice == ""
    assert Message.objects.get(pk=question.message_id).state == MessageState.HELD


def test_choose_needs_post_with_csrf(post, buyer, thread, shipped_order):
    from django.test import Client

    question = post(thread, "Where is my parcel?").allina_question
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(buyer)
    assert strict.get(f"/allina/questions/{question.pk}/choose/").status_code == 405
    assert choose(strict, question, "yes").status_code == 403
    question.refresh_from_db()
    assert question.choice == ""


def test_an_unknown_choice_is_refused_and_changes_nothing(
    post, buyer_client, thread, shipped_order
):
    question = post(thread, "Where is my parcel?").allina_question
    response = choose(buyer_client, question, "maybe")
    assert response.status_code == 422
    assert 'name="choice"' in response.content.decode()  # the buttons are still there
    question.refresh_from_db()
    assert question.choice == ""


def test_allina_abstains_and_the_buyer_sees_no_bot(post, buyer_client, thread):
    message = post(thread, "Could you add a handwritten card?")
    message.refresh_from_db()
    assert message.state == MessageState.DELIVERED
    assert message.allina_question.status == QuestionStatus.ABSTAINED
    page = buyer_client.get(f"/messages/{thread.pk}/").content.decode()
    assert "allina-answer" not in page and "allina-pending" not in page


def test_data_missing_abstains(post, thread, order):
    """Paid but shipped without a shipment row: "where is it?" goes to the seller."""
    order_pay(order)
    type(order).objects.filter(pk=order.pk).update(status="shipped")
    message = post(thread, "Where is my parcel?")
    message.refresh_from_db()
    assert message.state == MessageState.DELIVERED
    assert message.allina_question.answer_facts == {"reason": "no_data"}


def test_switch_off_then_on_again(post, seller, thread, shipped_order):
    communication_settings_update(user=seller, allina_enabled=False)
    off = post(thread, "Where is my parcel?")
    off.refresh_from_db()
    assert off.state == MessageState.DELIVERED and off.allina_question.status == "off"
    communication_settings_update(user=seller, allina_enabled=True)
    on = post(thread, "Where is my parcel now?")
    on.refresh_from_db()
    assert on.state == MessageState.HELD
    assert TRACKING in on.allina_question.answer_text


def test_switched_off_while_the_question_waited(thread, buyer, seller, shipped_order):
    """Allina's task checks the switch again: a seller who turned her off in between gets
    the question directly."""
    from messaging.services import message_submit

    message = message_submit(thread=thread, author=buyer, text="Where is my parcel?")
    communication_settings_update(user=seller, allina_enabled=False)
    tasks.question_answer(message.allina_question.pk)
    message.refresh_from_db()
    assert message.state == MessageState.DELIVERED
    assert message.allina_question.answer_facts == {"reason": "allina_off"}


def test_a_topic_switched_off_goes_to_the_seller(post, seller, thread, shipped_order):
    from allina.classifier import INTENTS
    from allina.settings_services import topics_update

    topics_update(seller=seller, enabled=[i for i in INTENTS if i != "delivery_status"])
    message = post(thread, "Where is my parcel?")
    message.refresh_from_db()
    assert message.state == MessageState.DELIVERED
    question = message.allina_question
    assert question.status == QuestionStatus.OFF and question.intent == "delivery_status"
    # other topics still answered
    invoice = post(thread, "Will I get an invoice?")
    invoice.refresh_from_db()
    assert invoice.state == MessageState.HELD
    topics_update(seller=seller, enabled=INTENTS)
    again = post(thread, "And the parcel?")
    again.refresh_from_db()
    assert again.state == MessageState.HELD


def test_the_task_run_again_changes_nothing(post, thread, shipped_order):
    message = post(thread, "Where is my parcel?")
    question = message.allina_question
    answered_at, text = question.answered_at, question.answer_text
    assert tasks.question_answer(question.pk) == "answered"
    question.refresh_from_db()
    assert (question.answered_at, question.answer_text) == (answered_at, text)
    assert Question.objects.filter(message=message).count() == 1


def test_a_question_on_an_offer_gets_only_offer_topics(post, buyer, offer):
    thread = ThreadFactory(buyer=buyer, offer=offer)
    options = post(thread, "What delivery options do you have?")
    options.refresh_from_db()
    assert options.state == MessageState.HELD
    assert "Courier (DPD)" in options.allina_question.answer_text
    parcel = post(thread, "Where is my parcel?")  # no order here to look at
    parcel.refresh_from_db()
    assert parcel.state == MessageState.DELIVERED


def test_ask_a_question_shows_the_answer_below_the_form(
    buyer_client, order, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = buyer_client.post(
            f"/messages/ask/order/{order.pk}/", {"text": "Will I get an invoice?"}, **HX
        )
    page = response.content.decode()
    assert response.status_code == 200
    question = Question.objects.get()
    assert 'id="allina-ask-answer"' in page and 'hx-swap-oob="true"' in page
    assert f'id="message-{question.message_id}"' in page
    # the panel then shows her answer (the page fetches it as soon as it exists)
    answered = panel(buyer_client, question).content.decode()
    assert "No invoice was requested" in answered and 'value="no"' in answered


def _ask_page_question(client, order, text, capture):
    with capture(execute=True):
        page = client.post(f"/messages/ask/order/{order.pk}/", {"text": text}, **HX).text
    question = Question.objects.latest("id")
    return page, question


def _ask_status(client, question) -> str:
    """The Ask a question form's status line as the page's poll swaps it in (or "")."""
    text = client.get(f"/allina/questions/{question.pk}/?ask=1", **HX).content.decode()
    marker = 'id="ask-status"'
    if marker not in text:
        return ""
    assert 'hx-swap-oob="true"' in text[text.index(marker) - 80 :]
    return text[text.index(marker) : text.index("</p>", text.index(marker))]


def test_ask_page_status_follows_what_allina_did(
    buyer_client, seller, shipped_order, django_capture_on_commit_callbacks
):
    """The form says "checking" only while she is; then that she answered below, or that the
    question went to the seller; the thread page's poll never carries the form's line."""
    capture = django_capture_on_commit_callbacks
    page, question = _ask_page_question(
        buyer_client, shipped_order, "Where is my parcel?", capture
    )
    assert "Allina is checking for an answer." in page
    assert "?ask=1" in page  # the answer below the form asks for the form's line too
    status = _ask_status(buyer_client, question)
    assert "Allina answered your question; her answer is below." in status
    assert "checking" not in status
    assert "ask-status" not in panel(buyer_client, question).content.decode()

    page, question = _ask_page_question(
        buyer_client, shipped_order, "Could you add a handwritten card?", capture
    )
    assert "Allina is checking for an answer." in page
    question.refresh_from_db()
    assert question.status == QuestionStatus.ABSTAINED
    status = _ask_status(buyer_client, question)
    assert "Allina had no answer, so your question was sent to the seller." in status

    communication_settings_update(user=seller, allina_enabled=False)
    page, question = _ask_page_question(buyer_client, shipped_order, "Where is it?", capture)
    assert "Your question was sent." in page and "checking" not in page


# The broker is down: the question is not lost.


@pytest.fixture
def broker_down(monkeypatch):
    def refuse(*args, **kwargs):
        raise OperationalError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")

    monkeypatch.setattr(tasks.question_answer, "apply_async", refuse)


def test_broker_down_the_sweep_answers_a_waiting_question(
    post, broker_down, settings, thread, shipped_order
):
    message = post(thread, "Where is my parcel?")  # stored; the task was not enqueued
    message.refresh_from_db()
    assert message.state == MessageState.HELD
    assert tasks.questions_sweep() == {"answered": 0, "delivered": 0}  # too early
    Question.objects.update(created_at=timezone.now() - timedelta(seconds=60))
    assert tasks.questions_sweep() == {"answered": 1, "delivered": 0}
    message.refresh_from_db()
    assert message.state == MessageState.HELD


def test_broker_down_too_long_the_sweep_delivers_to_the_seller(
    post, broker_down, thread, shipped_order
):
    message = post(thread, "Where is my parcel?")
    Question.objects.update(created_at=timezone.now() - timedelta(hours=1))
    assert tasks.questions_sweep() == {"answered": 0, "delivered": 1}
    message.refresh_from_db()
    assert message.state == MessageState.DELIVERED
    assert message.allina_question.answer_facts == {"reason": "timeout"}
    thread.refresh_from_db()
    assert thread.seller_unread_count == 1


def test_broker_down_the_buyers_open_page_gets_the_answer(
    post, broker_down, buyer_client, thread, shipped_order
):
    question = post(thread, "Where is my parcel?").allina_question
    waiting = panel(buyer_client, question).content.decode()
    assert "allina-pending" in waiting and TRACKING not in waiting
    Question.objects.update(created_at=timezone.now() - timedelta(seconds=20))
    answered = panel(buyer_client, question).content.decode()
    assert TRACKING in answered and 'value="yes"' in answered


def test_her_late_answer_is_read_out_to_a_screen_reader_once(
    post, broker_down, buyer_client, thread, shipped_order
):
    # given a question she had not answered while the buyer's page first asked
    question = post(thread, "Where is my parcel?").allina_question
    live_region = 'id="live-announcer" hx-swap-oob="innerHTML"'
    assert live_region not in panel(buyer_client, question).content.decode()
    # when her answer arrives on the open page
    Question.objects.update(created_at=timezone.now() - timedelta(seconds=20))
    answered = panel(buyer_client, question).content.decode()
    # then the page's live region (aria-live, _base.html) gets her answer to read out
    announcement = answered[answered.index(live_region) :]
    assert "Allina answered your question:" in announcement and TRACKING in announcement
    # and once the buyer has chosen, nothing is read out again
    assert live_region not in choose(buyer_client, question, "no").content.decode()


def test_allina_failing_passes_the_question_to_the_seller(post, settings, thread):
    settings.ALLINA_CLASSIFIER = "tests.allina.test_flow.broken_classify"
    message = post(thread, "Where is my parcel?")
    message.refresh_from_db()
    assert message.state == MessageState.DELIVERED
    assert message.allina_question.answer_facts == {"reason": "allina_failed"}


def broken_classify(text):
    raise RuntimeError("model file unreadable")


def test_thread_page_query_count_does_not_grow_with_questions(
    post, buyer_client, thread, shipped_order
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert buyer_client.get(f"/messages/{thread.pk}/").status_code == 200
        return len(captured.captured_queries)

    post(thread, "Where is my parcel 1?")
    one = queries()
    for number in range(6):
        post(thread, f"Where is my parcel, again {number}?")
    assert queries() == one  # Allina's answers come with the messages, no query each


# The whole flow with a real worker and broker, and the real classifier.


def wait_for(condition, timeout=20.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


@pytest.mark.worker
def test_end_to_end_with_a_real_worker(celery_worker, client, seller):
    buyer = UserFactory()
    order = OrderFactory(buyer=buyer, offer__seller=seller)
    order_pay(order)
    order_ship(
        order,
        expected_delivery=date.today() + timedelta(days=1),
        events=[(ShipmentStatus.IN_TRANSIT, timezone.now(), "W drodze", "Łódź")],
    )
    thread = ThreadFactory(buyer=buyer, order=order)
    client.force_login(buyer)
    response = ask(client, thread, "gdzie jest moja paczka?")
    assert response.status_code == 200
    question = Question.objects.get(thread=thread)
    assert wait_for(lambda: Question.objects.get(pk=question.pk).status != "pending")
    question.refresh_from_db()
    assert question.status == QuestionStatus.ANSWERED, question.answer_facts
    assert question.language == "pl" and question.intent.startswith("delivery")
    page = panel(client, question).content.decode()
    assert TRACKING in page and "InPost" in page
    # [yes, send it]: the seller gets it; the e-mail task runs on the worker too
    assert choose(client, question, "yes").status_code == 200
    message = Message.objects.get(pk=question.message_id)
    assert message.state == MessageState.DELIVERED
    assert wait_for(
        lambda: Message.objects.get(pk=message.pk).email_status in ("sent", "failed", "retrying")
    )
    client.force_login(seller)
    assert "gdzie jest moja paczka?" in client.get(f"/messages/{thread.pk}/").content.decode()


@pytest.mark.worker
def test_end_to_end_abstain_with_a_real_worker(celery_worker, client, thread, buyer, seller):
    client.force_login(buyer)
    ask(client, thread, "Czy mogę zapłacić w ratach i przyjechać osobiście jutro o 17?")
    question = Question.objects.get(thread=thread)
    assert wait_for(lambda: Question.objects.get(pk=question.pk).status != "pending")
    message = Message.objects.get(pk=question.message_id)
    assert message.state == MessageState.DELIVERED
    client.force_login(seller)
    assert "w ratach" in client.get(f"/messages/{thread.pk}/").content.decode()


def test_the_demo_shows_an_answered_question_and_delivered_conversations():
    from io import StringIO

    from django.core.management import call_command

    call_command("seed_demo", stdout=StringIO())
    answered = Question.objects.get(status=QuestionStatus.ANSWERED)
    assert answered.buyer.username == "demo-buyer-pl"
    assert answered.message.text == "gdzie jest moja paczka?"
    assert "1000634872915U" in answered.answer_text  # the DPD parcel of that order
    # every other seeded buyer message reached its seller, as the conversations read
    held = Message.objects.exclude(state=MessageState.DELIVERED)
    assert list(held) == [answered.message]


def test_ask_a_question_says_allina_is_checking_while_she_holds_the_question(
    buyer_client, shipped_order
):
    """Not "sent to the seller": the seller gets it only if Allina cannot answer."""
    response = buyer_client.post(
        f"/messages/ask/order/{shipped_order.pk}/",
        {"text": "gdzie jest moja paczka?"},
        follow=True,
    )

    page = response.content.decode()
    assert "Allina is checking for an answer." in page
    assert "Your question was sent." not in page
