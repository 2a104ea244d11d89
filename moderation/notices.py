"""What a notice from staff says, in the language of whoever reads it."""

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from .models import CaseKind, Notice, NoticeKind


def _when(value) -> str:
    return date_format(timezone.localtime(value), "SHORT_DATETIME_FORMAT")


def notice_text(notice: Notice) -> str:
    case = notice.case
    if case.kind == CaseKind.BUYER_DETAILS_REPORT:
        subject = _("your report of the buyer's details for order %(number)s") % {
            "number": case.buyer_details_report.order.transaction_id
        }
    elif case.kind == CaseKind.MESSAGE_REPORT:
        report = case.message_report
        subject = _("your report of the message from %(sender)s of %(date)s") % {
            "sender": report.sender_login or report.sender_address,
            "date": _when(report.message_sent_at),
        }
    else:
        subject = ""
    if notice.kind == NoticeKind.REPORT_UPHELD:
        if case.kind == CaseKind.MESSAGE_REPORT:
            return _(
                "We reviewed %(subject)s: it breaks our rules. The message was removed and "
                "its sender was told."
            ) % {"subject": subject}
        return _("We reviewed %(subject)s and dealt with it.") % {"subject": subject}
    if notice.kind == NoticeKind.REPORT_DISMISSED:
        return _(
            "We reviewed %(subject)s and found nothing that breaks our rules, so nothing was "
            "changed."
        ) % {"subject": subject}
    sent = _when(case.message.created_at) if case.message_id else ""
    if notice.kind == NoticeKind.WARNING:
        return _(
            "Your message of %(date)s breaks the rules of the Message Center and its "
            "recipient does not see it. Further breaches may lead to a suspension."
        ) % {"date": sent}
    if notice.kind == NoticeKind.SUSPENSION:
        return _(
            "Your message of %(date)s breaks the rules of the Message Center. Your account "
            "cannot send messages until %(until)s."
        ) % {"date": sent, "until": _when(notice.until)}
    return _("Your message of %(date)s was reviewed by our staff and delivered.") % {"date": sent}
