"""The demo mailbox: mail the demo sends, readable in the browser, DEBUG only."""

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.mail import EmailMessage
from django.urls import reverse

from config.settings.base import mailers_from_url

pytestmark = pytest.mark.django_db


@pytest.fixture
def mailbox(settings, tmp_path, client, buyer):
    client.force_login(buyer)
    settings.DEBUG = True
    settings.DEMO_MAILBOX_DIR = tmp_path
    settings.MAILERS = mailers_from_url("mailbox://")
    return tmp_path


def test_sent_mail_is_listed_and_readable_escaped(mailbox, client):
    # given the demo sent a mail
    EmailMessage(
        subject="Order <b>42</b>",
        body="Hello <script>alert(1)</script>",
        from_email="seller1 <abc+x@allegromail.pl>",
        to=["buyer@example.com"],
    ).send()
    assert len(list(mailbox.glob("*.eml"))) == 1
    # then the mailbox lists it with to, from and subject
    page = client.get(reverse("mailbox_list")).content.decode()
    assert "buyer@example.com" in page and "abc+x@allegromail.pl" in page
    assert "Order &lt;b&gt;42&lt;/b&gt;" in page
    # and the message shows its headers and text, escaped
    name = next(mailbox.glob("*.eml")).stem
    page = client.get(reverse("mailbox_message", args=[name])).content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "<script>alert" not in page
    assert "Message-ID" in page


def test_the_mailbox_is_404_when_debug_is_off(mailbox, client, settings):
    EmailMessage(subject="x", body="y", to=["a@example.com"]).send()
    name = next(mailbox.glob("*.eml")).stem
    settings.DEBUG = False
    assert client.get(reverse("mailbox_list")).status_code == 404
    assert client.get(reverse("mailbox_message", args=[name])).status_code == 404


def test_no_path_outside_the_mailbox_is_read(mailbox, client):
    assert client.get(reverse("mailbox_message", args=["..%2Fsecret"])).status_code == 404
    assert client.get("/dev/mailbox/../settings/").status_code == 404


def test_the_backend_refuses_to_run_without_debug(settings):
    settings.DEBUG = False
    settings.MAILERS = mailers_from_url("mailbox://")
    with pytest.raises(ImproperlyConfigured):
        EmailMessage(subject="x", body="y", to=["a@example.com"]).send()


def test_production_settings_refuse_the_mailbox(monkeypatch):
    import importlib
    import sys

    for name, value in {
        "SECRET_KEY": "x" * 60,
        "ALLOWED_HOSTS": "a",
        "EMAIL_URL": "mailbox://",
        "PAYMENT_WEBHOOK_SECRET": "a",
    }.items():
        monkeypatch.setenv(name, value)
    monkeypatch.delitem(sys.modules, "config.settings.production", raising=False)
    with pytest.raises(ImproperlyConfigured, match="demo mailbox"):
        importlib.import_module("config.settings.production")
