"""How Allina learns: the seller's reply is kept with each question that reached them, staff
label escalated questions in admin (staff only, who and when recorded), and `allina train`
reads those labels."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from allina import learning, services
from allina.classifier import INTENTS, Prediction
from allina.models import Question, QuestionChoice, QuestionStatus
from allina.nlp.dataset import feedback_examples
from core.exceptions import DomainError
from messaging import services as messaging_services
from messaging.models import MessageState
from tests.factories import (
    OfferFactory,
    SellerFactory,
    ThreadFactory,
    UserFactory,
    message_at,
    question_at,
)

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:allina_question_changelist")


def keyword_classify(text):
    """Stand-in classifier: the flow and the feedback are under test, not the model."""
    if "delivery options" in text.lower():
        return Prediction(intent="delivery_options", confidence=0.99, language="en")
    return Prediction(intent=None, confidence=0.3, language="en")


@pytest.fixture
def conversation(allina_on, settings, buyer, offer, django_capture_on_commit_callbacks):
    """Write in a thread about an offer through the real pipeline, tasks run on commit."""
    settings.ALLINA_CLASSIFIER = "tests.allina.test_learning.keyword_classify"
    thread = ThreadFactory(buyer=buyer, offer=offer)

    def write(author, text):
        with django_capture_on_commit_callbacks(execute=True):
            message = messaging_services.message_submit(thread=thread, author=author, text=text)
        message.refresh_from_db()
        return message

    return write


# The seller's reply is kept with the question.


def test_the_sellers_reply_to_a_question_allina_left_alone_is_kept(conversation, buyer, seller):
    question_message = conversation(buyer, "Can you engrave my name on it?")
    question = Question.objects.get(message=question_message)
    assert question.status == QuestionStatus.ABSTAINED
    assert question_message.state == MessageState.DELIVERED

    reply = conversation(seller, "Yes, for 10 zł more.")
    conversation(seller, "Anything else?")

    question.refresh_from_db()
    assert question.seller_reply == reply  # the first reply, not the one after it
    assert question.seller_reply.text == "Yes, for 10 zł more."
    assert question.seller_replied_at == reply.created_at


def test_a_yes_send_question_gets_the_reply_written_after_it_reached_the_seller(
    conversation, buyer, seller
):
    question_message = conversation(buyer, "What delivery options do you have?")
    question = Question.objects.get(message=question_message)
    assert question.status == QuestionStatus.ANSWERED

    conversation(seller, "Thanks for your interest!")  # before the buyer chose
    question.refresh_from_db()
    assert question.seller_reply is None

    services.question_choose(question=question, buyer=buyer, choice=QuestionChoice.YES)
    reply = conversation(seller, "InPost lockers are cheapest.")

    question.refresh_from_db()
    assert question.choice == QuestionChoice.YES
    assert question.seller_reply == reply


def test_a_no_thanks_question_never_gets_a_seller_reply(conversation, buyer, seller):
    question = Question.objects.get(message=conversation(buyer, "What delivery options?"))
    services.question_choose(question=question, buyer=buyer, choice=QuestionChoice.NO)

    conversation(seller, "Hello!")

    question.refresh_from_db()
    assert question.message.state == MessageState.RESOLVED
    assert question.seller_reply is None


def test_a_reply_held_by_the_message_rules_counts_once_staff_release_it(buyer, seller, thread):
    question_message = message_at(thread, buyer, created_at=timezone.now() - timedelta(hours=3))
    question = question_at(question_message, status=QuestionStatus.ABSTAINED)
    held = message_at(
        thread,
        seller,
        created_at=timezone.now() - timedelta(hours=2),
        state=MessageState.BLOCKED,
        text="Call me on 601 234 567",
    )
    question.refresh_from_db()
    assert question.seller_reply is None  # a blocked message is no reply

    messaging_services.message_release(
        message=held, past=frozenset({"message_rules"})
    )  # staff release it

    question.refresh_from_db()
    assert question.seller_reply == held
    assert question.seller_replied_at == held.created_at


def test_a_released_buyer_message_is_nobodys_reply(buyer, seller, thread):
    question = question_at(
        message_at(thread, buyer, created_at=timezone.now() - timedelta(hours=3)),
        status=QuestionStatus.ABSTAINED,
    )
    held = message_at(thread, buyer, created_at=timezone.now(), state=MessageState.BLOCKED)

    messaging_services.message_release(message=held)

    question.refresh_from_db()
    assert question.seller_reply is None


# Staff labels.


def escalated(seller=None, *, text="Can you make it in blue?", **fields):
    seller = seller or SellerFactory()
    thread = ThreadFactory(buyer=UserFactory(), offer=OfferFactory(seller=seller))
    message = message_at(thread, thread.buyer, created_at=timezone.now() - timedelta(hours=2))
    message.text = text
    message.save(update_fields=["text"])
    fields.setdefault("status", QuestionStatus.ABSTAINED)
    return question_at(message, **fields)


@pytest.fixture
def staff(django_user_model):
    return django_user_model.objects.create_superuser(
        username="labeller", email="labeller@example.com", password="staff-pass", language="en"
    )


@pytest.fixture
def staff_client(client, staff):
    client.force_login(staff)
    return client


def test_staff_label_a_question_and_who_and_when_is_recorded(staff):
    question = escalated()

    learning.question_label(question=question, staff=staff, label="product_question")

    question.refresh_from_db()
    assert question.staff_label == "product_question"
    assert question.labelled_by == staff
    assert timezone.now() - question.labelled_at < timedelta(seconds=5)

    learning.question_label(question=question, staff=staff, label="")
    question.refresh_from_db()
    assert (question.staff_label, question.labelled_by, question.labelled_at) == ("", None, None)


def test_a_label_is_a_topic_id_or_null_and_only_staff_set_it(staff, buyer):
    question = escalated()

    with pytest.raises(DomainError, match="not a topic id"):
        learning.question_label(question=question, staff=staff, label="Product question")
    with pytest.raises(DomainError, match="Only staff"):
        learning.question_label(question=question, staff=buyer, label="null")

    question.refresh_from_db()
    assert question.staff_label == "" and question.labelled_by is None
    assert set(learning.LABELS) == {*INTENTS, "null"}


def test_allina_train_reads_the_labels(staff):
    labelled = escalated(text="Czy mogę zapłacić jeszcze raz? Płatność nie przeszła.")
    out_of_scope = escalated(text="Dam 50 zł mniej, zgoda?")
    escalated(text="Not labelled yet")
    learning.question_label(question=labelled, staff=staff, label="payment_retry")
    learning.question_label(question=out_of_scope, staff=staff, label="null")

    examples, skipped = feedback_examples()

    assert skipped == 0
    assert sorted((e.text, e.intent) for e in examples) == [
        ("Czy mogę zapłacić jeszcze raz? Płatność nie przeszła.", "payment_retry"),
        ("Dam 50 zł mniej, zgoda?", None),
    ]


# The admin list of escalated questions.


@pytest.fixture
def questions():
    """One of each route, with replies and labels to filter on."""
    seller = SellerFactory(username="shop-a")
    silent = escalated(seller, text="Can you engrave it?", language="en")
    now = timezone.now()
    sent_on = escalated(
        seller,
        text="<b>Gdzie</b> jest paczka?",
        language="pl",
        intent="delivery_status",
        status=QuestionStatus.ANSWERED,
        answered_at=now,
        choice=QuestionChoice.YES,
        chosen_at=now,
    )
    reply = message_at(sent_on.thread, seller, created_at=now, text="Wysłana wczoraj kurierem.")
    Question.objects.filter(pk=sent_on.pk).update(seller_reply=reply, seller_replied_at=now)
    closed = escalated(
        seller,
        text="Kiedy dojdzie?",
        intent="delivery_eta",
        status=QuestionStatus.ANSWERED,
        answered_at=now,
        choice=QuestionChoice.NO,
        chosen_at=now,
    )
    other_seller = escalated(SellerFactory(username="shop-b"), text="Czy jest w rozmiarze XL?")
    return {"silent": silent, "sent_on": sent_on, "closed": closed, "other": other_seller}


def listed(response) -> set[int]:
    return {q.pk for q in response.context["cl"].result_list}


def test_the_list_opens_on_escalated_questions_with_the_sellers_reply(staff_client, questions):
    response = staff_client.get(CHANGELIST)

    assert response.status_code == 200
    assert listed(response) == {questions[k].pk for k in ("silent", "sent_on", "other")}
    assert "Wysłana wczoraj kurierem." in response.text
    assert "&lt;b&gt;Gdzie&lt;/b&gt; jest paczka?" in response.text  # escaped user text
    assert "<b>Gdzie</b>" not in response.text
    all_of_them = staff_client.get(CHANGELIST, {"route": "all"})
    assert questions["closed"].pk in listed(all_of_them)
    change = staff_client.get(
        reverse("admin:allina_question_change", args=[questions["sent_on"].pk])
    )
    assert change.status_code == 200
    assert "Wysłana wczoraj kurierem." in change.text
    assert 'name="staff_label"' in change.text and 'value="null"' in change.text


def test_the_list_filters(staff_client, staff, questions):
    learning.question_label(question=questions["other"], staff=staff, label="product_question")

    def only(**params):
        return listed(staff_client.get(CHANGELIST, params))

    assert only(language="pl") == {questions["sent_on"].pk}
    assert only(intent="delivery_status") == {questions["sent_on"].pk}
    assert only(intent="null") == {questions["silent"].pk, questions["other"].pk}
    assert only(label="product_question") == {questions["other"].pk}
    assert only(label="none") == {questions["silent"].pk, questions["sent_on"].pk}
    seller_b = questions["other"].seller_id
    assert only(seller__id__exact=seller_b) == {questions["other"].pk}
    assert only(route="yes") == {questions["sent_on"].pk}


def test_staff_label_in_the_list_and_the_labeller_is_recorded(staff_client, staff, questions):
    question = questions["silent"]

    response = staff_client.post(
        CHANGELIST,
        {
            "form-TOTAL_FORMS": "1",
            "form-INITIAL_FORMS": "1",
            "form-0-id": str(question.pk),
            "form-0-staff_label": "product_question",
            "_save": "Save",
        },
    )

    assert response.status_code == 302
    question.refresh_from_db()
    assert question.staff_label == "product_question"
    assert question.labelled_by == staff and question.labelled_at is not None


def test_the_list_refuses_a_label_that_is_not_a_topic(staff_client, questions):
    question = questions["silent"]

    response = staff_client.post(
        CHANGELIST,
        {
            "form-TOTAL_FORMS": "1",
            "form-INITIAL_FORMS": "1",
            "form-0-id": str(question.pk),
            "form-0-staff_label": "haggling",
            "_save": "Save",
        },
    )

    assert response.status_code == 200
    assert "Select a valid choice" in response.text
    question.refresh_from_db()
    assert question.staff_label == ""


def test_the_out_of_scope_action_labels_many_at_once(staff_client, staff, questions):
    chosen = [questions["silent"].pk, questions["other"].pk]

    response = staff_client.post(
        CHANGELIST,
        {"action": "label_out_of_scope", "_selected_action": chosen},
        follow=True,
    )

    assert "2 questions changed." in response.text
    assert set(
        Question.objects.filter(staff_label="null", labelled_by=staff).values_list("pk", flat=True)
    ) == set(chosen)


def test_the_list_is_a_fixed_number_of_queries(staff_client, questions, django_assert_num_queries):
    staff_client.get(CHANGELIST)

    with django_assert_num_queries(LIST_QUERIES):
        staff_client.get(CHANGELIST)
    for _ in range(5):
        escalated(questions["sent_on"].seller, text="Another question")
    with django_assert_num_queries(LIST_QUERIES):
        staff_client.get(CHANGELIST)


# Session, staff user, the seller filter's sellers, the count of escalated questions, one
# page of them with message, seller, reply and labeller joined, the language filter's values.
LIST_QUERIES = 6


def test_non_staff_get_nothing(client, buyer, seller, questions):
    question = questions["silent"]
    for user in (buyer, seller):
        client.force_login(user)
        listing = client.get(CHANGELIST)
        change = client.post(
            reverse("admin:allina_question_change", args=[question.pk]),
            {"staff_label": "null"},
        )
        assert listing.status_code == 302 and "/login/" in listing["Location"]
        assert change.status_code == 302 and "/login/" in change["Location"]
    question.refresh_from_db()
    assert question.staff_label == ""


def test_staff_without_the_permission_cannot_label(client, django_user_model, questions):
    clerk = django_user_model.objects.create_user(
        username="clerk", email="clerk@example.com", password="clerk-pass", is_staff=True
    )
    client.force_login(clerk)

    assert client.get(CHANGELIST).status_code == 403
    question = questions["silent"]
    client.post(
        reverse("admin:allina_question_change", args=[question.pk]), {"staff_label": "null"}
    )
    question.refresh_from_db()
    assert question.staff_label == ""


def test_staff_label_on_the_question_page(staff_client, staff, questions):
    question = questions["sent_on"]

    response = staff_client.post(
        reverse("admin:allina_question_change", args=[question.pk]), {"staff_label": "null"}
    )

    assert response.status_code == 302
    question.refresh_from_db()
    assert question.staff_label == "null" and question.labelled_by == staff
    assert question.intent == "delivery_status"  # what Allina thought stays as it was


def test_staff_see_the_sellers_topic_switches_but_cannot_change_them(staff_client, seller):
    from allina.models import TopicSetting
    from allina.settings_services import topics_update

    topics_update(seller=seller, enabled=["invoice"])
    setting = TopicSetting.objects.get(seller=seller, intent="return")

    listing = staff_client.get(reverse("admin:allina_topicsetting_changelist"))
    change = staff_client.post(
        reverse("admin:allina_topicsetting_change", args=[setting.pk]),
        {"seller": seller.pk, "intent": "return", "enabled": "on"},
    )

    assert listing.status_code == 200 and seller.username in listing.text
    assert change.status_code == 403
    setting.refresh_from_db()
    assert not setting.enabled


def test_the_database_keeps_labels_to_topic_ids_and_null():
    from django.db import IntegrityError, transaction

    question = escalated()

    with pytest.raises(IntegrityError), transaction.atomic():
        Question.objects.filter(pk=question.pk).update(staff_label="Delivery status")
    Question.objects.filter(pk=question.pk).update(staff_label="delivery_status")

    question.refresh_from_db()
    assert question.staff_label == "delivery_status"
