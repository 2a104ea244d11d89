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

from django.db import transaction

from outbox.models import EmailStatus as OutboxStatus
from outbox.models import OutboundEmail
from outbox.services import email_enqueue

from .models import EmailStatus, Message, MessageState
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
        key = message_notification_key(message.pk)
        existing = OutboundEmail.objects.filter(key=key).first()
        if existing is not None:
            return existing
        if message.email_status in (EmailStatus.SENT, EmailStatus.FAILED):
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
