"""One request at a time in the live server when the test database is SQLite in memory.

Django's live server answers each request in a thread of its own, and with an in-memory
SQLite database every thread uses the one connection the test holds (there is no other
way to see the same database). Two requests at once (a page and the polls of the page
before it, say) then run statements on one connection concurrently, and SQLite answers
"bad parameter or other API misuse", or a session that is not found: a flaky 500 or an
anonymous page. The browser tests' pages poll, so their requests are serialised here.
PostgreSQL (CI) gives each thread its own connection and does not use this.
"""

import threading

_one_at_a_time = threading.RLock()


class SerialRequestsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with _one_at_a_time:
            return self.get_response(request)
