"""The Message Center, thread view, reply box and Ask a question, through HTTP."""

import re

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import Client
from django.urls import reverse

from accounts.services import masked_email_address
from messaging import selectors, services
from messaging.forms import MessageForm
from messaging.models import Attachment, Message, MessageState, Thread
from tests.factories import MessageFactory, OfferFactory, OrderFactory, ThreadFactory, UserFactory
from translation.models import MessageTranslation

pytestmark = pytest.mark.django_db

HTMX = {"HX-Request": "true"}


def _reply(client, thread, text, files=(), htmx=True):
    data = {"text": text}
    if files:
        data["attachments"] = list(files)
    return client.post(
        reverse("messaging:thread_reply", args=[thread.pk]), data, headers=HTMX if htmx else {}
    )


# --- thread list ----------------------------------------------------------------------


def test_the_list_shows_the_other_party_subject_preview_and_unread_badge(client, thread):
    # given the buyer wrote twice about an order
    MessageFactory(thread=thread, text="Where is my parcel?")
    MessageFactory(thread=thread, text="Any news about the shipment?")
    # when the seller opens the Message Center
    client.force_login(thread.seller)
    page = client.get(reverse("messaging:thread_list")).text
    # then the row names the buyer with their masked order address, the order and the text
    assert thread.buyer.username in page
    assert f"{thread.buyer.sender_id}+{thread.order.transaction_id}@allegromail.pl" in page
    assert f"Order {thread.order.transaction_id}" in page
    assert "Any news about the shipment?" in page
    assert re.search(r'class="badge count"[^>]*>2<', page)
    assert "Awaiting your reply" in page


def test_the_buyer_sees_no_unread_badge_for_their_own_messages(client, thread):
    MessageFactory(thread=thread)
    client.force_login(thread.buyer)
    page = client.get(reverse("messaging:thread_list")).text
    assert 'class="badge count"' not in page.split('id="thread-list"')[1]
    assert "Awaiting your reply" not in page


def test_a_user_lists_only_their_own_threads(client, thread, other_user):
    MessageFactory(thread=thread, text="private words")
    client.force_login(other_user)
    page = client.get(reverse("messaging:thread_list")).text
    assert "private words" not in page
    assert "No conversations yet." in page


def _threads_for(seller, count, buyer=None):
    threads = []
    for _ in range(count):
        thread = ThreadFactory(buyer=buyer or UserFactory(), offer=OfferFactory(seller=seller))
        MessageFactory(thread=thread, text=f"question {thread.pk}")
        threads.append(thread)
    return threads


def test_filters_unread_awaiting_order_and_offer(client, thread):
    seller = thread.seller
    MessageFactory(thread=thread, text="about the order")  # unread, awaiting the seller
    answered, read = _threads_for(seller, 2)
    services.message_submit(thread=answered, author=seller, text="answered")
    for opened in (answered, read):
        opened.refresh_from_db()
        services.thread_mark_read(thread=opened, user=seller)
    client.force_login(seller)

    def shown(filter_):
        page = client.get(reverse("messaging:thread_list"), {"filter": filter_}).text
        return {t.pk for t in (thread, answered, read) if f"/messages/{t.pk}/" in page}

    assert shown("") == {thread.pk, answered.pk, read.pk}
    assert shown("unread") == {thread.pk}
    assert shown("awaiting") == {thread.pk, read.pk}
    assert shown("order") == {thread.pk}
    assert shown("offer") == {answered.pk, read.pk}


