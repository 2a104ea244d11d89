"""aiosmtpd fast path: the SMTP session class of the relay (and of the benchmark's sink).

Written against aiosmtpd 1.4 (`SUPPORTED`); with another version `session_class()` is
aiosmtpd's own `SMTP`, unchanged. Imports nothing of Django (the bench's sink uses it).
"""

from email._header_value_parser import get_addr_spec, get_angle_addr
from email.errors import HeaderParseError

import aiosmtpd
from aiosmtpd.smtp import SMTP

SUPPORTED = "1.4."
VERSION = aiosmtpd.__version__


def active() -> bool:
    return VERSION.startswith(SUPPORTED)


def expected() -> bool:
    return True


def describe() -> str:
    if active():
        return f"fast (aiosmtpd {VERSION})"
    return f"fallback (aiosmtpd {VERSION}, the fast path is for {SUPPORTED}x)"


class RelaySMTP(SMTP):
    """aiosmtpd's SMTP session with one change: the address of MAIL FROM and RCPT TO is
    parsed as aiosmtpd 1.4 parses it, without the `typing.Protocol` class its `_getaddr`
    defines at every call (a class built twice per message, 0.06 ms each, three times
    what the parse costs). tests/messaging/test_relay_server.py holds the two to the
    same answers."""

    def _getaddr(self, arg: str) -> tuple[str | None, str | None]:
        if not arg:
            return "", ""
        try:
            if arg.lstrip().startswith("<"):
                address, rest = get_angle_addr(arg)
            else:
                address, rest = get_addr_spec(arg)
        except HeaderParseError:
            return None, None
        except (IndexError, AttributeError):
            # The standard library's parser crashes on some input (`<` alone, `0@[`), and
            # aiosmtpd 1.4 lets it escape (the client gets "500 Error: (IndexError) ...");
            # here it is a malformed address (553).
            return None, None
        try:
            addr = address.addr_spec
        except (IndexError, AttributeError):
            return None, None
        localpart = addr.rpartition("@")[0]
        if self.local_part_limit and len(localpart) > self.local_part_limit:
            return None, None
        return addr, rest


def session_class() -> type[SMTP]:
    """The session class the relay runs: ours on the supported version, else aiosmtpd's."""
    return RelaySMTP if active() else SMTP
