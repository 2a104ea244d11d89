"""`manage.py run_demo` (`make demo`), run for real: its own database, port and mailbox.

Findings (issue #18): every link in the demo's e-mails pointed to port 8000 whatever port
the demo ran on, and a wrong address showed Django's debug page listing every route.
"""

import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from django.conf import settings

STARTUP_SECONDS = 240  # migrate, seed the demo data, start the relay and the server


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """The demo on a port that is not 8000, with SITE_URL unset; yields (url, mailbox).
    Started once for this module's tests (about half a minute)."""
    tmp_path = tmp_path_factory.mktemp("demo")
    port, relay_port = _free_port(), _free_port()
    mailbox = tmp_path / "mailbox"
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("SITE_URL", "DJANGO_SETTINGS_MODULE", "CELERY_BROKER_URL")
    }
    env.update(
        DATABASE_URL=f"sqlite:///{tmp_path / 'demo.sqlite3'}",
        DEMO_MAILBOX_DIR=str(mailbox),
        EMAIL_URL="mailbox://",
        DEBUG="true",
        SITE_URL="",
    )
    process = subprocess.Popen(  # noqa: S603 (our interpreter, our manage.py)
        [
            sys.executable,
            str(Path(settings.BASE_DIR) / "manage.py"),
            "run_demo",
            "--port",
            str(port),
            "--relay-port",
            str(relay_port),
        ],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,  # the relay it starts stops with it
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + STARTUP_SECONDS
        while True:
            try:
                httpx.get(f"{url}/login/", timeout=2)
                break
            except httpx.TransportError:
                if process.poll() is not None or time.monotonic() > deadline:
                    output = process.stdout.read().decode(errors="replace")
                    pytest.fail(f"the demo did not start:\n{output[-3000:]}")
                time.sleep(0.5)
        yield url, mailbox
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        process.stdout.close()


def test_links_in_the_demos_emails_lead_to_the_port_it_runs_on(demo):
    url, mailbox = demo

    # given the demo's seeding sent e-mails (new orders to sellers, messages to both sides)
    mails = [path.read_text(errors="replace") for path in mailbox.glob("*.eml")]
    assert mails
    links = {link for mail in mails for link in re.findall(r"https?://[^/\s\"'<>=]+", mail)}
    # then every link into the app points at this demo's address, none at port 8000
    app_links = {link for link in links if link.startswith("http://127.0.0.1")}
    assert app_links == {url}


def test_a_wrong_address_in_the_demo_shows_the_house_page_in_the_visitors_language(demo):
    url, _mailbox = demo

    response = httpx.get(f"{url}/no-such-page/", headers={"Accept-Language": "cs"})

    assert response.status_code == 404
    assert "Tato stránka neexistuje, nebo k ní nemáte přístup." in response.text
    assert "Django tried these URL patterns" not in response.text