def test_search_finds_words_in_messages_and_order_numbers(client, thread):
    MessageFactory(thread=thread, text="Czy paczka została już wysłana?")
    other = _threads_for(thread.seller, 1)[0]
    client.force_login(thread.seller)
    url = reverse("messaging:thread_list")

    def found(query):
        page = client.get(url, {"q": query}).text
        return {t.pk for t in (thread, other) if f"/messages/{t.pk}/" in page}

    assert found("paczka") == {thread.pk}
    assert found("PACZ") == {thread.pk}  # a word's beginning, any case
    assert found("wysłana paczka") == {thread.pk}  # every word, any order
    assert found("aczka") == set()  # not the middle of a word
    assert found(thread.order.transaction_id.upper()) == {thread.pk}
    assert found("question") == {other.pk}
    page = client.get(url, {"q": "nothing-like-this"}).text
    assert "No conversations match “nothing-like-this”." in page


def test_search_finds_words_typed_without_accents_and_the_buyers_login(client, thread):
    """#18: "zielinski", "novakova", "dekuji" found nothing; the same on every database."""
    MessageFactory(thread=thread, text="Děkuji, paní Nováková. Pozdrawiam, Łukasz Zieliński")
    other = _threads_for(thread.seller, 1)[0]
    client.force_login(thread.seller)
    url = reverse("messaging:thread_list")

    def found(query):
        page = client.get(url, {"q": query}).text
        return {t.pk for t in (thread, other) if f"/messages/{t.pk}/" in page}

    for query in ("zielinski", "novakova", "dekuji", "lukasz", "Zieliński", "DEKUJI nova"):
        assert found(query) == {thread.pk}, query
    assert found(thread.buyer.username) == {thread.pk}  # the buyer's login
    assert found(thread.seller.username) == set()  # not every thread of one's own


def test_search_does_not_reach_other_peoples_messages(client, thread, other_user):
    MessageFactory(thread=thread, text="secretword in my order")
    client.force_login(other_user)
    page = client.get(reverse("messaging:thread_list"), {"q": "secretword"}).text
    assert f"/messages/{thread.pk}/" not in page


def test_paging_walks_every_thread_once_newest_first(client, seller):
    threads = _threads_for(seller, 30)
    client.force_login(seller)
    first = client.get(reverse("messaging:thread_list")).text
    shown_first = [int(pk) for pk in re.findall(r'href="/messages/(\d+)/"', first)]
    assert shown_first == [t.pk for t in reversed(threads)][:25]
    older = re.search(r'href="(\?filter=&amp;q=&amp;after=[^"]+)"', first).group(1)
    second = client.get(reverse("messaging:thread_list") + older.replace("&amp;", "&")).text
    shown_second = [int(pk) for pk in re.findall(r'href="/messages/(\d+)/"', second)]
    assert shown_second == [t.pk for t in reversed(threads)][25:]
    assert "Older conversations" not in second


def test_htmx_gets_only_the_list_fragment(client, thread):
    client.force_login(thread.seller)
    response = client.get(reverse("messaging:thread_list"), {"filter": "unread"}, headers=HTMX)
    assert response.text.lstrip().startswith('<div id="thread-list"')
    assert "<html" not in response.text


def test_a_malformed_cursor_or_filter_falls_back_to_the_first_page(client, thread):
    MessageFactory(thread=thread)
    client.force_login(thread.seller)
    response = client.get(reverse("messaging:thread_list"), {"after": "garbage", "filter": "x"})
    assert response.status_code == 200
    assert f"/messages/{thread.pk}/" in response.text


def test_thread_list_query_count_does_not_grow_with_threads(
    client, seller, django_assert_num_queries
):
    _threads_for(seller, 3)
    client.force_login(seller)
    url = reverse("messaging:thread_list")
    search = {"q": "question", "filter": "unread"}
    # session, user, the page's ids (one UNION ALL of both sides, buying and selling, where
    # the database can, else one query per side), the threads on the page, the marker the
    # list's live refresh compares (one aggregate), whether the seller has a team (the
    # assignment filters); a search too
    page_queries = 1 if connection.features.supports_slicing_ordering_in_compound else 2
    with django_assert_num_queries(5 + page_queries) as few:
        client.get(url)
    expected = len(few.captured_queries)
    # PostgreSQL's search also reads the threads of the user's own undelivered messages
    # that match (one probe of a partial index per side), before the page's query
    own = 2 if connection.vendor == "postgresql" else 0
    # and a one-word search looks the word up as a login too (one indexed probe per side)
    login = 2
    with django_assert_num_queries(5 + page_queries + own + login) as few_searched:
        client.get(url, search)
    expected_searched = len(few_searched.captured_queries)
    _threads_for(seller, 30)
    with django_assert_num_queries(expected):
        client.get(url)
    with django_assert_num_queries(expected_searched):
        client.get(url, search)


