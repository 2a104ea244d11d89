"""Who may write to whom through the relay (SPEC §4 and the seed's sender rules).

- **To a buyer**: only from one of the seller's *verified, not removed* My email addresses
  (the author is the seller), or from a sender on the staff-editable allowlist of
  couriers, payment operators and sales tools (no author; the address is kept). The
  address compared is the one in the `From:` header, case-insensitively; the envelope
  sender is not: sales tools set their own return addresses (the seed), so the seller
  adds the From address the tool uses. Either way the From domain must be authenticated
  (`AuthResult.verified`), otherwise anyone could write `From: <the seller's address>`.
- **To a seller**: only from the order's buyer, writing from their account e-mail,
  authenticated. It goes to the seller address used in the conversation, or to the
  seller's primary address once that one has been removed from the list.
- Allowlist entries match exactly: `@inpost.pl` matches `x@inpost.pl` only, never
  `x@mail.inpost.pl` nor a look-alike (`inpost.pl.evil.example`, `evil-inpost.pl`); the
  seed lists the subdomains that send (`@mail.furgonetka.pl`), so subdomains are not
  implied. `name@domain` is one address; a bare `domain` is that exact domain.

Refusal reasons are English: they become the SMTP reply the sender reads.
`decide` has no side effects and runs a few small indexed queries.
"""

from __future__ import annotations

import email.utils
from dataclasses import dataclass

from django.db.models.functions import Lower

from accounts.models import SellerEmailAddress, User
from messaging.models import RelayAllowlistEntry, Thread

from . import rows
from .addresses import ADDRESS_FIELDS, PARTY_FIELDS, THREAD_FIELDS, Recipient
from .auth import AuthResult, domain_of

HOW_TO_ADD = (
    "To write to buyers from it, the seller adds it in Communication settings > "
    "My email addresses and verifies it."
)


@dataclass(frozen=True)
class SenderDecision:
    allowed: bool
    author: User | None  # the account the message is from; None for an allowlisted sender
    external_sender: str  # the From address, lower case
    reason: str  # why not (for the SMTP reply) or, when allowed, which rule let it through
    # To a buyer: the seller's address it came from. To a seller: the address delivered to.
    seller_email: SellerEmailAddress | None
    deliver_to: str | None  # to a seller: where the message goes by e-mail
    thread: Thread | None = None  # to a seller: the conversation found on the way
    # Refused only because the sender could not be authenticated: with DNS failing for
    # now (a temperror), the sending server is asked to try again later (451 4.4.3).
    unauthenticated: bool = False


def _refuse(sender: str, reason: str) -> SenderDecision:
    return SenderDecision(False, None, sender, reason, None, None)


def parse_from(header_from: str) -> str | None:
    """The single address of a From header value, lower case; None if there is not one."""
    addresses = [a for _n, a in email.utils.getaddresses([header_from or ""]) if a]
    if len(addresses) != 1 or domain_of(addresses[0]) is None:
        return None
    return addresses[0].strip().lower()


def allowlist_match(address: str) -> RelayAllowlistEntry | None:
    """The active allowlist entry covering `address` (exact address, `@domain`, `domain`)."""
    domain = domain_of(address)
    if domain is None:
        return None
    return (
        RelayAllowlistEntry.objects.alias(pattern_lower=Lower("pattern"))
        .filter(is_active=True, pattern_lower__in=[address.lower(), f"@{domain}", domain])
        .first()
    )


def _not_authenticated(sender: str, auth: AuthResult) -> str:
    return (
        f"The sender address {sender} could not be authenticated "
        f"(spf={auth.spf}, dkim={auth.dkim}, dmarc={auth.dmarc}): send it through the "
        "mail server of that domain, which signs it with DKIM or is listed in its SPF record."
    )


def _refuse_unauthenticated(sender: str, auth: AuthResult) -> SenderDecision:
    return SenderDecision(
        False, None, sender, _not_authenticated(sender, auth), None, None, unauthenticated=True
    )


