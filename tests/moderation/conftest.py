"""Images for the report form (real ones, fake ones, hostile ones), staff, and messages."""

import io
import struct
import zipfile
import zlib

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import translation
from PIL import Image

from accounts.models import User
from messaging import services as messaging_services
from messaging.models import MessageState
from moderation import services
from moderation.screenshots import screenshots_clean

# A word the message rules block (profanity), for tests about what follows a block.
BLOCK_WORD = "kurwa"


@pytest.fixture(autouse=True)
def _english():
    """Texts outside a request are read in English, whatever an earlier test activated."""
    with translation.override("en"):
        yield


def image_bytes(fmt="PNG", size=(120, 80), color=(200, 30, 30), **save) -> bytes:
    buffer = io.BytesIO()
    mode = "RGBA" if fmt == "PNG" else "RGB"
    Image.new(mode, size, color).save(buffer, fmt, **save)
    return buffer.getvalue()


def upload(content: bytes, name="screenshot.png", content_type="image/png"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def png_with_dimensions(width: int, height: int) -> bytes:
    """A small, valid-looking PNG whose header claims width×height (a decompression bomb)."""
    data = bytearray(image_bytes("PNG", size=(8, 8)))
    ihdr = struct.pack(">II", width, height) + bytes(data[24:29])
    data[16:29] = ihdr
    data[29:33] = struct.pack(">I", zlib.crc32(b"IHDR" + ihdr) & 0xFFFFFFFF)
    return bytes(data)


def zip_payload() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("evil.html", "<html><script>alert('POLYGLOT')</script></html>")
    return buffer.getvalue()


@pytest.fixture
def staff(django_user_model):
    return django_user_model.objects.create_superuser(
        username="moderator", email="moderator@example.com", password="staff-pass", language="en"
    )


@pytest.fixture
def staff_client(staff):
    """Staff's own browser: tests switch `client` between users without touching it."""
    staff_browser = Client()
    staff_browser.force_login(staff)
    return staff_browser


def login(client, user) -> None:
    """Sign in with an English UI, so the texts read the same in every test."""
    User.objects.filter(pk=user.pk).update(language="en")
    client.force_login(user)


@pytest.fixture
def seller_message(thread):
    """A message the seller sent to the buyer in an order's thread (the buyer received it):
    rude, not against the rules (a request to pay by bank transfer is blocked now that the
    model is on)."""
    return messaging_services.message_submit(
        thread=thread,
        author=thread.seller,
        text="Stop writing to me, I will not answer you any more.",
    )


def file_report(message, reporter=None, description="The seller is rude to me.", **kw):
    reporter = reporter or message.thread.buyer
    return services.message_report_create(
        message=message,
        reporter=reporter,
        description=description,
        screenshots=screenshots_clean([upload(image_bytes())]),
        **kw,
    )


@pytest.fixture
def report(seller_message):
    return file_report(seller_message)


@pytest.fixture
def blocked_message(thread):
    message = messaging_services.message_submit(
        thread=thread, author=thread.seller, text=f"Buy the {BLOCK_WORD} here"
    )
    assert message.state == MessageState.BLOCKED
    return message