# --- thread view, reply, polling --------------------------------------------------------


def test_opening_a_thread_shows_its_messages_and_marks_them_read(client, thread):
    MessageFactory(thread=thread, text="First question")
    MessageFactory(thread=thread, text="Second question")
    client.force_login(thread.seller)
    page = client.get(reverse("messaging:thread_detail", args=[thread.pk])).text
    assert page.index("First question") < page.index("Second question")
    assert reverse("orders:order_detail", args=[thread.order_id]) in page
    thread.refresh_from_db()
    assert thread.seller_unread_count == 0
    assert not Message.objects.filter(thread=thread, seller_read_at__isnull=True).exists()


def test_message_text_is_escaped_everywhere(client, thread):
    MessageFactory(thread=thread, text="<script>alert('x')</script> hello")
    client.force_login(thread.seller)
    for url in (
        reverse("messaging:thread_list"),
        reverse("messaging:thread_detail", args=[thread.pk]),
    ):
        page = client.get(url).text
        assert "<script>alert(" not in page
        assert "&lt;script&gt;alert(" in page


def test_thread_view_query_count_does_not_grow_with_messages(
    client, thread, png_upload, django_assert_num_queries, settings
):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "message_send": "100/m"}  # 35 replies
    for _ in range(3):
        services.message_submit(
            thread=thread, author=thread.buyer, text="with a photo", attachments=[]
        )
    client.force_login(thread.seller)
    url = reverse("messaging:thread_detail", args=[thread.pk])
    client.get(url)
    # session, user, thread, messages (each says whether it has attachments or a
    # translation for the viewer: none here, so neither is fetched), the seller's
    # internal notes, the shop's team (whom the thread can be assigned to)
    with django_assert_num_queries(6):
        client.get(url)
    for _ in range(30):
        _reply(client, thread, "more", files=[png_upload()])
    for _ in range(3):
        message = services.message_submit(
            thread=thread, author=thread.buyer, text="a question", attachments=[]
        )
        MessageTranslation.objects.create(
            message=message,
            recipient=thread.seller,
            source_language="pl",
            target_language="en",
            status="done",
            text="translated for the seller",
        )
    client.get(url)
    # ... and the attachments and the translations of the whole page, one query each
    with django_assert_num_queries(8):
        page = client.get(url).text
    assert page.count("translated for the seller") == 3
    assert page.count('class="attachments"') == 22  # the page's 25 but the buyer's three
    for _ in range(5):
        _reply(client, thread, "more", files=[png_upload()])
    client.get(url)
    with django_assert_num_queries(8):
        client.get(url)


def test_the_thread_view_shows_undelivered_messages_only_to_their_author(client, thread):
    MessageFactory(thread=thread, text="Delivered question")
    held = MessageFactory(thread=thread, text="Held question")
    own_held = MessageFactory(thread=thread, author=thread.seller, text="Held answer")
    Message.objects.filter(pk__in=[held.pk, own_held.pk]).update(state=MessageState.BLOCKED)
    client.force_login(thread.seller)
    page = client.get(reverse("messaging:thread_detail", args=[thread.pk])).text
    assert "Delivered question" in page
    assert "Held question" not in page
    assert "Held answer" in page and ">Blocked</span>" in page  # the author sees its state
    client.force_login(thread.buyer)
    page = client.get(reverse("messaging:thread_detail", args=[thread.pk])).text
    assert "Held question" in page and "Held answer" not in page


