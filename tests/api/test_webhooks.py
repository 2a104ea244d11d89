"""Signed webhooks: a seller registers an endpoint in the panel (the secret shown once),
every journal event goes to it as a signed POST checked by a real receiver on loopback;
failures (500, timeout, refused connection, wrong secret, a private address in
production) are logged for the seller and retried by the sweep; many in a row switch the
endpoint off; another seller's endpoint is 404; a real worker delivers."""

import re
import time

import pytest
from django.test import Client

from api.models import WebhookDelivery, WebhookEndpoint
from api.tasks import webhooks_sweep
from tests.factories import SellerFactory, order_pay

pytestmark = pytest.mark.django_db


def _register(client, url: str, event_types=()) -> tuple[WebhookEndpoint, str]:
    response = client.post(
        "/settings/applications/webhooks/", {"url": url, "event_types": list(event_types)}
    )
    assert response.status_code == 302, response.content
    page = client.get(response["Location"]).content.decode()
    secret = re.search(r'<code class="secret">([^<]+)</code>', page).group(1)
    return WebhookEndpoint.objects.get(url=url), secret


def _pay(order, capture):
    with capture(execute=True):
        order_pay(order)


def test_a_paid_order_reaches_the_sellers_endpoint_signed(
    seller_client, receiver, order, django_capture_on_commit_callbacks
):
    endpoint, secret = _register(seller_client, receiver.url)
    assert secret.startswith("whsec_")
    again = seller_client.get("/settings/applications/webhooks/").content.decode()
    assert secret not in again and receiver.url in again  # shown once only
    receiver.secret = secret
    _pay(order, django_capture_on_commit_callbacks)
    [delivered] = receiver.accepted()
    assert delivered["type"] == "order.status_changed"
    assert delivered["body"]["data"] == {"orderId": order.pk, "status": "paid"}
    assert delivered["event_id"] == str(delivered["body"]["id"])
    log = seller_client.get(f"/settings/applications/webhooks/{endpoint.pk}/").content.decode()
    assert "order.status_changed" in log and ">200<" in log


def test_only_the_chosen_event_types_are_sent(
    seller_client, receiver, order, django_capture_on_commit_callbacks
):
    _, receiver.secret = _register(seller_client, receiver.url, ["shipment.created"])
    _pay(order, django_capture_on_commit_callbacks)
    assert receiver.received == []


def test_a_500_is_retried_by_the_sweep_and_delivered_once(
    seller_client, receiver, order, settings, django_capture_on_commit_callbacks
):
    settings.WEBHOOK_RETRY_DELAYS = [0, 0, 0]
    endpoint, receiver.secret = _register(seller_client, receiver.url)
    receiver.answers = [500, 200]
    _pay(order, django_capture_on_commit_callbacks)
    assert [row["status"] for row in receiver.received] == [500]
    log = seller_client.get(f"/settings/applications/webhooks/{endpoint.pk}/").content.decode()
    assert "HTTP 500" in log
    with django_capture_on_commit_callbacks(execute=True):
        assert webhooks_sweep() == 1
    with django_capture_on_commit_callbacks(execute=True):
        assert webhooks_sweep() == 0  # delivered: nothing due any more
    assert [row["status"] for row in receiver.received] == [500, 200]
    assert len(receiver.accepted()) == 1
    assert receiver.received[0]["event_id"] == receiver.received[1]["event_id"]
    assert WebhookDelivery.objects.get().status == "delivered"


def test_a_receiver_that_hangs_is_a_timeout_tried_again_later(
    seller_client, receiver, order, settings, django_capture_on_commit_callbacks
):
    settings.WEBHOOK_TIMEOUT_SECONDS = 0.3
    endpoint, receiver.secret = _register(seller_client, receiver.url)
    receiver.answers = [1.5]
    _pay(order, django_capture_on_commit_callbacks)
    delivery = WebhookDelivery.objects.get()
    assert delivery.status == "pending" and delivery.attempts == 1
    assert webhooks_sweep() == 0  # the next try is a minute away
    log = seller_client.get(f"/settings/applications/webhooks/{endpoint.pk}/").content.decode()
    assert "timeout" in log
    assert log.count("<time datetime=") == 2  # when it was tried, when it will be again


