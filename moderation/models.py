"""Reports for staff: a seller's report of incomplete or invalid buyer details (SPEC §2)."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.marketplaces import MarketplaceCode


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


# --- reports of messages, the staff queue and its decisions (SPEC §6) ---------------------


class ReportCategory(models.TextChoices):
    """What is wrong with a message: the message rules' categories, and anything else."""

    PROHIBITED_ITEM = "prohibited_item", _("Offers a prohibited item")
    OFF_PLATFORM = "off_platform", _("Proposes a deal outside the platform")
    EXTERNAL_LINK = "external_link", _("Links to another shop or website")
    SCAM = "scam", _("Looks like a scam")
    CREDENTIALS_REQUEST = "credentials_request", _("Asks for passwords, card or bank details")
    PROFANITY = "profanity", _("Offensive language")
    OTHER = "other", _("Something else")


# Categories staff filter the queue by: a message report's or a blocked message's, and the
# one every buyer details report has.
BUYER_DETAILS_CATEGORY = "buyer_details"
QUEUE_CATEGORIES = [
    *ReportCategory.choices,
    (BUYER_DETAILS_CATEGORY, _("Invalid buyer details")),
]


def screenshot_upload_to(instance: "ReportScreenshot", filename: str) -> str:
    # Never the user's file name: the random name is made by the service.
    return timezone.now().strftime("reports/%Y/%m/") + instance.storage_name


def private_storage():
    from .storage import private_storage as storage

    return storage


class MessageReport(models.Model):
    """A party reports a message they received; staff review it in the queue.

    What the reporter saw is kept as it was (the text, the sender's login and masked
    address), so a later change to the message or the account does not change the report.
    """

    message = models.ForeignKey(
        "messaging.Message",
        on_delete=models.PROTECT,
        related_name="reports",
        verbose_name=_("reported message"),
    )
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="message_reports",
        verbose_name=_("reported by"),
    )
    category = models.CharField(
        _("what is wrong"), max_length=30, choices=ReportCategory, default=ReportCategory.OTHER
    )
    description = models.TextField(_("description"), max_length=2000)
    sender_login = models.CharField(_("sender's login"), max_length=150, blank=True)
    sender_address = models.CharField(_("sender's address"), max_length=254)
    message_text = models.TextField(_("message text when reported"))
    message_sent_at = models.DateTimeField(_("message sent at"))
    created_at = models.DateTimeField(_("filed at"), default=timezone.now)

    class Meta:
        verbose_name = _("message report")
        verbose_name_plural = _("message reports")
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(description=""), name="message_report_has_description"
            ),
            models.CheckConstraint(
                condition=models.Q(category__in=ReportCategory.values),
                name="message_report_category_valid",
            ),
        ]
        indexes = [
            # The per-user rate limit counts a reporter's recent reports.
            models.Index(fields=["reporter", "-created_at"], name="message_report_reporter_idx"),
        ]

    def __str__(self) -> str:
        return f"#{self.pk}"


class ReportScreenshot(models.Model):
    """A screenshot attached to a report, re-encoded by Pillow, in private storage."""

    report = models.ForeignKey(
        MessageReport,
        on_delete=models.CASCADE,
        related_name="screenshots",
        verbose_name=_("report"),
    )
    file = models.FileField(_("file"), upload_to=screenshot_upload_to, storage=private_storage)
    storage_name = models.CharField(max_length=64, editable=False)
    original_name = models.CharField(_("file name"), max_length=255, blank=True)
    content_type = models.CharField(_("content type"), max_length=20)
    width = models.PositiveIntegerField(_("width"))
    height = models.PositiveIntegerField(_("height"))
    size = models.PositiveIntegerField(_("size (bytes)"))

    class Meta:
        verbose_name = _("screenshot")
        verbose_name_plural = _("screenshots")
        ordering = ["id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(content_type__in=["image/png", "image/jpeg", "image/webp"]),
                name="report_screenshot_image_type",
            ),
        ]

    def __str__(self) -> str:
        return self.original_name or f"#{self.pk}"


