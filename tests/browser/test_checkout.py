"""Checkout in Chromium: two addresses, a declined payment, a retry, the seller's view."""

import re

import pytest
from playwright.sync_api import expect

from accounts.services import user_set_language
from orders.models import Order, OrderStatus, PaymentStatus
from tests.conftest import log_in, watched_tab
from tests.factories import DeliveryAddressFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _log_in(context, user, password):
    tab = watched_tab(context)
    log_in(tab, user, password)
    return tab


def test_a_buyer_with_two_addresses_pays_after_a_decline_and_the_seller_ships_to_the_second(
    browser, live_server, buyer, seller, offer, password, screenshot_dir
):
    # given a buyer with a default home address and a second, office address
    for user in (buyer, seller):
        user_set_language(user=user, language="en")
    DeliveryAddressFactory(buyer=buyer, street="Domowa", building_number="1", city="Kraków")
    DeliveryAddressFactory(
        buyer=buyer, street="Biurowa", building_number="77", city="Gdańsk", postcode="80-001"
    )
    screenshot_dir.mkdir(parents=True, exist_ok=True)
    buyer_context = browser.new_context(base_url=live_server.url, locale="en-GB")
    seller_context = browser.new_context(base_url=live_server.url, locale="en-GB")
    tab = _log_in(buyer_context, buyer, password)

    # when they check out, choosing the office address
    tab.goto(f"/offers/{offer.pk}/")
    tab.get_by_role("button", name="Buy", exact=True).click()
    tab.wait_for_url(re.compile(rf"/offers/{offer.pk}/checkout/"))
    tab.get_by_label("Biurowa 77", exact=False).check()
    tab.get_by_role("radio").first.check()  # the first delivery option: a parcel locker
    tab.locator("#pickup-chooser input[type=radio]").first.check()
    tab.screenshot(path=screenshot_dir / "10-checkout-second-address.png", full_page=True)
    tab.get_by_role("button", name="Buy and pay").click()

    # and the payment operator declines the first attempt
    tab.wait_for_url(re.compile(r"/payments/operator/"))
    tab.get_by_label("Reason").select_option(index=1)
    tab.get_by_role("button", name="Decline").click()
    tab.wait_for_url(re.compile(r"/orders/\d+/$"))
    order = Order.objects.get()
    assert order.status == OrderStatus.PAYMENT_FAILED
    expect(tab.get_by_role("button", name="Retry payment")).to_be_visible()
    tab.screenshot(path=screenshot_dir / "11-buyer-payment-declined.png", full_page=True)

    # then a retry is approved and the order is paid, with both attempts on record
    tab.get_by_role("button", name="Retry payment").click()
    tab.wait_for_url(re.compile(r"/payments/operator/"))
    tab.get_by_role("button", name="Approve").click()
    tab.wait_for_url(re.compile(rf"/orders/{order.pk}/$"))
    order.refresh_from_db()
    assert order.status == OrderStatus.PAID
    assert order.payment.status == PaymentStatus.PAID
    assert order.payment.attempts.count() == 2
    expect(tab.get_by_role("button", name="Retry payment")).to_have_count(0)

    # and the seller finds the order in the Orders tab with the office address, not home
    seller_tab = _log_in(seller_context, seller, password)
    seller_tab.get_by_role("link", name="Orders", exact=True).click()
    seller_tab.wait_for_url(re.compile(r"/sales/"))
    seller_tab.get_by_role("link", name=order.transaction_id).click()
    ship_to = seller_tab.locator("#ship-to")
    expect(ship_to).to_contain_text("Biurowa 77")
    expect(ship_to).to_contain_text("Gdańsk")
    expect(seller_tab.locator("body")).not_to_contain_text("Domowa")
    seller_tab.screenshot(path=screenshot_dir / "12-seller-order-ship-to.png", full_page=True)
    for page in (tab, seller_tab):
        assert not [m for m in page.console_messages if "Content Security Policy" in m]
    buyer_context.close()
    seller_context.close()


