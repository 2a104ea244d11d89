"""Settings shared by every environment.

Everything that differs between machines comes from the environment (django-environ),
with defaults that run the whole system on one machine with nothing installed: SQLite,
Celery tasks executed in-process, e-mail printed to the console. `.env.example` lists
every variable.
"""

from datetime import timedelta
from pathlib import Path

import environ
from django.utils.csp import CSP
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

SECRET_KEY = env.str("SECRET_KEY", default="django-insecure-local-development-only")
DEBUG = env.bool("DEBUG", default=True)
# With DEBUG on, a missing page still shows the house 404 page (core.middleware); true
# shows Django's debug page with the site's routes instead, for a developer.
DEBUG_TECHNICAL_404 = env.bool("DEBUG_TECHNICAL_404", default=False)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "outbox",
    "accounts",
    "orders",
    "messaging",
    "moderation",
    "message_rules",
    "allina",
    "translation",
    "api",
    "demo",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    # SearchVectorField (messaging.Thread.search_document) requires it; on other databases
    # it does nothing.
    "django.contrib.postgres",
    "django_htmx",
    "axes",
    "django_ratelimit",
    "oauth2_provider",
    "ninja",  # its Swagger UI from static/, never from a CDN
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "accounts.middleware.AccountLanguageMiddleware",
    "accounts.middleware.PanelAccountMiddleware",
    # With DEBUG on, a missing page is the house 404 page, not Django's list of routes.
    "core.middleware.HouseNotFoundMiddleware",
    # Before CsrfViewMiddleware reads the body; after the language is known.
    "core.middleware.RequestSizeLimitMiddleware",
    "core.middleware.PrivateCacheMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    # Last, as django-axes asks: it turns a lockout into accounts.lockout's answer.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
ADMIN_URL = env.str("ADMIN_URL", default="admin/")
WSGI_APPLICATION = "config.wsgi.application"
ASGI_APPLICATION = "config.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "accounts.context_processors.navigation",
            ],
        },
    },
]

DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
}
DATABASES["default"]["ATOMIC_REQUESTS"] = False
DATABASES["default"].setdefault("CONN_MAX_AGE", env.int("CONN_MAX_AGE", default=0))
# The mail relay's per-message statements are prepared on the PostgreSQL server: the
# relay process sets DATABASES["default"]["OPTIONS"]["prepare_threshold"] as it starts
# (messaging/relay/fastpath/psycopg.py; other processes leave it unset, as psycopg's
# bookkeeping of a threshold costs every statement a little). Turn it off behind a
# transaction-pooling proxy (PgBouncer in transaction mode), where a prepared statement
# may meet another server session.
RELAY_PREPARED_STATEMENTS = env.bool("DATABASE_PREPARED_STATEMENTS", default=True)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# The learned model beside the message rules (message_rules/model.py) decides too unless
# this is off. It was off while it blocked everyday short lines ("Do you also have it in
# blue?" as a prohibited item); calibrated and gated on short lines, it blocks 1 of 1,564
# short everyday lines of the second held-out set (the one the rules alone block) and 0 of
# 2,200 of the first (README); `manage.py moderate --evaluate [--with-model]` measures it.
MESSAGE_RULES_MODEL = env.bool("MESSAGE_RULES_MODEL", default=True)
AUTH_USER_MODEL = "marketplace.User"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"

