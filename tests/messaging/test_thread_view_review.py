"""The thread view's plain-SQL reads and cached fragments (bbec6b5, 1bbbf2c), reviewed.

Pinned here: a thread is a 404 to anyone but its parties whatever the method or header; a
message that is not delivered (blocked, held by Allina, awaiting the pipeline) is shown to
its author only, on the page, on an earlier page and in the poll; cached articles are
never another viewer's, language's or time zone's; user text is escaped on the first and
the cached rendering; every form carries a CSRF token that is valid for this session.
"""

import re
from zoneinfo import ZoneInfo

import pytest
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client, RequestFactory
from django.urls import reverse
from django.utils import timezone

from accounts import services as marketplace_services
from messaging import selectors, services
from messaging.models import Attachment, Message, MessageState
from tests.factories import PASSWORD, MessageFactory, ThreadFactory, UserFactory

pytestmark = pytest.mark.django_db

HTMX = {"HX-Request": "true"}
HUGE = "99999999999999999999"  # beyond any 64-bit id


@pytest.fixture(autouse=True)
def _empty_cache():
    cache.clear()
    yield
    cache.clear()


def _detail(thread_id):
    return reverse("messaging:thread_detail", args=[thread_id])


def _poll(thread_id):
    return reverse("messaging:thread_poll", args=[thread_id])


# --- ownership ------------------------------------------------------------------------


@pytest.mark.parametrize("htmx", [False, True], ids=["page", "htmx"])
@pytest.mark.parametrize(
    "method, url, data",
    [
        ("get", _detail, {}),
        ("get", _detail, {"before": "999999"}),
        ("post", _detail, {"text": "hi"}),
        ("get", _poll, {"after": "0"}),
        ("post", _poll, {}),
        ("post", lambda pk: reverse("messaging:thread_reply", args=[pk]), {"text": "hi"}),
    ],
    ids=["detail", "earlier", "detail-post", "poll", "poll-post", "reply"],
)
def test_another_users_thread_is_a_404_whatever_the_method_and_header(
    client, thread, other_user, method, url, data, htmx
):
    MessageFactory(thread=thread, text="private words")
    client.force_login(other_user)
    response = getattr(client, method)(url(thread.pk), data, headers=HTMX if htmx else {})
    assert response.status_code == 404
    assert b"private words" not in response.content
    assert thread.messages.count() == 1


@pytest.mark.parametrize("url", [_detail, _poll], ids=["detail", "poll"])
def test_a_thread_id_beyond_any_row_is_a_404(client, thread, url):
    client.force_login(thread.seller)
    assert client.get(url(HUGE), headers=HTMX).status_code == 404


@pytest.mark.parametrize("parameter", ["after", "before"])
@pytest.mark.parametrize("value", [HUGE, "²", "-1", "1e3"])
def test_a_poll_or_earlier_page_position_out_of_range_is_not_an_error(
    client, thread, parameter, value
):
    MessageFactory(thread=thread, text="the one message")
    client.force_login(thread.seller)
    url = _poll(thread.pk) if parameter == "after" else _detail(thread.pk)
    response = client.get(url, {parameter: value}, headers=HTMX)
    assert response.status_code in (200, 204)


def test_the_poll_brings_no_message_of_another_thread(client, thread, other_user, offer):
    first = MessageFactory(thread=thread)
    elsewhere = ThreadFactory(buyer=other_user, offer=offer)
    MessageFactory(thread=elsewhere, author=other_user, text="someone else's words")
    client.force_login(thread.seller)
    response = client.get(_poll(thread.pk), {"after": first.pk}, headers=HTMX)
    assert response.status_code == 204


# --- undelivered messages -------------------------------------------------------------


def _undelivered(thread, how: str) -> Message:
    """A message of the buyer's that the seller must not see."""
    if how == "queued_mail":  # relayed mail, stored before the stages ran
        return services.message_accept(
            thread=thread, author=thread.buyer, text=f"Undelivered {how}", hand_over=lambda _: 0
        )
    message = MessageFactory(thread=thread, text=f"Undelivered {how}")
    Message.objects.filter(pk=message.pk).update(state=how)
    return message