def test_the_total_follows_the_form_and_back_then_buy_again_places_one_order(
    browser, live_server, buyer, offer, password
):
    user_set_language(user=buyer, language="en")
    DeliveryAddressFactory(buyer=buyer, street="Domowa", building_number="1", city="Kraków")
    context = browser.new_context(base_url=live_server.url, locale="en-GB")
    tab = _log_in(context, buyer, password)
    tab.goto(f"/offers/{offer.pk}/checkout/")
    default, *others = list(offer.delivery_options.all())  # as the page lists them
    summary = tab.locator("#checkout-summary")

    # the total is there before "Buy and pay", and follows quantity and delivery
    expect(summary).to_contain_text(f"{offer.price + default.price:.2f}")
    tab.get_by_label("Quantity").fill("3")
    tab.get_by_label("Quantity").dispatch_event("change")
    expect(summary).to_contain_text(f"{offer.price * 3 + default.price:.2f}")
    tab.locator(f"#delivery-{others[-1].pk}").check()
    expect(summary).to_contain_text(f"{offer.price * 3 + others[-1].price:.2f}")

    # Buy, Back to the form, and Buy again: still one order, shown instead of a second
    tab.get_by_role("button", name="Buy and pay").click()
    tab.wait_for_url(re.compile(r"/payments/operator/"))
    tab.go_back()
    tab.wait_for_url(re.compile(rf"/offers/{offer.pk}/checkout/"))
    tab.get_by_role("button", name="Buy and pay").click()
    tab.wait_for_url(re.compile(r"/orders/\d+/$"))
    assert Order.objects.count() == 1
    context.close()


SIZES = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1366, "height": 900}}


@pytest.mark.parametrize("size", list(SIZES))
def test_a_buyer_chooses_a_parcel_locker_and_the_seller_is_told_to_ship_there(
    browser, live_server, buyer, seller, offer, password, screenshot_dir, size
):
    # given a buyer living in Gdańsk, on a phone or a desktop
    for user in (buyer, seller):
        user_set_language(user=user, language="en")
    DeliveryAddressFactory(buyer=buyer, street="Domowa", city="Gdańsk", postcode="80-001")
    screenshot_dir.mkdir(parents=True, exist_ok=True)
    context = browser.new_context(base_url=live_server.url, locale="en-GB", viewport=SIZES[size])
    tab = _log_in(context, buyer, password)
    tab.goto(f"/offers/{offer.pk}/checkout/")
    # when they choose the parcel locker delivery, the chooser asks for a point
    tab.get_by_label("Parcel locker", exact=False).first.check()
    chooser = tab.locator("#pickup-chooser")
    expect(chooser.get_by_label("Find a point")).to_be_visible()
    # and "Buy and pay" without a point says so and keeps the form
    tab.get_by_label("Quantity").fill("2")
    tab.get_by_role("button", name="Buy and pay").click()
    # waited for: the refused POST's page is drawn before the search below (else it lands
    # after the search and shows the default postcode's points again)
    expect(
        tab.get_by_text("Choose a parcel locker or pickup point for this delivery method.")
    ).to_be_visible()
    expect(tab.get_by_label("Quantity")).to_have_value("2")
    assert not Order.objects.exists()
    # when they search Kraków from the keyboard (Enter searches, it does not buy)
    search = tab.locator("#pickup-chooser").get_by_label("Find a point")
    search.fill("krakow")
    search.press("Enter")
    locker = tab.get_by_role("radio", name=re.compile("Paczkomat KRA01M"))
    expect(locker).to_be_visible()
    expect(tab.locator("#pickup-chooser")).to_contain_text("ul. Karmelicka 24, 31-128 Kraków")
    expect(tab.locator("#pickup-chooser")).to_contain_text("Opening hours: 24/7")
    assert not Order.objects.exists()
    locker.focus()
    tab.keyboard.press("Space")
    expect(locker).to_be_checked()
    width = tab.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
    assert width[0] <= width[1], f"the checkout scrolls sideways at {size}: {width}"
    tab.screenshot(path=screenshot_dir / f"15-{size}-checkout-parcel-locker.png", full_page=True)
    tab.get_by_role("button", name="Buy and pay").click()
    tab.wait_for_url(re.compile(r"/payments/operator/"))
    tab.get_by_role("button", name="Approve").click()
    tab.wait_for_url(re.compile(r"/orders/\d+/$"))
    order = Order.objects.get()
    assert order.pickup_point["id"] == "KRA01M" and order.lines.get().quantity == 2
    expect(tab.locator("#ship-to")).to_contain_text("Parcel locker KRA01M")

    # then the seller's order page tells them to ship to the locker
    seller_context = browser.new_context(
        base_url=live_server.url, locale="en-GB", viewport=SIZES[size]
    )
    seller_tab = _log_in(seller_context, seller, password)
    seller_tab.goto(f"/orders/{order.pk}/")
    ship_to = seller_tab.locator("#ship-to")
    expect(ship_to).to_contain_text("Parcel locker KRA01M")
    expect(ship_to).to_contain_text("ul. Karmelicka 24, 31-128 Kraków")
    expect(ship_to).to_contain_text("ship the parcel to it")
    seller_tab.screenshot(path=screenshot_dir / f"16-{size}-seller-locker.png", full_page=True)
    for page in (tab, seller_tab):
        assert not [m for m in page.console_messages if "Content Security Policy" in m]
    context.close()
    seller_context.close()
