"""The notice to the writer of a blocked e-mail, sent after the relay's transaction commits."""

import smtplib

from celery import shared_task
from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from messaging.models import Message, MessageState
from messaging.relay.outbound import classify, header_safe
from messaging.services import thread_subject
from messaging.tasks import retry_delay

from . import services

MAX_RETRIES = 8


@shared_task(bind=True, acks_late=True, max_retries=MAX_RETRIES, soft_time_limit=60, time_limit=90)
def blocked_notice_send(self, message_id: int) -> bool:
    """Tell the sender of a blocked e-mail why it was not delivered, at their real address.

    Sent once: a re-run after success sends nothing. Temporary SMTP failures are retried
    with backoff; the recipient of the blocked message never hears of it.
    """
    check = services.blocked_notice_claim(message_id=message_id)
    if check is None:
        return False
    message = (
        Message.objects.select_related("author", "thread__order", "thread__offer")
        .filter(pk=message_id, state=MessageState.BLOCKED)
        .first()
    )
    if message is None or not message.sender_address or message.author is None:
        return False
    with translation.override(message.author.ui_language):
        subject_line = thread_subject(message.thread)
        context = {
            "message": message,
            "subject_line": subject_line,
            "reason": services.blocked_reason(check.findings),
            "findings": [
                {**finding, "label": services.category_label(finding["category"])}
                for finding in check.findings
            ],
            "thread_url": settings.SITE_URL.rstrip("/")
            + reverse("messaging:thread_detail", args=[message.thread_id]),
        }
        email = EmailMultiAlternatives(
            subject=header_safe(
                _("Your message was not delivered: %(subject)s") % {"subject": subject_line},
                limit=250,
            ),
            body=render_to_string("message_rules/email/blocked_notice.txt", context),
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[message.sender_address],
            headers={
                "Content-Language": message.author.ui_language,
                "Auto-Submitted": "auto-replied",
            },
        )
        email.attach_alternative(
            render_to_string("message_rules/email/blocked_notice.html", context), "text/html"
        )
    try:
        email.send()
    except (smtplib.SMTPException, OSError) as error:
        permanent, _reason = classify(error)
        if permanent or self.request.retries >= self.max_retries:
            return False
        raise self.retry(countdown=retry_delay(self.request.retries), exc=error) from error
    services.blocked_notice_mark_sent(check=check)
    return True
