"""Message rules as data staff edit in admin, and the record of every check (SPEC §6)."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Category(models.TextChoices):
    PROHIBITED_ITEM = "prohibited_item", _("Prohibited items")
    OFF_PLATFORM = "off_platform", _("Trading outside the platform")
    EXTERNAL_LINK = "external_link", _("Links to other sites")
    SCAM = "scam", _("Scam phrasing")
    CREDENTIALS_REQUEST = "credentials_request", _("Requests for passwords or payment details")
    PROFANITY = "profanity", _("Swear words")


class Language(models.TextChoices):
    ANY = "", _("Any language")
    PL = "pl", _("Polish")
    CS = "cs", _("Czech")
    SK = "sk", _("Slovak")
    HU = "hu", _("Hungarian")
    EN = "en", _("English")


class RuleKind(models.TextChoices):
    PHRASE = "phrase", _("Phrase (words; * = any ending, a|b = either, ~ = up to 3 words)")
    REGEX = "regex", _("Regular expression (on lowercase text without diacritics)")
    ALLOW = "allow", _("Allowlist exception (a phrase that is never a finding)")


class Rule(models.Model):
    """One phrase, regular expression or allowlist exception.

    Phrases are matched on words with diacritics removed, disguises undone and repeated
    letters counted once (message_rules/normalize.py): `kurw*` matches "kurwa",
    "k u r w @" and "KUUURWY"; `nie klikaj* ~ zadzwo*` matches "nie klikaj, tylko zadzwoń".
    An allowlist exception cancels any finding it overlaps (`shiitake`, `szárny`).
    """

    category = models.CharField(
        _("category"),
        max_length=20,
        choices=Category,
        blank=True,
        help_text=_("Empty for allowlist exceptions."),
    )
    language = models.CharField(
        _("language"),
        max_length=2,
        choices=Language,
        blank=True,
        help_text=_("Every rule applies to every message; the language is for staff."),
    )
    kind = models.CharField(_("kind"), max_length=10, choices=RuleKind, default=RuleKind.PHRASE)
    pattern = models.CharField(_("pattern"), max_length=500)
    note = models.CharField(_("note"), max_length=200, blank=True)
    is_active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("message rule")
        verbose_name_plural = _("message rules")
        ordering = ["category", "language", "pattern"]
        constraints = [
            models.UniqueConstraint(
                "kind", "language", Lower("pattern"), name="message_rule_unique_pattern"
            ),
            models.CheckConstraint(
                condition=models.Q(kind="allow", category="")
                | (~models.Q(kind="allow") & ~models.Q(category="")),
                name="message_rule_category_unless_allow",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.pattern}"

    def clean(self) -> None:
        from .engine import RuleError, validate

        if self.kind == RuleKind.ALLOW and self.category:
            raise ValidationError({"category": _("Allowlist exceptions have no category.")})
        if self.kind != RuleKind.ALLOW and not self.category:
            raise ValidationError({"category": _("Choose the category this rule finds.")})
        try:
            validate(kind=self.kind, pattern=self.pattern)
        except RuleError as error:
            raise ValidationError(
                {"pattern": _("This pattern cannot be used: %(error)s") % {"error": error}}
            ) from error


class DomainKind(models.TextChoices):
    COURIER = "courier", _("Courier tracking")
    PLATFORM = "platform", _("The platform")
    PAYMENT = "payment", _("Payment operator")


class AllowedDomain(models.Model):
    """Links to this domain and its subdomains pass; all other links are findings."""

    domain = models.CharField(_("domain"), max_length=253)
    kind = models.CharField(_("kind"), max_length=10, choices=DomainKind)
    note = models.CharField(_("note"), max_length=200, blank=True)
    is_active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(_("added at"), default=timezone.now)

    class Meta:
        verbose_name = _("allowed link domain")
        verbose_name_plural = _("allowed link domains")
        ordering = ["kind", "domain"]
        constraints = [
            models.UniqueConstraint(Lower("domain"), name="allowed_domain_unique"),
        ]

    def __str__(self) -> str:
        return self.domain

    def clean(self) -> None:
        self.domain = self.domain.strip().lower().lstrip("@").strip(".")
        if "." not in self.domain or "/" in self.domain or " " in self.domain:
            raise ValidationError({"domain": _("Enter a domain such as inpost.pl.")})


class RuleSetVersion(models.Model):
    """One row: bumped whenever a rule or an allowed domain changes (message_rules/signals.py).

    Each process compares it with the version of its compiled rule set and rebuilds it
    when they differ.
    """

    version = models.PositiveBigIntegerField(default=0)
    changed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("rule set version")

    def __str__(self) -> str:
        return str(self.version)

    @classmethod
    def current(cls) -> int:
        value = cls.objects.filter(pk=1).values_list("version", flat=True).first()
        return value or 0


class Verdict(models.TextChoices):
    ALLOW = "allow", _("Allowed")
    BLOCK = "block", _("Blocked")


class MessageCheck(models.Model):
    """What the rules found in one message, kept for staff (the moderation queue reads it)."""

    message = models.OneToOneField(
        "messaging.Message",
        on_delete=models.CASCADE,
        related_name="rules_check",
        verbose_name=_("message"),
    )
    verdict = models.CharField(_("verdict"), max_length=5, choices=Verdict)
    categories = models.JSONField(_("categories"), default=list, blank=True)
    findings = models.JSONField(
        _("findings"),
        default=list,
        blank=True,
        help_text=_("Each: category, fragment, start, end, rule."),
    )
    created_at = models.DateTimeField(_("checked at"), default=timezone.now)
    notice_sent_at = models.DateTimeField(
        _("writer notified at"),
        null=True,
        blank=True,
        help_text=_("When the writer of a blocked e-mail was told why."),
    )

    class Meta:
        verbose_name = _("message check")
        verbose_name_plural = _("message checks")
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["verdict", "-created_at"], name="message_check_verdict_idx")
        ]

    def __str__(self) -> str:
        return f"{self.message_id}: {self.verdict}"


class MessageShingle(models.Model):
    """One LSH band key of a delivered letter's MinHash signature (threads.py): finds one
    writer's near-identical letter in other threads. Only rows within the window
    (`threads.DUPLICATE_WINDOW`) are read."""

    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    thread = models.ForeignKey("messaging.Thread", on_delete=models.CASCADE, related_name="+")
    message = models.ForeignKey("messaging.Message", on_delete=models.CASCADE, related_name="+")
    band = models.BigIntegerField()
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        indexes = [
            models.Index(fields=["author", "band", "created_at"], name="message_shingle_band_idx")
        ]

    def __str__(self) -> str:
        return f"{self.message_id}:{self.band}"
