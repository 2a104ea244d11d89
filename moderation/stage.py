"""The message pipeline stage that enforces messaging suspensions (staff's sanction).

Listed first in settings.MESSAGE_PIPELINE_STAGES. A suspended account's message is
refused outright rather than stopped in a state: `DomainError` rolls back
`message_submit`'s transaction, so nothing is stored, the web form keeps the draft and
shows the reason, and the mail relay answers 550 with it.
"""

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from core.exceptions import DomainError
from messaging.models import Message

from .selectors import messaging_suspension_active

# A caller that loaded the author together with the end of their last suspension (the
# mail relay's sender rules, in the same transaction) sets it on the User under this name
# (None: never suspended); the stage then needs no query.
SUSPENSION_END = "messaging_suspension_end"
_UNKNOWN = object()


def _active_until(message: Message):
    author = message.author if type(message).author.is_cached(message) else None
    until = getattr(author, SUSPENSION_END, _UNKNOWN)
    if until is _UNKNOWN:
        suspension = messaging_suspension_active(user_id=message.author_id)
        return suspension.until if suspension is not None else None
    return until if until is not None and until > timezone.now() else None


def sender_not_suspended(message: Message) -> None:
    if message.author_id is None:
        return None
    until = _active_until(message)
    if until is None:
        return None
    raise DomainError(
        _(
            "Your account cannot send messages until %(until)s because a message you sent "
            "broke the rules of the Message Center."
        )
        % {"until": date_format(timezone.localtime(until), "SHORT_DATETIME_FORMAT")},
        code="sender_suspended",
    )
