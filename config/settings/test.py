"""Settings for the test suite: the base settings with fast hashing and isolated files.

The database and the broker still come from the environment, so the same suite runs on
SQLite with in-process tasks and, in CI, on PostgreSQL with Redis and real workers.
"""

import os
import tempfile

# The suite runs in parallel processes (pytest-xdist: gw0, gw1, ...), each with its own
# test database (pytest-django) and, on the shared Redis broker, its own task queue, so
# one process's worker never takes another's task. Set before the base settings read it,
# and in the environment, so a worker the tests start as a subprocess uses it too.
if os.environ.get("PYTEST_XDIST_WORKER"):
    os.environ["CELERY_TASK_DEFAULT_QUEUE"] = f"celery-{os.environ['PYTEST_XDIST_WORKER']}"

from .base import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}
MEDIA_ROOT = tempfile.mkdtemp(prefix="marketplace-test-media-")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
LOGGING["root"]["level"] = "WARNING"  # noqa: F405
STATIC_ROOT = None  # static files come from the finders; nothing is collected in tests
WHITENOISE_USE_FINDERS = True
# Tasks run in-process in tests, whatever the broker; tests that use the `celery_worker`
# fixture switch to the real broker (CELERY_BROKER_URL) and a real worker.
CELERY_TASK_ALWAYS_EAGER = True
EAGER_TASK_FAILURES_RAISE = True
API_EVENTS_SETTLE_SECONDS = 0  # the tests read the journal right after its cause
# The tests' webhook receivers listen on http://127.0.0.1.
WEBHOOK_REQUIRE_HTTPS = False
WEBHOOK_ALLOW_PRIVATE_ADDRESSES = True

# SQLite in memory: the live server's request threads share the test's one connection, so
# the browser tests' requests run one at a time (tests/serial_requests.py).
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    MIDDLEWARE = ["tests.serial_requests.SerialRequestsMiddleware", *MIDDLEWARE]  # noqa: F405

# On PostgreSQL, a transactional test's tables are emptied with DELETE, not TRUNCATE
# (tests/postgresql/base.py): ~1.5 s less after each browser, live-server and worker test.
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":  # noqa: F405
    DATABASES["default"]["ENGINE"] = "tests.postgresql"  # noqa: F405

# Every test's mail comes from 127.0.0.1, hundreds a minute over the suite: the relay's
# per-client rate is off here; tests/messaging/test_relay_tls.py switches it on.
RELAY_CLIENT_RATE = ""

# A model trained from the same examples earlier in the run is reused (a copy of it) rather
# than trained again: Allina's classifier takes ~20 s a training, and the shipped model, the
# `allina evaluate` split and the message rules' model are each wanted by several tests
# (core/modelfile.py, train_once).
MODEL_TRAININGS_REUSED = True
# A run with parallel processes shares them too: tests/conftest.py makes a folder for the run
# and names it here before the processes start (core.modelfile.train_once).
MODEL_TRAININGS_DIR = os.environ.get("MODEL_TRAININGS_DIR", "")
