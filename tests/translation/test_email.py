"""The e-mail of a translated message: the translation, a separator, the original.

The e-mail is written (an outbox row) when the translation is settled: done, failed, or
still pending TRANSLATION_EMAIL_WAIT_SECONDS after delivery (the overdue sweep); one
per message whatever comes later.
"""

import pytest
from django.core import mail
from django.utils import timezone
from django.utils import translation as django_translation

from accounts import services as account_services
from messaging import services as messaging_services
from messaging.models import Message
from outbox import tasks as outbox_tasks
from outbox.models import OutboundEmail
from tests.factories import OfferFactory, OrderFactory, SellerFactory, ThreadFactory, UserFactory
from translation import services, tasks
from translation.models import MessageTranslation

pytestmark = pytest.mark.django_db

POLISH = "Dzień dobry, paczka została wysłana dzisiaj, numer przesyłki 620000000000000000000001."
CZECH = "Dobrý den, balík byl dnes odeslán, číslo zásilky 620000000000000000000001."
SEPARATOR = "-" * 72


@pytest.fixture
def cz_thread(db):
    seller = SellerFactory(username="kasia_sklep", language="")
    buyer = UserFactory(username="petr", registration_marketplace="cz", language="en")
    order = OrderFactory(buyer=buyer, offer=OfferFactory(seller=seller))
    # Czech is the buyer's language for translation; the e-mail's own words stay English
    # here so they can be read below (language="en" set after the order was placed).
    return ThreadFactory(buyer=buyer, order=order)


@pytest.fixture
def czech_reader(cz_thread):
    """The buyer reads Czech: messages to them are translated into Czech."""
    type(cz_thread.buyer).objects.filter(pk=cz_thread.buyer.pk).update(language="cs")
    cz_thread.buyer.refresh_from_db()
    return cz_thread.buyer


def _submit(thread, author, text, django_capture_on_commit_callbacks, run_tasks=True):
    with django_capture_on_commit_callbacks(execute=run_tasks):
        return messaging_services.message_submit(thread=thread, author=author, text=text)


def _settled(run, django_capture_on_commit_callbacks):
    """Run a translation step; the e-mail it writes is sent on commit, as in production."""
    with django_capture_on_commit_callbacks(execute=True):
        return run()


def _notifications(message):
    return OutboundEmail.objects.filter(kind="message_notification", cause_id=message.pk)


def _mail_to(user):
    return [m for m in mail.outbox if user.email in m.to]


def _as_english(user):
    type(user).objects.filter(pk=user.pk).update(language="en")


def test_the_email_carries_the_translation_then_the_original(
    cz_thread, czech_reader, translation_on, django_capture_on_commit_callbacks
):
    message = _submit(
        cz_thread, cz_thread.seller, POLISH, django_capture_on_commit_callbacks, run_tasks=False
    )
    translation = MessageTranslation.objects.get(message=message)
    assert translation.target_language == "cs"
    assert not _notifications(message).exists()  # the e-mail waits for the translation
    _as_english(czech_reader)  # the mail's own words in English, to be read below
    _settled(lambda: tasks.message_translate(translation.pk), django_capture_on_commit_callbacks)
    [email] = _mail_to(czech_reader)
    text = email.body
    assert "Automatically translated from Polish." in text
    assert text.index(CZECH) < text.index(SEPARATOR) < text.index("Original message (Polish):")
    assert text.index("Original message (Polish):") < text.index(POLISH)
    html = email.alternatives[0].content
    assert "Automatically translated from Polish." in html
    assert html.index(CZECH) < html.index("<hr") < html.index(POLISH)
    assert 'lang="cs"' in html and 'lang="pl"' in html


def test_while_the_translation_is_pending_no_email_is_written(
    cz_thread, czech_reader, translation_on, django_capture_on_commit_callbacks, settings
):
    settings.TRANSLATION_EMAIL_WAIT_SECONDS = 60
    message = _submit(
        cz_thread, cz_thread.seller, POLISH, django_capture_on_commit_callbacks, run_tasks=False
    )
    # the overdue sweep leaves a translation that is still within its time
    assert _settled(tasks.translations_email_overdue, django_capture_on_commit_callbacks) == 0
    message.refresh_from_db()
    assert message.email_status == "" and message.email_message_id == ""
    assert not _notifications(message).exists()
    assert _mail_to(czech_reader) == []


def test_past_the_limit_the_original_goes_with_a_note(
    cz_thread, czech_reader, translation_on, django_capture_on_commit_callbacks, settings
):
    settings.TRANSLATION_EMAIL_WAIT_SECONDS = 60
    message = _submit(
        cz_thread, cz_thread.seller, POLISH, django_capture_on_commit_callbacks, run_tasks=False
    )
    Message.objects.filter(pk=message.pk).update(
        delivered_at=timezone.now() - timezone.timedelta(seconds=61)
    )
    _as_english(czech_reader)
    assert _settled(tasks.translations_email_overdue, django_capture_on_commit_callbacks) == 1
    [email] = _mail_to(czech_reader)
    assert "[Translation unavailable. This is the original message.]" in email.body
    assert POLISH in email.body and CZECH not in email.body
    assert "Translation unavailable. This is the original message." in (
        email.alternatives[0].content
    )
    # the translation arriving later changes nothing that was sent: one e-mail
    translation_id = MessageTranslation.objects.get(message=message).pk
    assert _settled(
        lambda: tasks.message_translate(translation_id), django_capture_on_commit_callbacks
    )
    assert _settled(tasks.translations_email_overdue, django_capture_on_commit_callbacks) == 0
    assert len(_mail_to(czech_reader)) == 1
    assert _notifications(message).count() == 1


