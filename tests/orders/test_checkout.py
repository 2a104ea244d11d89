"""The delivery and payment form: choosing a delivery and an address, invoices, errors."""

import html
import re

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse

from accounts.models import DeliveryAddress
from accounts.services import delivery_address_create
from orders.models import Order, PaymentAttempt
from orders.pickup_points import DEMO_POINTS, PICKUP_METHODS
from outbox.models import OutboundEmail
from tests.factories import DeliveryAddressFactory, OfferFactory, UserFactory

pytestmark = pytest.mark.django_db


def checkout_url(offer) -> str:
    return reverse("orders:checkout", args=[offer.pk])


def form_data(offer, address="new", **overrides) -> dict:
    option = offer.delivery_options.order_by("price").first()
    data = {
        "quantity": "1",
        "delivery": str(option.pk),
        "address": str(getattr(address, "pk", address)),
        "new-country": "PL",
    }
    if option.method in PICKUP_METHODS:
        data["pickup_point"] = DEMO_POINTS[option.carrier]
    data.update(overrides)
    return data


NEW_ADDRESS = {
    "new-first_name": "Jan",
    "new-last_name": "Kowalski",
    "new-street": "Długa",
    "new-building_number": "7",
    "new-apartment_number": "12",
    "new-postcode": "80-831",
    "new-city": "Gdańsk",
    "new-country": "PL",
    "new-phone": "+48 601 234 567",
}


def field_errors(page: str, field: str) -> str:
    """The error text shown right after the input named `field`."""
    match = re.search(
        rf'name="{re.escape(field)}"[^>]*>(?:(?!<input|<select|<textarea|</p>).)*?'
        r'<span class="errors" role="alert">(.*?)</span>',
        page,
        re.S,
    )
    assert match, f"no error shown next to {field}"
    return html.unescape(match.group(1))


def test_the_form_offers_the_delivery_options_and_the_buyers_addresses(buyer_client, buyer, offer):
    # given a buyer with a default address and a second one
    default = DeliveryAddressFactory(buyer=buyer, street="Marszałkowska")
    DeliveryAddressFactory(buyer=buyer, street="Piotrkowska", city="Łódź")
    # when they open the checkout
    response = buyer_client.get(checkout_url(offer))
    # then every delivery option shows its method, carrier and price
    page = response.text
    assert response.status_code == 200
    assert re.search(r"<strong>Courier</strong> · DPD — PLN\xa015.00 · 1–3 days", page)
    assert re.search(r"<strong>Parcel locker</strong> · InPost — PLN\xa09.00", page)
    # and both addresses in full, the default one preselected, and "a new address"
    assert "Marszałkowska 10/5" in page and "Piotrkowska 10/5" in page and "Łódź" in page
    assert re.search(rf'value="{default.pk}" checked', page)
    assert "A new address" in page


def test_a_buyer_with_two_addresses_gets_the_second_one_in_the_order_and_the_email(
    buyer_client, buyer, offer, django_capture_on_commit_callbacks
):
    # given a default address and a second one
    DeliveryAddressFactory(buyer=buyer, street="Marszałkowska", city="Warszawa")
    second = DeliveryAddressFactory(
        buyer=buyer, first_name="Ewa", street="Piotrkowska", city="Łódź", postcode="90-001"
    )
    # when the buyer picks the second one
    with django_capture_on_commit_callbacks(execute=True):
        response = buyer_client.post(checkout_url(offer), form_data(offer, second))
    # then the order keeps the second one and the buyer goes to the payment operator
    order = Order.objects.get()
    attempt = PaymentAttempt.objects.get(payment__order=order)
    assert response.status_code == 302
    assert response["Location"] == reverse(
        "orders:payment_operator", args=[attempt.operator_reference]
    )
    assert order.delivery_address["street"] == "Piotrkowska"
    assert order.delivery_address["first_name"] == "Ewa"
    # and the seller's e-mail shows the second address, not the default one
    [sent] = mail.outbox
    assert "Piotrkowska" in sent.body and "Łódź" in sent.body and "90-001" in sent.body
    assert "Marszałkowska" not in sent.body and "Warszawa" not in sent.body


