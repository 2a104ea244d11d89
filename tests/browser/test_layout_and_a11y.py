"""The buyer's and the seller's main flows on a phone (390×844) and a desktop (1366×900).

On every page: nothing scrolls sideways (`document.documentElement.scrollWidth` is at most
the window's width), axe-core (vendored, tests/browser/vendor/) finds no serious or
critical WCAG violation, and a screenshot is kept in test-artifacts/screenshots/
(<size>-<page>.png) for a reviewer; CI keeps them as artifacts.
"""

import re

import pytest
from playwright.sync_api import expect

from accounts.services import user_set_language
from messaging.services import message_submit
from orders.services import offer_photo_set
from tests.browser.a11y import AXE, OVERFLOWING, SERIOUS, SETTLED
from tests.browser.a11y import watched as _watched
from tests.conftest import log_in
from tests.factories import MessageFactory, ThreadFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SIZES = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1366, "height": 900}}
THREAD_POLL_MS = 10_000  # an open thread asks every 3 s


def _photo():
    """A product photo as a seller would upload it (a JPEG from a camera)."""
    import io

    from django.core.files.uploadedfile import SimpleUploadedFile
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (640, 480), "#3a6b8c").save(out, "JPEG")
    return SimpleUploadedFile("shirt.jpg", out.getvalue(), content_type="image/jpeg")


@pytest.fixture(params=list(SIZES))
def size(request):
    return request.param


@pytest.fixture
def window(browser, live_server, password, size):
    """`window(user)`: a browser window of this test's size with `user` logged in."""
    contexts = []

    def open_window(user):
        context = browser.new_context(
            base_url=live_server.url, locale="en-GB", viewport=SIZES[size]
        )
        contexts.append(context)
        tab = _watched(context)
        log_in(tab, user, password)
        return tab

    yield open_window
    for context in contexts:
        context.close()


@pytest.fixture
def check(screenshot, size):
    """`check(tab, name)`: the page fits the window, has no serious or critical axe
    finding, kept no Content Security Policy violation, and is photographed."""

    def check_page(tab, name):
        tab.wait_for_load_state()
        tab.wait_for_function(SETTLED)
        scroll_width, window_width = tab.evaluate(
            "[document.documentElement.scrollWidth, window.innerWidth]"
        )
        assert scroll_width <= window_width, (
            f"{name} scrolls sideways at {size}: {scroll_width} > {window_width} px; "
            f"too wide: {tab.evaluate(OVERFLOWING)}"
        )
        if not tab.evaluate("typeof window.axe === 'object'"):
            # Until axe is injected into the page (it sets inline styles itself, which the
            # CSP refuses), the page broke no Content Security Policy rule.
            since_load = tab.console_messages[tab.loaded_at :]
            csp = [m for m in since_load if "Content Security Policy" in m]
            assert not csp, f"{name} at {size}: {csp}"
            tab.evaluate(AXE)
        assert tab.evaluate(SERIOUS) == [], f"{name} at {size}"
        screenshot(tab, f"{size}-{name}")

    return check_page


def _menu(tab, size):
    """On a phone, open the folded navigation (the Menu button says it is collapsed)."""
    if size != "phone":
        expect(tab.get_by_role("button", name="Menu")).to_be_hidden()
        return
    button = tab.get_by_role("button", name="Menu")
    if button.get_attribute("aria-expanded") == "false":
        button.click()
    expect(button).to_have_attribute("aria-expanded", "true")


def _fully_visible(tab, locator):
    """The element is shown and lies within the window's width (not cut off or hidden)."""
    expect(locator).to_be_visible()
    box = locator.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= tab.viewport_size["width"] + 0.5