@pytest.mark.parametrize("about", ["order", "offer"])
def test_the_thread_view_heads_the_page_with_the_subject_and_the_other_partys_address(
    client, thread, buyer, offer, about
):
    if about == "offer":
        thread = ThreadFactory(buyer=UserFactory(), offer=offer)
        MessageFactory(thread=thread)
    for viewer, other in ((thread.seller, thread.buyer), (thread.buyer, thread.seller)):
        client.force_login(viewer)
        page = client.get(reverse("messaging:thread_detail", args=[thread.pk])).text
        full = selectors.thread_get_for_user(user=viewer, thread_id=thread.pk)
        assert f"<strong>{other.username}</strong>" in page
        address = masked_email_address(account=other, order=full.order)
        assert f"<code>{address}</code>" in page
        assert f">{services.thread_subject(full)}</a>" in page


def test_a_long_thread_shows_the_latest_page_and_earlier_ones_on_demand(client, thread):
    last = selectors.MESSAGES_PER_PAGE + 4  # a page (25 messages) and five earlier ones
    for number in range(last + 1):
        MessageFactory(thread=thread, text=f"message number {number}")
    client.force_login(thread.seller)
    page = client.get(reverse("messaging:thread_detail", args=[thread.pk])).text
    assert f"message number {last}<" in page and "message number 5<" in page
    assert "message number 4<" not in page
    before = re.search(r'href="\?before=(\d+)"', page).group(1)
    earlier = client.get(
        reverse("messaging:thread_detail", args=[thread.pk]), {"before": before}, headers=HTMX
    ).text
    assert "message number 0<" in earlier and "message number 4<" in earlier
    assert "message number 5<" not in earlier


def test_a_reply_is_sent_without_reload_and_the_thread_fetches_it(client, thread):
    client.force_login(thread.seller)
    response = _reply(client, thread, "It left today.")
    assert response.status_code == 200
    assert response["HX-Trigger"] == "poll-now"
    assert response.text.lstrip().startswith('<form id="reply-form"')
    message = thread.messages.get()
    assert message.text == "It left today." and message.state == MessageState.DELIVERED
    poll = client.get(
        reverse("messaging:thread_poll", args=[thread.pk]), {"after": 0}, headers=HTMX
    )
    assert "It left today." in poll.text
    assert f"after={message.pk}" in poll.text


def test_a_reply_without_htmx_redirects_back_to_the_thread(client, thread):
    client.force_login(thread.buyer)
    response = _reply(client, thread, "Thanks!", htmx=False)
    assert response.status_code == 302
    assert response["Location"] == reverse("messaging:thread_detail", args=[thread.pk])


def test_an_empty_reply_keeps_the_form_and_says_why(client, thread):
    client.force_login(thread.seller)
    response = _reply(client, thread, "   ")
    assert response.status_code == 422
    assert "Write a message before sending." in response.text
    assert not thread.messages.exists()


def test_a_bad_attachment_refuses_the_reply_and_keeps_the_draft(client, thread):
    client.force_login(thread.seller)
    fake = SimpleUploadedFile("photo.png", b"MZ\x90\x00 not an image", content_type="image/png")
    response = _reply(client, thread, "My long careful draft", files=[fake])
    assert response.status_code == 422
    assert "My long careful draft" in response.text
    assert "photo.png" in response.text
    assert not thread.messages.exists() and not Attachment.objects.exists()


