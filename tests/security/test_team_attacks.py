"""A seller's team under attack: what a malicious team member, a deactivated one, another
seller, a buyer and an anonymous visitor try, and what each of them is refused.

Each test is one attack; it asserts what the attacker gets (404, 403, 410, 429, a sign-in
page) and that nothing changed for the victim.
"""

import io
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from oauth2_provider.models import Application

from accounts import team
from accounts.models import TeamMember, User
from messaging.models import Message, Thread
from messaging.services import message_submit
from outbox.models import OutboundEmail
from tests.factories import (
    DeliveryAddressFactory,
    OfferFactory,
    OrderFactory,
    SellerFactory,
    ThreadFactory,
)
from translation.models import MessageTranslation, TranslationStatus

pytestmark = pytest.mark.django_db


@pytest.fixture
def png_upload():
    from PIL import Image

    def make(name="photo.png"):
        buffer = io.BytesIO()
        Image.new("RGB", (40, 30), (255, 90, 0)).save(buffer, "PNG")
        return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")

    return make


PASSWORD = "correct-horse-battery-42"
SECRET_WORDS = "Where is my own parcel, love?"


def _member(seller, *, username="ewa", name="Ewa Kowalska", messages=True, orders=False):
    invited = team.team_member_invite(
        seller=seller,
        name=name,
        email=f"{username}@shop.example",
        can_messages=messages,
        can_orders=orders,
    )
    return team.team_invitation_accept(
        token=invited.invitation_token, username=username, password=PASSWORD, language="en"
    )


def _link_path(email: str) -> str:
    row = OutboundEmail.objects.filter(kind=team.TEAM_INVITATION, to=[email]).latest("pk")
    return "/" + re.search(r"https?://[^/\s]+/(team/join/\S+/)", row.body).group(1)


