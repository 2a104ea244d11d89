"""Allina's questions and the sellers' per-topic switches (SPEC §5, §9).

A `Question` is a buyer's message that Allina holds before it reaches the seller. The
message itself stays in messaging (`held` while Allina works on it and while her answer
waits for the buyer's choice, then `resolved` or on its way to the seller); the question
keeps what Allina made of it, what the buyer chose, and the feedback that teaches her
(the seller's reply, staff labels).
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from allina.nlp.intents import INTENTS


class QuestionStatus(models.TextChoices):
    PENDING = "pending", _("Allina is looking")
    ANSWERED = "answered", _("Answered by Allina")
    ABSTAINED = "abstained", _("Sent to the seller (Allina did not know)")
    OFF = "off", _("Sent to the seller (Allina switched off)")


class QuestionChoice(models.TextChoices):
    NONE = "", _("Not chosen yet")
    YES = "yes", _("Yes, send it to the seller")
    NO = "no", _("No thanks")


class Question(models.Model):
    """A buyer's question as Allina saw it, with her answer and the feedback around it."""

    message = models.OneToOneField(
        "messaging.Message",
        on_delete=models.CASCADE,
        related_name="allina_question",
        verbose_name=_("buyer's message"),
    )
    thread = models.ForeignKey(
        "messaging.Thread",
        on_delete=models.CASCADE,
        related_name="allina_questions",
        verbose_name=_("thread"),
    )
    seller = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="allina_questions_received",
        verbose_name=_("seller"),
    )
    buyer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="allina_questions_asked",
        verbose_name=_("buyer"),
    )
    language = models.CharField(_("detected language"), max_length=8, blank=True)
    # None means Allina abstained (the classifier's null), distinct from "not classified".
    intent = models.CharField(  # noqa: DJ001
        _("topic"), max_length=40, null=True, blank=True, help_text=_("Empty: Allina abstained.")
    )
    confidence = models.FloatField(_("confidence"), default=0.0)
    status = models.CharField(
        _("status"), max_length=10, choices=QuestionStatus, default=QuestionStatus.PENDING
    )
    answer_text = models.TextField(_("Allina's answer"), blank=True)
    answer_facts = models.JSONField(
        _("facts behind the answer"),
        default=dict,
        blank=True,
        help_text=_("Where the facts came from and how fresh they were."),
    )
    answered_at = models.DateTimeField(_("answered at"), null=True, blank=True)
    choice = models.CharField(
        _("buyer's choice"), max_length=3, choices=QuestionChoice, blank=True, default=""
    )
    chosen_at = models.DateTimeField(_("chosen at"), null=True, blank=True)
    seller_reply = models.ForeignKey(
        "messaging.Message",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("seller's reply"),
    )
    seller_replied_at = models.DateTimeField(_("seller replied at"), null=True, blank=True)
    staff_label = models.CharField(
        _("staff label"),
        max_length=40,
        blank=True,
        help_text=_('A topic id, "null" for out of scope, empty when not labelled.'),
    )
    labelled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("labelled by"),
    )
    labelled_at = models.DateTimeField(_("labelled at"), null=True, blank=True)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)

    class Meta:
        verbose_name = _("question to Allina")
        verbose_name_plural = _("questions to Allina")
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["seller", "-created_at"], name="allina_q_seller_time_idx"),
            models.Index(
                fields=["seller", "status", "-created_at"], name="allina_q_seller_status_idx"
            ),
            models.Index(
                fields=["created_at"],
                condition=models.Q(status="pending"),
                name="allina_q_pending_idx",
            ),
            models.Index(fields=["thread", "-created_at"], name="allina_q_thread_time_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(buyer=models.F("seller")), name="allina_q_buyer_not_seller"
            ),
            models.CheckConstraint(
                condition=models.Q(choice="")
                | models.Q(status="answered", chosen_at__isnull=False),
                name="allina_q_choice_only_after_answer",
            ),
            # Staff labels feed `allina train`: a topic id, "null" (out of scope) or none.
            models.CheckConstraint(
                condition=models.Q(staff_label__in=["", "null", *INTENTS]),
                name="allina_q_staff_label_known",
            ),
        ]

    def __str__(self) -> str:
        return f"#{self.pk} {self.intent or '—'} ({self.status})"

    def poll_delay_ms(self) -> int:
        """How soon the buyer's page asks again while Allina works: at once at first (the
        view then waits up to 0.3 s for her answer, which usually exists within a tenth of
        a second), then less and less often."""
        age = (timezone.now() - self.created_at).total_seconds()
        if age < 2:
            return 0
        if age < 15:
            return 500
        return 3000


class TopicSetting(models.Model):
    """A seller's switch for one topic; no row means the topic is on."""

    seller = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="allina_topic_settings",
        verbose_name=_("seller"),
    )
    intent = models.CharField(_("topic"), max_length=40)
    enabled = models.BooleanField(_("Allina answers this topic"), default=True)

    class Meta:
        verbose_name = _("Allina topic setting")
        verbose_name_plural = _("Allina topic settings")
        ordering = ["seller", "intent"]
        constraints = [
            models.UniqueConstraint(fields=["seller", "intent"], name="allina_topic_once"),
        ]

    def __str__(self) -> str:
        return f"{self.seller}: {self.intent} {'on' if self.enabled else 'off'}"
