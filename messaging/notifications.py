"""The e-mail of a delivered message to the other party, through the outbox.

`message_notification_enqueue` writes the one outbox row of a message (composed by
`relay/outbound.py`: the translation above the original, masked From/Reply-To). It is
called in the delivering transaction when no translation is pending, else by the
translation app when the translation is finished, has failed, or took too long (then the
original goes out with a note). A second call returns the row of the first: one e-mail
per message.

The translation's text reaches the e-mail as an `EmailTranslation`: passed in by the
caller, or asked of the provider the translation app registers from its AppConfig.ready()
(`register_translation_provider`), so messaging imports nothing of translation.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from outbox.models import EmailStatus as OutboxStatus
from outbox.models import OutboundEmail
from outbox.services import email_enqueue
from outbox.smtp import one_line as header_safe

from .models import Channel, EmailStatus, Message, MessageState
from .relay import automatic
from .relay.outbound import message_email_build

KIND = "message_notification"
CAUSE_KIND = "messaging.message"


@dataclass(frozen=True)
class EmailTranslation:
    """What the e-mail shows of a message's translation."""

    status: str  # "done", "pending", "failed" or "unavailable"
    text: str
    source_language: str
    source_language_name: str
    target_language: str


TranslationProvider = Callable[[Message], EmailTranslation | None]
_translation_provider: TranslationProvider | None = None


def register_translation_provider(provider: TranslationProvider) -> None:
    """`provider(message)` gives the translation an e-mail shows, or None."""
    global _translation_provider
    _translation_provider = provider


def message_notification_key(message_id: int) -> str:
    return f"{KIND}:{message_id}"


def message_notification_enqueue(
    *, message: Message, translation: EmailTranslation | None = None
) -> OutboundEmail | None:
    """Write the e-mail of a delivered message (once); None when there is none to write.

    Call it inside the transaction that delivers the message or finishes its translation.
    """
    with transaction.atomic():
        message = (
            Message.objects.select_for_update(of=("self",))
            .select_related(
                "author",
                "thread__buyer",
                "thread__seller",
                "thread__order",
                "thread__offer",
                "thread__seller_email",
            )
            .filter(pk=message.pk)
            .first()
        )
        if message is None or message.state != MessageState.DELIVERED:
            return None
        if message.automatic and not automatic.email_allowed(message=message):
            # Shown in the Message Center only (relay/automatic.py); recorded, so the
            # safety net (messages_pending_notification) does not ask again.
            Message.objects.filter(pk=message.pk).update(email_status=EmailStatus.WITHHELD)
            return None
        key = message_notification_key(message.pk)
        existing = OutboundEmail.objects.filter(key=key).first()
        if existing is not None:
            return existing
        if message.email_status in (
            EmailStatus.SENT,
            EmailStatus.DELAYED,
            EmailStatus.FAILED,
            EmailStatus.WITHHELD,
        ):
            return None  # e-mailed (or given up) before the outbox existed
        if translation is None and _translation_provider is not None:
            translation = _translation_provider(message)
        email = message_email_build(message=message, email_translation=translation)
        row = email_enqueue(
            kind=KIND,
            cause_kind=CAUSE_KIND,
            cause_id=message.pk,
            key=key,
            message_id_prefix="msg",
            from_email=email.from_email,
            to=email.to,
            reply_to=email.reply_to,
            subject=email.subject,
            body=email.body,
            html=email.alternatives[0].content,
            headers=email.extra_headers,
        )
        Message.objects.filter(pk=message.pk).update(
            email_status=EmailStatus.PENDING, email_error="", email_message_id=row.message_id
        )
    return row


_MESSAGE_STATUS = {
    OutboxStatus.SENT: EmailStatus.SENT,
    OutboxStatus.RETRYING: EmailStatus.RETRYING,
    OutboxStatus.DELAYED: EmailStatus.DELAYED,
    OutboxStatus.FAILED: EmailStatus.FAILED,
}


def message_notification_outcome(*, email: OutboundEmail) -> None:
    """The outbox tried the e-mail: the writer sees the outcome next to their message."""
    status = _MESSAGE_STATUS.get(email.status)
    if status is None:
        return
    fields = {"email_status": status, "email_error": email.last_error}
    if status == EmailStatus.SENT:
        fields["notified_at"] = email.sent_at
    Message.objects.filter(pk=email.cause_id).update(**fields)


BLOCKED_KIND = "blocked_notice"


def blocked_notice_enqueue(*, message: Message) -> OutboundEmail | None:
    """The writer of an e-mail that a stage blocked learns why, at the address they wrote
    from (a suspension, the message rules: the reason the stage gave, in their language).
    One notice per message; call it in the transaction that blocked it. None when there is
    nobody to tell (a courier's mail, a web message: the form shows the reason)."""
    if message.channel != Channel.EMAIL or not message.sender_address or message.automatic:
        return None  # never an answer to a robot's message (RFC 3834 §2)
    author = message.author
    if author is None:
        return None
    from .services import thread_subject  # services writes through this module

    thread = message.thread
    with translation.override(author.ui_language):
        subject_line = thread_subject(thread)
        context = {
            "message": message,
            "subject_line": subject_line,
            "reasons": [line for line in message.stop_reason.splitlines() if line.strip()],
            "thread_url": settings.SITE_URL.rstrip("/")
            + reverse("messaging:thread_detail", args=[thread.pk]),
        }
        subject = header_safe(
            _("Your message was not delivered: %(subject)s") % {"subject": subject_line},
            limit=250,
        )
        body = render_to_string("messaging/email/blocked_notice.txt", context)
        html = render_to_string("messaging/email/blocked_notice.html", context)
    return email_enqueue(
        kind=BLOCKED_KIND,
        cause_kind=CAUSE_KIND,
        cause_id=message.pk,
        key=f"{BLOCKED_KIND}:{message.pk}",
        message_id_prefix="blocked",
        to=[message.sender_address],
        subject=subject,
        body=body,
        html=html,
        headers={
            "Content-Language": author.ui_language,
            "Auto-Submitted": "auto-replied",
            automatic.LOOP_HEADER: automatic.relay_name(),
        },
    )
