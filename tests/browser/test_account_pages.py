"""The account pages in a real browser (Debian's Chromium driven by Playwright)."""

import pytest
from playwright.sync_api import expect

from accounts.models import CommunicationSettings
from accounts.services import user_set_language
from tests.conftest import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def _english_ui(buyer, seller):
    # The factories register accounts on the Polish site; these tests read English labels.
    for user in (buyer, seller):
        user_set_language(user=user, language="en")


def test_a_seller_logs_in_and_switches_allina_off_without_a_reload(
    allina_on, page, seller, password
):
    # given a seller on their Communication settings page
    log_in(page, seller, password)
    page.get_by_role("link", name="Communication settings", exact=True).click()
    page.wait_for_url("/settings/communication/")
    page.evaluate("window.__samePage = true")
    # when they untick Allina and save
    page.get_by_label("Let Allina answer").uncheck()
    page.get_by_role("button", name="Save").click()
    # then the form says so in place (htmx, no navigation) and the setting is stored
    page.get_by_text("Saved.").wait_for()
    expect(page.get_by_text("every buyer's question goes straight to you")).to_be_visible()
    expect(page.get_by_text("Allina is off: every question goes straight to you.")).to_be_visible()
    assert page.evaluate("window.__samePage") is True
    assert not CommunicationSettings.objects.get(user=seller).allina_enabled
    # and nothing on the page broke the Content Security Policy
    assert not [m for m in page.console_messages if "Content Security Policy" in m]


def test_a_wrong_password_shows_an_error_and_keeps_the_visitor_out(page, buyer):
    page.goto("/login/")
    page.get_by_label("Login").fill(buyer.username)
    page.get_by_label("Password").fill("wrong-password")
    page.get_by_role("button", name="Log in").click()
    # the answer page says so (waited for: the click only starts the navigation)
    expect(page.get_by_role("alert")).to_be_visible()
    page.goto("/")
    assert "/login/" in page.url


def test_the_language_switcher_changes_the_page_language(page, buyer, password):
    log_in(page, buyer, password)
    page.get_by_label("Language").select_option("hu")
    page.get_by_role("button", name="Change").click()
    page.wait_for_load_state()
    assert page.locator("html").get_attribute("lang") == "hu"
