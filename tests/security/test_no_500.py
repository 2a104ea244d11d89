"""No input is a server error: every URL the app serves, walked with generated input.

Finding (issue #16): `?after=` with a superscript digit, 30 February or hour 25 on the
list pages, `checkout?quantity=²`, a NUL byte in the translation-report comment, deeply
nested or NUL-carrying JSON in a signed payment webhook were 500s.

The walker takes every URL pattern from the resolver (the admin's too), fills its path
parameters with ids of objects the role owns, of other people's, and with generated
garbage, and sends GET and POST requests with generated parameters and bodies (bad and
impossible dates, huge, negative and non-ASCII digits, NUL and control characters, very
long strings, repeated keys, JSON of the wrong shape or nested deep), with and without
the HTMX header, as a visitor, a buyer, a seller and staff. Any 5xx fails with the
request that caused it. The explicit findings have their own tests below.
"""

import inspect
import json
import re
from pathlib import Path

import pytest
from django.test import Client
from django.test.client import ClientHandler
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accounts.services import user_set_language
from orders.payment_operator import LocalOperator
from tests.factories import MessageFactory, UserFactory

pytestmark = pytest.mark.django_db

SKIP = ("dev/mailbox", "static/", "media/")


def _patterns(resolver=None, prefix=""):
    """(route template, converters) for every URL; converters in order of appearance."""
    resolver = resolver or get_resolver()
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            yield from _patterns(entry, prefix + str(entry.pattern))
        elif isinstance(entry, URLPattern):
            route = prefix + str(entry.pattern)
            if route.startswith("^") or "(?P" in route:  # admin's regex catch-alls
                route = route.replace("^", "").replace("$", "").replace("\\Z", "")
            yield route


ROUTES = sorted({route for route in _patterns() if not route.startswith(SKIP)})
APP_ROUTES = [route for route in ROUTES if not route.startswith("admin/")]
ADMIN_ROUTES = [route for route in ROUTES if route.startswith("admin/")]
PARAM = re.compile(r"<(?:(\w+):)?(\w+)>|\(\?P<(\w+)>[^)]*\)")
ROOT = Path(__file__).resolve().parents[2]


def _names_read_in(text: str) -> set[str]:
    names = set(re.findall(r"(?:GET|POST|data)\.get(?:list)?\(\s*\"(\w+)\"", text))
    names.update(re.findall(r"(?:GET|POST)\[\"(\w+)\"\]", text))
    return names


def _names_the_app_reads() -> list[str]:
    """Every parameter name the code reads from a request or a template's form sends."""
    names = set()
    for path in ROOT.glob("*/**/*.py"):
        if path.parts[len(ROOT.parts)] not in {".venv", "tests", "bench"}:
            names |= _names_read_in(path.read_text(encoding="utf-8"))
    for path in (ROOT / "templates").glob("**/*.html"):
        names.update(re.findall(r'name="(\w+)"', path.read_text(encoding="utf-8")))
    return sorted(names)


PARAM_NAMES = _names_the_app_reads()


def _names_for(route: str) -> list[str]:
    """The names the route's view module reads (its forms' and helpers' too), so the walk
    sends each view the parameters it parses; every other name now and then."""
    try:
        match = get_resolver().resolve("/" + PARAM.sub("1", route))
        module = inspect.getmodule(inspect.unwrap(match.func))
        names = _names_read_in(inspect.getsource(module)) if module else set()
    except Exception:  # a route that needs another value to resolve: every name
        names = set()
    return sorted(names) or PARAM_NAMES


