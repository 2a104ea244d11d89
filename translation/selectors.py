"""Permission-scoped reads of translations: only the recipient sees one (else 404)."""

from django.shortcuts import get_object_or_404

from messaging.notifications import EmailTranslation
from messaging.selectors import message_get_for_user, party_condition

from .models import MessageTranslation, TranslationStatus


def translation_for_message(*, user, message_id: int) -> MessageTranslation | None:
    """The translation of a message the user may see that is shown to them, if any.

    A message the user may not see is a 404, as in the Message Center.
    """
    message = message_get_for_user(user=user, message_id=message_id)
    return (
        MessageTranslation.objects.filter(message=message, recipient=user)
        .select_related("message")
        .first()
    )


def translation_get_for_reporting(*, user, translation_id: int) -> MessageTranslation:
    """A finished translation shown to `user`; anyone else's is a 404."""
    return get_object_or_404(
        MessageTranslation.objects.select_related("message__thread").filter(
            party_condition(user, "message__thread__")
        ),
        pk=translation_id,
        recipient=user,
        status=TranslationStatus.DONE,
    )


def translation_for_email(message) -> EmailTranslation | None:
    """What the e-mail of `message` shows of its translation (the provider messaging asks)."""
    found = MessageTranslation.objects.filter(message=message).order_by("id").first()
    return None if found is None else email_translation(found)


def email_translation(translation: MessageTranslation) -> EmailTranslation:
    return EmailTranslation(
        status=translation.status,
        text=translation.text,
        source_language=translation.source_language,
        source_language_name=translation.source_language_name,
        target_language=translation.target_language,
    )
