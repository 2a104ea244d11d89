import os
from pathlib import Path

import pytest

from tests import django_fastpath
from tests.factories import (
    PASSWORD,
    DeliveryAddressFactory,
    OfferFactory,
    OrderFactory,
    SellerFactory,
    ThreadFactory,
    UserFactory,
)

# -- One middleware chain a process, as a server has ----------------------------------------
# The test client's middleware chain is built once a process, not once a client, and built
# again after a setting changes (tests/django_fastpath.py; on a Django version it was not
# checked against, each client builds its own, Django's plain way).
django_fastpath.install()


def pytest_report_header(config):
    return f"test client middleware: {django_fastpath.describe()}"


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    """Rate-limit counts (core/ratelimit.py) live in the cache; every test starts at zero,
    as ids repeat between tests and a count left by one would refuse another's request."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture(autouse=True)
def _default_language():
    """Each test starts and ends in the default language, whatever the previous one activated.

    Views activate the user's language for the request; services and e-mails override it
    per recipient. A language left active by one test would change another test's texts.
    """
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture
def password():
    return PASSWORD


@pytest.fixture
def buyer(db):
    return UserFactory()


@pytest.fixture
def seller(db):
    return SellerFactory()


@pytest.fixture
def other_user(db):
    """Someone who is neither the buyer nor the seller of anything in the test."""
    return UserFactory(username="stranger", registration_marketplace="cz")


@pytest.fixture
def offer(seller):
    return OfferFactory(seller=seller)


@pytest.fixture
def address(buyer):
    return DeliveryAddressFactory(buyer=buyer)


@pytest.fixture
def order(buyer, offer, address):
    return OrderFactory(buyer=buyer, offer=offer, address=address)


@pytest.fixture
def thread(buyer, order):
    return ThreadFactory(buyer=buyer, order=order)


@pytest.fixture
def allina_on(db, monkeypatch):
    """Allina switched on for every seller of the test (tests/factories.py makes sellers
    with her off), as each would in Communication settings."""
    from accounts.models import CommunicationSettings
    from tests import factories

    monkeypatch.setitem(factories.ALLINA_ENABLED, "default", True)
    CommunicationSettings.objects.update(allina_enabled=True)


@pytest.fixture
def buyer_client(client, buyer):
    client.force_login(buyer)
    return client


@pytest.fixture
def seller_client(client, seller):
    client.force_login(seller)
    return client


# Real parts: a Celery worker on the configured broker, and Debian's Chromium.
# Without them (a laptop with nothing installed) those tests are skipped with the reason;
# CI sets REQUIRE_REAL_SERVICES=1, which turns every such skip into a failure.

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]


def _unavailable(reason: str) -> None:
    if os.environ.get("REQUIRE_REAL_SERVICES") == "1":
        pytest.fail(f"required in this run: {reason}")
    pytest.skip(reason)


@pytest.fixture
def celery_worker(transactional_db):
    """A real Celery worker (threads in this process) consuming from the real broker.

    Other tests run tasks in-process; for this one, tasks go through CELERY_BROKER_URL.
    """
    from celery.contrib.testing.worker import start_worker
    from django.conf import settings as django_settings

    from config.celery import app

    if django_settings.CELERY_BROKER_URL == "memory://":
        _unavailable("no CELERY_BROKER_URL: tasks run in-process")
    app.conf.task_always_eager = False
    app.control.purge()  # nothing left over from an earlier run
    try:
        with start_worker(app, pool="threads", concurrency=2, perform_ping_check=False) as worker:
            yield worker
    finally:
        app.conf.task_always_eager = True


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        _unavailable(f"{CHROMIUM} is not installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; the tests' own ORM calls
    # are still synchronous and safe.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def watched_tab(context, *, dismiss_dialogs: bool = False):
    """A new tab that keeps its console messages (`tab.console_messages`), for tests to
    assert on; with `dismiss_dialogs`, it also dismisses every dialog and keeps its text in
    `tab.dialogs` (a test that answers a confirm() itself leaves this off)."""
    tab = context.new_page()
    tab.console_messages = []
    tab.on("console", lambda message: tab.console_messages.append(message.text))
    if dismiss_dialogs:
        tab.dialogs = []
        tab.on("dialog", lambda dialog: (tab.dialogs.append(dialog.message), dialog.dismiss()))
    return tab


def log_in(tab, user, password) -> None:
    """Sign `user` in through the login form, as a person would, and land on the home page."""
    tab.goto("/login/")
    tab.get_by_label("Login").fill(user.username)
    tab.get_by_label("Password").fill(password)
    tab.get_by_role("button", name="Log in").click()
    tab.wait_for_url("/")


@pytest.fixture
def page(browser, live_server):
    """A fresh browser tab; console messages are collected in `page.console_messages`."""
    context = browser.new_context(base_url=live_server.url, locale="en-GB")
    yield watched_tab(context)
    context.close()


@pytest.fixture
def window_for(browser, live_server, password):
    """Opens a browser window (a context of its own) with `user` logged in."""
    contexts = []

    def open_window(user):
        context = browser.new_context(base_url=live_server.url, locale="en-GB")
        contexts.append(context)
        tab = watched_tab(context, dismiss_dialogs=True)
        log_in(tab, user, password)
        return tab

    yield open_window
    for context in contexts:
        context.close()


@pytest.fixture
def screenshot(screenshot_dir):
    """`screenshot(tab, name)` writes the whole page to test-artifacts/screenshots/<name>.png."""
    screenshot_dir.mkdir(parents=True, exist_ok=True)

    def take(tab, name):
        tab.screenshot(path=screenshot_dir / f"{name}.png", full_page=True)

    return take


@pytest.fixture(scope="session")
def screenshot_dir():
    """Where browser tests write screenshots for reviewers: test-artifacts/ (git ignores it)."""
    return Path(__file__).resolve().parent.parent / "test-artifacts" / "screenshots"


# -- The message rules' model, fitted while the first tests run ------------------------------
# On a fresh checkout (CI) the model is fitted once a run (message_rules/model.py; about four
# minutes). The first test to want it fitted it while the other workers, wanting it too,
# waited on its lock: a core idle for minutes. Here the controlling process starts the fit
# at once in a process of its own, and the tests least likely to need the model run first;
# any test that wants it earlier waits on the same lock (core/modelfile.py).
# In those first directories, the tests measured to use the model (`tests/needs_model.txt`,
# written with the `tests/model_use.py` plugin) wait with the rest: in session 23's CI run
# the first of them came within a minute, and both processes then sat ~210 s on the lock.

_MODEL_FIRST_LAST = ("tests/accounts/test_seed_demo.py", "tests/allina", "tests/browser")
_WITHOUT_MODEL_FIRST = (
    "tests/orders",
    "tests/i18n",
    "tests/core",
    "tests/outbox",
    "tests/translation",
    "tests/accounts",
    "tests/api",
    "tests/postgresql",
    "tests/test_",
)


def _needs_model() -> frozenset[str]:
    """`file::test` of the tests in `_WITHOUT_MODEL_FIRST` measured to use the model (a
    parametrised test counts as one); a test missing from the list only waits earlier."""
    listed = Path(__file__).resolve().parent / "needs_model.txt"
    lines = listed.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def pytest_configure(config):
    """With parallel processes, a folder where each distinct model training of the run is
    kept for all of them (core.modelfile.train_once): named in the environment before the
    processes (and the fit below) start, removed at the end."""
    if hasattr(config, "workerinput") or not config.getoption("numprocesses", None):
        return
    import tempfile

    config._trainings_dir = tempfile.mkdtemp(prefix="model-trainings-")
    os.environ["MODEL_TRAININGS_DIR"] = config._trainings_dir


def pytest_unconfigure(config):
    folder = getattr(config, "_trainings_dir", None)
    if folder:
        import shutil

        shutil.rmtree(folder, ignore_errors=True)
        os.environ.pop("MODEL_TRAININGS_DIR", None)


def pytest_sessionstart(session):
    config = session.config
    if hasattr(config, "workerinput") or not config.getoption("numprocesses", None):
        return  # a worker, or a run without workers: the first test fits it as before
    import subprocess
    import sys

    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.test"}
    warm = "import django; django.setup(); from message_rules.engine import _model; _model()"
    config._model_warming = subprocess.Popen(  # noqa: S603 (our own interpreter and code)
        [sys.executable, "-c", warm],
        env=env,
        cwd=Path(__file__).resolve().parent.parent,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,  # if it fails, the first test that wants the model fits it
    )


def pytest_sessionfinish(session):
    warming = getattr(session.config, "_model_warming", None)
    if warming is not None and warming.poll() is None:
        warming.terminate()
        warming.wait(timeout=30)


@pytest.hookimpl(tryfirst=True)  # before pytest-django's, which then puts the tests that
# empty the tables (transactional, live server) last, keeping this order within each group
def pytest_collection_modifyitems(config, items):
    if not hasattr(config, "workerinput"):
        return  # a run without workers keeps the files' order

    needs_model = _needs_model()

    def rank(item) -> int:
        path = item.nodeid
        if path.startswith(_MODEL_FIRST_LAST):
            return 2
        if not path.startswith(_WITHOUT_MODEL_FIRST):
            return 1
        return 1 if path.split("[", 1)[0] in needs_model else 0

    items.sort(key=rank)  # stable: the order within each rank stays
