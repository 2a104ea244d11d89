"""Translations of delivered messages, their cache, and reports of bad ones (SPEC §7)."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _


class TranslationStatus(models.TextChoices):
    PENDING = "pending", _("Translation pending")
    DONE = "done", _("Translated")
    FAILED = "failed", _("Translation unavailable")
    UNAVAILABLE = "unavailable", _("Automatic translation is not available")


def language_name(code: str) -> str:
    """The language's name in the active UI language ("Polish", "polski", ...)."""
    try:
        return str(get_language_info(code)["name_translated"])
    except KeyError:
        return code


class MessageTranslation(models.Model):
    """A delivered message in its recipient's language.

    Created `pending` when the message is delivered and its detected language differs
    from the recipient's (or `unavailable` when no engine is configured); the task makes
    it `done` or, when the engine keeps failing, `failed`. The original is always shown.
    """

    message = models.ForeignKey(
        "messaging.Message",
        on_delete=models.CASCADE,
        related_name="translations",
        verbose_name=_("message"),
    )
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("recipient"),
        help_text=_("The party the translation is shown to."),
    )
    target_language = models.CharField(_("translated into"), max_length=5)
    source_language = models.CharField(_("detected language"), max_length=5)
    source_confidence = models.FloatField(_("detection confidence"), default=0)
    status = models.CharField(
        _("status"), max_length=12, choices=TranslationStatus, default=TranslationStatus.PENDING
    )
    text = models.TextField(_("translation"), blank=True)
    engine = models.CharField(_("engine"), max_length=20, blank=True)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    error = models.CharField(_("last error"), max_length=300, blank=True)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated at"), default=timezone.now)
    translated_at = models.DateTimeField(_("translated at"), null=True, blank=True)

    class Meta:
        verbose_name = _("message translation")
        verbose_name_plural = _("message translations")
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["message", "target_language"], name="translation_one_per_language"
            ),
            models.CheckConstraint(
                condition=~Q(status="done") | ~Q(text=""), name="translation_done_has_text"
            ),
            models.CheckConstraint(
                condition=~Q(source_language=models.F("target_language")),
                name="translation_between_two_languages",
            ),
        ]
        indexes = [
            models.Index(
                fields=["created_at"],
                condition=Q(status="pending"),
                name="translation_pending_idx",
            )
        ]

    def __str__(self) -> str:
        return f"#{self.message_id} {self.source_language}→{self.target_language} {self.status}"

    @property
    def source_language_name(self) -> str:
        return language_name(self.source_language)

    @property
    def target_language_name(self) -> str:
        return language_name(self.target_language)


class TranslationCache(models.Model):
    """A translation already paid for: the same text, language pair and engine again
    costs no request. In the database, so it survives restarts and is shared by every
    worker."""

    text_hash = models.CharField(_("SHA-256 of the original"), max_length=64)
    source_language = models.CharField(_("from"), max_length=5)
    target_language = models.CharField(_("into"), max_length=5)
    engine = models.CharField(_("engine"), max_length=20)
    text = models.TextField(_("translation"))
    hits = models.PositiveIntegerField(_("reused"), default=0)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)

    class Meta:
        verbose_name = _("cached translation")
        verbose_name_plural = _("cached translations")
        constraints = [
            models.UniqueConstraint(
                fields=["text_hash", "source_language", "target_language", "engine"],
                name="translation_cache_key",
            )
        ]

    def __str__(self) -> str:
        return f"{self.engine} {self.source_language}→{self.target_language} {self.text_hash[:12]}"


class TranslationReport(models.Model):
    """A recipient's "this translation is wrong", for staff to review."""

    translation = models.ForeignKey(
        MessageTranslation,
        on_delete=models.CASCADE,
        related_name="reports",
        verbose_name=_("translation"),
    )
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("reported by"),
    )
    comment = models.CharField(_("what is wrong"), max_length=500, blank=True)
    created_at = models.DateTimeField(_("reported at"), default=timezone.now)
    reviewed_at = models.DateTimeField(_("reviewed at"), null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("reviewed by"),
    )

    class Meta:
        verbose_name = _("translation report")
        verbose_name_plural = _("translation reports")
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["translation", "reporter"], name="translation_report_once_per_user"
            )
        ]

    def __str__(self) -> str:
        return f"{self.translation} ({self.reporter})"
