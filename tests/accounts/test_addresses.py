"""A buyer's delivery addresses: rules per country, the services, and the pages (with and
without htmx)."""

import pytest
from django.core.exceptions import ValidationError
from django.http import Http404
from django.urls import reverse

from accounts import selectors, services
from accounts.models import DeliveryAddress
from accounts.validators import normalize_phone, normalize_postcode
from tests.factories import DeliveryAddressFactory, OrderFactory, UserFactory

pytestmark = pytest.mark.django_db

HTMX = {"HX-Request": "true"}


def address_fields(**overrides) -> dict[str, str]:
    fields = {
        "country": "PL",
        "first_name": "Jan",
        "last_name": "Nowak",
        "street": "Długa",
        "building_number": "3",
        "apartment_number": "",
        "postcode": "00-238",
        "city": "Warszawa",
        "phone": "+48 601 234 567",
    }
    return fields | overrides


def form_errors(response, field: str) -> list[str]:
    return response.context["form"].errors.get(field, [])


# Postcodes ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("country", "typed", "stored"),
    [
        ("PL", "00-950", "00-950"),
        ("PL", " 31-147 ", "31-147"),
        ("CZ", "110 00", "110 00"),
        ("CZ", "11000", "110 00"),
        ("SK", "811 01", "811 01"),
        ("SK", "81101", "811 01"),
        ("HU", "1051", "1051"),
    ],
)
def test_a_good_postcode_is_stored_in_the_countrys_own_form(buyer, country, typed, stored):
    address = services.delivery_address_create(
        buyer=buyer, **address_fields(country=country, postcode=typed)
    )
    address.refresh_from_db()
    assert address.postcode == stored


@pytest.mark.parametrize(
    ("country", "bad", "message"),
    [
        (
            "PL",
            "00950",
            "Enter a Polish postcode: two digits, a hyphen and three digits, for example 00-950.",
        ),
        ("PL", "00-95", None),
        ("CZ", "1100", "Enter a Czech postcode: five digits, for example 110 00."),
        ("CZ", "110-00", None),
        ("SK", "8110-1", "Enter a Slovak postcode: five digits, for example 811 01."),
        ("HU", "10510", "Enter a Hungarian postcode: four digits, for example 1051."),
        ("HU", "H-1051", None),
    ],
)
def test_a_bad_postcode_is_refused_with_the_countrys_format(buyer, country, bad, message):
    with pytest.raises(ValidationError) as error:
        services.delivery_address_create(
            buyer=buyer, **address_fields(country=country, postcode=bad)
        )
    assert list(error.value.message_dict) == ["postcode"]
    if message:
        assert error.value.message_dict["postcode"] == [message]
    assert not buyer.delivery_addresses.exists()


def test_a_polish_postcode_is_wrong_for_a_czech_address():
    with pytest.raises(ValidationError):
        normalize_postcode(country="CZ", postcode="00-950")


def test_the_form_shows_the_postcode_message_next_to_the_field(buyer_client):
    response = buyer_client.post(
        reverse("delivery_address_new"), address_fields(country="HU", postcode="105")
    )
    assert response.status_code == 422
    message = "Enter a Hungarian postcode: four digits, for example 1051."
    assert form_errors(response, "postcode") == [message]
    assert 'id="id_postcode_error"' in response.text
    assert message in response.text


# Phones ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("+48 601 234 567", "+48601234567"),
        ("+48 601-234-567", "+48601234567"),
        ("+48 (22) 123 45 67", "+48221234567"),
        ("0048 601 234 567", "+48601234567"),
        ("+420 603 123 456", "+420603123456"),
        ("+421 905 123 456", "+421905123456"),
        ("+36 30 123 4567", "+36301234567"),
        ("+44 20 7946 0958", "+442079460958"),
    ],
)
def test_a_phone_is_stored_in_e164(typed, stored):
    assert normalize_phone(typed) == stored


@pytest.mark.parametrize("typed", ["601 234 567", "48601234567", "(22) 123 45 67"])
def test_a_phone_without_country_code_is_refused_with_an_example(buyer, typed):
    with pytest.raises(ValidationError) as error:
        services.delivery_address_create(
            buyer=buyer, **address_fields(country="CZ", postcode="110 00", phone=typed)
        )
    assert error.value.message_dict["phone"] == [
        "Enter the phone number with its country code, for example +420 601 123 456."
    ]


