"""Paying through PayU (orders/payu.py) against a loopback server that speaks its protocol.

The buyer goes to PayU's page, PayU notifies our endpoint over real HTTP (the live
server), the order page says paid; forged, replayed, out-of-order and malformed
notifications change nothing; an operator that fails, times out or expires its token
never costs the buyer an order; a cancelled paid order is refunded through PayU. The
demo's local operator is off whenever PayU is configured (issue #16: "free orders").
"""

import json

import pytest
from django.core.cache import cache
from django.test import Client
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orders import services, tasks
from orders.models import AttemptStatus, OrderStatus, PaymentStatus, RefundStatus
from orders.payment_operator import WebhookError
from orders.payu import PayUOperator
from tests.deploy import check_deploy
from tests.factories import OrderFactory
from tests.orders.payu_server import PayUServer

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def payu(settings, live_server):
    server = PayUServer()
    server.timeout_seconds = 1.5
    settings.PAYMENT_OPERATOR = "payu"
    settings.PAYU_API_URL = server.url
    settings.PAYU_POS_ID = server.pos_id
    settings.PAYU_CLIENT_ID = server.client_id
    settings.PAYU_CLIENT_SECRET = server.client_secret
    settings.PAYU_SECOND_KEY = server.second_key
    settings.PAYU_TIMEOUT_SECONDS = 1.0
    settings.SITE_URL = live_server.url
    cache.clear()
    yield server
    server.stop()
    cache.clear()


@pytest.fixture
def buyer_browser(buyer, password):
    browser = Client()
    browser.force_login(buyer)
    return browser


def _pay(browser, order):
    """The buyer presses Pay now; returns where they were sent."""
    response = browser.post(reverse("orders:payment_start", args=[order.pk]))
    assert response.status_code == 302
    return response["Location"]


def _order_page(browser, order) -> str:
    return browser.get(reverse("orders:order_detail", args=[order.pk])).text


def _state(order):
    order.refresh_from_db()
    return order.status, order.payment.status


def _payu_order_id(order) -> str:
    return order.payment.attempts.latest("pk").operator_order_id


def test_the_buyer_pays_at_payu_and_the_order_page_says_paid(payu, buyer_browser, order):
    location = _pay(buyer_browser, order)
    assert location.startswith(f"{payu.url}/pay/")
    order_id = _payu_order_id(order)
    sent = payu.orders[order_id]["body"]
    # what PayU was asked for: the amount in minor units, our reference, our endpoint
    assert sent["totalAmount"] == str(int(order.payment.amount * 100))
    assert sent["currencyCode"] == order.payment.currency
    assert sent["extOrderId"] == order.payment.attempts.get().operator_reference
    assert sent["notifyUrl"].endswith(reverse("orders:payment_webhook"))
    assert sent["customerIp"] == "127.0.0.1"
    # PayU says PENDING first (nothing changes), then COMPLETED
    assert payu.notify(order_id, "PENDING").json() == {"status": "noted"}
    assert _state(order) == (OrderStatus.AWAITING_PAYMENT, PaymentStatus.PENDING)
    assert payu.notify(order_id, "COMPLETED").status_code == 200
    assert _state(order) == (OrderStatus.PAID, PaymentStatus.PAID)
    assert "Paid" in _order_page(buyer_browser, order)


@pytest.mark.parametrize(
    "signature",
    [
        "",  # no header at all
        "sender=checkout;signature=0123456789abcdef0123456789abcdef;algorithm=MD5",
        "sender=checkout;signature={good};algorithm=ROT13",
        "garbage without fields",
        "other-key",
    ],
    ids=["missing", "wrong-digest", "unknown-algorithm", "garbage", "signed-with-another-key"],
)
def test_a_forged_notification_pays_nothing(payu, buyer_browser, order, signature):
    _pay(buyer_browser, order)
    order_id = _payu_order_id(order)
    body = payu.order_notification(order_id, "COMPLETED")
    if signature == "other-key":
        signature = payu.sign(body, key="not-the-second-key")
    signature = signature.replace("{good}", payu.sign(body).split("signature=")[1].split(";")[0])
    response = payu.notify(order_id, "COMPLETED", body=body, signature=signature)
    assert response.status_code == 400
    assert _state(order) == (OrderStatus.AWAITING_PAYMENT, PaymentStatus.PENDING)


