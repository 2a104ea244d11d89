"""The seed's sender rules: who may write to a buyer or a seller through the relay."""

import pytest
from django.urls import reverse

from accounts import services as account_services
from messaging.models import RelayAllowlistEntry
from messaging.relay.auth import AuthResult, domain_of
from messaging.relay.rules import decide, parse_from

try:
    from messaging.relay.addresses import Recipient
except ImportError:  # addresses.py not there yet: the same two fields
    from dataclasses import dataclass

    @dataclass(frozen=True)
    class Recipient:
        account: object
        order: object


def passed(header_from: str) -> AuthResult:
    return AuthResult("pass", "pass", "pass", domain_of(parse_from(header_from)), True)


FAILED = AuthResult("fail", "none", "fail", None, False)


def to_buyer(order, header_from, auth=None):
    """The decision for mail to the order's buyer, taken twice: with the order as the ORM
    loads it (the rules look the seller's addresses up) and as the relay resolves the
    buyer's masked address at RCPT (the addresses come with the order); both the same."""
    from messaging.relay.addresses import resolve_recipient
    from tests.messaging.test_relay_inbound import masked

    decisions = [
        decide(
            recipient=recipient,
            envelope_from=header_from,
            header_from=header_from,
            auth=auth or passed(header_from),
        )
        for recipient in (
            Recipient(order.buyer, order),
            resolve_recipient(masked(order.buyer, order)),
        )
    ]
    seen = [
        (
            d.allowed,
            d.author and d.author.pk,
            d.external_sender,
            d.reason,
            d.seller_email and d.seller_email.pk,
        )
        for d in decisions
    ]
    assert seen[0] == seen[1]
    return decisions[1]


def to_seller(order, header_from, auth=None):
    return decide(
        recipient=Recipient(order.seller, order),
        envelope_from=header_from,
        header_from=header_from,
        auth=auth or passed(header_from),
    )


@pytest.fixture
def shop_address(seller):
    return account_services.seller_email_add(
        seller=seller, email="Sales@Shop.example", verified=True
    )


# To a buyer -------------------------------------------------------------------------


def test_a_verified_seller_address_may_write_to_the_buyer(order, seller, shop_address):
    decision = to_buyer(order, '"My Shop" <sales@shop.example>')

    assert decision.allowed
    assert decision.author == seller
    assert decision.seller_email == shop_address


def test_the_address_is_compared_case_insensitively(order, seller, shop_address):
    assert to_buyer(order, "SALES@SHOP.EXAMPLE").author == seller


def test_an_unverified_address_is_refused_and_told_so(order, seller):
    account_services.seller_email_add(seller=seller, email="new@shop.example")

    decision = to_buyer(order, "new@shop.example")

    assert not decision.allowed
    assert "new@shop.example is on the list but not verified yet" in decision.reason


def test_a_removed_address_may_no_longer_write(order, seller, shop_address):
    account_services.seller_email_remove(address=shop_address)

    decision = to_buyer(order, "sales@shop.example")

    assert not decision.allowed
    assert "removed" in decision.reason
    assert "My email addresses" in decision.reason


def test_a_random_address_is_refused_with_how_to_add_it(order):
    decision = to_buyer(order, "someone@elsewhere.example")

    assert not decision.allowed
    assert decision.author is None
    assert "not in the seller's My email addresses" in decision.reason
    assert "Communication settings > My email addresses" in decision.reason
    assert "verif" in decision.reason
    assert decision.reason.isascii()  # it becomes an SMTP reply


def test_another_sellers_verified_address_is_refused(order, shop_address):
    other_seller = account_services.user_create(
        username="other-shop",
        password=None,
        email="owner@other.example",
        registration_marketplace="pl",
        is_seller=True,
    )

    assert not to_buyer(order, other_seller.email).allowed


def test_a_claimed_seller_address_failing_authentication_is_refused(order, shop_address):
    decision = to_buyer(order, "sales@shop.example", auth=FAILED)

    assert not decision.allowed
    assert decision.author is None
    assert "could not be authenticated" in decision.reason


def test_authentication_of_another_domain_does_not_count(order, shop_address):
    decision = to_buyer(order, "sales@shop.example", auth=passed("x@evil.example"))

    assert not decision.allowed


@pytest.mark.parametrize(
    "sender",
    ["x@inpost.pl", "Powiadomienia@InPost.PL", "noreply@tpay.com", "info@shipcenter.pl"],
)
def test_allowlisted_courier_and_payment_senders_reach_the_buyer(order, sender):
    decision = to_buyer(order, sender)

    assert decision.allowed
    assert decision.author is None
    assert decision.external_sender == sender.lower()


@pytest.mark.parametrize(
    "sender",
    [
        "x@inpost.pl.evil.example",
        "x@evil-inpost.pl",
        "inpost.pl@evil.example",
        "x@mail.inpost.pl",  # subdomains are listed explicitly in the seed
        "other@tpay.com",
        "sales@shipcenter.pl",
        "x@furgonetka.pl.evil.example",
    ],
)
def test_look_alikes_of_allowlisted_senders_are_refused(order, sender):
    assert not to_buyer(order, sender).allowed


def test_listed_subdomains_match_and_the_parent_entry_does_not_cover_others(order):
    assert to_buyer(order, "x@mail.furgonetka.pl").allowed
    assert to_buyer(order, "x@furgonetka.pl").allowed
    assert not to_buyer(order, "x@other.furgonetka.pl").allowed


def test_an_allowlisted_sender_must_be_authenticated(order):
    decision = to_buyer(order, "x@inpost.pl", auth=FAILED)

    assert not decision.allowed
    assert "could not be authenticated" in decision.reason