# Rate limits on every action that writes or sends (core/ratelimit.py, django-ratelimit),
# per account (or address, signed out), in fixed windows, counted in the shared cache
# (CACHE_URL: Redis in production; `check` refuses a cache that is not shared, E003).
# Set so a busy seller never meets them (answering 20 buyers in five minutes is 4 a
# minute) and a script does at once (60 replies in 1.7 s, 15 verification e-mails to one
# stranger's address were all taken before). The verification e-mail is also counted per
# address it goes to, across every account, so nobody can use us to flood a mailbox.
RATE_LIMITS = {
    "message_send": env.str("RATE_LIMIT_MESSAGE_SEND", default="20/m"),
    "question_ask": env.str("RATE_LIMIT_QUESTION_ASK", default="10/m"),
    "checkout": env.str("RATE_LIMIT_CHECKOUT", default="10/m"),
    # Pickup-point searches at checkout (each may ask the carrier's API).
    "pickup_points": env.str("RATE_LIMIT_PICKUP_POINTS", default="60/m"),
    "payment_start": env.str("RATE_LIMIT_PAYMENT_START", default="10/m"),
    "address_write": env.str("RATE_LIMIT_ADDRESS_WRITE", default="30/h"),
    "verification_email_account": env.str("RATE_LIMIT_VERIFICATION_ACCOUNT", default="10/h"),
    "verification_email_target": env.str("RATE_LIMIT_VERIFICATION_TARGET", default="3/h"),
    "email_verify": env.str("RATE_LIMIT_EMAIL_VERIFY", default="20/h"),
    "settings_write": env.str("RATE_LIMIT_SETTINGS_WRITE", default="60/h"),
    "shipment_write": env.str("RATE_LIMIT_SHIPMENT_WRITE", default="60/m"),
    "report": env.str("RATE_LIMIT_REPORT", default="20/h"),
    "translation_report": env.str("RATE_LIMIT_TRANSLATION_REPORT", default="20/h"),
    # The Message Center's actions on threads (mark read/unread, archive, no response
    # needed), one count per click whatever the number of threads selected.
    "thread_action": env.str("RATE_LIMIT_THREAD_ACTION", default="60/m"),
    # Internal notes on a conversation (messaging/notes.py).
    "note_add": env.str("RATE_LIMIT_NOTE_ADD", default="30/m"),
    # The seller API (api/): every call counts for its application (all its sellers
    # together) and for the seller (all their applications together); messages written
    # through it count in message_send as on the web.
    "api_application": env.str("RATE_LIMIT_API_APPLICATION", default="9000/m"),
    "api_seller": env.str("RATE_LIMIT_API_SELLER", default="600/m"),
    "webhook_resend": env.str("RATE_LIMIT_WEBHOOK_RESEND", default="30/h"),
    # A seller's team (accounts/team.py): invitations (each sends an e-mail), changes of
    # permissions and (de)activations; and joining by an invitation link, per address.
    "team_invite": env.str("RATE_LIMIT_TEAM_INVITE", default="20/h"),
    # Invitations to one address, from every shop together (nobody floods a mailbox).
    "team_invite_target": env.str("RATE_LIMIT_TEAM_INVITE_TARGET", default="3/h"),
    "team_write": env.str("RATE_LIMIT_TEAM_WRITE", default="60/h"),
    "team_join": env.str("RATE_LIMIT_TEAM_JOIN", default="10/h"),
    # Assigning a conversation to a person of the shop's team.
    "thread_assign": env.str("RATE_LIMIT_THREAD_ASSIGN", default="60/m"),
}
# Django's RedisCache increments atomically (Redis INCR); django-ratelimit only lists
# django-redis by name (W001). A development machine's in-process cache is fine for one
# process (E003 applies without DEBUG, so production refuses it).
SILENCED_SYSTEM_CHECKS = ["django_ratelimit.W001"]
if DEBUG:
    SILENCED_SYSTEM_CHECKS.append("django_ratelimit.E003")

# Sign-in throttling (django-axes), on the site's and the admin's login: after
# AXES_FAILURE_LIMIT wrong passwords for one account, or from one address, within the
# cool-off, that account (or address) waits AXES_COOLOFF_TIME, told in its language when
# it may try again (accounts/lockout.py). 10 lets a person mistype a few times on a
# phone and stops guessing (150 tries in 71 s got through before); counting per address
# as well stops one address trying one password on many accounts. A right password
# resets the account's count. Staff unlock in admin (Axes: access attempts, or the
# action on users). Attempts are kept in the database (the admin lists them).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=10)
AXES_COOLOFF_TIME = timedelta(minutes=env.int("AXES_COOLOFF_MINUTES", default=15))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "accounts.lockout.lockout_response"
AXES_USERNAME_FORM_FIELD = "username"
# The client's address: here the connection's (a forged X-Forwarded-For changes
# nothing); production, behind its load balancer, reads the hop the balancer added.
AXES_IPWARE_META_PRECEDENCE_ORDER = ["REMOTE_ADDR"]
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"

