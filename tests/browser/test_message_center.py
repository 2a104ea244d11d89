"""The Message Center in a real browser: a buyer and a seller, each in a window of their own.

Screenshots of the key screens go to test-artifacts/screenshots/ (git ignores it), so a
reviewer can look at them after a run.
"""

import re

import pytest
from PIL import Image
from playwright.sync_api import expect

from accounts.services import user_set_language
from messaging.models import ReplyTemplate
from tests.conftest import log_in, watched_tab
from tests.factories import MessageFactory, OfferFactory, ThreadFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

BADGE_POLL_MS = 15_000  # the nav badge asks every 10 s
THREAD_POLL_MS = 10_000  # an open thread asks every 3 s
UNREAD = re.compile(r"\bunread\b")
EMPTY = re.compile(r"\bempty\b")


@pytest.fixture(autouse=True)
def _english_ui(buyer, seller):
    # The factories register accounts on the Polish site; these tests read English labels.
    for user in (buyer, seller):
        user_set_language(user=user, language="en")


@pytest.fixture
def photo(tmp_path):
    path = tmp_path / "shirt-label.png"
    Image.new("RGB", (240, 160), (200, 60, 40)).save(path, format="PNG")
    return path


def _csp_violations(*tabs):
    return [m for tab in tabs for m in tab.console_messages if "Content Security Policy" in m]


def test_a_question_and_a_reply_with_a_photo_reach_both_sides_without_reloading(
    window_for, buyer, seller, offer, photo, screenshot
):
    seller_tab = window_for(seller)
    buyer_tab = window_for(buyer)
    question = "Is the shirt still available in size L?"
    answer = "Yes, size L is in stock. Here is the label."

    # given the buyer on the offer page asks the seller a question
    buyer_tab.goto(f"/offers/{offer.pk}/")
    buyer_tab.evaluate("window.__samePage = true")
    buyer_tab.get_by_label("Your question").fill(question)
    buyer_tab.get_by_role("button", name="Ask the seller").click()
    # then the form says so in place (htmx, no navigation) and is empty again
    expect(buyer_tab.get_by_text("Your question was sent.")).to_be_visible()
    expect(buyer_tab.get_by_label("Your question")).to_have_value("")
    assert buyer_tab.evaluate("window.__samePage") is True
    expect(buyer_tab.locator("#ask-form .htmx-indicator")).to_have_css("opacity", "0")
    screenshot(buyer_tab, "01-buyer-offer-question-sent")

    # when the seller's nav badge polls, it counts one unread conversation
    seller_badge = seller_tab.locator("#unread-badge")
    expect(seller_badge).to_have_text("1", timeout=BADGE_POLL_MS)
    # and the Message Center lists it as unread, with the buyer's login and the question
    seller_tab.get_by_role("link", name="Message Center").click()
    seller_tab.wait_for_url("/messages/")
    row = seller_tab.locator("li.thread", has_text=buyer.username)
    expect(row).to_have_class(UNREAD)
    expect(row.locator(".subject")).to_have_text(offer.title)
    expect(row.locator(".preview")).to_have_text(question)
    expect(row.locator(".badge.count")).to_have_text("1")
    screenshot(seller_tab, "02-seller-message-center-unread")

    # meanwhile the buyer opens the conversation and keeps it open
    buyer_tab.get_by_role("link", name="Open the conversation").click()
    buyer_tab.wait_for_url(re.compile(r"/messages/\d+/$"))
    expect(buyer_tab.locator("#message-list .message.mine")).to_have_text(re.compile(question))
    # not repeated as a flash notice (the thread list beside the conversation, on a wide
    # window, shows it as the thread's last message: that is not a repeat)
    page_text = buyer_tab.locator("main > :not(.thread-layout), .thread-main")
    expect(page_text.get_by_text(question)).to_have_count(1)
    buyer_tab.evaluate("window.__samePage = true")

    # when the seller opens the thread and goes back to the list
    row.get_by_role("link").click()
    seller_tab.wait_for_url(re.compile(r"/messages/\d+/$"))
    expect(seller_tab.locator("#message-list .message.theirs")).to_have_text(re.compile(question))
    seller_tab.go_back()
    seller_tab.wait_for_url("/messages/")
    # then neither the list nor the badge calls it unread any more
    row = seller_tab.locator("li.thread", has_text=buyer.username)
    expect(row).not_to_have_class(UNREAD)
    expect(row.locator(".badge.count")).to_have_count(0)
    expect(seller_tab.locator("#unread-badge")).to_have_class(EMPTY)
    expect(seller_tab.locator("#unread-badge")).to_have_text("")

    # when the seller replies with text and a photo
    row.get_by_role("link").click()
    seller_tab.wait_for_url(re.compile(r"/messages/\d+/$"))
    seller_tab.get_by_label("Your reply").fill(answer)
    seller_tab.get_by_label("Attachments").set_input_files(photo)
    seller_tab.get_by_role("button", name="Send").click()
    # then the seller's own thread shows it at once and the reply box is empty again
    expect(seller_tab.locator("#message-list .message.mine")).to_have_text(re.compile(answer))
    expect(seller_tab.get_by_label("Your reply")).to_have_value("")

    # and the buyer's open thread shows the reply and the photo without a reload
    reply = buyer_tab.locator("#message-list .message.theirs")
    expect(reply).to_have_text(re.compile(re.escape(answer)), timeout=THREAD_POLL_MS)
    image = reply.locator("img")
    expect(image).to_have_attribute("alt", "shirt-label.png")
    expect(image).to_be_visible()
    expect(image).to_have_js_property("naturalWidth", 240)  # loaded and decoded
    assert buyer_tab.evaluate("window.__samePage") is True
    screenshot(buyer_tab, "03-buyer-thread-reply-with-photo")
    # and the photo is served to the buyer as a PNG
    response = buyer_tab.request.get(image.get_attribute("src"))
    assert response.status == 200
    assert response.headers["content-type"] == "image/png"
    assert response.body()[:8] == b"\x89PNG\r\n\x1a\n"

    # and the buyer's badge, on its next poll, has nothing unread: the open thread read it
    with buyer_tab.expect_request(
        lambda r: r.url.endswith("/messages/unread/"), timeout=BADGE_POLL_MS
    ) as badge_poll:
        pass
    assert "empty" in badge_poll.value.response().text()
    expect(buyer_tab.locator("#unread-badge")).to_have_class(EMPTY)
    expect(buyer_tab.locator("#unread-badge")).to_have_text("")
    assert buyer_tab.evaluate("window.__samePage") is True

    assert not _csp_violations(buyer_tab, seller_tab)
    assert not buyer_tab.dialogs and not seller_tab.dialogs