def test_the_buyers_day_asks_a_question_reads_the_thread_and_checks_out(
    window, check, size, buyer, seller, offer, address
):
    tab = window(buyer)
    check(tab, "buyer-home")

    # a keyboard user's first Tab reaches "Skip to main content", which jumps past the menu
    tab.keyboard.press("Tab")
    skip = tab.get_by_role("link", name="Skip to main content")
    expect(skip).to_be_focused()
    expect(skip).to_be_visible()
    tab.keyboard.press("Enter")
    expect(tab.locator("main")).to_be_focused()

    # the navigation: folded behind Menu on a phone, open on a desktop
    nav_link = tab.get_by_role("link", name="Message Center")
    if size == "phone":
        menu = tab.get_by_role("button", name="Menu")
        expect(menu).to_have_attribute("aria-expanded", "false")
        expect(nav_link).to_be_hidden()
        menu.click()
        expect(menu).to_have_attribute("aria-expanded", "true")
        expect(nav_link).to_be_visible()
        check(tab, "buyer-menu-open")
        tab.keyboard.press("Escape")
        expect(menu).to_have_attribute("aria-expanded", "false")
        expect(nav_link).to_be_hidden()
    else:
        expect(nav_link).to_be_visible()

    tab.goto("/offers/")
    check(tab, "offers")

    # given the buyer on an offer page asks the seller a question
    tab.goto(f"/offers/{offer.pk}/")
    check(tab, "offer")
    tab.get_by_label("Your question").fill("Does the shirt shrink after washing at 40 °C?")
    tab.get_by_role("button", name="Ask the seller").click()
    expect(tab.get_by_text("Your question was sent.")).to_be_visible()
    check(tab, "offer-question-sent")

    # then the conversation shows it
    tab.get_by_role("link", name="Open the conversation").click()
    tab.wait_for_url(re.compile(r"/messages/\d+/$"))
    expect(tab.locator("#message-list .message.mine")).to_contain_text("shrink")
    sidebar = tab.locator(".thread-sidebar")
    if size == "desktop":
        # on a wide screen the thread list stays beside the conversation
        row = sidebar.locator("li.thread", has_text=offer.title)
        expect(row).to_be_visible()
        expect(row.get_by_role("link")).to_have_attribute("aria-current", "page")
        list_box = sidebar.bounding_box()
        talk_box = tab.locator(".conversation").bounding_box()
        assert list_box["x"] + list_box["width"] <= talk_box["x"]
        assert talk_box["y"] < list_box["y"] + list_box["height"]
    else:
        expect(sidebar).to_be_hidden()
    check(tab, "buyer-thread")

    # and the Message Center lists it as a card: who, the product and the date in view
    tab.goto("/messages/")
    row = tab.locator("li.thread", has_text=offer.title)
    for part in (".who strong", ".subject", "time"):
        _fully_visible(tab, row.locator(part))
    expect(row.locator(".who strong")).to_have_text(seller.username)
    check(tab, "buyer-message-center")

    tab.goto(f"/messages/ask/offer/{offer.pk}/")
    check(tab, "ask-a-question")

    # when the buyer buys the offer
    tab.goto(f"/offers/{offer.pk}/")
    tab.get_by_role("button", name="Buy", exact=True).click()
    tab.wait_for_url(re.compile(rf"/offers/{offer.pk}/checkout/"))
    check(tab, "checkout")
    tab.locator(f"#address-{address.pk}").check()  # a locker may share its street
    tab.get_by_role("radio").first.check()
    tab.locator("#pickup-chooser input[type=radio]").first.check()  # the parcel locker
    tab.get_by_role("button", name="Buy and pay").click()
    tab.wait_for_url(re.compile(r"/payments/operator/"))
    check(tab, "payment-operator")
    tab.get_by_role("button", name="Approve").click()
    tab.wait_for_url(re.compile(r"/orders/\d+/$"))
    expect(tab.get_by_role("heading", level=1)).to_be_visible()
    check(tab, "buyer-order")

    # then My orders lists it, and the account pages fit as well
    _menu(tab, size)
    tab.get_by_role("link", name="My orders", exact=True).click()
    tab.wait_for_url("/orders/")
    expect(tab.locator("table.orders tbody tr")).to_have_count(1)
    _fully_visible(tab, tab.locator("table.orders tbody tr").first.locator("code"))
    check(tab, "my-orders")
    tab.goto("/account/")
    check(tab, "account-details")
    tab.goto("/account/addresses/new/")
    check(tab, "address-form")
    tab.goto("/no-such-page/")
    expect(tab.get_by_role("heading", name="Not found")).to_be_visible()
    check(tab, "not-found")


