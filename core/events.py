"""What happened, announced by the layer it happened in, for whoever listens above.

A lower layer (messaging, orders) announces a change it has just written, inside its own
transaction: `announce("message.blocked", user_id=seller.pk, thread_id=..., ...)`. A
higher layer registers a listener from its `AppConfig.ready()` (the seller API keeps its
event journal this way, api/events.py), so the announcing layer imports nothing of it,
as with messaging's stages and hooks. With no listener an announcement does nothing.

A listener runs in the announcer's transaction (an event is kept only if its cause is)
and must not raise for a business outcome; it only records, it never changes what the
service does.
"""

from collections.abc import Callable
from typing import Any

Listener = Callable[..., None]

_listeners: list[Listener] = []


def register_listener(listener: Listener) -> None:
    """Called from an AppConfig.ready(); each listener is registered once."""
    if listener not in _listeners:
        _listeners.append(listener)


def announce(kind: str, *, user_id: int, **data: Any) -> None:
    """`kind` happened, for the account `user_id` (the seller whose thread or order it is);
    `data` is JSON-ready (ids, states)."""
    for listener in _listeners:
        listener(kind=kind, user_id=user_id, data=data)