UNDELIVERED = [
    MessageState.BLOCKED,
    MessageState.HELD,
    MessageState.RESOLVED,
    "queued_mail",
]


@pytest.mark.parametrize("how", UNDELIVERED)
def test_an_undelivered_message_is_shown_to_its_author_only(client, thread, how):
    first = MessageFactory(thread=thread, author=thread.seller, text="Hello")
    hidden = _undelivered(thread, how)
    assert Message.objects.get(pk=hidden.pk).state != MessageState.DELIVERED
    text = f"Undelivered {how}"
    for viewer, shown in ((thread.seller, False), (thread.buyer, True)):
        client.force_login(viewer)
        for _ in range(2):  # rendered, then from the cache
            page = client.get(_detail(thread.pk)).text
            assert (text in page) is shown
            poll = client.get(_poll(thread.pk), {"after": first.pk}, headers=HTMX)
            assert (text in poll.text) is shown
            assert poll.status_code == (200 if shown else 204)


def test_a_stopped_messages_reason_is_shown_to_its_writer_only(client, thread):
    """A blocked e-mail's writer reads why on the page, not only in the notice e-mail."""
    message = _undelivered(thread, MessageState.BLOCKED)
    Message.objects.filter(pk=message.pk).update(
        stopped_by="message_rules", stop_reason="Links are not allowed: <b>evil.example</b>"
    )
    client.force_login(thread.buyer)
    for _ in range(2):  # rendered, then from the cache
        page = client.get(_detail(thread.pk)).text
        assert "Links are not allowed: &lt;b&gt;evil.example&lt;/b&gt;" in page
    client.force_login(thread.seller)
    assert "Links are not allowed" not in client.get(_detail(thread.pk)).text


def test_an_undelivered_message_is_not_on_an_earlier_page_of_the_other_side(client, thread):
    hidden = _undelivered(thread, MessageState.BLOCKED)
    for number in range(selectors.MESSAGES_PER_PAGE + 1):
        MessageFactory(thread=thread, author=thread.seller, text=f"answer {number}")
    client.force_login(thread.seller)
    page = client.get(_detail(thread.pk)).text
    before = re.search(r"\?before=(\d+)", page)[1]
    earlier = client.get(_detail(thread.pk), {"before": before}, headers=HTMX).text
    assert "answer 0" in earlier and hidden.text not in earlier
    client.force_login(thread.buyer)
    earlier = client.get(_detail(thread.pk), {"before": before}, headers=HTMX).text
    assert hidden.text in earlier


def test_attachments_of_an_undelivered_message_are_not_listed_to_the_other_side(
    client, thread, png_upload
):
    client.force_login(thread.buyer)
    client.post(
        reverse("messaging:thread_reply", args=[thread.pk]),
        {"text": "with a photo", "attachments": [png_upload("secret-photo.png")]},
    )
    message = thread.messages.get()
    Message.objects.filter(pk=message.pk).update(state=MessageState.BLOCKED)
    attachment = Attachment.objects.get()
    client.force_login(thread.seller)
    page = client.get(_detail(thread.pk)).text
    assert "secret-photo" not in page
    assert client.get(reverse("messaging:attachment", args=[attachment.pk])).status_code == 404


# --- cached articles: viewer, language, time zone -------------------------------------


def test_a_cached_article_is_never_the_other_viewers(client, thread):
    message = MessageFactory(thread=thread, text="Where is it?")
    report = reverse("moderation:message_report", args=[message.pk])
    for _ in range(2):
        client.force_login(thread.buyer)
        page = client.get(_detail(thread.pk)).text
        assert 'class="message mine"' in page and report not in page
        client.force_login(thread.seller)
        page = client.get(_detail(thread.pk)).text
        assert 'class="message theirs"' in page and report in page


def test_a_cached_article_follows_the_viewers_language(client, thread):
    MessageFactory(thread=thread, text="Where is it?")
    client.force_login(thread.seller)
    assert "Report this message" in client.get(_detail(thread.pk)).text
    marketplace_services.user_set_language(user=thread.seller, language="pl")
    page = client.get(_detail(thread.pk)).text
    assert "Report this message" not in page
    assert 'lang="pl"' in page