bad_dates = st.sampled_from(
    [
        "2026-02-30T10:00:00",
        "2026-12-05T25:00:00",
        "0000-00-00T00:00:00",
        "9999-12-31T23:59:59+14:00",
        "2026-12-05T10:00:00+99:00",
        "2026-13-01",
        "²⁰²⁶-01-01T00:00:00",
        "2026-12-05 10:00:00.9999999",
    ]
) | st.datetimes().map(lambda value: value.isoformat())
bad_numbers = st.sampled_from(
    [
        "²",
        "٣",
        "１２",
        "-1",
        "0",
        "99999999999999999999999",
        "9223372036854775808",
        "1e309",
        "NaN",
        "-0",
        "0x10",
        " 1",
        "1_000",
    ]
) | st.integers(min_value=-(2**80), max_value=2**80).map(str)
nasty_text = st.one_of(
    st.text(max_size=40),
    bad_numbers,
    bad_dates,
    st.builds(lambda at, pk: f"{at}~{pk}", bad_dates, bad_numbers),  # list cursors
    st.sampled_from(
        [
            "\x00",
            "a\x00b",
            "\x1b[31m",
            "<script>alert(1)</script>",
            "' OR 1=1 --",
            "x" * 5000,
            "~",
            "~~~",
            "%00",
            "../..",
            "\ud800".encode("utf-8", "surrogatepass").decode("latin-1"),
        ]
    ),
)


def params_for(route: str):
    names = (
        st.sampled_from(_names_for(route)) | st.sampled_from(PARAM_NAMES) | st.text(max_size=10)
    )
    return st.dictionaries(names, st.lists(nasty_text, min_size=1, max_size=3), max_size=6)


json_bodies = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | nasty_text,
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(nasty_text, children, max_size=3)
    ),
    max_leaves=12,
).map(lambda value: json.dumps(value).encode()) | st.sampled_from(
    [b"[" * 3000 + b"]" * 3000, b'{"a": "\\u0000"}', b"\x00\xff", b"", b"{" * 50]
)


@pytest.fixture
def world(db, thread, other_user, django_user_model):
    """A conversation with messages, an order, and people to look at them."""
    MessageFactory(thread=thread, author=thread.buyer, text="Hello")
    staff = django_user_model.objects.create_superuser(
        username="staff-walker", email="staff@example.com", password="x"
    )
    stranger = UserFactory()
    for user in (thread.buyer, thread.seller):
        user_set_language(user=user, language="pl")
    ids = sorted(
        {
            thread.pk,
            thread.order_id or 1,
            thread.buyer_id,
            thread.seller_id,
            other_user.pk,
            stranger.pk,
            1,
        }
    )
    return {
        "anonymous": None,
        "buyer": thread.buyer,
        "seller": thread.seller,
        "staff": staff,
        "ids": ids,
    }


@pytest.fixture(scope="module")
def handler():
    """One request handler for the walk's thousands of requests, as a server process has:
    Django builds the middleware chain when a handler serves its first request, and
    WhiteNoise's part of it lists and reads every static file (about 30 ms). A fresh client
    a request (its own cookies and session) with this handler still sends every request
    through the whole real chain."""
    return ClientHandler(enforce_csrf_checks=False)  # as Client() makes it


def _fill(route: str, draw_value) -> str:
    def replace(match):
        converter = match.group(1) or "str"
        return draw_value(converter)

    return "/" + PARAM.sub(replace, route)


def _walk(world, handler, route, data):
    role = data.draw(st.sampled_from(["anonymous", "buyer", "seller", "staff"]), label="role")
    client = Client(raise_request_exception=True)
    client.handler = handler
    if world[role] is not None:
        client.force_login(world[role])

    def value(converter):
        if converter in ("int", "path", "str"):
            chosen = data.draw(
                st.sampled_from(world["ids"]).map(str)
                | st.integers(min_value=0, max_value=2**70).map(str)
                | (st.just("") if converter != "int" else st.just("1"))
                | (
                    nasty_text.filter(lambda t: "/" not in t and t.isprintable() and t.strip())
                    if converter != "int"
                    else st.just("9223372036854775808")
                ),
                label=converter,
            )
            return chosen or "1"
        return data.draw(st.text(alphabet="abcdef0123456789", min_size=1, max_size=40))

    url = _fill(route, value)
    method = data.draw(st.sampled_from(["get", "post"]), label="method")
    htmx = data.draw(st.booleans(), label="htmx")
    headers = {"HX-Request": "true"} if htmx else {}
    query = data.draw(params_for(route), label="params")
    if method == "get":
        request = lambda: client.get(url, query, headers=headers)  # noqa: E731
    elif data.draw(st.booleans(), label="json"):
        body = data.draw(json_bodies, label="body")
        request = lambda: client.post(  # noqa: E731
            url, body, content_type="application/json", headers=headers
        )
    else:
        request = lambda: client.post(url, query, headers=headers)  # noqa: E731
    try:
        response = request()
    except Exception as error:  # the request that broke: in the failure message
        raise AssertionError(
            f"{method.upper()} {url} {query!r} (htmx={htmx}): {error!r}"
        ) from error
    assert response.status_code < 500, f"{method.upper()} {url} {query!r}: {response.status_code}"