def test_a_receiver_with_the_old_secret_refuses_after_a_new_one_is_made(
    seller_client, receiver, order, django_capture_on_commit_callbacks
):
    endpoint, receiver.secret = _register(seller_client, receiver.url)
    response = seller_client.post(f"/settings/applications/webhooks/{endpoint.pk}/secret/")
    new = re.search(
        r'<code class="secret">([^<]+)</code>',
        seller_client.get(response["Location"]).content.decode(),
    ).group(1)
    assert new != receiver.secret
    _pay(order, django_capture_on_commit_callbacks)
    [refused] = receiver.received
    assert refused["valid"] is False and refused["status"] == 401
    log = seller_client.get(f"/settings/applications/webhooks/{endpoint.pk}/").content.decode()
    assert "HTTP 401" in log


def test_many_failures_in_a_row_switch_the_endpoint_off_and_the_seller_is_told(
    seller, seller_client, buyer, offer, address, settings, django_capture_on_commit_callbacks
):
    from tests.factories import OrderFactory

    settings.WEBHOOK_DISABLE_AFTER_FAILURES = 2
    endpoint, _ = _register(seller_client, "http://127.0.0.1:9/refused")  # discard port
    for _number in range(3):
        order = OrderFactory(buyer=buyer, offer=offer, address=address)
        _pay(order, django_capture_on_commit_callbacks)
    endpoint.refresh_from_db()
    assert endpoint.disabled_at is not None
    assert WebhookDelivery.objects.count() < 6  # the later events were not queued for it
    page = seller_client.get("/settings/applications/webhooks/").content.decode()
    assert "Switched off on" in page
    log = seller_client.get(f"/settings/applications/webhooks/{endpoint.pk}/").content.decode()
    assert "connection error" in log
    seller_client.post(f"/settings/applications/webhooks/{endpoint.pk}/enable/")
    endpoint.refresh_from_db()
    assert endpoint.disabled_at is None


def test_production_refuses_http_and_private_addresses(
    seller_client, receiver, order, settings, django_capture_on_commit_callbacks
):
    settings.WEBHOOK_REQUIRE_HTTPS = True
    refused = seller_client.post("/settings/applications/webhooks/", {"url": receiver.url})
    assert refused.status_code == 400 and "Enter an https:// address." in refused.content.decode()
    settings.WEBHOOK_REQUIRE_HTTPS = False
    endpoint, receiver.secret = _register(seller_client, receiver.url)
    settings.WEBHOOK_ALLOW_PRIVATE_ADDRESSES = False
    _pay(order, django_capture_on_commit_callbacks)
    assert receiver.received == []  # never called
    log = seller_client.get(f"/settings/applications/webhooks/{endpoint.pk}/").content.decode()
    assert "non-public address 127.0.0.1" in log


def test_resend_posts_the_same_event_again_and_is_rate_limited(
    seller_client, receiver, order, settings, django_capture_on_commit_callbacks
):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "webhook_resend": "1/h"}
    _, receiver.secret = _register(seller_client, receiver.url)
    _pay(order, django_capture_on_commit_callbacks)
    delivery = WebhookDelivery.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        response = seller_client.post(
            f"/settings/applications/webhooks/deliveries/{delivery.pk}/resend/"
        )
    assert response.status_code == 302
    assert "The event was sent again." in seller_client.get(response["Location"]).content.decode()
    first, second = receiver.accepted()
    assert first["event_id"] == second["event_id"]
    limited = seller_client.post(
        f"/settings/applications/webhooks/deliveries/{delivery.pk}/resend/"
    )
    assert limited.status_code == 429 and "Retry-After" in limited
    assert len(receiver.accepted()) == 2


