"""The suspension stage of the message path (messaging/pipeline.py, SPEC §9).

First in `STAGE_ORDER` and never skipped: a message from an account that staff suspended
from messaging is blocked, whatever its channel — a web reply, Ask a question, relayed
e-mail, the buyer's [yes, send it] on Allina's answer, a staff release. The writer is told
until when (the web form keeps the draft; an e-mail writer gets a notice).
"""

from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from messaging import pipeline
from messaging.models import Message

from .selectors import messaging_suspension_active


def sender_not_suspended(*, message: Message, context: pipeline.StageContext) -> pipeline.Decision:
    if message.author_id is None:  # an allowlisted courier or payment sender
        return pipeline.CONTINUE
    suspension = messaging_suspension_active(user_id=message.author_id)
    if suspension is None:
        return pipeline.CONTINUE
    with translation.override(message.author.ui_language):  # the writer reads it
        until = date_format(timezone.localtime(suspension.until), "SHORT_DATETIME_FORMAT")
        reason = _(
            "Your account cannot send messages until %(until)s because a message you sent "
            "broke the rules of the Message Center."
        ) % {"until": until}
    return pipeline.block(reason, findings=(("sender_suspended", until),))
