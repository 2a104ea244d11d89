"""Keyset paging shared by the list pages (thread lists, order lists)."""

from dataclasses import dataclass
from datetime import datetime

from .params import parse_aware_datetime, parse_id


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
        parsed, number = parse_aware_datetime(at), parse_id(pk)
        if parsed is None or number is None:
            return None  # a malformed cursor is the first page, never an error
        return cls(parsed, number)
