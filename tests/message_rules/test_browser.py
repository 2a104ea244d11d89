"""A blocked question in a real browser: the reason appears in place, the draft stays."""

import re

import pytest
from playwright.sync_api import expect

from accounts.services import user_set_language
from messaging.models import Message, MessageState
from tests.conftest import log_in, watched_tab

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def buyer_tab(browser, live_server, password, buyer):
    user_set_language(user=buyer, language="en")
    context = browser.new_context(base_url=live_server.url, locale="en-GB")
    tab = watched_tab(context)
    log_in(tab, buyer, password)
    yield tab
    context.close()


def test_a_blocked_question_shows_which_part_broke_which_rule_and_keeps_the_draft(
    buyer_tab, offer, screenshot_dir
):
    draft = "Is the shirt available in L? Buy directly from me, call 6 0 1 2 3 4 5 6 7"
    # given the buyer on the offer page asks a question that offers a deal off the platform
    buyer_tab.goto(f"/offers/{offer.pk}/")
    buyer_tab.evaluate("window.__samePage = true")
    buyer_tab.get_by_label("Your question").fill(draft)
    buyer_tab.get_by_role("button", name="Ask the seller").click()
    # then the form says why, in place, and the draft is still there to fix
    alert = buyer_tab.locator("#ask-form .errors[role=alert]").first
    expect(alert).to_contain_text("Your message was not sent because it breaks the message rules")
    expect(alert).to_contain_text("“Buy directly from me”: Trading outside the platform")  # one
    expect(alert).to_contain_text("“6 0 1 2 3 4 5 6 7”: Trading outside the platform")
    expect(buyer_tab.get_by_label("Your question")).to_have_value(draft)
    expect(buyer_tab.get_by_text("Your question was sent.")).to_have_count(0)
    assert buyer_tab.evaluate("window.__samePage") is True
    screenshot_dir.mkdir(parents=True, exist_ok=True)
    buyer_tab.screenshot(path=screenshot_dir / "rules-01-blocked-question.png", full_page=True)

    # when the buyer removes those parts and sends again
    buyer_tab.get_by_label("Your question").fill("Is the shirt available in L?")
    buyer_tab.get_by_role("button", name="Ask the seller").click()
    # then it goes
    expect(buyer_tab.get_by_text("Your question was sent.")).to_be_visible()
    states = list(Message.objects.order_by("pk").values_list("state", flat=True))
    assert states[0] == MessageState.BLOCKED and states[1] != MessageState.BLOCKED
    assert re.search(r"/offers/\d+/$", buyer_tab.url)