def test_another_sellers_endpoint_and_deliveries_are_404(
    seller_client, receiver, order, django_capture_on_commit_callbacks
):
    endpoint, receiver.secret = _register(seller_client, receiver.url)
    _pay(order, django_capture_on_commit_callbacks)
    delivery = WebhookDelivery.objects.get()
    stranger = Client()
    stranger.force_login(SellerFactory())
    base = f"/settings/applications/webhooks/{endpoint.pk}"
    assert stranger.get(f"{base}/").status_code == 404
    for action in ("secret", "enable", "delete"):
        assert stranger.post(f"{base}/{action}/").status_code == 404
    resend = f"/settings/applications/webhooks/deliveries/{delivery.pk}/resend/"
    assert stranger.post(resend).status_code == 404
    assert receiver.url not in stranger.get("/settings/applications/webhooks/").content.decode()
    assert WebhookEndpoint.objects.filter(pk=endpoint.pk).exists()


def test_the_forms_need_csrf(seller, receiver):
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(seller)
    response = browser.post("/settings/applications/webhooks/", {"url": receiver.url})
    assert response.status_code == 403
    assert not WebhookEndpoint.objects.exists()


def test_the_delivery_log_reads_in_a_fixed_number_of_queries(
    seller_client,
    receiver,
    buyer,
    offer,
    address,
    django_assert_num_queries,
    django_capture_on_commit_callbacks,
):
    from tests.factories import OrderFactory

    endpoint, receiver.secret = _register(seller_client, receiver.url)
    for _number in range(4):
        _pay(
            OrderFactory(buyer=buyer, offer=offer, address=address),
            django_capture_on_commit_callbacks,
        )
    # session, user, endpoint, attempts (with delivery and event)
    with django_assert_num_queries(4):
        page = seller_client.get(f"/settings/applications/webhooks/{endpoint.pk}/")
    assert page.content.decode().count("order.status_changed") == 4


@pytest.mark.worker
def test_a_real_worker_delivers_after_commit(celery_worker, seller, order, receiver):
    client = Client()
    client.force_login(seller)
    _, receiver.secret = _register(client, receiver.url)
    order_pay(order)
    deadline = time.monotonic() + 15
    while not receiver.accepted() and time.monotonic() < deadline:
        time.sleep(0.1)
    [delivered] = receiver.accepted()
    assert delivered["body"]["data"]["orderId"] == order.pk


def test_the_webhooks_page_reads_in_a_fixed_number_of_queries(
    seller, seller_client, django_assert_num_queries
):
    for number in range(5):
        WebhookEndpoint.objects.create(
            user=seller, url=f"https://tool.example/hook/{number}", secret="whsec_x"
        )
    # session, user, endpoints
    with django_assert_num_queries(3):
        page = seller_client.get("/settings/applications/webhooks/")
    assert page.content.decode().count("https://tool.example/hook/") == 5


def test_the_post_goes_to_the_address_checked_not_a_second_dns_answer(
    seller_client, receiver, order, settings, monkeypatch, django_capture_on_commit_callbacks
):
    """DNS rebinding: the name answers a public address when checked and the receiver's
    loopback address when asked again. The POST connects to the address checked, so the
    inside host (the loopback receiver) is never reached."""
    import socket

    settings.WEBHOOK_ALLOW_PRIVATE_ADDRESSES = False
    settings.WEBHOOK_TIMEOUT_SECONDS = 1
    port = int(receiver.url.split(":")[2].split("/")[0])
    answers = iter(["203.0.113.7", "127.0.0.1", "127.0.0.1"])  # 203.0.113.0/24: see below
    real = socket.getaddrinfo

    def rebinding(host, *args, **kwargs):
        if host != "hooks.rebind.test":
            return real(host, *args, **kwargs)
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (next(answers), port))]

    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    # TEST-NET-3 is not a global address; the guard must see a public one to let it pass.
    monkeypatch.setattr(
        "ipaddress.IPv4Address.is_global",
        property(lambda address: str(address) != "127.0.0.1"),
    )
    endpoint, receiver.secret = _register(seller_client, f"http://hooks.rebind.test:{port}/hooks")
    _pay(order, django_capture_on_commit_callbacks)
    assert receiver.received == []  # the loopback receiver was never called
    log = seller_client.get(f"/settings/applications/webhooks/{endpoint.pk}/").content.decode()
    assert "timeout" in log or "connection error" in log


