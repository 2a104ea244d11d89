"""Staff review: the queue in admin, each decision, what users notice of it."""

import threading
from datetime import timedelta

import pytest
from django.contrib.auth.models import Permission
from django.core import mail
from django.db import close_old_connections, connection
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape

from core.exceptions import DomainError
from messaging import services as messaging_services
from messaging.models import MessageState, Thread
from moderation import services
from moderation.models import (
    BuyerDetailsReport,
    CaseKind,
    CaseStatus,
    MessagingSuspension,
    ModerationCase,
    ModerationDecision,
    Notice,
    ReportStatus,
)
from tests.factories import OrderFactory
from tests.moderation.conftest import BLOCK_WORD, file_report, login

pytestmark = pytest.mark.django_db
QUEUE = reverse("admin:moderation_moderationcase_changelist")
HTMX = {"HX-Request": "true"}


def _case_url(case):
    return reverse("admin:moderation_moderationcase_change", args=[case.pk])


def _thread_page(client, user, thread):
    login(client, user)
    return client.get(reverse("messaging:thread_detail", args=[thread.pk])).text


def _notices(client, user):
    login(client, user)
    return client.get(reverse("moderation:notice_list"), headers=HTMX).text


# --- the queue -----------------------------------------------------------------------------


def test_the_queue_lists_reports_buyer_details_and_blocked_messages(
    staff_client, report, blocked_message
):
    order = OrderFactory()
    details = services.buyer_details_report_create(
        order=order, reporter=order.seller, reasons=["missing_phone"]
    )
    page = staff_client.get(QUEUE).text
    assert "Stop writing to me" in page  # the reported message
    assert f"Buy the {BLOCK_WORD} here" in page  # the blocked one joined the queue
    assert order.transaction_id in page  # the buyer details report
    assert reverse("moderation:screenshot_file", args=[report.screenshots.get().pk]) in page
    kinds = set(ModerationCase.objects.values_list("kind", flat=True))
    assert kinds == {
        CaseKind.MESSAGE_REPORT,
        CaseKind.BLOCKED_MESSAGE,
        CaseKind.BUYER_DETAILS_REPORT,
    }
    assert details.case.status == CaseStatus.OPEN
    # opening the queue again adds nothing twice
    staff_client.get(QUEUE)
    assert ModerationCase.objects.filter(kind=CaseKind.BLOCKED_MESSAGE).count() == 1


def test_the_case_page_shows_the_conversation_around_the_message_and_the_senders_history(
    settings, staff_client, thread
):
    from translation.models import MessageTranslation

    settings.MODERATION_REPORTS_PER_HOUR = 100
    say = messaging_services.message_submit
    say(thread=thread, author=thread.buyer, text="Is the blue one still in stock?")
    reply = say(thread=thread, author=thread.seller, text="Yes, two left.")
    MessageTranslation.objects.create(
        message=reply, recipient=thread.buyer, source_language="en", target_language="pl",
        status="done", text="Tak, zostały dwie.",
    )  # fmt: skip
    earlier = file_report(say(thread=thread, author=thread.seller, text="Write me when it ships."))
    reported = say(
        thread=thread,
        author=thread.seller,
        text="Stop writing to me, I will not answer you at all.",
    )
    say(thread=thread, author=thread.buyer, text="I would rather pay on the site.")
    report = file_report(reported)
    page = staff_client.get(_case_url(report.case)).text
    conversation = page[page.index('class="case-conversation"') :]
    order_of_lines = [
        conversation.index(text)
        for text in (
            "Is the blue one still in stock?",
            "Yes, two left.",
            "Tak, zostały dwie.",  # what the buyer saw
            "Stop writing to me, I will not answer you at all.",
            "I would rather pay on the site.",  # the answer after it
        )
    ]
    assert order_of_lines == sorted(order_of_lines)
    assert 'class="case-message"' in conversation  # the message in question stands out
    assert f"{thread.buyer.username} (buyer)" in conversation
    # the sender's other entry, with a link to it
    assert "1 other entry about this sender" in page
    assert _case_url(earlier.case) in page
    other_page = staff_client.get(_case_url(earlier.case)).text
    assert _case_url(report.case) in other_page