def _authenticated(sender: str, auth: AuthResult) -> bool:
    return auth.verified and auth.aligned_domain == domain_of(sender)


def decide(
    *, recipient: Recipient, envelope_from: str, header_from: str, auth: AuthResult
) -> SenderDecision:
    """May this e-mail go to `recipient`? See the module doc. The sender's suspension is
    not a rule here: the suspension stage checks it once, in the worker (SPEC §9)."""
    sender = parse_from(header_from)
    if sender is None:
        return _refuse(header_from or "", "The From header must hold exactly one address.")
    account, order = recipient.account, recipient.order
    if order is not None:
        if account.pk == order.buyer_id:
            # The seller's addresses, read with the order at RCPT (addresses.py).
            return _to_buyer(
                sender,
                auth,
                seller_ids=[order.seller_id],
                buyer=account,
                known=recipient.seller_addresses,
            )
        if account.pk == order.seller_id:
            return _to_seller(sender, auth, seller=account, order=order, recipient=recipient)
        return _refuse(sender, "This address does not belong to this order.")

    # Outside an order the recipient may be the buyer or the seller of a conversation;
    # the sender tells which: a seller's address, or the account e-mail of a buyer.
    seller_ids = list(
        Thread.objects.filter(buyer=account).values_list("seller_id", flat=True).distinct()
    )
    if seller_ids:
        to_buyer = _to_buyer(sender, auth, seller_ids=seller_ids, buyer=account)
        if to_buyer.allowed or to_buyer.seller_email is not None:
            return to_buyer
    if account.is_seller:
        to_seller = _to_seller(sender, auth, seller=account, order=None)
        if to_seller.allowed or not seller_ids:
            return to_seller
    if seller_ids:
        return to_buyer
    return _refuse(sender, "This address has no conversation to deliver to.")


def _to_buyer(
    sender: str,
    auth: AuthResult,
    *,
    seller_ids: list[int],
    buyer: User,
    known: tuple[SellerEmailAddress, ...] | None = None,
):
    if known is None:
        addresses = _seller_addresses(seller_ids, sender)
    else:  # all the seller's addresses, in the same order
        addresses = [a for a in known if a.email.lower() == sender]
    active = [a for a in addresses if a.removed_at is None]
    usable = [a for a in active if a.verified_at is not None]
    if usable:
        address = usable[0]
        if not _authenticated(sender, auth):
            return SenderDecision(
                False,
                None,
                sender,
                _not_authenticated(sender, auth),
                address,
                None,
                unauthenticated=True,
            )
        return SenderDecision(
            True, address.seller, sender, "a verified address of the seller", address, None
        )
    if active:
        return SenderDecision(
            False,
            None,
            sender,
            f"{sender} is on the list but not verified yet (Communication settings > "
            "My email addresses): verify it with the link we sent to it, then send again.",
            active[0],
            None,
        )

    entry = allowlist_match(sender)
    if entry is not None:
        if not _authenticated(sender, auth):
            return _refuse_unauthenticated(sender, auth)
        return SenderDecision(
            True, None, sender, f"allowlisted sender ({entry.pattern})", None, None
        )

    if addresses:
        return SenderDecision(
            False,
            None,
            sender,
            f"{sender} was removed from the seller's My email addresses. {HOW_TO_ADD}",
            addresses[0],
            None,
        )
    return _refuse(sender, f"{sender} is not in the seller's My email addresses. {HOW_TO_ADD}")


