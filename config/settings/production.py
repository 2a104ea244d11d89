"""Production settings: the base settings hardened for HTTPS behind a load balancer.

Passes `manage.py check --deploy` with no silenced warnings. Everything secret comes from
the environment and has no default here.
"""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import env, mailers_from_url

DEBUG = False
# The rate limits need a cache every process shares (CACHE_URL=redis://...): without one
# `check` fails (django_ratelimit.E003, silenced only on development machines).
SILENCED_SYSTEM_CHECKS = ["django_ratelimit.W001"]
SECRET_KEY = env.str("SECRET_KEY")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS")
MAILERS = mailers_from_url(env.str("EMAIL_URL"))  # a real SMTP server, no default
if MAILERS["default"]["BACKEND"] == "demo.mailbox.MailboxBackend":
    raise ImproperlyConfigured("EMAIL_URL=mailbox:// is the demo mailbox: not in production.")
# A real payment operator, chosen explicitly; the demo's local one moves no money.
PAYMENT_OPERATOR = env.str("PAYMENT_OPERATOR")
if PAYMENT_OPERATOR == "local":
    raise ImproperlyConfigured("PAYMENT_OPERATOR=local is the demo's operator: not in production.")
PAYMENT_WEBHOOK_SECRET = env.str("PAYMENT_WEBHOOK_SECRET", default="")
# One secret per carrier (CARRIER_WEBHOOK_SECRETS); no shared default: a carrier without
# its own secret is refused, and `check --deploy` fails if a default is set (orders.E001).
CARRIER_WEBHOOK_DEFAULT_SECRET = env.str("CARRIER_WEBHOOK_DEFAULT_SECRET", default="")

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# Sign-in throttling counts per client address: the one the load balancer(s) added.
AXES_IPWARE_META_PRECEDENCE_ORDER = ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"]
AXES_IPWARE_PROXY_COUNT = env.int("AXES_PROXY_COUNT", default=1)
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_SAMESITE = "Lax"

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)  # noqa: F405
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True  # noqa: F405

# The seller API's OAuth2: redirect URIs over https only (RFC 9700 §2.1).
OAUTH2_PROVIDER = {
    **OAUTH2_PROVIDER,  # noqa: F405
    "ALLOWED_REDIRECT_URI_SCHEMES": ["https"],
    "COMPLIANT_BCP_RFC9700_REDIRECT_URI_SCHEME": True,
}