def test_the_queue_filters_by_status_kind_category_marketplace_and_age(
    staff_client, staff, seller_message, blocked_message
):
    report = file_report(seller_message, category="scam")
    staff_client.get(QUEUE)  # the blocked message joins
    blocked_case = ModerationCase.objects.get(kind=CaseKind.BLOCKED_MESSAGE)
    ModerationCase.objects.filter(pk=blocked_case.pk).update(
        categories=["off_platform", "external_link"],
        created_at=timezone.now() - timedelta(days=5),
    )
    order = OrderFactory(offer__seller__registration_marketplace="cz")
    services.buyer_details_report_create(
        order=order, reporter=order.seller, reasons=["missing_phone"]
    )
    services.case_decide(case=report.case, staff=staff, action="dismiss")

    def listed(params):
        page = staff_client.get(QUEUE, params).text
        found = set()
        if "Stop writing to me" in page:
            found.add("report")
        if f"Buy the {BLOCK_WORD}" in page:
            found.add("blocked")
        if order.transaction_id in page:
            found.add("details")
        return found

    assert listed({}) == {"report", "blocked", "details"}
    assert listed({"status__exact": "open"}) == {"blocked", "details"}
    assert listed({"status__exact": "dismissed"}) == {"report"}
    assert listed({"kind__exact": "blocked_message"}) == {"blocked"}
    assert listed({"category": "scam"}) == {"report"}
    assert listed({"category": "external_link"}) == {"blocked"}
    assert listed({"category": "buyer_details"}) == {"details"}
    assert listed({"marketplace__exact": "cz"}) == {"details"}
    assert listed({"marketplace__exact": "pl"}) == {"report", "blocked"}
    assert listed({"age": "day"}) == {"report", "details"}
    assert listed({"age": "week"}) == {"blocked"}
    assert listed({"age": "older"}) == set()


def test_the_case_page_shows_the_report_screenshots_and_the_rules_findings(staff_client, report):
    page = staff_client.get(_case_url(report.case)).text
    shot = report.screenshots.get()
    assert f'src="{reverse("moderation:screenshot_file", args=[shot.pk])}"' in page
    assert "The seller is rude to me." in page
    assert report.sender_address in page and report.sender_login in page
    assert 'name="action"' in page and 'value="uphold"' in page and 'value="dismiss"' in page
    assert 'value="release"' not in page  # only a blocked message can be released
    # the texts read as text: paragraphs, neither raw nor escaped markup of ours
    assert "<p>Stop writing to me, I will not answer you any more.</p>" in page
    assert "&lt;p&gt;" not in page


def test_user_text_is_escaped_in_the_queue(staff_client, thread):
    message = messaging_services.message_submit(
        thread=thread, author=thread.seller, text="<script>alert('x')</script>"
    )
    file_report(message, description="<img src=x onerror=alert(1)>")
    case = ModerationCase.objects.get()
    for page in (staff_client.get(QUEUE).text, staff_client.get(_case_url(case)).text):
        assert "<script>alert('x')</script>" not in page
        assert "<img src=x onerror" not in page


def test_the_queue_costs_the_same_queries_however_many_entries(
    settings, staff_client, thread, django_assert_num_queries
):
    settings.MODERATION_REPORTS_PER_HOUR = 100
    message = messaging_services.message_submit(thread=thread, author=thread.seller, text="a")
    file_report(message)
    staff_client.get(QUEUE)
    # session, staff, blocked messages to add, COUNT, the page with its joins, screenshots
    with django_assert_num_queries(6) as few:
        staff_client.get(QUEUE)
    for n in range(6):
        file_report(
            messaging_services.message_submit(thread=thread, author=thread.seller, text=f"b{n}")
        )
    order = OrderFactory()
    services.buyer_details_report_create(
        order=order, reporter=order.seller, reasons=["missing_phone"]
    )
    with django_assert_num_queries(len(few.captured_queries)):
        staff_client.get(QUEUE)


# --- access --------------------------------------------------------------------------------


def test_non_staff_get_nothing_of_the_queue(client, report, buyer):
    login(client, buyer)
    for url in (
        QUEUE,
        _case_url(report.case),
        reverse("admin:moderation_moderationdecision_changelist"),
    ):
        response = client.get(url)
        assert response.status_code == 302 and "/login/" in response["Location"]
        assert "Pay me" not in response.text
    response = client.post(
        QUEUE, {"action": "dismiss_selected", "_selected_action": [report.case.pk]}
    )
    assert response.status_code == 302
    report.case.refresh_from_db()
    assert report.case.status == CaseStatus.OPEN


