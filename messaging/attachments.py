"""Checking message attachments by their content, never by their name (Message Center).

A message carries at most ``MAX_ATTACHMENTS`` files of at most ``MAX_ATTACHMENT_BYTES``
each, and every file must really be a JPEG, PNG, WebP or GIF image or a PDF document.
The type is read from the file's first bytes and confirmed by decoding it (Pillow for
images, pypdf for PDFs); the name, the extension and the browser's content type are never
trusted. What ``check_upload`` returns (content type, extension) comes from the content.

Images are decoded fully once, so a truncated or damaged file is refused here rather than
when somebody opens it. Before decoding, the pixel count is checked against
``MAX_IMAGE_PIXELS`` (a local limit: Pillow's process-wide setting is left alone).
"""

import re
import unicodedata
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from PIL import Image
from pypdf import PdfReader

MAX_ATTACHMENTS = 5
MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024
# 50 megapixels: more than any phone photo people attach, far less than a decompression
# bomb. Lower than Pillow's own warning threshold (~89 Mpx), so it is what applies here.
MAX_IMAGE_PIXELS = 50_000_000
MAX_DOWNLOAD_NAME_LENGTH = 100

PDF = "application/pdf"
# Allowed content type -> the extension a downloaded file gets.
ALLOWED_CONTENT_TYPES = {
    "image/jpeg": "jpg",
    "image/png": "png",
    "image/webp": "webp",
    "image/gif": "gif",
    PDF: "pdf",
}
IMAGE_CONTENT_TYPES = frozenset(ALLOWED_CONTENT_TYPES) - {PDF}
# Each image type is decoded by exactly one Pillow plugin, never by whichever one accepts it.
_PILLOW_FORMATS = {
    "image/jpeg": "JPEG",
    "image/png": "PNG",
    "image/webp": "WEBP",
    "image/gif": "GIF",
}


@dataclass(frozen=True)
class CheckedUpload:
    """An upload whose content is one of the allowed types; ``file`` is rewound to 0."""

    content_type: str
    extension: str
    size: int
    original_name: str
    is_image: bool
    file: UploadedFile


