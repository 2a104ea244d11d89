"""`manage.py check --deploy` on the production settings, as CI runs it (.ci/run)."""

import functools
import os
import secrets
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# What a production deployment sets at the least (.ci/run sets the same).
PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "config.settings.production",
    "ALLOWED_HOSTS": "seller.example.com",
    "EMAIL_URL": "smtp://127.0.0.1:25",
    "PAYMENT_OPERATOR": "payu",
    "PAYU_API_URL": "https://secure.payu.com",
    "PAYU_POS_ID": "145227",
    "PAYU_CLIENT_ID": "145227",
    "PAYU_CLIENT_SECRET": "ci-payu-client-secret",
    "PAYU_SECOND_KEY": "ci-payu-second-key",
    "CARRIER_WEBHOOK_SECRETS": "inpost=ci-inpost,dpd=ci-dpd,dhl=ci-dhl,gls=ci-gls",
    "CACHE_URL": "redis://127.0.0.1:6379/1",
}


_NEW_SECRET = "(a new random secret key)"


def check_deploy(**overrides: str | None) -> subprocess.CompletedProcess:
    """Run the deploy check with the production environment; None removes a variable.

    The same environment is checked once a test process: tests that ask about the same
    settings (the complete production set is asked for in three test files) read the one
    result, as each run takes seconds (Django and scikit-learn imported anew)."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_", "CARRIER_", "PAYMENT_", "PAYU_", "CACHE_"))
    }
    env.update(PRODUCTION_ENV, SECRET_KEY=_NEW_SECRET)
    for key, value in overrides.items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    return _check_deploy(frozenset(env.items()))


@functools.cache
def _check_deploy(env: frozenset[tuple[str, str]]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env={
            key: secrets.token_urlsafe(64) if value == _NEW_SECRET else value for key, value in env
        },
        capture_output=True,
        text=True,
        timeout=120,
    )
