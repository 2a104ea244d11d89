"""The seller's Message Center tools: reply templates, bulk actions (read, unread, archive,
no response needed), the same actions on one thread, and the list's live refresh."""

from datetime import UTC, datetime, timedelta

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from allina import metrics
from messaging import selectors, services
from messaging.models import Message, ReplyTemplate, Thread
from messaging.reply_templates import MAX_TEMPLATES
from messaging.threads import thread_refresh
from orders.models import Shipment
from tests.factories import (
    MessageFactory,
    OfferFactory,
    SellerFactory,
    ThreadFactory,
    UserFactory,
    message_at,
)

pytestmark = pytest.mark.django_db

HTMX = {"HX-Request": "true"}
LIST = reverse("messaging:thread_list")
BULK = reverse("messaging:thread_bulk")
POLL = reverse("messaging:thread_list_poll")
TEMPLATES = reverse("messaging:template_list")
NEW_TEMPLATE = reverse("messaging:template_create")


def _asked(seller, text="Is it available in size L?", buyer=None):
    """A thread of `seller`'s with a buyer's unread question awaiting the seller."""
    thread = ThreadFactory(buyer=buyer or UserFactory(), offer=OfferFactory(seller=seller))
    MessageFactory(thread=thread, text=text)
    thread.refresh_from_db()
    return thread


def _template(seller, **fields):
    values = {"name": "Thanks", "body": "Hi {buyer_name}, thanks!", "variants": {}}
    return ReplyTemplate.objects.create(seller=seller, **{**values, **fields})


def _template_form(name="Shipped", body="Hi {buyer_name}, order {order_number}.", **variants):
    data = {"name": name, "body": body}
    data.update({f"variant_{code}": text for code, text in variants.items()})
    return data


# --- reply templates: the settings page -------------------------------------------------


def test_a_seller_creates_a_template_with_a_polish_variant_and_sees_it_listed(seller_client):
    response = seller_client.post(
        NEW_TEMPLATE, _template_form(pl="Cześć {buyer_name}, zamówienie {order_number}.")
    )

    assert response.status_code == 302
    page = seller_client.get(TEMPLATES)
    assert "Shipped" in page.text
    template = ReplyTemplate.objects.get()
    assert template.variants == {"pl": "Cześć {buyer_name}, zamówienie {order_number}."}


def test_an_unknown_placeholder_is_refused_with_a_clear_error(seller_client):
    response = seller_client.post(NEW_TEMPLATE, _template_form(body="Hi {byer_name}!"))

    assert response.status_code == 422
    assert "Unknown placeholder {byer_name}" in response.text
    assert "{buyer_name}" in response.text  # what can be used instead
    assert not ReplyTemplate.objects.exists()


def test_an_unknown_placeholder_in_a_language_variant_is_refused_too(seller_client):
    response = seller_client.post(NEW_TEMPLATE, _template_form(cs="Dobrý den {jmeno}"))

    assert response.status_code == 422
    assert "Unknown placeholder {jmeno}" in response.text
    assert not ReplyTemplate.objects.exists()


def test_a_second_template_of_the_same_name_is_refused(seller_client, seller):
    _template(seller, name="Shipped")

    response = seller_client.post(NEW_TEMPLATE, _template_form(name="shipped"))

    assert response.status_code == 422
    assert "already have a template with this name" in response.text
    assert ReplyTemplate.objects.count() == 1


def test_the_number_of_templates_is_limited(seller_client, seller):
    ReplyTemplate.objects.bulk_create(
        ReplyTemplate(seller=seller, name=f"T{n}", body="x") for n in range(MAX_TEMPLATES)
    )

    response = seller_client.post(NEW_TEMPLATE, _template_form(name="One more"))

    assert response.status_code == 422
    assert f"You already have {MAX_TEMPLATES} templates" in response.text
    assert ReplyTemplate.objects.count() == MAX_TEMPLATES


def test_a_template_text_over_the_length_limit_is_refused(seller_client):
    response = seller_client.post(NEW_TEMPLATE, _template_form(body="x" * 4001))

    assert response.status_code == 422
    assert "at most 4000 characters" in response.text
    assert not ReplyTemplate.objects.exists()