def check_upload(upload: UploadedFile) -> CheckedUpload:
    """Return what the upload really is, or raise ``ValidationError`` naming the file."""
    original_name = _clean_name(upload.name or "")
    name = original_name or _("unnamed file")
    # The size first: a file over the limit is refused without reading a byte of it.
    size = upload.size
    if not size:
        raise ValidationError(_("“%(name)s” is empty."), code="empty", params={"name": name})
    if size > MAX_ATTACHMENT_BYTES:
        raise ValidationError(
            _("“%(name)s” is larger than %(limit)d MB."),
            code="too_large",
            params={"name": name, "limit": MAX_ATTACHMENT_BYTES // (1024 * 1024)},
        )
    try:
        upload.seek(0)
        content_type = _sniff(upload.read(16))
        if content_type is None:
            raise ValidationError(
                _(
                    "“%(name)s” is not a JPEG, PNG, WebP or GIF image nor a PDF document; "
                    "only those can be attached."
                ),
                code="type_not_allowed",
                params={"name": name},
            )
        upload.seek(0)
        if content_type == PDF:
            _check_pdf(upload, name)
        else:
            _check_image(upload, name, _PILLOW_FORMATS[content_type])
    finally:
        upload.seek(0)
    return CheckedUpload(
        content_type=content_type,
        extension=ALLOWED_CONTENT_TYPES[content_type],
        size=size,
        original_name=original_name,
        is_image=content_type in IMAGE_CONTENT_TYPES,
        file=upload,
    )


# Files that arrive in e-mail only (the relay keeps them; the web form does not take
# them): calendar invitations (RFC 5545) and S/MIME signatures or envelopes (RFC 8551).
# Both are downloads, never shown inline, and checked by their content as well.
CALENDAR = "text/calendar"
PKCS7_SIGNATURE = "application/pkcs7-signature"
PKCS7_MIME = "application/pkcs7-mime"
_MAIL_EXTENSIONS = {CALENDAR: "ics", PKCS7_SIGNATURE: "p7s", PKCS7_MIME: "p7m"}
_PKCS7_OID = bytes.fromhex("2a864886f70d0107")  # 1.2.840.113549.1.7 (pkcs7)


def check_mail_part(upload: UploadedFile) -> CheckedUpload:
    """`check_upload`, and for a file received by e-mail also a calendar invitation or an
    S/MIME part, recognised by its content (``ValidationError`` otherwise)."""
    try:
        return check_upload(upload)
    except ValidationError as error:
        if error.code != "type_not_allowed":
            raise
        upload.seek(0)
        content_type = _sniff_mail_part(upload.read(64 * 1024))
        upload.seek(0)
        if content_type is None:
            raise
    return CheckedUpload(
        content_type=content_type,
        extension=_MAIL_EXTENSIONS[content_type],
        size=upload.size,
        original_name=_clean_name(upload.name or ""),
        is_image=False,
        file=upload,
    )


def _sniff_mail_part(head: bytes) -> str | None:
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if text[:15].upper() == b"BEGIN:VCALENDAR":
        try:
            text.decode("utf-8")
        except UnicodeDecodeError as error:
            if error.start < len(text) - 4:  # not just a character cut at the 64 KiB edge
                return None
        return CALENDAR
    # DER: a SEQUENCE holding the pkcs7 content type OID near its start.
    if head[:1] == b"\x30" and _PKCS7_OID in head[:40]:
        at = head.index(_PKCS7_OID) + len(_PKCS7_OID)
        return PKCS7_SIGNATURE if head[at : at + 1] == b"\x02" else PKCS7_MIME
    return None


def check_uploads(uploads: list[UploadedFile]) -> list[CheckedUpload]:
    """Check every upload of one message and report the problems of all files at once.

    More than ``MAX_ATTACHMENTS`` files are refused without looking inside any of them:
    the user has to choose again anyway, and the server does no work for a flood of files.
    """
    if len(uploads) > MAX_ATTACHMENTS:
        raise ValidationError(
            ngettext(
                "You chose %(count)d file, but at most %(limit)d can be attached to a message.",
                "You chose %(count)d files, but at most %(limit)d can be attached to a message.",
                len(uploads),
            ),
            code="too_many_files",
            params={"count": len(uploads), "limit": MAX_ATTACHMENTS},
        )
    checked, errors = [], []
    for upload in uploads:
        try:
            checked.append(check_upload(upload))
        except ValidationError as error:
            errors.append(error)
    if errors:
        raise ValidationError(errors)
    return checked


def safe_download_name(original_name: str, extension: str) -> str:
    """A file name that is safe to show and to offer for download.

    Path components (``/`` and ``\\``), control and invisible formatting characters and
    quotes are removed, characters Windows forbids become ``_``, whitespace collapses to one
    space, and leading or trailing dots and spaces go (no hidden files). Letters of any
    script stay. The extension is always the detected one: the name's last extension (up to
    five ASCII letters or digits, at least one letter) is replaced, otherwise the detected
    one is appended, so ``invoice.pdf.exe`` that is really a PDF becomes ``invoice.pdf.pdf``
    and ``photo.png`` that is really a JPEG becomes ``photo.jpg``. The result has at most
    ``MAX_DOWNLOAD_NAME_LENGTH`` characters and is never empty (``attachment.<extension>``).
    """
    extension = extension.lower().lstrip(".")
    stem = _clean_name(original_name)
    base, dot, suffix = stem.rpartition(".")
    if dot and base and _looks_like_extension(suffix):
        stem = base.rstrip(" .")
    stem = stem[: MAX_DOWNLOAD_NAME_LENGTH - len(extension) - 1].rstrip(" .")
    return f"{stem or 'attachment'}.{extension}"


def _sniff(head: bytes) -> str | None:
    """The allowed content type that the file's first bytes announce, if any."""
    if head.startswith(b"%PDF-"):
        return PDF
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "image/gif"
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "image/webp"
    return None


def _check_image(upload: UploadedFile, name: str, pillow_format: str) -> None:
    try:
        with Image.open(upload, formats=[pillow_format]) as image:
            too_many_pixels = image.width * image.height > MAX_IMAGE_PIXELS
            if not too_many_pixels:
                image.verify()
        if not too_many_pixels:
            # verify() leaves the image unusable and misses a truncated JPEG: decode again.
            upload.seek(0)
            with Image.open(upload, formats=[pillow_format]) as image:
                # A JPEG is decoded at 1/8 scale: every byte is still read, in 1/64 the memory.
                image.draft(image.mode, (1, 1))
                image.load()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        # Pillow's own limits, when its size check runs before ours (the warning only
        # arrives as an exception where warnings are errors; otherwise ours applies).
        too_many_pixels = True
    except Exception as exc:
        # Anything a decoder raises on untrusted bytes means "not a usable image", as in
        # django.forms.ImageField.
        raise ValidationError(
            _("“%(name)s” is damaged or incomplete and cannot be opened as an image."),
            code="damaged_image",
            params={"name": name},
        ) from exc
    if too_many_pixels:
        raise ValidationError(
            _("“%(name)s” has too many pixels; at most %(limit)d megapixels are allowed."),
            code="too_many_pixels",
            params={"name": name, "limit": MAX_IMAGE_PIXELS // 1_000_000},
        )


def _check_pdf(upload: UploadedFile, name: str) -> None:
    try:
        reader = PdfReader(upload)
        encrypted = reader.is_encrypted
        pages = 0 if encrypted else len(reader.pages)
    except Exception as exc:
        # pypdf raises more than PdfReadError on malformed input.
        raise ValidationError(
            _("“%(name)s” is damaged and cannot be opened as a PDF document."),
            code="damaged_pdf",
            params={"name": name},
        ) from exc
    if encrypted:
        raise ValidationError(
            _("“%(name)s” is password-protected. Remove the password and attach it again."),
            code="encrypted_pdf",
            params={"name": name},
        )
    if not pages:
        raise ValidationError(
            _("“%(name)s” is a PDF document without any pages."),
            code="empty_pdf",
            params={"name": name},
        )


_WINDOWS_FORBIDDEN = str.maketrans(dict.fromkeys("\"'`", None) | dict.fromkeys("<>:|?*", "_"))


def _clean_name(name: str) -> str:
    """The last path component, without control characters or quotes, whitespace collapsed."""
    name = re.split(r"[/\\]", unicodedata.normalize("NFC", name))[-1]
    name = "".join(
        " " if char.isspace() else char
        for char in name
        if char.isspace() or not unicodedata.category(char).startswith("C")
    )
    name = " ".join(name.translate(_WINDOWS_FORBIDDEN).split())
    return name.strip(" .")


def _looks_like_extension(suffix: str) -> bool:
    return 0 < len(suffix) <= 5 and suffix.isascii() and suffix.isalnum() and not suffix.isdigit()
