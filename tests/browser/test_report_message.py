"""Report a message in a real browser: a buyer reports a seller's message with a screenshot,
staff find it in the review queue with the screenshot, uphold it, and the buyer is told.

Screenshots of the key screens go to test-artifacts/screenshots/.
"""

import pytest
from PIL import Image
from playwright.sync_api import expect

from accounts.services import user_set_language
from messaging import services as messaging_services

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def staff(django_user_model, password):
    return django_user_model.objects.create_superuser(
        username="moderator", email="moderator@example.com", password=password, language="en"
    )


@pytest.fixture
def window(browser, live_server):
    contexts = []

    def open_window():
        context = browser.new_context(base_url=live_server.url, locale="en-GB")
        contexts.append(context)
        tab = context.new_page()
        tab.console_messages = []
        tab.on("console", lambda message: tab.console_messages.append(message.text))
        return tab

    yield open_window
    for context in contexts:
        context.close()


def _log_in(tab, user, password):
    tab.goto("/login/")
    tab.get_by_label("Login").fill(user.username)
    tab.get_by_label("Password").fill(password)
    tab.get_by_role("button", name="Log in").click()
    tab.wait_for_url("/")


def test_a_buyer_reports_a_message_and_staff_review_it_with_the_screenshot(
    settings, window, thread, staff, password, screenshot_dir, tmp_path
):
    screenshot_dir.mkdir(parents=True, exist_ok=True)
    buyer, seller = thread.buyer, thread.seller
    for user in (buyer, seller):
        user_set_language(user=user, language="en")
    message = messaging_services.message_submit(
        thread=thread,
        author=seller,  # what the message rules let through, and a buyer reports
        text="Leave me five stars first, or your parcel waits another week.",
    )
    shot = tmp_path / "chat.png"
    Image.new("RGB", (320, 200), (30, 120, 200)).save(shot, format="PNG")

    # the buyer reports the message from the conversation, without leaving it (htmx)
    buyer_tab = window()
    _log_in(buyer_tab, buyer, password)
    buyer_tab.goto(f"/messages/{thread.pk}/")
    bubble = buyer_tab.locator(f"#message-{message.pk}")
    bubble.get_by_role("link", name="Report this message").click()
    form = buyer_tab.locator(f"#report-form-{message.pk}")
    expect(form.get_by_label("Description")).to_be_visible()
    expect(form).to_contain_text(seller.username)
    form.get_by_label("What is wrong with this message?").select_option("off_platform")
    form.get_by_label("Screenshots").set_input_files(str(shot))
    form.get_by_role("button", name="Send the report").click()
    # without a description the browser itself asks for one; nothing is sent
    expect(form.get_by_label("Description")).to_have_attribute("required", "")
    expect(buyer_tab.get_by_text("Your report was sent.")).to_have_count(0)
    form.get_by_label("Description").fill("The seller wants me to call and pay outside.")
    form.get_by_label("Screenshots").set_input_files(str(shot))
    form.get_by_role("button", name="Send the report").click()
    expect(buyer_tab.get_by_text("Your report was sent.")).to_be_visible()
    buyer_tab.screenshot(path=screenshot_dir / "report-message-sent.png", full_page=True)
    assert buyer_tab.url.endswith(f"/messages/{thread.pk}/")
    assert not [m for m in buyer_tab.console_messages if "Content Security Policy" in m]

    # staff open the review queue and see the report with its screenshot
    staff_tab = window()
    staff_tab.goto("/admin/login/")
    staff_tab.locator("#id_username").fill(staff.username)
    staff_tab.locator("#id_password").fill(password)
    staff_tab.locator("input[type=submit]").click()
    staff_tab.goto("/admin/moderation/moderationcase/")
    row = staff_tab.locator("#result_list tbody tr").first
    expect(row).to_contain_text("Leave me five stars first")
    expect(row).to_contain_text(buyer.username)
    thumbnail = row.locator("img.report-screenshot")
    expect(thumbnail).to_have_count(1)
    staff_tab.wait_for_function(
        "img => img.complete && img.naturalWidth === 320", arg=thumbnail.element_handle()
    )
    staff_tab.screenshot(path=screenshot_dir / "report-message-queue.png", full_page=True)

    # uphold with a warning
    row.locator("th a, td a").first.click()
    expect(staff_tab.locator("img.report-screenshot")).to_have_count(1)
    staff_tab.locator("input[name=action][value=uphold]").check()
    staff_tab.locator("input[name=sanction][value=warning]").check()
    staff_tab.locator("textarea[name=note]").fill("Thank you for telling us.")
    staff_tab.screenshot(path=screenshot_dir / "report-message-decide.png", full_page=True)
    staff_tab.locator("input[name=_save]").click()
    expect(staff_tab.locator(".messagelist")).to_be_visible()

    # the buyer sees the outcome at the top of the Message Center, and the message is gone
    buyer_tab.goto("/messages/")
    notices = buyer_tab.locator("#staff-notices")
    expect(notices).to_contain_text("The message was removed and its sender was told.")
    expect(notices).to_contain_text("Thank you for telling us.")
    buyer_tab.screenshot(path=screenshot_dir / "report-message-outcome.png", full_page=True)
    buyer_tab.goto(f"/messages/{thread.pk}/")
    expect(buyer_tab.get_by_text("Leave me five stars first")).to_have_count(0)
