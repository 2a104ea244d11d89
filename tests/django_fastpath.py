"""Django fast path for the test suite: one middleware chain a process, as a server has.

Django's test client builds the middleware chain the first time its handler serves a
request (`ClientHandler.__call__` calls `load_middleware()` while `_middleware_chain` is
None), so every test's client, and every client a test makes, built it anew; its WhiteNoise
part lists and reads every static file the finders know (about 30 ms of CPU each time,
thousands of times a run). A server process builds it once. With `install()` the first
`ClientHandler` of a process builds it and later ones of the same kind reuse what
`BaseHandler.load_middleware` assigned (`ATTRIBUTES`). A changed setting (the `settings`
fixture, `override_settings`: Django's `setting_changed` signal) drops it, so the next
handler builds it again from the settings then in force, as a fresh client did; middleware
such as SecurityMiddleware and WhiteNoise read settings when built. Every request still goes
through the whole real chain, and each handler keeps its own `enforce_csrf_checks` (read in
its `__call__`, outside the chain).

The chain's innermost step is the first handler's bound `_get_response`, which reads the
same shared lists; the handler state it touches is only those lists.

Only the sync `ClientHandler` is touched: `AsyncClientHandler` (the project has no async
client tests) keeps Django's own `load_middleware`, as does every server handler.

Checked against Django 6.1 (`SUPPORTED`: django/core/handlers/base.py
`BaseHandler.load_middleware`, django/test/client.py `ClientHandler.__call__`); with another
version `install()` does nothing and each client builds its own chain, Django's plain way.
Test-only code, so it lives in tests/, outside the shipped packages and their layers.
tests/test_django_fastpath.py holds it to Django's own behaviour.
"""

import django
from django.core.signals import setting_changed
from django.test.client import ClientHandler

SUPPORTED = ((6, 1),)
VERSION = django.VERSION
# What BaseHandler.load_middleware assigns on the handler; the chain last, as its flag of
# initialisation being complete.
ATTRIBUTES = (
    "_view_middleware",
    "_template_response_middleware",
    "_exception_middleware",
    "_middleware_chain",
)

_installed: dict = {}  # while installed: what uninstall() puts back


def active() -> bool:
    return tuple(VERSION[:2]) in SUPPORTED


def describe() -> str:
    version = ".".join(str(part) for part in VERSION[:3])
    if not active():
        supported = ", ".join(f"{major}.{minor}" for major, minor in SUPPORTED)
        return (
            f"fallback (Django {version}, the fast path is for {supported}: "
            "each test client builds its own middleware chain)"
        )
    if not _installed:
        return f"off (Django {version}, not installed: each client builds its own chain)"
    return f"fast (Django {version}, one middleware chain a process)"


def install() -> bool:
    """Share the test client's middleware chain within the process, on a Django version in
    `SUPPORTED`; otherwise leave `ClientHandler` alone. True if sharing is on."""
    if _installed:
        return True
    if not active():
        return False

    built: dict[tuple[type, bool], tuple] = {}
    own = vars(ClientHandler).get("load_middleware")
    build = ClientHandler.load_middleware

    def load_middleware(self, is_async=False):
        key = (type(self), is_async)
        if key not in built:
            build(self, is_async)
            built[key] = tuple(getattr(self, name) for name in ATTRIBUTES)
        for name, value in zip(ATTRIBUTES, built[key], strict=True):
            setattr(self, name, value)

    def forget(**kwargs):
        built.clear()

    ClientHandler.load_middleware = load_middleware
    setting_changed.connect(forget, weak=False)
    _installed.update(own=own, forget=forget)
    return True


def uninstall() -> None:
    """Django's own `load_middleware` back on `ClientHandler`; nothing shared any more."""
    if not _installed:
        return
    setting_changed.disconnect(_installed["forget"])
    if _installed["own"] is None:
        del ClientHandler.load_middleware
    else:
        ClientHandler.load_middleware = _installed["own"]
    _installed.clear()
