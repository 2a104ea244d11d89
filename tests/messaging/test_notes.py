"""Internal notes on a conversation: the seller's side sees and writes them; the buyer
never sees them on the page, in e-mail or in the API, and nobody else can add one."""

import pytest
from django.core import mail
from django.urls import reverse

from messaging.models import Message, ThreadNote
from tests.factories import SellerFactory

pytestmark = pytest.mark.django_db

NOTE = "Buyer <b>is</b> a reseller - check the invoice before shipping"


def _detail(thread):
    return reverse("messaging:thread_detail", args=[thread.pk])


def _note_url(thread):
    return reverse("messaging:thread_note", args=[thread.pk])


def test_the_seller_adds_a_note_and_sees_it_escaped_marked_as_team_only(seller_client, thread):
    response = seller_client.post(_note_url(thread), {"text": NOTE})
    assert response.status_code == 302
    page = seller_client.get(_detail(thread)).content.decode()
    assert "Only your team sees this." in page
    assert "Buyer &lt;b&gt;is&lt;/b&gt; a reseller" in page
    assert "<b>is</b>" not in page


def test_a_note_is_not_a_message_and_sends_no_email(seller_client, thread):
    messages_before = Message.objects.filter(thread=thread).count()
    seller_client.post(_note_url(thread), {"text": NOTE})
    assert ThreadNote.objects.filter(thread=thread).count() == 1
    assert Message.objects.filter(thread=thread).count() == messages_before
    assert mail.outbox == []


def test_the_buyer_never_sees_the_note_nor_the_note_form(client, seller_client, thread, buyer):
    seller_client.post(_note_url(thread), {"text": NOTE})
    client.force_login(buyer)
    page = client.get(_detail(thread)).content.decode()
    assert "reseller" not in page
    assert "Only your team sees this." not in page


def test_the_buyer_cannot_add_a_note(client, thread, buyer):
    client.force_login(buyer)
    assert client.post(_note_url(thread), {"text": "sneaky"}).status_code == 404
    assert not ThreadNote.objects.exists()


def test_another_shop_gets_404(client, thread):
    stranger = SellerFactory()
    client.force_login(stranger)
    assert client.post(_note_url(thread), {"text": "sneaky"}).status_code == 404
    assert not ThreadNote.objects.exists()


def test_a_get_on_the_note_url_is_refused(seller_client, thread):
    assert seller_client.get(_note_url(thread)).status_code == 405
