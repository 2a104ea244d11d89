"""The seller API's endpoints through Django's test client, with tokens from the real
token endpoint: ownership as on the web, the one error shape in the caller's language,
orders and shipments, attachments checked by content, rate limits, the journal.
Every API answer is checked against the OpenAPI description."""

import io
from datetime import date, timedelta
from uuid import UUID

import pytest
from django.core import mail
from openapi_core import OpenAPI
from openapi_core.contrib.django import DjangoOpenAPIRequest, DjangoOpenAPIResponse
from PIL import Image

from api.models import Event
from messaging.models import Message, MessageState, Thread
from orders.models import OrderStatus
from tests.api.conftest import SECRET, client_credentials_token
from tests.factories import (
    MessageFactory,
    OfferFactory,
    OrderFactory,
    SellerFactory,
    ThreadFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


class Api:
    """The Django test client with a bearer token; every answer checked by the schema."""

    def __init__(self, client, token: str, openapi: OpenAPI, language: str = "en") -> None:
        self.client, self.openapi = client, openapi
        self.headers = {"Authorization": f"Bearer {token}", "Accept-Language": language}

    def _checked(self, response):
        self.openapi.validate_response(
            DjangoOpenAPIRequest(response.wsgi_request), DjangoOpenAPIResponse(response)
        )
        return response

    def get(self, path, params=None, **headers):
        return self._checked(
            self.client.get(f"/api/v1{path}", params or {}, headers={**self.headers, **headers})
        )

    def send(self, method, path, json=None, *, content=None, content_type=None, **headers):
        call = getattr(self.client, method)
        if content is not None:
            response = call(
                f"/api/v1{path}",
                content,
                content_type=content_type,
                headers={**self.headers, **headers},
            )
        else:
            response = call(
                f"/api/v1{path}",
                json,
                content_type="application/json",
                headers={**self.headers, **headers},
            )
        return self._checked(response)


@pytest.fixture
def openapi(openapi_schema):
    return OpenAPI.from_dict(openapi_schema)


@pytest.fixture
def api(client, seller_token, openapi):
    return Api(client, seller_token, openapi)


def _png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), "blue").save(buffer, format="PNG")
    return buffer.getvalue()


# --- who may call -------------------------------------------------------------------------


def test_an_invalid_or_missing_token_is_401(client, openapi):
    assert Api(client, "not-a-token", openapi).get("/messaging/threads").status_code == 401
    response = client.get("/api/v1/messaging/events")
    assert response.status_code == 401
    assert response.json()["errors"][0]["code"] == "UNAUTHORIZED"


def test_another_users_objects_are_404_as_if_they_did_not_exist(api, seller, other_user):
    stranger_seller = SellerFactory()
    foreign_order = OrderFactory(offer=OfferFactory(seller=stranger_seller), buyer=other_user)
    foreign_thread = ThreadFactory(buyer=other_user, order=foreign_order)
    foreign_message = MessageFactory(thread=foreign_thread)
    for path in (
        f"/messaging/threads/{foreign_thread.pk}",
        f"/messaging/threads/{foreign_thread.pk}/messages",
        f"/messaging/messages/{foreign_message.pk}",
        f"/order/checkout-forms/{foreign_order.pk}",
        "/messaging/threads/999999999",
        "/messaging/message-attachments/1",
    ):
        response = api.get(path)
        assert response.status_code == 404, path
        assert response.json()["errors"][0]["code"] == "NOT_FOUND"
    written = api.send(
        "post", f"/messaging/threads/{foreign_thread.pk}/messages", {"text": "Hello"}
    )
    assert written.status_code == 404
    assert not Message.objects.filter(thread=foreign_thread, author=seller).exists()


def test_a_token_without_the_scope_is_403_with_the_scope_it_needs(client, own_tool, openapi):
    token = client_credentials_token(client, own_tool, scope="messages:read")
    api = Api(client, token, openapi)
    assert api.get("/messaging/threads").status_code == 200
    refused = api.send("post", "/order/checkout-forms/1/shipments", {"carrierId": "dpd"})
    assert refused.status_code == 403
    [error] = refused.json()["errors"]
    assert error["details"] == {"requiredScopes": ["orders:write"]}


def test_a_revoked_token_stops_working_at_once(client, own_tool, openapi):
    token = client_credentials_token(client, own_tool)
    api = Api(client, token, openapi)
    assert api.get("/messaging/threads").status_code == 200
    revoked = client.post(
        "/auth/oauth/revoke_token/",
        {"token": token, "client_id": own_tool.client_id, "client_secret": SECRET},
    )
    assert revoked.status_code == 200
    assert api.get("/messaging/threads").status_code == 401


