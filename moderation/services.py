"""Writes for moderation: reports filed by users, the staff queue and its decisions.

Users file reports (of a message they received, of an order's buyer details); each report,
and each message the message rules blocked, is one entry (`ModerationCase`) of the staff
queue. Staff decide an entry once (`case_decide`): the entry row is locked and the one
decision per entry is a database constraint, so a double click or two staff members at
once act once. The decision and everything it does (hiding or delivering the message, a
warning or a suspension, the notices) are one transaction.
"""

import secrets
from collections.abc import Iterable, Sequence
from datetime import timedelta

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from accounts.models import User
from accounts.services import masked_email_address
from core.exceptions import DomainError
from message_rules.models import MessageCheck
from messaging import services as messaging_services
from messaging.models import Channel, Message, MessageState, Side, Thread
from messaging.services import message_hide, message_release
from orders.models import Order

from .models import (
    BUYER_DETAILS_CATEGORY,
    BuyerDetailsReason,
    BuyerDetailsReport,
    CaseKind,
    CaseStatus,
    DecisionAction,
    MessageReport,
    MessagingSuspension,
    ModerationCase,
    ModerationDecision,
    Notice,
    NoticeKind,
    ReportCategory,
    ReportScreenshot,
    ReportStatus,
    Sanction,
)
from .screenshots import MAX_SCREENSHOTS, CleanScreenshot

COMMENT_MAX_LENGTH = 2000
DESCRIPTION_MAX_LENGTH = 2000
DEFAULT_SUSPENSION_DAYS = 7
MAX_SUSPENSION_DAYS = 365


def reports_per_hour() -> int:
    return settings.MODERATION_REPORTS_PER_HOUR


# --- buyer details reports (the Orders tab) ----------------------------------------------


def buyer_details_report_create(
    *, order: Order, reporter: User, reasons: Iterable[str], comment: str = ""
) -> BuyerDetailsReport:
    """The order's seller reports incomplete or invalid buyer details to staff.

    One open report per order: a second one waits until staff have closed the first.
    The report enters the staff queue with the other reports.
    """
    if reporter.pk != order.seller_id:
        raise DomainError(
            _("Only the seller of this order can report the buyer's details."), code="not_seller"
        )
    chosen = set(reasons)
    if not chosen:
        raise DomainError(
            _("Choose at least one problem with the buyer's details."), code="no_reason"
        )
    unknown = chosen - set(BuyerDetailsReason.values)
    if unknown:
        raise DomainError(_("Choose the problems from the list."), code="unknown_reason")
    comment = comment.strip()
    if len(comment) > COMMENT_MAX_LENGTH:
        raise DomainError(
            _("The comment can be at most %(limit)d characters long.")
            % {"limit": COMMENT_MAX_LENGTH},
            code="comment_too_long",
        )
    already_open = DomainError(
        _(
            "You have already reported this order's buyer details. Our staff are reviewing "
            "that report; you can file a new one once it is closed."
        ),
        code="already_open",
    )
    if BuyerDetailsReport.objects.filter(order=order, status=ReportStatus.OPEN).exists():
        raise already_open
    report = BuyerDetailsReport(
        order=order,
        reporter=reporter,
        comment=comment,
        **{reason: reason in chosen for reason in BuyerDetailsReason.values},
    )
    try:
        with transaction.atomic():
            report.save()
            ModerationCase.objects.create(
                kind=CaseKind.BUYER_DETAILS_REPORT,
                buyer_details_report=report,
                categories=[BUYER_DETAILS_CATEGORY],
                marketplace=order.marketplace,
                created_at=report.created_at,
            )
    except IntegrityError as error:
        # Two reports sent at the same moment: the one-open-report constraint keeps one.
        raise already_open from error
    return report