def _as(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def shop_thread(thread, buyer):
    """The buyer's order conversation with the shop, their question delivered."""
    message_submit(thread=thread, author=buyer, text="Is my parcel on its way?")
    return thread


@pytest.fixture
def purchase(seller):
    """The shop owner's own purchase from another shop: private to the owner."""
    other_shop = SellerFactory()
    order = OrderFactory(
        buyer=seller,
        offer=OfferFactory(seller=other_shop),
        address=DeliveryAddressFactory(buyer=seller),
    )
    private = ThreadFactory(buyer=seller, order=order)
    mine = message_submit(thread=private, author=seller, text=SECRET_WORDS)
    theirs = message_submit(thread=private, author=other_shop, text="It left today.")
    return order, private, mine, theirs


# --- the owner's own purchases ----------------------------------------------------------


def test_a_member_reaches_none_of_the_owners_purchases_by_address(
    seller, purchase, shop_thread, png_upload
):
    order, private, _mine, theirs = purchase
    owner = _as(seller)
    owner.post(
        reverse("messaging:thread_reply", args=[private.pk]),
        {"text": "a photo of the box", "attachments": [png_upload("box.png")]},
    )
    attachment = Message.objects.get(text="a photo of the box").attachments.get()
    translated = MessageTranslation.objects.create(
        message=theirs,
        recipient=seller,
        target_language="en",
        source_language="pl",
        status=TranslationStatus.DONE,
        text="It left today (translated).",
    )
    member = _as(_member(seller, orders=True))

    gets = [
        reverse("messaging:thread_detail", args=[private.pk]),
        reverse("messaging:thread_poll", args=[private.pk]),
        reverse("messaging:thread_context", args=[private.pk]),
        reverse("messaging:template_picker", args=[private.pk]),
        reverse("messaging:attachment", args=[attachment.pk]),
        reverse("translation:message_translation", args=[theirs.pk]),
        reverse("moderation:message_report", args=[theirs.pk]),
        reverse("orders:order_detail", args=[order.pk]),
        reverse("messaging:ask_order", args=[order.pk]),
        reverse("orders:payment_start", args=[order.pk]),
    ]
    for url in gets:
        assert member.get(url).status_code == 404, url
    posts = {
        reverse("messaging:thread_reply", args=[private.pk]): {"text": "hello from Ewa"},
        reverse("messaging:thread_note", args=[private.pk]): {"text": "note by Ewa"},
        reverse("messaging:thread_assign", args=[private.pk]): {"assignee": seller.pk},
        reverse("messaging:thread_action", args=[private.pk]): {"action": "archive"},
        reverse("orders:shipment_create", args=[order.pk]): {"carrier": "inpost"},
        reverse("orders:order_buyer_details_report", args=[order.pk]): {"reasons": ["phone"]},
        reverse("translation:report", args=[translated.pk]): {"comment": "wrong"},
        reverse("moderation:message_report", args=[theirs.pk]): {
            "category": "off_platform",
            "description": "x",
        },
    }
    for url, data in posts.items():
        assert member.post(url, data).status_code == 404, url
    assert not translated.reports.exists()

    # A bulk action naming the private thread's id changes nothing there.
    member.post(reverse("messaging:thread_bulk"), {"action": "archive", "thread": [private.pk]})
    private.refresh_from_db()
    assert not private.buyer_archived and not private.seller_archived
    assert not private.notes.exists()
    assert not Message.objects.filter(thread=private, text="hello from Ewa").exists()

    # Not listed, not searchable, not counted.
    for url in (
        reverse("messaging:thread_list"),
        reverse("messaging:thread_list") + "?q=parcel",
        reverse("messaging:thread_list") + "?filter=archived",
        reverse("orders:seller_order_list"),
        reverse("orders:buyer_order_list"),
    ):
        page = member.get(url).content.decode()
        assert f'href="/messages/{private.pk}/"' not in page, url
        assert order.transaction_id not in page and "a photo of the box" not in page, url
    # The owner still sees it all.
    listed = owner.get(reverse("messaging:thread_list")).content.decode()
    assert f'href="/messages/{private.pk}/"' in listed


def test_a_members_api_token_acts_for_no_one_but_themselves(client, seller, purchase, shop_thread):
    """A member signs in to the panel, registers an "own tool" and asks the API: the token
    is theirs, not the shop's, so neither the shop's nor the owner's conversations show."""
    person = _member(seller, orders=True)
    application = Application.objects.create(
        name="Ewa's script",
        client_id="ewa-script",
        client_secret="ewa-secret-0123456789",
        user=person,
        client_type=Application.CLIENT_CONFIDENTIAL,
        authorization_grant_type=Application.GRANT_CLIENT_CREDENTIALS,
        algorithm="",
    )
    token = client.post(
        "/auth/oauth/token/",
        {
            "grant_type": "client_credentials",
            "client_id": application.client_id,
            "client_secret": "ewa-secret-0123456789",
            "scope": "messages:read orders:read",
        },
    ).json()["access_token"]
    headers = {"Authorization": f"Bearer {token}"}
    threads = client.get("/api/v1/messaging/threads", headers=headers)
    assert threads.status_code in (200, 403, 404)
    body = threads.content.decode()
    assert str(shop_thread.pk) not in re.findall(r'"id":\s*(\d+)', body)
    assert SECRET_WORDS not in body
    _order, private, mine, _theirs = purchase
    assert client.get(f"/api/v1/messaging/threads/{private.pk}", headers=headers).status_code in (
        403,
        404,
    )
    message = client.get(f"/api/v1/messaging/messages/{mine.pk}", headers=headers)
    assert message.status_code in (403, 404)

    # Deactivated: the same token stops working at once.
    team.team_member_deactivate(member=TeamMember.objects.get(member=person))
    assert client.get("/api/v1/messaging/threads", headers=headers).status_code == 401


# --- areas a member may not use ---------------------------------------------------------


def test_a_member_without_messages_reaches_no_message_center_url(
    seller, shop_thread, buyer, png_upload
):
    buyer_client = _as(buyer)
    buyer_client.post(
        reverse("messaging:thread_reply", args=[shop_thread.pk]),
        {"text": "the scratch", "attachments": [png_upload("scratch.png")]},
    )
    received = Message.objects.get(text="the scratch")
    attachment = received.attachments.get()
    translation = MessageTranslation.objects.create(
        message=received,
        recipient=seller,
        target_language="en",
        source_language="pl",
        status=TranslationStatus.DONE,
        text="THE SCRATCH IN ENGLISH",
    )
    clerk = _as(_member(seller, username="olek", name="Olek Nowak", messages=False, orders=True))

    gets = [
        reverse("messaging:thread_list"),
        reverse("messaging:thread_list") + "?partial=1",
        reverse("messaging:unread_badge"),
        reverse("messaging:thread_list_poll"),
        reverse("messaging:template_list"),
        reverse("messaging:template_create"),
        reverse("messaging:thread_detail", args=[shop_thread.pk]),
        reverse("messaging:thread_poll", args=[shop_thread.pk]),
        reverse("messaging:thread_context", args=[shop_thread.pk]),
        reverse("messaging:template_picker", args=[shop_thread.pk]),
        reverse("messaging:attachment", args=[attachment.pk]),
        # outside /messages/, still the Message Center's content
        reverse("translation:message_translation", args=[received.pk]),
        reverse("moderation:message_report", args=[received.pk]),
    ]
    for url in gets:
        response = clerk.get(url, headers={"HX-Request": "true"})
        assert response.status_code == 403, url
        assert "THE SCRATCH" not in response.content.decode()
    posts = {
        reverse("messaging:thread_reply", args=[shop_thread.pk]): {"text": "by Olek"},
        reverse("messaging:thread_note", args=[shop_thread.pk]): {"text": "Olek's note"},
        reverse("messaging:thread_assign", args=[shop_thread.pk]): {"assignee": seller.pk},
        reverse("messaging:thread_action", args=[shop_thread.pk]): {"action": "archive"},
        reverse("messaging:thread_bulk"): {"action": "archive", "thread": [shop_thread.pk]},
        reverse("translation:report", args=[translation.pk]): {"comment": "bad"},
        reverse("moderation:message_report", args=[received.pk]): {
            "category": "off_platform",
            "description": "x",
        },
    }
    for url, data in posts.items():
        assert clerk.post(url, data).status_code == 403, url
    shop_thread.refresh_from_db()
    assert not shop_thread.seller_archived and shop_thread.assigned_to_id is None
    assert not shop_thread.notes.exists()
    assert not Message.objects.filter(text="by Olek").exists()
    assert not translation.reports.exists()


def test_the_order_page_shows_no_conversation_to_a_member_without_messages(
    seller, shop_thread, order
):
    clerk = _as(_member(seller, username="olek", name="Olek Nowak", messages=False, orders=True))
    page = clerk.get(reverse("orders:order_detail", args=[order.pk]))
    assert page.status_code == 200
    text = page.content.decode()
    assert order.transaction_id in text
    assert "Is my parcel on its way?" not in text
    # The seller still reads the conversation's latest messages there.
    owner_page = _as(seller).get(reverse("orders:order_detail", args=[order.pk]))
    assert "Is my parcel on its way?" in owner_page.content.decode()


def test_a_member_without_orders_reaches_no_order_or_shipment_url(seller, order, shop_thread):
    from tests.factories import order_pay, order_ship

    order_pay(order)
    shipment = order_ship(order)
    writer = _as(_member(seller))
    urls = {
        reverse("orders:seller_order_list"): "get",
        reverse("orders:order_detail", args=[order.pk]): "get",
        reverse("orders:shipment_create", args=[order.pk]): "post",
        reverse("orders:shipment_status", args=[shipment.pk]): "post",
        reverse("orders:order_buyer_details_report", args=[order.pk]): "post",
    }
    for url, method in urls.items():
        response = getattr(writer, method)(url, {"carrier": "inpost", "reasons": ["phone"]})
        assert response.status_code == 403, url
    assert order.shipments.count() == 1


def test_owner_only_pages_are_not_found_for_a_member(seller):
    member = _as(_member(seller, orders=True))
    for url in (
        reverse("team_settings"),
        reverse("communication_settings"),
        reverse("allina_seller:quality"),
        reverse("api:application_list"),
        reverse("api:webhook_list"),
    ):
        assert member.get(url).status_code == 404, url
    assert member.post(reverse("seller_email_new"), {"email": "x@evil.example"}).status_code in (
        403,
        404,
    )
    assert not seller.email_addresses.filter(email="x@evil.example").exists()
    assert member.post(
        reverse("api:webhook_list"), {"url": "https://evil.example/hook"}
    ).status_code in (403, 404)
    assert not Application.objects.exists()


# --- privilege escalation ---------------------------------------------------------------


def test_a_member_cannot_manage_the_team_or_reactivate_themselves(seller):
    person = _member(seller)
    mine = TeamMember.objects.get(member=person)
    colleague = _member(seller, username="olek", name="Olek Nowak")
    theirs = TeamMember.objects.get(member=colleague)
    attacker = _as(person)

    response = attacker.post(
        reverse("team_settings"),
        {"name": "Mallory", "email": "mallory@evil.example", "can_orders": "on"},
    )
    assert response.status_code == 404
    for name in ("team_member_permissions", "team_member_deactivate", "team_invitation_resend"):
        for target in (mine, theirs):
            data = {f"m{target.pk}-can_messages": "on", f"m{target.pk}-can_orders": "on"}
            assert attacker.post(reverse(name, args=[target.pk]), data).status_code == 404
    mine.refresh_from_db()
    theirs.refresh_from_db()
    assert not mine.can_orders and not theirs.can_orders
    assert theirs.is_active
    assert not TeamMember.objects.filter(email="mallory@evil.example").exists()

    team.team_member_deactivate(member=mine)
    assert attacker.post(reverse("team_member_reactivate", args=[mine.pk])).status_code == 302
    assert attacker.get(reverse("messaging:thread_list")).url.startswith(reverse("login"))
    mine.refresh_from_db()
    assert mine.deactivated_at is not None
    assert not User.objects.get(pk=person.pk).is_active


def test_another_seller_cannot_touch_my_team(seller):
    membership = TeamMember.objects.get(member=_member(seller))
    rival = _as(SellerFactory())
    for name in (
        "team_member_permissions",
        "team_member_deactivate",
        "team_member_reactivate",
        "team_invitation_resend",
    ):
        assert rival.post(reverse(name, args=[membership.pk])).status_code == 404
    membership.refresh_from_db()
    assert membership.is_active and membership.can_messages
    assert rival.get(reverse("team_settings")).content.decode().count("Ewa Kowalska") == 0


def test_assignment_only_to_the_shops_active_people(seller, shop_thread, buyer):
    attacker = _as(_member(seller))
    rival_seller = SellerFactory()
    rival_member = _member(rival_seller, username="rivalm", name="Rival Member")
    gone = _member(seller, username="gone", name="Gone Person")
    team.team_member_deactivate(member=TeamMember.objects.get(member=gone))
    url = reverse("messaging:thread_assign", args=[shop_thread.pk])
    for foreign in (buyer.pk, rival_seller.pk, rival_member.pk, gone.pk, 0, -1):
        attacker.post(url, {"assignee": foreign})
        shop_thread.refresh_from_db()
        assert shop_thread.assigned_to_id is None, foreign
    for junk in ("abc", "1" * 40, "\x00", "9" * 4000):
        assert attacker.post(url, {"assignee": junk}).status_code == 302
    shop_thread.refresh_from_db()
    assert shop_thread.assigned_to_id is None
    assert not OutboundEmail.objects.filter(kind="thread_assigned").exists()
    # The rival shop's member cannot assign my conversation either.
    assert _as(rival_member).post(url, {"assignee": rival_member.pk}).status_code == 404


# --- invitation links -------------------------------------------------------------------


def test_invitation_links_die_on_resend_cancel_and_deactivation(client, seller):
    owner = _as(seller)
    owner.post(
        reverse("team_settings"),
        {"name": "Ewa Kowalska", "email": "ewa@shop.example", "can_messages": "on"},
    )
    first = _link_path("ewa@shop.example")
    membership = TeamMember.objects.get()
    owner.post(reverse("team_invitation_resend", args=[membership.pk]))
    second = _link_path("ewa@shop.example")
    assert first != second
    data = {"username": "ewa", "password1": PASSWORD, "password2": PASSWORD, "language": "en"}
    assert client.post(first, data).status_code == 410
    assert not User.objects.filter(username="ewa").exists()

    # Someone signed in (the seller, a buyer) cannot use a link to add a login.
    assert owner.post(second, data).status_code == 409
    assert not User.objects.filter(username="ewa").exists()

    assert client.post(second, data).status_code == 302
    client.logout()
    owner.post(reverse("team_member_deactivate", args=[membership.pk]))
    response = client.post(second, {**data, "username": "ewa2"})
    assert response.status_code == 410
    assert not User.objects.filter(username="ewa2").exists()
    # After deactivation "Invite again" does not revive the old person's link.
    owner.post(reverse("team_invitation_resend", args=[membership.pk]))
    assert OutboundEmail.objects.filter(kind=team.TEAM_INVITATION).count() == 2


def test_an_invitation_cancelled_mid_join_adds_no_login(seller):
    """The seller cancels while the person is on the join page: their form, sent after,
    makes no account (the cancel landing mid-join: the PostgreSQL test below)."""
    invited = team.team_member_invite(
        seller=seller, name="Ewa", email="ewa@shop.example", can_messages=True, can_orders=False
    )
    team.team_member_deactivate(member=TeamMember.objects.get(pk=invited.pk))
    with pytest.raises(Exception) as refused:
        team.team_invitation_accept(
            token=invited.invitation_token, username="ewa", password=PASSWORD, language="en"
        )
    assert "not valid" in str(refused.value.message)
    assert not User.objects.filter(username="ewa").exists()


def test_guessing_invitation_tokens_is_rate_limited(client):
    """Links are 256-bit random tokens; a POST per guess is also limited per address."""
    data = {"username": "guess", "password1": PASSWORD, "password2": PASSWORD, "language": "en"}
    statuses = [
        client.post(reverse("team_join", args=[f"guess-{n}"]), data).status_code for n in range(11)
    ]
    assert statuses[:10] == [410] * 10
    assert statuses[-1] == 429
    assert not User.objects.filter(username="guess").exists()


# --- deactivated members ----------------------------------------------------------------


def test_a_deactivated_members_open_session_is_signed_out_everywhere(seller, order, shop_thread):
    person = _member(seller, orders=True)
    session = _as(person)
    assert session.get(reverse("messaging:thread_list")).status_code == 200
    team.team_member_deactivate(member=TeamMember.objects.get(member=person))
    for url in (
        reverse("messaging:thread_list"),
        reverse("messaging:thread_list_poll"),
        reverse("messaging:thread_detail", args=[shop_thread.pk]),
        reverse("orders:order_detail", args=[order.pk]),
        reverse("orders:seller_order_list"),
    ):
        response = session.get(url)
        assert response.status_code == 302 and response.url.startswith(reverse("login")), url
    response = session.post(
        reverse("messaging:thread_reply", args=[shop_thread.pk]), {"text": "still here"}
    )
    assert response.status_code == 302 and response.url.startswith(reverse("login"))
    assert not Message.objects.filter(text="still here").exists()


def test_a_member_of_a_closed_shop_works_in_no_panel(seller, shop_thread):
    person = _member(seller)
    User.objects.filter(pk=seller.pk).update(is_active=False)
    session = _as(person)
    page = session.get(reverse("messaging:thread_list")).content.decode()
    assert "Is my parcel on its way?" not in page
    detail = session.get(reverse("messaging:thread_detail", args=[shop_thread.pk]))
    assert detail.status_code == 404


# --- CSRF and rate limits on the new writes ---------------------------------------------


def test_every_team_form_needs_the_csrf_token(seller, shop_thread):
    person = _member(seller)
    membership = TeamMember.objects.get(member=person)
    forged = Client(enforce_csrf_checks=True)
    forged.force_login(seller)
    posts = {
        reverse("team_settings"): {"name": "Mallory", "email": "m@evil.example"},
        reverse("team_member_permissions", args=[membership.pk]): {
            f"m{membership.pk}-can_orders": "on"
        },
        reverse("team_member_deactivate", args=[membership.pk]): {},
        reverse("team_member_reactivate", args=[membership.pk]): {},
        reverse("team_invitation_resend", args=[membership.pk]): {},
        reverse("messaging:thread_assign", args=[shop_thread.pk]): {"assignee": person.pk},
    }
    for url, data in posts.items():
        assert forged.post(url, data).status_code == 403, url
    membership.refresh_from_db()
    assert membership.is_active and not membership.can_orders
    shop_thread.refresh_from_db()
    assert shop_thread.assigned_to_id is None
    assert not TeamMember.objects.filter(email="m@evil.example").exists()

    invited = team.team_member_invite(
        seller=seller, name="Olek", email="olek@shop.example", can_messages=True, can_orders=False
    )
    anonymous = Client(enforce_csrf_checks=True)
    join = reverse("team_join", args=[invited.invitation_token])
    data = {"username": "olek", "password1": PASSWORD, "password2": PASSWORD, "language": "en"}
    assert anonymous.post(join, data).status_code == 403
    assert not User.objects.filter(username="olek").exists()


def test_team_writes_are_rate_limited(seller, shop_thread):
    owner = _as(seller)
    statuses = [
        owner.post(
            reverse("team_settings"),
            {"name": f"P {n}", "email": f"p{n}@shop.example", "can_messages": "on"},
        ).status_code
        for n in range(21)
    ]
    assert statuses[:20] == [302] * 20 and statuses[-1] == 429
    assert TeamMember.objects.count() == 20

    person = User.objects.get(pk=_member_joined_after_limit(seller))
    member = _as(person)
    url = reverse("messaging:thread_assign", args=[shop_thread.pk])
    statuses = [member.post(url, {"assignee": ""}).status_code for _ in range(61)]
    assert statuses[-1] == 429

    membership = TeamMember.objects.get(member=person)
    url = reverse("team_member_permissions", args=[membership.pk])
    statuses = [owner.post(url, {}).status_code for _ in range(61)]
    assert statuses[:60] == [302] * 60 and statuses[-1] == 429


def _member_joined_after_limit(seller) -> int:
    first = TeamMember.objects.filter(seller=seller).order_by("pk").first()
    token = team._invitation_send(first)
    return team.team_invitation_accept(
        token=token, username="ratelimited", password=PASSWORD, language="en"
    ).pk


# --- what the buyer sees ----------------------------------------------------------------


def test_a_members_name_reaches_the_buyer_nowhere(seller, shop_thread, buyer):
    person = _member(seller, username="ewa_k", name="Ewa Kowalska")
    member = _as(person)
    member.post(reverse("messaging:thread_reply", args=[shop_thread.pk]), {"text": "Sent today."})
    member.post(reverse("messaging:thread_note", args=[shop_thread.pk]), {"text": "Called her"})
    member.post(reverse("messaging:thread_assign", args=[shop_thread.pk]), {"assignee": person.pk})

    for row in OutboundEmail.objects.exclude(to=[person.email]):
        text = f"{row.subject}\n{row.body}\n{row.to}\n{getattr(row, 'html', '')}"
        for leak in ("Ewa", "Kowalska", "ewa_k", person.email):
            assert leak not in text, (row.kind, leak)
    buyer_client = _as(buyer)
    for url in (
        reverse("messaging:thread_list"),
        reverse("messaging:thread_detail", args=[shop_thread.pk]),
        reverse("messaging:thread_context", args=[shop_thread.pk]),
        reverse("orders:order_detail", args=[shop_thread.order_id]),
        reverse("messaging:thread_poll", args=[shop_thread.pk]) + "?after=0",
    ):
        page = buyer_client.get(url).content.decode()
        for leak in ("Ewa", "Kowalska", "ewa_k", "Called her", "written by", "Assigned"):
            assert leak not in page, (url, leak)


# --- bad input --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name,email",
    [
        ("Ewa\x00", "ewa@shop.example"),
        ("Ewa", "ewa\x00@shop.example"),
        ("E" * 100_000, "ewa@shop.example"),
        ("Ewa", "e" * 100_000 + "@shop.example"),
        ("   ", "ewa@shop.example"),
        ("Ewa", "not an address"),
    ],
)
def test_bad_invitation_input_gets_a_form_error_not_a_500(seller, name, email):
    response = _as(seller).post(
        reverse("team_settings"), {"name": name, "email": email, "can_messages": "on"}
    )
    assert response.status_code == 422
    assert not TeamMember.objects.exists()
    assert not OutboundEmail.objects.exists()