def test_a_failed_translation_sends_the_original_with_a_note(
    cz_thread, czech_reader, translation_on, django_capture_on_commit_callbacks
):
    translation_on.api_key = "needed"  # 403: the translation fails at once
    message = _submit(
        cz_thread, cz_thread.seller, POLISH, django_capture_on_commit_callbacks, run_tasks=False
    )
    _as_english(czech_reader)
    translation_id = MessageTranslation.objects.get(message=message).pk
    _settled(lambda: tasks.message_translate(translation_id), django_capture_on_commit_callbacks)
    [email] = _mail_to(czech_reader)
    assert "Translation unavailable." in email.body and POLISH in email.body


def test_a_translation_given_up_after_its_retries_sends_the_original_with_a_note(
    cz_thread, czech_reader, translation_on, django_capture_on_commit_callbacks
):
    message = _submit(
        cz_thread, cz_thread.seller, POLISH, django_capture_on_commit_callbacks, run_tasks=False
    )
    _as_english(czech_reader)
    translation_id = MessageTranslation.objects.get(message=message).pk
    _settled(
        lambda: services.message_translation_give_up(
            translation_id=translation_id, reason="503 from the engine"
        ),
        django_capture_on_commit_callbacks,
    )
    [email] = _mail_to(czech_reader)
    assert "Translation unavailable." in email.body and POLISH in email.body


def test_with_translation_off_the_email_says_so(
    cz_thread, czech_reader, translation_off, django_capture_on_commit_callbacks
):
    # the e-mail goes with the delivery, in the reader's language (Czech)
    _submit(cz_thread, cz_thread.seller, POLISH, django_capture_on_commit_callbacks)
    [email] = _mail_to(czech_reader)
    with django_translation.override("cs"):
        note = django_translation.gettext("Automatic translation is not available.")
        original = django_translation.gettext("This is the original message.")
    assert note != "Automatic translation is not available."  # the Czech catalogue's words
    assert f"[{note} {original}]" in email.body


def test_a_message_in_the_readers_language_is_mailed_as_before(
    cz_thread, czech_reader, translation_on, django_capture_on_commit_callbacks
):
    _submit(
        cz_thread,
        cz_thread.seller,
        "Dobrý den, balík byl dnes odeslán.",
        django_capture_on_commit_callbacks,
    )
    [email] = _mail_to(czech_reader)
    assert "Dobrý den, balík byl dnes odeslán." in email.body
    assert "-" * 72 not in email.body and "translat" not in email.body.lower()


def test_the_writers_real_address_is_hidden_in_the_translation_too(
    cz_thread, czech_reader, translation_on, django_capture_on_commit_callbacks
):
    account_services.seller_email_add(
        seller=cz_thread.seller, email="kasia@private.example", verified=True
    )
    text = "Dzień dobry, paczka została wysłana dzisiaj, napisz na kasia@private.example"
    message = _submit(
        cz_thread, cz_thread.seller, text, django_capture_on_commit_callbacks, run_tasks=False
    )
    translation = MessageTranslation.objects.get(message=message)
    _settled(lambda: tasks.message_translate(translation.pk), django_capture_on_commit_callbacks)
    translation.refresh_from_db()
    assert "kasia@private.example" in translation.text  # protected through translation
    [email] = _mail_to(czech_reader)
    raw = email.message().as_string()
    assert "kasia@private.example" not in raw
    masked = account_services.masked_email_address(account=cz_thread.seller, order=cz_thread.order)
    assert email.body.count(masked) == 2  # in the translation and in the original


@pytest.fixture
def smtp_sink(settings):
    from tests.smtp_sink import run_sink

    yield from run_sink(settings)


def test_a_translated_messages_email_refused_for_now_is_retried_and_sent_once(
    cz_thread, czech_reader, translation_on, smtp_sink, django_capture_on_commit_callbacks
):
    # given the recipient's server says "try again later" once
    smtp_sink.refuse_data = ["451 4.3.0 Try again later"]
    message = _submit(
        cz_thread, cz_thread.seller, POLISH, django_capture_on_commit_callbacks, run_tasks=False
    )
    translation_id = MessageTranslation.objects.get(message=message).pk
    # when the translation is done, its e-mail is tried at once and waits for a retry
    _settled(lambda: tasks.message_translate(translation_id), django_capture_on_commit_callbacks)
    [email] = _notifications(message)
    assert email.status == "retrying" and smtp_sink.raw == []
    # then the retry delivers it, once, with the translation
    assert outbox_tasks.outbox_send.apply(args=[email.pk]).get() is True
    [sent] = smtp_sink.messages
    assert CZECH in sent.get_body(("plain",)).get_content()
    message.refresh_from_db()
    assert message.email_status == "sent"
