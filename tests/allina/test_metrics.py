"""My Sales Quality, customer service: the seller's figures count only questions sent to
them directly, and Allina's figures stand beside them. Every timestamp is fixed."""

from datetime import UTC, datetime, timedelta
from html import unescape

import pytest
from django.urls import reverse

from accounts.services import user_set_language
from allina import metrics
from allina.models import QuestionChoice, QuestionStatus
from messaging.models import MessageState
from tests.factories import (
    OfferFactory,
    SellerFactory,
    ThreadFactory,
    UserFactory,
    message_at,
    question_at,
)

pytestmark = pytest.mark.django_db

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
H = timedelta(hours=1)
D = timedelta(days=1)
URL = reverse("allina_seller:quality")


def new_thread(seller):
    """A thread with a new buyer about a new offer of `seller`."""
    return ThreadFactory(buyer=UserFactory(), offer=OfferFactory(seller=seller))


def asked_and_answered(seller, *, asked_at, after=None):
    """A buyer's question delivered at `asked_at`, answered `after` later (or never)."""
    thread = new_thread(seller)
    question = message_at(thread, thread.buyer, created_at=asked_at)
    if after is not None:
        message_at(thread, seller, created_at=asked_at + after, text="Yes, it is.")
    return question


def figures(seller, days=30, now=NOW):
    return metrics.response_figures(seller=seller, days=days, now=now)


def test_a_question_answered_directly_is_timed_from_its_delivery(seller):
    asked_and_answered(seller, asked_at=NOW - 2 * D, after=3 * H)

    result = figures(seller)

    assert (result.questions, result.answered, result.answered_within_24h) == (1, 1, 1)
    assert result.percent_within_24h == 100
    assert result.median_response == 3 * H


def test_allina_resolved_and_no_thanks_questions_are_not_counted(seller):
    thread = new_thread(seller)
    buyer = thread.buyer
    # Allina answered and the buyer said [no thanks]: never reached the seller.
    no_thanks = message_at(
        thread, buyer, created_at=NOW - 3 * D, state=MessageState.RESOLVED, text="Gdzie paczka?"
    )
    question_at(
        no_thanks,
        status=QuestionStatus.ANSWERED,
        intent="delivery_status",
        answered_at=NOW - 3 * D,
        choice=QuestionChoice.NO,
        chosen_at=NOW - 3 * D + H,
    )
    # Answered by Allina, the buyer has not chosen yet.
    waiting = message_at(thread, buyer, created_at=NOW - 2 * D, state=MessageState.HELD)
    question_at(waiting, status=QuestionStatus.ANSWERED, intent="invoice", answered_at=NOW - 2 * D)
    # The seller writes in the thread a day and a half later: that answers nothing.
    message_at(thread, seller, created_at=NOW - 1 * D, text="Thank you for your order!")

    result = figures(seller)

    assert result.questions == 0
    assert result.percent_within_24h is None and result.median_response is None


def test_yes_send_it_counts_and_is_timed_from_when_it_reached_the_seller(seller):
    thread = new_thread(seller)
    asked_at, clicked_at = NOW - 5 * D, NOW - 4 * D
    message = message_at(thread, thread.buyer, created_at=asked_at, delivered_at=clicked_at)
    question_at(
        message,
        status=QuestionStatus.ANSWERED,
        intent="delivery_eta",
        answered_at=asked_at,
        choice=QuestionChoice.YES,
        chosen_at=clicked_at,
    )
    message_at(thread, seller, created_at=clicked_at + 2 * H)

    result = figures(seller)

    assert (result.questions, result.answered_within_24h) == (1, 1)
    # Two hours after the click, not a day and two hours after the buyer typed it.
    assert result.median_response == 2 * H


def test_a_seller_message_written_before_the_yes_click_is_not_its_response(seller):
    thread = new_thread(seller)
    message = message_at(thread, thread.buyer, created_at=NOW - 3 * D, delivered_at=NOW - 2 * D)
    question_at(
        message,
        status=QuestionStatus.ANSWERED,
        intent="return",
        answered_at=NOW - 3 * D,
        choice=QuestionChoice.YES,
        chosen_at=NOW - 2 * D,
    )
    message_at(thread, seller, created_at=NOW - 2 * D - H, text="Your parcel left today.")

    result = figures(seller)

    assert (result.questions, result.answered) == (1, 0)
    assert result.late_or_unanswered == 1