class CaseKind(models.TextChoices):
    MESSAGE_REPORT = "message_report", _("Reported message")
    BUYER_DETAILS_REPORT = "buyer_details_report", _("Buyer details report")
    BLOCKED_MESSAGE = "blocked_message", _("Blocked message")
    SUSPICIOUS_THREAD = "suspicious_thread", _("Suspicious conversation")


class CaseStatus(models.TextChoices):
    OPEN = "open", _("Open")
    UPHELD = "upheld", _("Upheld")
    DISMISSED = "dismissed", _("Dismissed")
    RELEASED = "released", _("Released")


class ModerationCase(models.Model):
    """One entry of the staff queue: a message report, a buyer details report or a message
    the message rules blocked. Every kind has the same status and one recorded decision.
    """

    kind = models.CharField(_("kind"), max_length=20, choices=CaseKind)
    status = models.CharField(
        _("status"), max_length=10, choices=CaseStatus, default=CaseStatus.OPEN
    )
    message = models.ForeignKey(
        "messaging.Message",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="moderation_cases",
        verbose_name=_("message"),
    )
    message_report = models.OneToOneField(
        MessageReport,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="case",
        verbose_name=_("message report"),
    )
    buyer_details_report = models.OneToOneField(
        BuyerDetailsReport,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="case",
        verbose_name=_("buyer details report"),
    )
    categories = models.JSONField(_("categories"), default=list, blank=True)
    details = models.JSONField(
        _("details"),
        default=dict,
        blank=True,
        help_text=_("For a suspicious conversation: why it was scored and its timeline."),
    )
    marketplace = models.CharField(
        _("marketplace"), max_length=2, choices=MarketplaceCode, blank=True
    )
    created_at = models.DateTimeField(_("in the queue since"), default=timezone.now)
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("decided by"),
    )

    class Meta:
        verbose_name = _("review queue entry")
        verbose_name_plural = _("review queue")
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(
                        kind="message_report",
                        message__isnull=False,
                        message_report__isnull=False,
                        buyer_details_report__isnull=True,
                    )
                    | models.Q(
                        kind="buyer_details_report",
                        message__isnull=True,
                        message_report__isnull=True,
                        buyer_details_report__isnull=False,
                    )
                    | models.Q(
                        kind__in=["blocked_message", "suspicious_thread"],
                        message__isnull=False,
                        message_report__isnull=True,
                        buyer_details_report__isnull=True,
                    )
                ),
                name="moderation_case_kind_matches_target",
            ),
            models.UniqueConstraint(
                fields=["message"],
                condition=models.Q(kind="blocked_message"),
                name="moderation_case_one_per_blocked_message",
            ),
            models.UniqueConstraint(
                fields=["message"],
                condition=models.Q(kind="suspicious_thread"),
                name="moderation_case_one_per_suspicious_message",
            ),
            models.CheckConstraint(
                condition=models.Q(status__in=CaseStatus.values),
                name="moderation_case_status_valid",
            ),
            models.CheckConstraint(
                condition=(
                    models.Q(status="open", decided_at__isnull=True, decided_by__isnull=True)
                )
                | (
                    ~models.Q(status="open")
                    & models.Q(decided_at__isnull=False, decided_by__isnull=False)
                ),
                name="moderation_case_decided_has_who_and_when",
            ),
            models.CheckConstraint(
                condition=~models.Q(status="released") | models.Q(kind="blocked_message"),
                name="moderation_case_only_blocked_messages_released",
            ),
        ]
        indexes = [
            models.Index(fields=["status", "-created_at"], name="moderation_case_queue_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} #{self.pk}"


class DecisionAction(models.TextChoices):
    UPHOLD = "uphold", _("Uphold")
    DISMISS = "dismiss", _("Dismiss")
    RELEASE = "release", _("Release the blocked message")


class Sanction(models.TextChoices):
    NONE = "", _("None")
    WARNING = "warning", _("Warn the sender")
    SUSPENSION = "suspension", _("Suspend the sender from sending messages")


class ModerationDecision(models.Model):
    """What a member of staff decided on a queue entry: who, when, what and why.

    One per entry (a database constraint): two clicks or two staff members deciding the
    same entry at once record one decision and act once.
    """

    case = models.OneToOneField(
        ModerationCase,
        on_delete=models.PROTECT,
        related_name="decision",
        verbose_name=_("queue entry"),
    )
    staff = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="moderation_decisions",
        verbose_name=_("decided by"),
    )
    action = models.CharField(_("action"), max_length=10, choices=DecisionAction)
    sanction = models.CharField(
        _("sanction"), max_length=10, choices=Sanction, blank=True, default=Sanction.NONE
    )
    suspended_until = models.DateTimeField(_("suspended until"), null=True, blank=True)
    note = models.TextField(_("note"), max_length=2000, blank=True)
    message = models.ForeignKey(
        "messaging.Message",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("message acted on"),
    )
    target_user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="moderation_sanctions",
        verbose_name=_("sender warned or suspended"),
    )
    created_at = models.DateTimeField(_("decided at"), default=timezone.now)

    class Meta:
        verbose_name = _("moderation decision")
        verbose_name_plural = _("moderation decisions")
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(action__in=DecisionAction.values),
                name="moderation_decision_action_valid",
            ),
            models.CheckConstraint(
                condition=models.Q(sanction__in=Sanction.values),
                name="moderation_decision_sanction_valid",
            ),
            models.CheckConstraint(
                condition=~models.Q(sanction="suspension")
                | models.Q(suspended_until__isnull=False),
                name="moderation_decision_suspension_has_end",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_action_display()} ({self.case})"


