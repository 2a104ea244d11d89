"""Screenshots attached to a message report: checked and re-encoded with Pillow.

A report carries 1 to ``MAX_SCREENSHOTS`` PNG, JPEG or WebP images of at most
``MAX_SCREENSHOT_BYTES`` each. The format is what Pillow finds in the content (one of
those three decoders, never the name or the browser's content type). The image is decoded
in full and saved again in its own format from its pixels alone: metadata (EXIF with GPS,
text chunks, ICC profiles) and anything appended to or hidden in the file (a ZIP or HTML
polyglot) do not survive. More than ``MAX_SCREENSHOT_PIXELS`` pixels is refused before
decoding (decompression bombs), as is whatever Pillow itself calls a bomb.
"""

import io
import warnings
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from PIL import Image, ImageOps

from messaging.attachments import _clean_name

MAX_SCREENSHOTS = 5
MAX_SCREENSHOT_BYTES = 5 * 1024 * 1024
# A tall full-page screenshot of a 1920 px wide screen is about 30 megapixels.
MAX_SCREENSHOT_PIXELS = 30_000_000

# Pillow format -> (content type, extension)
FORMATS = {
    "PNG": ("image/png", "png"),
    "JPEG": ("image/jpeg", "jpg"),
    "WEBP": ("image/webp", "webp"),
}


@dataclass(frozen=True)
class CleanScreenshot:
    """A screenshot re-encoded from its pixels; ``content`` is what gets stored."""

    content: bytes
    content_type: str
    extension: str
    width: int
    height: int
    original_name: str


def screenshots_clean(uploads: list[UploadedFile]) -> list[CleanScreenshot]:
    """Check and re-encode every screenshot of one report; all problems at once."""
    if not uploads:
        raise ValidationError(
            _("Add at least one screenshot that shows the message."), code="required"
        )
    if len(uploads) > MAX_SCREENSHOTS:
        raise ValidationError(
            ngettext(
                "You chose %(count)d file, but at most %(limit)d screenshots can be attached.",
                "You chose %(count)d files, but at most %(limit)d screenshots can be attached.",
                len(uploads),
            ),
            code="too_many_files",
            params={"count": len(uploads), "limit": MAX_SCREENSHOTS},
        )
    cleaned, errors = [], []
    for upload in uploads:
        try:
            cleaned.append(screenshot_clean(upload))
        except ValidationError as error:
            errors.append(error)
    if errors:
        raise ValidationError(errors)
    return cleaned


def screenshot_clean(upload: UploadedFile) -> CleanScreenshot:
    original_name = _clean_name(upload.name or "")[:255]
    name = original_name or _("unnamed file")
    if not upload.size:
        raise ValidationError(_("“%(name)s” is empty."), code="empty", params={"name": name})
    if upload.size > MAX_SCREENSHOT_BYTES:
        # Refused without reading a byte of it.
        raise ValidationError(
            _("“%(name)s” is larger than %(limit)d MB."),
            code="too_large",
            params={"name": name, "limit": MAX_SCREENSHOT_BYTES // (1024 * 1024)},
        )
    upload.seek(0)
    data = upload.read()
    try:
        return _reencode(data, original_name)
    except ValidationError as error:
        error.params = {**(error.params or {}), "name": name}
        raise


def _too_many_pixels() -> ValidationError:
    return ValidationError(
        _("“%(name)s” has too many pixels; at most %(limit)d megapixels are allowed."),
        code="too_many_pixels",
        params={"limit": MAX_SCREENSHOT_PIXELS // 1_000_000},
    )


def _not_an_image() -> ValidationError:
    return ValidationError(
        _("“%(name)s” is not a PNG, JPEG or WebP image. Attach screenshots in one of those."),
        code="not_an_image",
    )


def _damaged() -> ValidationError:
    return ValidationError(
        _("“%(name)s” is damaged or incomplete and cannot be opened as an image."),
        code="damaged_image",
    )


def _reencode(data: bytes, original_name: str) -> CleanScreenshot:
    with warnings.catch_warnings():
        # Pillow warns above its own pixel limit and raises above twice that; both refuse.
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with Image.open(io.BytesIO(data), formats=list(FORMATS)) as image:
                pillow_format = image.format
                if image.width * image.height > MAX_SCREENSHOT_PIXELS:
                    raise _too_many_pixels()
                image.verify()
            with Image.open(io.BytesIO(data), formats=[pillow_format]) as image:
                image.seek(0)  # an animated image keeps its first frame
                image.load()
                pixels = ImageOps.exif_transpose(image)  # upright, as the reporter saw it
                pixels = _plain_mode(pixels, pillow_format)
                output = io.BytesIO()
                _save(pixels, output, pillow_format)
        except ValidationError:
            raise
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
            raise _too_many_pixels() from exc
        except Image.UnidentifiedImageError as exc:
            raise _not_an_image() from exc
        except Exception as exc:
            # Anything a decoder raises on untrusted bytes means "not a usable image".
            raise _damaged() from exc
    content_type, extension = FORMATS[pillow_format]
    return CleanScreenshot(
        content=output.getvalue(),
        content_type=content_type,
        extension=extension,
        width=pixels.width,
        height=pixels.height,
        original_name=original_name,
    )


def _plain_mode(image: Image.Image, pillow_format: str) -> Image.Image:
    """Pixels only, in a mode the format stores plainly (no palette tricks, no metadata)."""
    has_alpha = image.mode in ("RGBA", "LA", "PA") or (
        image.mode == "P" and "transparency" in image.info
    )
    if pillow_format == "JPEG" or not has_alpha:
        target = "L" if image.mode in ("1", "L") else "RGB"
    else:
        target = "RGBA"
    # A fresh image from the pixels: nothing of the original's info dict comes along.
    converted = image.convert(target)
    clean = Image.new(target, converted.size)
    clean.paste(converted)
    return clean


def _save(image: Image.Image, output: io.BytesIO, pillow_format: str) -> None:
    if pillow_format == "JPEG":
        image.save(output, "JPEG", quality=90)
    elif pillow_format == "WEBP":
        image.save(output, "WEBP", quality=90, method=2)
    else:
        image.save(output, "PNG", compress_level=1)  # fast; screenshots compress well
