"""Outbound mail: a delivered message goes to the other party's real address (SPEC §4).

The recipient sees the writer only by their masked address: `From:` and `Reply-To:` are
`masked_email_address(account=author, order=thread.order)` with the writer's login as the
display name, so replying by e-mail lands in the same thread through the relay. Messages
written on the web and messages that reached the relay by e-mail leave the same way.

Mail from an allowlisted courier, payment or tool sender (no author, `sender_address`
set) goes to the buyer `From:` our relay address (DEFAULT_FROM_EMAIL) with the courier's
address in the display name, and `Reply-To:` the courier's address. We do not put the
courier's address in `From:`: we cannot sign for their domain (SPF/DMARC would fail at
the buyer's provider), and the address is the courier's public one, not a person's.

The e-mail is composed here (`message_email_build`) and sent through the outbox
(`messaging/notifications.py` writes the row; docs/outbox.md says how it is sent once).
"""

import re
from email.utils import formataddr

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from accounts.models import SellerEmailAddress, User
from accounts.services import masked_email_address
from outbox.smtp import classify  # noqa: F401 (message_rules.tasks imports it from here)
from outbox.smtp import one_line as header_safe

from ..models import Message, Thread
from .automatic import LOOP_HEADER, relay_name


def recipient_address(*, thread: Thread, recipient: User) -> str:
    """The real address mail to `recipient` goes to in this thread.

    A buyer: their account address. A seller: the address used in this conversation
    unless they removed it from My email addresses, else their primary address.
    """
    if recipient.pk != thread.seller_id:
        return recipient.email
    used = thread.seller_email
    if used is not None and used.removed_at is None:
        return used.email
    primary = (
        SellerEmailAddress.objects.filter(seller=recipient, is_primary=True)
        .values_list("email", flat=True)
        .first()
    )
    return primary or recipient.email


def _real_addresses(user: User) -> set[str]:
    emails = set(SellerEmailAddress.objects.filter(seller=user).values_list("email", flat=True))
    emails.add(user.email)
    return {email.lower() for email in emails if email}


def _scrub(text: str, *, hidden: set[str], shown: str) -> str:
    """Replace any of the writer's real addresses (e.g. in a quoted signature)."""
    for address in sorted(hidden, key=len, reverse=True):
        text = re.sub(re.escape(address), shown, text, flags=re.IGNORECASE)
    return text


def party_addresses_masked(*, thread, texts: list[str]) -> list[str]:
    """`texts` (a relayed body, its HTML part) with either party's real addresses (a
    signature, a quoted "On ... <jan@example.com> wrote:") replaced by that party's masked
    address, so the web view shows exactly what the e-mail shows (issue #15). Costs
    nothing for the usual body with no "@" in it."""
    if not any("@" in text for text in texts):
        return texts
    for party in (thread.buyer, thread.seller):
        hidden = _real_addresses(party)
        masked = masked_email_address(account=party, order=thread.order)
        texts = [_scrub(text, hidden=hidden - {masked.lower()}, shown=masked) for text in texts]
    return texts


def message_email_build(*, message: Message, email_translation=None) -> EmailMultiAlternatives:
    """The e-mail for a delivered message (the outbox adds its Message-ID).

    `email_translation`: a `messaging.notifications.EmailTranslation`, or None (no translation
    was needed, or none is known).
    """
    thread = message.thread
    author = message.author
    if author is None:
        recipient = thread.buyer
        writer_name = message.sender_address
        from_email = formataddr((header_safe(writer_name), settings.DEFAULT_FROM_EMAIL))
        reply_to = message.sender_address
        text = message.text
        hidden, masked = set(), ""
    else:
        recipient = thread.other_party(author)
        masked = masked_email_address(account=author, order=thread.order)
        writer_name = author.username
        from_email = formataddr((header_safe(writer_name), masked))
        reply_to = from_email
        hidden = _real_addresses(author)
        text = _scrub(message.text, hidden=hidden, shown=masked)
    # The translation first, then the original (SPEC §7); or the original with a note.
    message_translation = email_translation
    translated = ""
    if message_translation is not None and message_translation.status == "done":
        translated = _scrub(message_translation.text, hidden=hidden, shown=masked)
    to = recipient_address(thread=thread, recipient=recipient)
    with translation.override(recipient.ui_language):
        from ..services import thread_subject

        subject_line = thread_subject(thread)
        context = {
            "message": message,
            "text": text,
            "thread": thread,
            "recipient": recipient,
            "author_login": writer_name,
            "subject_line": subject_line,
            "translation": message_translation,
            "translated_text": translated,
            "thread_url": settings.SITE_URL.rstrip("/")
            + reverse("messaging:thread_detail", args=[thread.pk]),
        }
        subject = _("New message from %(login)s: %(subject)s") % {
            "login": writer_name,
            "subject": subject_line,
        }
        email = EmailMultiAlternatives(
            subject=header_safe(subject, limit=250),
            body=render_to_string("messaging/email/new_message.txt", context),
            from_email=from_email,
            to=[to],
            reply_to=[reply_to],
            headers={
                "Content-Language": recipient.ui_language,
                # A robot's message stays marked as one, so the other side's responder
                # does not answer it; a person's is marked as not automatic (RFC 3834).
                "Auto-Submitted": message.automatic or "no",
                LOOP_HEADER: relay_name(),
            },
        )
        email.attach_alternative(
            render_to_string("messaging/email/new_message.html", context), "text/html"
        )
    return email
