"""Translation's after-delivery hook on the message path (messaging/pipeline.py, SPEC §7)."""

from messaging.pipeline import Delivery

from . import services
from .models import TranslationStatus


def message_delivered(*, message, delivery: Delivery) -> None:
    """A delivered message for a recipient who reads another language is translated (a
    task enqueued on commit). While the translation is pending, its recipient's e-mail
    waits for it: translation writes the notification when it is done, fails or is
    overdue (translation/services.py)."""
    translation = services.message_translation_request(message=message)
    if translation is not None and translation.status == TranslationStatus.PENDING:
        delivery.defer_notification()
