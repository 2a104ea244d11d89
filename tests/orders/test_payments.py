"""Paying through the payment operator: its page, its signed webhooks, retries, access."""

import json
import time

import pytest
from django.test import Client
from django.urls import reverse

from orders import services
from orders.models import (
    AttemptStatus,
    Order,
    OrderStatus,
    PaymentAttempt,
    PaymentStatus,
    PaymentWebhookEvent,
)
from orders.payment_operator import operator_get
from tests.factories import OrderFactory

pytestmark = pytest.mark.django_db

WEBHOOK = "/payments/webhook/"


def pay_url(order) -> str:
    return reverse("orders:payment_start", args=[order.pk])


def order_url(order) -> str:
    return reverse("orders:order_detail", args=[order.pk])


def operator_url(attempt) -> str:
    return reverse("orders:payment_operator", args=[attempt.operator_reference])


def verdict(attempt, status="succeeded", event_id=None, **overrides) -> dict:
    payment = attempt.payment
    return {
        "event_id": event_id or f"evt_{attempt.pk}_{status}",
        "operator_reference": attempt.operator_reference,
        "status": status,
        "failure_reason": "Card expired" if status == "failed" else "",
        "amount": str(payment.amount),
        "currency": payment.currency,
        **overrides,
    }


def send(body: dict | bytes, *, timestamp: int | None = None, signature: str | None = None):
    """POST a webhook over HTTP as the operator would, with CSRF checks on."""
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    headers = operator_get().sign(body=raw, timestamp=timestamp)
    if signature is not None:
        headers["X-Signature"] = signature
    return Client(enforce_csrf_checks=True).post(
        WEBHOOK, raw, content_type="application/json", headers=headers
    )


def state(order):
    order.refresh_from_db()
    order.payment.refresh_from_db()
    return (
        order.status,
        order.payment.status,
        [(a.status, a.failure_reason) for a in order.payment.attempts.all()],
        PaymentWebhookEvent.objects.count(),
    )


# The buyer's way through: operator page, decline, retry, approve.


def test_a_declined_payment_is_retried_and_paid_through_the_operator_page(buyer_client, order):
    # when the buyer pays and the operator's page opens
    response = buyer_client.post(pay_url(order))
    first = PaymentAttempt.objects.get(payment__order=order)
    assert response.status_code == 302 and response["Location"] == operator_url(first)
    page = buyer_client.get(operator_url(first)).text
    assert order.transaction_id in page and "Approve" in page and "Decline" in page
    assert "Insufficient funds" in page and "Card expired" in page
    # and they decline it (card expired): the operator reports it and sends them back
    response = buyer_client.post(
        operator_url(first), {"decision": "decline", "reason": "card_expired"}
    )
    assert response.status_code == 302 and response["Location"] == order_url(order)
    assert state(order)[:3] == (
        OrderStatus.PAYMENT_FAILED,
        PaymentStatus.FAILED,
        [(AttemptStatus.FAILED, "Card expired")],
    )
    # then the order page shows the failure, its reason and a retry button
    page = buyer_client.get(order_url(order)).text
    assert "The payment was declined: Card expired. You can try again." in page
    assert "Card expired" in page and "Retry payment" in page
    # when they retry and approve
    buyer_client.post(pay_url(order))
    second = PaymentAttempt.objects.filter(payment__order=order).last()
    assert second != first
    buyer_client.post(operator_url(second), {"decision": "approve"})
    # then the order is paid, both attempts are on record, and no button is left
    assert state(order) == (
        OrderStatus.PAID,
        PaymentStatus.PAID,
        [(AttemptStatus.FAILED, "Card expired"), (AttemptStatus.SUCCEEDED, "")],
        2,
    )
    page = buyer_client.get(order_url(order)).text
    assert "Payment approved" in page
    assert "Retry payment" not in page and "Pay now" not in page


def test_a_new_order_offers_pay_now_to_its_buyer_only(buyer_client, client, order):
    assert "Pay now" in buyer_client.get(order_url(order)).text
    client.force_login(order.seller)
    assert "Pay now" not in client.get(order_url(order)).text