def buyer_details_report_resolve(
    *, report: BuyerDetailsReport, staff: User, outcome: str, note: str = ""
) -> BuyerDetailsReport:
    """Staff close a report as resolved (acted on) or rejected (nothing wrong).

    The decision on its queue entry: resolved is "uphold", rejected is "dismiss". Closing
    it again with the same outcome changes nothing, so a repeated click is harmless.
    """
    if not staff.is_staff:
        raise DomainError(_("Only staff can close reports."), code="not_staff")
    actions = {
        ReportStatus.RESOLVED: DecisionAction.UPHOLD,
        ReportStatus.REJECTED: DecisionAction.DISMISS,
    }
    if outcome not in actions:
        raise DomainError(_("Choose whether to resolve or reject the report."), code="outcome")
    report.refresh_from_db(fields=["status"])
    if report.status == outcome:
        return report
    case = ModerationCase.objects.get(buyer_details_report=report)
    case_decide(case=case, staff=staff, action=actions[outcome], note=note)
    report.refresh_from_db()
    return report


# --- message reports ----------------------------------------------------------------------


def message_report_rate_check(*, reporter: User) -> None:
    """Refuse a report beyond the user's hourly allowance (counted in the database)."""
    limit = reports_per_hour()
    since = timezone.now() - timedelta(hours=1)
    recent = MessageReport.objects.filter(reporter=reporter, created_at__gte=since)
    if recent.count() >= limit:
        raise DomainError(
            ngettext(
                "You can report at most %(limit)d message an hour. Please try again later.",
                "You can report at most %(limit)d messages an hour. Please try again later.",
                limit,
            )
            % {"limit": limit},
            code="rate_limited",
        )


def _recipient_side(*, thread: Thread, message: Message) -> str:
    """Who received the message: the other side of its author (mail from a courier or
    payment sender, without an author, is for the buyer)."""
    if message.author_id is None:
        return Side.BUYER
    return Side.SELLER if thread.side_of(message.author) == Side.BUYER else Side.BUYER


def _thread_marketplace(thread: Thread) -> str:
    return thread.order.marketplace if thread.order_id else thread.offer.marketplace


def message_report_create(
    *,
    message: Message,
    reporter: User,
    description: str,
    screenshots: Sequence[CleanScreenshot],
    category: str = ReportCategory.OTHER,
) -> MessageReport:
    """A party reports a message they received, with a description and screenshots.

    The message, its sender's login and masked address are copied onto the report. The
    screenshots were checked and re-encoded by `moderation.screenshots`.
    """
    description = description.strip()
    if not description:
        raise DomainError(
            _("Describe what is wrong with the message."), code="description_required"
        )
    if len(description) > DESCRIPTION_MAX_LENGTH:
        raise DomainError(
            _("The description can be at most %(limit)d characters long.")
            % {"limit": DESCRIPTION_MAX_LENGTH},
            code="description_too_long",
        )
    if category not in ReportCategory.values:
        raise DomainError(_("Choose what is wrong from the list."), code="category")
    if not screenshots:
        raise DomainError(
            _("Add at least one screenshot that shows the message."), code="no_screenshot"
        )
    if len(screenshots) > MAX_SCREENSHOTS:
        raise DomainError(
            _("At most %(limit)d screenshots can be attached.") % {"limit": MAX_SCREENSHOTS},
            code="too_many_screenshots",
        )
    thread = message.thread
    recipient_side = _recipient_side(thread=thread, message=message)
    recipient_id = thread.buyer_id if recipient_side == Side.BUYER else thread.seller_id
    if message.channel == Channel.STAFF:
        raise DomainError(_("Notices from staff cannot be reported."), code="staff_notice")
    if message.state != MessageState.DELIVERED or reporter.pk != recipient_id:
        raise DomainError(_("You can only report messages you received."), code="not_recipient")
    stored: list[ReportScreenshot] = []
    try:
        report = _message_report_store(
            message=message,
            reporter=reporter,
            category=category,
            description=description,
            screenshots=screenshots,
            stored=stored,
        )
    except BaseException:
        # Nothing of a refused report stays behind, not even its files.
        for row in stored:
            row.file.delete(save=False)
        raise
    return report