def test_a_deactivated_allowlist_entry_no_longer_matches(order):
    RelayAllowlistEntry.objects.filter(pattern="@inpost.pl").update(is_active=False)

    assert not to_buyer(order, "x@inpost.pl").allowed


def test_a_bare_domain_entry_matches_that_domain_only(order):
    assert to_buyer(order, "x@return-myparcel.org").allowed
    assert not to_buyer(order, "x@eu.return-myparcel.org").allowed


def test_deciding_takes_a_couple_of_queries(order, shop_address, django_assert_max_num_queries):
    with django_assert_max_num_queries(2):
        decide(
            recipient=Recipient(order.buyer, order),
            envelope_from="x@inpost.pl",
            header_from="x@inpost.pl",
            auth=passed("x@inpost.pl"),
        )


def test_with_the_addresses_read_at_rcpt_a_sellers_mail_is_decided_without_a_query(
    order, shop_address, django_assert_num_queries
):
    from messaging.relay.addresses import resolve_recipient
    from tests.messaging.test_relay_inbound import masked

    recipient = resolve_recipient(masked(order.buyer, order))

    with django_assert_num_queries(0):
        decision = decide(
            recipient=recipient,
            envelope_from="sales@shop.example",
            header_from="Sales@Shop.example",
            auth=passed("sales@shop.example"),
        )
    assert decision.allowed and decision.seller_email.pk == shop_address.pk
    with django_assert_num_queries(1):  # the allowlist
        decide(
            recipient=recipient,
            envelope_from="x@inpost.pl",
            header_from="x@inpost.pl",
            auth=passed("x@inpost.pl"),
        )


# To a seller ------------------------------------------------------------------------


def test_the_buyer_writes_to_the_seller_at_the_conversations_address(
    order, thread, buyer, shop_address
):
    type(thread).objects.filter(pk=thread.pk).update(seller_email=shop_address)

    decision = to_seller(order, buyer.email.upper())

    assert decision.allowed
    assert decision.author == buyer
    assert decision.deliver_to == shop_address.email


def test_after_the_address_is_removed_mail_goes_to_the_primary(
    order, thread, buyer, seller, shop_address
):
    type(thread).objects.filter(pk=thread.pk).update(seller_email=shop_address)
    account_services.seller_email_remove(address=shop_address)

    decision = to_seller(order, buyer.email)

    assert decision.allowed
    assert decision.deliver_to == seller.email  # the registration address is the primary


def test_without_a_conversation_address_mail_goes_to_the_primary(order, buyer, seller):
    assert to_seller(order, buyer.email).deliver_to == seller.email


def test_the_buyer_writing_from_another_address_is_refused(order):
    decision = to_seller(order, "buyer.private@elsewhere.example")

    assert not decision.allowed
    assert "not the buyer's address" in decision.reason


def test_the_buyer_address_failing_authentication_is_refused(order, buyer):
    assert not to_seller(order, buyer.email, auth=FAILED).allowed


def test_a_courier_cannot_write_to_the_seller(order):
    assert not to_seller(order, "x@inpost.pl").allowed


# Outside an order (the fixed part of the address alone) -------------------------------


def test_outside_an_order_the_sender_tells_the_direction(thread, buyer, seller, shop_address):
    seller_to_buyer = decide(
        recipient=Recipient(buyer, None),
        envelope_from="sales@shop.example",
        header_from="sales@shop.example",
        auth=passed("sales@shop.example"),
    )
    buyer_to_seller = decide(
        recipient=Recipient(seller, None),
        envelope_from=buyer.email,
        header_from=buyer.email,
        auth=passed(buyer.email),
    )
    stranger = decide(
        recipient=Recipient(seller, None),
        envelope_from="x@elsewhere.example",
        header_from="x@elsewhere.example",
        auth=passed("x@elsewhere.example"),
    )

    assert seller_to_buyer.allowed and seller_to_buyer.author == seller
    assert buyer_to_seller.allowed and buyer_to_seller.author == buyer
    assert buyer_to_seller.deliver_to == seller.email
    assert not stranger.allowed


def test_a_from_header_with_two_addresses_is_refused(order, shop_address):
    assert not to_buyer(order, "sales@shop.example, x@inpost.pl").allowed


# The allowlist in admin -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("pattern", "valid"),
    [
        ("@newcourier.pl", True),
        ("noreply@newcourier.pl", True),
        ("newcourier.pl", True),
        ("@", False),
        ("@newcourier", False),
        ("new courier.pl", False),
        ("a@b@newcourier.pl", False),
        ("@-bad-.pl", False),
    ],
)
def test_the_admin_form_accepts_the_three_pattern_shapes(db, pattern, valid):
    from messaging.admin import RelayAllowlistEntryForm

    form = RelayAllowlistEntryForm(data={"pattern": pattern, "is_active": True})

    assert form.is_valid() is valid, form.errors


def test_staff_add_and_deactivate_entries_in_admin(admin_client, order):
    admin_client.post(
        reverse("admin:messaging_relayallowlistentry_add"),
        {"pattern": "@newcourier.pl", "note": "new partner", "is_active": "on"},
    )
    assert to_buyer(order, "x@newcourier.pl").allowed

    entry = RelayAllowlistEntry.objects.get(pattern="@newcourier.pl")
    admin_client.post(
        reverse("admin:messaging_relayallowlistentry_changelist"),
        {"action": "deactivate", "_selected_action": [entry.pk]},
    )
    assert not to_buyer(order, "x@newcourier.pl").allowed
    duplicate = admin_client.post(
        reverse("admin:messaging_relayallowlistentry_add"), {"pattern": "@NEWCOURIER.pl"}
    )
    assert duplicate.status_code == 200  # the form again, with the uniqueness error