def test_the_snapshot_stays_when_the_account_address_is_edited_later(
    buyer_client, buyer, offer, address
):
    buyer_client.post(checkout_url(offer), form_data(offer, address))
    order = Order.objects.get()
    # when the buyer edits the address in their account afterwards
    DeliveryAddress.objects.filter(pk=address.pk).update(street="Nowa", city="Kraków")
    # then the order still shows where it was sent
    order.refresh_from_db()
    assert order.delivery_address["street"] == "Marszałkowska"
    assert order.delivery_address["city"] == "Warszawa"


def test_a_new_address_is_added_to_the_account_and_used_for_the_order(
    buyer_client, buyer, offer, address
):
    response = buyer_client.post(checkout_url(offer), form_data(offer, **NEW_ADDRESS))
    assert response.status_code == 302
    new = DeliveryAddress.objects.get(buyer=buyer, street="Długa")
    assert new.phone == "+48601234567" and not new.is_default
    assert Order.objects.get().delivery_address == new.snapshot()


def _service_messages(buyer, **fields) -> dict[str, list[str]]:
    """What delivery_address_create says about these fields (nothing is kept)."""
    with pytest.raises(ValidationError) as error, transaction.atomic():
        delivery_address_create(buyer=buyer, **fields)
    return error.value.message_dict


def _new_address_fields(data: dict) -> dict:
    return {key.removeprefix("new-"): value for key, value in data.items()}


@pytest.mark.parametrize(
    ("country", "bad_postcode", "example"),
    [("PL", "00950", "00-950"), ("CZ", "1100", "110 00"), ("SK", "81-101", "811 01"),
     ("HU", "10510", "1051")],
)  # fmt: skip
def test_a_new_address_with_a_wrong_postcode_for_its_country_is_refused(
    buyer_client, buyer, offer, country, bad_postcode, example
):
    # given a new address with a postcode in the wrong format for its country
    data = {
        **NEW_ADDRESS,
        "new-country": country,
        "new-postcode": bad_postcode,
        "new-phone": "+420 601 123 456",
    }
    addresses_before = DeliveryAddress.objects.count()
    # when the buyer submits it
    response = buyer_client.post(checkout_url(offer), form_data(offer, **data))
    # then the form comes back with the service's message next to the postcode
    assert response.status_code == 422
    shown = field_errors(response.text, "new-postcode")
    expected = _service_messages(buyer, **_new_address_fields(data))["postcode"]
    assert all(message in shown for message in expected)
    assert example in shown
    # and everything typed is still there, and nothing was created
    assert f'value="{bad_postcode}"' in response.text and 'value="Długa"' in response.text
    assert Order.objects.count() == 0
    assert DeliveryAddress.objects.count() == addresses_before


def test_a_phone_without_a_country_code_is_refused(buyer_client, buyer, offer):
    data = {**NEW_ADDRESS, "new-phone": "601 234 567"}
    response = buyer_client.post(checkout_url(offer), form_data(offer, **data))
    assert response.status_code == 422
    shown = field_errors(response.text, "new-phone")
    assert "country code" in shown
    assert shown == " ".join(_service_messages(buyer, **_new_address_fields(data))["phone"])
    assert 'value="601 234 567"' in response.text
    assert not Order.objects.exists() and not DeliveryAddress.objects.exists()


def test_an_invoice_request_without_invoice_data_is_refused(buyer_client, offer, address):
    data = form_data(offer, address, invoice_requested="on", invoice_tax_id="PL5260001246")
    response = buyer_client.post(checkout_url(offer), data)
    assert response.status_code == 422
    assert field_errors(response.text, "invoice_company_name") == (
        "Enter the company name for the invoice."
    )
    assert field_errors(response.text, "invoice_address") == "Enter the address for the invoice."
    assert 'value="PL5260001246"' in response.text
    assert not Order.objects.exists()


def test_invoice_data_is_optional_without_a_request_and_kept_with_one(
    buyer_client, offer, address
):
    data = form_data(
        offer,
        address,
        invoice_requested="on",
        invoice_company_name="Nowak sp. z o.o.",
        invoice_tax_id="PL5260001246",
        invoice_address="ul. Prosta 1, 00-838 Warszawa",
    )
    assert buyer_client.post(checkout_url(offer), data).status_code == 302
    order = Order.objects.get()
    assert order.invoice_requested and order.invoice_company_name == "Nowak sp. z o.o."
    assert order.invoice_tax_id == "PL5260001246"


