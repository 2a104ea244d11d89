"""Sweep benchmark: how fast the periodic sweeps hand a backlog back to the workers.

    .venv/bin/python bench/sweeps.py \
        --database-url postgres://postgres@127.0.0.1:5432/bench_sweeps \
        --broker-url redis://127.0.0.1:6379/12 --rows 20000

Creates the database if it is missing and migrates it, then writes a backlog as a lost
broker or a killed worker leaves it: `--rows` relayed messages still `queued` two minutes
after the relay took them, and `--rows` outbox rows whose attempt is overdue. It times one
run of each sweep (`messaging.tasks.messages_pipeline_sweep`, `outbox.tasks.outbox_sweep`)
publishing to a real Redis broker (no worker: what is measured is the sweep, not the
work), prints rows handed over per second and whether one run took the whole backlog,
then deletes the backlog and the queue it published.
"""

import argparse
import os
import sys
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.message_center import ensure_database
from bench.relay import database_name

QUEUE = "celery"


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--database-url", default="postgres://postgres@127.0.0.1:5432/bench_sweeps"
    )
    parser.add_argument(
        "--broker-url",
        default="redis://127.0.0.1:6379/12",
        help="Redis db the sweeps publish to; it must hold no queue before",
    )
    parser.add_argument("--rows", type=int, default=20_000, help="backlog of each kind")
    return parser.parse_args()


def main() -> None:
    args = parse_args()
    name = database_name(args.database_url)
    import redis

    broker = redis.Redis.from_url(args.broker_url)
    if broker.llen(QUEUE):
        sys.exit(f"{args.broker_url} already holds a '{QUEUE}' queue: use another Redis db")
    keys_before = set(broker.keys("*"))
    ensure_database(args.database_url, name)
    os.environ.update(
        DATABASE_URL=args.database_url,
        DJANGO_SETTINGS_MODULE="bench.settings",
        CELERY_BROKER_URL=args.broker_url,
        EMAIL_URL="memorymail://",
    )
    import django

    django.setup()
    from django.core.management import call_command
    from django.utils import timezone

    from accounts import services as accounts
    from accounts.models import User
    from messaging.models import Channel, Message, MessageState, Thread
    from messaging.tasks import messages_pipeline_sweep
    from orders import services as orders
    from outbox.models import OutboundEmail
    from outbox.tasks import outbox_sweep

    call_command("migrate", verbosity=0)
    seller = User.objects.filter(username="sweep-seller").first() or accounts.user_create(
        username="sweep-seller",
        password=None,
        email="sweep-seller@example.com",
        registration_marketplace="pl",
        is_seller=True,
    )
    buyer = User.objects.filter(username="sweep-buyer").first() or accounts.user_create(
        username="sweep-buyer",
        password=None,
        email="sweep-buyer@example.com",
        registration_marketplace="pl",
    )
    offer = orders.offer_create(
        seller=seller,
        title="Sweep",
        price=Decimal("1.00"),
        marketplace="pl",
        delivery_options=[{"method": "courier", "carrier": "inpost", "price": Decimal("9")}],
    )
    thread = Thread.objects.create(buyer=buyer, seller=seller, offer=offer)
    old = timezone.now() - timezone.timedelta(minutes=2)
    try:
        print(f"Writing a backlog of {args.rows} queued messages and {args.rows} outbox rows")
        Message.objects.bulk_create(
            Message(
                thread=thread,
                author=buyer,
                text=f"Backlog {n}",
                channel=Channel.EMAIL,
                state=MessageState.QUEUED,
                created_at=old,
            )
            for n in range(args.rows)
        )
        OutboundEmail.objects.bulk_create(
            OutboundEmail(
                kind="bench_sweep",
                cause_kind="bench",
                cause_id=n,
                from_email="noreply@allegromail.pl",
                to=["nobody@example.com"],
                subject="Backlog",
                body="Backlog",
                message_id=f"<bench-sweep-{n}-{time.time_ns()}@allegromail.pl>",
                next_attempt_at=old,
            )
            for n in range(args.rows)
        )
        for label, sweep in (
            ("messages_pipeline_sweep", messages_pipeline_sweep),
            ("outbox_sweep", outbox_sweep),
        ):
            started = time.perf_counter()
            handed = sweep()
            seconds = time.perf_counter() - started
            print(
                f"{label}: {handed} of {args.rows} in one run, {seconds:.2f} s, "
                f"{handed / seconds:,.0f} rows/s"
            )
    finally:
        Message.objects.filter(thread=thread).delete()
        OutboundEmail.objects.filter(kind="bench_sweep").delete()
        thread.delete()
        offer.delete()
        for key in set(broker.keys("*")) - keys_before:
            broker.delete(key)


if __name__ == "__main__":
    main()