def test_staff_without_moderation_permissions_get_nothing(client, report, django_user_model):
    clerk = django_user_model.objects.create_user(username="clerk", is_staff=True)
    login(client, clerk)
    assert client.get(QUEUE).status_code == 403
    assert client.get(_case_url(report.case)).status_code == 403
    viewer = django_user_model.objects.create_user(username="viewer", is_staff=True)
    viewer.user_permissions.add(Permission.objects.get(codename="view_moderationcase"))
    login(client, viewer)
    assert client.get(QUEUE).status_code == 200
    # seeing is not deciding
    response = client.post(_case_url(report.case), {"action": "dismiss"})
    assert response.status_code == 403
    report.case.refresh_from_db()
    assert report.case.status == CaseStatus.OPEN


def test_staff_cannot_add_or_delete_entries(staff_client, report):
    assert staff_client.get(reverse("admin:moderation_moderationcase_add")).status_code == 403
    delete = reverse("admin:moderation_moderationcase_delete", args=[report.case.pk])
    assert staff_client.get(delete).status_code == 403


# --- uphold --------------------------------------------------------------------------------


def test_uphold_with_a_warning_hides_the_message_from_its_recipient(
    client, staff_client, staff, report, seller_message
):
    thread = seller_message.thread
    response = staff_client.post(
        _case_url(report.case),
        {"action": "uphold", "sanction": "warning", "suspension_days": 7, "note": "Thanks!"},
    )
    assert response.status_code == 302
    seller_message.refresh_from_db()
    assert seller_message.state == MessageState.BLOCKED
    # the buyer no longer sees it, not even in the thread list's preview; the seller does
    assert "Stop writing to me" not in _thread_page(client, thread.buyer, thread)
    assert "Stop writing to me" not in client.get(reverse("messaging:thread_list")).text
    assert "Stop writing to me" in _thread_page(client, thread.seller, thread)
    thread = Thread.objects.get(pk=thread.pk)
    assert thread.last_message_id != seller_message.pk
    decision = ModerationDecision.objects.get()
    assert (decision.staff, decision.action, decision.sanction, decision.note) == (
        staff,
        "uphold",
        "warning",
        "Thanks!",
    )
    assert decision.target_user == thread.seller and decision.message == seller_message
    report.case.refresh_from_db()
    assert report.case.status == CaseStatus.UPHELD and report.case.decided_by == staff
    # the sender is warned in their Message Center, not suspended
    assert "breaks the rules of the Message Center" in _notices(client, thread.seller)
    assert not MessagingSuspension.objects.exists()
    messaging_services.message_submit(thread=thread, author=thread.seller, text="Sorry")


def test_hiding_an_unread_message_takes_it_off_the_unread_count(staff, report, seller_message):
    thread = Thread.objects.get(pk=seller_message.thread_id)
    assert thread.buyer_unread_count == 1
    services.case_decide(case=report.case, staff=staff, action="uphold", sanction="warning")
    thread.refresh_from_db()
    assert thread.buyer_unread_count == 0


def test_uphold_with_a_suspension_stops_the_sender_on_the_web(
    client, staff, report, seller_message
):
    thread = seller_message.thread
    services.case_decide(
        case=report.case, staff=staff, action="uphold", sanction="suspension", suspension_days=3
    )
    suspension = MessagingSuspension.objects.get()
    assert suspension.user == thread.seller
    assert timedelta(days=2, hours=23) < suspension.until - timezone.now() <= timedelta(days=3)
    login(client, thread.seller)
    response = client.post(
        reverse("messaging:thread_reply", args=[thread.pk]), {"text": "Still here"}, headers=HTMX
    )
    assert response.status_code == 422
    assert "Your account cannot send messages until" in response.text
    assert "Still here" in response.text  # the draft is kept
    # kept for staff as blocked by the suspension stage; the buyer never sees it
    assert thread.messages.get(text="Still here").stopped_by == "suspension"
    assert "Still here" not in _thread_page(client, thread.buyer, thread)
    login(client, thread.seller)
    assert "cannot send messages until" in _notices(client, thread.seller)
    # the buyer can still write; when the suspension is over, so can the seller
    messaging_services.message_submit(thread=thread, author=thread.buyer, text="Hello?")
    MessagingSuspension.objects.update(until=timezone.now() - timedelta(seconds=1))
    messaging_services.message_submit(thread=thread, author=thread.seller, text="Back")


