"""Writes for moderation: sellers file reports, staff close them."""

from collections.abc import Iterable

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from marketplace.exceptions import DomainError
from marketplace.models import User
from orders.models import Order

from .models import BuyerDetailsReason, BuyerDetailsReport, ReportStatus

COMMENT_MAX_LENGTH = 2000


def buyer_details_report_create(
    *, order: Order, reporter: User, reasons: Iterable[str], comment: str = ""
) -> BuyerDetailsReport:
    """The order's seller reports incomplete or invalid buyer details to staff.

    One open report per order: a second one waits until staff have closed the first.
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
    except IntegrityError as error:
        # Two reports sent at the same moment: the one-open-report constraint keeps one.
        raise already_open from error
    return report


@transaction.atomic
def buyer_details_report_resolve(
    *, report: BuyerDetailsReport, staff: User, outcome: str, note: str = ""
) -> BuyerDetailsReport:
    """Staff close a report as resolved (acted on) or rejected (nothing wrong).

    Closing it again with the same outcome changes nothing, so a repeated click is harmless.
    """
    if not staff.is_staff:
        raise DomainError(_("Only staff can close reports."), code="not_staff")
    if outcome not in (ReportStatus.RESOLVED, ReportStatus.REJECTED):
        raise DomainError(_("Choose whether to resolve or reject the report."), code="outcome")
    note = note.strip()
    if len(note) > COMMENT_MAX_LENGTH:
        raise DomainError(
            _("The note can be at most %(limit)d characters long.")
            % {"limit": COMMENT_MAX_LENGTH},
            code="note_too_long",
        )
    report = BuyerDetailsReport.objects.select_for_update().get(pk=report.pk)
    if report.status == outcome:
        return report
    if report.status != ReportStatus.OPEN:
        raise DomainError(
            _("This report is already closed (%(status)s).")
            % {"status": report.get_status_display()},
            code="closed",
        )
    report.status = outcome
    report.staff_note = note
    report.resolved_at = timezone.now()
    report.resolved_by = staff
    report.save(update_fields=["status", "staff_note", "resolved_at", "resolved_by"])
    return report
