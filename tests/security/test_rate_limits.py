"""Rate limits on actions that write or send, met as a script (and a person) meets them.

Finding (issue #16): adding and removing one address 15 times sent 15 verification
e-mails to an arbitrary victim; 60 replies in 1.7 s and 30 Ask-a-question posts in 0.6 s
were all accepted.
"""

import threading
import time

import pytest
from django.db import close_old_connections, connection
from django.test import Client
from django.urls import reverse
from playwright.sync_api import expect

from accounts.models import SellerEmailAddress
from accounts.services import user_set_language
from messaging.models import Message
from orders.models import Offer, Order
from outbox.models import OutboundEmail
from tests.deploy import check_deploy
from tests.factories import SellerFactory
from tests.orders.test_checkout import form_data

pytestmark = pytest.mark.django_db

HTMX = {"HX-Request": "true"}


@pytest.fixture(autouse=True)
def _hourly_windows(settings):
    """The same counts per hour instead of per minute: the windows are fixed, and a burst
    that straddled a minute's boundary would be counted in two (a flaky count)."""
    settings.RATE_LIMITS = {
        action: rate.replace("/m", "/h") for action, rate in settings.RATE_LIMITS.items()
    }


VICTIM = "victim@example.org"
TOO_OFTEN_PL = "Robisz to zbyt często"


def _reply(client, thread, text, **kwargs):
    return client.post(
        reverse("messaging:thread_reply", args=[thread.pk]), {"text": text}, **kwargs
    )


def test_a_burst_of_replies_stops_at_the_limit_and_the_draft_stays(buyer_client, buyer, thread):
    user_set_language(user=buyer, language="pl")
    answers = [_reply(buyer_client, thread, f"spam {n}").status_code for n in range(60)]
    assert answers.count(302) == 20 and answers[20:] == [429] * 40
    assert Message.objects.filter(thread=thread).count() == 20
    # a plain POST: the page again, the typed text in the form, the wait in Polish
    response = _reply(buyer_client, thread, "Czy paczka już wyszła?")
    assert response.status_code == 429 and 0 < int(response["Retry-After"]) <= 3600
    page = response.content.decode()
    assert TOO_OFTEN_PL in page and "Czy paczka już wyszła?" in page
    # HTMX: a fragment the form shows while keeping the draft in the browser
    fragment = _reply(buyer_client, thread, "draft", headers=HTMX).content.decode()
    assert "data-error-message" in fragment and TOO_OFTEN_PL in fragment


def test_the_other_party_is_not_limited_by_one_sides_burst(buyer_client, thread, seller):
    for n in range(25):
        _reply(buyer_client, thread, f"spam {n}")
    seller_client = Client()
    seller_client.force_login(seller)
    assert _reply(seller_client, thread, "Please stop.").status_code == 302


def test_ask_a_question_stops_at_the_limit(buyer_client, offer):
    url = reverse("messaging:ask_offer", args=[offer.pk])
    answers = [
        buyer_client.post(url, {"text": f"Is it available? {n}"}).status_code for n in range(30)
    ]
    assert answers[:10] == [302] * 10 and set(answers[10:]) == {429}
    assert Message.objects.count() == 10


def _add_address(client, email, **kwargs):
    return client.post(reverse("seller_email_new"), {"email": email}, **kwargs)


def _verification_emails_to(address):
    return sum(address in email.to for email in OutboundEmail.objects.all())


def test_one_victims_address_gets_three_verification_emails_whatever_the_accounts(client):
    attackers = [SellerFactory(), SellerFactory()]
    for attacker in attackers:
        browser = Client()
        browser.force_login(attacker)
        for _ in range(8):  # add, remove, add again: the finding's loop
            _add_address(browser, VICTIM)
            for address in SellerEmailAddress.objects.filter(
                seller=attacker, email=VICTIM, removed_at__isnull=True
            ):
                browser.post(reverse("seller_email_remove", args=[address.pk]))
    assert _verification_emails_to(VICTIM) == 3
    # the seller is told why, in their language
    browser = Client()
    browser.force_login(attackers[0])
    user_set_language(user=attackers[0], language="pl")
    response = _add_address(browser, VICTIM, headers=HTMX)
    assert response.status_code == 429 and TOO_OFTEN_PL in response.content.decode()


def test_checkout_stops_at_the_limit(buyer_client, offer, address):
    Offer.objects.filter(pk=offer.pk).update(stock=100)
    url = reverse("orders:checkout", args=[offer.pk])
    answers = [buyer_client.post(url, form_data(offer, address)).status_code for _ in range(12)]
    assert answers == [302] * 10 + [429] * 2
    assert Order.objects.filter(lines__offer=offer).count() == 10


def test_the_count_starts_again_in_the_next_window(buyer_client, thread, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "message_send": "3/3s"}
    answers = []
    while 429 not in answers and len(answers) < 8:
        answers.append(_reply(buyer_client, thread, f"a{len(answers)}").status_code)
    # fixed windows: three in a window, six if the burst happened to straddle two
    assert answers[-1] == 429 and 3 <= answers.count(302) <= 6
    time.sleep(3.1)  # the next window
    assert _reply(buyer_client, thread, "after the window").status_code == 302


@pytest.mark.django_db(transaction=True)
def test_a_race_lets_no_more_through_than_the_limit(buyer, thread):
    if connection.vendor != "postgresql":
        pytest.skip("concurrent requests need a database with concurrent connections")
    answers = []

    def post(number):
        browser = Client()
        browser.force_login(buyer)
        answers.append(_reply(browser, thread, f"race {number}").status_code)
        close_old_connections()

    workers = [threading.Thread(target=post, args=[n]) for n in range(40)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)
    assert answers.count(302) == 20 and answers.count(429) == 20
    assert Message.objects.filter(thread=thread).count() == 20


def test_production_needs_a_shared_cache_for_the_limits():
    assert check_deploy(CACHE_URL=None).returncode != 0
    assert "django_ratelimit.E003" in check_deploy(CACHE_URL=None).stderr
    assert check_deploy(CACHE_URL="redis://127.0.0.1:6379/1").returncode == 0


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_in_the_browser_the_reply_form_says_wait_and_keeps_the_draft(
    window_for, buyer, thread, settings
):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "message_send": "1/h"}
    user_set_language(user=buyer, language="pl")
    tab = window_for(buyer)
    tab.goto(reverse("messaging:thread_detail", args=[thread.pk]))
    box = tab.locator("#reply-form textarea[name=text]")
    box.fill("Pierwsza wiadomość")
    tab.locator("#reply-form button[type=submit]").click()
    expect(tab.locator("#message-list")).to_contain_text("Pierwsza wiadomość")
    box = tab.locator("#reply-form textarea[name=text]")
    box.fill("Druga, za szybko")
    tab.locator("#reply-form button[type=submit]").click()
    expect(tab.locator("#reply-form .send-error")).to_contain_text(TOO_OFTEN_PL)
    expect(box).to_have_value("Druga, za szybko")