# Internationalisation: the UI speaks the languages of the four marketplaces and English.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("pl", _("Polish")),
    ("cs", _("Czech")),
    ("sk", _("Slovak")),
    ("hu", _("Hungarian")),
    ("en", _("English")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
FORMAT_MODULE_PATH = ["accounts.formats"]
TIME_ZONE = env.str("TIME_ZONE", default="Europe/Warsaw")
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = env.path("STATIC_ROOT", default=BASE_DIR / "staticfiles")
MEDIA_URL = "media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Content Security Policy (Django's built-in middleware). Scripts only from our origin or
# with the per-request nonce; htmx runs with allowEval off, so no 'unsafe-eval'.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF, CSP.NONCE],
    "img-src": [CSP.SELF, "data:"],
    "connect-src": [CSP.SELF],
    "font-src": [CSP.SELF],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
}

# Celery. With no broker configured, tasks run in-process (eagerly) so the demo needs
# nothing installed; with CELERY_BROKER_URL (Redis) they go to real workers.
CELERY_BROKER_URL = env.str("CELERY_BROKER_URL", default="") or "memory://"
CELERY_TASK_ALWAYS_EAGER = CELERY_BROKER_URL == "memory://"
CELERY_TASK_EAGER_PROPAGATES = True
# In-process runs only: a task that fails after the user's work was committed is logged
# and left for the sweep (False, the demo), or raised (True, the tests: a bug must fail).
EAGER_TASK_FAILURES_RAISE = env.bool("EAGER_TASK_FAILURES_RAISE", default=False)
CELERY_RESULT_BACKEND = env.str("CELERY_RESULT_BACKEND", default=None)
# Several deployments (or test processes) on one broker keep apart by queue name.
CELERY_TASK_DEFAULT_QUEUE = env.str("CELERY_TASK_DEFAULT_QUEUE", default="celery")
CELERY_TASK_IGNORE_RESULT = CELERY_RESULT_BACKEND is None
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_TIME_LIMIT = env.int("CELERY_TASK_TIME_LIMIT", default=120)
CELERY_TASK_SOFT_TIME_LIMIT = env.int("CELERY_TASK_SOFT_TIME_LIMIT", default=100)
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# A task is redone within a minute when its worker dies (issue #16), by two mechanisms:
# - A task is acknowledged after it ran (acks_late), and when a pool process dies under
#   it (kill -9, out of memory) the worker gives it back to the broker at once
#   (reject_on_worker_lost): another process runs it seconds later.
# - When the whole worker dies, its reserved tasks come back only after Redis'
#   visibility timeout. That timeout must outlast the longest task (150 s hard limit) and
#   the longest retry countdown a worker holds (60 s: longer waits are left to the sweeps,
#   outbox/tasks.py), or Redis would hand running tasks to a second worker; 300 s does.
#   Within the minute the work is redone by the sweeps below instead: every task works on
#   rows (outbox e-mails, queued messages, Allina's questions, pending translations), and
#   each row is picked up again by a sweep that runs every 15-30 s and takes rows left
#   30 s (15 s for Allina) after they were due. Every task is idempotent, so the broker's
#   late copy and the sweep's finds nothing left to do.
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": 300}
CELERY_TIMEZONE = TIME_ZONE
CELERY_BEAT_SCHEDULE = {
    "outbox-sweep": {
        "task": "outbox.tasks.outbox_sweep",
        "schedule": 15.0,  # with outbox.services.SWEEP_GRACE_SECONDS: 45 s at most
    },
    "messages-pipeline-sweep": {
        "task": "messaging.tasks.messages_pipeline_sweep",
        "schedule": 15.0,  # with messaging.services.PIPELINE_GRACE_SECONDS: 45 s at most
    },
    "messages-notify-pending": {
        "task": "messaging.tasks.messages_notify_pending",
        "schedule": 300.0,  # a safety net for notifications, not for lost tasks
    },
    "translations-retry-pending": {
        "task": "translation.tasks.translations_retry_pending",
        "schedule": 30.0,
    },
    "translations-email-overdue": {
        "task": "translation.tasks.translations_email_overdue",
        "schedule": 15.0,
    },
    "allina-questions-sweep": {
        "task": "allina.tasks.questions_sweep",
        "schedule": 30.0,
    },
    "orders-pickup-feeds-refresh": {
        "task": "orders.tasks.pickup_feeds_refresh",
        "schedule": 3600.0,  # Packeta's exports are cached 55 min, Foxpost's list hourly
    },
    "orders-refunds-sweep": {
        "task": "orders.tasks.refunds_sweep",
        "schedule": 60.0,
    },
    "api-webhooks-sweep": {
        "task": "api.tasks.webhooks_sweep",
        "schedule": 60.0,
    },
    "api-uploads-sweep": {
        "task": "api.tasks.uploads_sweep",
        "schedule": 3600.0,
    },
}