# --- errors in the caller's language -------------------------------------------------------


def test_the_user_message_is_in_the_accept_language(client, seller_token, openapi, thread):
    api = Api(client, seller_token, openapi, language="pl")
    response = api.send("post", f"/messaging/threads/{thread.pk}/messages", {"text": "   "})
    assert response.status_code == 422
    [error] = response.json()["errors"]
    assert error["code"] == "EMPTY"
    assert error["userMessage"] == "Zanim wyślesz, napisz wiadomość."
    assert Message.objects.filter(thread=thread).count() == 0


def test_a_malformed_parameter_is_a_400_naming_it(api):
    response = api.get("/messaging/threads", {"filter": "everything"})
    assert response.status_code == 400
    [error] = response.json()["errors"]
    assert error["code"] == "VALIDATION_ERROR" and error["details"] == {"fields": ["filter"]}
    assert api.get("/messaging/threads/0").status_code == 400
    assert api.get("/messaging/events", {"from": "x"}).status_code == 400


def test_over_the_sellers_limit_the_api_answers_429_with_retry_after(api, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "api_seller": "3/h"}
    for _ in range(3):
        assert api.get("/messaging/threads").status_code == 200
    api.headers["Accept-Language"] = "pl"
    refused = api.get("/messaging/threads")
    assert refused.status_code == 429
    assert int(refused["Retry-After"]) > 0
    [error] = refused.json()["errors"]
    assert error["code"] == "TOO_MANY_REQUESTS"
    assert error["userMessage"].startswith("Robisz to zbyt często.")


def _granted_token(application, user, raw: str) -> str:
    """A token `user` granted `application` (as the authorization code flow leaves one)."""
    from django.utils import timezone
    from oauth2_provider.models import AccessToken, set_token_value

    token = AccessToken(
        user=user,
        application=application,
        scope="messages:read",
        expires=timezone.now() + timedelta(hours=1),
    )
    set_token_value(token, raw)
    token.save()
    return raw


def test_over_the_applications_limit_every_seller_of_it_waits(
    client, openapi, settings, third_party_app
):
    settings.RATE_LIMITS = {
        **settings.RATE_LIMITS,
        "api_application": "3/h",
        "api_seller": "100/h",
    }
    first = Api(client, _granted_token(third_party_app, SellerFactory(), "tok-1"), openapi)
    second = Api(client, _granted_token(third_party_app, SellerFactory(), "tok-2"), openapi)
    assert first.get("/messaging/threads").status_code == 200
    assert second.get("/messaging/threads").status_code == 200
    assert first.get("/messaging/threads").status_code == 200
    refused = second.get("/messaging/threads")  # the fourth call of the application
    assert refused.status_code == 429 and int(refused["Retry-After"]) > 0


# --- messages --------------------------------------------------------------------------------


