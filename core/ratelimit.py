"""Rate limits on every action that writes or sends (django-ratelimit).

Limits live in one settings dict, RATE_LIMITS (`"action": "count/period"`), counted in
the shared cache (Redis in production: `check` fails on a cache that is not shared,
django_ratelimit.E003). Windows are fixed (django-ratelimit's), so the wait told to the
user is the time left in the current window.

`rate_limit_hit(request, action)` counts one use and returns the seconds to wait when
the limit is passed (None when allowed); views that keep a draft re-render their form
with `rate_limit_message(seconds)`; `rate_limited(action)` does the rest: a POST over
the limit gets a translated 429 with Retry-After (a page, or for HTMX a fragment whose
message the form shows while keeping what was typed: static/js/app.js).
"""

from collections.abc import Callable
from functools import wraps

from django.conf import settings
from django.http import HttpRequest
from django.utils.translation import ngettext
from django_ratelimit import ALL
from django_ratelimit.core import get_usage

from .errors import error_page

Key = str | Callable[[str, HttpRequest], str]


def _user_or_ip(group: str, request: HttpRequest) -> str:
    """The account whose panel the request works in (a seller's team shares the seller's
    counts: N people do not get N times the shop's rate), else the address."""
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        account = getattr(request, "panel_account", user)
        return f"user:{account.pk}"
    return f"ip:{request.META.get('REMOTE_ADDR', '')}"


def rate_limit_hit(request: HttpRequest, action: str, *, key: Key = _user_or_ip) -> int | None:
    """Count one `action` by `key` (the account, else the address); the seconds to wait
    when this one is over the limit, else None."""
    usage = get_usage(
        request,
        group=f"rl:{action}",
        key=key,
        rate=settings.RATE_LIMITS[action],
        method=ALL,  # callers count only what writes
        increment=True,
    )
    if usage is None or not usage["should_limit"]:
        return None
    return max(1, int(usage["time_left"]))


def rate_limit_message(seconds: int) -> str:
    if seconds < 60:
        return ngettext(
            "You are doing this too often. Try again in %(count)d second.",
            "You are doing this too often. Try again in %(count)d seconds.",
            seconds,
        ) % {"count": seconds}
    minutes = -(-seconds // 60)
    return ngettext(
        "You are doing this too often. Try again in %(count)d minute.",
        "You are doing this too often. Try again in %(count)d minutes.",
        minutes,
    ) % {"count": minutes}


def rate_limited_response(request: HttpRequest, seconds: int):
    return error_page(
        request,
        status=429,
        message=rate_limit_message(seconds),
        headers={"Retry-After": str(seconds)},
    )


def rate_limited(action: str, *, key: Key = _user_or_ip):
    """Decorate a view: a POST over the `action` limit gets the translated 429."""

    def decorate(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if request.method == "POST":
                seconds = rate_limit_hit(request, action, key=key)
                if seconds is not None:
                    return rate_limited_response(request, seconds)
            return view(request, *args, **kwargs)

        return wrapped

    return decorate