def _message_report_store(
    *,
    message: Message,
    reporter: User,
    category: str,
    description: str,
    screenshots: Sequence[CleanScreenshot],
    stored: list,
) -> MessageReport:
    thread = message.thread
    with transaction.atomic():
        # One report at a time per user: the allowance cannot be beaten by parallel posts.
        User.objects.select_for_update().only("pk").get(pk=reporter.pk)
        message_report_rate_check(reporter=reporter)
        if ModerationCase.objects.filter(
            message_report__reporter=reporter, message=message, status=CaseStatus.OPEN
        ).exists():
            raise DomainError(
                _("You have already reported this message. Our staff are reviewing it."),
                code="already_reported",
            )
        author = message.author
        report = MessageReport.objects.create(
            message=message,
            reporter=reporter,
            category=category,
            description=description,
            sender_login=author.username if author else "",
            sender_address=(
                masked_email_address(account=author, order=thread.order)
                if author
                else message.sender_address
            ),
            message_text=message.text,
            message_sent_at=message.created_at,
        )
        for screenshot in screenshots:
            stored.append(_screenshot_store(report=report, screenshot=screenshot))
        ModerationCase.objects.create(
            kind=CaseKind.MESSAGE_REPORT,
            message=message,
            message_report=report,
            categories=[category],
            marketplace=_thread_marketplace(thread),
            created_at=report.created_at,
        )
    return report


def _screenshot_store(*, report: MessageReport, screenshot: CleanScreenshot) -> ReportScreenshot:
    storage_name = f"{secrets.token_urlsafe(24)}.{screenshot.extension}"
    row = ReportScreenshot(
        report=report,
        storage_name=storage_name,
        original_name=screenshot.original_name,
        content_type=screenshot.content_type,
        width=screenshot.width,
        height=screenshot.height,
        size=len(screenshot.content),
    )
    row.file.save(storage_name, ContentFile(screenshot.content), save=False)
    row.save()
    return row


# --- the queue ----------------------------------------------------------------------------


def _rule_categories(message_ids: list[int]) -> dict[int, list[str]]:
    """The categories the message rules found, where they recorded a check."""
    rows = MessageCheck.objects.filter(message_id__in=message_ids).values_list(
        "message_id", "categories"
    )
    return {message_id: list(categories or []) for message_id, categories in rows}


def blocked_messages_enqueue(*, limit: int = 500) -> int:
    """Every message the message rules blocked gets its queue entry; returns how many new.

    Idempotent (one entry per blocked message is a database constraint), so it runs
    whenever staff open the queue. A message that already has an entry of any kind (a
    report staff upheld, which hides the message) is not added again.
    """
    has_case = ModerationCase.objects.filter(message=OuterRef("pk"))
    blocked = list(
        Message.objects.filter(state=MessageState.BLOCKED)
        .filter(~Exists(has_case))
        .select_related("thread__order", "thread__offer")
        .order_by("id")[:limit]
    )
    if not blocked:
        return 0
    categories = _rule_categories([message.pk for message in blocked])
    created = ModerationCase.objects.bulk_create(
        [
            ModerationCase(
                kind=CaseKind.BLOCKED_MESSAGE,
                message=message,
                categories=categories.get(message.pk, []),
                marketplace=_thread_marketplace(message.thread),
                created_at=message.created_at,
            )
            for message in blocked
        ],
        ignore_conflicts=True,
    )
    return len(created)


ALLOWED_ACTIONS = {
    CaseKind.MESSAGE_REPORT: (DecisionAction.UPHOLD, DecisionAction.DISMISS),
    CaseKind.BUYER_DETAILS_REPORT: (DecisionAction.UPHOLD, DecisionAction.DISMISS),
    CaseKind.BLOCKED_MESSAGE: (DecisionAction.UPHOLD, DecisionAction.RELEASE),
    CaseKind.SUSPICIOUS_THREAD: (DecisionAction.UPHOLD, DecisionAction.DISMISS),
}


def suspicious_thread_enqueue(
    *, message: Message, categories: list[str], details: dict
) -> ModerationCase | None:
    """A conversation scored as a whole (message_rules/threads.py) goes to the queue,
    with why and its timeline, once per thread while an entry for it is open.

    Upholding it hides the message that tipped the score and may warn or suspend the
    sender, as for a reported message; dismissing it leaves everything as it is.
    """
    open_for_thread = ModerationCase.objects.filter(
        kind=CaseKind.SUSPICIOUS_THREAD,
        status=CaseStatus.OPEN,
        message__thread_id=message.thread_id,
    )
    if open_for_thread.exists():
        return None
    case, created = ModerationCase.objects.get_or_create(
        kind=CaseKind.SUSPICIOUS_THREAD,
        message=message,
        defaults={
            "categories": categories,
            "details": details,
            "marketplace": _thread_marketplace(message.thread),
        },
    )
    return case if created else None