def test_bad_ids_and_checkboxes_on_team_urls_are_not_500(seller, shop_thread):
    owner = _as(seller)
    membership = TeamMember.objects.get(member=_member(seller))
    huge = 10**30
    for name in (
        "team_member_permissions",
        "team_member_deactivate",
        "team_member_reactivate",
        "team_invitation_resend",
    ):
        assert owner.post(reverse(name, args=[huge])).status_code == 404
    assert owner.post(reverse("messaging:thread_assign", args=[huge])).status_code == 404
    response = owner.post(
        reverse("team_member_permissions", args=[membership.pk]),
        {
            f"m{membership.pk}-can_messages": "\x00" * 10,
            f"m{membership.pk}-can_orders": "x" * 10**5,
        },
    )
    assert response.status_code == 302
    anonymous = Client()
    assert anonymous.get(reverse("team_join", args=["\x00" * 3])).status_code == 410
    assert anonymous.get("/team/join/" + "A" * 5000 + "/").status_code == 410


def test_huge_join_input_is_refused_politely(client, seller):
    invited = team.team_member_invite(
        seller=seller, name="Ewa", email="ewa@shop.example", can_messages=True, can_orders=False
    )
    join = reverse("team_join", args=[invited.invitation_token])
    response = client.post(
        join,
        {
            "username": "u" * 100_000,
            "password1": "p" * 100_000,
            "password2": "p" * 100_000,
            "language": "en",
        },
    )
    assert response.status_code == 422
    assert not User.objects.filter(is_team_member=True).exists()
    assert Thread.objects.count() == 0