def test_upholding_a_report_needs_a_sanction(staff_client, staff, report):
    response = staff_client.post(
        _case_url(report.case), {"action": "uphold", "suspension_days": 7}
    )
    assert response.status_code == 200
    assert "Upholding a report warns or suspends the sender" in response.text
    report.case.refresh_from_db()
    assert report.case.status == CaseStatus.OPEN and not ModerationDecision.objects.exists()


# --- dismiss -------------------------------------------------------------------------------


def test_dismiss_leaves_the_message_and_tells_the_reporter(
    client, staff_client, report, seller_message
):
    response = staff_client.post(
        _case_url(report.case), {"action": "dismiss", "suspension_days": 7, "note": "Allowed."}
    )
    assert response.status_code == 302
    seller_message.refresh_from_db()
    assert seller_message.state == MessageState.DELIVERED
    report.case.refresh_from_db()
    assert report.case.status == CaseStatus.DISMISSED
    assert ModerationDecision.objects.get().action == "dismiss"
    notices = _notices(client, seller_message.thread.buyer)
    assert "found nothing that breaks our rules" in notices and "Allowed." in notices
    assert "We reviewed" not in _notices(client, seller_message.thread.seller)


# --- the reporter sees the outcome ---------------------------------------------------------


def test_the_reporter_sees_the_outcome_at_the_top_of_the_message_center(
    client, staff, report, seller_message
):
    buyer = seller_message.thread.buyer
    login(client, buyer)
    center = client.get(reverse("messaging:thread_list")).text
    assert f'hx-get="{reverse("moderation:notice_list")}"' in center
    assert "We reviewed" not in _notices(client, buyer)
    services.case_decide(case=report.case, staff=staff, action="uphold", sanction="warning")
    text = _notices(client, buyer)
    assert "Your report was upheld" in text
    assert f"your report of the message from {seller_message.thread.seller.username}" in text
    assert "The message was removed and its sender was told." in text
    # the page without JavaScript says the same; "Got it" dismisses the notice
    notice = Notice.objects.get(user=buyer)
    assert "The message was removed" in client.get(reverse("moderation:notice_list")).text
    dismiss = reverse("moderation:notice_dismiss", args=[notice.pk])
    assert client.post(dismiss, headers=HTMX).status_code == 200
    assert "The message was removed" not in _notices(client, buyer)


def test_a_notice_of_someone_else_cannot_be_dismissed(client, staff, report, other_user):
    services.case_decide(case=report.case, staff=staff, action="dismiss")
    notice = Notice.objects.get()
    login(client, other_user)
    assert client.post(reverse("moderation:notice_dismiss", args=[notice.pk])).status_code == 404
    notice.refresh_from_db()
    assert notice.dismissed_at is None


def test_the_notice_list_costs_the_same_queries_however_many(
    settings, client, staff, thread, django_assert_num_queries
):
    settings.MODERATION_REPORTS_PER_HOUR = 100

    def decided_report(n):
        message = messaging_services.message_submit(
            thread=thread, author=thread.seller, text=f"m{n}"
        )
        services.case_decide(case=file_report(message).case, staff=staff, action="dismiss")

    decided_report(0)
    login(client, thread.buyer)
    url = reverse("moderation:notice_list")
    with django_assert_num_queries(3):  # session, user, notices with their reports
        client.get(url, headers=HTMX)
    for n in range(1, 4):
        decided_report(n)
    with django_assert_num_queries(3):
        assert client.get(url, headers=HTMX).text.count("found nothing") == 4


def test_notices_name_and_link_the_message_they_are_about(settings, client, staff, thread):
    """Two decisions of the same minute: each notice quotes its message and links to it."""
    settings.MODERATION_REPORTS_PER_HOUR = 100
    first = messaging_services.message_submit(
        thread=thread, author=thread.seller, text="Your parcel   leaves on Monday."
    )
    second = messaging_services.message_submit(
        thread=thread,
        author=thread.seller,
        text="Stop writing to me every hour, I answer when I can.",
    )
    services.case_decide(case=file_report(first).case, staff=staff, action="dismiss")
    services.case_decide(
        case=file_report(second).case, staff=staff, action="uphold", sanction="warning"
    )
    login(client, thread.buyer)
    text = _notices(client, thread.buyer)
    thread_url = reverse("messaging:thread_detail", args=[thread.pk])
    assert "Your parcel leaves on Monday." in text  # whitespace folded
    assert "Stop writing to me every hour, I answer when I can." in text
    assert f'href="{thread_url}#message-{first.pk}"' in text
    assert f'href="{thread_url}#message-{second.pk}"' in text
    # the link leads to the message on the reporter's page
    assert f'id="message-{first.pk}"' in client.get(thread_url).text
    # the sender's warning quotes their own message and links to it too
    login(client, thread.seller)
    text = _notices(client, thread.seller)
    assert "Stop writing to me every hour, I answer when I can." in text
    assert f'href="{thread_url}#message-{second.pk}"' in text
    assert "Your parcel leaves on Monday." not in text


