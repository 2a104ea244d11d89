"""The seller API's own rows: the event journal and attachments declared before a message."""

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Event(models.Model):
    """One entry of a seller's event journal (GET /api/v1/messaging/events).

    Written by `api.journal` in the transaction of its cause (core.events), so an event
    exists exactly when what it tells of was committed. Ids only, never a message's text:
    a tool reads the thread or the order through the API, with its scopes.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("seller"),
    )
    kind = models.CharField(_("type"), max_length=40)
    data = models.JSONField(_("data"), default=dict)
    occurred_at = models.DateTimeField(_("occurred at"), default=timezone.now)

    class Meta:
        verbose_name = _("API event")
        verbose_name_plural = _("API events")
        ordering = ["id"]
        indexes = [models.Index(fields=["user", "id"], name="api_event_user_idx")]

    def __str__(self) -> str:
        return f"{self.kind} #{self.pk}"


def upload_to(instance: "AttachmentUpload", filename: str) -> str:
    return f"api-uploads/{instance.pk}"


class AttachmentUpload(models.Model):
    """An attachment declared through the API (name and size), then its bytes.

    The bytes are checked by content as a web upload is (messaging.attachments.check_upload);
    a message written with the upload's id carries a copy, and the upload is gone.
    """

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("owner"),
    )
    file_name = models.CharField(_("file name"), max_length=255)
    declared_size = models.PositiveIntegerField(_("declared size (bytes)"))
    file = models.FileField(_("file"), upload_to=upload_to, blank=True)
    content_type = models.CharField(_("content type"), max_length=100, blank=True)
    created_at = models.DateTimeField(_("declared at"), default=timezone.now)
    uploaded_at = models.DateTimeField(_("uploaded at"), null=True, blank=True)

    class Meta:
        verbose_name = _("declared attachment")
        verbose_name_plural = _("declared attachments")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(declared_size__gt=0), name="api_upload_not_empty"
            ),
        ]

    def __str__(self) -> str:
        return self.file_name


class WebhookEndpoint(models.Model):
    """A seller's address that receives the journal's events as signed POSTs (api.webhooks).

    `secret` signs every delivery (HMAC-SHA256); it is shown to the seller once, when it is
    made. After WEBHOOK_DISABLE_AFTER_FAILURES failed attempts in a row the endpoint is
    switched off (`disabled_at`) and the seller is told so on the page.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("seller"),
    )
    url = models.URLField(_("URL"), max_length=500)
    event_types = models.JSONField(_("event types"), default=list)
    secret = models.CharField(_("signing secret"), max_length=100)
    consecutive_failures = models.PositiveIntegerField(_("failures in a row"), default=0)
    disabled_at = models.DateTimeField(_("switched off at"), null=True, blank=True)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)

    class Meta:
        verbose_name = _("webhook endpoint")
        verbose_name_plural = _("webhook endpoints")
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return self.url


class WebhookDelivery(models.Model):
    """One event on its way to one endpoint: pending until a 2xx, or failed for good."""

    class Status(models.TextChoices):
        PENDING = "pending", _("pending")
        DELIVERED = "delivered", _("delivered")
        FAILED = "failed", _("failed")

    endpoint = models.ForeignKey(
        WebhookEndpoint,
        on_delete=models.CASCADE,
        related_name="deliveries",
        verbose_name=_("endpoint"),
    )
    event = models.ForeignKey(
        Event, on_delete=models.CASCADE, related_name="+", verbose_name=_("event")
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt at"), null=True, blank=True)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)

    class Meta:
        verbose_name = _("webhook delivery")
        verbose_name_plural = _("webhook deliveries")
        constraints = [
            models.UniqueConstraint(fields=["endpoint", "event"], name="api_delivery_once"),
        ]
        indexes = [
            models.Index(fields=["status", "next_attempt_at"], name="api_delivery_due_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.event_id} -> {self.endpoint_id}"


class WebhookAttempt(models.Model):
    """One POST of a delivery, as the seller's delivery log shows it."""

    delivery = models.ForeignKey(
        WebhookDelivery,
        on_delete=models.CASCADE,
        related_name="attempt_rows",
        verbose_name=_("delivery"),
    )
    attempted_at = models.DateTimeField(_("attempted at"), default=timezone.now)
    status_code = models.PositiveIntegerField(_("status code"), null=True, blank=True)
    error = models.CharField(_("error"), max_length=200, blank=True)
    duration_ms = models.PositiveIntegerField(_("duration (ms)"), default=0)

    class Meta:
        verbose_name = _("webhook attempt")
        verbose_name_plural = _("webhook attempts")
        indexes = [
            models.Index(fields=["delivery", "attempted_at"], name="api_attempt_delivery_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.delivery_id} @ {self.attempted_at:%Y-%m-%d %H:%M:%S}"


class ToolScopes(models.Model):
    """What a seller's own tool (registered on the applications page) may ask for: its
    client-credentials tokens get these scopes at most (api.scopes)."""

    application = models.OneToOneField(
        "oauth2_provider.Application",
        on_delete=models.CASCADE,
        related_name="tool_scopes",
        verbose_name=_("application"),
    )
    scopes = models.CharField(_("scopes"), max_length=200)

    class Meta:
        verbose_name = _("own tool's scopes")
        verbose_name_plural = _("own tools' scopes")

    def __str__(self) -> str:
        return self.scopes
