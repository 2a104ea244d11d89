"""A translated message in a real browser: pending, then above the original, one click to
the original alone, and reporting a bad translation. Screenshots in test-artifacts/."""

import re

import pytest
from playwright.sync_api import expect

from messaging import services as messaging_services
from tests.factories import OfferFactory, OrderFactory, SellerFactory, ThreadFactory, UserFactory
from translation import tasks
from translation.models import MessageTranslation, TranslationReport

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

POLISH = "Dzień dobry, paczka została wysłana dzisiaj, numer przesyłki 620000000000000000000001."
ENGLISH = "Hello, the parcel was sent today, tracking number 620000000000000000000001."


@pytest.fixture
def thread_to_an_english_reader(db):
    seller = SellerFactory(username="kasia_sklep", language="")  # writes Polish
    buyer = UserFactory(username="john", registration_marketplace="cz", language="en")
    order = OrderFactory(buyer=buyer, offer=OfferFactory(seller=seller))
    return ThreadFactory(buyer=buyer, order=order)


def test_the_translation_appears_above_the_original_and_can_be_switched_off(
    page, thread_to_an_english_reader, translation_on, password, screenshot_dir, monkeypatch
):
    thread = thread_to_an_english_reader
    # given a Polish message whose translation task is still on its way to a worker
    monkeypatch.setattr("translation.services.enqueue_on_commit", lambda task, *args: None)
    message = messaging_services.message_submit(thread=thread, author=thread.seller, text=POLISH)
    translation = MessageTranslation.objects.get(message=message)
    # when the English-speaking buyer opens the conversation
    page.goto("/login/")
    page.get_by_label("Login").fill(thread.buyer.username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url("/")
    page.goto(f"/messages/{thread.pk}/")
    article = page.locator(f"#message-{message.pk}")
    # then the original is there at once, with the translation pending
    expect(article).to_contain_text(POLISH)
    expect(article).to_contain_text("Translation pending…")
    # and when the translation is done, it appears without a reload, above the original
    tasks.message_translate(translation.pk)
    notice = article.get_by_text("Automatically translated from Polish")
    expect(notice).to_be_visible(timeout=10_000)
    translated = article.locator(".translated")
    expect(translated).to_have_text(ENGLISH)
    original_box = article.locator(".text").last.bounding_box()
    assert translated.bounding_box()["y"] < original_box["y"]
    screenshot_dir.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=screenshot_dir / "translation-above-original.png", full_page=True)
    # one click on the notice leaves the original alone; another brings the translation
    notice.click()
    expect(translated).to_be_hidden()
    expect(article.locator(".text").last).to_have_text(POLISH)
    notice.click()
    expect(translated).to_be_visible()
    # reporting a bad translation is one more click
    article.get_by_role("button", name="Report a bad translation").click()
    expect(article.get_by_role("status")).to_have_text(
        re.compile("We will check this translation")
    )
    assert TranslationReport.objects.filter(reporter=thread.buyer).count() == 1
    assert not [m for m in page.console_messages if "Content Security Policy" in m]