def test_errors_in_the_form_and_the_new_address_are_shown_together_and_nothing_is_kept(
    buyer_client, offer
):
    data = form_data(offer, **{**NEW_ADDRESS, "new-postcode": "x"}, invoice_requested="on")
    response = buyer_client.post(checkout_url(offer), data)
    assert response.status_code == 422
    assert field_errors(response.text, "new-postcode")
    assert field_errors(response.text, "invoice_company_name")
    assert not DeliveryAddress.objects.exists()


def test_more_than_the_stock_is_refused_with_a_clear_message(buyer_client, address, seller):
    offer = OfferFactory(seller=seller, stock=2)
    response = buyer_client.post(checkout_url(offer), form_data(offer, address, quantity="3"))
    assert response.status_code == 422
    assert field_errors(response.text, "quantity") == "Only 2 left: order at most that many."
    assert not Order.objects.exists()


def test_someone_elses_address_or_another_offers_delivery_cannot_be_chosen(
    buyer_client, offer, address, other_user
):
    strangers = DeliveryAddressFactory(buyer=other_user)
    other_option = OfferFactory(seller=offer.seller).delivery_options.first()
    data = form_data(offer, strangers, delivery=str(other_option.pk))
    response = buyer_client.post(checkout_url(offer), data)
    assert response.status_code == 422
    assert "Choose one of your delivery addresses." in response.text
    assert "Choose one of the delivery methods of this offer." in response.text
    assert not Order.objects.exists()


def test_a_seller_cannot_buy_their_own_offer(seller_client, seller, offer):
    DeliveryAddressFactory(buyer=seller)
    page = seller_client.get(checkout_url(offer))
    assert page.status_code == 403
    assert "This is your own offer: you cannot buy it." in page.text
    posted = seller_client.post(checkout_url(offer), form_data(offer, **NEW_ADDRESS))
    assert posted.status_code == 403
    assert not Order.objects.exists()
    assert DeliveryAddress.objects.filter(buyer=seller).count() == 1


def test_htmx_gets_the_form_fragment_on_errors_and_a_redirect_on_success(
    buyer_client, offer, address
):
    htmx = {"HTTP_HX_REQUEST": "true"}
    bad = buyer_client.post(checkout_url(offer), form_data(offer, address, quantity="0"), **htmx)
    assert bad.status_code == 422
    assert bad.text.lstrip().startswith('<form id="checkout-form"') and "<html" not in bad.text
    good = buyer_client.post(checkout_url(offer), form_data(offer, address), **htmx)
    attempt = PaymentAttempt.objects.get()
    assert good["HX-Redirect"] == reverse(
        "orders:payment_operator", args=[attempt.operator_reference]
    )


def test_the_offer_page_has_a_buy_button_for_buyers_only(buyer_client, client, offer, seller):
    page = buyer_client.get(reverse("orders:offer_detail", args=[offer.pk])).text
    assert f'action="{checkout_url(offer)}"' in page and ">Buy</button>" in page
    client.force_login(seller)
    own = client.get(reverse("orders:offer_detail", args=[offer.pk])).text
    assert checkout_url(offer) not in own


def test_the_quantity_from_the_offer_page_is_carried_over(buyer_client, offer, address):
    page = buyer_client.get(checkout_url(offer), {"quantity": "3"}).text
    assert re.search(r'name="quantity" value="3"', page)


def test_the_checkout_page_costs_the_same_queries_however_many_addresses(
    client, offer, django_assert_num_queries
):
    buyer = UserFactory()
    client.force_login(buyer)
    DeliveryAddressFactory(buyer=buyer)
    # session, user, offer with its seller, delivery options, addresses; the first visit
    # also stores the form's key in the session (savepoint, UPDATE, release)
    with django_assert_num_queries(8):
        assert client.get(checkout_url(offer)).status_code == 200
    for street in ("Piotrkowska", "Długa", "Prosta"):
        DeliveryAddressFactory(buyer=buyer, street=street)
    # later visits look up whether the key placed an order already
    with django_assert_num_queries(6):
        assert client.get(checkout_url(offer)).status_code == 200