def test_the_reply_box_is_empty_on_each_page_and_keeps_a_refused_draft(client, thread):
    client.force_login(thread.seller)
    url = reverse("messaging:thread_detail", args=[thread.pk])
    textarea = re.compile(r"<textarea [^>]*>(.*?)</textarea>", re.S)
    empty = MessageForm()
    page = client.get(url).text
    assert str(empty["text"]) in page and str(empty["attachments"]) in page
    assert 'id="id_attachments_helptext"' in page  # what the file input's aria-describedby names
    fake = SimpleUploadedFile("photo.png", b"MZ\x90\x00 not an image", content_type="image/png")
    response = _reply(client, thread, "Draft <b>kept</b>", files=[fake], htmx=False)
    assert response.status_code == 422
    assert textarea.search(response.text)[1].strip() == "Draft &lt;b&gt;kept&lt;/b&gt;"
    assert textarea.search(client.get(url).text)[1].strip() == ""


def test_a_reply_with_an_image_stores_it_checked_by_content(client, thread, png_upload):
    client.force_login(thread.seller)
    _reply(client, thread, "Here is the parcel", files=[png_upload("parcel.pdf")])
    attachment = Attachment.objects.get()
    assert attachment.content_type == "image/png"
    assert attachment.original_name == "parcel.pdf"
    assert attachment.storage_name.endswith(".png")
    assert "parcel" not in attachment.file.name


def test_polling_answers_204_when_nothing_is_new(client, thread):
    message = MessageFactory(thread=thread)
    client.force_login(thread.seller)
    response = client.get(
        reverse("messaging:thread_poll", args=[thread.pk]), {"after": message.pk}, headers=HTMX
    )
    assert response.status_code == 204


def test_polling_reads_out_the_other_sides_message_but_not_ones_own(client, thread):
    # given the seller has the thread open and the buyer writes
    first = MessageFactory(thread=thread, text="first")
    client.force_login(thread.seller)
    MessageFactory(thread=thread, text="Is the parcel on its way?")
    poll = reverse("messaging:thread_poll", args=[thread.pk])
    response = client.get(poll, {"after": first.pk}, headers=HTMX)
    # then the page's live region (aria-live, _base.html) is told who wrote what
    live_region = 'id="live-announcer" hx-swap-oob="innerHTML"'
    announcement = response.text[response.text.index(live_region) :]
    announcement = announcement[: announcement.index("</div>")]
    assert f"New message from {thread.buyer.username}: Is the parcel on its way?" in announcement
    # and the seller's own reply, fetched by the same poll, is not read out to them
    own = MessageFactory(thread=thread, author=thread.seller, text="Yes, it left today.")
    response = client.get(poll, {"after": own.pk - 1}, headers=HTMX)
    assert "Yes, it left today." in response.text
    announcement = response.text[response.text.index(live_region) :]
    assert "New message from" not in announcement[: announcement.index("</div>")]


def test_polling_brings_the_other_sides_new_message_and_marks_it_read(client, thread):
    first = MessageFactory(thread=thread, text="first")
    client.force_login(thread.seller)
    MessageFactory(thread=thread, text="a new one")
    response = client.get(
        reverse("messaging:thread_poll", args=[thread.pk]), {"after": first.pk}, headers=HTMX
    )
    assert "a new one" in response.text and ">first<" not in response.text
    thread.refresh_from_db()
    assert thread.seller_unread_count == 0


def test_the_unread_badge_counts_conversations_with_unread_messages(client, seller):
    threads = _threads_for(seller, 3)
    threads[0].refresh_from_db()
    assert services.thread_mark_read(thread=threads[0], user=seller) == 1
    client.force_login(seller)
    badge = client.get(reverse("messaging:unread_badge")).text
    assert re.search(r">2</span>", badge)
    assert 'hx-trigger="every 10s"' in badge


# --- attachments ----------------------------------------------------------------------


def _attachment(client, thread, png_upload):
    client.force_login(thread.buyer)
    _reply(client, thread, "photo of the damage", files=[png_upload("szkoda zdjęcie.png")])
    return Attachment.objects.get()