def test_a_seller_edits_and_deletes_their_template(seller_client, seller):
    template = _template(seller)
    edit = reverse("messaging:template_edit", args=[template.pk])

    seller_client.post(edit, _template_form(name="Thanks", body="Thank you, {buyer_name}."))
    template.refresh_from_db()
    assert template.body == "Thank you, {buyer_name}."

    seller_client.post(reverse("messaging:template_delete", args=[template.pk]))
    assert not ReplyTemplate.objects.exists()
    assert "No reply templates yet." in seller_client.get(TEMPLATES).text


@pytest.mark.parametrize("route", ["template_edit", "template_delete"])
@pytest.mark.parametrize("method", ["get", "post"])
def test_another_sellers_template_is_a_404_and_stays_as_it_was(client, route, method):
    owner, intruder = SellerFactory(), SellerFactory()
    template = _template(owner)
    client.force_login(intruder)

    response = getattr(client, method)(
        reverse(f"messaging:{route}", args=[template.pk]), _template_form(name="Mine now")
    )

    assert response.status_code == 404
    template.refresh_from_db()
    assert template.name == "Thanks"


def test_template_writes_are_rate_limited(seller_client, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "settings_write": "2/m"}
    for n in range(2):
        seller_client.post(NEW_TEMPLATE, _template_form(name=f"T{n}"))

    response = seller_client.post(NEW_TEMPLATE, _template_form(name="Third"))

    assert response.status_code == 429
    assert "too often" in response.text
    assert ReplyTemplate.objects.count() == 2


def test_a_buyer_has_no_template_pages(buyer_client):
    assert buyer_client.get(TEMPLATES).status_code == 404
    assert buyer_client.post(NEW_TEMPLATE, _template_form()).status_code == 404


# --- reply templates: in a thread -------------------------------------------------------


def test_a_template_is_filled_for_the_thread_in_the_buyers_language(seller_client, thread):
    thread.buyer.language = "pl"
    thread.buyer.first_name = "Zofia"
    thread.buyer.save()
    Shipment.objects.create(order=thread.order, carrier="inpost", tracking_number="6" * 24)
    template = _template(
        thread.seller,
        body="Hello {buyer_name}, order {order_number}: {tracking_link}",
        variants={"pl": "Dzień dobry {buyer_name}, zamówienie {order_number}: {tracking_link}"},
    )
    url = reverse("messaging:template_fill", args=[thread.pk])

    data = seller_client.get(url, {"template": template.pk}, headers=HTMX).json()

    assert data["language"] == "pl"
    assert data["text"].startswith(
        f"Dzień dobry Zofia, zamówienie {thread.order.transaction_id}: http"
    )
    assert "6" * 24 in data["text"]


def test_without_a_variant_in_the_buyers_language_the_main_text_is_used(seller_client, thread):
    thread.buyer.language = "hu"
    thread.buyer.save()
    template = _template(thread.seller, body="Hi {buyer_name}", variants={"pl": "Cześć"})
    url = reverse("messaging:template_fill", args=[thread.pk])

    data = seller_client.get(url, {"template": template.pk}, headers=HTMX).json()

    assert data["text"] == f"Hi {thread.buyer.first_name}"


def test_without_javascript_the_filled_template_opens_in_a_reply_form(seller_client, thread):
    template = _template(thread.seller, body="Order {order_number} is on its way.")
    url = reverse("messaging:template_fill", args=[thread.pk])

    response = seller_client.get(url, {"template": template.pk})

    assert f"Order {thread.order.transaction_id} is on its way." in response.text
    assert reverse("messaging:thread_reply", args=[thread.pk]) in response.text


def test_the_picker_lists_only_the_sellers_own_templates(seller_client, thread):
    _template(thread.seller, name="Mine")
    _template(SellerFactory(), name="Someone else's")

    response = seller_client.get(
        reverse("messaging:template_picker", args=[thread.pk]), headers=HTMX
    )

    assert "Mine" in response.text
    assert "Someone else" not in response.text


