"""Refunds go to the payment operator here, after the cancelling transaction committed."""

import logging
from datetime import timedelta

from celery import shared_task
from django.utils import timezone

from core.queue import enqueue

from . import services
from .models import Refund, RefundStatus
from .payment_operator import OperatorUnavailable

logger = logging.getLogger(__name__)

REFUND_SWEEP_GRACE_SECONDS = 30


@shared_task(bind=True, acks_late=True, max_retries=8, soft_time_limit=60, time_limit=90)
def refund_perform_task(self, refund_id: int) -> str:
    """Ask the operator for a refund; an operator that is down is asked again with
    backoff (at most a minute apart: within the broker's visibility timeout), and after
    that, or when run in-process, by the sweep. Returns the refund's status."""
    try:
        refund = services.refund_perform(refund_id=refund_id)
    except OperatorUnavailable as error:
        logger.warning("refund %s: operator unavailable: %s", refund_id, error)
        if self.request.is_eager or self.request.retries >= self.max_retries:
            return RefundStatus.REQUESTED  # the sweep asks again
        raise self.retry(countdown=min(60, 5 * 2**self.request.retries)) from error
    return refund.status if refund is not None else ""


@shared_task(acks_late=True, soft_time_limit=120, time_limit=150)
def refunds_sweep() -> int:
    """Requested refunds the operator has not been asked about (the broker was down, a
    worker died, the retries ran out) are asked again."""
    cutoff = timezone.now() - timedelta(seconds=REFUND_SWEEP_GRACE_SECONDS)
    waiting = list(
        Refund.objects.filter(
            status=RefundStatus.REQUESTED, operator_refund_id="", created_at__lt=cutoff
        ).values_list("pk", flat=True)[:500]
    )
    return sum(enqueue(refund_perform_task, pk) for pk in waiting)


@shared_task(acks_late=True, soft_time_limit=240, time_limit=300)
def pickup_feeds_refresh() -> dict:
    """Hourly (CELERY_BEAT_SCHEDULE): download the point lists of the networks served
    from feeds (Packeta, Foxpost) that PICKUP_POINTS_SOURCE names. A re-run only downloads
    again; a failing feed keeps its last good list. Returns {network: points or error}."""
    from .pickup_feeds import pickup_feed_import
    from .pickup_points import FEED_NETWORKS, live_networks

    results = {}
    for carrier in sorted(FEED_NETWORKS & live_networks()):
        result = pickup_feed_import(carrier=carrier)
        results[carrier] = result.error or result.imported
    return results
