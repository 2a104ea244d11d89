"""The message pipeline stage that enforces messaging suspensions (staff's sanction).

Listed first in settings.MESSAGE_PIPELINE_STAGES. A suspended account's message is
refused outright rather than stopped in a state: `DomainError` rolls back
`message_submit`'s transaction, so nothing is stored, the web form keeps the draft and
shows the reason, and the mail relay answers 550 with it.
"""

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from marketplace.exceptions import DomainError
from messaging.models import Message

from .selectors import messaging_suspension_active


def sender_not_suspended(message: Message) -> None:
    if message.author_id is None:
        return None
    suspension = messaging_suspension_active(user_id=message.author_id)
    if suspension is None:
        return None
    raise DomainError(
        _(
            "Your account cannot send messages until %(until)s because a message you sent "
            "broke the rules of the Message Center."
        )
        % {"until": date_format(timezone.localtime(suspension.until), "SHORT_DATETIME_FORMAT")},
        code="sender_suspended",
    )
