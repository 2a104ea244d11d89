"""The seller's switches for Allina in Communication settings: the global one and, beyond
the seed, one per topic; off and on again at any time, with a confirmation that says what
changed, and the flow following them."""

from html import unescape

import pytest
from django.urls import reverse

from accounts.models import CommunicationSettings
from accounts.selectors import communication_settings_for_user
from accounts.services import user_set_language
from allina import settings_services
from allina.classifier import INTENTS, Prediction
from allina.models import Question, QuestionStatus, TopicSetting
from core.exceptions import DomainError
from messaging import services as messaging_services
from messaging.models import MessageState
from tests.factories import ThreadFactory

# Sellers start with Allina on, as a new seller does (tests/factories.py makes them off).
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("allina_on")]

URL = reverse("communication_settings")
HX = {"HX-Request": "true"}


@pytest.fixture(autouse=True)
def english(seller):
    user_set_language(user=seller, language="en")


def enabled_topics(seller) -> set[str]:
    return {
        s.intent for s in settings_services.topic_switches_for_seller(seller=seller) if s.enabled
    }


# The services.


def test_every_topic_is_on_until_the_seller_switches_it_off(seller):
    switches = settings_services.topic_switches_for_seller(seller=seller)

    assert [s.intent for s in switches] == list(INTENTS)
    assert all(s.enabled for s in switches)
    assert switches[0].label == "Where the parcel is (delivery status)"


def test_topics_update_switches_the_unticked_ones_off_and_back_on(seller):
    settings_services.topics_update(seller=seller, enabled=set(INTENTS) - {"invoice", "return"})

    assert enabled_topics(seller) == set(INTENTS) - {"invoice", "return"}
    assert not TopicSetting.objects.get(seller=seller, intent="invoice").enabled

    settings_services.topics_update(seller=seller, enabled=INTENTS)

    assert enabled_topics(seller) == set(INTENTS)


def test_an_unknown_topic_is_refused_and_nothing_changes(seller):
    with pytest.raises(DomainError, match="no such topic: haggling"):
        settings_services.topics_update(seller=seller, enabled=["invoice", "haggling"])

    assert enabled_topics(seller) == set(INTENTS)
    assert not TopicSetting.objects.filter(seller=seller).exists()


def test_the_confirmation_says_what_changed(seller):
    save = settings_services.allina_settings_save

    off = save(seller=seller, allina_enabled=False, topics=INTENTS)
    assert off.message.startswith("Saved. Allina is off now: every buyer's question goes")
    assert "switch her on again at any time" in off.message

    on = save(seller=seller, allina_enabled=True, topics=set(INTENTS) - {"invoice"})
    assert on.message == "Saved. Allina is on again and answers questions on 10 of 11 topics."

    fewer = save(seller=seller, allina_enabled=True, topics=["return"])
    assert fewer.message.startswith("Saved. Allina answers questions on 1 of 11 topics;")

    same = save(seller=seller, allina_enabled=True, topics=["return"])
    assert same.message == "Saved. Nothing changed."
    assert enabled_topics(seller) == {"return"}


def test_saving_without_topics_leaves_them_as_they_are(seller):
    settings_services.topics_update(seller=seller, enabled=["invoice"])

    settings_services.allina_settings_save(seller=seller, allina_enabled=False, topics=None)

    assert enabled_topics(seller) == {"invoice"}
    assert not communication_settings_for_user(user=seller).allina_enabled


def test_only_sellers_have_allinas_settings(buyer):
    with pytest.raises(DomainError):
        settings_services.allina_settings_save(seller=buyer, allina_enabled=False)
    assert not TopicSetting.objects.filter(seller=buyer).exists()


# The page.


def test_the_page_lists_every_topic_ticked(seller_client):
    page = seller_client.get(URL).text

    assert "Topics Allina answers" in page
    for intent in INTENTS:
        assert f'value="{intent}"' in page
    assert page.count('name="allina_topics"') == len(INTENTS)
    assert page.count("checked") == len(INTENTS) + 1  # every topic and the global switch
    assert "Changing invoice data" in page


