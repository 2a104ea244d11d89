"""Which fast path each library runs, and a system check that warns of a fallback
(registered by MessagingConfig.ready(); the package itself imports nothing, so the bench's
SMTP sink can use the aiosmtpd module without Django)."""

from django.core import checks

from . import aiosmtpd, django_models, psycopg, pyspf

MODULES = {"aiosmtpd": aiosmtpd, "psycopg": psycopg, "django": django_models, "pyspf": pyspf}


def status() -> dict[str, str]:
    """Library -> "fast (version)" or "fallback (version, why)"."""
    return {name: module.describe() for name, module in MODULES.items()}


@checks.register()
def fast_paths(app_configs=None, **kwargs) -> list[checks.CheckMessage]:
    return [
        checks.Warning(
            f"relay fast path for {name} is off: {module.describe()}",
            hint="The relay works, a little slower; update messaging/relay/fastpath/.",
            id="messaging.W001",
        )
        for name, module in MODULES.items()
        if not module.active() and module.expected()
    ]
