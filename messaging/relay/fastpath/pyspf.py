"""pyspf fast path: SPF's DNS questions answered by the relay's resolver of each check.

pyspf looks names up through its module-level `DNSLookup`. On the versions this was
written for (`SUPPORTED`) it is replaced once by a dispatcher that asks the resolver of
the current check (a context variable, so concurrent checks in other threads or tasks keep
their own: the relay's resolver with its timeouts, or a test's fixed records) and
otherwise the library's own lookup. With another version pyspf is left as it is and uses
its own DNS (the resolver of `using` is then not asked).
"""

import contextlib
import contextvars

import spf

SUPPORTED = "2.0."
VERSION = getattr(spf, "__version__", "")

_current: contextvars.ContextVar[tuple | None] = contextvars.ContextVar(
    "relay_spf_resolver", default=None
)
_library_lookup = spf.DNSLookup


def expected() -> bool:
    return True


def active() -> bool:
    return VERSION.startswith(SUPPORTED)


def describe() -> str:
    if active():
        return f"fast (pyspf {VERSION}, the relay's resolver)"
    return f"fallback (pyspf {VERSION}, the fast path is for {SUPPORTED}x: pyspf's own DNS)"


def _lookup(name, qtype, strict=True, timeout=30):
    current = _current.get()
    if current is None:
        return _library_lookup(name, qtype, strict, timeout)
    resolver, temporary_errors = current
    try:
        values = resolver.query(name, qtype)
    except temporary_errors as exc:
        raise spf.TempError(f"DNS {exc}") from exc
    if qtype in ("TXT", "SPF"):
        values = [(value,) for value in values]  # pyspf joins a record's strings itself
    return [((name, qtype), value) for value in values]


if active():
    spf.DNSLookup = _lookup


@contextlib.contextmanager
def using(resolver, *, temporary_errors: tuple[type[Exception], ...]):
    """SPF checks in this block ask `resolver` (`.query(name, qtype) -> list`); its
    `temporary_errors` become pyspf's TempError."""
    token = _current.set((resolver, temporary_errors))
    try:
        yield
    finally:
        _current.reset(token)