def test_a_seller_switches_two_topics_off_and_on_again(seller_client, seller):
    topics = [i for i in INTENTS if i not in ("invoice", "complaint")]

    response = seller_client.post(
        URL, {"allina_enabled": "on", "allina_topics": topics, "topics_shown": "True"}
    )

    assert response.status_code == 302
    assert enabled_topics(seller) == set(topics)
    page = seller_client.get(URL).text
    assert "Allina answers questions on 9 of 11 topics" in page  # the flash message
    assert 'value="invoice" id="id_allina_topics_5">' in page  # unticked
    assert 'value="return" id="id_allina_topics_8" checked>' in page

    seller_client.post(
        URL, {"allina_enabled": "on", "allina_topics": INTENTS, "topics_shown": "True"}
    )
    assert enabled_topics(seller) == set(INTENTS)


def test_switching_allina_off_and_on_keeps_the_topics(seller_client, seller):
    settings_services.topics_update(seller=seller, enabled=["delivery_status", "return"])

    off = seller_client.post(
        URL, {"allina_topics": ["delivery_status", "return"], "topics_shown": "True"}, headers=HX
    )

    assert "Allina is off now: every buyer's question goes straight to you." in unescape(off.text)
    assert "Allina is off: every question goes straight to you." in off.text
    assert "They apply once you switch Allina on again." in off.text
    assert not CommunicationSettings.objects.get(user=seller).allina_enabled

    on = seller_client.post(
        URL,
        {
            "allina_enabled": "on",
            "allina_topics": ["delivery_status", "return"],
            "topics_shown": "True",
        },
        headers=HX,
    )

    assert "Allina is on again and answers questions on 2 of 11 topics." in on.text
    assert CommunicationSettings.objects.get(user=seller).allina_enabled
    assert enabled_topics(seller) == {"delivery_status", "return"}


def test_an_unknown_topic_in_the_form_is_refused_and_nothing_is_saved(seller_client, seller):
    response = seller_client.post(
        URL, {"allina_topics": ["invoice", "haggling"], "topics_shown": "True"}, headers=HX
    )

    assert response.status_code == 422
    assert "Select a valid choice. haggling is not one of the available choices." in response.text
    assert communication_settings_for_user(user=seller).allina_enabled
    assert enabled_topics(seller) == set(INTENTS)


# The flow follows the switches.


def keyword_classify(text):
    """Stand-in classifier for these tests: the flow is what is under test here."""
    if "delivery options" in text.lower():
        return Prediction(intent="delivery_options", confidence=0.99, language="en")
    return Prediction(intent=None, confidence=0.2, language="en")


@pytest.fixture
def ask(allina_on, settings, buyer, offer, django_capture_on_commit_callbacks):
    settings.ALLINA_CLASSIFIER = "tests.allina.test_settings.keyword_classify"
    thread = ThreadFactory(buyer=buyer, offer=offer)

    def send(text="What delivery options do you have?"):
        with django_capture_on_commit_callbacks(execute=True):
            message = messaging_services.message_submit(thread=thread, author=buyer, text=text)
        message.refresh_from_db()
        return message, Question.objects.get(message=message)

    return send


def test_a_topic_switched_off_goes_straight_to_the_seller(ask, seller):
    settings_services.topics_update(seller=seller, enabled=set(INTENTS) - {"delivery_options"})

    message, question = ask()

    assert message.state == MessageState.DELIVERED
    assert question.status == QuestionStatus.OFF and question.answer_text == ""

    settings_services.topics_update(seller=seller, enabled=INTENTS)
    message, question = ask()

    assert message.state == MessageState.HELD
    assert question.status == QuestionStatus.ANSWERED
    assert "Delivery options" in question.answer_text


def test_allina_switched_off_and_on_again(ask, seller):
    settings_services.allina_settings_save(seller=seller, allina_enabled=False)

    message, question = ask()

    assert message.state == MessageState.DELIVERED
    assert question.status == QuestionStatus.OFF

    settings_services.allina_settings_save(seller=seller, allina_enabled=True)
    message, question = ask()

    assert message.state == MessageState.HELD
    assert question.status == QuestionStatus.ANSWERED
