"""Allina in a real browser, with the real classifier: a buyer whose order is on its way
asks "gdzie jest moja paczka?", sees her answer with the tracking data at once, sends the
question on with [yes, send it], and the seller sees it, marked as seen by Allina.

Screenshots go to test-artifacts/screenshots/allina-*.png.
"""

from datetime import date, timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from accounts.services import user_set_language
from allina.classifier import get_model
from allina.models import Question
from messaging.models import MessageState
from orders.models import ShipmentStatus
from tests.factories import order_pay, order_ship

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("allina_on"),
]

TRACKING = "620000000000000000000001"


def test_buyer_gets_allinas_answer_and_sends_the_question_on(
    window_for, buyer, seller, order, screenshot
):
    # Her model is loaded (or built, in a fresh checkout) before the clock of the page's
    # waits starts, as a worker does when it starts.
    get_model()
    for user in (buyer, seller):
        user_set_language(user=user, language="en")
    order_pay(order)
    order_ship(
        order,
        expected_delivery=date.today() + timedelta(days=1),
        events=[
            (
                ShipmentStatus.IN_TRANSIT,
                timezone.now() - timedelta(hours=3),
                "Przesyłka w sortowni",
                "Warszawa",
            )
        ],
    )
    buyer_tab = window_for(buyer)
    buyer_tab.goto(f"/messages/ask/order/{order.pk}/")
    buyer_tab.get_by_label("Your question").fill("gdzie jest moja paczka?")
    buyer_tab.get_by_role("button", name="Ask the seller").click()

    answer = buyer_tab.locator(".allina-answer")
    expect(answer).to_be_visible(timeout=10_000)
    expect(answer).to_contain_text(TRACKING)
    expect(answer).to_contain_text("InPost")
    expect(answer).to_contain_text("Przesyłka w sortowni")
    expect(answer.get_by_role("link").first).to_have_attribute(
        "href", f"https://inpost.pl/sledzenie-przesylek?number={TRACKING}"
    )
    # and a screen reader hears it: the page's live region reads out her answer
    announcer = buyer_tab.locator("#live-announcer")
    expect(announcer).to_have_attribute("aria-live", "polite")
    expect(announcer).to_contain_text("Allina answered your question:")
    expect(announcer).to_contain_text(TRACKING)
    # the form no longer says she is checking: it says where her answer is
    status = buyer_tab.locator("#ask-status")
    expect(status).to_contain_text("Allina answered your question; her answer is below.")
    expect(status).not_to_contain_text("checking")
    question = Question.objects.get()
    assert question.status == "answered" and question.language == "pl"
    screenshot(buyer_tab, "allina-answer")

    answer.get_by_role("button", name="Yes, send it").click()
    expect(buyer_tab.get_by_role("status").filter(has_text="sent to the seller")).to_be_visible()
    question.refresh_from_db()
    assert question.choice == "yes"
    assert question.message.state == MessageState.DELIVERED
    screenshot(buyer_tab, "allina-yes-send-it")

    seller_tab = window_for(seller)
    seller_tab.goto("/messages/")
    seller_tab.get_by_role("link", name=f"Order {order.transaction_id}").first.click()
    conversation = seller_tab.locator("#message-list")
    expect(conversation.get_by_text("gdzie jest moja paczka?")).to_be_visible()
    seen = seller_tab.locator(".allina-seen")
    expect(seen).to_contain_text("Seen by Allina")
    seen.locator("summary").click()
    expect(seen).to_contain_text(TRACKING)
    screenshot(seller_tab, "allina-seller-sees-question")
    csp = [
        m for t in (buyer_tab, seller_tab) for m in t.console_messages if "Content Security" in m
    ]
    assert csp == []