def test_a_pinned_post_keeps_the_hosts_name_in_the_host_header(
    seller_client, receiver, order, django_capture_on_commit_callbacks
):
    url = receiver.url.replace("127.0.0.1", "localhost")
    _, receiver.secret = _register(seller_client, url)
    _pay(order, django_capture_on_commit_callbacks)
    [accepted] = receiver.accepted()
    assert accepted["host"] == url.split("/")[2]


def _certificate(directory, name: str) -> tuple[str, str]:
    """A self-signed certificate for `name` made by openssl (as the relay's TLS tests do)."""
    import subprocess

    cert, key = directory / f"{name}.pem", directory / f"{name}.key"
    subprocess.run(  # noqa: S603 (a fixed command line)
        [
            "/usr/bin/openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
            "-subj", f"/CN={name}", "-addext", f"subjectAltName=DNS:{name}",
            "-keyout", str(key), "-out", str(cert),
        ],
        check=True,
        capture_output=True,
    )  # fmt: skip
    return str(cert), str(key)


@pytest.mark.parametrize(("certified", "delivered"), [("localhost", True), ("other.test", False)])
def test_a_pinned_https_post_checks_the_certificate_against_the_urls_host(
    seller_client, order, tmp_path, monkeypatch, django_capture_on_commit_callbacks,
    certified, delivered,
):  # fmt: skip
    """Connected to the checked address, TLS still names and verifies the URL's host: a
    receiver whose certificate is for that name is reached; one for another name is not."""
    from tests.api.webhook_receiver import Receiver

    cert, key = _certificate(tmp_path, certified)
    monkeypatch.setenv("SSL_CERT_FILE", cert)  # httpx trusts this certificate alone
    with Receiver(tls=(cert, key)) as receiver:
        url = receiver.url.replace("127.0.0.1", "localhost")
        endpoint, receiver.secret = _register(seller_client, url)
        _pay(order, django_capture_on_commit_callbacks)
        assert (len(receiver.accepted()) == 1) is delivered
    log = seller_client.get(f"/settings/applications/webhooks/{endpoint.pk}/").content.decode()
    assert ("connection error" in log) is not delivered


def test_staff_see_endpoints_and_deliveries_in_admin_without_the_secret(
    seller_client, receiver, order, client, django_user_model, django_capture_on_commit_callbacks
):
    endpoint, receiver.secret = _register(seller_client, receiver.url)
    _pay(order, django_capture_on_commit_callbacks)
    delivery = WebhookDelivery.objects.get()
    staff = django_user_model.objects.create_superuser(
        username="staff", email="staff@example.com", password="staff-password", language="en"
    )
    client.force_login(staff)
    for url in (
        "/admin/api/webhookendpoint/",
        f"/admin/api/webhookendpoint/{endpoint.pk}/change/",
        "/admin/api/webhookdelivery/",
        f"/admin/api/webhookdelivery/{delivery.pk}/change/",
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        assert receiver.secret not in response.content.decode()
    page = client.get(f"/admin/api/webhookdelivery/{delivery.pk}/change/").content.decode()
    assert "200" in page  # the attempt's status code, read-only
    assert client.get("/admin/api/webhookendpoint/add/").status_code == 403
