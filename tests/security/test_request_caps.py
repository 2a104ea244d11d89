"""Bodies too large, too many fields or files: refused in the user's language, before the
body is read where its size says so, and the draft is kept in the browser.

Finding (issue #16): over 2.5 MB, too many fields or files got Django's bare English
"Bad Request (400)" even in the Polish UI, and a 150 MB upload was written to disk before
the 10 MB check refused it.
"""

import socket
import time
from urllib.parse import urlsplit

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import RequestFactory
from django.urls import reverse
from django.utils import translation
from playwright.sync_api import expect

from accounts.services import user_set_language
from core.errors import server_error
from messaging.models import Message

pytestmark = pytest.mark.django_db

HTMX = {"HX-Request": "true"}
TOO_LARGE_PL = "To, co wysyłasz, jest za duże"


def _reply_url(thread):
    return reverse("messaging:thread_reply", args=[thread.pk])


def test_a_150_mb_upload_is_refused_before_its_body_is_read(live_server, thread, settings):
    """The 413 comes back while the client has sent 1 KB of the 150 MB it announced."""
    url = urlsplit(live_server.url)
    announced = 150 * 1024 * 1024
    with socket.create_connection((url.hostname, url.port), timeout=10) as connection:
        connection.sendall(
            (
                f"POST {_reply_url(thread)} HTTP/1.1\r\n"
                f"Host: {url.netloc}\r\n"
                "Accept-Language: pl\r\n"
                "Content-Type: multipart/form-data; boundary=xyz\r\n"
                f"Content-Length: {announced}\r\n\r\n"
            ).encode()
            + b"--xyz\r\n"
            + b"x" * 1024
        )
        started = time.monotonic()
        answer = b""
        while b"</html>" not in answer:
            chunk = connection.recv(65536)
            if not chunk:
                break
            answer += chunk
    assert time.monotonic() - started < 5
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 413")
    assert TOO_LARGE_PL in body.decode()
    assert not Message.objects.exists()


def test_a_text_body_over_the_form_limit_is_a_translated_413(buyer_client, thread, buyer):
    user_set_language(user=buyer, language="pl")
    response = buyer_client.post(_reply_url(thread), {"text": "x" * 3_000_000})
    assert response.status_code == 413
    page = response.content.decode()
    assert TOO_LARGE_PL in page and "2,5 MB" in page
    assert "Bad Request" not in page
    assert not Message.objects.exists()


def test_too_many_files_is_a_translated_400_not_djangos_english_one(buyer_client, thread, buyer):
    user_set_language(user=buyer, language="cs")
    files = [SimpleUploadedFile(f"f{n}.txt", b"x") for n in range(11)]
    response = buyer_client.post(_reply_url(thread), {"text": "hello", "attachments": files})
    assert response.status_code == 400
    assert "Formulář má příliš mnoho polí nebo souborů" in response.content.decode()
    assert not Message.objects.exists()


def test_an_htmx_refusal_is_a_fragment_with_the_message_for_the_form(buyer_client, thread, buyer):
    user_set_language(user=buyer, language="hu")
    response = buyer_client.post(_reply_url(thread), {"text": "x" * 3_000_000}, headers=HTMX)
    assert response.status_code == 413
    fragment = response.content.decode()
    assert "data-error-message" in fragment and "<html" not in fragment
    assert "túl nagy" in fragment


def test_the_500_page_speaks_the_users_language_without_a_database():
    request = RequestFactory().get("/")
    with translation.override("sk"):
        response = server_error(request)
    assert response.status_code == 500
    assert "Niečo sa pokazilo" in response.content.decode()


# --- private pages are not cached -----------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        lambda thread: reverse("messaging:thread_detail", args=[thread.pk]),
        lambda thread: reverse("messaging:thread_list"),
        lambda thread: reverse("orders:order_detail", args=[thread.order_id]),
        lambda thread: reverse("account_details"),
        lambda thread: reverse("home"),
    ],
    ids=["thread", "threads", "order", "account", "home"],
)
def test_every_signed_in_page_says_private_no_store(buyer_client, thread, url):
    response = buyer_client.get(url(thread))
    assert response.status_code == 200
    directives = {part.strip() for part in response["Cache-Control"].split(",")}
    assert {"private", "no-store"} <= directives


# --- in the browser: the draft stays, the reason is shown -------------------------------


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_a_reply_too_large_to_send_keeps_the_draft_and_says_why(
    window_for, buyer, thread, settings, tmp_path
):
    settings.REQUEST_MAX_BYTES = 300_000  # so the test uploads 400 KB, not 60 MB
    user_set_language(user=buyer, language="pl")
    photo = tmp_path / "big.bin"
    photo.write_bytes(b"\x89PNG" + b"\0" * 400_000)
    tab = window_for(buyer)
    tab.goto(reverse("messaging:thread_detail", args=[thread.pk]))
    draft = "Dzień dobry, przesyłam zdjęcie paragonu."
    tab.locator("textarea[name=text]").fill(draft)
    tab.locator("input[type=file]").set_input_files(str(photo))
    tab.locator("#reply-form button[type=submit]").click()
    error = tab.locator(".send-error")
    expect(error).to_be_visible()
    expect(error).to_contain_text(TOO_LARGE_PL)
    expect(tab.locator("textarea[name=text]")).to_have_value(draft)
    assert not Message.objects.filter(text=draft).exists()