# --- buyer details reports in the same queue -------------------------------------------------


def test_a_buyer_details_report_is_decided_in_the_queue_and_the_seller_sees_it(
    client, staff_client, staff, order
):
    report = services.buyer_details_report_create(
        order=order, reporter=order.seller, reasons=["missing_phone"]
    )
    response = staff_client.post(
        _case_url(report.case),
        {"action": "uphold", "suspension_days": 7, "note": "We asked the buyer."},
    )
    assert response.status_code == 302
    report.refresh_from_db()
    assert (report.status, report.staff_note, report.resolved_by) == (
        ReportStatus.RESOLVED,
        "We asked the buyer.",
        staff,
    )
    assert ModerationDecision.objects.get().case == report.case
    login(client, order.seller)
    order_page = client.get(reverse("orders:order_detail", args=[order.pk])).text
    assert "Resolved" in order_page and "We asked the buyer." in order_page
    assert f"order {order.transaction_id} and dealt with it" in _notices(client, order.seller)


def test_closing_from_the_old_buyer_details_list_records_a_decision_too(staff, order):
    report = services.buyer_details_report_create(
        order=order, reporter=order.seller, reasons=["missing_phone"]
    )
    services.buyer_details_report_resolve(report=report, staff=staff, outcome="rejected")
    case = ModerationCase.objects.get()
    assert case.status == CaseStatus.DISMISSED
    assert ModerationDecision.objects.get(case=case).action == "dismiss"
    assert BuyerDetailsReport.objects.get().status == ReportStatus.REJECTED


def test_no_sanction_on_buyer_details_reports(staff, order):
    report = services.buyer_details_report_create(
        order=order, reporter=order.seller, reasons=["missing_phone"]
    )
    with pytest.raises(DomainError):
        services.case_decide(case=report.case, staff=staff, action="uphold", sanction="warning")


# --- release -------------------------------------------------------------------------------


def _blocked_case(staff_client):
    staff_client.get(QUEUE)
    return ModerationCase.objects.get(kind=CaseKind.BLOCKED_MESSAGE)


def test_release_delivers_a_blocked_message_once(
    client, staff_client, staff, blocked_message, django_capture_on_commit_callbacks
):
    thread = blocked_message.thread
    assert BLOCK_WORD not in _thread_page(client, thread.buyer, thread)
    case = _blocked_case(staff_client)
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = staff_client.post(_case_url(case), {"action": "release", "suspension_days": 7})
    assert response.status_code == 302
    blocked_message.refresh_from_db()
    assert blocked_message.state == MessageState.DELIVERED
    delivered_at = blocked_message.delivered_at
    assert len(callbacks) == 1 and len(mail.outbox) == 1  # the buyer's e-mail, once
    assert f"Buy the {BLOCK_WORD} here" in _thread_page(client, thread.buyer, thread)
    thread.refresh_from_db()
    # a second click: the entry is a record now; nothing is delivered again
    response = staff_client.post(_case_url(case), {"action": "release", "suspension_days": 7})
    assert response.status_code == 403
    with pytest.raises(DomainError) as error:
        services.case_decide(case=case, staff=staff, action="release")
    assert error.value.code == "decided"
    blocked_message.refresh_from_db()
    assert blocked_message.delivered_at == delivered_at
    assert Thread.objects.get(pk=thread.pk).buyer_unread_count == 0  # read above, +0 since
    assert ModerationDecision.objects.filter(case=case).count() == 1
    assert len(mail.outbox) == 1
    assert "was reviewed by our staff and delivered" in _notices(client, thread.seller)


