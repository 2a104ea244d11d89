import pytest

from messaging.relay.addresses import (
    MalformedAddress,
    MaskedAddress,
    UnknownRecipient,
    parse_masked_address,
    resolve_recipient,
)
from tests.factories import OrderFactory


def test_the_seeds_example_address_is_split_into_sender_and_transaction():
    assert parse_masked_address("8awgqyk6a5+cub31c122@allegromail.pl") == MaskedAddress(
        "8awgqyk6a5", "cub31c122", "allegromail.pl"
    )


def test_the_fixed_part_alone_and_upper_case_are_accepted():
    assert parse_masked_address("<8AWGQYK6A5@AllegroMail.COM>") == MaskedAddress(
        "8awgqyk6a5", None, "allegromail.com"
    )


@pytest.mark.parametrize(
    "address",
    [
        "",
        "8awgqyk6a5",
        "8awgqyk6a5+cub31c122@example.com",  # not our domain
        "8awgqyk6a5+cub31c122@allegromail.pl.evil.example",
        "8awgqyk6a+cub31c122@allegromail.pl",  # sender id too short
        "8awgqyk6a55+cub31c122@allegromail.pl",  # too long
        "8awgqyk6a5+cub31c12@allegromail.pl",  # transaction id too short
        "8awgqyk6a5+cub31c122+x@allegromail.pl",  # extra +
        "8awgqyk6a5++cub31c122@allegromail.pl",
        "8awgqyk6a5+@allegromail.pl",
        "8awg-yk6a5@allegromail.pl",  # wrong characters
        "8awgqyk6ą5@allegromail.pl",
        '"8awgqyk6a5"@allegromail.pl',  # quoted local part
        '"8awgqyk6a5+cub31c122"@allegromail.pl',
        "8awgqyk6a5@x@allegromail.pl",
        "8awgqyk6a5@allegromail.pl.",
    ],
)
def test_malformed_addresses_are_refused(address):
    with pytest.raises(MalformedAddress):
        parse_masked_address(address)


def test_a_real_account_and_its_order_resolve(buyer, seller, order):
    recipient = resolve_recipient(f"{buyer.sender_id}+{order.transaction_id}@allegromail.pl")
    assert (recipient.account, recipient.order) == (buyer, order)
    recipient = resolve_recipient(f"{seller.sender_id.upper()}@ALLEGROMAIL.PL")
    assert (recipient.account, recipient.order) == (seller, None)


def test_guessed_addresses_are_refused(buyer, order, other_user):
    other_order = OrderFactory(buyer=other_user)
    for address in [
        f"aaaaaaaaaa+{order.transaction_id}@allegromail.pl",  # unknown sender id
        f"{buyer.sender_id}+aaaaaaaaa@allegromail.pl",  # unknown transaction id
        f"{buyer.sender_id}+{other_order.transaction_id}@allegromail.pl",  # not their order
        f"{buyer.sender_id}+{order.transaction_id}@allegromail.com",  # not their domain
        f"{other_user.sender_id}@allegromail.pl",  # registered on allegro.cz: .com
    ]:
        with pytest.raises(UnknownRecipient):
            resolve_recipient(address)
    assert resolve_recipient(f"{other_user.sender_id}@allegromail.com").account == other_user
