"""The seller API's fixtures: OAuth2 applications, tokens obtained through the real
token endpoint, an SMTP sink, and an httpx client whose every API answer is checked
against the OpenAPI description."""

import base64
import hashlib
import json
import secrets

import pytest
from django.core.serializers.json import DjangoJSONEncoder
from oauth2_provider.models import Application

from tests.factories import MessageFactory, order_pay

SECRET = "helpdesk-client-secret-0123456789"
REDIRECT_URI = "http://127.0.0.1:9/callback"
ALL_SCOPES = "messages:read messages:write orders:read orders:write"


def pkce_pair() -> tuple[str, str]:
    verifier = secrets.token_urlsafe(48)
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest())
    return verifier, challenge.rstrip(b"=").decode()


@pytest.fixture
def third_party_app(db):
    """A helpdesk a seller connects through the authorization code flow."""
    return Application.objects.create(
        name="Helpdesk Pro",
        client_id="helpdesk-pro",
        client_secret=SECRET,
        client_type=Application.CLIENT_CONFIDENTIAL,
        authorization_grant_type=Application.GRANT_AUTHORIZATION_CODE,
        redirect_uris=REDIRECT_URI,
        algorithm="",
    )


@pytest.fixture
def own_tool(seller):
    """The seller's own script, registered by them: client credentials."""
    return Application.objects.create(
        name="My ERP sync",
        client_id="erp-sync",
        client_secret=SECRET,
        user=seller,
        client_type=Application.CLIENT_CONFIDENTIAL,
        authorization_grant_type=Application.GRANT_CLIENT_CREDENTIALS,
        algorithm="",
    )


def client_credentials_token(client, application, scope: str = ALL_SCOPES) -> str:
    response = client.post(
        "/auth/oauth/token/",
        {
            "grant_type": "client_credentials",
            "client_id": application.client_id,
            "client_secret": SECRET,
            "scope": scope,
        },
    )
    assert response.status_code == 200, response.content
    return response.json()["access_token"]


@pytest.fixture
def seller_token(client, own_tool):
    return client_credentials_token(client, own_tool)


@pytest.fixture
def paid_order(order):
    return order_pay(order)


@pytest.fixture
def buyer_question(thread):
    """The buyer asked about the order; the seller has it unread."""
    return MessageFactory(thread=thread, text="Kiedy wyślesz paczkę?")


@pytest.fixture
def smtp_sink(settings):
    from tests.smtp_sink import run_sink

    yield from run_sink(settings)


@pytest.fixture(scope="session")
def openapi_schema(django_db_setup, django_db_blocker):
    from api.v1 import api

    with django_db_blocker.unblock():
        # As served at /api/v1/schema/: JSON (ninja keys responses by int in Python).
        return json.loads(json.dumps(api.get_openapi_schema(), cls=DjangoJSONEncoder))


@pytest.fixture
def schema_check(openapi_schema):
    from tests.api.openapi import SchemaCheck

    return SchemaCheck(openapi_schema)


@pytest.fixture
def receiver():
    """A seller's webhook receiver on loopback that checks signatures (webhook_receiver)."""
    from tests.api.webhook_receiver import Receiver

    with Receiver() as running:
        yield running