def test_the_sellers_day_reads_the_message_center_replies_and_opens_an_order(
    window, check, size, buyer, seller, thread, order
):
    # given a buyer's question about their order and one about another offer, whose
    # product has a photo
    offer_photo_set(offer=order.lines.first().offer, upload=_photo())
    MessageFactory(thread=thread, text="When will you send my order? I need it by Friday.")
    MessageFactory(
        thread=ThreadFactory(buyer=buyer, offer=order.lines.first().offer),
        text="Do you also have it in blue?",
    )
    tab = window(seller)
    check(tab, "seller-home")

    _menu(tab, size)
    tab.get_by_role("link", name="Message Center").click()
    tab.wait_for_url("/messages/")
    rows = tab.locator("li.thread")
    expect(rows).to_have_count(2)
    for index in range(2):
        for part in (".who strong", ".subject", "time", "img.thumb"):
            _fully_visible(tab, rows.nth(index).locator(part))
        # the photo is loaded and drawn at its 48 px
        assert (
            rows.nth(index)
            .locator("img.thumb")
            .evaluate("img => img.complete && img.naturalWidth === 96 && img.width === 48")
        )
    check(tab, "seller-message-center")

    # when the seller opens the order's thread and replies
    tab.locator("li.thread", has_text="Friday").get_by_role("link").click()
    tab.wait_for_url(re.compile(r"/messages/\d+/$"))
    # the order beside the conversation: folded above it on a phone, a column on a desktop
    panel = tab.locator("#thread-context")
    if size == "phone":
        expect(panel).not_to_have_attribute("open", "")
        panel.get_by_text("Order details").click()
    expect(panel).to_contain_text(order.delivery_address["city"])
    expect(panel.get_by_role("link", name=f"Order {order.transaction_id}")).to_be_visible()
    _fully_visible(tab, panel)
    conversation = tab.locator("section.conversation").bounding_box()
    if size == "phone":
        assert panel.bounding_box()["y"] < conversation["y"]
    else:
        assert panel.bounding_box()["x"] >= conversation["x"] + conversation["width"]
    check(tab, "seller-thread")
    tab.get_by_label("Your reply").fill("It leaves today with DPD; you will have it Thursday.")
    tab.get_by_role("button", name="Send").click()
    expect(tab.locator("#message-list .message.mine")).to_contain_text("Thursday")
    expect(tab.get_by_label("Your reply")).to_have_value("")
    check(tab, "seller-thread-replied")

    # then the Orders tab shows the order as a card with its number, buyer and total
    _menu(tab, size)
    tab.get_by_role("link", name="Orders", exact=True).click()
    tab.wait_for_url(re.compile(r"/sales/"))
    order_row = tab.locator("table.orders tbody tr").first
    _fully_visible(tab, order_row.get_by_role("link", name=order.transaction_id))
    expect(order_row).to_contain_text(buyer.username)
    check(tab, "seller-orders")
    order_row.get_by_role("link", name=order.transaction_id).click()
    tab.wait_for_url(re.compile(rf"/orders/{order.pk}/$"))
    check(tab, "seller-order")

    for link, heading, name in (
        ("Communication settings", "Communication settings", "communication-settings"),
        ("My Sales Quality", "My Sales Quality", "sales-quality"),
        ("Account details", "Account details", "seller-account-details"),
    ):
        _menu(tab, size)
        tab.get_by_role("link", name=link, exact=True).click()
        expect(tab.get_by_role("heading", level=1)).to_contain_text(heading)
        check(tab, name)
    tab.goto("/moderation/notices/")
    expect(tab.get_by_role("heading", name="Notices from our staff")).to_be_visible()
    check(tab, "notices")


