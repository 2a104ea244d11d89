"""Attachments are checked by their content: real images and PDFs built here, names that lie."""

import io
import struct
import zlib

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image
from pypdf import PdfWriter

from messaging.attachments import (
    MAX_ATTACHMENT_BYTES,
    MAX_ATTACHMENTS,
    check_upload,
    check_uploads,
    safe_download_name,
)


def image_bytes(pillow_format, size=(32, 24)):
    # Noise, so that the compressed data is long enough to be cut in the middle.
    image = Image.effect_noise(size, 64).convert("RGB")
    buffer = io.BytesIO()
    image.save(buffer, pillow_format)
    return buffer.getvalue()


def pdf_bytes(*, pages=1, password=None):
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=595, height=842)
    if password:
        writer.encrypt(user_password=password, algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def png_claiming(width, height):
    """A small, real PNG whose header claims the given dimensions (with a valid CRC)."""
    png = bytearray(image_bytes("PNG", size=(1, 1)))
    # Signature (8), then the IHDR chunk: length (4), b"IHDR" (4), width, height, ..., CRC.
    assert png[12:16] == b"IHDR"
    png[16:24] = struct.pack(">II", width, height)
    png[29:33] = struct.pack(">I", zlib.crc32(png[12:29]))
    return bytes(png)


def upload(name, content, content_type="application/octet-stream"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def refusal(file):
    with pytest.raises(ValidationError) as error:
        check_upload(file)
    return error.value.messages


@pytest.mark.parametrize(
    ("pillow_format", "content_type", "extension"),
    [
        ("PNG", "image/png", "png"),
        ("JPEG", "image/jpeg", "jpg"),
        ("WEBP", "image/webp", "webp"),
        ("GIF", "image/gif", "gif"),
    ],
)
def test_each_image_type_is_accepted_as_what_its_content_is(
    pillow_format, content_type, extension
):
    content = image_bytes(pillow_format)

    checked = check_upload(upload("Zdjęcie paragonu.jpg", content, "image/jpeg"))

    assert checked.content_type == content_type
    assert checked.extension == extension
    assert checked.is_image
    assert checked.size == len(content)
    assert checked.original_name == "Zdjęcie paragonu.jpg"
    assert checked.file.tell() == 0
    assert checked.file.read() == content


def test_a_pdf_is_accepted_as_a_pdf_whatever_its_name():
    content = pdf_bytes(pages=2)

    checked = check_upload(upload("scan.png", content, "image/png"))

    assert (checked.content_type, checked.extension, checked.is_image) == (
        "application/pdf",
        "pdf",
        False,
    )
    assert checked.file.tell() == 0
    assert checked.file.read() == content


def test_a_png_named_like_a_pdf_is_taken_for_the_png_it_is():
    checked = check_upload(upload("photo.pdf", image_bytes("PNG"), "application/pdf"))

    assert (checked.content_type, checked.extension) == ("image/png", "png")


def test_an_empty_file_is_refused():
    assert refusal(upload("receipt.jpg", b"", "image/jpeg")) == ["“receipt.jpg” is empty."]


def test_a_file_of_exactly_10_mb_is_accepted_and_one_byte_more_is_refused():
    png = image_bytes("PNG")
    # Bytes after a PNG's last chunk are ignored by every reader: a real 10 MB image.
    exactly = png + bytes(MAX_ATTACHMENT_BYTES - len(png))

    assert check_upload(upload("big.png", exactly)).size == MAX_ATTACHMENT_BYTES
    assert refusal(upload("big.png", exactly + b"\0")) == ["“big.png” is larger than 10 MB."]


NOT_ALLOWED = (
    "is not a JPEG, PNG, WebP or GIF image nor a PDF document; only those can be attached."
)


@pytest.mark.parametrize(
    ("name", "content", "content_type"),
    [
        ("setup.png", b"MZ\x90\x00\x03\x00\x00\x00\x04\x00" + bytes(100), "image/png"),
        ("tool.png", b"\x7fELF\x02\x01\x01\x00" + bytes(100), "image/png"),
        ("photo.jpg", b"<html><script>alert(document.cookie)</script></html>", "image/jpeg"),
        (
            "logo.svg",
            b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
            "image/svg+xml",
        ),
        (
            "logo.png",
            b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>',
            "image/png",
        ),
        ("invoice.pdf", b"Invoice 2024/17\nTotal: 120 PLN\n", "application/pdf"),
    ],
)
def test_content_of_another_type_is_refused_whatever_its_name_says(name, content, content_type):
    assert refusal(upload(name, content, content_type)) == [f"“{name}” {NOT_ALLOWED}"]


@pytest.mark.parametrize("pillow_format", ["PNG", "JPEG", "WEBP", "GIF"])
def test_a_truncated_image_is_refused_as_damaged(pillow_format):
    content = image_bytes(pillow_format, size=(128, 128))

    messages = refusal(upload("cut.img", content[: len(content) // 2]))

    assert messages == ["“cut.img” is damaged or incomplete and cannot be opened as an image."]


def test_a_png_cut_just_before_its_end_marker_is_refused_as_damaged():
    # Its pixels decode; only verify() notices the missing IEND chunk.
    messages = refusal(upload("cut.png", image_bytes("PNG")[:-12], "image/png"))

    assert messages == ["“cut.png” is damaged or incomplete and cannot be opened as an image."]


@pytest.mark.parametrize(
    ("width", "height"),
    [
        (8_000, 8_000),  # 64 Mpx: over our limit, under Pillow's own.
        (10_000, 10_000),  # Pillow warns.
        (100_000, 100_000),  # Pillow refuses.
    ],
)
def test_an_image_claiming_enormous_dimensions_is_refused_without_decoding_it(width, height):
    messages = refusal(upload("bomb.png", png_claiming(width, height), "image/png"))

    assert messages == ["“bomb.png” has too many pixels; at most 50 megapixels are allowed."]


def test_a_pdf_starting_right_but_unreadable_is_refused_as_damaged():
    messages = refusal(upload("contract.pdf", b"%PDF-1.7\n" + b"not really a pdf\n" * 10))

    assert messages == ["“contract.pdf” is damaged and cannot be opened as a PDF document."]


def test_a_pdf_without_pages_is_refused():
    messages = refusal(upload("blank.pdf", pdf_bytes(pages=0)))

    assert messages == ["“blank.pdf” is a PDF document without any pages."]


def test_a_password_protected_pdf_is_refused():
    messages = refusal(upload("statement.pdf", pdf_bytes(password="secret")))

    assert messages == [
        "“statement.pdf” is password-protected. Remove the password and attach it again."
    ]


def test_the_name_in_a_message_has_no_path_nor_control_characters():
    messages = refusal(upload("C:\\Users\\ewa\\x\u202egpj.exe\n", b""))

    assert messages == ["“xgpj.exe” is empty."]


def test_up_to_five_files_are_checked_and_returned_in_order():
    files = [upload(f"{n}.png", image_bytes("PNG")) for n in range(MAX_ATTACHMENTS - 1)]
    files.append(upload("invoice.pdf", pdf_bytes()))

    checked = check_uploads(files)

    assert [c.extension for c in checked] == ["png"] * 4 + ["pdf"]
    assert check_uploads([]) == []


def test_six_files_are_refused_with_the_limit():
    files = [upload(f"{n}.png", image_bytes("PNG")) for n in range(MAX_ATTACHMENTS + 1)]

    with pytest.raises(ValidationError) as error:
        check_uploads(files)

    assert error.value.messages == [
        "You chose 6 files, but at most 5 can be attached to a message."
    ]


def test_every_bad_file_is_reported_at_once():
    files = [
        upload("ok.png", image_bytes("PNG")),
        upload("empty.jpg", b""),
        upload("virus.png", b"MZ" + bytes(100)),
        upload("ok.pdf", pdf_bytes()),
        upload("locked.pdf", pdf_bytes(password="secret")),
    ]

    with pytest.raises(ValidationError) as error:
        check_uploads(files)

    assert error.value.messages == [
        "“empty.jpg” is empty.",
        f"“virus.png” {NOT_ALLOWED}",
        "“locked.pdf” is password-protected. Remove the password and attach it again.",
    ]


@pytest.mark.parametrize(
    ("original_name", "extension", "download_name"),
    [
        ("../../etc/passwd", "pdf", "passwd.pdf"),
        ("..", "png", "attachment.png"),
        ("", "gif", "attachment.gif"),
        ("C:\\Users\\Ewa\\Desktop\\faktura.pdf", "pdf", "faktura.pdf"),
        ('my "best"\nphoto\r\n.jpg', "jpg", "my best photo.jpg"),
        ("x\u202egpj.exe", "jpg", "xgpj.jpg"),
        ("Zdjęcie paragonu.jpg", "jpg", "Zdjęcie paragonu.jpg"),
        ("Účtenka za září.pdf", "pdf", "Účtenka za září.pdf"),
        ("Árvíztűrő tükörfúrógép.PNG", "png", "Árvíztűrő tükörfúrógép.png"),
        ("invoice.pdf.exe", "pdf", "invoice.pdf.pdf"),
        ("photo.png", "jpg", "photo.jpg"),
        ("scan", "pdf", "scan.pdf"),
        ("receipt 12.03.2024", "pdf", "receipt 12.03.2024.pdf"),
        (".htaccess", "png", "htaccess.png"),
        ("report: final?.pdf", "pdf", "report_ final_.pdf"),
    ],
)
def test_download_names_are_safe(original_name, extension, download_name):
    assert safe_download_name(original_name, extension) == download_name


def test_a_long_download_name_is_cut_to_100_characters_keeping_the_extension():
    name = safe_download_name("ż" * 300 + ".jpg", "jpg")

    assert name == "ż" * 96 + ".jpg"
