"""What a reader of each language sees: prices, dates, e-mails and stored texts."""

from datetime import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from accounts import services as account_services
from accounts.formats.money import format_money
from messaging.models import EmailStatus, Message
from orders.models import Order
from outbox import tasks as outbox_tasks
from outbox.models import OutboundEmail
from tests.factories import (
    MessageFactory,
    OfferFactory,
    OrderFactory,
    SellerFactory,
    ThreadFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db
NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("language", "amount", "currency", "shown"),
    [
        ("pl", "1234.50", "PLN", "1 234,50 zł"),
        ("cs", "1234.00", "CZK", "1 234 Kč"),
        ("cs", "1234.90", "CZK", "1 234,90 Kč"),  # haléře are kept when there are any
        ("sk", "12.50", "EUR", "12,50 €"),
        ("hu", "1234.00", "HUF", "1 234 Ft"),
        ("en", "1234.50", "PLN", "PLN 1,234.50"),
        ("pl", "12.50", "EUR", "12,50 €"),  # another market's currency, the reader's format
        ("hu", "-5.00", "PLN", "-5,00 PLN"),
    ],
)
def test_prices_are_written_the_readers_way(language, amount, currency, shown):
    assert format_money(Decimal(amount), currency, language) == shown.replace(" ", NBSP)


@pytest.mark.parametrize(
    ("marketplace", "language", "price", "shown", "buy"),
    [
        ("pl", "pl", "129.00", "129,00 zł", "Kup"),
        ("cz", "cs", "2490.00", "2 490 Kč", "Koupit"),
        ("sk", "sk", "24.90", "24,90 €", "Kúpiť"),
        ("hu", "hu", "8990.00", "8 990 Ft", "Megveszem"),
    ],
)
def test_the_offer_page_speaks_the_buyers_marketplace_language(
    client, marketplace, language, price, shown, buy
):
    # given a buyer who never chose a language, on the same marketplace as the offer
    offer = OfferFactory(
        seller=SellerFactory(registration_marketplace=marketplace), price=Decimal(price)
    )
    buyer = UserFactory(registration_marketplace=marketplace, language="")
    client.force_login(buyer)
    # when they open the offer
    response = client.get(reverse("orders:offer_detail", args=[offer.pk]))
    page = response.text
    # then the page, its price and its buttons are in their language
    assert response["Content-Language"] == language
    assert f'<html lang="{language}">' in page
    assert shown.replace(" ", NBSP) in page
    assert f">{buy}<" in page


def test_dates_on_the_order_page_use_the_readers_format(client):
    order = OrderFactory(buyer=UserFactory(language="pl"))
    placed = datetime(2026, 3, 7, 9, 5, tzinfo=ZoneInfo("Europe/Warsaw"))
    Order.objects.filter(pk=order.pk).update(created_at=placed)
    client.force_login(order.buyer)
    page = client.get(reverse("orders:order_detail", args=[order.pk])).text
    assert "07.03.2026 09:05" in page
    account_services.user_set_language(user=order.buyer, language="hu")
    page = client.get(reverse("orders:order_detail", args=[order.pk])).text
    assert "2026.03.07. 9:05" in page or "2026.03.07. 09:05" in page


def test_a_visitor_gets_the_login_page_in_the_browsers_language(client):
    page = client.get(reverse("login"), HTTP_ACCEPT_LANGUAGE="hu,en;q=0.5").text
    assert "Bejelentkezés" in page and "Jelszó" in page


def _send(*, kind: str, cause_id: int) -> None:
    """The outbox task for that e-mail, as a worker runs it."""
    email = OutboundEmail.objects.get(kind=kind, cause_id=cause_id)
    assert outbox_tasks.outbox_send.apply(args=[email.pk]).get() is True


def test_the_message_email_is_in_the_recipients_language():
    # given a seller from the Czech marketplace who kept its language, and a Polish buyer
    seller = SellerFactory(registration_marketplace="cz", language="")
    buyer = UserFactory(language="pl")
    thread = ThreadFactory(buyer=buyer, offer=OfferFactory(seller=seller))
    message = MessageFactory(thread=thread, author=buyer, text="Dzień dobry, jest rozmiar L?")
    # when the buyer's message is e-mailed to the seller
    _send(kind="message_notification", cause_id=message.pk)
    # then the seller reads it in Czech
    [sent] = mail.outbox
    assert sent.subject.startswith(f"Nová zpráva od {buyer.username}:")
    assert "Otevřít konverzaci:" in sent.body
    assert "Dzień dobry, jest rozmiar L?" in sent.body  # the message itself is not touched
    assert '<html lang="cs">' in sent.alternatives[0].content


def test_the_verification_email_is_in_the_sellers_language(django_capture_on_commit_callbacks):
    seller = SellerFactory(registration_marketplace="hu", language="")
    with django_capture_on_commit_callbacks(execute=True):
        account_services.seller_email_request(seller=seller, email="bolt@example.hu")
    [sent] = mail.outbox
    assert sent.subject == "Erősítsd meg az e-mail-címedet"
    assert "Erősítsd meg 3 napon belül:" in sent.body


def test_the_order_email_is_in_the_sellers_language_with_its_prices():
    seller = SellerFactory(registration_marketplace="sk", language="")
    order = OrderFactory(offer=OfferFactory(seller=seller, price=Decimal("24.90")))
    _send(kind="order_seller", cause_id=order.pk)
    [sent] = mail.outbox
    assert sent.subject.startswith(f"Objednávka {order.transaction_id}: údaje kupujúceho")
    assert "Spolu s dopravou" in sent.body
    assert f"24,90{NBSP}€" in sent.body


def test_a_stored_delivery_problem_is_shown_in_the_writers_language():
    # given a message the mail server never accepted, with our own reason stored in English
    message = MessageFactory()
    Message.objects.filter(pk=message.pk).update(
        email_status=EmailStatus.FAILED, email_error="The mail server could not be reached."
    )
    message.refresh_from_db()
    # when its Polish writer sees its state
    with translation.override("pl"):
        html = render_to_string(
            "messaging/_message_status.html", {"message": message, "viewer": message.author}
        )
    # then the reason is in Polish; a mail server's own answer is shown as it came
    assert "Nie udało się dostarczyć e-mailem: Nie udało się połączyć z serwerem poczty." in html
    Message.objects.filter(pk=message.pk).update(email_error="550 5.1.1 No such user")
    message.refresh_from_db()
    with translation.override("pl"):
        html = render_to_string(
            "messaging/_message_status.html", {"message": message, "viewer": message.author}
        )
    assert "Nie udało się dostarczyć e-mailem: 550 5.1.1 No such user" in html
