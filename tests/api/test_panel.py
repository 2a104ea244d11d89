"""The seller panel's page of applications with access: listed, revoked with CSRF,
only one's own, rate-limited; a revoked application's token stops working."""

import re

import pytest
from django.test import Client
from oauth2_provider.models import AccessToken, Application

from tests.api.conftest import client_credentials_token
from tests.factories import SellerFactory

pytestmark = pytest.mark.django_db


def test_the_page_lists_the_applications_that_can_act_for_the_seller(
    client, seller, own_tool, third_party_app
):
    client_credentials_token(client, own_tool, scope="messages:read orders:read")
    client.force_login(seller)
    page = client.get("/settings/applications/").content.decode()
    assert "My ERP sync" in page and "(your own tool)" in page
    assert "<code>messages:read</code>, <code>orders:read</code>" in page
    assert "Helpdesk Pro" not in page  # never authorised by this seller


def test_revoking_takes_the_access_back_at_once(client, seller, own_tool):
    token = client_credentials_token(client, own_tool)
    headers = {"Authorization": f"Bearer {token}"}
    assert client.get("/api/v1/messaging/threads", headers=headers).status_code == 200
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(seller)
    page = browser.get("/settings/applications/")
    csrf = page.cookies["csrftoken"].value
    without_csrf = browser.post(f"/settings/applications/{own_tool.pk}/revoke/")
    assert without_csrf.status_code == 403
    response = browser.post(
        f"/settings/applications/{own_tool.pk}/revoke/", {"csrfmiddlewaretoken": csrf}
    )
    assert response.status_code == 302
    follow = browser.get(response["Location"]).content.decode()
    assert "My ERP sync no longer has access to your account." in follow
    assert "No application has access to your account." in follow
    assert client.get("/api/v1/messaging/threads", headers=headers).status_code == 401


def test_another_sellers_application_is_404_and_keeps_its_access(client, own_tool):
    token = client_credentials_token(client, own_tool)
    client.force_login(SellerFactory())
    assert client.post(f"/settings/applications/{own_tool.pk}/revoke/").status_code == 404
    assert Application.objects.filter(pk=own_tool.pk).exists()
    headers = {"Authorization": f"Bearer {token}"}
    assert client.get("/api/v1/messaging/threads", headers=headers).status_code == 200


def test_revoking_is_rate_limited(client, seller, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "settings_write": "2/h"}
    client.force_login(seller)
    for number in range(3):
        Application.objects.create(
            name=f"Tool {number}",
            user=seller,
            client_type=Application.CLIENT_CONFIDENTIAL,
            authorization_grant_type=Application.GRANT_CLIENT_CREDENTIALS,
        )
    tools = list(Application.objects.filter(user=seller))
    assert client.post(f"/settings/applications/{tools[0].pk}/revoke/").status_code == 302
    assert client.post(f"/settings/applications/{tools[1].pk}/revoke/").status_code == 302
    refused = client.post(f"/settings/applications/{tools[2].pk}/revoke/")
    assert refused.status_code == 429 and "Retry-After" in refused
    assert Application.objects.filter(pk=tools[2].pk).exists()


def test_a_third_party_application_loses_only_this_sellers_tokens(client, seller, third_party_app):
    from datetime import timedelta

    from django.utils import timezone
    from oauth2_provider.models import set_token_value

    other = SellerFactory()
    for user, raw in ((seller, "mine"), (other, "theirs")):
        token = AccessToken(
            user=user,
            application=third_party_app,
            scope="messages:read",
            expires=timezone.now() + timedelta(hours=1),
        )
        set_token_value(token, raw)
        token.save()
    client.force_login(seller)
    assert "Helpdesk Pro" in client.get("/settings/applications/").content.decode()
    client.post(f"/settings/applications/{third_party_app.pk}/revoke/")
    assert list(AccessToken.objects.values_list("user", flat=True)) == [other.pk]
    assert Application.objects.filter(pk=third_party_app.pk).exists()


def test_a_seller_registers_their_own_tool_and_it_gets_only_the_chosen_scopes(seller):
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(seller)
    csrf = browser.get("/settings/applications/").cookies["csrftoken"].value
    form = {"name": "Stock <sync>", "scopes": ["orders:read"]}
    assert browser.post("/settings/applications/", form).status_code == 403  # no CSRF
    response = browser.post("/settings/applications/", {**form, "csrfmiddlewaretoken": csrf})
    assert response.status_code == 302
    page = browser.get(response["Location"]).content.decode()
    assert "Stock &lt;sync&gt; is registered" in page
    client_id = re.search(r'<code class="client-id">([^<]+)</code>', page).group(1)
    secret = re.search(r'<code class="secret">([^<]+)</code>', page).group(1)
    again = browser.get("/settings/applications/").content.decode()
    assert secret not in again and "Stock &lt;sync&gt;" in again  # shown once, listed
    api = Client()
    token = api.post(
        "/auth/oauth/token/",
        {"grant_type": "client_credentials", "client_id": client_id, "client_secret": secret},
    ).json()
    assert token["scope"] == "orders:read"
    headers = {"Authorization": f"Bearer {token['access_token']}"}
    assert api.get("/api/v1/order/checkout-forms", headers=headers).status_code == 200
    assert api.get("/api/v1/messaging/threads", headers=headers).status_code == 403
    wider = api.post(
        "/auth/oauth/token/",
        {
            "grant_type": "client_credentials",
            "client_id": client_id,
            "client_secret": secret,
            "scope": "messages:write",
        },
    )
    assert wider.status_code == 400 and wider.json()["error"] == "invalid_scope"
    tool = Application.objects.get(client_id=client_id)
    revoke = browser.post(
        f"/settings/applications/{tool.pk}/revoke/", {"csrfmiddlewaretoken": csrf}
    )
    assert revoke.status_code == 302
    assert not Application.objects.filter(pk=tool.pk).exists()
    assert api.get("/api/v1/order/checkout-forms", headers=headers).status_code == 401


def test_registering_a_tool_needs_a_name_and_a_scope_and_is_rate_limited(seller_client, settings):
    refused = seller_client.post("/settings/applications/", {"name": ""})
    assert refused.status_code == 400 and "This field is required." in refused.content.decode()
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "settings_write": "1/h"}
    form = {"name": "Tool", "scopes": ["messages:read"]}
    assert seller_client.post("/settings/applications/", form).status_code == 302
    limited = seller_client.post("/settings/applications/", {**form, "name": "Tool 2"})
    assert limited.status_code == 429 and "Retry-After" in limited
    assert list(Application.objects.values_list("name", flat=True)) == ["Tool"]