@pytest.mark.parametrize(
    "typed",
    [
        "+48 123",  # too short for Poland
        "+48 601 234 5678",  # too long for Poland
        "+420 012 345 678",  # no Czech number starts with 0
        "+999 601 234 567",  # no such country code
        "+48 601 234 567 ext. 12",
        "+48 601 CALL ME",
        "+48 +601 234 567",
    ],
)
def test_a_phone_that_cannot_exist_is_refused(buyer, typed):
    with pytest.raises(ValidationError) as error:
        services.delivery_address_create(buyer=buyer, **address_fields(phone=typed))
    assert error.value.message_dict["phone"] == [
        "This is not a valid phone number. Check the country code and the digits, "
        "for example +48 601 234 567."
    ]
    assert not buyer.delivery_addresses.exists()


def test_a_polish_address_may_have_a_czech_phone(buyer):
    address = services.delivery_address_create(
        buyer=buyer, **address_fields(phone="+420 603 123 456")
    )
    assert address.country == "PL"
    assert address.phone == "+420603123456"


def test_every_field_error_is_reported_at_once(buyer):
    with pytest.raises(ValidationError) as error:
        services.delivery_address_create(
            buyer=buyer, **address_fields(first_name="  ", postcode="1", phone="601")
        )
    assert set(error.value.message_dict) == {"first_name", "postcode", "phone"}


def test_the_service_checks_again_whatever_the_form_let_through(address):
    with pytest.raises(ValidationError) as error:
        services.delivery_address_update(address=address, phone="+48 1")
    assert "phone" in error.value.message_dict
    address.refresh_from_db()
    assert address.phone == "+48601234567"


# Services -------------------------------------------------------------------------------


def test_an_update_changes_the_address_and_normalises_it(address):
    services.delivery_address_update(
        address=address, **address_fields(country="SK", postcode="04001", phone="+421905123456")
    )
    address.refresh_from_db()
    assert (address.country, address.postcode, address.phone) == ("SK", "040 01", "+421905123456")
    assert address.is_default


def test_an_update_with_a_postcode_of_another_country_is_refused(address):
    with pytest.raises(ValidationError) as error:
        services.delivery_address_update(address=address, country="HU")
    assert "postcode" in error.value.message_dict
    address.refresh_from_db()
    assert address.country == "PL"


def test_deleting_the_default_makes_the_oldest_remaining_one_the_default(buyer):
    first = DeliveryAddressFactory(buyer=buyer, city="Kraków")
    second = DeliveryAddressFactory(buyer=buyer, city="Gdańsk")
    third = DeliveryAddressFactory(buyer=buyer, city="Łódź")
    services.delivery_address_set_default(address=third)
    services.delivery_address_delete(address=third)
    assert list(buyer.delivery_addresses.values_list("city", "is_default")) == [
        ("Kraków", True),
        ("Gdańsk", False),
    ]
    services.delivery_address_delete(address=first)
    second.refresh_from_db()
    assert second.is_default


def test_deleting_a_non_default_address_keeps_the_default(buyer):
    default = DeliveryAddressFactory(buyer=buyer)
    other = DeliveryAddressFactory(buyer=buyer)
    services.delivery_address_delete(address=other)
    default.refresh_from_db()
    assert default.is_default


def test_deleting_an_address_twice_is_harmless(address):
    services.delivery_address_delete(address=address)
    services.delivery_address_delete(address=address)
    assert not DeliveryAddress.objects.exists()


def test_a_new_default_replaces_the_old_one(buyer):
    first = DeliveryAddressFactory(buyer=buyer)
    second = DeliveryAddressFactory(buyer=buyer)
    services.delivery_address_set_default(address=second)
    first.refresh_from_db()
    second.refresh_from_db()
    assert second.is_default and not first.is_default


def test_an_order_keeps_its_snapshot_after_its_address_is_edited_and_deleted(buyer, buyer_client):
    # given an order placed with the buyer's address
    address = DeliveryAddressFactory(buyer=buyer)
    order = OrderFactory(buyer=buyer, address=address)
    snapshot = address.snapshot()
    assert order.delivery_address == snapshot
    # when the buyer edits the address, then removes it
    edit = reverse("delivery_address_edit", args=[address.pk])
    buyer_client.post(edit, address_fields(street="Nowa", city="Poznań", postcode="60-001"))
    address.refresh_from_db()
    assert address.city == "Poznań"
    buyer_client.post(reverse("delivery_address_delete", args=[address.pk]))
    # then the order still shows where it was sent
    order.refresh_from_db()
    assert not DeliveryAddress.objects.filter(pk=address.pk).exists()
    assert order.delivery_address == snapshot
    assert order.delivery_address["city"] == "Warszawa"


