"""Screenshots on a report: only real PNG/JPEG/WebP images, re-encoded from their pixels."""

import io

import pytest
from django.core.exceptions import ValidationError
from PIL import Image

from moderation.screenshots import (
    MAX_SCREENSHOT_BYTES,
    MAX_SCREENSHOT_PIXELS,
    screenshot_clean,
    screenshots_clean,
)
from tests.moderation.conftest import image_bytes, png_with_dimensions, upload, zip_payload


def _codes(error: ValidationError) -> list[str]:
    return [item.code for item in error.error_list]


def _messages(error: ValidationError) -> str:
    return " ".join(error.messages)


@pytest.mark.parametrize(
    ("fmt", "content_type", "extension"),
    [("PNG", "image/png", "png"), ("JPEG", "image/jpeg", "jpg"), ("WEBP", "image/webp", "webp")],
)
def test_png_jpeg_and_webp_are_accepted_in_their_own_format(fmt, content_type, extension):
    # the name and the browser's content type lie; the content decides
    clean = screenshot_clean(upload(image_bytes(fmt), name="shot.gif", content_type="text/html"))
    assert (clean.content_type, clean.extension) == (content_type, extension)
    assert (clean.width, clean.height) == (120, 80)
    with Image.open(io.BytesIO(clean.content)) as image:
        assert image.format == fmt and image.size == (120, 80)


def test_a_text_file_renamed_png_is_refused_by_name():
    with pytest.raises(ValidationError) as error:
        screenshot_clean(upload(b"I am not an image, just text.\n" * 20, name="proof.png"))
    assert _codes(error.value) == ["not_an_image"]
    assert "“proof.png” is not a PNG, JPEG or WebP image" in _messages(error.value)


def test_a_gif_or_a_pdf_is_not_a_screenshot():
    gif = io.BytesIO()
    Image.new("P", (10, 10)).save(gif, "GIF")
    pdf = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF"
    for content, name in ((gif.getvalue(), "a.gif"), (pdf, "b.pdf")):
        with pytest.raises(ValidationError) as error:
            screenshot_clean(upload(content, name=name))
        assert _codes(error.value) == ["not_an_image"]


def test_a_polyglot_png_with_a_zip_and_html_appended_is_stored_without_them():
    payload = zip_payload() + b"<html><script>alert('POLYGLOT')</script></html>"
    original = image_bytes("PNG") + payload
    clean = screenshot_clean(upload(original, name="poly.png"))
    assert b"POLYGLOT" not in clean.content
    assert b"PK\x03\x04" not in clean.content and b"<script" not in clean.content
    with Image.open(io.BytesIO(clean.content)) as image:
        assert image.format == "PNG" and image.getpixel((5, 5)) == (200, 30, 30, 255)


def test_metadata_is_stripped_exif_gps_and_png_text_chunks():
    exif = Image.Exif()
    exif[0x010E] = "SECRET-DESCRIPTION"  # ImageDescription
    exif[0x8825] = {1: "N", 2: (52.0, 13.0, 0.0)}  # GPS
    jpeg = image_bytes("JPEG", exif=exif.tobytes())
    assert b"SECRET-DESCRIPTION" in jpeg
    clean = screenshot_clean(upload(jpeg, name="photo.jpg", content_type="image/jpeg"))
    assert b"SECRET-DESCRIPTION" not in clean.content
    with Image.open(io.BytesIO(clean.content)) as image:
        assert dict(image.getexif()) == {}

    from PIL.PngImagePlugin import PngInfo

    info = PngInfo()
    info.add_text("Comment", "<script>alert('TEXTCHUNK')</script>")
    png = image_bytes("PNG", pnginfo=info)
    assert b"TEXTCHUNK" in png
    assert b"TEXTCHUNK" not in screenshot_clean(upload(png)).content


def test_the_exif_orientation_is_applied_before_it_is_stripped():
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90° clockwise to view
    jpeg = image_bytes("JPEG", size=(120, 80), exif=exif.tobytes())
    clean = screenshot_clean(upload(jpeg, name="photo.jpg"))
    assert (clean.width, clean.height) == (80, 120)


@pytest.mark.parametrize(
    ("width", "height"),
    [
        (100_000, 100_000),  # far past Pillow's own limit: DecompressionBombError on open
        (6_000, 6_000),  # 36 Mpx: under Pillow's limit, over ours
    ],
)
def test_decompression_bombs_are_refused_before_decoding(width, height):
    bomb = png_with_dimensions(width, height)
    assert len(bomb) < 200
    with pytest.raises(ValidationError) as error:
        screenshot_clean(upload(bomb, name="bomb.png"))
    assert _codes(error.value) == ["too_many_pixels"]
    assert f"at most {MAX_SCREENSHOT_PIXELS // 1_000_000} megapixels" in _messages(error.value)
    assert "“bomb.png”" in _messages(error.value)


def test_a_truncated_image_is_refused_as_damaged():
    png = image_bytes("PNG", size=(300, 300), color=None)
    with pytest.raises(ValidationError) as error:
        screenshot_clean(upload(png[: len(png) // 2], name="cut.png"))
    assert _codes(error.value) == ["damaged_image"]
    assert "“cut.png” is damaged or incomplete" in _messages(error.value)


def test_a_file_over_5_mb_is_refused_without_being_read():
    big = image_bytes("PNG") + b"\0" * MAX_SCREENSHOT_BYTES
    with pytest.raises(ValidationError) as error:
        screenshot_clean(upload(big, name="huge.png"))
    assert _codes(error.value) == ["too_large"]
    assert "“huge.png” is larger than 5 MB." in _messages(error.value)


def test_an_empty_file_is_refused():
    with pytest.raises(ValidationError) as error:
        screenshot_clean(upload(b"", name="empty.png"))
    assert _codes(error.value) == ["empty"]


def test_one_to_five_screenshots_and_every_problem_reported_at_once():
    assert len(screenshots_clean([upload(image_bytes()) for _ in range(5)])) == 5
    with pytest.raises(ValidationError) as error:
        screenshots_clean([])
    assert _codes(error.value) == ["required"]
    assert "Add at least one screenshot" in _messages(error.value)
    with pytest.raises(ValidationError) as error:
        screenshots_clean([upload(image_bytes()) for _ in range(6)])
    assert _codes(error.value) == ["too_many_files"]
    assert "You chose 6 files, but at most 5 screenshots can be attached." in _messages(
        error.value
    )
    with pytest.raises(ValidationError) as error:
        screenshots_clean(
            [upload(image_bytes()), upload(b"text", name="a.png"), upload(b"", name="b.png")]
        )
    assert _codes(error.value) == ["not_an_image", "empty"]