def test_attachments_are_served_to_both_parties_safely(client, thread, png_upload):
    attachment = _attachment(client, thread, png_upload)
    for user in (thread.buyer, thread.seller):
        client.force_login(user)
        response = client.get(reverse("messaging:attachment", args=[attachment.pk]))
        assert response.status_code == 200
        assert response["Content-Type"] == "image/png"
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["Content-Security-Policy"] == "default-src 'none'; sandbox"
        assert response["Content-Disposition"].startswith("inline;")
        assert b"".join(response.streaming_content).startswith(b"\x89PNG")
    download = client.get(reverse("messaging:attachment", args=[attachment.pk]), {"download": 1})
    assert download["Content-Disposition"].startswith("attachment;")
    assert "filename*=utf-8''szkoda%20zdj%C4%99cie.png" in download["Content-Disposition"]


# --- access: another user's ids are 404 on every URL, every method -----------------------


@pytest.mark.parametrize("method", ["get", "post"])
@pytest.mark.parametrize("htmx", [False, True], ids=["plain", "htmx"])
def test_every_url_with_someone_elses_id_is_404(client, thread, png_upload, method, htmx):
    attachment = _attachment(client, thread, png_upload)
    message = thread.messages.get()
    stranger = UserFactory(username="intruder")
    client.force_login(stranger)
    urls = [
        reverse("messaging:thread_detail", args=[thread.pk]),
        reverse("messaging:thread_reply", args=[thread.pk]),
        reverse("messaging:thread_poll", args=[thread.pk]) + f"?after={message.pk - 1}",
        reverse("messaging:attachment", args=[attachment.pk]),
        reverse("messaging:ask_order", args=[thread.order_id]),
        reverse("orders:order_detail", args=[thread.order_id]),
    ]
    for url in urls:
        response = getattr(client, method)(
            url,
            {"text": "let me in"} if method == "post" else None,
            headers=HTMX if htmx else {},
        )
        assert response.status_code == 404, url
    assert thread.messages.count() == 1


def test_the_seller_cannot_ask_a_question_about_their_own_order(client, thread):
    client.force_login(thread.seller)
    response = client.post(reverse("messaging:ask_order", args=[thread.order_id]), {"text": "x"})
    assert response.status_code == 404


def test_wrong_method_on_own_objects_is_405(client, thread):
    client.force_login(thread.buyer)
    assert client.get(reverse("messaging:thread_reply", args=[thread.pk])).status_code == 405
    assert client.post(reverse("messaging:thread_detail", args=[thread.pk])).status_code == 405


# --- Ask a question ---------------------------------------------------------------------


def test_a_buyer_asks_about_an_offer_and_asking_again_continues_the_thread(client, buyer, offer):
    client.force_login(buyer)
    url = reverse("messaging:ask_offer", args=[offer.pk])
    response = client.post(url, {"text": "Is it linen or cotton?"}, headers=HTMX)
    assert response.status_code == 200
    assert "Your question was sent." in response.text
    response = client.post(url, {"text": "And the size?"})
    thread = Thread.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("messaging:thread_detail", args=[thread.pk])
    assert (thread.buyer, thread.seller, thread.offer) == (buyer, offer.seller, offer)
    assert [m.text for m in thread.messages.all()] == ["Is it linen or cotton?", "And the size?"]
    assert thread.seller_unread_count == 2


def test_the_offer_page_carries_the_ask_form(client, buyer, offer):
    client.force_login(buyer)
    page = client.get(reverse("orders:offer_detail", args=[offer.pk])).text
    assert 'id="ask-form"' in page
    assert reverse("messaging:ask_offer", args=[offer.pk]) in page


def test_the_seller_sees_no_ask_form_on_their_own_offer(client, offer):
    client.force_login(offer.seller)
    assert 'id="ask-form"' not in client.get(reverse("orders:offer_detail", args=[offer.pk])).text