def test_a_cached_article_follows_the_time_zone(client, thread):
    message = MessageFactory(thread=thread, text="Where is it?")
    client.force_login(thread.seller)
    shown = {}
    for zone in ("UTC", "Asia/Tokyo", "UTC"):
        with timezone.override(ZoneInfo(zone)):
            page = client.get(_detail(thread.pk)).text
        article = page.split(f'id="message-{message.pk}"')[1].split("</article>")[0]
        shown.setdefault(zone, set()).add(re.search(r"<time [^>]*>([^<]*)<", article)[1])
    assert len(shown["UTC"]) == 1 and shown["UTC"] != shown["Asia/Tokyo"]


# --- escaping -------------------------------------------------------------------------


def test_user_text_is_escaped_on_the_first_and_the_cached_rendering(client, thread):
    MessageFactory(thread=thread, text='<script>alert("x")</script> & <b>bold</b>')
    upload = SimpleUploadedFile(
        '<img src=x onerror="alert(1)">.pdf', b"%PDF-1.4\n%%EOF\n", content_type="application/pdf"
    )
    client.force_login(thread.seller)
    client.post(
        reverse("messaging:thread_reply", args=[thread.pk]),
        {"text": "see the file", "attachments": [upload]},
    )
    for viewer in (thread.seller, thread.buyer, thread.seller):
        client.force_login(viewer)
        for response in (
            client.get(_detail(thread.pk)),
            client.get(_poll(thread.pk), {"after": 0}, headers=HTMX),
        ):
            page = response.text
            assert "<script>alert" not in page and "<b>bold</b>" not in page
            assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;" in page
            assert '<img src=x onerror="alert(1)">' not in page


def test_the_language_forms_next_is_escaped(client, thread):
    client.force_login(thread.seller)
    page = client.get(_detail(thread.pk), {"x": '"><script>alert(1)</script>'}).text
    assert "<script>alert(1)</script>" not in page


# --- CSRF -----------------------------------------------------------------------------


_FORM = re.compile(r"<form\b[^>]*>.*?</form>", re.S)
_TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def _post_forms(page: str) -> list[str]:
    return [form for form in _FORM.findall(page) if 'method="post"' in form.split(">")[0]]


def test_every_form_of_the_thread_page_carries_this_sessions_csrf_token(thread):
    MessageFactory(thread=thread, text="Where is it?")
    client = Client(enforce_csrf_checks=True)
    for attempt in range(2):  # a new session: a new CSRF secret; the cached parts hold none
        assert client.login(
            request=RequestFactory().post("/login/"),
            username=thread.seller.username,
            password=PASSWORD,
        )
        page = client.get(_detail(thread.pk)).text
        forms = _post_forms(page)
        assert len(forms) >= 2  # the language switcher and the reply
        assert all(_TOKEN.search(form) for form in forms)
        reply = next(form for form in forms if 'id="reply-form"' in form)
        token = _TOKEN.search(reply)[1]
        response = client.post(
            reverse("messaging:thread_reply", args=[thread.pk]),
            {"text": f"Answer {attempt}", "csrfmiddlewaretoken": token},
        )
        assert response.status_code == 302, response.status_code
        client.logout()
    assert thread.messages.filter(author=thread.seller).count() == 2


def test_the_reply_form_is_refused_without_a_csrf_token(thread):
    client = Client(enforce_csrf_checks=True)
    client.force_login(thread.seller)
    response = client.post(
        reverse("messaging:thread_reply", args=[thread.pk]), {"text": "no token"}
    )
    assert response.status_code == 403
    assert not thread.messages.exists()


def test_a_refused_draft_is_never_another_users_empty_form(client, thread, offer):
    client.force_login(thread.seller)
    response = client.post(
        reverse("messaging:thread_reply", args=[thread.pk]), {"text": "x" * 100_000}
    )
    assert response.status_code == 422
    client.force_login(thread.buyer)
    assert "x" * 1000 not in client.get(_detail(thread.pk)).text
    other = ThreadFactory(buyer=UserFactory(), offer=offer)
    client.force_login(other.buyer)
    assert "x" * 1000 not in client.get(_detail(other.pk)).text