# E-mail: outbound delivery through a real SMTP server given as EMAIL_URL
# (smtp://host:25, smtp+tls://user:password@host:587 for STARTTLS, smtp+ssl:// for TLS);
# kept in the demo mailbox by default (mailbox://, DEBUG only: .eml files under
# DEMO_MAILBOX_DIR, read at /dev/mailbox/); consolemail:// prints it. Django 6.1's MAILERS.

DEMO_MAILBOX_DIR = env.path("DEMO_MAILBOX_DIR", default=BASE_DIR / "mailbox")


def mailers_from_url(url: str) -> dict:
    """MAILERS with one default mailer described by an e-mail URL."""
    if url.startswith("mailbox://"):
        return {"default": {"BACKEND": "demo.mailbox.MailboxBackend", "OPTIONS": {}}}
    config = environ.Env.email_url_config(url)
    options = {}
    if config["EMAIL_BACKEND"].endswith("smtp.EmailBackend"):
        options = {
            "host": config["EMAIL_HOST"] or "localhost",
            "port": config["EMAIL_PORT"] or 25,
            "username": config["EMAIL_HOST_USER"] or "",
            "password": config["EMAIL_HOST_PASSWORD"] or "",
            "use_tls": bool(config.get("EMAIL_USE_TLS", False)),
            "use_ssl": bool(config.get("EMAIL_USE_SSL", False)),
            "timeout": env.int("EMAIL_TIMEOUT", default=30),
        }
    return {"default": {"BACKEND": config["EMAIL_BACKEND"], "OPTIONS": options}}


MAILERS = mailers_from_url(env.str("EMAIL_URL", default="mailbox://"))
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="noreply@allegromail.pl")
SERVER_EMAIL = env.str("SERVER_EMAIL", default=DEFAULT_FROM_EMAIL)

# Masked e-mail addresses (SPEC §4): accounts registered on the Polish site use the Polish
# domain, all others the international one.
MASKED_MAIL_DOMAIN_PL = env.str("MASKED_MAIL_DOMAIN_PL", default="allegromail.pl")
MASKED_MAIL_DOMAIN_INTERNATIONAL = env.str(
    "MASKED_MAIL_DOMAIN_INTERNATIONAL", default="allegromail.com"
)
# Return paths (outbox/returns.py): every e-mail's envelope sender is
# bounces+<row>-<signature>@ this domain, which must be delivered to the relay (its MX),
# so delivery reports and auto-replies find the e-mail they are about. Empty: the
# envelope sender is the From address.
OUTBOX_RETURN_PATH_DOMAIN = env.str("OUTBOX_RETURN_PATH_DOMAIN", default=MASKED_MAIL_DOMAIN_PL)
# The inbound relay (`manage.py run_mail_relay`) advertises this as SMTP SIZE and refuses
# larger messages with 552.
RELAY_MAX_MESSAGE_BYTES = env.int("RELAY_MAX_MESSAGE_BYTES", default=25 * 1024 * 1024)
# Threads per relay process that run the database work of SMTP commands. Few: the work
# is mostly Python, and a thread coming back from a database round trip waits for the
# GIL behind the others; run more processes (they share the port) to use more cores.
RELAY_DATABASE_THREADS = env.int("RELAY_DATABASE_THREADS", default=2)
# The relay hands the messages it accepted over to the pipeline's task in batches, every
# so many seconds (0: one task per message, on commit; in-process tasks always are): a
# publish costs about 1 ms of the relay's CPU, and mail waits a fifth of a second at most.
RELAY_HANDOVER_SECONDS = env.float("RELAY_HANDOVER_SECONDS", default=0.2)

