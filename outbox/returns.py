"""Return paths (VERP): each e-mail's envelope sender names its outbox row.

An e-mail leaves with `MAIL FROM:<bounces+<id>-<signature>@<domain>>` (the `From:` header
stays what the row says). A delivery status notification (RFC 3464) or an RFC 3834
auto-reply goes to that address, which the mail relay receives, so the row is known even
when the report quotes nothing of the original. The signature (HMAC of the id with the
secret key) makes the address unguessable: nobody can mark another row returned.
`OUTBOX_RETURN_PATH_DOMAIN` empty: the envelope sender is the `From:` address, as before.
"""

import hashlib
import hmac
import re

from django.conf import settings

from .models import OutboundEmail

PREFIX = "bounces"
_SIGNATURE_LENGTH = 12
_ADDRESS_RE = re.compile(rf"^{PREFIX}\+(?P<id>[1-9][0-9]{{0,18}})-(?P<sig>[a-f0-9]{{12}})$")


def _signature(email_id: int) -> str:
    key = hashlib.sha256(b"outbox.return-path:" + settings.SECRET_KEY.encode()).digest()
    return hmac.new(key, str(email_id).encode(), hashlib.sha256).hexdigest()[:_SIGNATURE_LENGTH]


def domain() -> str:
    return getattr(settings, "OUTBOX_RETURN_PATH_DOMAIN", "")


def return_path(email_id: int) -> str | None:
    """The envelope sender of row `email_id`, or None when return paths are off."""
    if not domain():
        return None
    return f"{PREFIX}+{email_id}-{_signature(email_id)}@{domain()}"


def email_for_return_path(address: str) -> OutboundEmail | None:
    """The row a return path names, or None (not one, a forged signature, unknown row)."""
    local, _at, address_domain = (address or "").strip().lower().rpartition("@")
    if not domain() or address_domain != domain().lower():
        return None
    match = _ADDRESS_RE.match(local)
    if match is None:
        return None
    email_id = int(match["id"])
    if not hmac.compare_digest(match["sig"], _signature(email_id)):
        return None
    return OutboundEmail.objects.filter(pk=email_id).first()


def is_return_path(address: str) -> bool:
    local = (address or "").strip().lower().rpartition("@")[0]
    return local.startswith(PREFIX + "+")