# --- more of the owner's and other shops' things -----------------------------------------


def test_allina_panels_of_the_owners_purchases_stay_the_owners(seller, purchase):
    from allina.models import Question

    _order, _private, mine, _theirs = purchase
    question = Question.objects.get(message=mine)  # Allina's record of the owner's question
    assert _as(seller).get(reverse("allina:question_panel", args=[question.pk])).status_code in (
        200,
        302,
    )
    member = _as(_member(seller, orders=True))
    assert member.get(reverse("allina:question_panel", args=[question.pk])).status_code == 404
    response = member.post(
        reverse("allina:question_choose", args=[question.pk]), {"choice": "seller"}
    )
    assert response.status_code == 404
    before = question.choice
    question.refresh_from_db()
    assert question.choice == before


def test_reply_templates_of_another_shop_are_not_found(seller):
    from messaging.reply_templates import reply_template_save

    rival = SellerFactory()
    theirs = reply_template_save(seller=rival, name="Rival's", body="Rival text", variants={})
    member = _as(_member(seller))
    assert member.get(reverse("messaging:template_edit", args=[theirs.pk])).status_code == 404
    edit = member.post(
        reverse("messaging:template_edit", args=[theirs.pk]), {"name": "x", "body": "x"}
    )
    assert edit.status_code == 404
    delete = member.post(reverse("messaging:template_delete", args=[theirs.pk]))
    assert delete.status_code == 404
    theirs.refresh_from_db()
    assert theirs.name == "Rival's"
    listed = member.get(reverse("messaging:template_list")).content.decode()
    assert "Rival text" not in listed and "Rival&#x27;s" not in listed


