"""Account pages as a signed-in user or a visitor sees them."""

import re

import pytest
from django.conf import settings
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from accounts.models import CommunicationSettings
from tests.factories import OrderFactory

pytestmark = pytest.mark.django_db

PUBLIC = {"login", "logout", "language_set", "healthz"}
# The payment operator signs its webhooks too (tests/orders/test_payments.py).
PUBLIC |= {"orders:payment_webhook"}
# Carriers sign their webhook requests instead (tests/orders/test_carrier_webhooks.py).
PUBLIC |= {"orders:carrier_webhook"}
# OAuth2's protocol endpoints authenticate the client application themselves, and the API's
# description, its docs page and index are public (tests/api).
PUBLIC |= {
    "oauth2_provider:token",
    "oauth2_provider:revoke-token",
    "oauth2_provider:introspect",
    "api-1:openapi-json",
    "api-1:openapi-view",
    "api-1:api-root",
}
# An invited team member opens their invitation signed out (tests/accounts/test_team.py).
PUBLIC |= {"team_join"}
# The seller API takes a bearer token, not a session: without one it answers 401.
API = "api-1:"


def _app_url_patterns(resolver=None, prefix=""):
    """Every URL of the project outside Django admin, with 1 for each argument."""
    resolver = resolver or get_resolver()
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            if entry.app_name == "admin":
                continue
            namespace = f"{prefix}{entry.namespace}:" if entry.namespace else prefix
            yield from _app_url_patterns(entry, namespace)
        elif isinstance(entry, URLPattern) and entry.name:
            yield prefix + entry.name, {key: 1 for key in entry.pattern.regex.groupindex}


PAGES = [(name, kwargs) for name, kwargs in _app_url_patterns() if name not in PUBLIC]


@pytest.mark.parametrize(("name", "kwargs"), PAGES, ids=[name for name, _ in PAGES])
@pytest.mark.parametrize("method", ["get", "post"])
def test_every_page_requires_login(client, name, kwargs, method):
    url = reverse(name, kwargs=kwargs)
    response = getattr(client, method)(url)
    if name.startswith(API):
        assert response.status_code in (401, 405)
        return
    assert response.status_code in (302, 405)
    if response.status_code == 302:
        assert response["Location"].startswith(reverse("login"))


def test_login_takes_the_user_home_with_their_masked_address(client, buyer, password):
    response = client.post(reverse("login"), {"username": buyer.username, "password": password})
    assert response.status_code == 302
    page = client.get(response["Location"])
    assert f"{buyer.sender_id}@allegromail.pl" in page.text


def test_a_wrong_password_is_refused_with_a_clear_message(client, buyer):
    response = client.post(reverse("login"), {"username": buyer.username, "password": "nope"})
    assert response.status_code == 200
    assert "Please enter a correct" in response.text
    assert "_auth_user_id" not in client.session


def test_home_lists_a_sellers_sales_and_a_buyers_purchases(client, order):
    client.force_login(order.seller)
    assert order.transaction_id in client.get(reverse("home")).text
    client.force_login(order.buyer)
    assert order.transaction_id in client.get(reverse("home")).text


def test_home_does_not_show_other_peoples_orders(client, order, other_user):
    client.force_login(other_user)
    page = client.get(reverse("home")).text
    assert order.transaction_id not in page
    assert "No purchases yet." in page


def test_home_query_count_does_not_grow_with_orders(
    client, seller, offer, django_assert_num_queries
):
    client.force_login(seller)
    OrderFactory(offer=offer)
    # Session, user, recent purchases, recent sales, topics buyers send on (Allina).
    with django_assert_num_queries(5) as few:
        client.get(reverse("home"))
    expected = len(few.captured_queries)
    for _ in range(6):
        OrderFactory(offer=offer)
    with django_assert_num_queries(expected):
        client.get(reverse("home"))


def test_account_details_show_own_addresses_only(client, address, other_user):
    client.force_login(other_user)
    assert address.street not in client.get(reverse("account_details")).text
    client.force_login(address.buyer)
    page = client.get(reverse("account_details")).text
    assert address.street in page and address.phone in page


