"""An offer's photo: checked by its content and kept in two sizes the pages show.

The uploaded file is opened by Pillow as the image type its bytes announce (JPEG, PNG,
WebP or GIF; anything else, a damaged file or one with too many pixels is refused with a
translated reason), turned upright by its EXIF orientation, and saved as WebP: one at
most PHOTO_SIZE px on its longer side for the offer page, one THUMB_SIZE px square (the
centre) for lists, shown at half that size so it stays sharp on dense screens.
"""

import io

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps

MAX_PHOTO_BYTES = 10 * 1024 * 1024
MAX_PHOTO_PIXELS = 40_000_000
PHOTO_SIZE = 800
THUMB_SIZE = 96
FORMATS = ("JPEG", "PNG", "WEBP", "GIF")


def renditions(upload) -> tuple[ContentFile, ContentFile]:
    """(photo, thumbnail) as WebP files, or ValidationError saying what is wrong."""
    if upload.size is not None and upload.size > MAX_PHOTO_BYTES:
        raise ValidationError(
            _("The photo is larger than %(limit)d MB."),
            code="photo_too_large",
            params={"limit": MAX_PHOTO_BYTES // (1024 * 1024)},
        )
    upload.seek(0)
    try:
        with Image.open(upload, formats=FORMATS) as image:
            if image.width * image.height > MAX_PHOTO_PIXELS:
                raise ValidationError(
                    _("The photo has too many pixels; at most %(limit)d megapixels."),
                    code="photo_too_many_pixels",
                    params={"limit": MAX_PHOTO_PIXELS // 1_000_000},
                )
            image.load()
            upright = ImageOps.exif_transpose(image).convert("RGB")
    except ValidationError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise ValidationError(
            _("The photo has too many pixels; at most %(limit)d megapixels."),
            code="photo_too_many_pixels",
            params={"limit": MAX_PHOTO_PIXELS // 1_000_000},
        ) from exc
    except Exception as exc:  # anything a decoder raises on untrusted bytes
        raise ValidationError(
            _("The file is not a JPEG, PNG, WebP or GIF photo, or it is damaged."),
            code="photo_unreadable",
        ) from exc
    photo = upright.copy()
    photo.thumbnail((PHOTO_SIZE, PHOTO_SIZE))
    thumb = ImageOps.fit(upright, (THUMB_SIZE, THUMB_SIZE))
    return _webp(photo), _webp(thumb)


def _webp(image: Image.Image) -> ContentFile:
    out = io.BytesIO()
    image.save(out, "WEBP", quality=82, method=4)
    return ContentFile(out.getvalue())
