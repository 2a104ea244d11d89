"""Sign-in throttling (django-axes) as an attacker meets it, over HTTP.

Finding (issue #16): 150 wrong passwords for one seller in 71 s, then the right one
logged in; /admin/login/ the same.
"""

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.test import Client
from django.urls import reverse

from accounts.services import user_set_language

pytestmark = pytest.mark.django_db

LOGIN = reverse("login")
ADMIN_LOGIN = reverse("admin:login")


def _try(client, url, username, password, **extra):
    return client.post(url, {"username": username, "password": password, "next": "/"}, **extra)


def _guess_until_locked(client, url, username, **extra):
    for number in range(settings.AXES_FAILURE_LIMIT):
        response = _try(client, url, username, f"guess-{number}", **extra)
        assert response.status_code in (200, 429)
    return response


def test_after_the_limit_even_the_right_password_is_refused_and_the_page_says_when(
    client, seller, password
):
    user_set_language(user=seller, language="pl")
    last = _guess_until_locked(client, LOGIN, seller.username)
    assert last.status_code == 429
    response = _try(client, LOGIN, seller.username, password)
    assert response.status_code == 429
    assert int(response["Retry-After"]) == 15 * 60
    page = response.content.decode()
    assert "Too many failed sign-ins" in page and "15 minutes" in page
    assert "_auth_user_id" not in client.session
    # in the user's language (the page's language comes from the browser here)
    polish = _try(Client(headers={"Accept-Language": "pl"}), LOGIN, seller.username, password)
    assert "Zbyt wiele nieudanych prób logowania" in polish.content.decode()


def test_a_right_password_before_the_limit_signs_in_and_resets_the_count(client, seller, password):
    for number in range(settings.AXES_FAILURE_LIMIT - 1):
        _try(client, LOGIN, seller.username, f"typo-{number}")
    response = _try(client, LOGIN, seller.username, password)
    assert response.status_code == 302 and "_auth_user_id" in client.session
    client.logout()
    # the count starts again: nine more typos do not lock the account
    for number in range(settings.AXES_FAILURE_LIMIT - 1):
        _try(client, LOGIN, seller.username, f"typo-{number}")
    assert _try(client, LOGIN, seller.username, password).status_code == 302


def test_one_address_trying_many_accounts_is_locked_out(client, seller, buyer, password):
    for number in range(settings.AXES_FAILURE_LIMIT):
        _try(client, LOGIN, f"someone-{number}", "123456")
    # the address is locked: a real account's right password is refused from it too
    assert _try(client, LOGIN, buyer.username, password).status_code == 429
    # from another address the account is fine
    elsewhere = Client(REMOTE_ADDR="198.51.100.7")
    assert _try(elsewhere, LOGIN, buyer.username, password).status_code == 302


def test_a_forged_forwarded_for_header_does_not_escape_the_address_lockout(
    client, buyer, password
):
    for number in range(settings.AXES_FAILURE_LIMIT):
        _try(
            client,
            LOGIN,
            f"someone-{number}",
            "123456",
            HTTP_X_FORWARDED_FOR=f"203.0.113.{number}",
        )
    response = _try(client, LOGIN, buyer.username, password, HTTP_X_FORWARDED_FOR="203.0.113.99")
    assert response.status_code == 429


def test_the_admin_login_is_throttled_the_same(client, django_user_model):
    staff = django_user_model.objects.create_superuser(
        username="moderator", email="m@example.com", password="staff-pass-2026"
    )
    _guess_until_locked(client, ADMIN_LOGIN, staff.username)
    response = _try(client, ADMIN_LOGIN, staff.username, "staff-pass-2026")
    assert response.status_code == 429
    assert "Too many failed sign-ins" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_staff_unlock_an_account_in_admin(client, seller, password, django_user_model):
    _guess_until_locked(client, LOGIN, seller.username)
    assert _try(client, LOGIN, seller.username, password).status_code == 429
    staff = django_user_model.objects.create_superuser(
        username="moderator", email="m@example.com", password="staff-pass-2026"
    )
    staff_browser = Client(REMOTE_ADDR="192.0.2.10")
    staff_browser.force_login(staff)
    attempts = reverse("admin:axes_accessattempt_changelist")
    listing = staff_browser.get(attempts)
    assert listing.status_code == 200 and seller.username in listing.text
    ids = list(AccessAttempt.objects.values_list("pk", flat=True))
    response = staff_browser.post(
        attempts, {"action": "delete_selected", "_selected_action": ids, "post": "yes"}
    )
    assert response.status_code == 302
    assert _try(client, LOGIN, seller.username, password).status_code == 302
