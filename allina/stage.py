"""Allina's stage of the message pipeline (messaging/pipeline.py, SPEC §9).

A buyer's web message to a seller who has Allina on is held: it stays `received` (the
seller's Message Center shows only delivered messages, so it is invisible to them and
counts as nothing unread) while a `Question` waits for her task, which answers it or
delivers it. With Allina off the message goes straight on, recorded as a question she did
not see. The seller's own messages are recorded as the reply to the questions that reached
them (feedback she learns from), and go on.

Runs after the message rules: a blocked message never reaches Allina.
"""

from messaging.models import MessageState
from messaging.pipeline import StageResult

from . import services

HELD = StageResult(MessageState.RECEIVED)


def allina_stage(message) -> StageResult | None:
    thread = message.thread
    if message.author_id is not None and message.author_id == thread.seller_id:
        services.seller_reply_record(message=message)
        return None
    if not services.is_buyer_question(message):
        return None
    if not services.allina_enabled_for(seller=thread.seller_id):
        services.question_record_off(message=message)
        return None
    services.question_hold(message=message)
    return HELD


__all__ = ["HELD", "allina_stage"]
