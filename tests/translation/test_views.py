"""The translation on the web: above the original, its state, the poll, reporting it."""

import re

import pytest
from django.test import Client
from django.urls import reverse

from messaging import services as messaging_services
from tests.factories import OfferFactory, OrderFactory, SellerFactory, ThreadFactory, UserFactory
from translation.models import MessageTranslation, TranslationReport

pytestmark = pytest.mark.django_db

POLISH = "Dzień dobry, paczka została wysłana dzisiaj, numer przesyłki 620000000000000000000001."
CZECH = "Dobrý den, balík byl dnes odeslán, číslo zásilky 620000000000000000000001."


@pytest.fixture
def cz_thread(db):
    seller = SellerFactory(username="kasia_sklep", language="")
    # Czech by marketplace; tests read the page in English with `_english_ui`.
    buyer = UserFactory(username="petr", registration_marketplace="cz", language="")
    order = OrderFactory(buyer=buyer, offer=OfferFactory(seller=seller))
    return ThreadFactory(buyer=buyer, order=order)


@pytest.fixture
def send(django_capture_on_commit_callbacks):
    def send(thread, author, text, run_tasks=True):
        with django_capture_on_commit_callbacks(execute=run_tasks):
            return messaging_services.message_submit(thread=thread, author=author, text=text)

    return send


def _page(client, user, thread):
    client.force_login(user)
    return client.get(reverse("messaging:thread_detail", args=[thread.pk]))


def test_the_translation_is_shown_above_the_original_with_a_notice(
    client, cz_thread, send, translation_on
):
    message = send(cz_thread, cz_thread.seller, POLISH)
    with _english_ui(cz_thread.buyer):
        page = _page(client, cz_thread.buyer, cz_thread).content.decode()
    article = page[page.index(f'id="message-{message.pk}"') :]
    assert article.index(CZECH) < article.index(POLISH)
    assert "Automatically translated from Polish" in article
    assert "Original message (Polish):" in article
    # the switch: a disclosure, open, that hides the translation in one click
    assert re.search(r"<details open>\s*<summary>", article)
    assert f'lang="cs">{CZECH}' in article


def test_the_writer_sees_their_own_words_only(client, cz_thread, send, translation_on):
    send(cz_thread, cz_thread.seller, POLISH)
    page = _page(client, cz_thread.seller, cz_thread).content.decode()
    assert POLISH in page and CZECH not in page and "Automatically translated" not in page


class _english_ui:
    """Show the page in English for this user (its words are what the tests read)."""

    def __init__(self, user):
        self.user = user

    def __enter__(self):
        self.language = self.user.language
        # The recipient's language for translation was fixed at delivery; the page's
        # own language can differ (a Czech buyer reading the site in English).
        type(self.user).objects.filter(pk=self.user.pk).update(language="en")

    def __exit__(self, *exc):
        type(self.user).objects.filter(pk=self.user.pk).update(language=self.language)


def test_pending_shows_the_original_and_the_translation_arrives_by_polling(
    client, cz_thread, send, translation_on
):
    # given the translation task has not run yet
    message = send(cz_thread, cz_thread.seller, POLISH, run_tasks=False)
    translation = MessageTranslation.objects.get(message=message)
    assert translation.status == "pending"
    with _english_ui(cz_thread.buyer):
        page = _page(client, cz_thread.buyer, cz_thread).content.decode()
        poll_url = reverse("translation:message_translation", args=[message.pk])
        # the original is there at once, with "translation pending" polling for it
        assert POLISH in page and "Translation pending…" in page
        assert f'hx-get="{poll_url}" hx-trigger="every 3s"' in page
        # while pending, the poll answers 204: htmx swaps nothing and keeps polling
        assert client.get(poll_url, HTTP_HX_REQUEST="true").status_code == 204
        # when the task has run, the poll brings the translation (and no more polling)
        from translation import tasks

        tasks.message_translate(translation.pk)
        fragment = client.get(poll_url, HTTP_HX_REQUEST="true").content.decode()
    assert CZECH in fragment and "Automatically translated from Polish" in fragment
    assert "hx-trigger" not in fragment


def test_a_failed_translation_says_so_above_the_original(client, cz_thread, send, translation_on):
    translation_on.api_key = "other"  # 403: permanent
    send(cz_thread, cz_thread.seller, POLISH)
    with _english_ui(cz_thread.buyer):
        page = _page(client, cz_thread.buyer, cz_thread).content.decode()
    assert "Translation unavailable." in page and POLISH in page
    assert page.index("Translation unavailable.") < page.index(POLISH)


def test_the_notice_speaks_the_readers_language(client, cz_thread, send, translation_on):
    send(cz_thread, cz_thread.seller, POLISH)
    page = _page(client, cz_thread.buyer, cz_thread).content.decode()  # a Czech account
    # the language is named in Czech ("polština"), however the notice is worded
    assert CZECH in page and "polština" in page and "Polish" not in page


def test_new_messages_arriving_by_poll_carry_their_translation_state(
    client, cz_thread, send, translation_on
):
    client.force_login(cz_thread.buyer)
    message = send(cz_thread, cz_thread.seller, POLISH, run_tasks=False)
    with _english_ui(cz_thread.buyer):
        poll = client.get(
            reverse("messaging:thread_poll", args=[cz_thread.pk]), {"after": 0}
        ).content.decode()
    assert POLISH in poll and "Translation pending…" in poll
    assert reverse("translation:message_translation", args=[message.pk]) in poll


