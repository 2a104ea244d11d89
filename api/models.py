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