# Selector -------------------------------------------------------------------------------


def test_the_selector_gives_only_the_buyers_own_address(address, other_user):
    assert selectors.delivery_address_get_for_buyer(buyer=address.buyer, address_id=address.pk)
    with pytest.raises(Http404):
        selectors.delivery_address_get_for_buyer(buyer=other_user, address_id=address.pk)


# Pages ----------------------------------------------------------------------------------


def test_account_details_lists_the_addresses_with_their_actions(buyer_client, buyer):
    default = DeliveryAddressFactory(buyer=buyer, street="Długa")
    other = DeliveryAddressFactory(buyer=buyer, street="Krótka")
    page = buyer_client.get(reverse("account_details")).text
    assert 'id="address-list"' in page
    assert "Długa" in page and "Krótka" in page
    assert "+48 601 234 567" in page  # stored as +48601234567, shown spaced
    for name in ("delivery_address_edit", "delivery_address_delete"):
        assert reverse(name, args=[default.pk]) in page
        assert reverse(name, args=[other.pk]) in page
    # only the other one can be made the default
    assert reverse("delivery_address_set_default", args=[other.pk]) in page
    assert reverse("delivery_address_set_default", args=[default.pk]) not in page
    assert 'hx-confirm="Remove this delivery address?' in page
    assert reverse("delivery_address_new") in page


def test_the_new_address_form_has_labelled_fields_and_the_buyers_country(client):
    buyer = UserFactory(registration_marketplace="sk")
    client.force_login(buyer)
    response = client.get(reverse("delivery_address_new"))
    assert response.status_code == 200
    assert "<h1>" in response.text  # a whole page without JavaScript
    for field in response.context["form"]:
        assert f'<label for="{field.id_for_label}">' in response.text
    assert '<option value="SK" selected>Slovakia</option>' in response.text
    assert 'value="Anna"' in response.text  # the account's name, to change if need be
    assert "hx-post" not in response.text.split('id="address-form"')[1].split(">")[0]


def test_adding_an_address_without_javascript(buyer_client, buyer):
    # when the buyer submits the form as a plain page
    response = buyer_client.post(
        reverse("delivery_address_new"),
        address_fields(country="CZ", postcode="60200", phone="+420 731 234 567", city="Brno"),
        follow=True,
    )
    # then they are back on Account details, with a message and the address listed
    assert response.redirect_chain == [(reverse("account_details"), 302)]
    assert "The address was added." in response.text
    address = buyer.delivery_addresses.get()
    assert (address.postcode, address.phone, address.is_default) == (
        "602 00",
        "+420731234567",
        True,
    )
    assert "602 00 Brno" in response.text


def test_adding_an_address_with_htmx_swaps_the_list(buyer_client, buyer):
    # given the inline form, fetched by htmx
    form = buyer_client.get(reverse("delivery_address_new"), headers=HTMX)
    assert form.text.lstrip().startswith("<form")
    assert f'hx-post="{reverse("delivery_address_new")}"' in form.text
    # when it is submitted
    response = buyer_client.post(reverse("delivery_address_new"), address_fields(), headers=HTMX)
    # then the address list comes back to replace #address-list
    assert response.status_code == 200
    assert response["HX-Retarget"] == "#address-list"
    assert response["HX-Reswap"] == "outerHTML"
    assert response.text.lstrip().startswith('<div id="address-list">')
    assert "The address was added." in response.text
    assert "Długa 3" in response.text
    assert buyer.delivery_addresses.count() == 1
    # and no message waits for the next full page
    assert "The address was added." not in buyer_client.get(reverse("account_details")).text


def test_a_refused_htmx_form_keeps_the_draft_with_errors_next_to_fields(buyer_client, buyer):
    draft = address_fields(street="Piękna", phone="601 234 567", postcode="00950")
    response = buyer_client.post(reverse("delivery_address_new"), draft, headers=HTMX)
    assert response.status_code == 422
    assert "HX-Retarget" not in response
    assert response.text.lstrip().startswith("<form")
    assert 'value="Piękna"' in response.text
    assert 'value="601 234 567"' in response.text
    assert 'id="id_phone_error"' in response.text
    assert 'aria-invalid="true"' in response.text
    assert "Enter the phone number with its country code" in response.text
    assert form_errors(response, "postcode")
    assert not buyer.delivery_addresses.exists()


