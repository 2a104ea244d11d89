"""A counter per account that changes when its thread list changes in a way the list's
marker (selectors.thread_list_changes) cannot see in the thread table's indexes:
archiving, "No response needed", assignment. Kept in the shared cache (Redis in
production), so another tab or another person of the shop's team notices on the next poll.
A lost counter (cache flushed) only costs one refresh.
"""

from django.core.cache import cache

_KEY = "messaging:list-version:{}"
_TTL = 60 * 60 * 24 * 7


def list_changed(*account_ids: int) -> None:
    for account_id in account_ids:
        key = _KEY.format(account_id)
        try:
            cache.incr(key)
        except ValueError:  # not there yet (or expired)
            cache.set(key, 1, _TTL)


def list_version(account_id: int) -> int:
    return cache.get(_KEY.format(account_id), 0)