def test_a_sha256_signature_is_accepted_as_payu_may_send_it(payu, buyer_browser, order):
    _pay(buyer_browser, order)
    order_id = _payu_order_id(order)
    body = payu.order_notification(order_id, "COMPLETED")
    signature = payu.sign(body, algorithm="SHA-256")
    assert payu.notify(order_id, "", body=body, signature=signature).status_code == 200
    assert _state(order) == (OrderStatus.PAID, PaymentStatus.PAID)


def test_a_replay_and_a_late_cancel_do_not_unpay_an_order(payu, buyer_browser, order):
    _pay(buyer_browser, order)
    order_id = _payu_order_id(order)
    assert payu.notify(order_id, "COMPLETED").json() == {"status": "applied"}
    assert payu.notify(order_id, "COMPLETED").json() == {"status": "duplicate"}
    assert payu.notify(order_id, "CANCELED").status_code == 200
    assert _state(order) == (OrderStatus.PAID, PaymentStatus.PAID)


@pytest.mark.parametrize(
    "overrides",
    [{"totalAmount": "1"}, {"currencyCode": "EUR"}, {"orderId": "NOT-THE-ORDER"}],
    ids=["amount", "currency", "another-payu-order"],
)
def test_a_notification_that_does_not_match_the_payment_is_refused(
    payu, buyer_browser, order, overrides
):
    _pay(buyer_browser, order)
    response = payu.notify(_payu_order_id(order), "COMPLETED", **overrides)
    assert response.status_code in (400, 404)
    assert _state(order) == (OrderStatus.AWAITING_PAYMENT, PaymentStatus.PENDING)


def test_a_cancelled_payment_lets_the_buyer_retry(payu, buyer_browser, order):
    _pay(buyer_browser, order)
    assert payu.notify(_payu_order_id(order), "CANCELED").status_code == 200
    assert _state(order) == (OrderStatus.PAYMENT_FAILED, PaymentStatus.FAILED)
    assert "Retry payment" in _order_page(buyer_browser, order)


@pytest.mark.parametrize("failure", [503, "timeout", "garbage"])
def test_an_operator_that_fails_costs_the_buyer_nothing_and_a_retry_works(
    payu, buyer_browser, order, failure
):
    payu.failures.append(failure)
    location = _pay(buyer_browser, order)
    # back on the order page, told what happened, nothing charged
    assert location == reverse("orders:order_detail", args=[order.pk])
    page = _order_page(buyer_browser, order)
    assert "The payment operator is not answering" in page
    assert "Retry payment" in page
    assert order.payment.attempts.get().status == AttemptStatus.FAILED
    assert _state(order) == (OrderStatus.PAYMENT_FAILED, PaymentStatus.FAILED)
    # the next try reaches PayU
    assert _pay(buyer_browser, order).startswith(f"{payu.url}/pay/")


def test_an_expired_token_is_renewed_once(payu, buyer_browser, order, buyer, offer, address):
    _pay(buyer_browser, order)
    assert payu.tokens_issued == 1
    payu.revoke_tokens()  # PayU ended the token before its expires_in
    second = OrderFactory(buyer=buyer, offer=offer, address=address)
    assert _pay(buyer_browser, second).startswith(f"{payu.url}/pay/")
    assert payu.tokens_issued == 2


def test_a_cancelled_paid_order_is_refunded_through_payu(payu, buyer_browser, order):
    _pay(buyer_browser, order)
    order_id = _payu_order_id(order)
    payu.notify(order_id, "COMPLETED")
    services.order_cancel(order=order)  # commits: the refund task asks PayU
    refund = order.payment.attempts.latest("pk").refunds.get()
    refund.refresh_from_db()
    [(refund_id, asked)] = payu.refunds.items()
    assert asked["extRefundId"] == refund.reference
    assert asked["amount"] == str(int(order.payment.amount * 100))
    assert (refund.status, refund.operator_refund_id) == (RefundStatus.REQUESTED, refund_id)
    assert _state(order) == (OrderStatus.CANCELLED, PaymentStatus.REFUNDING)
    # PayU confirms it
    assert payu.refund_notify(refund_id, "FINALIZED").status_code == 200
    refund.refresh_from_db()
    assert refund.status == RefundStatus.SUCCEEDED
    assert _state(order) == (OrderStatus.CANCELLED, PaymentStatus.REFUNDED)
    assert "Refunded" in _order_page(buyer_browser, order)