def _settings(examples: int):
    return settings(
        max_examples=examples,
        deadline=None,
        derandomize=True,  # the same walk on every run: CI stays stable; vary it locally
        suppress_health_check=[
            HealthCheck.function_scoped_fixture,
            HealthCheck.too_slow,
            HealthCheck.filter_too_much,
        ],
    )


@pytest.mark.parametrize("route", APP_ROUTES)
def test_no_page_of_the_app_answers_a_server_error(world, handler, route):
    @_settings(30)
    @given(data=st.data())
    def walk(data):
        _walk(world, handler, route, data)

    walk()


def test_no_admin_page_answers_a_server_error(world, handler):
    @_settings(200)
    @given(data=st.data())
    def walk(data):
        _walk(world, handler, data.draw(st.sampled_from(ADMIN_ROUTES), label="route"), data)

    walk()


# --- the findings, one by one -------------------------------------------------------


@pytest.mark.parametrize(
    "after",
    [
        "2026-12-05T10:00:00~²",
        "2026-02-30T10:00:00~1",
        "2026-12-05T25:00:00~1",
        "2026-12-05T10:00:00~99999999999999999999",
    ],
)
@pytest.mark.parametrize(
    "url", ["messaging:thread_list", "orders:seller_order_list", "orders:buyer_order_list"]
)
def test_a_malformed_list_position_is_the_first_page(client, thread, url, after):
    user = thread.seller if "seller" in url or "thread" in url else thread.buyer
    client.force_login(user)
    response = client.get(reverse(url), {"after": after})
    assert response.status_code == 200


@pytest.mark.parametrize("quantity", ["²", "-3", "99999999999999999999999", "1e3", "٣"])
def test_checkout_with_a_strange_quantity_shows_the_form(buyer_client, offer, quantity):
    response = buyer_client.get(
        reverse("orders:checkout", args=[offer.pk]), {"quantity": quantity}
    )
    assert response.status_code == 200
    assert 'name="quantity" value="1"' in response.text


def test_a_nul_byte_in_a_translation_report_is_a_translated_400(client, thread, settings):
    from translation.models import MessageTranslation, TranslationStatus

    message = MessageFactory(thread=thread, author=thread.seller, text="Dzień dobry")
    translation, _ = MessageTranslation.objects.update_or_create(
        message=message,
        target_language="en",
        defaults={
            "recipient": thread.buyer,
            "source_language": "pl",
            "status": TranslationStatus.DONE,
            "text": "Good day",
            "engine": "test",
        },
    )
    client.force_login(thread.buyer)
    user_set_language(user=thread.buyer, language="pl")
    response = client.post(
        reverse("translation:report", args=[translation.pk]), {"comment": "bad\x00one"}
    )
    assert response.status_code == 400
    assert "null są niedozwolone" in response.content.decode()  # Django's own, in Polish


@pytest.mark.parametrize("body", [b"[" * 50000 + b"]" * 50000, b'{"event_id": "a\\u0000"}'])
def test_a_signed_local_webhook_with_nested_or_nul_json_is_a_400(client, body, settings):
    settings.PAYMENT_OPERATOR = "local"
    headers = LocalOperator(secret=settings.PAYMENT_WEBHOOK_SECRET).sign(body=body)
    response = client.post(
        reverse("orders:payment_webhook"), body, content_type="application/json", headers=headers
    )
    assert response.status_code == 400