def test_the_buyer_badge_counts_an_unread_reply_until_the_thread_is_opened(
    window_for, buyer, seller, offer
):
    # given a seller's reply the buyer has not read yet
    thread = ThreadFactory(buyer=buyer, offer=offer)
    MessageFactory(thread=thread, author=buyer, text="Do you ship to Kraków?")
    MessageFactory(thread=thread, author=seller, text="Yes, by courier.")
    buyer_tab = window_for(buyer)
    # then the buyer's badge and list show it unread
    expect(buyer_tab.locator("#unread-badge")).to_have_text("1")
    buyer_tab.get_by_role("link", name="Message Center").click()
    buyer_tab.wait_for_url("/messages/")
    row = buyer_tab.locator("li.thread", has_text=seller.username)
    expect(row).to_have_class(UNREAD)
    expect(row.locator(".preview")).to_have_text("Yes, by courier.")
    # when the buyer opens the thread
    row.get_by_role("link").click()
    buyer_tab.wait_for_url(f"/messages/{thread.pk}/")
    # then the badge on that page is already empty, and so is the list's marker
    expect(buyer_tab.locator("#unread-badge")).to_have_class(EMPTY)
    buyer_tab.get_by_role("link", name="← Message Center").click()
    buyer_tab.wait_for_url("/messages/")
    expect(buyer_tab.locator("li.thread", has_text=seller.username)).not_to_have_class(UNREAD)
    assert not _csp_violations(buyer_tab)


