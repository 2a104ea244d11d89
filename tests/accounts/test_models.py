"""Database invariants of accounts: they hold even when a service is bypassed."""

import re

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from accounts.identifiers import new_sender_id
from accounts.models import DeliveryAddress, SellerEmailAddress, User
from tests.factories import DeliveryAddressFactory, SellerFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_a_seller_cannot_have_two_primary_addresses(seller):
    # given a seller whose registration address is primary
    assert seller.email_addresses.get().is_primary
    # when a second primary address is written straight to the database
    # then the database refuses it
    with pytest.raises(IntegrityError), transaction.atomic():
        SellerEmailAddress.objects.create(
            seller=seller, email="second@example.com", is_primary=True
        )


def test_two_sellers_each_have_their_own_primary_address():
    first, second = SellerFactory(), SellerFactory()
    assert first.email_addresses.get().is_primary
    assert second.email_addresses.get().is_primary


def test_a_removed_address_cannot_be_primary(seller):
    primary = seller.email_addresses.get()
    with pytest.raises(IntegrityError), transaction.atomic():
        SellerEmailAddress.objects.filter(pk=primary.pk).update(removed_at=timezone.now())


def test_the_same_active_address_cannot_be_listed_twice_whatever_its_case(seller):
    with pytest.raises(IntegrityError), transaction.atomic():
        SellerEmailAddress.objects.create(seller=seller, email=seller.email.upper())


def test_a_removed_address_can_be_added_again(seller):
    # given an address that was removed from the list
    old = SellerEmailAddress.objects.create(
        seller=seller, email="shop@example.com", removed_at=timezone.now()
    )
    # when it is added again, then both rows exist: the old one keeps routing history
    SellerEmailAddress.objects.create(seller=seller, email="shop@example.com")
    assert SellerEmailAddress.objects.filter(seller=seller, email="shop@example.com").count() == 2
    assert old.removed_at is not None


def test_a_buyer_has_at_most_one_default_delivery_address(buyer):
    DeliveryAddressFactory(buyer=buyer)
    second = DeliveryAddressFactory(buyer=buyer)
    assert not second.is_default
    with pytest.raises(IntegrityError), transaction.atomic():
        DeliveryAddress.objects.filter(pk=second.pk).update(is_default=True)


def test_sender_identifiers_have_the_seeds_shape_and_differ_between_accounts():
    users = [UserFactory() for _ in range(20)]
    ids = {user.sender_id for user in users}
    assert len(ids) == 20
    assert all(re.fullmatch(r"[a-z0-9]{10}", sender_id) for sender_id in ids)


def test_sender_identifiers_are_not_sequential():
    # identifiers come from a CSPRNG: consecutive accounts share no common prefix pattern
    first, second = new_sender_id(), new_sender_id()
    assert first != second
    assert len({new_sender_id()[:3] for _ in range(50)}) > 40


def test_a_sender_identifier_is_unique_in_the_database(buyer):
    other = UserFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        User.objects.filter(pk=other.pk).update(sender_id=buyer.sender_id)


def test_a_sender_identifier_of_the_wrong_shape_is_refused(buyer):
    with pytest.raises(IntegrityError), transaction.atomic():
        User.objects.filter(pk=buyer.pk).update(sender_id="ABC+DEF@xx")