def test_another_sellers_template_or_thread_is_a_404(client, thread):
    theirs = _template(SellerFactory())
    mine = _template(thread.seller)
    url = reverse("messaging:template_fill", args=[thread.pk])
    client.force_login(thread.seller)
    assert client.get(url, {"template": theirs.pk}, headers=HTMX).status_code == 404
    assert client.get(url, {"template": "99999999999999999999"}).status_code == 404
    # the buyer of the thread and a stranger cannot fill the seller's template
    client.force_login(thread.buyer)
    assert client.get(url, {"template": mine.pk}, headers=HTMX).status_code == 404
    client.force_login(UserFactory())
    assert client.get(url, {"template": mine.pk}, headers=HTMX).status_code == 404


def test_a_filled_template_is_sent_through_the_normal_reply(seller_client, thread, mailoutbox):
    template = _template(thread.seller, body="Order {order_number} ships today.")
    fill = reverse("messaging:template_fill", args=[thread.pk])
    text = seller_client.get(fill, {"template": template.pk}, headers=HTMX).json()["text"]

    seller_client.post(
        reverse("messaging:thread_reply", args=[thread.pk]), {"text": text + " Regards"}
    )

    sent = Message.objects.get(thread=thread, author=thread.seller)
    assert sent.text == f"Order {thread.order.transaction_id} ships today. Regards"
    assert sent.state == "delivered"


# --- bulk actions -----------------------------------------------------------------------


def test_two_selected_threads_are_marked_read_and_the_change_is_announced(seller_client, seller):
    first, second, untouched = (_asked(seller) for _ in range(3))

    response = seller_client.post(
        BULK, {"action": "read", "thread": [first.pk, second.pk]}, headers=HTMX
    )

    assert response.status_code == 200
    assert "2 conversations marked as read." in response.text
    assert 'id="live-announcer"' in response.text
    counts = dict(Thread.objects.values_list("pk", "seller_unread_count"))
    assert counts == {first.pk: 0, second.pk: 0, untouched.pk: 1}


def test_marking_unread_brings_the_unread_badge_back(seller_client, seller):
    thread = _asked(seller)
    services.thread_mark_read(thread=thread, user=seller)

    seller_client.post(BULK, {"action": "unread", "thread": [thread.pk]})

    assert selectors.unread_thread_count(user=seller) == 1
    page = seller_client.get(LIST, {"filter": "unread"})
    assert f'data-thread-id="{thread.pk}"' in page.text


def test_archived_threads_leave_the_inbox_and_show_under_archived(seller_client, seller):
    kept, archived = _asked(seller), _asked(seller)

    response = seller_client.post(BULK, {"action": "archive", "thread": [archived.pk]})

    assert response.status_code == 302
    inbox = seller_client.get(LIST).text
    assert f'data-thread-id="{kept.pk}"' in inbox
    assert f'data-thread-id="{archived.pk}"' not in inbox
    assert "1 conversation archived." in inbox  # the flash message after the redirect
    shelf = seller_client.get(LIST, {"filter": "archived"}).text
    assert f'data-thread-id="{archived.pk}"' in shelf
    assert f'data-thread-id="{kept.pk}"' not in shelf


def test_a_new_message_brings_an_archived_thread_back_to_the_inbox(seller_client, seller):
    thread = _asked(seller)
    seller_client.post(BULK, {"action": "archive", "thread": [thread.pk]})

    MessageFactory(thread=thread, text="Hello? Any news?")

    assert f'data-thread-id="{thread.pk}"' in seller_client.get(LIST).text


def test_no_response_needed_takes_a_thread_out_of_awaiting_reply(seller_client, seller):
    thread = _asked(seller, text="Thanks, all good!")

    seller_client.post(BULK, {"action": "no_response", "thread": [thread.pk]})

    awaiting = seller_client.get(LIST, {"filter": "awaiting"}).text
    assert f'data-thread-id="{thread.pk}"' not in awaiting
    assert "No response needed" in seller_client.get(LIST).text  # the row says so
    last = Message.objects.get(thread=thread)
    assert last.no_reply_needed_at is not None
    # and a new message from the buyer makes it await the seller again
    MessageFactory(thread=thread, text="One more question")
    awaiting = seller_client.get(LIST, {"filter": "awaiting"}).text
    assert f'data-thread-id="{thread.pk}"' in awaiting