def test_a_reply_refused_for_its_attachment_keeps_the_draft(
    window_for, buyer, offer, tmp_path, screenshot
):
    # given the buyer in a conversation, with a text file that only pretends to be a PNG
    thread = ThreadFactory(buyer=buyer, offer=offer)
    MessageFactory(thread=thread, author=buyer, text="Is it linen or cotton?")
    fake = tmp_path / "receipt.png"
    fake.write_text("not an image at all\n")
    draft = "Here is my receipt.\nCould you check it, please?"
    buyer_tab = window_for(buyer)
    buyer_tab.goto(f"/messages/{thread.pk}/")
    buyer_tab.evaluate("window.__samePage = true")
    # when they send a reply with it
    buyer_tab.get_by_label("Your reply").fill(draft)
    buyer_tab.get_by_label("Attachments").set_input_files(fake)
    buyer_tab.get_by_role("button", name="Send").click()
    # then the form names the file and what is wrong, in place, and keeps the draft
    error = buyer_tab.locator("#reply-form [role=alert]", has_text="receipt.png")
    expect(error).to_contain_text("is not a JPEG, PNG, WebP or GIF image nor a PDF document")
    expect(error).to_contain_text("Choose the files again.")
    expect(buyer_tab.get_by_label("Your reply")).to_have_value(draft)
    assert buyer_tab.evaluate("window.__samePage") is True
    expect(buyer_tab.locator("#reply-form .htmx-indicator")).to_have_css("opacity", "0")
    screenshot(buyer_tab, "04-buyer-reply-refused-draft-kept")
    # and nothing was sent
    expect(buyer_tab.locator("#message-list .message")).to_have_count(1)
    assert thread.messages.count() == 1
    assert not _csp_violations(buyer_tab)


def test_markup_typed_into_a_message_is_shown_as_text(window_for, buyer, seller, offer):
    payload = "<script>alert('boo')</script><img src=x onerror=\"alert('img')\"> <b>bold</b>"
    thread = ThreadFactory(buyer=buyer, offer=offer)
    MessageFactory(thread=thread, author=buyer, text="Hello!")
    buyer_tab = window_for(buyer)
    seller_tab = window_for(seller)
    # when the buyer sends markup as a reply (it comes back through the thread poll)
    buyer_tab.goto(f"/messages/{thread.pk}/")
    buyer_tab.get_by_label("Your reply").fill(payload)
    buyer_tab.get_by_role("button", name="Send").click()
    mine = buyer_tab.locator("#message-list .message.mine .text").last
    # then it is shown as the characters typed, on the buyer's side
    expect(mine).to_have_text(payload)
    expect(buyer_tab.locator("#message-list .text b")).to_have_count(0)
    # and in the seller's list and thread
    seller_tab.goto("/messages/")
    expect(seller_tab.locator("li.thread .preview")).to_have_text(payload)
    seller_tab.locator("li.thread").get_by_role("link").click()
    seller_tab.wait_for_url(f"/messages/{thread.pk}/")
    expect(seller_tab.locator("#message-list .message.theirs .text").last).to_have_text(payload)
    expect(seller_tab.locator("#message-list .text b, #message-list .text script")).to_have_count(
        0
    )
    # and no script ran, nor did anything trip the Content Security Policy
    assert buyer_tab.dialogs == [] and seller_tab.dialogs == []
    assert not _csp_violations(buyer_tab, seller_tab)


# --- the seller's tools: reply templates, bulk actions, the list's live refresh --------

SIZES = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1366, "height": 900}}
LIST_POLL_MS = 12_000  # the list asks every 4 s


@pytest.fixture(params=list(SIZES))
def sized_window(request, browser, live_server, password):
    """`sized_window(user)`: a window of the phone's or the desktop's size, logged in."""
    contexts = []

    def open_window(user):
        context = browser.new_context(
            base_url=live_server.url, locale="en-GB", viewport=SIZES[request.param]
        )
        contexts.append(context)
        tab = watched_tab(context, dismiss_dialogs=True)
        log_in(tab, user, password)
        return tab

    yield open_window
    for context in contexts:
        context.close()


