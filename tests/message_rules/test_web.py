"""A blocked message on the web: the writer keeps the draft and sees why; the other side
sees nothing; staff find the message and its findings."""

import html

import pytest
from django.core import mail
from django.urls import reverse

from messaging.models import Message, MessageState, Thread
from tests.factories import MessageFactory

pytestmark = pytest.mark.django_db

HTMX = {"HX-Request": "true"}
BAD = "Kupując bezpośrednio będzie taniej, zadzwoń 601 234 567"


def _reply(client, thread, text, htmx=True):
    return client.post(
        reverse("messaging:thread_reply", args=[thread.pk]),
        {"text": text},
        headers=HTMX if htmx else {},
    )


@pytest.mark.parametrize("htmx", [True, False], ids=["htmx", "plain form"])
def test_a_blocked_reply_keeps_the_draft_and_says_which_part_broke_which_rule(
    client, thread, htmx, django_capture_on_commit_callbacks
):
    client.force_login(thread.buyer)
    with django_capture_on_commit_callbacks(execute=True):
        response = _reply(client, thread, BAD, htmx=htmx)
    assert response.status_code == 422
    page = html.unescape(response.text)
    assert BAD in page  # the draft, in the text box
    assert "Your message was not sent because it breaks the message rules:" in page
    assert "“Kupując bezpośrednio będzie taniej”: Trading outside the platform" in page
    assert "“601 234 567”: Trading outside the platform" in page
    message = Message.objects.get()
    assert message.state == MessageState.BLOCKED  # kept for staff
    check = message.rules_check
    assert (check.verdict, check.categories) == ("block", ["off_platform"])
    assert {f["fragment"] for f in check.findings} == {
        "Kupując bezpośrednio będzie taniej",
        "zadzwoń",
        "601 234 567",
    }
    assert all(BAD[f["start"] : f["end"]] == f["fragment"] for f in check.findings)
    assert mail.outbox == []  # neither side is e-mailed about a blocked web message


def test_the_other_side_never_sees_a_blocked_message(client, thread):
    client.force_login(thread.buyer)
    _reply(client, thread, "Ty kurwo, gdzie paczka?")
    thread.refresh_from_db()
    assert (thread.seller_unread_count, thread.last_message_id) == (0, None)
    client.force_login(thread.seller)
    page = client.get(reverse("messaging:thread_detail", args=[thread.pk])).text
    assert "kurwo" not in page
    assert "kurwo" not in client.get(reverse("messaging:thread_list")).text


def test_after_a_clean_message_a_blocked_one_does_not_become_the_last_or_unread(client, thread):
    MessageFactory(thread=thread, author=thread.buyer, text="Is it still available?")
    client.force_login(thread.buyer)
    _reply(client, thread, "Send me your password please")
    thread.refresh_from_db()
    assert thread.last_message.text == "Is it still available?"
    assert thread.seller_unread_count == 1
    client.force_login(thread.seller)
    page = client.get(reverse("messaging:thread_detail", args=[thread.pk])).text
    assert "Is it still available?" in page
    assert "password" not in page


def test_a_clean_reply_is_delivered_and_recorded_as_allowed(client, thread):
    client.force_login(thread.buyer)
    response = _reply(client, thread, "Czy zejdzie Pan z ceny do 150 zł?")
    assert response.status_code == 200
    message = Message.objects.get()
    assert message.state == MessageState.DELIVERED
    assert (message.rules_check.verdict, message.rules_check.findings) == ("allow", [])


def test_the_seller_is_checked_too(client, thread):
    client.force_login(thread.seller)
    response = _reply(client, thread, "Więcej na www.moj-sklep-rowerowy.pl")
    assert response.status_code == 422
    assert "“www.moj-sklep-rowerowy.pl”: Links to other sites" in html.unescape(response.text)
    assert Message.objects.get().state == MessageState.BLOCKED


@pytest.mark.parametrize("htmx", [True, False], ids=["htmx", "plain form"])
def test_a_blocked_question_keeps_the_draft_and_the_seller_sees_no_thread(
    client, buyer, offer, htmx
):
    client.force_login(buyer)
    text = "Wyślij mi kod BLIK, to przyjmę płatność"
    response = client.post(
        reverse("messaging:ask_offer", args=[offer.pk]),
        {"text": text},
        headers=HTMX if htmx else {},
    )
    assert response.status_code == 422
    page = html.unescape(response.text)
    assert text in page
    assert "Requests for passwords or payment details" in page
    assert "Your question was sent." not in page
    assert Message.objects.get().state == MessageState.BLOCKED
    client.force_login(offer.seller)
    listing = client.get(reverse("messaging:thread_list")).text
    thread = Thread.objects.get()
    assert f"/messages/{thread.pk}/" not in listing


def test_the_reason_is_in_the_writers_language(client, thread):
    from accounts import services as account_services

    account_services.user_set_language(user=thread.buyer, language="pl")
    client.force_login(thread.buyer)
    response = _reply(client, thread, "Zadzwoń 601 234 567")
    assert response.status_code == 422
    page = html.unescape(response.text)
    assert "Twoja wiadomość nie została wysłana, bo narusza zasady wiadomości:" in page
    assert "„601 234 567”: Handel poza platformą" in page