class MessagingSuspension(models.Model):
    """The account cannot send messages (web or e-mail) until `until`."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="messaging_suspensions",
        verbose_name=_("account"),
    )
    until = models.DateTimeField(_("suspended until"))
    decision = models.OneToOneField(
        ModerationDecision,
        on_delete=models.PROTECT,
        related_name="suspension",
        verbose_name=_("decision"),
    )
    created_at = models.DateTimeField(_("since"), default=timezone.now)

    class Meta:
        verbose_name = _("messaging suspension")
        verbose_name_plural = _("messaging suspensions")
        ordering = ["-until"]
        indexes = [models.Index(fields=["user", "-until"], name="messaging_suspension_idx")]

    def __str__(self) -> str:
        return f"{self.user} → {self.until:%Y-%m-%d %H:%M}"


class NoticeKind(models.TextChoices):
    REPORT_UPHELD = "report_upheld", _("Your report was upheld")
    REPORT_DISMISSED = "report_dismissed", _("Your report was dismissed")
    WARNING = "warning", _("Warning")
    SUSPENSION = "suspension", _("Suspension")
    MESSAGE_RELEASED = "message_released", _("Message delivered after review")


class Notice(models.Model):
    """A notice from staff shown at the top of the user's Message Center until dismissed."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="moderation_notices",
        verbose_name=_("account"),
    )
    kind = models.CharField(_("kind"), max_length=20, choices=NoticeKind)
    case = models.ForeignKey(
        ModerationCase,
        on_delete=models.CASCADE,
        related_name="notices",
        verbose_name=_("queue entry"),
    )
    note = models.TextField(_("note from staff"), max_length=2000, blank=True)
    until = models.DateTimeField(_("until"), null=True, blank=True)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    dismissed_at = models.DateTimeField(_("dismissed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("notice")
        verbose_name_plural = _("notices")
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["case", "user", "kind"], name="notice_once_per_case"),
        ]
        indexes = [
            models.Index(
                fields=["user", "-created_at"],
                condition=models.Q(dismissed_at__isnull=True),
                name="notice_user_active_idx",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} → {self.user}"