@pytest.mark.parametrize(
    ("language", "variant", "expected"),
    [
        ("pl", "Dzień dobry {buyer_name}, zamówienie {order_number} wysłane.", "Dzień dobry"),
        ("cs", "Dobrý den {buyer_name}, objednávka {order_number} odeslána.", "Dobrý den"),
    ],
)
def test_a_seller_inserts_a_template_in_the_buyers_language_and_sends_it(
    sized_window, buyer, seller, thread, language, variant, expected, screenshot
):
    user_set_language(user=buyer, language=language)
    ReplyTemplate.objects.create(
        seller=seller,
        name="Shipped",
        body="Hello {buyer_name}, order {order_number} is on its way.",
        variants={language: variant},
    )
    MessageFactory(thread=thread, text="Kiedy wyślesz?")
    tab = sized_window(seller)
    tab.goto(f"/messages/{thread.pk}/")

    # when the seller picks the template from the keyboard and inserts it
    picker = tab.get_by_label("Reply template")
    picker.focus()
    picker.select_option(label="Shipped")
    tab.keyboard.press("Tab")
    expect(tab.get_by_role("button", name="Insert")).to_be_focused()
    tab.keyboard.press("Enter")

    # then the reply box holds the buyer's language's text, filled for this thread
    filled = variant.format(buyer_name=buyer.first_name, order_number=thread.order.transaction_id)
    box = tab.get_by_label("Your reply")
    expect(box).to_have_value(filled)
    expect(box).to_be_focused()
    expect(tab.locator("#live-announcer")).to_contain_text("Template inserted")
    # the seller adds a word and sends it the usual way
    box.press("End")
    box.type(" :)")
    tab.get_by_role("button", name="Send").click()
    expect(tab.locator("#message-list .message.mine")).to_contain_text(filled + " :)")
    assert expected in filled
    screenshot(tab, f"seller-template-sent-{language}-{tab.viewport_size['width']}")
    assert not _csp_violations(tab)


def test_a_seller_selects_two_threads_and_marks_them_read(sized_window, seller, screenshot):
    threads = [
        ThreadFactory(buyer=UserFactory(username=f"buyer{n}x"), offer=OfferFactory(seller=seller))
        for n in range(3)
    ]
    for number, item in enumerate(threads):
        MessageFactory(thread=item, text=f"Question number {number}")
    tab = sized_window(seller)
    tab.goto("/messages/")
    rows = tab.locator("li.thread")
    expect(rows.locator(".badge.count")).to_have_count(3)

    # when the seller ticks two conversations (keyboard: Space on each box) and marks them read
    for number in (0, 1):
        box = tab.get_by_label(f"Select the conversation with buyer{number}x")
        box.focus()
        tab.keyboard.press("Space")
        expect(box).to_be_checked()
    tab.get_by_role("button", name="Mark as read").click()

    # then both lose their unread mark, the third keeps it, and a screen reader hears it
    expect(tab.locator("#live-announcer")).to_contain_text("2 conversations marked as read.")
    expect(tab.locator("li.thread.unread")).to_have_count(1)
    expect(tab.locator("li.thread.unread")).to_contain_text("Question number 2")
    screenshot(tab, f"seller-bulk-read-{tab.viewport_size['width']}")

    # and "Select all on this page" ticks every row
    tab.get_by_label("Select all on this page").check()
    expect(tab.locator('#thread-list input[name="thread"]:checked')).to_have_count(3)
    assert tab.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    assert not _csp_violations(tab)


def test_a_new_message_appears_in_the_open_list_keeping_the_selection(sized_window, seller, buyer):
    old = ThreadFactory(buyer=buyer, offer=OfferFactory(seller=seller))
    MessageFactory(thread=old, text="An older question")
    tab = sized_window(seller)
    tab.goto("/messages/")
    box = tab.get_by_label(f"Select the conversation with {buyer.username}")
    box.check()
    tab.get_by_label("Search messages and order numbers").focus()

    # when another buyer writes while the list is open
    newcomer = UserFactory(username="latecomer")
    MessageFactory(
        thread=ThreadFactory(buyer=newcomer, offer=OfferFactory(seller=seller)),
        text="Is the blue one back in stock?",
    )

    # then it appears at the top within a few seconds, announced, with the tick kept
    first = tab.locator("li.thread").first
    expect(first).to_contain_text("Is the blue one back in stock?", timeout=LIST_POLL_MS)
    expect(tab.locator("li.thread")).to_have_count(2)
    expect(box).to_be_checked()
    expect(tab.get_by_label("Search messages and order numbers")).to_be_focused()
    expect(tab.locator("#live-announcer")).to_contain_text("new messages")