def test_a_member_cannot_change_the_owners_addresses_or_settings(seller):
    from accounts.models import CommunicationSettings, SellerEmailAddress
    from accounts.services import seller_email_add

    extra = seller_email_add(seller=seller, email="orders@shop.example", verified=True)
    member = _as(_member(seller, orders=True))
    for url in (
        reverse("seller_email_set_primary", args=[extra.pk]),
        reverse("seller_email_remove", args=[extra.pk]),
    ):
        assert member.post(url).status_code == 404, url
    extra.refresh_from_db()
    assert extra.removed_at is None and not extra.is_primary
    assert SellerEmailAddress.objects.filter(seller=seller, removed_at__isnull=True).count() >= 1
    before = CommunicationSettings.objects.get(user=seller).allina_enabled
    response = member.post(reverse("communication_settings"), {"allina_enabled": "on"})
    assert response.status_code == 404
    assert CommunicationSettings.objects.get(user=seller).allina_enabled == before


def test_the_buyer_is_mailed_the_shops_reply_without_the_members_name(seller, shop_thread, buyer):
    person = _member(seller, username="ewa_k", name="Ewa Kowalska")
    _as(person).post(
        reverse("messaging:thread_reply", args=[shop_thread.pk]), {"text": "On its way."}
    )
    mailed = [row for row in OutboundEmail.objects.all() if buyer.email in row.to]
    assert mailed, "the buyer is told of the shop's reply"
    for row in mailed:
        text = f"{row.subject}\n{row.body}\n{row.from_email if hasattr(row, 'from_email') else ''}"
        assert "On its way." in text or "message" in text.lower()
        for leak in ("Ewa", "Kowalska", "ewa_k", person.email):
            assert leak not in text, (row.kind, leak)


