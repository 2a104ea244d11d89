"""The shared test-client middleware chain (tests/django_fastpath.py) answers as Django's own
chain of a fresh client does, follows a changed setting, and steps aside on another Django."""

from email.utils import parsedate_to_datetime

import pytest
from asgiref.sync import async_to_sync
from django.core.handlers.base import BaseHandler
from django.test import AsyncClient, Client, override_settings
from django.test.client import AsyncClientHandler, ClientHandler

from tests import django_fastpath

pytestmark = pytest.mark.django_db

HOUSE_404 = "This page does not exist, or it is not yours to see."


class StampMiddleware:
    """A middleware of the test's own: it marks every answer."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response["X-Stamp"] = "stamped"
        return response


STAMP = f"{__name__}.StampMiddleware"
XFRAME = "django.middleware.clickjacking.XFrameOptionsMiddleware"


@pytest.fixture
def plain():
    """Django's own load_middleware for the test: each client builds its own chain."""
    django_fastpath.uninstall()
    yield
    assert django_fastpath.install()


def _masked(name: str, value: str) -> str:
    if "nonce-" in value:
        return "<nonce>"
    if name == "expires":
        # never_cache dates the page to the second it was made: two requests a second
        # apart differ here and nowhere else. The header is still compared as present.
        return "<date>" if parsedate_to_datetime(value) else value
    return value


def _seen(response) -> tuple:
    """What a browser gets: the status, the headers (the CSP nonce, random per request,
    and the Expires date, the second the page was made, masked; Content-Length kept), the
    names of the cookies set, and whether there is a body."""
    headers = {
        name.lower(): _masked(name.lower(), value)
        for name, value in response.headers.items()
        if name.lower() != "set-cookie"
    }
    cookies = sorted(response.cookies)
    content = b"" if response.streaming else response.content
    return response.status_code, headers, cookies, len(content) > 0


def _visits(buyer, thread) -> dict:
    """One fresh client a visit, as each test has: the pages and paths the middleware
    shapes (headers, languages, a 404, CSRF, the exception middleware's 404 page)."""
    seen = {}
    seen["visitor at home"] = _seen(Client().get("/", headers={"accept-language": "pl"}))
    seen["wrong address"] = _seen(Client().get("/no-such-page/"))
    seen["no slash"] = _seen(Client().get("/messages"))
    signed_in = Client()
    signed_in.force_login(buyer)
    seen["thread"] = _seen(signed_in.get(f"/messages/{thread.pk}/"))
    seen["another thread"] = _seen(signed_in.get("/messages/987654/"))
    seen["htmx list"] = _seen(signed_in.get("/messages/", headers={"hx-request": "true"}))
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(buyer)
    seen["post without a CSRF token"] = _seen(
        strict.post(f"/messages/{thread.pk}/reply/", {"text": "Hello"})
    )
    seen["too large a body"] = _seen(
        Client().generic("POST", "/login/", b"", headers={"content-length": str(10**9)})
    )
    with override_settings(DEBUG=True, DEBUG_TECHNICAL_404=False):
        debugging = Client()
        debugging.force_login(buyer)
        # the view raises Http404: HouseNotFoundMiddleware.process_exception answers
        response = debugging.get("/messages/987654/")
        seen["missing object, DEBUG on"] = (*_seen(response), HOUSE_404 in response.text)
    return seen


def test_django_sets_exactly_the_attributes_that_are_shared():
    # Django's own load_middleware, sync and async: what it assigns on the handler
    for is_async in (False, True):
        handler = BaseHandler()
        before = set(vars(handler))
        BaseHandler.load_middleware(handler, is_async=is_async)
        assert set(vars(handler)) - before == set(django_fastpath.ATTRIBUTES)
        assert handler._middleware_chain is not None
    # and the test client's flag for "not built yet" is one of them
    assert all(getattr(ClientHandler, name) is None for name in django_fastpath.ATTRIBUTES)


def test_it_is_on_for_this_django_and_clients_share_one_chain(buyer):
    assert django_fastpath.active()
    assert django_fastpath.describe().startswith("fast (Django ")
    first, second = Client(), Client(enforce_csrf_checks=True)
    first.get("/healthz")
    second.get("/healthz")
    assert first.handler._middleware_chain is second.handler._middleware_chain


def test_pages_are_answered_as_by_djangos_own_chain(buyer, thread, plain):
    # given what each fresh client gets with Django's own load_middleware
    expected = _visits(buyer, thread)
    # when the chain is shared again
    django_fastpath.install()
    shared = _visits(buyer, thread)
    # then every answer is the same, headers included
    assert shared == expected
    # and the chain did its work in both: a few of the things it adds
    status, headers, cookies, _ = shared["thread"]
    assert status == 200 and headers["x-frame-options"] == "DENY" and cookies == ["csrftoken"]
    assert "private" in headers["cache-control"] and "content-security-policy" in headers
    assert shared["wrong address"][0] == 404
    assert shared["no slash"][0] == 301
    assert shared["post without a CSRF token"][0] == 403
    assert shared["too large a body"][0] == 413
    assert shared["missing object, DEBUG on"][0] == 404
    assert shared["missing object, DEBUG on"][-1] is True


def test_a_changed_middleware_list_takes_effect_and_goes_away_after(client):
    # given a chain already built for the process
    assert client.get("/healthz")["X-Frame-Options"] == "DENY"
    # when a test swaps a middleware for one of its own
    with override_settings(MIDDLEWARE=[m for m in _middleware() if m != XFRAME] + [STAMP]):
        response = Client().get("/healthz")
        # then a new client's answers come through the changed chain
        assert response["X-Stamp"] == "stamped"
        assert "X-Frame-Options" not in response
    # and once the override ends, the original chain is back
    response = Client().get("/healthz")
    assert response["X-Frame-Options"] == "DENY"
    assert "X-Stamp" not in response


def test_a_setting_a_middleware_reads_when_built_is_followed(client, settings):
    # SecurityMiddleware reads SECURE_REFERRER_POLICY once, when the chain is built
    before = client.get("/healthz")["Referrer-Policy"]
    settings.SECURE_REFERRER_POLICY = "no-referrer"
    assert before != "no-referrer"
    assert Client().get("/healthz")["Referrer-Policy"] == "no-referrer"


def test_the_async_client_keeps_djangos_own_chain(buyer):
    # the project has no async client tests; the async handler is left as Django has it
    assert AsyncClientHandler.load_middleware is BaseHandler.load_middleware
    response = async_to_sync(AsyncClient().get)("/healthz")
    sync = Client().get("/healthz")
    assert response.status_code == sync.status_code == 200
    assert response["X-Frame-Options"] == sync["X-Frame-Options"] == "DENY"


def test_another_django_leaves_the_test_client_alone(monkeypatch, plain):
    with monkeypatch.context() as patch:
        # given a Django version the fast path was not checked against
        patch.setattr(django_fastpath, "VERSION", (6, 2, 0, "final", 0))
        # when the suite installs it
        assert django_fastpath.install() is False
        # then the test client keeps Django's own load_middleware, each client its own chain
        assert "load_middleware" not in vars(ClientHandler)
        assert ClientHandler.load_middleware is BaseHandler.load_middleware
        first, second = Client(), Client()
        first.get("/healthz")
        second.get("/healthz")
        assert first.handler._middleware_chain is not second.handler._middleware_chain
        assert django_fastpath.describe().startswith("fallback (Django 6.2.0")


def _middleware() -> list[str]:
    from django.conf import settings

    return list(settings.MIDDLEWARE)
