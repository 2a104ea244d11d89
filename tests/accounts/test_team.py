"""A seller's team: invitation, own logins, permissions, the seller's side only,
deactivation; and what buyers see of it (nothing but the shop)."""

import re
from datetime import timedelta

import pytest
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accounts import team
from accounts.models import TeamMember, User
from messaging.models import Message
from messaging.services import message_submit
from outbox.models import OutboundEmail
from tests.factories import (
    DeliveryAddressFactory,
    OfferFactory,
    OrderFactory,
    SellerFactory,
    ThreadFactory,
)

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "correct-horse-battery-42"


def _invite(client, *, name="Ewa Kowalska", email="ewa@shop.example", orders=False):
    data = {"name": name, "email": email, "can_messages": "on"}
    if orders:
        data["can_orders"] = "on"
    return client.post(reverse("team_settings"), data)


def _invitation_link(email: str) -> str:
    row = OutboundEmail.objects.filter(kind=team.TEAM_INVITATION, to=[email]).latest("pk")
    return re.search(r"https?://\S+/team/join/\S+/", row.body).group(0)


def _join(client, link: str, username="ewa", password=NEW_PASSWORD):
    path = link.split("://", 1)[1].split("/", 1)[1]
    return client.post(
        "/" + path,
        {"username": username, "password1": password, "password2": password, "language": "en"},
    )


@pytest.fixture
def thread(thread, buyer):
    """The buyer's order conversation, with their first message delivered to the shop."""
    message_submit(thread=thread, author=buyer, text="Is my parcel on its way?")
    return thread


@pytest.fixture
def member(client, seller):
    """Ewa, invited by the seller to the Message Center, joined with her own login."""
    client.force_login(seller)
    _invite(client)
    client.logout()
    _join(client, _invitation_link("ewa@shop.example"))
    client.logout()
    return User.objects.get(username="ewa")


def test_the_seller_invites_a_person_who_joins_with_their_own_login(client, seller, thread):
    client.force_login(seller)
    response = _invite(client)
    assert response.status_code == 302
    page = client.get(reverse("team_settings")).content.decode()
    assert "Ewa Kowalska" in page
    assert "Invited, not joined yet" in page
    email = OutboundEmail.objects.get(kind=team.TEAM_INVITATION)
    assert email.to == ["ewa@shop.example"]
    assert seller.username in email.subject or seller.get_full_name() in email.subject
    client.logout()

    link = _invitation_link("ewa@shop.example")
    assert client.get("/" + link.split("://", 1)[1].split("/", 1)[1]).status_code == 200
    response = _join(client, link)
    assert response.status_code == 302
    # Signed in as herself, in the seller's panel: home opens the Message Center.
    home = client.get(reverse("home"))
    assert home.status_code == 302
    assert home.url == reverse("messaging:thread_list")
    page = client.get(home.url).content.decode()
    assert thread.buyer.username in page
    assert "ewa" in page  # the header names who is signed in
    assert f"for {seller.display_name}" in page


def test_an_invitation_link_works_once(client, seller):
    client.force_login(seller)
    _invite(client)
    client.logout()
    link = _invitation_link("ewa@shop.example")
    _join(client, link)
    client.logout()
    response = _join(client, link, username="ewa2")
    assert response.status_code == 410
    assert "already used" in response.content.decode()
    assert not User.objects.filter(username="ewa2").exists()


def test_an_expired_invitation_says_so(client, seller):
    client.force_login(seller)
    _invite(client)
    client.logout()
    TeamMember.objects.update(invited_at=timezone.now() - timedelta(days=8))
    response = _join(client, _invitation_link("ewa@shop.example"))
    assert response.status_code == 410
    assert "expired" in response.content.decode()


def test_a_forged_link_is_not_valid(client):
    response = client.get(reverse("team_join", args=["not-a-real-token"]))
    assert response.status_code == 410
    assert "not valid" in response.content.decode()


