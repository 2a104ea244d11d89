"""Masked addresses (SPEC §4): parse one, and resolve it to an account and an order.

`fixedsenderidentifier+transactionidentifier@DOMAIN` (order mail) or the fixed part alone
(mail outside an order), e.g. `8awgqyk6a5+cub31c122@allegromail.pl`. Identifiers are
random (marketplace/identifiers.py), so any address that does not resolve exactly (an
unknown part, an order the account is not party to, the other marketplace's domain) is a
guess and is refused; the reason never says which part was wrong.
"""

import dataclasses
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.conf import settings
from django.utils.translation import gettext as _

from accounts.identifiers import SENDER_ID_LENGTH, TRANSACTION_ID_LENGTH
from accounts.models import SellerEmailAddress, User
from accounts.services import masked_mail_domain
from orders.models import Order

from . import rows

if TYPE_CHECKING:
    from messaging.models import Thread

_LOCAL_PART_RE = re.compile(
    rf"^(?P<sender>[a-z0-9]{{{SENDER_ID_LENGTH}}})"
    rf"(?:\+(?P<transaction>[a-z0-9]{{{TRANSACTION_ID_LENGTH}}}))?$"
)


class UnknownRecipient(Exception):
    """The address is not a masked address of ours that leads to somebody."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


class MalformedAddress(UnknownRecipient):
    """The address does not even have the shape of a masked address."""


@dataclass(frozen=True)
class MaskedAddress:
    sender_id: str
    transaction_id: str | None
    domain: str


@dataclass(frozen=True)
class Recipient:
    """What RCPT found behind a masked address, handed on to the sender rules and DATA.

    For an order address, what DATA needs was read with the order in one statement:
    `thread`, the order's conversation (None: the first message opens it) with the
    seller's address in it; and, for mail to the buyer, `seller_addresses`, all the
    seller's My email addresses (removed ones too, primary first, each with its seller)
    for the sender rules to find the From address among. `loaded` says whether these
    were read (else the rules and DATA look them up)."""

    account: User
    order: Order | None
    thread: "Thread | None" = None
    seller_addresses: tuple[SellerEmailAddress, ...] | None = None
    loaded: bool = False


def masked_domains() -> frozenset[str]:
    return frozenset(
        domain.lower()
        for domain in (settings.MASKED_MAIL_DOMAIN_PL, settings.MASKED_MAIL_DOMAIN_INTERNATIONAL)
    )


def parse_masked_address(address: str) -> MaskedAddress:
    """Split a masked address; case-insensitive. Raises `MalformedAddress`."""
    address = (address or "").strip()
    if address.startswith("<") and address.endswith(">"):
        address = address[1:-1]
    address = address.lower()
    local, at, domain = address.rpartition("@")
    if not at or not address.isascii():
        raise MalformedAddress(_("not a masked address of this relay"))
    if domain not in masked_domains():
        raise MalformedAddress(
            _("this relay does not accept mail for %(domain)s") % {"domain": domain}
        )
    match = _LOCAL_PART_RE.fullmatch(local)
    if match is None:
        raise MalformedAddress(_("not a masked address of this relay"))
    return MaskedAddress(
        sender_id=match["sender"], transaction_id=match["transaction"], domain=domain
    )


# What the relay reads of an order, its parties, its thread and the seller's address in
# it (the rest is deferred: rows.py).
ORDER_FIELDS = ("id", "transaction_id", "buyer", "seller", "marketplace")
PARTY_FIELDS = ("id", "email", "is_active", "registration_marketplace", "sender_id", "is_seller")
ADDRESS_FIELDS = ("id", "seller", "email", "is_primary", "verified_at", "removed_at")
THREAD_FIELDS = ("id", "buyer", "seller", "order", "offer", "seller_email")


def _order_with_parties(transaction_id: str, sender_id: str) -> Recipient | None:
    """The order with its parties, and what DATA needs, read at RCPT in one statement
    (see `Recipient`); the account is filled in by the caller. The sender's suspension is
    not read here: the suspension stage checks it once, in the worker (SPEC §9)."""
    from messaging.models import Thread

    sql = (
        f"SELECT {rows.select(Order, 'o', ORDER_FIELDS)},"  # noqa: S608 (names from the models, values as parameters)
        f" {rows.select(User, 'b', PARTY_FIELDS)}, {rows.select(User, 's', PARTY_FIELDS)},"
        f" {rows.select(Thread, 't', THREAD_FIELDS)},"
        f" {rows.select(SellerEmailAddress, 'e', ADDRESS_FIELDS)},"
        f" {rows.select(SellerEmailAddress, 'a', ADDRESS_FIELDS)}"
        f" FROM {rows.table(Order)} o"
        f" LEFT JOIN {rows.table(User)} b ON b.id = o.buyer_id"
        f" JOIN {rows.table(User)} s ON s.id = o.seller_id"
        f" LEFT JOIN {rows.table(Thread)} t ON t.order_id = o.id"
        f" LEFT JOIN {rows.table(SellerEmailAddress)} e ON e.id = t.seller_email_id"
        f" LEFT JOIN {rows.table(SellerEmailAddress)} a"
        "  ON a.seller_id = o.seller_id AND b.sender_id = %s"
        " WHERE o.transaction_id = %s"
        " ORDER BY a.is_primary DESC, a.created_at ASC, a.id ASC"
    )
    found = rows.fetch(sql, [sender_id, transaction_id])
    if not found:
        return None
    party, address = (User, PARTY_FIELDS), (SellerEmailAddress, ADDRESS_FIELDS)
    head = ((Order, ORDER_FIELDS), party, party, (Thread, THREAD_FIELDS), address)
    order, order.buyer, order.seller, thread, thread_address = rows.cut(found[0], *head)
    if thread is not None:
        thread.seller_email = thread_address
    seller_addresses = None
    if order.buyer is not None and order.buyer.sender_id == sender_id:
        start = sum(rows.width(*part) for part in head)
        seller_addresses = []
        for row in found:
            (seller_address,) = rows.cut(row[start:], address)
            if seller_address is not None:
                seller_address.seller = order.seller
                seller_addresses.append(seller_address)
        seller_addresses = tuple(seller_addresses)
    return Recipient(
        account=None,  # the caller picks the party the address names
        order=order,
        thread=thread,
        seller_addresses=seller_addresses,
        loaded=True,
    )


def resolve_recipient(address: str) -> Recipient:
    """The account (and the order) behind a masked address. Raises `UnknownRecipient`."""
    parsed = parse_masked_address(address)
    unknown = UnknownRecipient(_("no such recipient"))
    found = None
    if parsed.transaction_id is None:
        account = User.objects.filter(sender_id=parsed.sender_id, is_active=True).first()
    else:
        # One query: the order with both its parties; the address names one of them.
        found = _order_with_parties(parsed.transaction_id, parsed.sender_id)
        order = found.order if found is not None else None
        parties = (order.buyer, order.seller) if order is not None else ()
        account = next((p for p in parties if p.sender_id == parsed.sender_id), None)
        if account is not None and not account.is_active:
            account = None
    if account is None:
        raise unknown
    if masked_mail_domain(marketplace=account.registration_marketplace).lower() != parsed.domain:
        raise unknown
    if found is None:
        return Recipient(account=account, order=None)
    return dataclasses.replace(found, account=account)