# Inbound mail authentication (messaging/relay/auth.py). Either the relay checks SPF, DKIM
# and DMARC itself through RELAY_DNS_RESOLVER (a dotted path to a resolver class or
# instance), or, when RELAY_TRUSTED_AUTH_SERVID names the authserv-id of an upstream MTA
# that already checked the mail, it trusts only that MTA's Authentication-Results header.
RELAY_DNS_RESOLVER = env.str(
    "RELAY_DNS_RESOLVER", default="messaging.relay.auth.DnspythonResolver"
)
RELAY_TRUSTED_AUTH_SERVID = env.str("RELAY_TRUSTED_AUTH_SERVID", default="")
# DNS checks run in threads of their own (not the database threads), at most this many at
# once; one look-up waits RELAY_DNS_TIMEOUT, the whole check RELAY_AUTH_TIMEOUT, then the
# sender is told 451 4.4.3 and retries. Answers are cached for their TTL.
# RELAY_DNS_NAMESERVERS: name servers to ask ("ip" or "ip:port"), else the system's.
# STARTTLS on the relay's port: a certificate (chain) and its key, PEM files. With
# RELAY_TLS_REQUIRED the relay takes no mail before STARTTLS (530 5.7.0); off by
# default, as on a public MX (RFC 3207 §4: senders may not be able to).
RELAY_TLS_CERT_FILE = env.str("RELAY_TLS_CERT_FILE", default="")
RELAY_TLS_KEY_FILE = env.str("RELAY_TLS_KEY_FILE", default="")
RELAY_TLS_REQUIRED = env.bool("RELAY_TLS_REQUIRED", default=False)
# Messages (MAIL commands) one client address may start, in a moving window, per relay
# process; beyond it 451 4.7.1 (the sender retries later). Empty: no limit. An upstream
# MTA in front of the relay sends everything from its own address: list it as unlimited.
RELAY_CLIENT_RATE = env.str("RELAY_CLIENT_RATE", default="300/minute")
RELAY_UNLIMITED_CLIENTS = env.list("RELAY_UNLIMITED_CLIENTS", default=[])
RELAY_DNS_THREADS = env.int("RELAY_DNS_THREADS", default=8)
RELAY_DNS_TIMEOUT = env.float("RELAY_DNS_TIMEOUT", default=5.0)
RELAY_AUTH_TIMEOUT = env.float("RELAY_AUTH_TIMEOUT", default=12.0)
RELAY_DNS_NAMESERVERS = env.list("RELAY_DNS_NAMESERVERS", default=[])

# The message pipeline (messaging/pipeline.py): stages every buyer–seller message passes,
# in order, before delivery. Moderation and Allina plug in here.
# The message path's stages (SPEC §9) are registered by their apps; their order is
# messaging.pipeline.STAGE_ORDER, the same in tests and production.

# Allina (allina/): a question her task has not reached after this many seconds (the
# broker was down, a worker was lost) is taken up by the sweep or by the buyer's open page;
# one older than ALLINA_ANSWER_WITHIN_SECONDS goes to the seller unanswered.
ALLINA_SWEEP_AFTER_SECONDS = env.int("ALLINA_SWEEP_AFTER_SECONDS", default=15)
ALLINA_ANSWER_WITHIN_SECONDS = env.int("ALLINA_ANSWER_WITHIN_SECONDS", default=600)

# Reports of messages (moderation): how many one account may file per hour.
MODERATION_REPORTS_PER_HOUR = env.int("MODERATION_REPORTS_PER_HOUR", default=5)

# The web app's address: links in e-mails start with it. `manage.py run_demo` sets the
# address it serves on when SITE_URL is not set (empty counts as not set).
SITE_URL = env.str("SITE_URL", default="") or "http://127.0.0.1:8000"

# The cache (the thread view keeps each message's rendered block in it). In-process by
# default; several web processes share one with CACHE_URL=redis://host:6379/1.
CACHES = {"default": env.cache_url("CACHE_URL", default="locmemcache://")}

# Automatic translation of messages (translation/): TRANSLATION_ENGINE is "libretranslate"
# (LIBRETRANSLATE_URL, optional LIBRETRANSLATE_API_KEY), "deepl" (DEEPL_API_KEY; the API
# address follows the key unless DEEPL_API_URL is set) or "argos" (offline, needs the
# argostranslate package and its language models); empty turns translation off. E-mail
# of a message waits up to TRANSLATION_EMAIL_WAIT_SECONDS for its translation (then the
# translations-email-overdue sweep sends the original with a note).
TRANSLATION_ENGINE = env.str("TRANSLATION_ENGINE", default="")
LIBRETRANSLATE_URL = env.str("LIBRETRANSLATE_URL", default="")
LIBRETRANSLATE_API_KEY = env.str("LIBRETRANSLATE_API_KEY", default="")
DEEPL_API_KEY = env.str("DEEPL_API_KEY", default="")
DEEPL_API_URL = env.str("DEEPL_API_URL", default="")
TRANSLATION_TIMEOUT_SECONDS = env.float("TRANSLATION_TIMEOUT_SECONDS", default=10.0)
TRANSLATION_EMAIL_WAIT_SECONDS = env.int("TRANSLATION_EMAIL_WAIT_SECONDS", default=60)