def test_another_users_thread_ids_are_ignored(client, seller):
    mine = _asked(seller)
    theirs = _asked(SellerFactory())
    client.force_login(seller)

    response = client.post(
        BULK, {"action": "archive", "thread": [mine.pk, theirs.pk, "x", "-1", "9" * 30]}
    )

    assert response.status_code == 302
    theirs.refresh_from_db()
    mine.refresh_from_db()
    assert (mine.seller_archived, theirs.seller_archived, theirs.buyer_archived) == (
        True,
        False,
        False,
    )


def test_an_unknown_action_changes_nothing(seller_client, seller):
    thread = _asked(seller)

    response = seller_client.post(BULK, {"action": "delete", "thread": [thread.pk]}, headers=HTMX)

    assert response.status_code == 200
    assert "Choose what to do with the 1 selected conversation." in response.text
    thread.refresh_from_db()
    assert thread.seller_unread_count == 1


def test_bulk_actions_are_rate_limited(seller_client, seller, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "thread_action": "1/m"}
    thread = _asked(seller)
    seller_client.post(BULK, {"action": "archive", "thread": [thread.pk]})

    response = seller_client.post(
        BULK, {"action": "unarchive", "thread": [thread.pk]}, headers=HTMX
    )

    assert response.status_code == 429
    thread.refresh_from_db()
    assert thread.seller_archived


def test_the_bulk_form_needs_a_csrf_token(seller, seller_client):
    thread = _asked(seller)
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(seller)

    assert strict.post(BULK, {"action": "archive", "thread": [thread.pk]}).status_code == 403


# --- the same actions on one thread ------------------------------------------------------


def test_no_response_needed_from_the_thread_page(seller_client, seller):
    thread = _asked(seller, text="Great, thanks!")
    url = reverse("messaging:thread_action", args=[thread.pk])
    page = seller_client.get(reverse("messaging:thread_detail", args=[thread.pk]))
    assert 'value="no_response"' in page.text

    response = seller_client.post(url, {"action": "no_response"}, follow=True)

    assert "1 conversation marked as needing no response." in response.text
    assert "Marked as needing no response." in response.text
    thread.refresh_from_db()
    assert not thread.awaits_reply_from(seller)


def test_archiving_from_the_thread_page_returns_to_the_list(seller_client, seller):
    thread = _asked(seller)

    response = seller_client.post(
        reverse("messaging:thread_action", args=[thread.pk]), {"action": "archive"}
    )

    assert response.url == LIST
    thread.refresh_from_db()
    assert thread.seller_archived and not thread.buyer_archived


def test_another_users_thread_action_is_a_404(client, seller):
    thread = _asked(seller)
    client.force_login(UserFactory())

    response = client.post(
        reverse("messaging:thread_action", args=[thread.pk]), {"action": "archive"}
    )

    assert response.status_code == 404
    thread.refresh_from_db()
    assert not thread.seller_archived and not thread.buyer_archived


def test_a_buyer_cannot_mark_their_own_question_as_needing_no_response(client, seller):
    thread = _asked(seller)
    client.force_login(thread.buyer)

    client.post(reverse("messaging:thread_action", args=[thread.pk]), {"action": "no_response"})

    thread.refresh_from_db()
    assert thread.awaits_reply_from(seller)


# --- the list's live refresh --------------------------------------------------------------


def _marker(page_text):
    start = page_text.index('data-marker="') + len('data-marker="')
    return page_text[start : page_text.index('"', start)]


def test_the_list_poll_is_quiet_until_a_message_arrives(seller_client, seller):
    thread = _asked(seller, text="First question")
    marker = _marker(seller_client.get(LIST).text)

    assert seller_client.get(POLL, {"since": marker}).status_code == 204

    MessageFactory(thread=thread, text="A follow-up about the colour")
    response = seller_client.get(POLL, {"since": marker})

    assert response.status_code == 200
    assert "A follow-up about the colour" in response.text
    assert _marker(response.text) != marker
    assert seller_client.get(POLL, {"since": _marker(response.text)}).status_code == 204