def test_the_login_page_fits_and_passes_axe(browser, live_server, check, size):
    context = browser.new_context(base_url=live_server.url, locale="en-GB", viewport=SIZES[size])
    tab = _watched(context)
    tab.goto("/login/")
    check(tab, "login")
    context.close()


def test_a_new_message_from_the_other_side_is_read_out(window, buyer, seller, thread, size):
    if size == "phone":
        pytest.skip("the live region is the same at every size")
    tab = window(buyer)
    tab.goto(f"/messages/{thread.pk}/")
    announcer = tab.locator("#live-announcer")
    expect(announcer).to_have_attribute("aria-live", "polite")
    # when the seller writes while the buyer has the thread open
    message_submit(thread=thread, author=seller, text="Your parcel left our warehouse today.")
    # then the new message appears and a screen reader hears who wrote what
    expect(tab.locator("#message-list .message.theirs")).to_contain_text(
        "left our warehouse", timeout=THREAD_POLL_MS
    )
    expect(announcer).to_have_text(
        f"New message from {seller.username}: Your parcel left our warehouse today."
    )


def test_back_in_the_message_center_shows_the_filter_that_matches_the_list(
    window, seller, thread, size
):
    if size == "phone":
        pytest.skip("history does not depend on the window's size")
    MessageFactory(thread=thread, text="Is the order on its way?")
    tab = window(seller)
    tab.goto("/messages/")
    # given the seller picks "About an offer" (nothing there), then "About an order"
    tab.get_by_label("About an offer").check()
    expect(tab.get_by_text("No conversations here.")).to_be_visible()
    tab.wait_for_url(re.compile(r"filter=offer"))
    tab.get_by_label("About an order").check()
    tab.wait_for_url(re.compile(r"filter=order"))
    expect(tab.locator("li.thread")).to_have_count(1)

    # when they go Back
    tab.go_back()
    tab.wait_for_url(re.compile(r"filter=offer"))
    # then the list and the chosen filter agree: "About an offer", nothing in it
    expect(tab.get_by_text("No conversations here.")).to_be_visible()
    expect(tab.get_by_label("About an offer")).to_be_checked()
    expect(tab.get_by_label("All", exact=True)).not_to_be_checked()

    # and after opening the thread from "About an order" and going Back, the same holds
    tab.go_forward()
    tab.wait_for_url(re.compile(r"filter=order"))
    expect(tab.get_by_label("About an order")).to_be_checked()
    tab.locator("li.thread").get_by_role("link").click()
    tab.wait_for_url(re.compile(r"/messages/\d+/$"))
    tab.go_back()
    tab.wait_for_url(re.compile(r"filter=order"))
    expect(tab.get_by_label("About an order")).to_be_checked()
    expect(tab.locator("li.thread")).to_have_count(1)


@pytest.mark.parametrize("language", ["pl", "cs", "sk", "hu"])
def test_no_page_scrolls_sideways_on_a_phone_in_any_language(
    browser, live_server, password, buyer, seller, thread, order, language
):
    # Longer words (Hungarian, Czech) must wrap as well as English ones do.
    MessageFactory(thread=thread, text="Kiedy wyślesz moje zamówienie?")
    user_set_language(user=seller, language=language)
    context = browser.new_context(base_url=live_server.url, viewport=SIZES["phone"])
    tab = _watched(context)
    tab.goto("/login/")
    tab.locator("input[name=username]").fill(seller.username)
    tab.locator("input[name=password]").fill(password)
    tab.locator("form[action='/login/'] button[type=submit]").click()
    tab.wait_for_url("/")
    wide = []
    for path in (
        "/",
        "/messages/",
        f"/messages/{thread.pk}/",
        "/sales/",
        f"/orders/{order.pk}/",
        f"/offers/{order.lines.first().offer_id}/",
        "/settings/communication/",
        "/account/",
    ):
        assert tab.goto(path).ok
        assert tab.locator("html").get_attribute("lang") == language
        scroll_width = tab.evaluate("document.documentElement.scrollWidth")
        if scroll_width > SIZES["phone"]["width"]:
            wide.append(f"{path}: {scroll_width} px, {tab.evaluate(OVERFLOWING)}")
    context.close()
    assert wide == []