# Payments: PAYMENT_OPERATOR is "payu" (PayU's REST API, PAYU_* below) or "local", the
# demo's page where the buyer approves or declines and no money moves. Only a development
# machine (DEBUG on) may run the local one: production settings refuse it, and so does
# the system check orders.E010 whenever DEBUG is off.
PAYMENT_OPERATOR = env.str("PAYMENT_OPERATOR", default="local")
PAYU_API_URL = env.str("PAYU_API_URL", default="https://secure.snd.payu.com")
PAYU_POS_ID = env.str("PAYU_POS_ID", default="")
PAYU_CLIENT_ID = env.str("PAYU_CLIENT_ID", default="")
PAYU_CLIENT_SECRET = env.str("PAYU_CLIENT_SECRET", default="")
PAYU_SECOND_KEY = env.str("PAYU_SECOND_KEY", default="")
PAYU_TIMEOUT_SECONDS = env.float("PAYU_TIMEOUT_SECONDS", default=10.0)
# The local operator signs its webhooks with HMAC-SHA256 using this secret.
PAYMENT_WEBHOOK_SECRET = env.str(
    "PAYMENT_WEBHOOK_SECRET", default="local-payment-operator-secret-for-development"
)
# Carriers push tracking events signed with HMAC-SHA256, one secret per carrier
# (CARRIER_WEBHOOK_SECRETS=inpost=...,dpd=...); carriers not listed share the default, which
# only development has (production refuses it: orders/webhook_checks.py).
CARRIER_WEBHOOK_SECRETS = env.dict("CARRIER_WEBHOOK_SECRETS", default={})
CARRIER_WEBHOOK_DEFAULT_SECRET = env.str(
    "CARRIER_WEBHOOK_DEFAULT_SECRET", default="local-carrier-secret-for-development"
)

# Pickup points at checkout (orders/pickup_points.py): "local", a small shipped set of
# demo points for PL/CZ/SK/HU (no network), or a comma-separated list of the networks
# served live: "inpost" (ShipX Points API, asked per search), "packeta" and "foxpost"
# (their feeds, downloaded hourly by orders.tasks.pickup_feeds_refresh and searched
# locally). Networks not listed are served by the local set. Look-ups are cached for
# PICKUP_POINTS_CACHE_SECONDS.
PICKUP_POINTS_SOURCE = env.str("PICKUP_POINTS_SOURCE", default="local")
INPOST_POINTS_API_URL = env.str(
    "INPOST_POINTS_API_URL", default="https://api-shipx-pl.easypack24.net"
)
INPOST_API_TOKEN = env.str("INPOST_API_TOKEN", default="")
PICKUP_POINTS_TIMEOUT_SECONDS = env.float("PICKUP_POINTS_TIMEOUT_SECONDS", default=5.0)
PACKETA_FEED_URL = env.str("PACKETA_FEED_URL", default="https://pickup-point.api.packeta.com/v5")
PACKETA_API_KEY = env.str("PACKETA_API_KEY", default="")
PACKETA_FEED_LANGUAGE = env.str("PACKETA_FEED_LANGUAGE", default="en")
FOXPOST_FEED_URL = env.str("FOXPOST_FEED_URL", default="https://cdn.foxpost.hu/foxplus.json")
PICKUP_FEED_TIMEOUT_SECONDS = env.float("PICKUP_FEED_TIMEOUT_SECONDS", default=60.0)
PICKUP_POINTS_CACHE_SECONDS = env.int("PICKUP_POINTS_CACHE_SECONDS", default=300)

# Uploads.
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
# The largest body taken at all, checked on Content-Length before anything is read
# (core.middleware.RequestSizeLimitMiddleware): five attachments of 10 MiB and the form
# around them. Larger requests get a translated 413 without being read.
REQUEST_MAX_BYTES = env.int("REQUEST_MAX_BYTES", default=51 * 1024 * 1024)
DATA_UPLOAD_MAX_NUMBER_FILES = 10
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440