def test_the_24_hour_boundary(seller):
    asked_and_answered(seller, asked_at=NOW - 10 * D, after=24 * H)  # exactly 24 h: in time
    asked_and_answered(seller, asked_at=NOW - 9 * D, after=24 * H + timedelta(seconds=1))
    asked_and_answered(seller, asked_at=NOW - 25 * H)  # unanswered for over 24 h: late
    asked_and_answered(seller, asked_at=NOW - 23 * H)  # unanswered, still in time

    result = figures(seller)

    assert result.questions == 4
    assert result.awaiting_reply == 1
    assert result.judged == 3
    assert result.answered_within_24h == 1
    assert result.late_or_unanswered == 2
    assert result.percent_within_24h == 33


def test_median_of_an_odd_number_is_the_middle_response_time(seller):
    for days_ago, after in ((3, 30 * H), (4, 1 * H), (5, 5 * H)):
        asked_and_answered(seller, asked_at=NOW - days_ago * D, after=after)
    asked_and_answered(seller, asked_at=NOW - 6 * D)  # unanswered: not in the median

    assert figures(seller).median_response == 5 * H


def test_median_of_an_even_number_is_the_mean_of_the_two_middle_ones(seller):
    for days_ago, after in ((3, 10 * H), (4, 1 * H), (5, 4 * H), (6, 2 * H)):
        asked_and_answered(seller, asked_at=NOW - days_ago * D, after=after)

    assert figures(seller).median_response == 3 * H


def test_the_period_windows(seller):
    for days_ago in (5, 20, 60, 100):
        asked_and_answered(
            seller, asked_at=NOW - days_ago * D, after=days_ago * timedelta(minutes=1)
        )

    assert [figures(seller, days).questions for days in (7, 30, 90)] == [1, 2, 3]
    # The period starts exactly N days ago.
    asked_and_answered(seller, asked_at=NOW - 7 * D, after=H)
    assert figures(seller, 7).questions == 2


def test_follow_ups_before_the_reply_belong_to_the_same_question(seller):
    thread = new_thread(seller)
    buyer = thread.buyer
    message_at(thread, buyer, created_at=NOW - 3 * D)
    message_at(thread, buyer, created_at=NOW - 3 * D + 2 * H, text="Hello? Any news?")
    message_at(thread, seller, created_at=NOW - 3 * D + 5 * H, text="Sorry, it left today.")
    # A new turn after the seller's reply is a new question.
    message_at(thread, buyer, created_at=NOW - 2 * D, text="Which carrier?")
    message_at(thread, seller, created_at=NOW - 2 * D + 30 * timedelta(minutes=1), text="DPD")

    result = figures(seller)

    assert result.questions == 2
    assert result.median_response == (5 * H + 30 * timedelta(minutes=1)) / 2


def test_only_this_sellers_threads_and_only_party_messages_count(seller):
    other = SellerFactory()
    asked_and_answered(other, asked_at=NOW - 2 * D, after=H)
    thread = new_thread(seller)
    message_at(thread, thread.buyer, created_at=NOW - 2 * D)
    # A courier's mail to the buyer (no author) is neither a question nor a reply.
    from messaging.models import Message

    Message.objects.create(
        thread=thread,
        author=None,
        sender_address="noreply@inpost.pl",
        text="Your parcel is on its way",
        state=MessageState.DELIVERED,
        created_at=NOW - 2 * D + H,
        delivered_at=NOW - 2 * D + H,
    )

    result = figures(seller)

    assert (result.questions, result.answered) == (1, 0)


def test_no_questions_at_all(seller):
    result = figures(seller)

    assert (result.questions, result.answered, result.awaiting_reply) == (0, 0, 0)
    assert result.share_within_24h is None and result.median_response is None