def test_the_sellers_reply_templates_and_bulk_actions_fit_and_pass_axe(
    window, check, size, buyer, seller, thread
):
    MessageFactory(thread=thread, text="Thanks, all good!")
    tab = window(seller)
    tab.goto("/messages/")
    tab.get_by_role("link", name="Reply templates").click()
    expect(tab.get_by_role("heading", level=1)).to_have_text("Reply templates")
    check(tab, "reply-templates-empty")

    # a template with a mistyped placeholder is refused, saying which one
    tab.get_by_role("link", name="Create a template").click()
    tab.get_by_label("Name").fill("Shipped")
    tab.get_by_label("Text", exact=True).fill("Hi {byer_name}, order {order_number} is sent.")
    tab.get_by_role("button", name="Save the template").click()
    expect(tab.get_by_text("Unknown placeholder {byer_name}")).to_be_visible()
    check(tab, "reply-template-form-error")
    tab.get_by_label("Text", exact=True).fill("Hi {buyer_name}, order {order_number} is sent.")
    tab.get_by_label("Text in Polish").fill("Cześć {buyer_name}, zamówienie {order_number}.")
    tab.get_by_role("button", name="Save the template").click()
    expect(tab.locator(".reply-templates")).to_contain_text("Shipped")
    check(tab, "reply-templates")

    # the picker above the reply box, and the thread's own actions
    tab.goto(f"/messages/{thread.pk}/")
    expect(tab.get_by_label("Reply template")).to_be_visible()
    _fully_visible(tab, tab.get_by_role("button", name="No response needed"))
    check(tab, "seller-thread-tools")
    tab.get_by_role("button", name="No response needed").click()
    expect(tab.get_by_text("Marked as needing no response.", exact=True)).to_be_visible()

    # the list with its bulk bar, and the Archived filter
    tab.goto("/messages/")
    tab.get_by_label(f"Select the conversation with {buyer.username}").check()
    tab.get_by_role("button", name="Archive", exact=True).click()
    expect(tab.locator("#live-announcer")).to_contain_text("1 conversation archived.")
    check(tab, "message-center-bulk")
    tab.get_by_text("Archived", exact=True).click()
    expect(tab.locator("li.thread")).to_have_count(1)
    check(tab, "message-center-archived")


def test_the_sellers_api_pages_fit_and_pass_axe(window, check, size, seller, order):
    # Seller API (#19): applications with a tool registered, webhooks with a new secret,
    # a delivery log with a failed and a delivered attempt.
    from tests.api.webhook_receiver import Receiver
    from tests.factories import order_pay

    tab = window(seller)
    tab.goto("/settings/applications/")
    tab.get_by_label("Name of your tool").fill("Warehouse sync")
    tab.get_by_label("orders:read").check()
    tab.get_by_role("button", name="Register").click()
    expect(tab.locator("code.secret")).to_be_visible()
    check(tab, "api-applications")
    with Receiver() as receiver:
        tab.get_by_role("link", name="Webhooks").click()
        tab.get_by_label("Endpoint URL").fill(receiver.url)
        tab.get_by_role("button", name="Add endpoint").click()
        receiver.secret = tab.locator("code.secret").inner_text()
        check(tab, "api-webhooks")
        receiver.answers = [500]
        order_pay(order)
        tab.get_by_role("link", name="Delivery log").click()
        expect(tab.locator("table.webhook-log")).to_contain_text("HTTP 500")
        tab.get_by_role("button", name="Resend").click()
        expect(tab.locator("table.webhook-log tbody tr")).to_have_count(2)
        check(tab, "api-webhook-log")