def test_the_context_panel_gives_a_member_without_orders_no_other_orders(
    seller, shop_thread, buyer, order
):
    earlier = OrderFactory(buyer=buyer, offer=OfferFactory(seller=seller))
    url = reverse("messaging:thread_context", args=[shop_thread.pk])
    owner_panel = _as(seller).get(url).content.decode()
    assert earlier.transaction_id in owner_panel
    assert reverse("orders:order_detail", args=[order.pk]) in owner_panel

    writer = _as(_member(seller))
    panel = writer.get(url)
    assert panel.status_code == 200
    text = panel.content.decode()
    assert order.transaction_id in text  # the conversation's own order, in brief
    assert earlier.transaction_id not in text
    assert reverse("orders:order_detail", args=[order.pk]) not in text
    assert writer.get(reverse("orders:order_detail", args=[order.pk])).status_code == 403

    clerk = _as(_member(seller, username="olek", name="Olek Nowak", orders=True))
    assert earlier.transaction_id in clerk.get(url).content.decode()


def test_a_members_name_is_text_wherever_the_seller_reads_it(seller, shop_thread):
    """The member picks their own name on their account page; it is shown to the seller
    (written by, assigned, notes, the assignment menu) as text, never as markup."""
    payload = '<img src=x onerror="alert(1)">'
    person = _member(seller)
    User.objects.filter(pk=person.pk).update(first_name=payload, last_name="")
    member = _as(person)
    member.post(reverse("messaging:thread_reply", args=[shop_thread.pk]), {"text": "Hi there"})
    member.post(reverse("messaging:thread_note", args=[shop_thread.pk]), {"text": "A note"})
    member.post(reverse("messaging:thread_assign", args=[shop_thread.pk]), {"assignee": person.pk})
    shop_thread.refresh_from_db()
    assert shop_thread.assigned_to_id == person.pk
    owner = _as(seller)
    for url in (
        reverse("messaging:thread_list"),
        reverse("messaging:thread_detail", args=[shop_thread.pk]),
        reverse("messaging:thread_poll", args=[shop_thread.pk]) + "?after=0",
    ):
        page = owner.get(url).content.decode()
        assert payload not in page, url
        assert "&lt;img src=x onerror=" in page, url  # shown, as text
    assert payload not in owner.get(reverse("team_settings")).content.decode()


