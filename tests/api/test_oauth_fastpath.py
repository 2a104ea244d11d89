"""The token check's fast path (api/oauth_fastpath.py) decides as django-oauth-toolkit does:
the same tokens let in, as the same user and application, the same ones refused."""

import secrets
from datetime import timedelta

import pytest
from django.utils import timezone
from oauth2_provider.models import AccessToken, set_token_value
from oauth2_provider.oauth2_validators import OAuth2Validator

from api import oauth_fastpath
from tests.factories import MessageFactory, SellerFactory, ThreadFactory

pytestmark = pytest.mark.django_db


def _token(application, *, user=None, expires_in=3600, scope="messages:read", resource=None):
    raw = secrets.token_urlsafe(24)
    token = AccessToken(
        application=application,
        user=user,
        scope=scope,
        expires=timezone.now() + timedelta(seconds=expires_in),
        resource=resource or [],
    )
    set_token_value(token, raw)
    token.save()
    return raw, token


def _toolkit(raw: str):
    """The toolkit's own decision: the token, its application and the user it acts for."""
    token = OAuth2Validator()._load_access_token(raw)
    if token is None or not token.is_valid([]):
        return None
    user = token.user
    if user is None and token.application.authorization_grant_type == "client-credentials":
        user = token.application.user
    return token.pk, token.application.pk, user.pk if user else None


def _fast(raw: str):
    checked = oauth_fastpath.check(raw)
    if checked is None or checked is oauth_fastpath.UNDECIDED:
        return checked
    return checked.token.pk, checked.application.pk, checked.user.pk if checked.user else None


def test_the_fast_path_is_on_for_this_version():
    assert oauth_fastpath.active(), oauth_fastpath.describe()


def test_same_decisions_as_the_toolkit(own_tool, third_party_app, seller):
    consented = SellerFactory()
    tokens = {
        "own tool": _token(own_tool)[0],
        "third party for a seller": _token(third_party_app, user=consented)[0],
        "expired": _token(own_tool, expires_in=-1)[0],
        "unknown": secrets.token_urlsafe(24),
        "empty": "",
    }
    revoked, revoked_row = _token(own_tool)
    revoked_row.revoke()  # the toolkit deletes a revoked access token
    tokens["revoked"] = revoked
    for name, raw in tokens.items():
        assert _fast(raw) == (_toolkit(raw) if raw else None), name
    assert _fast(tokens["own tool"])[2] == seller.pk  # the tool acts as its seller
    assert _fast(tokens["third party for a seller"])[2] == consented.pk
    assert _fast(tokens["expired"]) is None and _fast(tokens["revoked"]) is None


def test_what_the_fast_path_loads_reads_as_the_orm_loads_it(own_tool, seller):
    raw, row = _token(own_tool, scope="messages:read orders:read")
    checked = oauth_fastpath.check(raw)
    assert checked.token.scope == row.scope
    assert checked.token.expires == AccessToken.objects.get(pk=row.pk).expires
    assert checked.token.allow_scopes(["orders:read"])
    assert not checked.token.allow_scopes(["messages:write"])
    assert checked.application.name == own_tool.name
    assert checked.user.username == seller.username and checked.user.is_active


def test_a_token_for_named_resource_servers_is_left_to_the_toolkit(own_tool):
    raw, _row = _token(own_tool, resource=["https://api.example.com/"])
    assert oauth_fastpath.check(raw) is oauth_fastpath.UNDECIDED


@pytest.mark.parametrize("fast", [True, False], ids=["fast path", "toolkit"])
def test_the_api_answers_alike_either_way(client, settings, own_tool, seller, fast):
    settings.API_OAUTH_FASTPATH = fast
    assert oauth_fastpath.active() is fast
    thread = MessageFactory(thread=ThreadFactory(offer__seller=seller)).thread
    raw, _row = _token(own_tool)
    expired, _row = _token(own_tool, expires_in=-1)
    narrow, _row = _token(own_tool, scope="orders:read")
    url = "/api/v1/messaging/threads"
    answer = client.get(url, headers={"Authorization": f"Bearer {raw}"})
    assert answer.status_code == 200
    assert [t["id"] for t in answer.json()["threads"]] == [thread.pk]
    assert client.get(url, headers={"Authorization": f"Bearer {expired}"}).status_code == 401
    assert client.get(url, headers={"Authorization": f"Bearer {narrow}"}).status_code == 403
    seller.is_active = False
    seller.save()
    assert client.get(url, headers={"Authorization": f"Bearer {raw}"}).status_code == 401
