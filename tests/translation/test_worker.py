"""With a real Celery worker: the translation and the e-mail that waits for it.

The e-mail is written when the translation is done; one still pending after
TRANSLATION_EMAIL_WAIT_SECONDS is sent without it by the overdue sweep (run here by hand,
as beat would run it every 15 s)."""

import time

import pytest
from django.core import mail
from django.db import close_old_connections

from messaging import services as messaging_services
from messaging.models import Message
from tests.factories import OfferFactory, OrderFactory, SellerFactory, ThreadFactory, UserFactory
from translation.models import MessageTranslation
from translation.tasks import translations_email_overdue

POLISH = "Dzień dobry, paczka została wysłana dzisiaj, numer przesyłki 620000000000000000000001."
CZECH = "Dobrý den, balík byl dnes odeslán, číslo zásilky 620000000000000000000001."


@pytest.fixture
def cz_thread(transactional_db):
    seller = SellerFactory(username="kasia_sklep", language="")
    buyer = UserFactory(username="petr", registration_marketplace="cz", language="")
    order = OrderFactory(buyer=buyer, offer=OfferFactory(seller=seller))
    return ThreadFactory(buyer=buyer, order=order)


def _wait_until(condition, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        close_old_connections()
        if condition():
            return True
        time.sleep(0.1)
    return False


def _emailed(message) -> bool:
    return Message.objects.get(pk=message.pk).notified_at is not None


@pytest.mark.worker
def test_a_slow_translation_is_waited_for_and_mailed_first(
    celery_worker, cz_thread, translation_on, settings
):
    # given an engine that takes a moment, and e-mail that may wait up to 30 s
    translation_on.delay = 1.5
    settings.TRANSLATION_EMAIL_WAIT_SECONDS = 30
    # when the seller's message is submitted (both tasks go to the worker on commit)
    started = time.monotonic()
    message = messaging_services.message_submit(
        thread=cz_thread, author=cz_thread.seller, text=POLISH
    )
    # then the message is there at once, its translation still pending
    assert Message.objects.get(pk=message.pk).state == "delivered"
    assert _wait_until(lambda: _emailed(message))
    translation = MessageTranslation.objects.get(message=message)
    assert translation.status == "done" and translation.text == CZECH
    # and the e-mail waited for it: translation first, then the original
    [email] = [m for m in mail.outbox if cz_thread.buyer.email in m.to]
    assert email.body.index(CZECH) < email.body.index(POLISH)
    assert time.monotonic() - started < 30


@pytest.mark.worker
def test_past_the_wait_the_original_is_mailed_and_the_translation_still_arrives(
    celery_worker, cz_thread, translation_on, settings
):
    translation_on.delay = 4
    settings.TRANSLATION_TIMEOUT_SECONDS = 8
    settings.TRANSLATION_EMAIL_WAIT_SECONDS = 1
    message = messaging_services.message_submit(
        thread=cz_thread, author=cz_thread.seller, text=POLISH
    )
    time.sleep(1.5)  # past the wait, the translation still running
    translations_email_overdue.delay()
    assert _wait_until(lambda: _emailed(message))
    [email] = [m for m in mail.outbox if cz_thread.buyer.email in m.to]
    assert POLISH in email.body and CZECH not in email.body
    assert MessageTranslation.objects.get(message=message).status == "pending"
    # the web shows the translation once it is done
    assert _wait_until(
        lambda: MessageTranslation.objects.get(message=message).status == "done", seconds=20
    )
    assert len([m for m in mail.outbox if cz_thread.buyer.email in m.to]) == 1