def test_joining_with_a_taken_login_keeps_the_form(client, seller, buyer):
    client.force_login(seller)
    _invite(client)
    client.logout()
    response = _join(client, _invitation_link("ewa@shop.example"), username=buyer.username)
    assert response.status_code == 422
    assert "This login is taken" in response.content.decode()
    assert TeamMember.objects.get().accepted_at is None


def test_a_weak_password_is_refused_with_the_reason(client, seller):
    client.force_login(seller)
    _invite(client)
    client.logout()
    response = _join(client, _invitation_link("ewa@shop.example"), password="12345678")
    assert response.status_code == 422
    assert "too common" in response.content.decode()


def test_inviting_the_same_address_twice_is_refused(client, seller):
    client.force_login(seller)
    _invite(client)
    response = _invite(client, name="Ewa again", email="EWA@shop.example")
    assert response.status_code == 422
    assert "already in your team or invited" in response.content.decode()
    assert TeamMember.objects.count() == 1


def test_an_invitation_needs_an_area(client, seller):
    client.force_login(seller)
    response = client.post(reverse("team_settings"), {"name": "Nobody", "email": "n@shop.example"})
    assert response.status_code == 422
    assert "Choose at least one area" in response.content.decode()


def test_the_team_page_is_the_sellers_own(client, buyer, member):
    client.force_login(buyer)
    assert client.get(reverse("team_settings")).status_code == 404
    client.force_login(member)
    assert client.get(reverse("team_settings")).status_code == 404
    membership = TeamMember.objects.get()
    stranger = SellerFactory()
    client.force_login(stranger)
    url = reverse("team_member_deactivate", args=[membership.pk])
    assert client.post(url).status_code == 404
    membership.refresh_from_db()
    assert membership.is_active


def test_a_member_works_on_the_sellers_side_only(client, seller, member, thread):
    """The shop owner's own purchases stay private: not listed, 404 by address."""
    other_shop = SellerFactory()
    own_purchase = OrderFactory(
        buyer=seller,
        offer=OfferFactory(seller=other_shop),
        address=DeliveryAddressFactory(buyer=seller),
    )
    private = ThreadFactory(buyer=seller, order=own_purchase)
    message_submit(thread=private, author=seller, text="Where is my own parcel?")

    client.force_login(seller)
    assert (
        "Where is my own parcel?" in client.get(reverse("messaging:thread_list")).content.decode()
    )

    client.force_login(member)
    page = client.get(reverse("messaging:thread_list")).content.decode()
    assert thread.buyer.username in page
    assert other_shop.username not in page
    assert client.get(reverse("messaging:thread_detail", args=[private.pk])).status_code == 404
    reply = reverse("messaging:thread_reply", args=[private.pk])
    assert client.post(reply, {"text": "hi"}).status_code == 404


def test_a_members_reply_is_the_shops_and_the_seller_sees_who_wrote_it(
    client, seller, member, thread, buyer
):
    client.force_login(member)
    url = reverse("messaging:thread_reply", args=[thread.pk])
    response = client.post(url, {"text": "Shipped today, tracking follows."})
    assert response.status_code == 302
    message = Message.objects.get(text="Shipped today, tracking follows.")
    assert message.author_id == seller.pk
    assert message.sent_by_id == member.pk

    client.force_login(seller)
    page = client.get(reverse("messaging:thread_detail", args=[thread.pk])).content.decode()
    assert "written by Ewa Kowalska" in page

    client.force_login(buyer)
    page = client.get(reverse("messaging:thread_detail", args=[thread.pk])).content.decode()
    assert "Shipped today" in page
    assert "Ewa" not in page and "ewa" not in page.lower().split("shipped")[0][-200:]
    assert "written by" not in page


def test_permissions_close_areas_with_403_and_hide_them(client, seller, member, order):
    client.force_login(member)
    assert client.get(reverse("orders:seller_order_list")).status_code == 403
    assert client.get(reverse("orders:order_detail", args=[order.pk])).status_code == 403
    page = client.get(reverse("messaging:thread_list")).content.decode()
    assert reverse("orders:seller_order_list") not in page

    membership = TeamMember.objects.get()
    client.force_login(seller)
    client.post(
        reverse("team_member_permissions", args=[membership.pk]),
        {f"m{membership.pk}-can_orders": "on"},
    )
    client.force_login(member)
    assert client.get(reverse("messaging:thread_list")).status_code == 403
    response = client.get(reverse("orders:seller_order_list"))
    assert response.status_code == 200
    assert order.transaction_id in response.content.decode()
    assert client.get(reverse("orders:order_detail", args=[order.pk])).status_code == 200


