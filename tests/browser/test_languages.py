"""The main pages in Polish, Czech, Slovak and Hungarian, in Chromium: no English left.

Each page is read in English first, then in each language. A text the user can read (a
text node, the page title, or a placeholder, title, aria-label, alt or button value) that
is the same as on the English page and still has words in it once the data on the page
(logins, names, product titles, messages, addresses, order and tracking numbers, carriers'
names) is taken out, is English that was not translated. Screenshots of every page in every
language go to test-artifacts/screenshots/languages/.
"""

import re
import time
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import expect

from accounts.models import DeliveryAddress, User
from accounts.services import masked_email_address, user_set_language
from messaging.models import Message
from orders.models import Carrier, Offer, Order, Shipment, TrackingEvent
from tests.factories import (
    DeliveryAddressFactory,
    MessageFactory,
    OfferFactory,
    OrderFactory,
    SellerFactory,
    ThreadFactory,
    order_pay,
    order_ship,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LANGUAGES = ["pl", "cs", "sk", "hu"]
WORD = re.compile(r"[^\W\d_]{2,}")
# Addresses, links and identifiers are data in any language.
TOKENS = re.compile(r"\S+@\S+|https?://\S+")
# Names of the product and its parts, the same in every language.
NAMES = {"Allina"}
# Texts a language writes exactly as English does: the translation is the same word.
SAME_AS_ENGLISH = {
    "pl": {"Status", "E-mail", "Login", "Menu"},
    "cs": {"E-mail", "Web", "Menu"},
    "sk": {"E-mail", "Web", "Menu"},
    "hu": {"E-mail", "Web"},
}

# Everything the user can read: text nodes (also screen-reader-only ones), the title, and
# the attributes browsers show or read out.
READABLE_TEXT = """() => {
  const texts = [document.title];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement.closest("script, style, template, [hidden]")) continue;
    texts.push(node.textContent);
  }
  const attributes = ["placeholder", "title", "aria-label", "alt", "data-send-error"];
  for (const element of document.body.querySelectorAll("*")) {
    for (const name of attributes) {
      if (element.hasAttribute(name)) texts.push(element.getAttribute(name));
    }
    if (element.matches("input[type=submit], input[type=button]")) texts.push(element.value);
  }
  return texts.map((t) => t.replace(/\\s+/g, " ").trim()).filter((t) => t);
}"""


@pytest.fixture
def shop(buyer, seller):
    """A seller with an offer, a buyer who bought it (paid, shipped, a conversation about
    it), and another seller's offer the buyer has not asked about yet."""
    for user in (buyer, seller):
        user_set_language(user=user, language="en")
    offer = OfferFactory(
        seller=seller,
        title="Lniana koszula męska",
        description="Koszula z czystego lnu, szyta w Łodzi.",
        attributes={"size": "L", "material": "len", "colour": "biały"},
    )
    address = DeliveryAddressFactory(buyer=buyer, street="Piotrkowska", city="Łódź")
    order = order_pay(OrderFactory(buyer=buyer, offer=offer, address=address))
    sent = timezone.now() - timedelta(hours=5)
    order_ship(
        order,
        carrier=Carrier.INPOST,
        events=[("in_transit", sent, "Przesyłka w drodze", "Sortownia Łódź")],
    )
    thread = ThreadFactory(buyer=buyer, order=order, offer=None)
    MessageFactory(thread=thread, author=buyer, text="Kiedy wyślecie paczkę?")
    reply = MessageFactory(thread=thread, author=seller, text="Wysłaliśmy dziś rano.")
    other_offer = OfferFactory(
        seller=SellerFactory(username="sklep-bis"), title="Wazon ceramiczny"
    )
    return {
        "offer": offer,
        "order": order,
        "thread": thread,
        "reply": reply,
        "other_offer": other_offer,
    }


def _data_strings() -> list[str]:
    """Every text on the pages that comes from data rather than from the UI."""
    strings = set(NAMES) | {str(label) for label in Carrier.labels}
    for user in User.objects.all():
        strings |= {user.username, user.first_name, user.last_name, user.get_full_name()}
    for offer in Offer.objects.all():
        strings |= {offer.title, offer.description, *map(str, offer.attributes.values())}
    for order in Order.objects.all():
        strings |= {order.transaction_id, masked_email_address(account=order.buyer, order=order)}
        strings |= {str(value) for value in order.delivery_address.values()}
        strings |= _flat_strings(order.pickup_point or {})  # the point: names and address
    for address in DeliveryAddress.objects.all():
        strings |= {address.street, address.city, address.postcode, address.phone}
    strings |= set(Message.objects.values_list("text", flat=True))
    strings |= set(Shipment.objects.values_list("tracking_number", flat=True))
    for description, location in TrackingEvent.objects.values_list("description", "location"):
        strings |= {description, location}
    return sorted((s for s in strings if s and s.strip()), key=len, reverse=True)


def _flat_strings(value) -> set[str]:
    """Every string in a JSON-like value, and each dict's strings joined as a page shows
    them ("ul. Karmelicka 24, 31-128 Kraków")."""
    if isinstance(value, dict):
        found = set().union(*(_flat_strings(v) for v in value.values())) if value else set()
        parts = [str(v) for v in value.values() if isinstance(v, str) and v]
        return found | {", ".join(parts), " ".join(parts)}
    if isinstance(value, list):
        return set().union(*(_flat_strings(v) for v in value)) if value else set()
    return {str(value)} if value not in (None, "") else set()


def _ui_words(text: str, data: list[str]) -> str:
    """What is left of a text once data is taken out (whole words only: a size "L" must
    not eat the L of "Login")."""
    text = TOKENS.sub(" ", text)
    for value in data:
        text = re.sub(rf"(?<!\w){re.escape(value)}(?!\w)", " ", text)
    return text


# A page is read once it is loaded, the fragments htmx fetches on load are in (each such
# element replaces itself) and no request has been on its way for QUIET_SECONDS (a fragment
# shown only when it scrolls into view, one that a swapped-in fragment loads). Playwright's
# "networkidle" is the same with a fixed 500 ms of quiet: 40 s of this test's 80 pages.
FRAGMENTS_IN = """() => document.readyState === "complete"
  && !document.querySelector('[hx-trigger^="load"]:not([hx-trigger*="delay"]), .htmx-request')"""
QUIET_SECONDS = 0.15
SETTLE_SECONDS = 30


def _track_requests(tab) -> None:
    tab.in_flight = set()
    tab.on("request", lambda request: tab.in_flight.add(request))
    tab.on("requestfinished", lambda request: tab.in_flight.discard(request))
    tab.on("requestfailed", lambda request: tab.in_flight.discard(request))


def _settle(tab) -> None:
    tab.wait_for_function(FRAGMENTS_IN)
    start = quiet_since = time.monotonic()
    while time.monotonic() - quiet_since < QUIET_SECONDS:
        assert time.monotonic() - start < SETTLE_SECONDS, f"still loading: {tab.in_flight}"
        tab.wait_for_timeout(25)  # Playwright delivers the request events meanwhile
        if tab.in_flight:
            quiet_since = time.monotonic()


def _read(tab, path: str) -> set[str]:
    tab.goto(path)
    _settle(tab)
    return set(tab.evaluate(READABLE_TEXT))


def _park(tab) -> None:
    """Leave the page (its polls stop) before this thread writes to the database: with
    SQLite in memory the live server and the test share one connection, and a query from
    each at once makes one of them fail."""
    tab.goto("about:blank")


def _log_in(browser, live_server, user, password):
    context = browser.new_context(base_url=live_server.url, locale="en-GB")
    tab = context.new_page()
    _track_requests(tab)
    tab.goto("/login/")
    tab.locator("#id_username").fill(user.username)
    tab.locator("#id_password").fill(password)
    tab.locator("#id_password").press("Enter")
    tab.wait_for_url("/")
    return context, tab


def test_the_switcher_changes_the_language_of_every_page(browser, live_server, shop, password):
    seller = shop["offer"].seller
    context, tab = _log_in(browser, live_server, seller, password)
    try:
        expect(tab.locator("html")).to_have_attribute("lang", "en")
        # when the seller picks Čeština in the switcher
        tab.locator("form.language select").select_option("cs")
        tab.locator("form.language button[type=submit]").click()
        # then this page and the next ones are in Czech, also after logging in again
        expect(tab.locator("html")).to_have_attribute("lang", "cs")
        expect(tab.locator("nav.mainnav")).to_contain_text("Centrum zpráv")
        tab.goto(reverse("orders:seller_order_list"))
        expect(tab.get_by_role("heading", level=1)).to_have_text("Objednávky")
        seller.refresh_from_db()
        assert seller.language == "cs"
    finally:
        context.close()


def test_the_main_pages_have_no_untranslated_english(
    browser, live_server, shop, buyer, seller, password, screenshot_dir
):
    order, thread = shop["order"], shop["thread"]
    pages = {
        seller: {
            "home": reverse("home"),
            "message-center": reverse("messaging:thread_list"),
            "thread": reverse("messaging:thread_detail", args=[thread.pk]),
            "orders-tab": reverse("orders:seller_order_list"),
            "order-seller": reverse("orders:order_detail", args=[order.pk]),
            "own-offer": reverse("orders:offer_detail", args=[shop["offer"].pk]),
            "communication-settings": reverse("communication_settings"),
            "account-seller": reverse("account_details"),
            "sales-quality": reverse("allina_seller:quality"),
        },
        buyer: {
            "home-buyer": reverse("home"),
            "offer-ask-a-question": reverse("orders:offer_detail", args=[shop["other_offer"].pk]),
            "my-orders": reverse("orders:buyer_order_list"),
            "order-buyer": reverse("orders:order_detail", args=[order.pk]),
            "thread-buyer": reverse("messaging:thread_detail", args=[thread.pk]),
            "account-addresses": reverse("account_details"),
            "report-message": reverse("moderation:message_report", args=[shop["reply"].pk]),
        },
    }
    data = _data_strings()
    folder = screenshot_dir / "languages"
    folder.mkdir(parents=True, exist_ok=True)
    untranslated = []
    for user, paths in pages.items():
        context, tab = _log_in(browser, live_server, user, password)
        try:
            _park(tab)
            user_set_language(user=user, language="en")
            english = {name: _read(tab, path) for name, path in paths.items()}
            for language in LANGUAGES:
                _park(tab)
                user_set_language(user=user, language=language)
                for name, path in paths.items():
                    texts = _read(tab, path)
                    assert tab.locator("html").get_attribute("lang") == language
                    tab.screenshot(path=folder / f"{name}-{language}.png", full_page=True)
                    for text in sorted(texts & english[name] - SAME_AS_ENGLISH[language]):
                        if WORD.search(_ui_words(text, data)):
                            untranslated.append(f"{language} {name}: {text!r}")
        finally:
            context.close()
    assert not untranslated, "English left on translated pages:\n" + "\n".join(untranslated)