def test_the_sellers_internal_note_shows_for_the_seller_only_and_passes_axe(
    window, check, size, buyer, seller, thread
):
    MessageFactory(thread=thread, text="Can you ship on Friday?")
    tab = window(seller)
    tab.goto(f"/messages/{thread.pk}/")
    expect(tab.get_by_text("Only your team sees this.", exact=True)).to_be_visible()
    tab.get_by_label("Internal note", exact=True).fill("Ask the warehouse about Friday pickup")
    tab.get_by_role("button", name="Add note").click()
    expect(tab.get_by_text("Ask the warehouse about Friday pickup")).to_be_visible()
    _fully_visible(tab, tab.get_by_role("button", name="Add note"))
    check(tab, "seller-thread-notes")

    buyer_tab = window(buyer)
    buyer_tab.goto(f"/messages/{thread.pk}/")
    expect(
        buyer_tab.locator("#message-list").get_by_text("Can you ship on Friday?")
    ).to_be_visible()
    expect(buyer_tab.get_by_text("Ask the warehouse about Friday pickup")).to_have_count(0)
    expect(buyer_tab.get_by_text("Only your team sees this.")).to_have_count(0)


def test_a_shops_team_member_joins_answers_and_takes_an_assigned_conversation(
    browser, live_server, window, check, size, buyer, seller, thread
):
    """The seller invites a person; she joins from the e-mailed link with her own login,
    answers a buyer for the shop, and the seller sees who wrote it and assigns her the
    conversation, which her "Assigned to me" shows."""
    from accounts.team import TEAM_INVITATION
    from outbox.models import OutboundEmail

    MessageFactory(thread=thread, text="Can you send it gift-wrapped?")
    tab = window(seller)
    _menu(tab, size)
    tab.get_by_role("link", name="Team", exact=True).click()
    tab.wait_for_url("/settings/team/")
    check(tab, "team")
    tab.get_by_label("Name").fill("Ewa Kowalska")
    tab.get_by_label("E-mail address").fill("ewa@shop.example")
    tab.get_by_role("button", name="Send the invitation").click()
    expect(tab.get_by_text("Invited, not joined yet")).to_be_visible()
    check(tab, "team-invited")

    body = OutboundEmail.objects.get(kind=TEAM_INVITATION).body
    link = re.search(r"/team/join/\S+/", body).group(0)
    context = browser.new_context(base_url=live_server.url, locale="en-GB", viewport=SIZES[size])
    member = _watched(context)
    member.goto(link)
    expect(member.get_by_role("heading", name="Join a seller's team")).to_be_visible()
    check(member, "team-join")
    member.get_by_label("Login").fill("ewa")
    member.get_by_label("Password", exact=True).fill("correct-horse-battery-42")
    member.get_by_label("Password again").fill("correct-horse-battery-42")
    member.get_by_role("button", name="Join").click()
    member.wait_for_url("/messages/")
    expect(member.locator(".whoami")).to_contain_text(f"for {seller.display_name}")
    check(member, "member-message-center")

    member.locator("li.thread", has_text="gift-wrapped").get_by_role("link").click()
    member.wait_for_url(re.compile(r"/messages/\d+/$"))
    member.get_by_label("Your reply").fill("Yes, gift wrapping is free.")
    member.get_by_role("button", name="Send").click()
    expect(member.locator("#message-list .message.mine")).to_contain_text("gift wrapping")
    check(member, "member-thread")

    tab.goto(f"/messages/{thread.pk}/")
    reply = tab.locator("#message-list .message.mine", has_text="gift wrapping")
    expect(reply).to_contain_text("written by Ewa Kowalska")
    tab.get_by_label("Assigned to").select_option(label="Ewa Kowalska")
    tab.get_by_role("button", name="Assign").click()
    expect(tab.get_by_text("Saved.")).to_be_visible()
    check(tab, "thread-assigned")

    member.goto("/messages/?filter=mine")
    expect(member.locator("li.thread")).to_have_count(1)
    expect(member.locator("li.thread")).to_contain_text(buyer.username)
    check(member, "member-assigned-to-me")
    context.close()