def test_a_paid_order_cannot_be_paid_again(buyer_client, order):
    attempt = services.payment_attempt_start(order=order)
    services.payment_attempt_complete(attempt=attempt, succeeded=True)
    response = buyer_client.post(pay_url(order), follow=True)
    assert "This order is already paid." in response.text
    assert PaymentAttempt.objects.count() == 1


def test_the_operator_page_of_a_completed_attempt_changes_nothing(buyer_client, order):
    attempt = services.payment_attempt_start(order=order)
    services.payment_attempt_complete(attempt=attempt, succeeded=True)
    assert "already completed" in buyer_client.get(operator_url(attempt)).text
    before = state(order)
    response = buyer_client.post(operator_url(attempt), {"decision": "decline"})
    assert response["Location"] == order_url(order)
    assert state(order) == before


# Access: only the buyer pays, whatever the method.


@pytest.mark.parametrize("method", ["get", "post"])
def test_someone_else_cannot_pay_or_open_the_operator_page(client, order, other_user, method):
    attempt = services.payment_attempt_start(order=order)
    before = state(order)
    for user in (other_user, order.seller):
        client.force_login(user)
        assert getattr(client, method)(pay_url(order)).status_code == 404
        response = getattr(client, method)(operator_url(attempt), {"decision": "approve"})
        assert response.status_code == 404
    assert state(order) == before


def test_the_buyer_gets_405_for_get_on_pay(buyer_client, order):
    assert buyer_client.get(pay_url(order)).status_code == 405
    assert not PaymentAttempt.objects.exists()


def test_signed_out_visitors_are_sent_to_log_in(client, order):
    assert client.post(pay_url(order)).status_code == 302
    assert not PaymentAttempt.objects.exists()


# The webhook endpoint, as a real operator calls it over HTTP.


def test_a_signed_webhook_pays_the_order(order):
    attempt = services.payment_attempt_start(order=order)
    response = send(verdict(attempt))
    assert response.status_code == 200 and response.json() == {"status": "applied"}
    assert state(order)[:2] == (OrderStatus.PAID, PaymentStatus.PAID)
    assert PaymentWebhookEvent.objects.get().payload["operator_reference"] == (
        attempt.operator_reference
    )


def test_a_bad_signature_is_refused_and_changes_nothing(order):
    attempt = services.payment_attempt_start(order=order)
    before = state(order)
    assert send(verdict(attempt), signature="sha256=" + "0" * 64).status_code == 400
    assert send(verdict(attempt), signature="").status_code == 400
    # a body changed after signing
    raw = json.dumps(verdict(attempt)).encode()
    headers = operator_get().sign(body=raw)
    tampered = raw.replace(b'"succeeded"', b'"failed"')
    response = Client().post(WEBHOOK, tampered, content_type="application/json", headers=headers)
    assert response.status_code == 400
    assert state(order) == before


def test_a_stale_timestamp_is_refused(order):
    attempt = services.payment_attempt_start(order=order)
    before = state(order)
    six_minutes_ago = int(time.time()) - 360
    assert send(verdict(attempt), timestamp=six_minutes_ago).status_code == 400
    assert send(verdict(attempt), timestamp=int(time.time()) + 360).status_code == 400
    assert state(order) == before
    # four minutes is still fine
    assert send(verdict(attempt), timestamp=int(time.time()) - 240).status_code == 200


@pytest.mark.parametrize(
    "body",
    [b"not json", b"[]", b'{"event_id": "e1"}', b'{"event_id": "e1", "status": "maybe"}'],
)
def test_a_malformed_body_is_refused(order, body):
    services.payment_attempt_start(order=order)
    before = state(order)
    assert send(body).status_code == 400
    assert state(order) == before


def test_a_replayed_event_answers_200_and_changes_nothing(order):
    # given a failure that was applied, and then a successful retry
    first = services.payment_attempt_start(order=order)
    declined = verdict(first, "failed")
    assert send(declined).status_code == 200
    second = services.payment_attempt_start(order=order)
    assert send(verdict(second)).status_code == 200
    paid = state(order)
    # when the old failure is replayed (even with a fresh timestamp)
    response = send(declined)
    # then it is acknowledged and nothing changes
    assert response.status_code == 200 and response.json() == {"status": "duplicate"}
    assert (
        state(order)
        == paid
        == (
            OrderStatus.PAID,
            PaymentStatus.PAID,
            [(AttemptStatus.FAILED, "Card expired"), (AttemptStatus.SUCCEEDED, "")],
            2,
        )
    )