def test_a_refused_plain_form_is_the_whole_page_with_the_draft(buyer_client):
    draft = address_fields(city="Gdańsk", phone="+48 123")
    response = buyer_client.post(reverse("delivery_address_new"), draft)
    assert response.status_code == 422
    assert "<h1>" in response.text
    assert 'value="Gdańsk"' in response.text
    assert "This is not a valid phone number." in response.text


@pytest.mark.parametrize("htmx", [False, True], ids=["plain", "htmx"])
def test_editing_an_address(buyer_client, address, htmx):
    url = reverse("delivery_address_edit", args=[address.pk])
    headers = HTMX if htmx else {}
    form = buyer_client.get(url, headers=headers)
    assert form.status_code == 200
    assert 'value="Marszałkowska"' in form.text
    assert 'value="+48 601 234 567"' in form.text
    response = buyer_client.post(
        url, address_fields(street="Piękna", phone="+48 512 345 678"), headers=headers
    )
    address.refresh_from_db()
    assert (address.street, address.phone) == ("Piękna", "+48512345678")
    assert address.is_default
    if htmx:
        assert response["HX-Retarget"] == "#address-list"
        assert "The address was saved." in response.text
        assert "Piękna 3" in response.text
    else:
        assert response.status_code == 302
        assert response["Location"] == reverse("account_details")


def test_a_refused_edit_changes_nothing(buyer_client, address):
    url = reverse("delivery_address_edit", args=[address.pk])
    response = buyer_client.post(
        url, address_fields(country="SK", postcode="00-950"), headers=HTMX
    )
    assert response.status_code == 422
    assert "Enter a Slovak postcode" in response.text
    address.refresh_from_db()
    assert address.country == "PL"


def test_removing_without_javascript_asks_first(buyer_client, address):
    url = reverse("delivery_address_delete", args=[address.pk])
    confirm = buyer_client.get(url)
    assert confirm.status_code == 200
    assert "Remove this delivery address?" in confirm.text
    assert f'action="{url}"' in confirm.text
    assert DeliveryAddress.objects.filter(pk=address.pk).exists()
    response = buyer_client.post(url, follow=True)
    assert "The address was removed." in response.text
    assert not DeliveryAddress.objects.filter(pk=address.pk).exists()


def test_removing_the_default_with_htmx_shows_the_new_default(buyer_client, buyer):
    first = DeliveryAddressFactory(buyer=buyer, street="Pierwsza")
    second = DeliveryAddressFactory(buyer=buyer, street="Druga")
    response = buyer_client.post(reverse("delivery_address_delete", args=[first.pk]), headers=HTMX)
    assert response.status_code == 200
    assert "Pierwsza" not in response.text
    assert "Druga" in response.text
    assert "The address was removed." in response.text
    second.refresh_from_db()
    assert second.is_default
    # the new default no longer offers "Make default"
    assert reverse("delivery_address_set_default", args=[second.pk]) not in response.text


@pytest.mark.parametrize("htmx", [False, True], ids=["plain", "htmx"])
def test_choosing_a_default(buyer_client, buyer, htmx):
    first = DeliveryAddressFactory(buyer=buyer)
    second = DeliveryAddressFactory(buyer=buyer)
    response = buyer_client.post(
        reverse("delivery_address_set_default", args=[second.pk]),
        headers=HTMX if htmx else {},
    )
    first.refresh_from_db()
    second.refresh_from_db()
    assert second.is_default and not first.is_default
    if htmx:
        assert "This is now your default address." in response.text
    else:
        assert response["Location"] == reverse("account_details")


def test_make_default_only_answers_post(buyer_client, address):
    url = reverse("delivery_address_set_default", args=[address.pk])
    assert buyer_client.get(url).status_code == 405


ADDRESS_URLS = [
    "delivery_address_edit",
    "delivery_address_delete",
    "delivery_address_set_default",
]


