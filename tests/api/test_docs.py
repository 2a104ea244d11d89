"""docs/api.md's curl examples run, in order, against a live server, and do what the
guide says they do."""

import re
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfWriter

from messaging.models import Attachment, Message, MessageState
from orders.models import OrderStatus
from tests.api.conftest import SECRET

pytestmark = pytest.mark.django_db(transaction=True)

GUIDE = Path(__file__).resolve().parents[2] / "docs" / "api.md"


def _blocks() -> list[str]:
    return re.findall(r"```sh\n(.*?)```", GUIDE.read_text(), flags=re.DOTALL)


def test_the_guides_curl_examples_work(live_server, own_tool, thread, paid_order, tmp_path):
    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    with open(tmp_path / "invoice.pdf", "wb") as pdf:
        writer.write(pdf)
    script = "set -euo pipefail\n" + "\necho\n".join(_blocks())
    env = {
        "PATH": "/usr/bin:/bin",
        "BASE": live_server.url,
        "CLIENT_ID": own_tool.client_id,
        "CLIENT_SECRET": SECRET,
        "THREAD_ID": str(thread.pk),
        "ORDER_ID": str(paid_order.pk),
    }
    run = subprocess.run(  # noqa: S603
        ["/bin/bash", "-c", script],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    output = run.stdout
    assert '"status": "DELIVERED"' in output
    assert "Handel poza platformą" in output  # the blocked one, answered in Polish
    assert '"type": "shipment.created"' in output
    delivered = Message.objects.get(text="Here is your invoice.")
    assert delivered.state == MessageState.DELIVERED
    assert Attachment.objects.get(message=delivered).content_type == "application/pdf"
    assert Message.objects.get(text="Zadzwoń 601 234 567").state == MessageState.BLOCKED
    paid_order.refresh_from_db()
    assert paid_order.status == OrderStatus.SHIPPED
    assert len(_blocks()) >= 6


def test_the_guides_webhook_verification_accepts_a_real_delivery_and_refuses_forgeries(
    seller, order, receiver, client
):
    """docs/api.md's Python block, run as a receiver would run it, on what we really sent."""
    import time as clock

    from api.webhooks import SIGNATURE_HEADER, sign
    from tests.factories import order_pay

    [snippet] = re.findall(r"```python\n(.*?)```", GUIDE.read_text(), flags=re.DOTALL)
    namespace: dict = {}
    exec(compile(snippet, "docs/api.md", "exec"), namespace)  # noqa: S102 (our own guide)
    verified = namespace["webhook_verified"]

    client.force_login(seller)
    client.post("/settings/applications/webhooks/", {"url": receiver.url})
    page = client.get("/settings/applications/webhooks/").content.decode()
    secret = re.search(r'<code class="secret">([^<]+)</code>', page).group(1)
    receiver.secret = secret
    order_pay(order)  # transactional test: the delivery goes after the real commit
    [delivered] = receiver.accepted()
    header, body = delivered["signature"], delivered["raw"]
    assert verified(secret, header, body) and b'"paid"' in body
    assert not verified("whsec_wrong", header, body)
    assert not verified(secret, header, body.replace(b"paid", b"sent"))
    old = sign(secret=secret, timestamp=int(clock.time()) - 301, body=body)
    assert not verified(secret, old, body)  # outside the replay window
    assert not verified(secret, "v1=deadbeef", body)
    assert SIGNATURE_HEADER == "X-Marketplace-Signature"
