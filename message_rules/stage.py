"""The message rules' stage of the pipeline (messaging/pipeline.py; SPEC §6, §9).

The first stage of `MESSAGE_PIPELINE_STAGES`: every message, web reply, Ask a question or
relayed e-mail, in both directions, is checked before anything else sees it. A message
that breaks a rule stops as `blocked` (kept for staff, with its findings in
`MessageCheck`), and the writer is told which part broke which rule, in their language:
on the web by the view (the reason in the StageResult), by e-mail through a notice to the
address they wrote from (a task enqueued on commit).

Mail from allowlisted courier, payment and tool senders (no author) is not checked: staff
vouch for those senders in the relay allowlist, and their notices carry tracking links
and phone numbers by nature.
"""

from django.utils import translation

from core.queue import enqueue_on_commit
from messaging.models import Channel, Message, MessageState
from messaging.pipeline import StageResult

from . import services


def check(message: Message) -> StageResult | None:
    if message.author_id is None:
        return None
    verdict = services.message_check(message=message)
    services.message_check_record(message=message, verdict=verdict)
    if not verdict.blocked:
        return None
    with translation.override(message.author.ui_language):
        reason = services.blocked_reason(verdict.findings)
    if message.channel == Channel.EMAIL and message.sender_address:
        from .tasks import blocked_notice_send

        enqueue_on_commit(blocked_notice_send, message.pk)
    return StageResult(MessageState.BLOCKED, reason)