def test_permission_changes_apply_to_the_next_request(seller, shop_thread, order):
    person = _member(seller, orders=True)
    membership = TeamMember.objects.get(member=person)
    member = _as(person)
    assert member.get(reverse("orders:seller_order_list")).status_code == 200
    owner = _as(seller)
    owner.post(
        reverse("team_member_permissions", args=[membership.pk]),
        {f"m{membership.pk}-can_messages": "on"},
    )
    assert member.get(reverse("orders:seller_order_list")).status_code == 403
    # Taking every area away is refused: the person keeps what they had.
    response = owner.post(reverse("team_member_permissions", args=[membership.pk]), {})
    assert response.status_code == 302
    membership.refresh_from_db()
    assert membership.can_messages and not membership.can_orders
    assert "Choose at least one area" in owner.get(reverse("team_settings")).content.decode()


def test_bulk_actions_and_template_fill_ignore_another_shops_ids(seller, buyer):
    from messaging.reply_templates import reply_template_save

    rival = SellerFactory()
    foreign = ThreadFactory(buyer=buyer, offer=OfferFactory(seller=rival))
    message_submit(thread=foreign, author=buyer, text="Rival's buyer asks")
    rival_template = reply_template_save(
        seller=rival, name="Secret", body="RIVAL TEMPLATE BODY", variants={}
    )
    ours = ThreadFactory(buyer=buyer, offer=OfferFactory(seller=seller))
    message_submit(thread=ours, author=buyer, text="Our buyer asks")
    member = _as(_member(seller))
    for action in ("archive", "read", "not_needed"):
        member.post(
            reverse("messaging:thread_bulk"), {"action": action, "thread": [foreign.pk, "x"]}
        )
    foreign.refresh_from_db()
    assert not foreign.seller_archived and foreign.seller_unread_count == 1
    assert not foreign.reply_not_needed
    fill = member.get(
        reverse("messaging:template_fill", args=[ours.pk]), {"template": rival_template.pk}
    )
    assert fill.status_code == 404
    assert "RIVAL TEMPLATE BODY" not in fill.content.decode()


