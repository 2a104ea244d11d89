"""The seller API's own writes: declared attachments, revoking an application's access.

Messages, threads, orders and shipments are written by their apps' services (the one
message path: messaging.services.message_submit); only what the API adds lives here.
"""

import tempfile

from django.core.exceptions import ValidationError
from django.core.files.base import File
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from oauth2_provider.models import AccessToken, Application, Grant, RefreshToken

from accounts.models import User
from core.exceptions import DomainError
from messaging.attachments import MAX_ATTACHMENT_BYTES, CheckedUpload, check_upload

from .models import AttachmentUpload

_CHUNK = 64 * 1024


def _too_large(name: str) -> DomainError:
    # The web's own words (messaging.attachments), so they are translated alike.
    return DomainError(
        _("“%(name)s” is larger than %(limit)d MB.")
        % {"name": name, "limit": MAX_ATTACHMENT_BYTES // (1024 * 1024)},
        code="too_large",
    )


def attachment_declare(*, owner: User, file_name: str, size: int) -> AttachmentUpload:
    """An attachment announced by name and size; its bytes follow (`attachment_upload`)."""
    file_name = file_name.strip()
    if not file_name:
        raise DomainError(_("Give the file a name."), code="no_name")
    if size > MAX_ATTACHMENT_BYTES:
        raise _too_large(file_name)
    return AttachmentUpload.objects.create(owner=owner, file_name=file_name, declared_size=size)


def attachment_upload(*, upload: AttachmentUpload, stream) -> AttachmentUpload:
    """The declared attachment's bytes, read from `stream` (at most its declared size) and
    checked by content exactly as a web upload is (messaging.attachments.check_upload);
    a file that is not what may be attached is refused and not kept."""
    with tempfile.SpooledTemporaryFile(max_size=1024 * 1024) as buffer:
        size = 0
        while chunk := stream.read(_CHUNK):
            size += len(chunk)
            if size > upload.declared_size:
                raise DomainError(
                    _("The file is larger than declared (%(size)d bytes).")
                    % {"size": upload.declared_size},
                    code="size_mismatch",
                )
            buffer.write(chunk)
        if size != upload.declared_size:
            raise DomainError(
                _("The file is smaller than declared (%(size)d bytes).")
                % {"size": upload.declared_size},
                code="size_mismatch",
            )
        buffer.seek(0)
        checked = _checked(UploadedFile(buffer, name=upload.file_name, size=size))
        with transaction.atomic():
            upload = AttachmentUpload.objects.select_for_update().get(pk=upload.pk)
            if upload.file:
                upload.file.delete(save=False)
            upload.file.save(str(upload.pk), File(buffer), save=False)
            upload.content_type = checked.content_type
            upload.uploaded_at = timezone.now()
            upload.save(update_fields=["file", "content_type", "uploaded_at"])
    return upload


def _checked(file: UploadedFile) -> CheckedUpload:
    try:
        return check_upload(file)
    except ValidationError as error:
        raise DomainError(error.messages[0], code=error.code or "invalid_file") from error


class Uploads:
    """The uploads a message is written with, opened and checked again::

    with Uploads(owner=user, ids=ids) as uploads:
        message_submit(..., attachments=uploads.checked)
        uploads.consume()  # the message carries its copies now
    """

    def __init__(self, *, owner: User, ids: list) -> None:
        ids = list(dict.fromkeys(ids))
        rows = {
            row.pk: row
            for row in AttachmentUpload.objects.filter(owner=owner, pk__in=ids).exclude(file="")
        }
        missing = [str(pk) for pk in ids if pk not in rows]
        if missing:
            raise DomainError(
                _("Upload the attachment before you send the message: %(ids)s.")
                % {"ids": ", ".join(missing)},
                code="attachment_not_uploaded",
            )
        self.rows = [rows[pk] for pk in ids]
        self.checked: list[CheckedUpload] = []
        self._files = []

    def __enter__(self) -> "Uploads":
        for row in self.rows:
            handle = row.file.open("rb")
            self._files.append(handle)
            self.checked.append(
                _checked(UploadedFile(handle, name=row.file_name, size=row.file.size))
            )
        return self

    def __exit__(self, *exc) -> None:
        for handle in self._files:
            handle.close()

    def consume(self) -> None:
        for row in self.rows:
            row.file.delete(save=False)
            row.delete()


@transaction.atomic
def application_revoke(*, user: User, application: Application) -> int:
    """`user` takes back every access `application` has to their account: its tokens
    (access and refresh), unused codes and, for their own tool, the application itself.
    Returns how many tokens stopped working."""
    tokens = AccessToken.objects.filter(user=user, application=application)
    revoked = tokens.count()
    RefreshToken.objects.filter(user=user, application=application).delete()
    tokens.delete()
    Grant.objects.filter(user=user, application=application).delete()
    if application.user_id == user.pk and (
        application.authorization_grant_type == Application.GRANT_CLIENT_CREDENTIALS
    ):
        revoked += AccessToken.objects.filter(application=application).count()
        application.delete()  # its client-credentials tokens go with it
    return revoked


def uploads_abandoned_delete(*, now=None) -> int:
    """Deletes, with their files, the attachments declared more than
    API_UPLOAD_GRACE_HOURS ago that no message took (a message's upload is gone as it is
    sent). Returns how many."""
    from datetime import timedelta

    from django.conf import settings

    cutoff = (now or timezone.now()) - timedelta(hours=settings.API_UPLOAD_GRACE_HOURS)
    deleted = 0
    for row in AttachmentUpload.objects.filter(created_at__lt=cutoff).iterator():
        if row.file:
            row.file.delete(save=False)
        row.delete()
        deleted += 1
    return deleted


OWN_TOOL_SCOPES = ["messages:read", "messages:write", "orders:read", "orders:write"]


@transaction.atomic
def own_tool_create(*, user: User, name: str, scopes: list[str]) -> tuple[Application, str]:
    """Registers the seller's own tool: client credentials acting only for `user`, with at
    most `scopes`. Returns it and its client secret in clear, shown to the seller once
    (the application keeps only its hash)."""
    import secrets

    from .models import ToolScopes

    secret = secrets.token_urlsafe(32)
    application = Application.objects.create(
        name=name,
        user=user,
        client_type=Application.CLIENT_CONFIDENTIAL,
        authorization_grant_type=Application.GRANT_CLIENT_CREDENTIALS,
        client_secret=secret,
        algorithm="",
    )
    ToolScopes.objects.create(application=application, scopes=" ".join(sorted(set(scopes))))
    return application, secret