def test_strangers_get_404_and_the_writer_gets_nothing_to_poll(
    client, cz_thread, send, translation_on, other_user
):
    message = send(cz_thread, cz_thread.seller, POLISH)
    url = reverse("translation:message_translation", args=[message.pk])
    client.force_login(other_user)
    assert client.get(url).status_code == 404
    client.force_login(cz_thread.seller)
    assert client.get(url).status_code == 204


def test_the_recipient_reports_a_bad_translation(client, cz_thread, send, translation_on):
    message = send(cz_thread, cz_thread.seller, POLISH)
    translation = MessageTranslation.objects.get(message=message)
    url = reverse("translation:report", args=[translation.pk])
    with _english_ui(cz_thread.buyer):
        page = _page(client, cz_thread.buyer, cz_thread).content.decode()
        assert f'hx-post="{url}"' in page and "Report a bad translation" in page
        response = client.post(url, {"comment": "Wrong tense"}, HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    assert "Thank you. We will check this translation." in response.content.decode()
    report = TranslationReport.objects.get()
    assert (report.translation, report.reporter, report.comment) == (
        translation,
        cz_thread.buyer,
        "Wrong tense",
    )
    # reporting twice keeps one report; without htmx, back to the conversation
    again = client.post(url)
    assert again.status_code == 302 and again.url.endswith(f"#message-{message.pk}")
    assert TranslationReport.objects.count() == 1


def test_reporting_needs_the_csrf_token(cz_thread, send, translation_on):
    message = send(cz_thread, cz_thread.seller, POLISH)
    translation = MessageTranslation.objects.get(message=message)
    csrf_client = Client(enforce_csrf_checks=True)
    csrf_client.force_login(cz_thread.buyer)
    url = reverse("translation:report", args=[translation.pk])
    assert csrf_client.post(url).status_code == 403
    assert not TranslationReport.objects.exists()
    page = csrf_client.get(reverse("messaging:thread_detail", args=[cz_thread.pk]))
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.content.decode())
    assert csrf_client.post(url, {"csrfmiddlewaretoken": token.group(1)}).status_code == 302
    assert TranslationReport.objects.count() == 1


def test_only_the_recipient_can_report(client, cz_thread, send, translation_on, other_user):
    message = send(cz_thread, cz_thread.seller, POLISH)
    url = reverse("translation:report", args=[MessageTranslation.objects.get(message=message).pk])
    for user in (other_user, cz_thread.seller):
        client.force_login(user)
        assert client.post(url).status_code == 404
    assert not TranslationReport.objects.exists()


def test_staff_see_reports_in_admin(admin_client, cz_thread, send, translation_on, client):
    message = send(cz_thread, cz_thread.seller, POLISH)
    translation = MessageTranslation.objects.get(message=message)
    client.force_login(cz_thread.buyer)
    client.post(reverse("translation:report", args=[translation.pk]), {"comment": "odd"})
    listing = admin_client.get(reverse("admin:translation_translationreport_changelist"))
    assert listing.status_code == 200
    assert f"#{message.pk} pl→cs (libretranslate)" in listing.content.decode()
    report = TranslationReport.objects.get()
    detail = admin_client.get(
        reverse("admin:translation_translationreport_change", args=[report.pk])
    ).content.decode()
    assert POLISH in detail and CZECH in detail and "odd" in detail
    # staff can drop the cached translation so the next one is made afresh
    admin_client.post(
        reverse("admin:translation_translationreport_changelist"),
        {"action": "forget_cached_translation", "_selected_action": [report.pk]},
    )
    from translation.models import TranslationCache

    assert not TranslationCache.objects.exists()


def test_the_thread_view_query_count_does_not_grow_with_translations(
    client, cz_thread, send, translation_on, django_assert_num_queries
):
    send(cz_thread, cz_thread.seller, POLISH)
    client.force_login(cz_thread.buyer)
    url = reverse("messaging:thread_detail", args=[cz_thread.pk])
    client.get(url)
    # session, user, thread, messages, translations (no attachments: not fetched)
    with django_assert_num_queries(5) as few:
        client.get(url)
    expected = len(few.captured_queries)
    for number in range(10):
        send(cz_thread, cz_thread.seller, f"{POLISH} Pozdrawiam {number}")
    client.get(url)
    with django_assert_num_queries(expected):
        client.get(url)


def test_with_no_engine_the_thread_says_so_once_not_under_every_message(
    client, cz_thread, send, translation_off
):
    # given a server with no translation engine and three Polish messages to a Czech buyer
    for text in (POLISH, "Proszę o potwierdzenie odbioru przesyłki.", "Dziękuję za zakupy."):
        send(cz_thread, cz_thread.seller, text)
    with _english_ui(cz_thread.buyer):
        page = _page(client, cz_thread.buyer, cz_thread).content.decode()
    # then the page says once, plainly, that this server has no translation engine
    notice = "This server has no translation engine"
    assert page.count(notice) == 1
    assert page.index(notice) < page.index(POLISH)
    # and no message carries a note of its own
    assert "Automatic translation is not available." not in page
    assert "Translation unavailable." not in page
    assert POLISH in page


def test_messages_in_the_readers_own_language_bring_no_such_notice(
    client, cz_thread, send, translation_off
):
    # given the Czech buyer writes to the Polish seller in Polish
    send(cz_thread, cz_thread.buyer, "Dzień dobry, kiedy wyślecie moją paczkę? Dziękuję bardzo.")
    with _english_ui(cz_thread.seller):
        page = _page(client, cz_thread.seller, cz_thread).content.decode()
    assert "Dzień dobry, kiedy wyślecie" in page
    assert "translation engine" not in page
