"""Keyset paging shared by the list pages (thread lists, order lists)."""

from dataclasses import dataclass
from datetime import datetime

from django.utils.dateparse import parse_datetime


@dataclass(frozen=True)
class Cursor:
    """Keyset position in a thread list: the page starts after (last_message_at, id)."""

    at: datetime
    pk: int

    def encode(self) -> str:
        return f"{self.at.isoformat()}~{self.pk}"

    @classmethod
    def decode(cls, value: str | None) -> "Cursor | None":
        if not value or "~" not in value:
            return None
        at, _sep, pk = value.rpartition("~")
        parsed = parse_datetime(at)
        if parsed is None or not pk.isdigit():
            return None
        return cls(parsed, int(pk))