def test_deactivation_signs_the_person_out_and_unassigns_their_conversations(
    client, seller, member, thread
):
    membership = TeamMember.objects.get()
    client.force_login(seller)
    client.post(reverse("messaging:thread_assign", args=[thread.pk]), {"assignee": member.pk})
    thread.refresh_from_db()
    assert thread.assigned_to_id == member.pk

    member_client = type(client)()
    member_client.force_login(member)
    assert member_client.get(reverse("messaging:thread_list")).status_code == 200

    response = client.post(reverse("team_member_deactivate", args=[membership.pk]))
    assert response.status_code == 302
    page = client.get(reverse("team_settings")).content.decode()
    assert "Former members" in page
    thread.refresh_from_db()
    assert thread.assigned_to_id is None

    response = member_client.get(reverse("messaging:thread_list"))
    assert response.status_code == 302
    assert reverse("login") in response.url
    sign_in = {"username": "ewa", "password": NEW_PASSWORD}
    assert member_client.post(reverse("login"), sign_in).status_code == 200  # refused

    client.post(reverse("team_member_reactivate", args=[membership.pk]))
    assert member_client.post(reverse("login"), sign_in).status_code == 302
    assert member_client.get(reverse("messaging:thread_list")).status_code == 200


def test_cancelling_an_invitation_kills_its_link(client, seller):
    client.force_login(seller)
    _invite(client)
    link = _invitation_link("ewa@shop.example")
    client.post(reverse("team_member_deactivate", args=[TeamMember.objects.get().pk]))
    client.logout()
    assert _join(client, link).status_code == 410
    assert not User.objects.filter(username="ewa").exists()


def test_assignment_filters_and_the_assignees_email(client, seller, member, thread, buyer):
    second = ThreadFactory(buyer=buyer, offer=OfferFactory(seller=seller))
    message_submit(thread=second, author=buyer, text="Do you have it in blue?")
    client.force_login(seller)
    page = client.get(reverse("messaging:thread_list")).content.decode()
    assert "Assigned to me" in page and "Unassigned" in page
    response = client.post(
        reverse("messaging:thread_assign", args=[thread.pk]), {"assignee": member.pk}
    )
    assert response.status_code == 302
    listed = client.get(reverse("messaging:thread_list")).content.decode()
    assert listed.count("Assigned: Ewa Kowalska") == 1  # on the assigned row only
    email = OutboundEmail.objects.get(kind="thread_assigned")
    assert email.to == ["ewa@shop.example"]
    assert reverse("messaging:thread_detail", args=[thread.pk]) in email.body

    client.force_login(member)
    mine = client.get(reverse("messaging:thread_list") + "?filter=mine").content.decode()
    assert f"/messages/{thread.pk}/" in mine
    assert f"/messages/{second.pk}/" not in mine
    unassigned = client.get(reverse("messaging:thread_list") + "?filter=unassigned")
    assert f"/messages/{second.pk}/" in unassigned.content.decode()
    assert f"/messages/{thread.pk}/" not in unassigned.content.decode()

    # Assigning yourself sends no e-mail.
    client.post(reverse("messaging:thread_assign", args=[second.pk]), {"assignee": member.pk})
    assert OutboundEmail.objects.filter(kind="thread_assigned").count() == 1


def test_only_the_team_can_be_assigned_and_the_buyer_cannot_assign(
    client, seller, member, thread, buyer
):
    client.force_login(seller)
    client.post(reverse("messaging:thread_assign", args=[thread.pk]), {"assignee": buyer.pk})
    thread.refresh_from_db()
    assert thread.assigned_to_id is None
    client.force_login(buyer)
    response = client.post(
        reverse("messaging:thread_assign", args=[thread.pk]), {"assignee": buyer.pk}
    )
    assert response.status_code == 404
    page = client.get(reverse("messaging:thread_detail", args=[thread.pk])).content.decode()
    assert "Assigned to" not in page


