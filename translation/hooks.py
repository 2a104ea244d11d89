"""Translation's after-delivery hook on the message path (messaging/pipeline.py, SPEC §7)."""

from messaging.pipeline import Delivery

from . import services


def message_delivered(*, message, delivery: Delivery) -> None:
    """A delivered message for a recipient who reads another language is translated (a
    task enqueued on commit)."""
    services.message_translation_request(message=message)