@pytest.mark.parametrize("name", ADDRESS_URLS)
@pytest.mark.parametrize("method", ["get", "post"])
@pytest.mark.parametrize("htmx", [False, True], ids=["plain", "htmx"])
def test_another_users_address_is_not_found(client, address, other_user, name, method, htmx):
    # given someone else signed in
    client.force_login(other_user)
    url = reverse(name, args=[address.pk])
    # when they open or post to the buyer's address
    response = getattr(client, method)(url, address_fields(), headers=HTMX if htmx else {})
    # then it does not exist for them, and nothing changed
    assert response.status_code == 404
    stored = DeliveryAddress.objects.get(pk=address.pk)
    assert stored.snapshot() == address.snapshot()
    assert stored.is_default


def test_a_script_in_a_name_is_shown_as_text(buyer_client, buyer):
    DeliveryAddressFactory(buyer=buyer, first_name="<script>alert(1)</script>")
    address = buyer.delivery_addresses.get()
    pages = [
        buyer_client.get(reverse("account_details")),
        buyer_client.get(reverse("account_details"), headers=HTMX),
        buyer_client.get(reverse("delivery_address_edit", args=[address.pk])),
        buyer_client.get(reverse("delivery_address_delete", args=[address.pk])),
    ]
    for page in pages:
        assert "<script>alert(1)</script>" not in page.text
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page.text


def test_account_details_query_count_does_not_grow_with_addresses(
    buyer_client, buyer, django_assert_num_queries
):
    DeliveryAddressFactory(buyer=buyer)
    with django_assert_num_queries(3):
        buyer_client.get(reverse("account_details"))
    for _ in range(8):
        DeliveryAddressFactory(buyer=buyer)
    with django_assert_num_queries(3):
        page = buyer_client.get(reverse("account_details"))
    assert page.text.count('class="address-actions"') == 9


# In a real browser ----------------------------------------------------------------------


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_managing_addresses_in_a_browser_without_reloads(page, buyer, password, screenshot_dir):
    # given a buyer with one address on Account details, in English
    services.user_set_language(user=buyer, language="en")
    DeliveryAddressFactory(buyer=buyer, street="Pierwsza")
    page.goto("/login/")
    page.get_by_label("Login").fill(buyer.username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url("/")
    page.goto("/account/")
    page.evaluate("window.__samePage = true")
    # when they add an address with a phone without its country code
    page.get_by_role("link", name="Add a delivery address").click()
    form = page.locator("#address-form")
    assert form.get_by_label("First name").input_value() == buyer.first_name
    form.get_by_label("Street").fill("Druga")
    form.get_by_label("Building number").fill("7")
    form.get_by_label("Postcode").fill("31-147")
    form.get_by_label("City").fill("Kraków")
    form.get_by_label("Phone").fill("601 234 567")
    form.get_by_role("button", name="Add the address").click()
    # then the error is next to the field and the draft is still there
    page.get_by_text("Enter the phone number with its country code").wait_for()
    screenshot_dir.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=screenshot_dir / "delivery_address_refused.png", full_page=True)
    assert page.locator("#address-form").get_by_label("Street").input_value() == "Druga"
    # when they fix it, the list shows both addresses in place
    page.locator("#address-form").get_by_label("Phone").fill("+48 601 234 567")
    page.locator("#address-form").get_by_role("button", name="Add the address").click()
    page.get_by_text("The address was added.").wait_for()
    assert page.locator("#address-list li").count() == 2
    page.screenshot(path=screenshot_dir / "delivery_addresses.png", full_page=True)
    # when they make the new one the default and remove the old one (confirming)
    page.get_by_role("button", name="Make default Druga 7").click()
    page.get_by_text("This is now your default address.").wait_for()
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("link", name="Remove Pierwsza 10").click()
    page.get_by_text("The address was removed.").wait_for()
    # when they edit it in place
    page.get_by_role("link", name="Edit Druga 7").click()
    page.locator("#address-list li form").get_by_label("City").fill("Wieliczka")
    page.get_by_role("button", name="Save the address").click()
    page.get_by_text("The address was saved.").wait_for()
    assert "31-147 Wieliczka" in page.locator("#address-list").inner_text()
    # then one address is left, the default, and the page never reloaded
    assert list(buyer.delivery_addresses.values_list("street", "is_default")) == [("Druga", True)]
    assert page.locator("#address-list li").count() == 1
    assert page.evaluate("window.__samePage") is True
    assert not [m for m in page.console_messages if "Content Security Policy" in m]