def test_the_buyer_never_sees_whom_the_shop_assigned(client, seller, member, thread, buyer):
    client.force_login(seller)
    client.post(reverse("messaging:thread_assign", args=[thread.pk]), {"assignee": member.pk})
    client.force_login(buyer)
    for url in (
        reverse("messaging:thread_list"),
        reverse("messaging:thread_detail", args=[thread.pk]),
    ):
        page = client.get(url).content.decode()
        assert "Ewa" not in page and "Assigned" not in page


def test_a_solo_seller_sees_no_assignment(seller_client, thread):
    page = seller_client.get(reverse("messaging:thread_list")).content.decode()
    assert "Assigned to me" not in page
    page = seller_client.get(reverse("messaging:thread_detail", args=[thread.pk])).content
    assert b"Assigned to" not in page


def test_a_members_note_is_signed_with_their_name(client, seller, member, thread):
    client.force_login(member)
    client.post(reverse("messaging:thread_note", args=[thread.pk]), {"text": "Called the buyer"})
    client.force_login(seller)
    page = client.get(reverse("messaging:thread_detail", args=[thread.pk])).content.decode()
    assert "Ewa Kowalska" in page and "Called the buyer" in page


def test_another_tab_notices_an_assignment_or_an_archive(client, seller, member, thread):
    """The list's live refresh (204 while nothing changed) answers with the list again
    after a teammate assigns or archives in another tab."""
    client.force_login(seller)
    poll = reverse("messaging:thread_list_poll")
    marker = client.get(poll).headers["X-List-Marker"]
    assert client.get(poll, {"since": marker}).status_code == 204

    teammate = type(client)()
    teammate.force_login(member)
    teammate.post(reverse("messaging:thread_assign", args=[thread.pk]), {"assignee": member.pk})
    changed = client.get(poll, {"since": marker})
    assert changed.status_code == 200
    marker = changed.headers["X-List-Marker"]
    assert client.get(poll, {"since": marker}).status_code == 204

    teammate.post(reverse("messaging:thread_action", args=[thread.pk]), {"action": "archive"})
    assert client.get(poll, {"since": marker}).status_code == 200


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    username=st.text(max_size=200),
    password=st.text(max_size=200),
    language=st.text(max_size=10),
)
def test_any_join_input_gets_an_answer_not_a_500(client, seller, username, password, language):
    TeamMember.objects.all().delete()
    User.objects.filter(is_team_member=True).delete()
    cache.clear()  # each example is a new visitor, not the 11th try of one
    client.logout()
    member = team.team_member_invite(
        seller=seller, name="Ewa", email="ewa@shop.example", can_messages=True, can_orders=False
    )
    link = _invitation_link("ewa@shop.example")
    path = "/" + link.split("://", 1)[1].split("/", 1)[1]
    response = client.post(
        path,
        {"username": username, "password1": password, "password2": password, "language": language},
    )
    assert response.status_code in (302, 422)
    member.refresh_from_db()
    assert (response.status_code == 302) == (member.accepted_at is not None)


def test_the_invitation_email_names_the_shop_and_the_areas(client, seller):
    client.force_login(seller)
    _invite(client, orders=True)
    body = OutboundEmail.objects.get(kind=team.TEAM_INVITATION).body
    assert "Message Center: read and answer conversations" in body
    assert "Orders: see orders and add shipments" in body
    assert "7 days" in body


def test_a_member_reports_a_buyers_message_for_the_shop(client, seller, member, thread, buyer):
    from moderation.models import MessageReport
    from tests.moderation.conftest import image_bytes, upload

    received = Message.objects.get(thread=thread, author=buyer)
    client.force_login(member)
    page = client.get(reverse("messaging:thread_detail", args=[thread.pk])).content.decode()
    url = reverse("moderation:message_report", args=[received.pk])
    assert f'href="{url}"' in page  # the buyer's message is "theirs" to the shop's member
    response = client.post(
        url,
        {
            "category": "off_platform",
            "description": "Asks to pay outside the marketplace.",
            "screenshots": [upload(image_bytes())],
        },
    )
    assert response.status_code == 302
    report = MessageReport.objects.get()
    assert report.message_id == received.pk
    assert report.reporter_id == seller.pk  # the shop reports; its member clicked


