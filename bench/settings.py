"""Settings for benchmarks: production settings, served over plain http on loopback.

Everything is `config.settings.production` as deployed: DEBUG off, persistent
database connections (CONN_MAX_AGE 60), whitenoise with the hashed manifest (so the script
runs `collectstatic` into a temporary STATIC_ROOT), the same middleware and templates.
Secrets production requires get the development values from `.env.example` unless they are
set; only what needs HTTPS is relaxed, and the bench URL conf adds the baseline view.
"""

import os
from pathlib import Path

# Production reads these from the environment and has no defaults for the secrets.
NOT_FROM_EXAMPLE = {
    "DJANGO_SETTINGS_MODULE", "DEBUG", "DATABASE_URL", "CONN_MAX_AGE", "STATIC_ROOT",
    "MEDIA_ROOT", "EMAIL_URL", "SECURE_SSL_REDIRECT", "SECURE_HSTS_SECONDS", "LOG_LEVEL",
}  # fmt: skip
os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1,localhost")
os.environ.setdefault("EMAIL_URL", "smtp://127.0.0.1:25")  # GET pages send no mail
# A real operator's settings (no request reaches it: the benchmarks take no payment).
os.environ.setdefault("PAYMENT_OPERATOR", "payu")
for name in ("PAYU_POS_ID", "PAYU_CLIENT_ID", "PAYU_CLIENT_SECRET", "PAYU_SECOND_KEY"):
    os.environ.setdefault(name, "bench")
for line in (Path(__file__).resolve().parent.parent / ".env.example").read_text().splitlines():
    key, sep, value = line.partition("=")
    if sep and not key.startswith("#") and key.strip() not in NOT_FROM_EXAMPLE:
        os.environ.setdefault(key.strip(), value.strip())

from config.settings.production import *  # noqa: E402, F403
from config.settings.production import BASE_DIR, LOGGING, TEMPLATES  # noqa: E402

ROOT_URLCONF = "bench.urls"
TEMPLATES[0]["DIRS"] = [*TEMPLATES[0]["DIRS"], BASE_DIR / "bench" / "templates"]

# Plain http on 127.0.0.1: no redirect to https, cookies sent without TLS.
SECURE_SSL_REDIRECT = False
SECURE_HSTS_SECONDS = 0
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False

LOGGING["root"]["level"] = "WARNING"

# The benchmarks exercise no rate limit, and each server process keeps its own cache as
# in every earlier run (comparable figures); production requires a shared cache (E003).
SILENCED_SYSTEM_CHECKS = [*SILENCED_SYSTEM_CHECKS, "django_ratelimit.E003"]  # noqa: F405
