"""My email addresses in Communication settings: add with a mailed link, verify, remove."""

import re
import time

import pytest
from django.core import mail, signing
from django.urls import reverse

from accounts import services
from accounts.models import SellerEmailAddress
from tests.factories import SellerFactory

pytestmark = pytest.mark.django_db

SETTINGS_URL = reverse("communication_settings")


def _add(client, email, captured, **headers):
    with captured(execute=True):
        return client.post(reverse("seller_email_new"), {"email": email}, **headers)


def _link_path(message) -> str:
    return re.search(r"https?://[^/]+(/\S+)", message.body).group(1)


def test_adding_an_address_mails_a_link_that_verifies_it(
    seller_client, seller, django_capture_on_commit_callbacks
):
    # when the seller adds an address
    response = _add(seller_client, "shop@example.org", django_capture_on_commit_callbacks)
    # then it is listed, not verified, and a link went to that address only
    assert response.status_code == 302
    address = SellerEmailAddress.objects.get(seller=seller, email="shop@example.org")
    assert address.verified_at is None
    [sent] = mail.outbox
    assert sent.to == ["shop@example.org"]
    page = seller_client.get(SETTINGS_URL).content.decode()
    assert "shop@example.org" in page and "Not verified" in page
    # when the seller opens the link and confirms
    path = _link_path(sent)
    assert "Confirm the address" in seller_client.get(path).content.decode()
    response = seller_client.post(path)
    # then the address is verified; a second click changes nothing and still says so
    assert response.status_code == 200 and "is verified" in response.content.decode()
    address.refresh_from_db()
    verified_at = address.verified_at
    assert verified_at is not None
    assert seller_client.post(path).status_code == 200
    address.refresh_from_db()
    assert address.verified_at == verified_at


class SignedFourDaysAgo(signing.TimestampSigner):
    def timestamp(self):
        return signing.b62_encode(int(time.time()) - 4 * 24 * 3600)


def test_an_expired_link_verifies_nothing(seller_client, seller):
    address = services.seller_email_add(seller=seller, email="late@example.org")
    token = SignedFourDaysAgo(salt=services.SELLER_EMAIL_VERIFY_SALT).sign_object(
        {"id": address.pk, "seller": seller.pk, "email": "late@example.org"}
    )
    response = seller_client.post(reverse("seller_email_verify", args=[token]))
    assert response.status_code == 400
    assert "This link has expired" in response.content.decode()
    address.refresh_from_db()
    assert address.verified_at is None


def test_a_forged_link_verifies_nothing(seller_client, seller, django_capture_on_commit_callbacks):
    _add(seller_client, "shop@example.org", django_capture_on_commit_callbacks)
    path = _link_path(mail.outbox[0])
    response = seller_client.post(path.replace("shop", "shoq", 1)[:-3] + "abc/")
    assert response.status_code == 400
    assert "This link is not valid." in response.content.decode()
    assert SellerEmailAddress.objects.get(email="shop@example.org").verified_at is None


def test_another_sellers_link_does_not_verify_for_them(
    seller_client, seller, client, django_capture_on_commit_callbacks
):
    _add(seller_client, "shop@example.org", django_capture_on_commit_callbacks)
    path = _link_path(mail.outbox[0])
    other = SellerFactory()
    seller_client.force_login(other)
    response = seller_client.post(path)
    assert response.status_code == 400
    assert "another account" in response.content.decode()
    assert SellerEmailAddress.objects.get(email="shop@example.org").verified_at is None
    assert not SellerEmailAddress.objects.filter(seller=other, email="shop@example.org").exists()


def test_the_last_verified_address_cannot_be_removed(seller):
    # given a seller whose primary address is (for some reason) not verified
    primary = seller.email_addresses.get()
    SellerEmailAddress.objects.filter(pk=primary.pk).update(verified_at=None)
    verified = services.seller_email_add(seller=seller, email="ok@example.org", verified=True)
    unverified = services.seller_email_add(seller=seller, email="new@example.org")
    # then the one verified address stays, the primary stays, an unverified one can go
    with pytest.raises(services.DomainError, match="last verified address"):
        services.seller_email_remove(address=verified)
    with pytest.raises(services.DomainError, match="primary"):
        services.seller_email_remove(address=primary)
    services.seller_email_remove(address=unverified)


def test_removing_the_primary_address_is_refused_with_a_clear_message(seller_client, seller):
    primary = seller.email_addresses.get()
    response = seller_client.post(
        reverse("seller_email_remove", args=[primary.pk]), HTTP_HX_REQUEST="true"
    )
    assert response.status_code == 422
    assert "Choose another primary address" in response.content.decode()
    primary.refresh_from_db()
    assert primary.is_active


def test_make_primary_then_remove_the_old_one(seller_client, seller):
    old = seller.email_addresses.get()
    new = services.seller_email_add(seller=seller, email="orders@example.org", verified=True)
    response = seller_client.post(
        reverse("seller_email_set_primary", args=[new.pk]), HTTP_HX_REQUEST="true"
    )
    assert response.status_code == 200
    assert "orders@example.org is now your primary address." in response.content.decode()
    new.refresh_from_db()
    assert new.is_primary
    response = seller_client.post(reverse("seller_email_remove", args=[old.pk]))
    assert response.status_code == 302
    old.refresh_from_db()
    assert old.removed_at is not None


def test_an_unverified_address_cannot_become_primary(seller_client, seller):
    new = services.seller_email_add(seller=seller, email="x@example.org")
    response = seller_client.post(
        reverse("seller_email_set_primary", args=[new.pk]), HTTP_HX_REQUEST="true"
    )
    assert response.status_code == 422
    assert "Verify the address" in response.content.decode()


@pytest.mark.parametrize("name", ["seller_email_set_primary", "seller_email_remove"])
@pytest.mark.parametrize("method", ["get", "post"])
def test_another_sellers_address_is_a_404_whatever_the_method(seller_client, name, method):
    theirs = SellerFactory().email_addresses.get()
    response = getattr(seller_client, method)(reverse(name, args=[theirs.pk]))
    assert response.status_code == 404


def test_a_duplicate_address_is_refused(seller_client, seller, django_capture_on_commit_callbacks):
    response = _add(
        seller_client,
        seller.email.upper(),
        django_capture_on_commit_callbacks,
        HTTP_HX_REQUEST="true",
    )
    assert response.status_code == 422
    assert "already on your list" in response.content.decode()
    assert mail.outbox == []


def test_account_details_links_to_the_list(seller_client):
    page = seller_client.get(reverse("account_details")).content.decode()
    assert reverse("communication_settings") + "#my-email-addresses" in page


@pytest.fixture
def smtp_sink(settings):
    from tests.smtp_sink import run_sink

    yield from run_sink(settings)


def test_a_verification_email_refused_for_good_is_shown_next_to_the_address(
    seller_client, seller, smtp_sink, django_capture_on_commit_callbacks
):
    # given the address's server does not know it
    smtp_sink.refuse_rcpt = ["550 5.1.1 <shop@example.org> user unknown"]
    # when the seller adds it, the e-mail is tried once and given up (no retry)
    _add(seller_client, "shop@example.org", django_capture_on_commit_callbacks)
    assert smtp_sink.raw == []
    # then Communication settings says the link could not be delivered, and why
    page = seller_client.get(SETTINGS_URL).content.decode()
    assert "The e-mail with the link could not be delivered: 550 5.1.1" in page
    assert "&lt;shop@example.org&gt; user unknown" in page