# -- one form, one order; the total before paying (#18) ----------------------------------


def key_of(page: str) -> str:
    match = re.search(r'name="checkout_key" value="([^"]+)"', page)
    assert match, "the form carries no checkout key"
    return match.group(1)


def test_back_and_buy_again_with_the_same_form_places_one_order(buyer_client, offer, address):
    page = buyer_client.get(checkout_url(offer)).text
    data = form_data(offer, address, quantity="2", checkout_key=key_of(page))
    stock = offer.stock

    first = buyer_client.post(checkout_url(offer), data)
    again = buyer_client.post(checkout_url(offer), data)  # Back, then "Buy and pay" again

    assert first.status_code == 302
    order = Order.objects.get()
    # The second submit shows the order the first one placed, with nothing new to pay.
    assert again.status_code == 302
    assert again["Location"] == reverse("orders:order_detail", args=[order.pk])
    assert PaymentAttempt.objects.count() == 1
    offer.refresh_from_db()
    assert offer.stock == stock - 2
    # and the seller is told of one order, once
    assert OutboundEmail.objects.filter(subject__contains=order.transaction_id).count() == 1


def test_back_to_the_reloaded_form_names_the_unpaid_order_and_leads_to_it(
    buyer_client, offer, address
):
    page = buyer_client.get(checkout_url(offer)).text
    buyer_client.post(checkout_url(offer), form_data(offer, address, checkout_key=key_of(page)))
    order = Order.objects.get()

    # Back reloads the page (signed-in pages are not cached): same key, and it says so
    again = buyer_client.get(checkout_url(offer)).text
    assert key_of(again) == key_of(page)
    assert order.transaction_id in again and "waiting for payment" in again
    response = buyer_client.post(
        checkout_url(offer), form_data(offer, address, checkout_key=key_of(again))
    )
    assert response["Location"] == reverse("orders:order_detail", args=[order.pk])
    assert Order.objects.count() == 1


def test_a_new_purchase_after_paying_or_on_request_is_a_new_order(buyer_client, offer, address):
    page = buyer_client.get(checkout_url(offer)).text
    buyer_client.post(checkout_url(offer), form_data(offer, address, checkout_key=key_of(page)))
    # "Order it again as a new order"
    fresh = buyer_client.get(checkout_url(offer) + "?new=1").text
    assert key_of(fresh) != key_of(page)
    buyer_client.post(checkout_url(offer), form_data(offer, address, checkout_key=key_of(fresh)))
    assert Order.objects.count() == 2
    # once the order is paid, the form is a new purchase by itself
    Order.objects.update(status="paid")
    after = buyer_client.get(checkout_url(offer)).text
    assert key_of(after) not in (key_of(page), key_of(fresh))
    assert "waiting for payment" not in after


def test_a_forged_checkout_key_is_refused_with_the_form_kept(buyer_client, offer, address):
    response = buyer_client.post(
        checkout_url(offer), form_data(offer, address, checkout_key="<script>\x00")
    )
    assert response.status_code == 422
    assert not Order.objects.exists()


def test_the_page_shows_what_the_buyer_pays_before_buying(buyer_client, offer, address):
    cheapest = offer.delivery_options.order_by("price").first()
    page = buyer_client.get(checkout_url(offer) + "?quantity=3").text
    summary = page[page.index('id="checkout-summary"') :]
    total = offer.price * 3 + cheapest.price
    assert "To pay" in summary
    assert f"PLN\xa0{total:.2f}" in summary[: summary.index("</section>")]


def test_the_total_follows_the_quantity_and_the_delivery_chosen(buyer_client, offer, address):
    dearest = offer.delivery_options.order_by("-price").first()
    response = buyer_client.get(
        checkout_url(offer),
        {"part": "summary", "quantity": "4", "delivery": str(dearest.pk)},
        headers={"HX-Request": "true"},
    )
    assert response.status_code == 200
    fragment = response.text
    assert fragment.lstrip().startswith('<section class="summary" id="checkout-summary"')
    assert f"PLN\xa0{offer.price * 4 + dearest.price:.2f}" in fragment
