"""One row per e-mail the system sends (docs/outbox.md)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class EmailStatus(models.TextChoices):
    PENDING = "pending", _("Sending")
    RETRYING = "retrying", _("Retrying")
    SENT = "sent", _("Sent by e-mail")
    # The recipient's server reported it (a DSN, outbox/returns.py): still trying.
    DELAYED = "delayed", _("Delivery delayed")
    FAILED = "failed", _("Could not be delivered by e-mail")


class OutboundEmail(models.Model):
    """An e-mail, written in the transaction of the change that causes it.

    The parts stored here rebuild the same message on every attempt: the Message-ID
    (generated once, when the row is written) and the Date are stored headers, so a
    repeated attempt is recognised as the same message by the receiving server.
    """

    kind = models.CharField(max_length=50)
    # What caused it, without a foreign key to a higher app: e.g. ("messaging.message", 12).
    cause_kind = models.CharField(max_length=50)
    cause_id = models.BigIntegerField()
    # At most one row per key (e.g. one notification per message); NULL for no such rule.
    key = models.CharField(max_length=120, null=True, blank=True, unique=True)
    from_email = models.CharField(max_length=320)
    to = models.JSONField()
    reply_to = models.JSONField(default=list, blank=True)
    subject = models.CharField(max_length=255)
    body = models.TextField()
    html = models.TextField(blank=True)
    headers = models.JSONField(default=dict, blank=True)
    message_id = models.CharField(max_length=250, unique=True)
    status = models.CharField(
        max_length=10, choices=EmailStatus.choices, default=EmailStatus.PENDING
    )
    attempts = models.PositiveIntegerField(default=0)
    next_attempt_at = models.DateTimeField()
    last_error = models.CharField(max_length=300, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        indexes = [
            # The sweep: rows still to send whose next attempt is due.
            models.Index(
                fields=["next_attempt_at"],
                name="outbox_due_idx",
                condition=models.Q(status__in=["pending", "retrying"]),
            ),
            # The pages that show an e-mail's fate next to what caused it.
            models.Index(fields=["cause_kind", "cause_id"], name="outbox_cause_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.kind} #{self.pk} to {', '.join(self.to)} ({self.status})"