def _seller_addresses(seller_ids: list[int], sender: str) -> list[SellerEmailAddress]:
    """The sellers' My email addresses equal to `sender` (any case), removed ones too,
    primary first, each with its seller."""
    placeholders = ", ".join(["%s"] * len(seller_ids))
    sql = (
        f"SELECT {rows.select(SellerEmailAddress, 'a', ADDRESS_FIELDS)},"  # noqa: S608 (names from the models, values as parameters)
        f" {rows.select(User, 's', PARTY_FIELDS)}"
        f" FROM {rows.table(SellerEmailAddress)} a"
        f" JOIN {rows.table(User)} s ON s.id = a.seller_id"
        f" WHERE a.seller_id IN ({placeholders}) AND LOWER(a.email) = %s"
        " ORDER BY a.is_primary DESC, a.created_at ASC, a.id ASC"
    )
    found = []
    for row in rows.fetch(sql, [*seller_ids, sender]):
        address, address.seller = rows.cut(
            row, (SellerEmailAddress, ADDRESS_FIELDS), (User, PARTY_FIELDS)
        )
        found.append(address)
    return found


def _seller_thread(
    *,
    seller: User,
    order,
    buyer_email: str | None = None,
    recipient: Recipient | None = None,
) -> Thread | None:
    """The seller's thread about `order`, or else the latest with the buyer whose account
    e-mail is `buyer_email` (with that buyer); with the address the seller used in it."""
    if order is not None and recipient is not None and recipient.loaded:
        thread = recipient.thread  # read with the order at RCPT
        return thread if thread is not None and thread.seller_id == seller.pk else None
    join = where = ""
    params: list = [seller.pk]
    buyer_select = ""
    if order is not None:
        where, params = " AND t.order_id = %s", [*params, order.pk]
    else:
        buyer_select = f", {rows.select(User, 'b', PARTY_FIELDS)}"
        join = f" JOIN {rows.table(User)} b ON b.id = t.buyer_id"
        where, params = " AND LOWER(b.email) = %s", [*params, buyer_email]
    sql = (
        f"SELECT {rows.select(Thread, 't', THREAD_FIELDS)},"  # noqa: S608 (names from the models, values as parameters)
        f" {rows.select(SellerEmailAddress, 'e', ADDRESS_FIELDS)}{buyer_select}"
        f" FROM {rows.table(Thread)} t"
        f" LEFT JOIN {rows.table(SellerEmailAddress)} e ON e.id = t.seller_email_id{join}"
        f" WHERE t.seller_id = %s{where}"
        " ORDER BY t.last_message_at DESC, t.id DESC"
    )
    found = rows.fetch(sql + " LIMIT 1", params)
    if not found:
        return None
    buyer = [] if order is not None else [(User, PARTY_FIELDS)]
    thread, thread.seller_email, *loaded = rows.cut(
        found[0], (Thread, THREAD_FIELDS), (SellerEmailAddress, ADDRESS_FIELDS), *buyer
    )
    if loaded:
        thread.buyer = loaded[0]
    return thread


def _to_seller(
    sender: str, auth: AuthResult, *, seller: User, order, recipient: Recipient | None = None
):
    if order is not None:
        buyer = order.buyer  # loaded with the order (addresses.resolve_recipient)
        if buyer is None or buyer.email.lower() != sender:
            return _refuse(
                sender,
                f"{sender} is not the buyer's address: the buyer writes from the e-mail "
                "address of their account.",
            )
        thread = _seller_thread(seller=seller, order=order, recipient=recipient)
    else:
        thread = _seller_thread(seller=seller, order=None, buyer_email=sender)
        if thread is None:
            return _refuse(
                sender,
                f"{sender} is not the address of a buyer in a conversation with this seller.",
            )
    if not _authenticated(sender, auth):
        return _refuse_unauthenticated(sender, auth)

    address = thread.seller_email if thread is not None else None
    if address is None or address.removed_at is not None:
        address = SellerEmailAddress.objects.filter(
            seller=seller, is_primary=True, removed_at__isnull=True
        ).first()
    deliver_to = address.email if address is not None else seller.email
    author = buyer if order is not None else thread.buyer
    return SenderDecision(
        True, author, sender, "the buyer of the conversation", address, deliver_to, thread
    )
