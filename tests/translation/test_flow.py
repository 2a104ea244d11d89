"""A delivered message is translated after commit, retried, cached, and never held back."""

import logging

import pytest
from django.core import mail
from django.utils import timezone
from django.utils.translation import gettext, override

from config.celery import app
from messaging import services as messaging_services
from messaging.models import Message
from tests.factories import OfferFactory, OrderFactory, SellerFactory, ThreadFactory, UserFactory
from translation import tasks
from translation.models import MessageTranslation, TranslationCache

pytestmark = pytest.mark.django_db

POLISH = "Dzień dobry, paczka została wysłana dzisiaj, numer przesyłki 620000000000000000000001."
CZECH_OF_POLISH = "Dobrý den, balík byl dnes odeslán, číslo zásilky 620000000000000000000001."


@pytest.fixture
def cz_thread(db):
    """A Polish seller and a buyer from the Czech marketplace, about an order."""
    seller = SellerFactory(username="kasia_sklep", language="")  # speaks Polish
    buyer = UserFactory(username="petr", registration_marketplace="cz", language="")
    order = OrderFactory(buyer=buyer, offer=OfferFactory(seller=seller))
    return ThreadFactory(buyer=buyer, order=order)


@pytest.fixture
def submit(django_capture_on_commit_callbacks):
    def submit(**kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return messaging_services.message_submit(**kwargs)

    return submit


@pytest.fixture
def eager_retries():
    """In-process tasks run their retries at once, as a worker would after the countdown."""
    app.conf.task_eager_propagates = False
    yield
    app.conf.task_eager_propagates = True


def _translation(message) -> MessageTranslation:
    return MessageTranslation.objects.get(message=message)


def test_a_sellers_message_is_translated_into_the_buyers_language(
    cz_thread, submit, translation_on
):
    message = submit(thread=cz_thread, author=cz_thread.seller, text=POLISH)
    translation = _translation(message)
    assert translation.status == "done"
    assert translation.text == CZECH_OF_POLISH
    assert (translation.source_language, translation.target_language) == ("pl", "cs")
    assert translation.recipient == cz_thread.buyer and translation.engine == "libretranslate"
    # the original is kept as written, delivered at once
    message.refresh_from_db()
    assert message.text == POLISH and message.state == "delivered"
    assert len(translation_on.translate_requests()) == 1


def test_a_buyers_message_is_translated_for_the_seller(cz_thread, submit, translation_on):
    message = submit(
        thread=cz_thread, author=cz_thread.buyer, text="Dobrý den, kdy přijde můj balík?"
    )
    translation = _translation(message)
    assert translation.status == "done" and translation.target_language == "pl"
    assert translation.text == "Dzień dobry, kiedy przyjdzie moja paczka?"
    assert translation.recipient == cz_thread.seller


def test_the_detected_language_decides_not_the_account(cz_thread, submit, translation_on):
    # the Polish seller writes in Czech: nothing to translate for a Czech buyer
    message = submit(
        thread=cz_thread, author=cz_thread.seller, text="Dobrý den, balík byl odeslán dnes."
    )
    assert not MessageTranslation.objects.filter(message=message).exists()
    assert translation_on.translate_requests() == []


def test_a_message_too_short_to_tell_is_not_translated(cz_thread, submit, translation_on):
    message = submit(thread=cz_thread, author=cz_thread.seller, text="OK")
    assert not MessageTranslation.objects.filter(message=message).exists()


def test_the_recipients_chosen_language_is_the_target(cz_thread, submit, translation_on):
    cz_thread.buyer.language = "hu"
    cz_thread.buyer.save(update_fields=["language"])
    message = submit(thread=cz_thread, author=cz_thread.seller, text=POLISH)
    translation = _translation(message)
    assert translation.target_language == "hu"
    assert translation.text.startswith("Jó napot, a csomagot ma feladtuk")


def test_with_no_engine_the_message_is_marked_untranslatable(cz_thread, submit, translation_off):
    message = submit(thread=cz_thread, author=cz_thread.seller, text=POLISH)
    assert _translation(message).status == "unavailable"
    message.refresh_from_db()
    assert message.state == "delivered" and message.email_status == "sent"


def test_the_same_text_again_is_taken_from_the_cache(cz_thread, submit, translation_on):
    first = submit(thread=cz_thread, author=cz_thread.seller, text=POLISH)
    second = submit(thread=cz_thread, author=cz_thread.seller, text=POLISH)
    assert _translation(first).text == _translation(second).text == CZECH_OF_POLISH
    # the engine was asked once
    assert len(translation_on.translate_requests()) == 1
    assert TranslationCache.objects.get().hits == 1
    # a different text is a new request
    submit(
        thread=cz_thread, author=cz_thread.seller, text="Dziękuję za zakupy, pozdrawiam serdecznie"
    )
    assert len(translation_on.translate_requests()) == 2


def test_a_temporary_failure_is_retried_then_succeeds(
    cz_thread, submit, translation_on, eager_retries
):
    translation_on.replies = [(503, {"error": "Service Unavailable"})]
    message = submit(thread=cz_thread, author=cz_thread.seller, text=POLISH)
    translation = _translation(message)
    assert translation.status == "done" and translation.text == CZECH_OF_POLISH
    assert translation.attempts == 2
    assert len(translation_on.translate_requests()) == 2


def test_retries_exhausted_end_as_translation_unavailable(
    cz_thread, submit, translation_on, eager_retries
):
    translation_on.replies = [(429, {"error": "Slowdown: 10 per 1 minute"})] * 20
    message = submit(thread=cz_thread, author=cz_thread.seller, text=POLISH)
    translation = _translation(message)
    assert translation.status == "failed"
    assert "LibreTranslate 429: Slowdown" in translation.error
    assert len(translation_on.translate_requests()) == tasks.MAX_RETRIES + 1
    # the message itself went through, and its e-mail too (with the original)
    message.refresh_from_db()
    assert message.state == "delivered" and message.email_status == "sent"


def test_a_permanent_failure_is_not_retried(cz_thread, submit, translation_on, eager_retries):
    translation_on.api_key = "the-right-one"
    message = submit(thread=cz_thread, author=cz_thread.seller, text=POLISH)
    translation = _translation(message)
    assert translation.status == "failed" and "403: Invalid API key" in translation.error
    assert len(translation_on.translate_requests()) == 1


def test_an_engine_that_loses_a_number_never_shows_a_corrupted_translation(
    cz_thread, submit, translation_on
):
    translation_on.drop_placeholders = True
    message = submit(thread=cz_thread, author=cz_thread.seller, text=POLISH)
    translation = _translation(message)
    assert translation.status == "failed" and translation.text == ""
    assert "changed a protected part" in translation.error
    assert not TranslationCache.objects.exists()


def test_an_unreachable_engine_never_holds_the_message_back(
    cz_thread, submit, settings, eager_retries
):
    settings.TRANSLATION_ENGINE = "libretranslate"
    settings.LIBRETRANSLATE_URL = "http://127.0.0.1:9"
    message = submit(thread=cz_thread, author=cz_thread.seller, text=POLISH)
    message.refresh_from_db()
    assert message.state == "delivered" and message.email_status == "sent"
    assert _translation(message).status == "failed"
    [email] = [m for m in mail.outbox if m.to == [cz_thread.buyer.email]]
    with override("cs"):  # the buyer's language, whatever the catalogue's wording
        note = gettext("Translation unavailable.")
    assert POLISH in email.body and note in email.body


def test_a_crash_in_translation_never_holds_the_message_back(
    cz_thread, submit, translation_on, monkeypatch, caplog
):
    def broken(*args, **kwargs):
        raise RuntimeError("detector exploded")

    monkeypatch.setattr("translation.services.detect_language", broken)
    with caplog.at_level(logging.ERROR):
        message = submit(thread=cz_thread, author=cz_thread.seller, text=POLISH)
    message.refresh_from_db()
    assert message.state == "delivered" and message.email_status == "sent"
    assert "shown as written" in caplog.text
    assert not MessageTranslation.objects.exists()


def test_running_the_task_again_changes_nothing(cz_thread, submit, translation_on):
    message = submit(thread=cz_thread, author=cz_thread.seller, text=POLISH)
    translation = _translation(message)
    assert tasks.message_translate(translation.pk) is False
    assert len(translation_on.translate_requests()) == 1


def test_the_sweep_translates_what_never_reached_a_worker(cz_thread, translation_on):
    # given a translation requested while the broker was down (its task never ran)
    message = messaging_services.message_submit(
        thread=cz_thread, author=cz_thread.seller, text=POLISH
    )  # on-commit hooks never run here
    translation = _translation(message)
    assert translation.status == "pending"
    assert tasks.translations_retry_pending() == 0  # too recent: its task may still come
    MessageTranslation.objects.filter(pk=translation.pk).update(
        updated_at=timezone.now() - timezone.timedelta(minutes=10)
    )
    assert tasks.translations_retry_pending() == 1
    translation.refresh_from_db()
    assert translation.status == "done"
    assert Message.objects.get(pk=message.pk).state == "delivered"


def test_a_message_delivered_later_is_translated_then(
    cz_thread, translation_on, django_capture_on_commit_callbacks
):
    # given a message a pipeline stage had stopped (e.g. held for staff review)
    message = Message.objects.create(
        thread=cz_thread, author=cz_thread.seller, text=POLISH, state="blocked"
    )
    assert not MessageTranslation.objects.exists()
    # when it is delivered after all (staff release, the buyer's [yes, send it])
    with django_capture_on_commit_callbacks(execute=True):
        messaging_services.message_release(message=message)
    # then it is translated like any other
    assert _translation(message).text == CZECH_OF_POLISH


def test_mail_from_a_courier_is_translated_for_the_buyer(cz_thread, translation_on):
    message = Message.objects.create(
        thread=cz_thread,
        author=None,
        sender_address="noreply@inpost.pl",
        text=POLISH,
        channel="email",
    )
    messaging_services.message_process(message_id=message.pk)
    translation = message.translations.get()
    assert (translation.recipient, translation.target_language) == (cz_thread.buyer, "cs")