def case_decision_check(*, case: ModerationCase, action: str, sanction: str) -> None:
    """Refuse an action or sanction that does not fit the entry's kind."""
    if action not in ALLOWED_ACTIONS[case.kind]:
        raise DomainError(
            _("“%(action)s” is not possible for a %(kind)s.")
            % {
                "action": DecisionAction(action).label
                if action in DecisionAction.values
                else action,
                "kind": case.get_kind_display().lower(),
            },
            code="action",
        )
    if sanction not in Sanction.values:
        raise DomainError(_("Choose a sanction from the list."), code="sanction")
    if sanction and (
        action != DecisionAction.UPHOLD or case.kind == CaseKind.BUYER_DETAILS_REPORT
    ):
        raise DomainError(
            _("A warning or a suspension goes only with upholding a message."), code="sanction"
        )
    if case.kind == CaseKind.MESSAGE_REPORT and action == DecisionAction.UPHOLD and not sanction:
        raise DomainError(
            _("Upholding a report warns or suspends the sender: choose which."),
            code="sanction_required",
        )


def case_decide(
    *,
    case: ModerationCase,
    staff: User,
    action: str,
    sanction: str = Sanction.NONE,
    suspension_days: int = DEFAULT_SUSPENSION_DAYS,
    note: str = "",
) -> ModerationDecision:
    """Staff decide one queue entry, once.

    - uphold: a reported message is hidden from its recipient; a blocked one stays
      blocked; the sender is warned or suspended from sending messages (required for a
      report, optional for a blocked message); a buyer details report is resolved.
    - dismiss: the report was unfounded (a buyer details report is rejected).
    - release: a wrongly blocked message is delivered now (exactly once).
    The reporter, and the sender when warned, suspended or released, get a notice in
    their Message Center. A second decision on the same entry is refused.
    """
    if not staff.is_staff:
        raise DomainError(_("Only staff can decide reports."), code="not_staff")
    note = note.strip()
    if len(note) > COMMENT_MAX_LENGTH:
        raise DomainError(
            _("The note can be at most %(limit)d characters long.")
            % {"limit": COMMENT_MAX_LENGTH},
            code="note_too_long",
        )
    if sanction == Sanction.SUSPENSION and not 1 <= suspension_days <= MAX_SUSPENSION_DAYS:
        raise DomainError(
            _("A suspension lasts from 1 to %(limit)d days.") % {"limit": MAX_SUSPENSION_DAYS},
            code="suspension_days",
        )
    case_decision_check(case=case, action=action, sanction=sanction)
    with transaction.atomic():
        # The row alone: joined rows read alongside a lock may be from before the wait.
        case = ModerationCase.objects.select_for_update().get(pk=case.pk)
        if case.status != CaseStatus.OPEN:
            raise DomainError(
                _("This entry was already decided (%(status)s) by %(staff)s on %(when)s.")
                % {
                    "status": case.get_status_display(),
                    "staff": User.objects.get(pk=case.decided_by_id).username,
                    "when": date_format(
                        timezone.localtime(case.decided_at), "SHORT_DATETIME_FORMAT"
                    ),
                },
                code="decided",
            )
        now = timezone.now()
        message = (
            Message.objects.select_related("author").get(pk=case.message_id)
            if case.message_id
            else None
        )
        status = {
            DecisionAction.UPHOLD: CaseStatus.UPHELD,
            DecisionAction.DISMISS: CaseStatus.DISMISSED,
            DecisionAction.RELEASE: CaseStatus.RELEASED,
        }[action]
        if action == DecisionAction.RELEASE:
            if message.state != MessageState.BLOCKED:
                raise DomainError(
                    _("This message is not blocked any more (%(state)s).")
                    % {"state": message.get_state_display()},
                    code="not_blocked",
                )
            # Staff judged the text: past the message rules, but a suspension and every
            # later stage (Allina for a buyer's question) still apply.
            message = message_release(message=message, past=frozenset({"message_rules"}))
        elif action == DecisionAction.UPHOLD and case.kind in (
            CaseKind.MESSAGE_REPORT,
            CaseKind.SUSPICIOUS_THREAD,
        ):
            message_hide(message=message)
        if case.kind == CaseKind.BUYER_DETAILS_REPORT:
            _buyer_details_report_close(
                report_id=case.buyer_details_report_id,
                outcome=ReportStatus.RESOLVED
                if action == DecisionAction.UPHOLD
                else ReportStatus.REJECTED,
                staff=staff,
                note=note,
                now=now,
            )
        sender = message.author if message is not None and sanction else None
        suspended_until = (
            now + timedelta(days=suspension_days)
            if sender is not None and sanction == Sanction.SUSPENSION
            else None
        )
        decision = ModerationDecision.objects.create(
            case=case,
            staff=staff,
            action=action,
            sanction=sanction if sender is not None else Sanction.NONE,
            suspended_until=suspended_until,
            note=note,
            message=message,
            target_user=sender,
            created_at=now,
        )
        case.status, case.decided_at, case.decided_by = status, now, staff
        case.save(update_fields=["status", "decided_at", "decided_by"])
        notices = []
        reporter_id = _reporter_id(case)
        if reporter_id is not None:
            kind = (
                NoticeKind.REPORT_UPHELD
                if action == DecisionAction.UPHOLD
                else NoticeKind.REPORT_DISMISSED
            )
            notices.append(Notice(user_id=reporter_id, kind=kind, case=case, note=note))
        if sender is not None and sanction == Sanction.WARNING:
            notices.append(Notice(user=sender, kind=NoticeKind.WARNING, case=case))
        if suspended_until is not None:
            MessagingSuspension.objects.create(
                user=sender, until=suspended_until, decision=decision, created_at=now
            )
            notices.append(
                Notice(user=sender, kind=NoticeKind.SUSPENSION, case=case, until=suspended_until)
            )
        # A released message a later stage stopped again (its writer suspended since) was
        # not delivered: its writer is not told it was.
        if (
            action == DecisionAction.RELEASE
            and message.author_id
            and message.state != MessageState.BLOCKED
        ):
            notices.append(
                Notice(user_id=message.author_id, kind=NoticeKind.MESSAGE_RELEASED, case=case)
            )
        for notice in notices:
            notice.created_at = now
        Notice.objects.bulk_create(notices)
    return decision


