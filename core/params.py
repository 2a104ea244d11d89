"""Query parameters read strictly: a value is either clean or absent (None).

`str.isdigit()` takes "²" and "٣", which int() or the database then refuse; a well-formed
date can still be 30 February; an id can be larger than any database column. Parsed
here, each of them is "no such parameter" instead of a 500.
"""

from datetime import datetime

from django.utils import timezone
from django.utils.dateparse import parse_datetime

MAX_ID = 2**63 - 1  # the largest value of a bigint primary key


def parse_int(value: str | None, *, minimum: int = 0, maximum: int = MAX_ID) -> int | None:
    """An ASCII-digit integer within [minimum, maximum], else None."""
    if not value or len(value) > 19 or not value.isascii() or not value.isdigit():
        return None
    number = int(value)
    return number if minimum <= number <= maximum else None


def parse_id(value: str | None) -> int | None:
    return parse_int(value, minimum=1)


def parse_aware_datetime(value: str | None) -> datetime | None:
    """An ISO 8601 date and time (naive ones in the current time zone), else None."""
    if not value or len(value) > 64 or not value.isascii():
        return None
    try:
        parsed = parse_datetime(value)
    except (ValueError, OverflowError):
        return None
    if parsed is None:
        return None
    if timezone.is_naive(parsed):
        try:
            parsed = timezone.make_aware(parsed)
        except (ValueError, OverflowError):
            return None
    return parsed
