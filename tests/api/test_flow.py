"""The seller API over real HTTP (live server): a helpdesk is authorised through the
OAuth2 authorization code flow with PKCE (the seller signs in and consents), then lists
threads, writes a message the rules block, one that is delivered and e-mailed once,
uploads and downloads an attachment, and reads the matching events. Every API answer is
checked against the OpenAPI description (tests/api/openapi.py)."""

import io
import re
from html import unescape
from urllib.parse import parse_qs, urlencode, urlsplit

import httpx
import pytest
from django.test import Client
from PIL import Image

from api.models import Event
from tests.api.conftest import REDIRECT_URI, SECRET, pkce_pair

pytestmark = pytest.mark.django_db(transaction=True)


def _hidden_inputs(page: str) -> dict[str, str]:
    fields = {}
    for tag in re.findall(r"<input[^>]*>", page):
        name = re.search(r'name="([^"]*)"', tag)
        value = re.search(r'value="([^"]*)"', tag)
        if name and 'type="hidden"' in tag:
            fields[unescape(name.group(1))] = unescape(value.group(1)) if value else ""
    return fields


def _sign_in(browser: httpx.Client, username: str, password: str) -> None:
    browser.get("/login/")
    response = browser.post(
        "/login/",
        data={
            "username": username,
            "password": password,
            "csrfmiddlewaretoken": browser.cookies["csrftoken"],
        },
    )
    assert response.status_code == 302, response.text


def _authorisation_code(base_url: str, seller, password: str, scope: str) -> tuple[str, str]:
    """The seller signs in and consents; the helpdesk gets a code at its redirect URI.
    Returns the code and the PKCE verifier only the helpdesk knows."""
    verifier, challenge = pkce_pair()
    with httpx.Client(base_url=base_url, follow_redirects=False) as browser:
        _sign_in(browser, seller.username, password)
        query = urlencode(
            {
                "response_type": "code",
                "client_id": "helpdesk-pro",
                "redirect_uri": REDIRECT_URI,
                "scope": scope,
                "state": "xyz-42",
                "code_challenge": challenge,
                "code_challenge_method": "S256",
            }
        )
        consent = browser.get(f"/auth/oauth/authorize/?{query}")
        assert consent.status_code == 200
        assert "Let Helpdesk Pro use your account?" in unescape(consent.text)
        assert "Write to buyers and mark conversations read" in consent.text
        form = _hidden_inputs(consent.text)
        answer = browser.post("/auth/oauth/authorize/", data={**form, "allow": "Authorize"})
    assert answer.status_code == 302
    redirect = urlsplit(answer.headers["Location"])
    assert f"{redirect.scheme}://{redirect.netloc}{redirect.path}" == REDIRECT_URI
    params = parse_qs(redirect.query)
    assert params["state"] == ["xyz-42"]
    return params["code"][0], verifier


def _token(base_url: str, code: str, verifier: str | None) -> httpx.Response:
    data = {
        "grant_type": "authorization_code",
        "code": code,
        "redirect_uri": REDIRECT_URI,
        "client_id": "helpdesk-pro",
        "client_secret": SECRET,
    }
    if verifier is not None:
        data["code_verifier"] = verifier
    return httpx.post(f"{base_url}/auth/oauth/token/", data=data)


def _authorise(base_url: str, seller, password: str, scope: str) -> str:
    code, _verifier = _authorisation_code(base_url, seller, password, scope)
    refused = _token(base_url, code, None)
    assert refused.status_code == 400  # PKCE is required: a stolen code alone is useless
    code, verifier = _authorisation_code(base_url, seller, password, scope)
    token = _token(base_url, code, verifier)
    assert token.status_code == 200, token.text
    body = token.json()
    assert body["token_type"] == "Bearer"
    assert set(body["scope"].split()) == set(scope.split())
    return body["access_token"]


def _png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), "red").save(buffer, format="PNG")
    return buffer.getvalue()


