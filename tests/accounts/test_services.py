"""Account services: masked addresses, My email addresses, delivery addresses."""

import re

import pytest
from django.core.exceptions import ValidationError

from accounts import services
from accounts.models import CommunicationSettings
from core.exceptions import DomainError
from tests.factories import OrderFactory, UserFactory

pytestmark = pytest.mark.django_db

SEED_SHAPE = re.compile(r"^(?P<fixed>[a-z0-9]{10})\+(?P<transaction>[a-z0-9]{9})@(?P<domain>.+)$")


@pytest.mark.parametrize(
    ("marketplace", "domain"),
    [
        ("pl", "allegromail.pl"),
        ("cz", "allegromail.com"),
        ("sk", "allegromail.com"),
        ("hu", "allegromail.com"),
    ],
)
def test_masked_address_domain_follows_the_registration_marketplace(marketplace, domain):
    user = UserFactory(registration_marketplace=marketplace)
    assert services.masked_email_address(account=user) == f"{user.sender_id}@{domain}"


def test_order_mail_address_has_the_seeds_shape_for_both_sides(order):
    # like 8awgqyk6a5+cub31c122@allegromail.pl
    for account in (order.buyer, order.seller):
        address = services.masked_email_address(account=account, order=order)
        match = SEED_SHAPE.match(address)
        assert match, address
        assert match["fixed"] == account.sender_id
        assert match["transaction"] == order.transaction_id
        assert match["domain"] == "allegromail.pl"


def test_all_mail_of_one_sender_shares_the_first_part(buyer, address):
    first = OrderFactory(buyer=buyer, address=address)
    second = OrderFactory(buyer=buyer, address=address)
    a = services.masked_email_address(account=buyer, order=first)
    b = services.masked_email_address(account=buyer, order=second)
    assert a != b
    assert a.split("+")[0] == b.split("+")[0] == buyer.sender_id


def test_a_czech_buyer_of_a_polish_seller_writes_from_the_international_domain(seller):
    buyer = UserFactory(registration_marketplace="cz")
    order = OrderFactory(buyer=buyer, offer__seller=seller)
    assert services.masked_email_address(account=buyer, order=order).endswith("@allegromail.com")
    assert services.masked_email_address(account=seller, order=order).endswith("@allegromail.pl")


def test_masked_domains_are_configurable(settings, buyer):
    settings.MASKED_MAIL_DOMAIN_PL = "mail.example.pl"
    assert services.masked_email_address(account=buyer).endswith("@mail.example.pl")


def test_no_masked_order_address_for_someone_outside_the_order(order, other_user):
    with pytest.raises(DomainError):
        services.masked_email_address(account=other_user, order=order)


def test_registering_a_seller_makes_their_address_primary_and_allina_on():
    seller = services.user_create(
        username="shop",
        email="Shop@Example.COM",
        password="x-pass-2026",
        registration_marketplace="pl",
        is_seller=True,
    )
    primary = seller.email_addresses.get()
    assert primary.is_primary and primary.is_verified
    assert primary.email == "Shop@example.com"
    assert CommunicationSettings.objects.get(user=seller).allina_enabled


def test_a_login_that_is_taken_is_refused_with_a_clear_error(buyer):
    with pytest.raises(ValidationError) as error:
        UserFactory(username=buyer.username)
    assert "username" in error.value.message_dict


def test_setting_a_new_primary_address_moves_the_flag(seller):
    old = seller.email_addresses.get()
    new = services.seller_email_add(seller=seller, email="orders@shop.example", verified=True)
    assert not new.is_primary
    services.seller_email_set_primary(address=new)
    old.refresh_from_db()
    new.refresh_from_db()
    assert new.is_primary and not old.is_primary


def test_an_unverified_address_cannot_become_primary(seller):
    new = services.seller_email_add(seller=seller, email="orders@shop.example")
    with pytest.raises(DomainError, match="Verify"):
        services.seller_email_set_primary(address=new)


def test_the_primary_address_cannot_be_removed(seller):
    with pytest.raises(DomainError, match="primary"):
        services.seller_email_remove(address=seller.email_addresses.get())


def test_a_removed_address_leaves_the_list_but_keeps_its_row(seller):
    extra = services.seller_email_add(seller=seller, email="old@shop.example", verified=True)
    services.seller_email_remove(address=extra)
    extra.refresh_from_db()
    assert extra.removed_at is not None
    assert not seller.email_addresses.filter(removed_at__isnull=True, pk=extra.pk).exists()


def test_a_duplicate_address_is_refused(seller):
    with pytest.raises(DomainError, match="already"):
        services.seller_email_add(seller=seller, email=seller.email.upper())


def test_a_malformed_address_is_refused_and_nothing_is_stored(seller):
    with pytest.raises(ValidationError):
        services.seller_email_add(seller=seller, email="not-an-address")
    assert seller.email_addresses.count() == 1


@pytest.mark.parametrize(
    ("country", "good", "bad"),
    [
        ("PL", "00-950", "00950"),
        ("CZ", "110 00", "1100"),
        ("SK", "81101", "8110-1"),
        ("HU", "1051", "10510"),
    ],
)
def test_postcodes_are_checked_per_country(buyer, country, good, bad):
    fields = {
        "first_name": "Eva",
        "last_name": "Kovács",
        "street": "Fő utca",
        "building_number": "1",
        "city": "Budapest",
        "country": country,
        "phone": "+36 30 123 4567",
    }
    assert services.delivery_address_create(buyer=buyer, postcode=good, **fields).pk
    with pytest.raises(ValidationError) as error:
        services.delivery_address_create(buyer=buyer, postcode=bad, **fields)
    assert "postcode" in error.value.message_dict
    assert buyer.delivery_addresses.count() == 1


def test_a_phone_without_country_code_is_refused(buyer):
    with pytest.raises(ValidationError) as error:
        services.delivery_address_create(
            buyer=buyer,
            first_name="Jan",
            last_name="Nowak",
            street="Długa",
            building_number="3",
            postcode="00-238",
            city="Warszawa",
            country="PL",
            phone="601 234 567",
        )
    assert "phone" in error.value.message_dict


def test_the_first_address_is_the_default_and_a_new_default_replaces_it(buyer):
    fields = {
        "first_name": "Jan",
        "last_name": "Nowak",
        "street": "Długa",
        "building_number": "3",
        "postcode": "00-238",
        "city": "Warszawa",
        "country": "PL",
        "phone": "+48 601 234 567",
    }
    first = services.delivery_address_create(buyer=buyer, **fields)
    second = services.delivery_address_create(buyer=buyer, make_default=True, **fields)
    first.refresh_from_db()
    assert second.is_default and not first.is_default
    assert second.phone == "+48601234567"


def test_language_must_be_one_of_the_five(buyer):
    services.user_set_language(user=buyer, language="hu")
    buyer.refresh_from_db()
    assert buyer.ui_language == "hu"
    with pytest.raises(DomainError):
        services.user_set_language(user=buyer, language="de")


def test_ui_language_defaults_to_the_registration_marketplace():
    assert UserFactory(registration_marketplace="cz", language="").ui_language == "cs"
    assert UserFactory(registration_marketplace="hu", language="").ui_language == "hu"