def allina_history(seller):
    """Allina's questions of the last 30 days: answered (no thanks, yes, waiting), silent."""

    def held(days_ago, state, **fields):
        thread = new_thread(seller)
        when = NOW - days_ago * D
        message = message_at(thread, thread.buyer, created_at=when, state=state)
        return question_at(message, **fields)

    answered = {"status": QuestionStatus.ANSWERED, "answered_at": NOW - 3 * D}
    no = {"choice": QuestionChoice.NO, "chosen_at": NOW - 3 * D}
    yes = {"choice": QuestionChoice.YES, "chosen_at": NOW - 3 * D}
    held(3, MessageState.RESOLVED, intent="delivery_status", **answered, **no)
    held(3, MessageState.RESOLVED, intent="delivery_status", **answered, **no)
    held(3, MessageState.DELIVERED, intent="delivery_status", **answered, **yes)
    held(3, MessageState.HELD, intent="invoice", **answered)
    held(3, MessageState.DELIVERED, intent=None, status=QuestionStatus.ABSTAINED)
    held(3, MessageState.DELIVERED, intent="return", status=QuestionStatus.OFF)
    held(45, MessageState.RESOLVED, intent="invoice", **answered, **no)  # outside 30 days


def test_allinas_own_figures_and_per_topic(seller):
    allina_history(seller)

    result = metrics.allina_figures(seller=seller, days=30, now=NOW)

    assert result.held == 6
    assert (result.answered, result.resolved, result.escalated) == (4, 2, 1)
    assert (result.awaiting_choice, result.abstained, result.switched_off) == (1, 1, 1)
    assert [(t.intent, t.answered, t.resolved, t.escalated) for t in result.topics] == [
        ("delivery_status", 3, 2, 1),
        ("invoice", 1, 0, 0),
    ]
    assert metrics.allina_figures(seller=seller, days=90, now=NOW).resolved == 3


def test_the_figures_are_a_fixed_number_of_queries(seller, django_assert_num_queries):
    for days_ago in (2, 3, 4):
        asked_and_answered(seller, asked_at=NOW - days_ago * D, after=days_ago * H)
    allina_history(seller)

    # Counts, the median's middle rows, Allina's grouped counts.
    with django_assert_num_queries(3):
        small = metrics.quality_figures(seller=seller, days=30, now=NOW)
    for days_ago in range(5, 25):
        asked_and_answered(seller, asked_at=NOW - days_ago * D, after=H)
    with django_assert_num_queries(3):
        large = metrics.quality_figures(seller=seller, days=30, now=NOW)

    # Allina's history delivered three (silent, switched off, yes): unanswered there.
    assert (small.responses.questions, small.responses.answered) == (6, 3)
    assert small.responses.median_response == 3 * H
    assert (large.responses.questions, large.responses.answered) == (26, 23)
    assert large.responses.median_response == H


# The page. Its timestamps are fixed offsets from the real clock: the view asks for now.
# Pages are read in English unless a test is about the language.


@pytest.fixture
def english(seller):
    user_set_language(user=seller, language="en")
    return seller


def test_the_page_shows_the_sellers_figures_beside_allinas(seller_client, english):
    seller = english
    from django.utils import timezone

    now = timezone.now()
    asked_and_answered(seller, asked_at=now - 2 * D, after=2 * H)
    asked_and_answered(seller, asked_at=now - 3 * D, after=30 * H)
    thread = new_thread(seller)
    resolved = message_at(thread, thread.buyer, created_at=now - D, state=MessageState.RESOLVED)
    question_at(
        resolved,
        status=QuestionStatus.ANSWERED,
        intent="delivery_status",
        answered_at=now - D,
        choice=QuestionChoice.NO,
        chosen_at=now - D,
    )

    page = seller_client.get(URL).text

    assert "My Sales Quality — customer service" in page
    assert "50 %" in page and "1 of 2 questions" in page
    # The median of 2 h and 30 h is 16 h.
    assert "16\xa0hours" in page
    assert 'id="allina-resolved">1<' in page
    assert "Where the parcel is (delivery status)" in page


def test_the_page_speaks_the_sellers_language(seller_client, seller):
    from django.utils import timezone

    user_set_language(user=seller, language="pl")
    asked_and_answered(seller, asked_at=timezone.now() - 2 * D, after=5 * H)

    response = seller_client.get(URL)

    assert response["Content-Language"] == "pl"
    assert "5\xa0godzin" in response.text


def test_the_period_selector(seller_client, english):
    seller = english
    from django.utils import timezone

    now = timezone.now()
    asked_and_answered(seller, asked_at=now - 3 * D, after=H)
    asked_and_answered(seller, asked_at=now - 20 * D, after=H)

    week = seller_client.get(URL, {"days": 7})
    quarter = seller_client.get(URL, {"days": 90}, headers={"HX-Request": "true"})

    assert 'id="questions-count">1<' in week.text
    assert 'value="7" checked> Last 7 days' in week.text
    assert quarter.text.lstrip().startswith('<div id="quality-figures">')
    assert 'id="questions-count">2<' in quarter.text and "<html" not in quarter.text
    assert "HX-Request" in quarter["Vary"]


