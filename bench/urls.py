"""The product's URL conf plus the benchmark's baseline: a bare view, a 50-row template."""

from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.shortcuts import render
from django.urls import include, path
from django.views.decorators.http import require_GET

BASELINE_ROWS = [
    {
        "pk": n,
        "login": f"buyer{n:05d}",
        "subject": f"Order {n:09d}",
        "preview": "Dzień dobry, kiedy wyślą Państwo paczkę? Proszę o fakturę na firmę.",
        "unread": n % 3,
    }
    for n in range(1, 51)
]


@require_GET
def baseline(request):
    return render(request, "bench/baseline.html", {"rows": BASELINE_ROWS})


# The seller API's baseline: a bare Django JSON view answering 50 rows shaped like the
# API's thread list (the same keys and about as many bytes), no database, no auth.
BASELINE_JSON = {
    "threads": [
        {
            "id": row["pk"],
            "read": not row["unread"],
            "unreadCount": row["unread"],
            "awaitingReply": bool(row["unread"]),
            "lastMessageDateTime": "2026-12-05T10:00:00+00:00",
            "interlocutor": {"id": row["pk"], "login": row["login"]},
            "interlocutorEmail": f"{row['login']}+{row['pk']:09d}@allegromail.pl",
            "subject": row["subject"],
            "order": {"id": row["pk"], "transactionId": f"{row['pk']:09d}"},
            "offer": None,
            "preview": row["preview"],
        }
        for row in BASELINE_ROWS
    ],
    "nextCursor": "MjAyNi0xMi0wNVQxMDowMDowMCswMDowMHw1MA",
}


@require_GET
def baseline_json(request):
    return JsonResponse(BASELINE_JSON)


@require_GET
@login_required
def plain_threads_json(request):
    """The same data as the API's thread list, the plainest way Django serves it: the
    web's session login, the same selector and row shaping, JsonResponse (no OAuth2, no
    schema). How much the API's own layer costs on top of the work itself."""
    from api.messaging import _thread_out
    from core.paging import Cursor
    from messaging import selectors

    threads, next_cursor = selectors.thread_list_for_user(
        user=request.user, cursor=Cursor.decode(request.GET.get("after"))
    )
    return JsonResponse(
        {
            "threads": [_thread_out(thread, request.user) for thread in threads],
            "nextCursor": next_cursor.encode() if next_cursor else None,
        }
    )


urlpatterns = [
    path("bench/baseline/", baseline, name="bench_baseline"),
    path("bench/baseline.json", baseline_json, name="bench_baseline_json"),
    path("bench/threads.json", plain_threads_json, name="bench_threads_json"),
    path("", include("config.urls")),
]
