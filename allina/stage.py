"""Allina's stage of the message path (messaging/pipeline.py, SPEC §5, §9).

A buyer's web message to a seller who has Allina on is held: it is `held` (the seller's
Message Center shows only delivered messages, so it is invisible to them and counts as
nothing unread) while a `Question` waits for her task, which answers it (it stays held
until the buyer chooses) or passes it on (it takes the path again past this stage). With
Allina off the message goes straight on, recorded as a question she did not see.

Runs after the suspension and the message rules: a blocked message never reaches Allina.
Her after-delivery hook records a seller's delivered message as the reply to the
questions that reached them (feedback she learns from).
"""

from messaging import pipeline
from messaging.models import Message

from . import services
from .models import Question


def allina_stage(*, message: Message, context: pipeline.StageContext) -> pipeline.Decision:
    if not services.is_buyer_question(message):
        return pipeline.CONTINUE
    if context.again and Question.objects.filter(message=message).exists():
        # Taking the path again (a staff release of a question she had seen, blocked
        # afterwards): she does not see it twice.
        return pipeline.CONTINUE
    if not services.allina_enabled_for(seller=context.thread.seller_id):
        services.question_record_off(message=message)
        return pipeline.CONTINUE
    services.question_hold(message=message)
    return pipeline.hold()


def seller_reply_hook(*, message: Message, delivery: pipeline.Delivery) -> None:
    if message.author_id is not None and message.author_id == delivery.thread.seller_id:
        services.seller_reply_record(message=message)


__all__ = ["allina_stage", "seller_reply_hook"]