def test_a_new_thread_about_an_order_is_delivered_and_e_mailed_once(
    api, paid_order, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = api.send(
            "post",
            "/messaging/messages",
            {"order": {"id": paid_order.pk}, "text": "Dziękujemy za zakup, wysyłka jutro."},
        )
    assert response.status_code == 201
    body = response.json()
    assert body["status"] == "DELIVERED" and body["author"]["side"] == "seller"
    thread = Thread.objects.get(order=paid_order)
    assert body["thread"] == {"id": thread.pk}
    to_buyer = [m for m in mail.outbox if paid_order.buyer.email in m.to]
    assert len(to_buyer) == 1 and "wysyłka jutro" in to_buyer[0].body
    # The buyer sees it in their Message Center.
    assert thread.buyer_unread_count == 1
    got = api.get(f"/messaging/messages/{body['id']}").json()
    assert got["text"] == "Dziękujemy za zakup, wysyłka jutro."
    assert got["channel"] == "api"


def test_a_message_written_through_the_api_says_so_on_the_web(
    api, thread, seller, client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = api.send(
            "post", f"/messaging/threads/{thread.pk}/messages", {"text": "Z naszego ERP."}
        )
    assert response.status_code == 201 and response.json()["channel"] == "api"
    client.force_login(thread.buyer)
    page = client.get(f"/messages/{thread.pk}/").content.decode()
    assert "Z naszego ERP." in page
    assert '<span class="channel" title="Sent through">Seller API</span>' in page


def test_messages_are_paged_oldest_first_with_a_cursor_to_the_earlier_ones(api, thread):
    for number in range(30):
        MessageFactory(thread=thread, text=f"Question {number}")
    first = api.get(f"/messaging/threads/{thread.pk}/messages").json()
    assert [m["text"] for m in first["messages"]][-1] == "Question 29"
    assert len(first["messages"]) == 25
    earlier = api.get(
        f"/messaging/threads/{thread.pk}/messages", {"before": first["nextCursor"]}
    ).json()
    assert [m["text"] for m in earlier["messages"]] == [f"Question {n}" for n in range(5)]
    assert earlier["nextCursor"] is None


def test_thread_pages_follow_the_cursor_without_repeating_a_thread(api, seller):
    offer = OfferFactory(seller=seller)
    for _ in range(27):
        MessageFactory(thread=ThreadFactory(offer=offer, buyer=UserFactory()))
    first = api.get("/messaging/threads").json()
    second = api.get("/messaging/threads", {"after": first["nextCursor"]}).json()
    ids = [t["id"] for t in first["threads"]] + [t["id"] for t in second["threads"]]
    assert len(ids) == 27 == len(set(ids)) and second["nextCursor"] is None


def test_an_attachment_that_is_not_what_it_claims_is_refused_by_content(api):
    fake = b"MZ\x90\x00 this is a program, not a picture"
    declared = api.send(
        "post", "/messaging/message-attachments", {"fileName": "photo.png", "size": len(fake)}
    ).json()
    response = api.send(
        "put",
        f"/messaging/message-attachments/{declared['id']}",
        content=fake,
        content_type="image/png",
    )
    assert response.status_code == 422
    [error] = response.json()["errors"]
    assert "is not a JPEG, PNG, WebP or GIF image nor a PDF document" in error["userMessage"]


def test_an_attachment_larger_than_declared_or_over_the_limit_is_refused(api):
    image = _png()
    too_big = api.send(
        "post", "/messaging/message-attachments", {"fileName": "a.png", "size": 11 * 2**20}
    )
    assert too_big.status_code == 422
    declared = api.send(
        "post", "/messaging/message-attachments", {"fileName": "a.png", "size": 10}
    ).json()
    response = api.send(
        "put",
        f"/messaging/message-attachments/{declared['id']}",
        content=image,
        content_type="image/png",
    )
    assert response.status_code == 422
    assert response.json()["errors"][0]["code"] == "SIZE_MISMATCH"


def test_a_message_cannot_carry_someone_elses_upload(api, client, thread, openapi):
    other_seller = SellerFactory()
    from oauth2_provider.models import Application

    from tests.api.conftest import SECRET

    tool = Application.objects.create(
        name="Other",
        client_id="other-tool",
        client_secret=SECRET,
        user=other_seller,
        client_type=Application.CLIENT_CONFIDENTIAL,
        authorization_grant_type=Application.GRANT_CLIENT_CREDENTIALS,
    )
    theirs = Api(client, client_credentials_token(client, tool), openapi)
    image = _png()
    upload = theirs.send(
        "post", "/messaging/message-attachments", {"fileName": "x.png", "size": len(image)}
    ).json()
    put = api.send(
        "put",
        f"/messaging/message-attachments/{upload['id']}",
        content=image,
        content_type="image/png",
    )
    assert put.status_code == 404
    response = api.send(
        "post",
        f"/messaging/threads/{thread.pk}/messages",
        {"text": "See attached", "attachments": [{"id": upload["id"]}]},
    )
    assert response.status_code == 422
    assert response.json()["errors"][0]["code"] == "ATTACHMENT_NOT_UPLOADED"
    assert not Message.objects.filter(thread=thread).exists()


# --- orders and shipments ----------------------------------------------------------------


def test_checkout_forms_show_the_buyer_and_the_delivery_address_as_the_orders_tab(api, paid_order):
    listed = api.get("/order/checkout-forms").json()
    [form] = listed["checkoutForms"]
    assert form["id"] == paid_order.pk and form["status"] == OrderStatus.PAID
    address = paid_order.delivery_address
    assert form["delivery"]["address"]["street"] == address["street"]
    assert form["delivery"]["address"]["phoneNumber"] == address["phone"]
    if paid_order.pickup_point:  # a parcel-locker order: the locker the buyer chose
        point = form["delivery"]["pickupPoint"]
        assert point["id"] == paid_order.pickup_point["id"] == "KRA01M"
        assert point["address"] == {
            "street": "ul. Karmelicka 24",
            "zipCode": "31-128",
            "city": "Kraków",
            "countryCode": "PL",
        }
    assert form["buyer"]["login"] == paid_order.buyer.username
    assert form["buyer"]["email"].endswith(f"+{paid_order.transaction_id}@allegromail.pl")
    assert form["summary"]["totalToPay"]["currency"] == paid_order.currency
    assert api.get(f"/order/checkout-forms/{paid_order.pk}").json() == form
    assert api.get("/order/checkout-forms", {"status": "cancelled"}).json()["checkoutForms"] == []


def test_a_shipment_added_through_the_api_ships_the_order_and_is_in_the_journal(api, paid_order):
    before = api.get("/messaging/events").json()["lastEventId"]
    response = api.send(
        "post",
        f"/order/checkout-forms/{paid_order.pk}/shipments",
        {
            "carrierId": "inpost",
            "waybill": "620000000000000000000009",
            "expectedDelivery": (date.today() + timedelta(days=2)).isoformat(),
        },
    )
    assert response.status_code == 201
    paid_order.refresh_from_db()
    assert paid_order.status == OrderStatus.SHIPPED
    events = api.get("/messaging/events", {"from": before or "0"}).json()["events"]
    assert [(e["type"], e["data"].get("status")) for e in events] == [
        ("shipment.created", "label_created"),
        ("order.status_changed", "shipped"),
    ]
    duplicate = api.send(
        "post",
        f"/order/checkout-forms/{paid_order.pk}/shipments",
        {"carrierId": "inpost", "waybill": "620000000000000000000009"},
    )
    assert duplicate.status_code == 422
    assert duplicate.json()["errors"][0]["code"] == "DUPLICATE_TRACKING"


def test_the_journal_keeps_to_its_seller(api, other_user):
    stranger_seller = SellerFactory()
    OrderFactory(offer=OfferFactory(seller=stranger_seller), buyer=other_user)
    assert Event.objects.filter(user=stranger_seller, kind="order.created").exists()
    assert api.get("/messaging/events").json()["events"] == []


def test_a_blocked_message_is_in_its_authors_journal_and_never_delivered(api, thread):
    response = api.send(
        "post", f"/messaging/threads/{thread.pk}/messages", {"text": "Zadzwoń 601 234 567"}
    )
    assert response.status_code == 422
    message = Message.objects.get(thread=thread)
    assert message.state == MessageState.BLOCKED
    events = api.get("/messaging/events").json()["events"]
    assert [e["type"] for e in events] == ["order.created", "message.blocked"]
    event = events[-1]
    assert event["data"] == {
        "threadId": thread.pk,
        "messageId": message.pk,
        "stoppedBy": "message_rules",
    }


def test_attachments_declared_and_never_sent_are_swept_after_the_grace_period(
    api, settings, thread
):
    from datetime import timedelta

    from django.core.files.storage import default_storage
    from django.utils import timezone

    from api.models import AttachmentUpload
    from api.tasks import uploads_sweep

    image = _png()
    never_uploaded = api.send(
        "post", "/messaging/message-attachments", {"fileName": "a.png", "size": 10}
    ).json()
    uploaded = api.send(
        "post", "/messaging/message-attachments", {"fileName": "b.png", "size": len(image)}
    ).json()
    api.send(
        "put",
        f"/messaging/message-attachments/{uploaded['id']}",
        content=image,
        content_type="image/png",
    )
    fresh = api.send(
        "post", "/messaging/message-attachments", {"fileName": "c.png", "size": 10}
    ).json()
    stored = AttachmentUpload.objects.get(pk=uploaded["id"]).file.name
    assert default_storage.exists(stored)
    # two of them were declared a day and an hour ago (the grace period is 24 h)
    AttachmentUpload.objects.filter(pk__in=[never_uploaded["id"], uploaded["id"]]).update(
        created_at=timezone.now() - timedelta(hours=settings.API_UPLOAD_GRACE_HOURS, minutes=1)
    )
    assert uploads_sweep() == 2
    assert not default_storage.exists(stored)
    for gone in (never_uploaded, uploaded):
        refused = api.send(
            "post",
            f"/messaging/threads/{thread.pk}/messages",
            {"text": "See attached", "attachments": [{"id": gone["id"]}]},
        )
        assert refused.status_code == 422
    assert list(AttachmentUpload.objects.values_list("pk", flat=True)) == [UUID(fresh["id"])]