def test_a_helpdesk_authorised_with_pkce_answers_a_buyer_over_http(
    live_server, seller, password, third_party_app, thread, buyer_question, smtp_sink,
    schema_check, request, receiver,
):  # fmt: skip
    # The seller's webhook endpoint, registered in the panel.
    panel = Client()
    panel.force_login(seller)
    panel.post("/settings/applications/webhooks/", {"url": receiver.url})
    shown = panel.get("/settings/applications/webhooks/").content.decode()
    receiver.secret = re.search(r'<code class="secret">([^<]+)</code>', shown).group(1)
    first_hooked = (Event.objects.values_list("pk", flat=True).order_by("pk").last() or 0) + 1
    token = _authorise(live_server.url, seller, password, "messages:read messages:write")
    api = httpx.Client(
        base_url=f"{live_server.url}/api/v1",
        headers={"Authorization": f"Bearer {token}", "Accept-Language": "en"},
        event_hooks={"response": [schema_check]},
    )
    request.addfinalizer(api.close)  # no connection left open when the server stops
    # The seller's threads: the buyer's question, unread.
    listed = api.get("/messaging/threads").json()
    [row] = listed["threads"]
    assert row["id"] == thread.pk and row["unreadCount"] == 1 and not row["read"]
    assert row["interlocutor"]["login"] == thread.buyer.username
    assert row["preview"] == "Kiedy wyślesz paczkę?"
    assert api.get("/messaging/threads", params={"filter": "unread"}).json()["threads"]
    assert api.get("/messaging/threads", params={"phrase": "paczkę"}).json()["threads"]
    assert api.get("/messaging/threads", params={"phrase": "rower"}).json()["threads"] == []

    # Marked read, as opening it on the web does.
    read = api.put(f"/messaging/threads/{thread.pk}/read", json={"read": True})
    assert read.status_code == 200 and read.json()["read"] is True

    # A reply the rules block: 422 with the findings; nothing reaches the buyer.
    blocked = api.post(
        f"/messaging/threads/{thread.pk}/messages",
        json={"text": "Kupując bezpośrednio będzie taniej, zadzwoń 601 234 567"},
    )
    assert blocked.status_code == 422
    errors = blocked.json()["errors"]
    assert {error["details"]["fragment"] for error in errors} == {
        "Kupując bezpośrednio będzie taniej",
        "zadzwoń",
        "601 234 567",
    }
    assert all(error["code"] == "MESSAGE_BLOCKED" for error in errors)
    assert "“601 234 567”: Trading outside the platform" in [e["userMessage"] for e in errors]
    blocked_id = errors[0]["details"]["messageId"]

    # An attachment: declared, its bytes uploaded (checked by content), sent with a reply.
    image = _png()
    declared = api.post(
        "/messaging/message-attachments", json={"fileName": "parcel.png", "size": len(image)}
    )
    assert declared.status_code == 201
    upload_url = declared.json()["uploadUrl"].removeprefix("/api/v1")
    uploaded = api.put(upload_url, content=image, headers={"Content-Type": "image/png"})
    assert uploaded.status_code == 200 and uploaded.json()["mimeType"] == "image/png"

    sent = api.post(
        f"/messaging/threads/{thread.pk}/messages",
        json={
            "text": "Wysłałem dziś, numer przesyłki w załączniku.",
            "attachments": [{"id": declared.json()["id"]}],
        },
    )
    assert sent.status_code == 201
    message = sent.json()
    assert message["status"] == "DELIVERED"
    [attachment] = message["attachments"]
    download = api.get(attachment["url"].removeprefix("/api/v1"))
    assert download.status_code == 200 and download.content == image
    assert download.headers["Content-Type"] == "image/png"

    # The buyer sees the reply, not the blocked one, and was e-mailed once.
    messages = api.get(f"/messaging/threads/{thread.pk}/messages").json()["messages"]
    assert [m["text"] for m in messages][-1] == "Wysłałem dziś, numer przesyłki w załączniku."
    assert [m["status"] for m in messages if m["id"] == blocked_id] == ["BLOCKED"]
    to_buyer = [m for m in smtp_sink.unique() if thread.buyer.email in m["To"]]
    assert len(to_buyer) == 1
    assert "Wysłałem dziś" in to_buyer[0].get_body(("plain",)).get_content()

    # The journal tells the same story, in order.
    events = api.get("/messaging/events").json()["events"]
    kinds = [(event["type"], event["data"].get("messageId")) for event in events]
    assert ("message.delivered", buyer_question.pk) in kinds
    assert ("thread.read", None) in kinds
    assert ("message.blocked", blocked_id) in kinds
    assert ("message.delivered", message["id"]) in kinds
    assert kinds.index(("message.blocked", blocked_id)) < kinds.index(
        ("message.delivered", message["id"])
    )
    later = api.get("/messaging/events", params={"from": events[-1]["id"]}).json()
    assert later["events"] == []
    # ... and the seller's webhook received each of them since it was registered, signed.
    hooked = [(e["id"], e["type"]) for e in events if int(e["id"]) >= first_hooked]
    assert len(hooked) >= 3
    delivered = [(row["body"]["id"], row["body"]["type"]) for row in receiver.accepted()]
    assert sorted(delivered, key=lambda pair: int(pair[0])) == hooked

    # The token has no orders:read: the Orders tab stays closed to this helpdesk.
    refused = api.get("/order/checkout-forms")
    assert refused.status_code == 403
    assert refused.json()["errors"][0]["code"] == "INSUFFICIENT_SCOPE"
    assert schema_check.checked == 14  # every answer above was one the description allows


def test_without_a_token_the_api_answers_401_in_the_one_error_shape(live_server, schema_check):
    with httpx.Client(event_hooks={"response": [schema_check]}) as http:
        response = http.get(f"{live_server.url}/api/v1/messaging/threads")
    assert response.status_code == 401
    assert response.headers["WWW-Authenticate"].startswith("Bearer")
    [error] = response.json()["errors"]
    assert error["code"] == "UNAUTHORIZED" and error["userMessage"]
