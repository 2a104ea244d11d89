"""The seller panel's page of applications with access: listed, revoked with CSRF,
only one's own, rate-limited; a revoked application's token stops working."""

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