# The seller API's OAuth2 (django-oauth-toolkit; docs/api.md). Third-party applications
# use the authorization code with PKCE (S256 only); a seller's own tool uses client
# credentials and acts as the seller who registered it. Tokens last an hour; a refresh
# token is rotated on use.
# Named for migrations that point at the toolkit's swappable models (api.ToolScopes).
OAUTH2_PROVIDER_APPLICATION_MODEL = "oauth2_provider.Application"
OAUTH2_PROVIDER = {
    "SCOPES": {
        "messages:read": _("Read your conversations with buyers"),
        "messages:write": _("Write to buyers and mark conversations read"),
        "orders:read": _("Read your orders with the buyer's details and delivery address"),
        "orders:write": _("Add shipments to your orders"),
    },
    "DEFAULT_SCOPES": ["messages:read"],
    # A seller's own tool gets the scopes the seller chose for it at most (api/scopes.py).
    "SCOPES_BACKEND_CLASS": "api.scopes.ApplicationScopes",
    "PKCE_REQUIRED": True,
    "ACCESS_TOKEN_EXPIRE_SECONDS": env.int("OAUTH2_ACCESS_TOKEN_SECONDS", default=3600),
    "REFRESH_TOKEN_EXPIRE_SECONDS": 90 * 24 * 3600,
    "ROTATE_REFRESH_TOKEN": True,
    # A refresh token used twice (stolen and replayed) revokes its whole family.
    "REFRESH_TOKEN_REUSE_PROTECTION": True,
    "OIDC_ENABLED": False,
    # RFC 9700 (OAuth 2.0 Security BCP): no implicit or password grant, PKCE S256 only,
    # tokens only in the Authorization header, `iss` in the authorization response,
    # tokens stored hashed.
    "COMPLIANT_BCP_RFC9700_IMPLICIT_GRANT": True,
    "COMPLIANT_BCP_RFC9700_PASSWORD_GRANT": True,
    "COMPLIANT_BCP_RFC9700_PKCE_METHOD": True,
    "COMPLIANT_BCP_RFC9700_ACCESS_TOKEN_TRANSPORT": True,
    "COMPLIANT_BCP_RFC9700_AUTHZ_RESPONSE_ISS": True,
    "COMPLIANT_BCP_RFC9700_TOKEN_STORAGE": True,
    "COMPLIANT_BCP_RFC9700_REFRESH_TOKEN": True,
    # Development and tests register http redirect URIs (a local tool, the live
    # server); production takes https only (config/settings/production.py).
    "ALLOWED_REDIRECT_URI_SCHEMES": ["http", "https"],
}

# The event journal (GET /api/v1/messaging/events) shows an event once it is this old, so
# that a transaction committing a lower id late is not skipped by a poller (api/journal.py).
API_EVENTS_SETTLE_SECONDS = env.float("API_EVENTS_SETTLE_SECONDS", default=2.0)
# Signed webhooks (api/webhooks.py, docs/api.md): a failed POST is tried again after each
# of these delays (seconds: 1 min, 5 min, 30 min, 2 h, 12 h), then given up; this many
# failed attempts in a row switch an endpoint off. Production accepts https:// endpoints
# resolving to public addresses only (the SSRF guard); development allows any.
WEBHOOK_RETRY_DELAYS = [
    int(delay)
    for delay in env.list("WEBHOOK_RETRY_DELAYS", default=["60", "300", "1800", "7200", "43200"])
]
WEBHOOK_DISABLE_AFTER_FAILURES = env.int("WEBHOOK_DISABLE_AFTER_FAILURES", default=20)
WEBHOOK_TIMEOUT_SECONDS = env.float("WEBHOOK_TIMEOUT_SECONDS", default=10.0)
WEBHOOK_REQUIRE_HTTPS = env.bool("WEBHOOK_REQUIRE_HTTPS", default=not DEBUG)
WEBHOOK_ALLOW_PRIVATE_ADDRESSES = env.bool("WEBHOOK_ALLOW_PRIVATE_ADDRESSES", default=DEBUG)
# Attachments declared through the API whose bytes never came are deleted after this.
API_UPLOAD_GRACE_HOURS = env.int("API_UPLOAD_GRACE_HOURS", default=24)

SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False  # htmx reads the token from the page, not the cookie.
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
}