def test_a_member_cannot_report_in_the_owners_own_purchases(client, seller, member):
    other_shop = SellerFactory()
    purchase = OrderFactory(
        buyer=seller,
        offer=OfferFactory(seller=other_shop),
        address=DeliveryAddressFactory(buyer=seller),
    )
    private = ThreadFactory(buyer=seller, order=purchase)
    answer = message_submit(thread=private, author=other_shop, text="Your parcel left today.")
    client.force_login(member)
    url = reverse("moderation:message_report", args=[answer.pk])
    assert client.get(url).status_code == 404
    client.force_login(seller)
    assert client.get(url).status_code == 200


def test_the_assignee_hears_of_the_buyers_next_message_once(client, seller, member, thread, buyer):
    client.force_login(seller)
    client.post(reverse("messaging:thread_assign", args=[thread.pk]), {"assignee": member.pk})
    message = message_submit(thread=thread, author=buyer, text="Any news about my parcel?")
    [notice] = OutboundEmail.objects.filter(kind="thread_assigned_new_message")
    assert notice.to == ["ewa@shop.example"]
    assert buyer.username in notice.body
    assert reverse("messaging:thread_detail", args=[thread.pk]) in notice.body
    assert notice.cause_id == message.pk
    # the shop's own reply tells nobody; a deactivated member hears nothing more
    message_submit(thread=thread, author=seller, text="It left today.")
    team.team_member_deactivate(member=TeamMember.objects.get())
    message_submit(thread=thread, author=buyer, text="Thanks!")
    assert OutboundEmail.objects.filter(kind="thread_assigned_new_message").count() == 1


def test_one_address_gets_at_most_three_invitations_an_hour_from_all_shops(client, seller):
    client.force_login(seller)
    for _number in range(3):
        _invite(client)
        TeamMember.objects.update(deactivated_at=timezone.now())  # cancelled: may ask again
    response = _invite(client)
    assert response.status_code == 429
    assert "Try again in" in response.content.decode()
    assert "Retry-After" in response
    other_shop = SellerFactory()
    client.force_login(other_shop)
    assert _invite(client).status_code == 429
    assert OutboundEmail.objects.filter(kind=team.TEAM_INVITATION).count() == 3
    assert _invite(client, email="someone.else@shop.example").status_code == 302


def test_the_shops_people_share_the_shops_sending_rate(client, seller, member, thread, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "message_send": "2/m"}
    url = reverse("messaging:thread_reply", args=[thread.pk])
    client.force_login(seller)
    assert client.post(url, {"text": "First answer."}).status_code == 302
    client.force_login(member)
    assert client.post(url, {"text": "Second answer."}).status_code == 302
    refused = client.post(url, {"text": "Third answer."})
    assert refused.status_code == 429
    assert not Message.objects.filter(text="Third answer.").exists()


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    name=st.text(max_size=300),
    email=st.text(max_size=300),
    messages=st.sampled_from(["", "on", "\x00", "yes"]),
    assignee=st.text(max_size=40),
)
def test_any_invitation_or_assignment_input_gets_an_answer_not_a_500(
    client, seller, thread, name, email, messages, assignee
):
    cache.clear()  # each example is a fresh hour for the limits
    client.force_login(seller)
    response = client.post(
        reverse("team_settings"), {"name": name, "email": email, "can_messages": messages}
    )
    assert response.status_code in (302, 422)
    if response.status_code == 422:
        assert 'class="error"' in response.content.decode()  # the form says what is wrong
    response = client.post(
        reverse("messaging:thread_assign", args=[thread.pk]), {"assignee": assignee}
    )
    assert response.status_code == 302
    thread.refresh_from_db()
    assert thread.assigned_to_id in (None, seller.pk)
