"""The product's URL conf plus the benchmark's baseline: a bare view, a 50-row template."""

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


urlpatterns = [
    path("bench/baseline/", baseline, name="bench_baseline"),
    path("", include("config.urls")),
]