def test_a_refund_payu_cannot_take_now_is_asked_again_by_the_sweep(payu, buyer_browser, order):
    _pay(buyer_browser, order)
    payu.notify(_payu_order_id(order), "COMPLETED")
    payu.failures.extend([503] * 20)  # down for every retry of the task
    services.order_cancel(order=order)
    refund = order.payment.attempts.latest("pk").refunds.get()
    refund.refresh_from_db()
    assert refund.status == RefundStatus.REQUESTED and payu.refunds == {}
    payu.failures.clear()
    refund.__class__.objects.filter(pk=refund.pk).update(
        created_at=refund.created_at.replace(year=refund.created_at.year - 1)
    )
    assert tasks.refunds_sweep() == 1
    refund.refresh_from_db()
    assert refund.operator_refund_id in payu.refunds


def test_the_local_operators_page_is_gone_when_payu_is_configured(payu, buyer_browser, order):
    """The finding: POST decision=approve to /payments/operator/<ref>/ paid an order."""
    services.payment_attempt_start(order=order)
    attempt = order.payment.attempts.get()
    url = reverse("orders:payment_operator", args=[attempt.operator_reference])
    assert buyer_browser.get(url).status_code == 404
    assert buyer_browser.post(url, {"decision": "approve"}).status_code == 404
    assert _state(order) == (OrderStatus.AWAITING_PAYMENT, PaymentStatus.PENDING)


@pytest.mark.parametrize(
    "body",
    [
        b'{"order": ' * 5000 + b"1" + b"}" * 5000,
        json.dumps({"order": {"orderId": "A\u0000B", "status": "COMPLETED"}}).encode(),
        b'{"order": {"orderId": "A\x00", "status": "COMPLETED"}}',
        json.dumps(
            {
                "order": {
                    "orderId": "A",
                    "status": "COMPLETED",
                    "totalAmount": "1e999999",
                    "extOrderId": "x",
                    "currencyCode": "PLN",
                }
            }
        ).encode(),
        b"[]",
        b"\xff\xfe",
    ],
    ids=["nested", "json-nul", "raw-nul", "huge-number", "not-an-object", "not-utf8"],
)
def test_a_signed_but_malformed_notification_is_a_400_not_a_500(payu, buyer_browser, order, body):
    _pay(buyer_browser, order)
    response = payu.notify(_payu_order_id(order), "", body=body, signature=payu.sign(body))
    assert response.status_code in (400, 404)  # refused, or no payment has that reference
    assert _state(order) == (OrderStatus.AWAITING_PAYMENT, PaymentStatus.PENDING)


def test_production_refuses_the_local_operator_and_an_incomplete_payu():
    assert check_deploy().returncode == 0  # PayU, fully configured
    result = check_deploy(PAYMENT_OPERATOR="local")
    assert result.returncode != 0 and "PAYMENT_OPERATOR=local" in result.stderr
    result = check_deploy(PAYU_SECOND_KEY="")
    assert result.returncode != 0 and "orders.E012" in result.stderr


def test_the_local_operator_without_debug_fails_the_system_check():
    result = check_deploy(
        DJANGO_SETTINGS_MODULE="config.settings.base", DEBUG="false", PAYMENT_OPERATOR="local"
    )
    assert "orders.E010" in result.stderr


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    payload=st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
        lambda children: (
            st.lists(children, max_size=4)
            | st.dictionaries(
                st.sampled_from(
                    [
                        "order",
                        "refund",
                        "status",
                        "orderId",
                        "extOrderId",
                        "totalAmount",
                        "currencyCode",
                        "refundId",
                        "extRefundId",
                    ]
                )
                | st.text(max_size=8),
                children,
                max_size=6,
            )
        ),
        max_leaves=30,
    )
)
def test_the_notification_parser_refuses_or_reads_any_json(payload):
    operator = PayUOperator(
        api_url="http://x", pos_id="1", client_id="1", client_secret="1", second_key="k"
    )
    body = json.dumps(payload).encode()
    try:
        verdict = operator.parse(body=body)
    except WebhookError:
        return
    assert verdict is None or verdict.event_id.startswith("payu:")