def test_a_late_failure_of_an_older_attempt_does_not_undo_a_newer_success(order):
    first = services.payment_attempt_start(order=order)
    second = services.payment_attempt_start(order=order)
    assert send(verdict(second)).status_code == 200
    assert send(verdict(first, "failed")).status_code == 200
    assert state(order)[:3] == (
        OrderStatus.PAID,
        PaymentStatus.PAID,
        [(AttemptStatus.FAILED, "Card expired"), (AttemptStatus.SUCCEEDED, "")],
    )


def test_an_unfinished_attempt_is_shown_as_not_completed_once_another_paid(buyer_client, order):
    first = services.payment_attempt_start(order=order)
    second = services.payment_attempt_start(order=order)
    assert send(verdict(second)).status_code == 200

    assert state(order)[:3] == (
        OrderStatus.PAID,
        PaymentStatus.PAID,
        [(AttemptStatus.ABANDONED, ""), (AttemptStatus.SUCCEEDED, "")],
    )
    page = buyer_client.get(reverse("orders:order_detail", args=[order.pk])).text
    assert "Not completed" in page and ">Pending<" not in page
    # The operator's late word on it is still taken (a double charge is logged for staff).
    assert send(verdict(first, "failed")).status_code == 200
    assert state(order)[2][0] == (AttemptStatus.FAILED, "Card expired")
    assert state(order)[:2] == (OrderStatus.PAID, PaymentStatus.PAID)


def test_a_late_failure_of_an_older_attempt_leaves_a_pending_retry_alone(order):
    first = services.payment_attempt_start(order=order)
    services.payment_attempt_start(order=order)
    assert send(verdict(first, "failed")).status_code == 200
    assert state(order)[:2] == (OrderStatus.AWAITING_PAYMENT, PaymentStatus.PENDING)


def test_a_second_verdict_for_the_same_attempt_is_harmless(order):
    attempt = services.payment_attempt_start(order=order)
    assert send(verdict(attempt)).status_code == 200
    assert send(verdict(attempt, "failed", event_id="evt_other")).status_code == 200
    assert state(order)[:3] == (
        OrderStatus.PAID,
        PaymentStatus.PAID,
        [(AttemptStatus.SUCCEEDED, "")],
    )


def test_an_unknown_reference_is_404_and_nothing_is_stored(order):
    attempt = services.payment_attempt_start(order=order)
    response = send(verdict(attempt, operator_reference="pay_nobody"))
    assert response.status_code == 404
    assert state(order)[3] == 0


@pytest.mark.parametrize("change", [{"amount": "1.00"}, {"currency": "EUR"}, {"amount": "NaN"}])
def test_an_amount_or_currency_mismatch_is_refused(order, change):
    attempt = services.payment_attempt_start(order=order)
    before = state(order)
    assert send(verdict(attempt, **change)).status_code == 400
    assert state(order) == before


def test_the_webhook_takes_only_post(client):
    assert client.get(WEBHOOK).status_code == 405


def test_a_payment_for_a_cancelled_order_is_recorded_and_refunded(
    order, django_capture_on_commit_callbacks
):
    attempt = services.payment_attempt_start(order=order)
    services.order_cancel(order=order)
    with django_capture_on_commit_callbacks(execute=True):  # the refund task runs
        assert send(verdict(attempt)).status_code == 200
    assert state(order)[:2] == (OrderStatus.CANCELLED, PaymentStatus.REFUNDED)
    assert attempt.refunds.get().status == "succeeded"


def test_each_order_pays_its_own_amount(buyer, offer):
    # the webhook for one order's attempt never touches another order
    one, two = OrderFactory(buyer=buyer, offer=offer), OrderFactory(buyer=buyer, offer=offer)
    attempt = services.payment_attempt_start(order=one)
    send(verdict(attempt))
    assert Order.objects.get(pk=one.pk).status == OrderStatus.PAID
    assert Order.objects.get(pk=two.pk).status == OrderStatus.AWAITING_PAYMENT
