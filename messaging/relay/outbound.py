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

Delivery and "exactly once"
---------------------------
SMTP gives at-least-once, never exactly-once: a worker may die after the server accepted
the message and before we recorded it, and then the only safe move is to send again. We
make the repeat harmless the way mail itself does: the Message-ID is generated once,
stored (and committed) *before* the first attempt, and every attempt uses it, so the
receiving server or client drops the duplicate. In the database:

    ""/retrying ──claim (commit Message-ID, status pending)──► pending
    pending ──row lock held while sending──► sent (notified_at) | retrying | failed

The send runs while holding the message's row lock, so two workers never send the same
message at the same time; a worker that dies mid-send releases the lock with its
connection, and the redelivered task (acks_late) finds `pending` and sends again with the
same Message-ID.
"""

import re
import secrets
import smtplib
from dataclasses import dataclass
from email.utils import formataddr

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from accounts.models import SellerEmailAddress, User
from accounts.services import masked_email_address
from translation.selectors import translation_for_email

from ..models import EmailStatus, Message, MessageState, Thread

MAX_ERROR_LENGTH = 300
_UNSAFE_HEADER_CHARS = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]+")


class TemporaryFailure(Exception):
    """The server or the network said "not now" (4xx, refused connection, timeout)."""


@dataclass(frozen=True)
class Outcome:
    sent: bool
    reason: str = ""


def header_safe(value: str, *, limit: int = 200) -> str:
    """One line of text for a header: control characters (CR, LF, ...) become spaces."""
    return " ".join(_UNSAFE_HEADER_CHARS.sub(" ", value).split())[:limit]


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


def _new_message_id(message: Message, domain: str) -> str:
    return f"<msg-{message.pk}.{secrets.token_hex(8)}@{domain}>"


def message_email_build(*, message: Message) -> EmailMultiAlternatives:
    """The e-mail for a delivered message, with its stored Message-ID."""
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
    message_translation = translation_for_email(message=message)
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
                "Message-ID": message.email_message_id,
                "Content-Language": recipient.ui_language,
            },
        )
        email.attach_alternative(
            render_to_string("messaging/email/new_message.html", context), "text/html"
        )
    return email


def classify(error: BaseException) -> tuple[bool, str]:
    """(permanent?, a short reason a person can read) for a failed SMTP attempt."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        codes = [code for code, _text in error.recipients.values()]
        answers = "; ".join(f"{code} {_decode(text)}" for code, text in error.recipients.values())
        return bool(codes) and all(code >= 500 for code in codes), answers
    if isinstance(error, smtplib.SMTPAuthenticationError):
        # Our own credentials: an operator problem, not this message's. Keep retrying.
        return False, f"{error.smtp_code} {_decode(error.smtp_error)}"
    if isinstance(error, smtplib.SMTPResponseException):
        return error.smtp_code >= 500, f"{error.smtp_code} {_decode(error.smtp_error)}"
    if isinstance(error, smtplib.SMTPServerDisconnected | TimeoutError | OSError):
        # Stored in English and translated when the writer reads it (_message_status.html).
        return False, gettext_noop("The mail server could not be reached.")
    return False, str(error)


def _decode(text: bytes | str) -> str:
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return header_safe(text, limit=MAX_ERROR_LENGTH)


def _claim(message_id: int) -> bool:
    """Commit status `pending` and a Message-ID before any attempt; False if nothing to do."""
    with transaction.atomic():
        message = (
            Message.objects.select_for_update(of=("self",))
            .select_related("author")
            .filter(pk=message_id)
            .first()
        )
        if message is None or message.state != MessageState.DELIVERED:
            return False
        if message.email_status in (EmailStatus.SENT, EmailStatus.FAILED):
            return False
        fields = ["email_status"]
        if not message.email_message_id:
            if message.author_id:
                domain = masked_email_address(account=message.author).rpartition("@")[2]
            else:
                domain = settings.DEFAULT_FROM_EMAIL.rpartition("@")[2]
            message.email_message_id = _new_message_id(message, domain)
            fields.append("email_message_id")
        message.email_status = EmailStatus.PENDING
        message.save(update_fields=fields)
    return True


def message_email_send(*, message_id: int) -> Outcome:
    """Send one delivered message by e-mail, once. Re-running it after success sends nothing.

    Raises TemporaryFailure for a failure worth retrying; a permanent one (5xx) marks the
    message `failed` with the server's reason and returns Outcome(sent=False, reason).
    """
    if not _claim(message_id):
        return Outcome(sent=False)
    with transaction.atomic():
        # Wait for the row: whoever holds it (another worker sending this e-mail, or the
        # pipeline's second look at a message it had delivered) is done in a moment, and
        # the status then tells. Skipping a locked row sent nothing at all when the lock
        # was not a sender's.
        message = (
            Message.objects.select_for_update()
            .filter(pk=message_id, email_status=EmailStatus.PENDING)
            .first()
        )
        if message is None:  # another worker sent it (or gave up) meanwhile
            return Outcome(sent=False)
        message = Message.objects.select_related(
            "author",
            "thread__buyer",
            "thread__seller",
            "thread__order",
            "thread__offer",
            "thread__seller_email",
        ).get(pk=message_id)
        email = message_email_build(message=message)
        try:
            email.send()
        except (smtplib.SMTPException, OSError) as error:
            permanent, reason = classify(error)
            if not permanent:
                raise TemporaryFailure(reason) from error
            _finish(message, status=EmailStatus.FAILED, error=reason)
            return Outcome(sent=False, reason=reason)
        _finish(message, status=EmailStatus.SENT, notified_at=timezone.now())
    return Outcome(sent=True)


def message_email_retrying(*, message_id: int, reason: str) -> None:
    Message.objects.filter(pk=message_id, email_status=EmailStatus.PENDING).update(
        email_status=EmailStatus.RETRYING, email_error=reason[:MAX_ERROR_LENGTH]
    )


def message_email_give_up(*, message_id: int, reason: str) -> None:
    """After the last retry: the writer sees that the e-mail could not be delivered."""
    Message.objects.filter(
        pk=message_id, email_status__in=[EmailStatus.PENDING, EmailStatus.RETRYING]
    ).update(email_status=EmailStatus.FAILED, email_error=reason[:MAX_ERROR_LENGTH])


def _finish(message: Message, *, status: str, error: str = "", notified_at=None) -> None:
    message.email_status, message.email_error = status, error[:MAX_ERROR_LENGTH]
    fields = ["email_status", "email_error"]
    if notified_at is not None:
        message.notified_at = notified_at
        fields.append("notified_at")
    message.save(update_fields=fields)