def test_the_list_poll_follows_the_filter_and_search_it_is_given(seller_client, seller):
    _asked(seller, text="zielona koszula")
    _asked(seller, text="niebieska sukienka")

    response = seller_client.get(POLL, {"since": "old", "q": "koszula"})

    assert "zielona koszula" in response.text
    assert "niebieska sukienka" not in response.text


def test_the_list_poll_costs_a_fixed_number_of_queries(client, seller, django_assert_num_queries):
    for _ in range(2):
        _asked(seller)
    client.force_login(seller)
    marker = _marker(client.get(LIST).text)
    # session, user, the change marker: nothing else while nothing changed; then the page
    # (its ids: one query, or one per side where the database cannot UNION them) and rows
    with django_assert_num_queries(3):
        assert client.get(POLL, {"since": marker}).status_code == 204
    with django_assert_num_queries(
        5 if connection.features.supports_slicing_ordering_in_compound else 6
    ) as changed:
        client.get(POLL, {"since": "old"})
    for _ in range(5):
        _asked(seller)
    with django_assert_num_queries(len(changed.captured_queries)):
        client.get(POLL, {"since": "old"})


# --- My Sales Quality ---------------------------------------------------------------------

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
D = timedelta(days=1)
H = timedelta(hours=1)


def _question(seller, *, asked_at, text="Thanks!"):
    thread = ThreadFactory(buyer=UserFactory(), offer=OfferFactory(seller=seller))
    message_at(thread, thread.buyer, created_at=asked_at, text=text)
    thread_refresh(thread_id=thread.pk)
    thread.refresh_from_db()
    return thread


def test_no_response_needed_counts_neither_as_unanswered_nor_as_answered(seller_client, seller):
    old = _question(seller, asked_at=NOW - 3 * D)  # would be "not answered within 24 h"
    fresh = _question(seller, asked_at=NOW - H)  # would be "awaiting a reply"
    answered = _question(seller, asked_at=NOW - 2 * D, text="Is it in stock?")
    message_at(answered, seller, created_at=NOW - 2 * D + H, text="Yes.")
    for thread in (old, fresh):
        seller_client.post(BULK, {"action": "no_response", "thread": [thread.pk]})

    figures = metrics.response_figures(seller=seller, days=30, now=NOW)

    assert figures.questions == 3
    assert figures.no_response_needed == 2
    assert figures.awaiting_reply == 0
    assert figures.late_or_unanswered == 0
    assert (figures.answered, figures.answered_within_24h, figures.percent_within_24h) == (
        1,
        1,
        100,
    )


def test_a_follow_up_after_no_response_needed_counts_again(seller_client, seller):
    thread = _question(seller, asked_at=NOW - 3 * D)
    seller_client.post(BULK, {"action": "no_response", "thread": [thread.pk]})
    message_at(thread, thread.buyer, created_at=NOW - 2 * D, text="Actually, one question")

    figures = metrics.response_figures(seller=seller, days=30, now=NOW)

    assert (figures.no_response_needed, figures.late_or_unanswered) == (0, 1)


def test_the_quality_page_shows_the_no_response_needed_count(seller_client, seller):
    thread = _question(seller, asked_at=timezone.now() - 2 * D)
    seller_client.post(BULK, {"action": "no_response", "thread": [thread.pk]})

    page = seller_client.get(reverse("allina_seller:quality"))

    assert 'id="no-response-needed-count">1<' in page.text
    assert 'id="late-count">0<' in page.text


def test_recomputing_a_thread_keeps_no_response_needed_until_someone_writes(seller_client, seller):
    thread = _asked(seller, text="Thanks!")
    seller_client.post(BULK, {"action": "no_response", "thread": [thread.pk]})

    thread_refresh(thread_id=thread.pk)  # as after staff hide a message
    thread.refresh_from_db()
    assert thread.reply_not_needed and not thread.awaits_reply_from(seller)

    message_at(thread, thread.buyer, created_at=timezone.now(), text="Wait, one question")
    thread_refresh(thread_id=thread.pk)
    thread.refresh_from_db()
    assert thread.awaits_reply_from(seller)
