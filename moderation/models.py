"""Reports for staff: a seller's report of incomplete or invalid buyer details (SPEC §2)."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class BuyerDetailsReason(models.TextChoices):
    """What is wrong with the buyer's details; each value is a boolean field of the report."""

    MISSING_PHONE = "missing_phone", _("Missing phone number")
    MISSING_COUNTRY_CODE = "missing_country_code", _("Missing country code")
    MISSING_LAST_NAME = "missing_last_name", _("Missing last name")
    MISSING_APARTMENT_NUMBER = "missing_apartment_number", _("Missing apartment number")
    ADDRESS_DOES_NOT_EXIST = "address_does_not_exist", _("The delivery address does not exist")
    PHONE_DOES_NOT_EXIST = "phone_does_not_exist", _("The phone number does not exist")
    EMAIL_UNREACHABLE = "email_unreachable", _("E-mail cannot reach the buyer")


class ReportStatus(models.TextChoices):
    OPEN = "open", _("Open")
    RESOLVED = "resolved", _("Resolved")
    REJECTED = "rejected", _("Rejected")


def _at_least_one_reason() -> models.Q:
    condition = models.Q()
    for reason in BuyerDetailsReason.values:
        condition |= models.Q(**{reason: True})
    return condition


class BuyerDetailsReport(models.Model):
    """A seller says the details a buyer gave for an order are incomplete or invalid.

    The reasons are one boolean each (not a JSON list): the database enforces "at least
    one", and staff filter by reason with a plain indexed-or-not WHERE on every backend.
    """

    order = models.ForeignKey(
        "orders.Order",
        on_delete=models.PROTECT,
        related_name="buyer_details_reports",
        verbose_name=_("order"),
    )
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="buyer_details_reports",
        verbose_name=_("reported by"),
    )
    missing_phone = models.BooleanField(BuyerDetailsReason.MISSING_PHONE.label, default=False)
    missing_country_code = models.BooleanField(
        BuyerDetailsReason.MISSING_COUNTRY_CODE.label, default=False
    )
    missing_last_name = models.BooleanField(
        BuyerDetailsReason.MISSING_LAST_NAME.label, default=False
    )
    missing_apartment_number = models.BooleanField(
        BuyerDetailsReason.MISSING_APARTMENT_NUMBER.label, default=False
    )
    address_does_not_exist = models.BooleanField(
        BuyerDetailsReason.ADDRESS_DOES_NOT_EXIST.label, default=False
    )
    phone_does_not_exist = models.BooleanField(
        BuyerDetailsReason.PHONE_DOES_NOT_EXIST.label, default=False
    )
    email_unreachable = models.BooleanField(
        BuyerDetailsReason.EMAIL_UNREACHABLE.label, default=False
    )
    comment = models.TextField(_("seller's comment"), max_length=2000, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=ReportStatus, default=ReportStatus.OPEN
    )
    staff_note = models.TextField(
        _("staff note"),
        max_length=2000,
        blank=True,
        help_text=_("Shown to the seller together with the outcome."),
    )
    created_at = models.DateTimeField(_("filed at"), default=timezone.now)
    resolved_at = models.DateTimeField(_("closed at"), null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("closed by"),
    )

    class Meta:
        verbose_name = _("buyer details report")
        verbose_name_plural = _("buyer details reports")
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["order"],
                condition=models.Q(status="open"),
                name="buyer_details_report_one_open_per_order",
            ),
            models.CheckConstraint(
                condition=_at_least_one_reason(), name="buyer_details_report_has_reason"
            ),
            models.CheckConstraint(
                condition=models.Q(status__in=ReportStatus.values),
                name="buyer_details_report_status_valid",
            ),
            models.CheckConstraint(
                condition=(
                    models.Q(status="open", resolved_at__isnull=True, resolved_by__isnull=True)
                )
                | (
                    ~models.Q(status="open")
                    & models.Q(resolved_at__isnull=False, resolved_by__isnull=False)
                ),
                name="buyer_details_report_closed_has_who_and_when",
            ),
        ]
        indexes = [
            # The staff queue: open reports, oldest or newest first.
            models.Index(fields=["status", "-created_at"], name="buyer_report_queue_idx"),
        ]

    def __str__(self) -> str:
        return f"#{self.pk}"

    @property
    def reasons(self) -> list[str]:
        return [reason for reason in BuyerDetailsReason.values if getattr(self, reason)]

    @property
    def reason_labels(self) -> list[str]:
        return [BuyerDetailsReason(reason).label for reason in self.reasons]
