"""Whatever a tool puts in the query string or the body, the API answers without a
server error: a page, or a 4xx in the one error shape (Hypothesis)."""

from urllib.parse import urlencode

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.django_db

LISTS = [
    ("/api/v1/messaging/threads", ["filter", "phrase", "after"]),
    ("/api/v1/messaging/events", ["from", "limit"]),
    (
        "/api/v1/order/checkout-forms",
        ["status", "paymentStatus", "deliveryMethod", "marketplace", "dateFrom", "dateTo",
         "search", "after"],
    ),
]  # fmt: skip

values = st.one_of(
    st.text(max_size=40),
    st.sampled_from(
        ["unread", "0", "-1", "9" * 30, "2026-02-30", "2026-01-01T00:00:00+00:00~5", "~",
         "\x00", "\ud800", "1e9", " ", "%", "_", "paid", "pl", "a" * 300]
    ),
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
)  # fmt: skip


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    which=st.sampled_from(range(len(LISTS))),
    data=st.data(),
)
def test_query_parameters_never_make_a_server_error(client, seller_token, thread, which, data):
    path, names = LISTS[which]
    chosen = data.draw(st.lists(st.sampled_from(names), max_size=len(names), unique=True))
    params = {name: data.draw(values) for name in chosen}
    # As a client sends them: UTF-8 bytes, percent-encoded (a lone surrogate as its bytes).
    query = urlencode(params, encoding="utf-8", errors="surrogatepass")
    response = client.get(f"{path}?{query}", headers={"Authorization": f"Bearer {seller_token}"})
    assert response.status_code in (200, 400), (params, response.content)
    if response.status_code == 400:
        assert response.json()["errors"][0]["code"] == "VALIDATION_ERROR"


ids = st.one_of(
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
    st.text(min_size=1, max_size=30).filter(lambda value: "/" not in value and "?" not in value),
)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    template=st.sampled_from(
        [
            "/api/v1/messaging/threads/{}",
            "/api/v1/messaging/threads/{}/messages",
            "/api/v1/messaging/messages/{}",
            "/api/v1/messaging/message-attachments/{}",
            "/api/v1/order/checkout-forms/{}",
        ]
    ),
    value=ids,
    before=st.one_of(st.none(), st.text(max_size=25)),
)
def test_ids_in_the_path_never_make_a_server_error(client, seller_token, template, value, before):
    from urllib.parse import quote

    path = template.format(quote(value, safe=""))
    params = {"before": before} if before is not None else {}
    response = client.get(path, params, headers={"Authorization": f"Bearer {seller_token}"})
    assert response.status_code in (400, 404), (path, response.content)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    body=st.one_of(
        st.dictionaries(
            st.sampled_from(["text", "attachments", "order", "fileName", "size"]),
            st.one_of(
                st.text(max_size=30),
                st.integers(min_value=-(2**70), max_value=2**70),
                st.none(),
                st.lists(st.dictionaries(st.just("id"), st.text(max_size=40)), max_size=3),
                st.dictionaries(st.just("id"), st.integers(min_value=-(2**70), max_value=2**70)),
            ),
        ),
        st.text(max_size=30),
    ),
    path=st.sampled_from(
        ["/api/v1/messaging/messages", "/api/v1/messaging/message-attachments", "{thread}"]
    ),
)
def test_bodies_never_make_a_server_error(client, seller_token, thread, body, path):
    import json

    path = f"/api/v1/messaging/threads/{thread.pk}/messages" if path == "{thread}" else path
    response = client.post(
        path,
        json.dumps(body),
        content_type="application/json",
        headers={"Authorization": f"Bearer {seller_token}"},
    )
    assert response.status_code in (201, 400, 404, 422, 429), (body, response.content)
    if response.status_code >= 400:
        assert response.json()["errors"][0]["code"]
