"""Staff write a notice into a reported conversation from the case page in admin.

Before, staff notices had a service (moderation.services.staff_notice_post) and no way in
for staff. Now the case page links to a form; the notice takes the one message path (the
rules apply), both parties see it, and no input is a 500.
"""

import pytest
from django.test import Client
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from messaging.models import Channel, Message
from tests.moderation.conftest import BLOCK_WORD, login

pytestmark = pytest.mark.django_db

NOTICE = "Staff here: please keep payment on the marketplace; we are looking into the report."


def _notice_url(case):
    return reverse("admin:moderation_moderationcase_notice", args=[case.pk])


def _thread_page(client, user, thread):
    login(client, user)
    return client.get(reverse("messaging:thread_detail", args=[thread.pk])).text


def test_the_case_page_links_to_the_notice_form_and_both_parties_see_the_notice(
    client, staff_client, report
):
    case = report.case
    thread = report.message.thread
    page = staff_client.get(reverse("admin:moderation_moderationcase_change", args=[case.pk]))
    assert _notice_url(case) in page.text
    form = staff_client.get(_notice_url(case))
    assert form.status_code == 200 and "Write a notice into the conversation" in form.text
    response = staff_client.post(_notice_url(case), {"text": NOTICE})
    assert response.status_code == 302
    notice = Message.objects.get(channel=Channel.STAFF)
    assert notice.thread_id == thread.pk
    for user in (thread.buyer, thread.seller):
        assert NOTICE in _thread_page(client, user, thread)


def test_a_notice_the_rules_block_is_shown_back_with_the_reason_and_the_text(
    client, staff_client, report
):
    thread = report.message.thread
    text = f"Contact me directly, {BLOCK_WORD}"
    response = staff_client.post(_notice_url(report.case), {"text": text})
    assert response.status_code == 422
    assert "errorlist" in response.text and text in response.text
    assert text not in _thread_page(client, thread.buyer, thread)


def test_only_staff_reach_the_form(client, report):
    login(client, report.message.thread.buyer)
    response = client.post(_notice_url(report.case), {"text": NOTICE})
    assert response.status_code == 302 and "/login/" in response["Location"]
    assert not Message.objects.filter(channel=Channel.STAFF).exists()


def test_the_form_refuses_a_post_without_a_csrf_token(staff):
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(staff)
    response = browser.post(reverse("admin:moderation_moderationcase_notice", args=[1]), {})
    assert response.status_code == 403


def test_an_unknown_case_is_a_404(staff_client):
    assert (
        staff_client.get(
            reverse("admin:moderation_moderationcase_notice", args=[999999])
        ).status_code
        == 404
    )


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(text=st.text(max_size=2100) | st.sampled_from(["\x00", " ", "\u200b" * 5, "x" * 5000]))
def test_no_text_is_a_server_error(staff_client, report, text):
    response = staff_client.post(_notice_url(report.case), {"text": text})
    assert response.status_code in (302, 422)