def test_a_buyer_asks_about_their_order_from_the_order_page(client, order):
    client.force_login(order.buyer)
    page = client.get(reverse("orders:order_detail", args=[order.pk])).text
    assert reverse("messaging:ask_order", args=[order.pk]) in page
    client.post(reverse("messaging:ask_order", args=[order.pk]), {"text": "When will it ship?"})
    thread = Thread.objects.get(order=order)
    assert thread.messages.get().text == "When will it ship?"


def test_asking_with_an_empty_question_says_why(client, buyer, offer):
    client.force_login(buyer)
    response = client.post(reverse("messaging:ask_offer", args=[offer.pk]), {"text": ""})
    assert response.status_code == 422
    assert "Write a message before sending." in response.text
    assert not Thread.objects.exists()


def test_a_seller_asking_about_their_own_offer_gets_a_clear_error(client, offer):
    client.force_login(offer.seller)
    response = client.post(reverse("messaging:ask_offer", args=[offer.pk]), {"text": "hm"})
    assert response.status_code == 422
    assert "You cannot ask a question about your own offer." in response.text


def test_a_new_message_notifies_the_recipient_by_email(
    client, thread, django_capture_on_commit_callbacks
):
    client.force_login(thread.buyer)
    with django_capture_on_commit_callbacks(execute=True):
        _reply(client, thread, "Is the parcel insured?")
    assert len(mail.outbox) == 1
    sent = mail.outbox[0]
    assert sent.to == [thread.seller.email_addresses.get(is_primary=True).email]
    assert sent.reply_to == [
        f"{thread.buyer.username} <{thread.buyer.sender_id}+{thread.order.transaction_id}"
        "@allegromail.pl>"
    ]
    assert "Is the parcel insured?" in sent.body
    assert thread.buyer.email not in sent.body + str(sent.message())


def test_orders_in_other_threads_do_not_leak_into_the_order_page(client, order, other_user):
    OrderFactory(buyer=other_user, offer=order.lines.get().offer)
    client.force_login(order.buyer)
    assert client.get(reverse("orders:order_detail", args=[order.pk])).status_code == 200


def test_a_message_rendered_from_the_cache_is_the_viewers_own_and_current(client, thread):
    message = services.message_submit(
        thread=thread, author=thread.buyer, text="Is it in stock?", attachments=[]
    )
    url = reverse("messaging:thread_detail", args=[thread.pk])
    article = re.compile(rf'<article class="message (\w+)" id="message-{message.pk}"')
    for _ in range(2):  # rendered, then from the cache
        client.force_login(thread.seller)
        page = client.get(url).text
        assert article.search(page)[1] == "theirs"
        assert "Report this message" in page
        client.force_login(thread.buyer)
        page = client.get(url).text
        assert article.search(page)[1] == "mine"
        assert "Report this message" not in page
    Message.objects.filter(pk=message.pk).update(email_status="failed", email_error="Mailbox full")
    assert "Could not be delivered by e-mail: Mailbox full" in client.get(url).text


def test_a_translated_message_carries_each_sessions_own_csrf_token(thread):
    message = services.message_submit(
        thread=thread, author=thread.buyer, text="Czy jest na stanie?", attachments=[]
    )
    translation, _ = MessageTranslation.objects.update_or_create(  # delivery may have made it
        message=message,
        recipient=thread.seller,
        defaults={
            "source_language": "pl",
            "target_language": "en",
            "status": "done",
            "text": "Is it in stock?",
        },
    )
    url = reverse("messaging:thread_detail", args=[thread.pk])
    report = reverse("translation:report", args=[translation.pk])
    form = re.compile(rf'action="{report}".*?name="csrfmiddlewaretoken" value="([^"]+)"', re.S)
    for _ in range(2):  # two sessions of the seller, one after the other
        session = Client(enforce_csrf_checks=True)
        session.force_login(thread.seller)
        token = form.search(session.get(url).text)[1]
        response = session.post(report, {"csrfmiddlewaretoken": token}, headers=HTMX)
        assert response.status_code != 403  # the form works: not another session's token
