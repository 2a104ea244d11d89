"""The message rules' stage of the message path (messaging/pipeline.py; SPEC §6, §9).

Runs after the suspension stage, on every message in both directions: web reply, Ask a
question, relayed e-mail. A message that breaks a rule is blocked (kept for staff, its
findings in `MessageCheck`), and the writer is told which part broke which rule, in their
language (the decision's reason: the web form shows it, messaging e-mails it to the
writer of an e-mail, messaging/notifications.py). A message that takes the path again
(the buyer's [yes, send it]) is checked again and its one `MessageCheck` updated; a staff
release goes past this stage.

Mail from allowlisted courier, payment and tool senders (no author) is checked too: their
own and allowlisted domains' links, their hotline and contact address pass (their notices
carry them by nature); scam phrasing, credential requests and anyone else's links do not.
"""

from django.conf import settings
from django.utils import translation

from messaging import pipeline
from messaging.models import Message

from . import services


def check(*, message: Message, context: pipeline.StageContext) -> pipeline.Decision:
    if message.author_id is None:
        verdict = services.message_check_external(message=message)
    else:
        verdict = services.message_check(message=message)
    services.message_check_record(message=message, verdict=verdict, again=context.again)
    if not verdict.blocked:
        return pipeline.CONTINUE
    language = message.author.ui_language if message.author_id else settings.LANGUAGE_CODE
    with translation.override(language):
        reason = services.blocked_reason(verdict.findings)
    return pipeline.block(
        reason,
        findings=tuple((finding.category, finding.fragment) for finding in verdict.findings),
    )