def test_the_team_size_limit_holds_through_reactivation(seller):
    """Invite, let them join, deactivate, invite others, reactivate the first: the shop
    would pass the limit of people in its panel; reactivating is refused instead."""
    first = TeamMember.objects.get(member=_member(seller, username="first"))
    team.team_member_deactivate(member=first)
    for n in range(team.TEAM_SIZE_LIMIT):
        team.team_member_invite(
            seller=seller,
            name=f"P {n}",
            email=f"p{n}@shop.example",
            can_messages=True,
            can_orders=False,
        )
    owner = _as(seller)
    response = owner.post(reverse("team_member_reactivate", args=[first.pk]))
    assert response.status_code == 302
    first.refresh_from_db()
    assert first.deactivated_at is not None
    assert not User.objects.get(username="first").is_active
    page = owner.get(reverse("team_settings")).content.decode()
    assert f"A team has at most {team.TEAM_SIZE_LIMIT} people." in page
    assert (
        TeamMember.objects.filter(seller=seller, deactivated_at__isnull=True).count()
        == team.TEAM_SIZE_LIMIT
    )


@pytest.mark.django_db(transaction=True)
def test_a_cancel_that_lands_while_the_join_waits_for_the_row_adds_no_login():
    """The seller's cancel holds the invitation's row; the person's join has passed its
    first check and waits for the row lock; once the cancel commits, the join is refused
    (it looks again under the lock) and no login is made."""
    import threading
    import time

    from django.db import close_old_connections, connection, transaction
    from django.utils import timezone

    from core.exceptions import DomainError

    if connection.vendor != "postgresql":
        pytest.skip("row locks need PostgreSQL (SQLite serialises whole writes)")
    seller = SellerFactory()
    invited = team.team_member_invite(
        seller=seller, name="Ewa", email="ewa@shop.example", can_messages=True, can_orders=False
    )
    token = invited.invitation_token
    locked, outcome = threading.Event(), []

    def cancel():
        try:
            with transaction.atomic():
                row = TeamMember.objects.select_for_update().get(pk=invited.pk)
                locked.set()
                time.sleep(1.0)  # the join reads the row unlocked, then waits here
                row.deactivated_at = timezone.now()
                row.token_hash = ""
                row.save(update_fields=["deactivated_at", "token_hash"])
        finally:
            connection.close()

    def join():
        try:
            locked.wait(10)
            team.team_invitation_accept(
                token=token, username="ewa", password=PASSWORD, language="en"
            )
            outcome.append("joined")
        except DomainError as error:
            outcome.append(error.code)
        finally:
            close_old_connections()
            connection.close()

    workers = [threading.Thread(target=cancel), threading.Thread(target=join)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(30)
    assert outcome == ["invalid"]
    assert not User.objects.filter(username="ewa").exists()


def test_cancelling_a_pending_invitation_just_as_it_is_accepted_switches_the_login_off(
    seller, shop_thread
):
    """The seller's team page was read while Ewa was still invited; she joins; the seller
    then clicks "Cancel": the login she just made is switched off with the membership."""
    invited = team.team_member_invite(
        seller=seller, name="Ewa", email="ewa@shop.example", can_messages=True, can_orders=False
    )
    stale = TeamMember.objects.get(pk=invited.pk)  # as the seller's request read it
    person = team.team_invitation_accept(
        token=invited.invitation_token, username="ewa", password=PASSWORD, language="en"
    )
    team.team_member_deactivate(member=stale)
    assert not User.objects.get(pk=person.pk).is_active
    session = _as(person)
    response = session.get(reverse("messaging:thread_list"))
    assert response.status_code == 302 and response.url.startswith(reverse("login"))