def test_a_period_not_offered_is_refused_with_the_reason(seller_client, english):
    response = seller_client.get(URL, {"days": "365"})

    assert response.status_code == 400
    assert "Choose a period of 7, 30 or 90 days." in response.text
    assert "last 30 days" in response.text  # the default period is shown meanwhile


def test_the_empty_page(seller_client, english):
    page = seller_client.get(URL).text

    assert "No buyer questions reached you in the last 30 days." in page
    assert "Allina saw no questions to you in the last 30 days." in page


def test_only_sellers_see_the_page_and_only_their_own_figures(client, english, buyer):
    seller = english
    from django.utils import timezone

    other = SellerFactory()
    for _ in range(3):
        asked_and_answered(other, asked_at=timezone.now() - 2 * D, after=H)
    client.force_login(buyer)
    assert client.get(URL).status_code == 404
    client.force_login(seller)
    page = client.get(URL).text
    assert "No buyer questions reached you" in page
    assert 'id="questions-count"' not in page


def test_the_page_needs_a_login(client):
    response = client.get(URL)
    assert response.status_code == 302 and "/login/" in response["Location"]


def test_the_seller_nav_links_to_the_page(seller_client, client, buyer):
    assert f'href="{URL}"' in seller_client.get(reverse("home")).text
    client.force_login(buyer)
    assert f'href="{URL}"' not in client.get(reverse("home")).text


def test_the_page_is_a_fixed_number_of_queries(seller_client, seller, django_assert_num_queries):
    from django.utils import timezone

    now = timezone.now()
    asked_and_answered(seller, asked_at=now - 2 * D, after=H)
    seller_client.get(URL)  # warm the session

    def queries_for_page():
        with django_assert_num_queries(PAGE_QUERIES):
            assert seller_client.get(URL).status_code == 200

    queries_for_page()
    for days_ago in range(3, 15):
        asked_and_answered(seller, asked_at=now - days_ago * D, after=days_ago * H)
    allina_history(seller)
    queries_for_page()


# Session, user, then the three of the figures.
PAGE_QUERIES = 5


def test_escalated_topics_for_the_dashboard(seller):
    allina_history(seller)
    thread = new_thread(seller)
    old = message_at(thread, thread.buyer, created_at=NOW - 40 * D)
    question_at(
        old,
        status=QuestionStatus.ANSWERED,
        intent="invoice",
        answered_at=NOW - 40 * D,
        choice=QuestionChoice.YES,
        chosen_at=NOW - 40 * D,
    )

    topics = metrics.escalated_topics(seller=seller, now=NOW)

    assert [(t.intent, t.escalated, t.answered, t.percent) for t in topics] == [
        ("delivery_status", 1, 3, 33)
    ]
    assert metrics.escalated_topics(seller=SellerFactory(), now=NOW) == []


def test_the_sellers_home_page_shows_the_topics_buyers_send_on(client, english, buyer):
    from django.utils import timezone

    seller = english
    now = timezone.now()
    for choice in (QuestionChoice.YES, QuestionChoice.YES, QuestionChoice.NO):
        thread = new_thread(seller)
        message = message_at(thread, thread.buyer, created_at=now - 2 * D)
        question_at(
            message,
            status=QuestionStatus.ANSWERED,
            intent="invoice",
            answered_at=now - 2 * D,
            choice=choice,
            chosen_at=now - 2 * D,
        )
    client.force_login(seller)

    page = client.get(reverse("home")).text

    assert "Topics buyers keep sending on to you" in page
    assert '<th scope="row">Invoices</th>' in page
    assert '<td class="num">2</td>' in page and '<td class="num">67 %</td>' in page
    client.force_login(buyer)
    assert "Topics buyers keep sending on to you" not in client.get(reverse("home")).text


def test_the_home_page_says_when_no_topic_was_sent_on(seller_client, english):
    page = seller_client.get(reverse("home")).text

    assert "No buyer sent a question on to you after Allina's answer" in unescape(page)