def test_release_from_the_list_twice_delivers_once(staff_client, staff, blocked_message):
    case = _blocked_case(staff_client)
    data = {"action": "release_selected", "_selected_action": [case.pk]}
    first = staff_client.post(QUEUE, data, follow=True)
    assert "1 entry decided." in first.text
    second = staff_client.post(QUEUE, data, follow=True)
    assert "1 entry was left as it was" in second.text
    thread = Thread.objects.get(pk=blocked_message.thread_id)
    assert thread.buyer_unread_count == 1
    assert ModerationDecision.objects.count() == 1


def test_upholding_a_block_keeps_the_message_blocked(client, staff_client, staff, blocked_message):
    case = _blocked_case(staff_client)
    services.case_decide(case=case, staff=staff, action="uphold")
    blocked_message.refresh_from_db()
    assert blocked_message.state == MessageState.BLOCKED
    assert ModerationCase.objects.get(pk=case.pk).status == CaseStatus.UPHELD
    with pytest.raises(DomainError):
        services.case_decide(case=case, staff=staff, action="release")


def test_reports_cannot_be_released_and_blocks_cannot_be_dismissed(staff, report, blocked_message):
    with pytest.raises(DomainError):
        services.case_decide(case=report.case, staff=staff, action="release")
    services.blocked_messages_enqueue()
    with pytest.raises(DomainError):
        services.case_decide(
            case=ModerationCase.objects.get(kind=CaseKind.BLOCKED_MESSAGE),
            staff=staff,
            action="dismiss",
        )


def test_only_staff_decide(report):
    with pytest.raises(DomainError) as error:
        services.case_decide(case=report.case, staff=report.reporter, action="dismiss")
    assert error.value.code == "not_staff"


@pytest.mark.django_db(transaction=True)
def test_two_staff_releasing_at_once_deliver_once(settings, django_user_model, thread):
    if connection.vendor != "postgresql":
        pytest.skip("row locks need PostgreSQL (SQLite serialises whole writes)")
    message = messaging_services.message_submit(
        thread=thread, author=thread.seller, text=f"{BLOCK_WORD} twice"
    )
    services.blocked_messages_enqueue()
    case = ModerationCase.objects.get(kind=CaseKind.BLOCKED_MESSAGE)
    staffers = [
        django_user_model.objects.create_user(username=f"staff{n}", is_staff=True)
        for n in range(2)
    ]
    barrier = threading.Barrier(2)
    outcomes = []

    def release(staffer):
        try:
            barrier.wait()
            services.case_decide(case=case, staff=staffer, action="release")
            outcomes.append("released")
        except DomainError as error:
            outcomes.append(error.code)
        finally:
            close_old_connections()
            connection.close()

    workers = [threading.Thread(target=release, args=(s,)) for s in staffers]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(30)
    assert sorted(outcomes) == ["decided", "released"]
    message.refresh_from_db()
    assert message.state == MessageState.DELIVERED
    assert Thread.objects.get(pk=thread.pk).buyer_unread_count == 1
    assert ModerationDecision.objects.filter(case=case).count() == 1


def test_a_message_the_rules_block_joins_the_queue_with_their_findings(
    settings, staff_client, thread
):
    message = messaging_services.message_submit(
        thread=thread,
        author=thread.seller,
        text="Write to me at jan.kowalski@gmail.com and pay me directly, cheaper than here.",
    )
    assert message.state == MessageState.BLOCKED
    check = message.rules_check
    page = staff_client.get(QUEUE).text
    case = ModerationCase.objects.get(kind=CaseKind.BLOCKED_MESSAGE, message=message)
    assert case.categories == list(check.categories) and case.categories
    assert "jan.kowalski@gmail.com" in page
    detail = staff_client.get(_case_url(case)).text
    for finding in check.findings:
        assert f"<mark>{escape(finding['fragment'])}</mark>" in detail
    assert staff_client.get(QUEUE, {"category": case.categories[0]}).text.count(
        "jan.kowalski@gmail.com"
    )


def test_hiding_the_last_message_gives_the_turn_and_the_search_back(
    client, staff, report, seller_message
):
    thread = seller_message.thread
    login(client, thread.buyer)
    center = reverse("messaging:thread_list")
    assert "Awaiting your reply" in client.get(center).text
    assert thread.order.transaction_id in client.get(center, {"q": "answer"}).text
    services.case_decide(case=report.case, staff=staff, action="uphold", sanction="warning")
    page = client.get(center).text
    assert "Awaiting your reply" not in page and "Stop writing to me" not in page
    # the hidden words no longer find the conversation
    assert thread.order.transaction_id not in client.get(center, {"q": "answer"}).text