def _reporter_id(case: ModerationCase) -> int | None:
    if case.kind == CaseKind.MESSAGE_REPORT:
        return MessageReport.objects.values_list("reporter_id", flat=True).get(
            pk=case.message_report_id
        )
    if case.kind == CaseKind.BUYER_DETAILS_REPORT:
        return BuyerDetailsReport.objects.values_list("reporter_id", flat=True).get(
            pk=case.buyer_details_report_id
        )
    return None


def _buyer_details_report_close(
    *, report_id: int, outcome: str, staff: User, note: str, now
) -> None:
    report = BuyerDetailsReport.objects.select_for_update().get(pk=report_id)
    report.status = outcome
    report.staff_note = note
    report.resolved_at = now
    report.resolved_by = staff
    report.save(update_fields=["status", "staff_note", "resolved_at", "resolved_by"])


# --- notices ------------------------------------------------------------------------------


def staff_notice_post(*, staff: User, thread: Thread, text: str) -> Message:
    """Staff write into a conversation: a notice both parties see in the thread.

    It takes the one message path like any other message (SPEC §9): a suspension, the
    message rules and every later stage apply to it.
    """
    if not staff.is_staff:
        raise DomainError(_("Only staff write notices."), code="not_staff")
    return messaging_services.message_submit(
        thread=thread, author=staff, text=text, channel=Channel.STAFF
    )


def notice_dismiss(*, notice: Notice) -> None:
    """The user has read a notice; it leaves their Message Center."""
    Notice.objects.filter(pk=notice.pk, dismissed_at__isnull=True).update(
        dismissed_at=timezone.now()
    )
