"""What a notice from staff says, in the language of whoever reads it."""

from dataclasses import dataclass

from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.text import Truncator
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


QUOTE_LENGTH = 120


@dataclass(frozen=True)
class NoticeRow:
    """A notice as its reader sees it: what it says, the start of the message it is about
    (two notices of the same minute are told apart by it) and where that message is."""

    notice: Notice
    text: str
    quote: str = ""
    link: str = ""
    link_label: str = ""


def _in_thread(message, user) -> str:
    """The message's place in its conversation, for a party of it (others get no link)."""
    thread = message.thread
    if user.pk not in (thread.buyer_id, thread.seller_id):
        return ""
    return f"{reverse('messaging:thread_detail', args=[thread.pk])}#message-{message.pk}"


def notice_row(notice: Notice) -> NoticeRow:
    case, user = notice.case, notice.user
    text = notice_text(notice)
    if case.kind == CaseKind.BUYER_DETAILS_REPORT:
        order = case.buyer_details_report.order
        mine = order.seller_id == user.pk
        link = reverse("orders:order_detail", args=[order.pk]) if mine else ""
        return NoticeRow(notice, text, link=link, link_label=_("Open the order"))
    if case.kind == CaseKind.MESSAGE_REPORT:
        report = case.message_report
        message, quote = report.message, report.message_text
    else:
        message = case.message
        quote = message.text if message is not None else ""
    return NoticeRow(
        notice,
        text,
        quote=Truncator(" ".join(quote.split())).chars(QUOTE_LENGTH),
        link=_in_thread(message, user) if message is not None else "",
        link_label=_("Open the conversation"),
    )