def test_account_details_escape_what_users_typed(client, buyer):
    from accounts.services import delivery_address_create

    delivery_address_create(
        buyer=buyer,
        first_name="<script>alert(1)</script>",
        last_name="Nowak",
        street="Długa",
        building_number="1",
        postcode="00-001",
        city="Warszawa",
        country="PL",
        phone="+48601234567",
    )
    client.force_login(buyer)
    page = client.get(reverse("account_details")).text
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_a_seller_switches_allina_off_and_on(allina_on, seller_client, seller):
    url = reverse("communication_settings")
    assert "Allina is on." in seller_client.get(url).text
    response = seller_client.post(url, {})
    assert response.status_code == 302
    assert not CommunicationSettings.objects.get(user=seller).allina_enabled
    assert "every question goes straight to you" in seller_client.get(url).text
    seller_client.post(url, {"allina_enabled": "on"})
    assert CommunicationSettings.objects.get(user=seller).allina_enabled


def test_the_settings_form_saves_in_place_with_htmx(seller_client, seller):
    response = seller_client.post(
        reverse("communication_settings"), {}, headers={"HX-Request": "true"}
    )
    assert response.status_code == 200
    assert response.text.lstrip().startswith('<form id="settings-form"')
    assert "<html" not in response.text
    assert "Saved." in response.text
    assert not CommunicationSettings.objects.get(user=seller).allina_enabled
    assert "HX-Request" in response["Vary"]


def test_communication_settings_are_for_sellers_only(buyer_client):
    assert buyer_client.get(reverse("communication_settings")).status_code == 404


def test_navigation_matches_the_role(seller_client, client, buyer):
    seller_nav = seller_client.get(reverse("home")).text
    assert "Communication settings" in seller_nav and "Message Center" in seller_nav
    client.force_login(buyer)
    buyer_nav = client.get(reverse("home")).text
    assert "My orders" in buyer_nav and "Account details" in buyer_nav
    assert "Communication settings" not in buyer_nav


def test_the_ui_speaks_the_registration_marketplaces_language(client):
    from tests.factories import UserFactory

    client.force_login(UserFactory(registration_marketplace="hu", language=""))
    assert client.get(reverse("home"))["Content-Language"] == "hu"


def test_the_language_switcher_is_remembered_on_the_account(buyer_client, buyer):
    response = buyer_client.post(reverse("language_set"), {"language": "cs", "next": "/account/"})
    assert response.status_code == 302 and response["Location"] == "/account/"
    buyer.refresh_from_db()
    assert buyer.language == "cs"
    assert buyer_client.get(reverse("home"))["Content-Language"] == "cs"


def test_the_language_switcher_does_not_redirect_off_site(buyer_client):
    response = buyer_client.post(
        reverse("language_set"), {"language": "pl", "next": "https://evil.example/"}
    )
    assert response["Location"] == "/"


def test_a_visitors_language_choice_lives_in_a_cookie(client):
    client.post(reverse("language_set"), {"language": "sk"})
    assert client.cookies[settings.LANGUAGE_COOKIE_NAME].value == "sk"
    assert client.get(reverse("login"))["Content-Language"] == "sk"


def test_pages_carry_a_nonce_csp_and_htmx_runs_without_eval(buyer_client):
    response = buyer_client.get(reverse("home"))
    policy = response["Content-Security-Policy"]
    nonce = re.search(r"'nonce-([^']+)'", policy).group(1)
    assert "unsafe-eval" not in policy and "unsafe-inline" not in policy
    assert f'nonce="{nonce}"' in response.text
    assert '"allowEval": false' in response.text
    assert "/static/js/htmx.min.js" in response.text


def test_every_form_needs_a_csrf_token(allina_on, buyer, seller):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(seller)
    response = client.post(reverse("communication_settings"), {})
    assert response.status_code == 403
    assert "The form has expired" in response.text
    assert CommunicationSettings.objects.get(user=seller).allina_enabled


def test_htmx_requests_send_the_csrf_token_from_the_body(buyer_client):
    page = buyer_client.get(reverse("home")).text
    assert re.search(r'<body hx-headers=\'\{"X-CSRFToken": "[^"]+"\}\'>', page)


def test_health_check_answers_without_login(client):
    response = client.get(reverse("healthz"))
    assert response.status_code == 200 and response.text == "ok"


def test_the_header_language_form_is_the_forms_own_in_each_accounts_language(client):
    from django.utils import translation

    from accounts.forms import LanguageForm
    from tests.factories import UserFactory

    url = reverse("account_details") + "?x=1&y=%22"
    for language in ("pl", "hu", "pl"):  # the select is kept per language and choice
        client.force_login(UserFactory(language=language))
        page = client.get(url).text
        with translation.override(language):
            form = LanguageForm(initial={"language": language, "next": url})
            assert str(form["language"]) in page
            assert str(form["next"]) in page
            assert f'<label for="{form["language"].id_for_label}"' in page
