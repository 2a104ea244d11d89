"""Mail relay benchmark: SMTP in, route, store in PostgreSQL, enqueue outbound; vs a no-op sink.

    .venv/bin/python bench/relay.py \
        --database-url postgres://postgres@127.0.0.1:5432/bench_relay

Creates the database if it is missing, migrates it and seeds a small marketplace once
(through the services, as the tests' factories do): 10 sellers, each with a second,
verified My email address at their shop's domain, 30 buyers, 90 orders. Then it starts
every target, each a server of its own on 127.0.0.1, all before any client connects:

- sink (`--port`): a no-op aiosmtpd server (bench/relay_sink.py; 250 to everything,
  stores nothing), aiosmtpd's own SMTP session class: the issue's baseline, which the
  "vs sink" ratio and its target are judged against;
- session sink (`--port` + 4): the same no-op server on the relay's SMTP session class
  (messaging/relay/fastpath/aiosmtpd.py: aiosmtpd's, without the `typing.Protocol` class its
  address parse builds at every MAIL and RCPT), the engine the relay runs on; the ratio
  to it is what the relay adds, and it is printed too;
- relay (`--port` + 1): `manage.py run_mail_relay`, `--relay-processes` of them (default:
  one per core, as the relay is deployed: a process runs its Python on one core at a
  time) sharing the port with SO_REUSEPORT, each listening before the next starts, with
  `bench.settings` (production settings, DEBUG off, persistent database connections) and
  a real Redis broker (`--broker-url`, no worker: the message is stored in its thread and
  handed over to the pipeline's task, which runs the message rules, Allina, translation
  and the outbound e-mail; here it is only enqueued), in trusted Authentication-Results
  mode (`RELAY_TRUSTED_AUTH_SERVID`): each message carries the header an upstream MTA
  would add, so SPF/DKIM/DMARC verification (DNS) costs nothing here;
- relay, DNS mode (`--port` + 2, unless `--no-dns`): the same with the checks done by the
  relay, `RELAY_DNS_RESOLVER=bench.relay_dns.RESOLVER` (SPF + DMARC answered from
  memory), enqueueing to the next Redis db (the `--broker-url`'s db + 1) so that each
  relay's hand-over can be checked on its own.

The targets are measured interleaved, not one after the other: this machine's speed
drifts (a VM on a shared host; by up to 40 % over tens of seconds), so a sink measured
a minute before a relay made the "vs sink" ratio swing between 17 % and 27 % for the same
code. After a `--warmup` per target (not counted), `--rounds` rounds each give every
target one window: `--window-warmup` seconds not counted, then `--duration` seconds
measured, in an order rotated from round to round (for targets A B C D: A B C D; B C D
A; C D A B; ...), so every target sees the same drift and none always
follows the same one. In each window `--clients` SMTP clients (threads of this script,
one new connection each, smtplib) send to that target only; the others idle. A target's
figures pool its measured windows: messages/s are all the messages answered 250 within
them over all their seconds, latency percentiles are over all those messages, machine
busy % and CPU per message come from the windows' sums. The report also gives each
relay's ratio to the sink window of the same round, to show the spread.

The mail: half seller -> buyer (From the seller's shop address, to the buyer's masked
order address), half buyer -> seller (From the buyer's account address, to the seller's
masked order address), 1.7-4 KB of text (2.5-8 KB in all), a quarter of the seller
mail with an HTML alternative, a quarter of all mail with a small PNG attachment, buyer
replies quoting the previous message; every message has its own Message-ID, which names
the run, the target, the window and the client.

Latency is per message, from MAIL FROM to the 250 after DATA (RCPT included). After the
rounds the servers stop and the script checks, per relay, that every 250 (warm-ups
included) is a Message row with channel=email and one of that relay's Message-IDs, and
that as many message ids wait in that relay's Redis db for the pipeline's task (the
relay hands accepted messages over in batches, `RELAY_HANDOVER_SECONDS`); then, with
`--drain`, a Celery worker takes the trusted relay's queue; last the queues are emptied.
Target (the issue): the relay reaches at least 25 % of the sink's messages/s, with every
message persisted before its 250.

`--profile N` replaces the load test: N messages of the same mix go through the relay's
code in one process with the relay's settings (resolve the recipient as at RCPT, then
`relay_inbound`), and it prints CPU ms and SQL statements per message, then a cProfile
of the project's functions.
"""

import argparse
import base64
import contextlib
import datetime
import io
import json
import os
import platform
import random
import resource
import signal
import smtplib
import ssl
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from decimal import Decimal
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.allina_flow import worker_start  # noqa: E402
from bench.message_center import (  # noqa: E402
    CLOCK_TICKS,
    ensure_database,
    machine_ticks,
    process_stat,
    wait_until_quiet,
)
from bench.relay_dns import BUYER_DOMAINS, SELLERS, shop_domain  # noqa: E402

FORBIDDEN_DATABASES = {"test", "postgres", "template0", "template1", "bench_mc"}
SERVID = "bench-mx.local"
BUYERS = 30
ORDERS_PER_BUYER = 3
SELLER_PREFIX = "relay-seller-"
BUYER_PREFIX = "relay-buyer-"
RATIO_TARGET = 0.25
QUEUE = "celery"  # Celery's default queue: a Redis list of that name
MSGID = b"@@MSGID@@"
TARGET_NAMES = {
    "sink": "no-op aiosmtpd sink",
    "session": "no-op sink, relay's SMTP session",
    "trusted": "relay, trusted A-R header",
    "dns": "relay, DNS-mode auth (SPF+DMARC)",
}


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--database-url",
        default="postgres://postgres@127.0.0.1:5432/bench_relay",
        help="PostgreSQL database to seed and use (created if missing)",
    )
    parser.add_argument(
        "--broker-url",
        default="redis://127.0.0.1:6379/11",
        help="Redis database the trusted-mode relay enqueues the pipeline's tasks to; the "
        "DNS-mode relay uses the next db (this db + 1); both must hold no queue before and "
        "are left as found after",
    )
    parser.add_argument("--clients", type=int, default=8, help="concurrent SMTP clients")
    parser.add_argument(
        "--relay-processes",
        type=int,
        default=os.cpu_count() or 1,
        help="run_mail_relay processes sharing the port (SO_REUSEPORT; default: one per core)",
    )
    parser.add_argument(
        "--rounds",
        type=int,
        default=5,
        help="rounds of interleaved windows, one window per target each, the targets' order "
        "rotated from round to round (the host's speed drifts: every target sees the same)",
    )
    parser.add_argument(
        "--duration", type=int, default=8, help="seconds measured per window (per round)"
    )
    parser.add_argument(
        "--window-warmup",
        type=float,
        default=1,
        help="seconds at the start of each window not counted (the clients connect)",
    )
    parser.add_argument(
        "--warmup",
        type=int,
        default=3,
        help="seconds of warm-up per target before the first round (not counted)",
    )
    parser.add_argument(
        "--port",
        type=int,
        default=2626,
        help="the sink's port; the trusted-mode relay listens on the next, the DNS-mode "
        "relay on the one after (and the drain's outbound sink on the one after that)",
    )
    parser.add_argument("--no-dns", action="store_true", help="skip the DNS-mode relay")
    parser.add_argument(
        "--tls",
        action="store_true",
        help="the relays offer STARTTLS (a self-signed certificate made with openssl) and "
        "their clients use it on every connection; the sinks stay plain",
    )
    parser.add_argument(
        "--drain",
        type=int,
        default=20,
        metavar="SECONDS",
        help="after all rounds, the servers stopped, a Celery worker (prefork, one process "
        "per core) takes what the trusted-mode relay accepted through the pipeline and sends "
        "the e-mails to a no-op sink for this many seconds: messages/s processed (0: skip)",
    )
    parser.add_argument(
        "--quiet-wait",
        type=int,
        default=120,
        help="seconds to wait, once before starting the servers, for other work on the "
        "machine to stop",
    )
    parser.add_argument(
        "--profile",
        type=int,
        default=0,
        metavar="N",
        help="instead of the load test: N messages of the mix through the relay's code "
        "in one process (resolve at RCPT, then relay_inbound), trusted A-R mode, the real "
        "broker; prints CPU ms and statements per message and the costliest functions",
    )
    parser.add_argument("--profile-child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.rounds < 1 or args.duration < 1 or args.window_warmup < 0:
        parser.error("--rounds and --duration must be at least 1, --window-warmup not negative")
    return args


def database_name(url: str) -> str:
    name = urlsplit(url).path.lstrip("/")
    if not name or name in FORBIDDEN_DATABASES or name.startswith("test_"):
        sys.exit(
            f"Refusing database {name!r}: `test`, `test_*`, `postgres` and `bench_mc` belong "
            "to others. Use a database of its own, e.g. .../bench_relay."
        )
    return name


def setup_django(url: str, media_root: str) -> None:
    os.environ["DATABASE_URL"] = url
    os.environ["DJANGO_SETTINGS_MODULE"] = "bench.settings"
    os.environ["MEDIA_ROOT"] = media_root
    # Seeding runs the order notifications in-process (no broker here): keep that mail.
    os.environ["EMAIL_URL"] = "memorymail://"
    os.environ.pop("CELERY_BROKER_URL", None)
    import django

    django.setup()


# -- Data -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Route:
    """One kind of mail a client sends: envelope, recipient and who writes."""

    mail_from: str
    rcpt: str
    from_header: str
    from_domain: str
    to_buyer: bool


def seed() -> None:
    from django.db import transaction

    from accounts import services as accounts
    from accounts.models import User
    from orders import services as orders
    from orders.models import Offer

    if User.objects.filter(username__startswith=SELLER_PREFIX).exists():
        print("Already seeded")
        return
    print(f"Seeding {SELLERS} sellers, {BUYERS} buyers, {BUYERS * ORDERS_PER_BUYER} orders")
    rng = random.Random(7)
    with transaction.atomic():
        offers = []
        for i in range(SELLERS):
            seller = accounts.user_create(
                username=f"{SELLER_PREFIX}{i}",
                password=None,
                email=f"{SELLER_PREFIX}{i}@{BUYER_DOMAINS[i % len(BUYER_DOMAINS)]}",
                registration_marketplace="pl",
                first_name="Jan",
                last_name=f"Sprzedawca {i}",
                is_seller=True,
            )
            accounts.seller_email_add(
                seller=seller, email=f"sklep@{shop_domain(i)}", verified=True
            )
            offers.append(
                orders.offer_create(
                    seller=seller,
                    title=f"Koszula lniana {i}",
                    price=Decimal("129.00"),
                    marketplace="pl",
                    stock=1000,
                    delivery_options=[
                        {"method": "parcel_locker", "carrier": "inpost", "price": Decimal("9")},
                    ],
                )
            )
        for j in range(BUYERS):
            buyer = accounts.user_create(
                username=f"{BUYER_PREFIX}{j}",
                password=None,
                email=f"{BUYER_PREFIX}{j}@{BUYER_DOMAINS[j % len(BUYER_DOMAINS)]}",
                registration_marketplace="pl",
                first_name="Anna",
                last_name=f"Kupująca {j}",
            )
            address = accounts.delivery_address_create(
                buyer=buyer,
                first_name="Anna",
                last_name="Nowak",
                street="Marszałkowska",
                building_number="10",
                apartment_number="5",
                country="PL",
                postcode="00-950",
                city="Warszawa",
                phone="+48601234567",
            )
            for offer in rng.sample(offers, ORDERS_PER_BUYER):
                offer = Offer.objects.get(pk=offer.pk)
                orders.order_place(
                    buyer=buyer,
                    offer=offer,
                    delivery_option=offer.delivery_options.first(),
                    pickup_point_id="KRA01M",
                    address=address,
                )


def routes() -> list[Route]:
    from accounts.services import masked_email_address
    from orders.models import Order

    result = []
    orders = Order.objects.filter(buyer__username__startswith=BUYER_PREFIX).select_related(
        "buyer", "seller"
    )
    for order in orders.order_by("pk"):
        buyer, seller = order.buyer, order.seller
        shop = seller.email_addresses.get(email__startswith="sklep@").email
        result.append(
            Route(
                mail_from=shop,
                rcpt=masked_email_address(account=buyer, order=order),
                from_header=formataddr((f"Sklep {seller.last_name}", shop)),
                from_domain=shop.split("@")[1],
                to_buyer=True,
            )
        )
        result.append(
            Route(
                mail_from=buyer.email,
                rcpt=masked_email_address(account=seller, order=order),
                from_header=formataddr((f"{buyer.first_name} {buyer.last_name}", buyer.email)),
                from_domain=buyer.email.split("@")[1],
                to_buyer=False,
            )
        )
    if not result:
        sys.exit("No orders in the database: seeding failed?")
    return result


SELLER_LINES = [
    "Dziękujemy za zakupy w naszym sklepie.",
    "Paczka została nadana dziś przez InPost, numer przesyłki znajdzie Pani w zamówieniu.",
    "Faktura VAT jest w załączniku do zamówienia w zakładce Moje zakupy.",
    "Thank you for your order; it ships from our warehouse in Poznań within 24 hours.",
    "Jeśli rozmiar nie pasuje, można go wymienić w ciągu 14 dni bez podawania przyczyny.",
    "W razie pytań jesteśmy do dyspozycji od poniedziałku do piątku w godzinach 8-16.",
    "Prosimy o sprawdzenie przesyłki przy odbiorze w obecności kuriera.",
]
BUYER_LINES = [
    "Dzień dobry, kiedy mogę spodziewać się wysyłki?",
    "Czy koszula jest dostępna także w rozmiarze L?",
    "Paczka doszła, ale jeden guzik jest uszkodzony. Co mogę zrobić?",
    "Hello, could you send the invoice to my company's address, please?",
    "Proszę o numer przesyłki, w zamówieniu jeszcze go nie widzę.",
    "Dziękuję za szybką odpowiedź, wszystko jasne.",
]


def small_png(rng: random.Random) -> bytes:
    from PIL import Image

    image = Image.new("RGB", (20, 20))
    image.putdata([tuple(rng.randrange(256) for _ in range(3)) for _ in range(20 * 20)])
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def templates(route_list: list[Route], count: int, seed_value: int) -> list[tuple[Route, bytes]]:
    """`count` messages as bytes (CRLF), each with MSGID where its Message-ID goes."""
    rng = random.Random(seed_value)
    pngs = [small_png(rng) for _ in range(4)]
    built = []
    for n in range(count):
        route = route_list[n % len(route_list)]
        lines = SELLER_LINES if route.to_buyer else BUYER_LINES
        size = rng.randrange(1700, 4000)
        paragraphs = []
        while sum(len(p) + 2 for p in paragraphs) < size:
            paragraphs.append(" ".join(rng.choice(lines) for _ in range(rng.randrange(2, 5))))
        text = "\n\n".join(paragraphs)
        if not route.to_buyer and n % 3 == 0:
            quoted = "\n".join("> " + line for line in rng.sample(SELLER_LINES, 4))
            text += f"\n\nW dniu 12.11.2026 o 10:15 Sklep napisał:\n{quoted}\n"
        message = EmailMessage(policy=SMTP)
        message["From"] = route.from_header
        message["To"] = route.rcpt
        message["Subject"] = f"Zamówienie {route.rcpt.split('+')[-1].split('@')[0]}"
        message["Date"] = format_datetime(datetime.datetime.now(datetime.UTC))
        message["Message-ID"] = "<placeholder@bench>"
        message.set_content(text)
        if route.to_buyer and n % 4 == 1:
            html = "".join(f"<p>{p}</p>" for p in paragraphs)
            message.add_alternative(f"<html><body>{html}</body></html>", subtype="html")
        if n % 4 == 3:
            message.add_attachment(
                rng.choice(pngs), maintype="image", subtype="png", filename="zdjecie.png"
            )
        data = message.as_bytes()
        data = data.replace(b"<placeholder@bench>", b"<" + MSGID + b">")
        auth = (
            f"Authentication-Results: {SERVID}; spf=pass smtp.mailfrom={route.mail_from}; "
            f"dkim=pass header.d={route.from_domain}; dmarc=pass header.from={route.from_domain}"
        ).encode()
        built.append((route, auth + b"\r\n" + data))
    return built


# -- Servers ----------------------------------------------------------------------------


def wait_for_smtp(process: subprocess.Popen, port: int, name: str) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            sys.exit(f"{name} exited; see its output above")
        try:
            with smtplib.SMTP("127.0.0.1", port, timeout=5) as client:
                if client.ehlo("bench.example")[0] == 250:
                    return
        except OSError:
            time.sleep(0.2)
    process.terminate()
    sys.exit(f"{name} did not answer EHLO within 60 s")


def start_sink(port: int, *, stock: bool = False) -> subprocess.Popen:
    command = [sys.executable, str(ROOT / "bench" / "relay_sink.py"), "--port", str(port)]
    if stock:
        command.append("--stock-session")
    process = subprocess.Popen(command, cwd=ROOT)  # noqa: S603
    wait_for_smtp(process, port, "the sink")
    return process


def start_relay(args, target: "Target", env: dict[str, str]) -> None:
    """`--relay-processes` relays on the target's port, appended to its processes."""
    port = target.port
    command = [
        sys.executable,
        "manage.py",
        "run_mail_relay",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
    ]
    processes = target.processes
    for _ in range(max(1, args.relay_processes)):
        process = subprocess.Popen(  # noqa: S603
            command,
            env={**env, "PYTHONUNBUFFERED": "1"},
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
        )
        processes.append(process)
        # Each process must listen before the next starts and before the clients connect:
        # an EHLO probe may be answered by a process already on the shared port, and
        # connections made while only one listens all go to that one.
        wait_for_line(process, "Mail relay listening", "the relay")
    wait_for_smtp(processes[-1], port, "the relay")


def wait_for_line(process: subprocess.Popen, text: str, name: str) -> None:
    for line in process.stdout:
        print(line, end="")
        if text in line:
            threading.Thread(target=_echo, args=(process.stdout,), daemon=True).start()
            return
    sys.exit(f"{name} exited before saying {text!r}; see its output above")


def _echo(stream) -> None:
    for line in stream:
        print(line, end="")


def stop(process: subprocess.Popen) -> None:
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


# -- Clients ----------------------------------------------------------------------------


@dataclass
class ClientLog:
    sent: list[tuple[float, float, int]] = field(default_factory=list)  # start, end, code
    errors: list[str] = field(default_factory=list)


def client(port: int, mails, tag: str, log: ClientLog, end: float, *, tls=False) -> None:
    rng = random.Random(tag)
    sequence = 0
    connection = None
    # The relay's certificate is self-signed (`--tls`): encrypted, not verified, as
    # MTAs deliver opportunistically.
    context = ssl.create_default_context()
    context.check_hostname, context.verify_mode = False, ssl.CERT_NONE
    while time.monotonic() < end:
        try:
            if connection is None:
                connection = smtplib.SMTP("127.0.0.1", port, timeout=60)
                connection.ehlo(f"{tag}.client.example")
                if tls:
                    connection.starttls(context=context)
                    connection.ehlo(f"{tag}.client.example")
            route, template = mails[rng.randrange(len(mails))]
            sequence += 1
            data = template.replace(MSGID, f"{tag}.{sequence}@bench.example".encode())
            started = time.monotonic()
            code, reply = connection.mail(route.mail_from)
            if code == 250:
                code, reply = connection.rcpt(route.rcpt)
            if code == 250:
                code, reply = connection.data(data)
            else:
                connection.rset()
            log.sent.append((started, time.monotonic(), code))
            if code != 250 and len(log.errors) < 5:
                log.errors.append(f"{code} {reply.decode(errors='replace')}")
        except (smtplib.SMTPException, OSError) as error:
            if len(log.errors) < 5:
                log.errors.append(repr(error))
            connection = None
            time.sleep(0.1)
    if connection is not None:
        with contextlib.suppress(smtplib.SMTPException, OSError):
            connection.quit()


@dataclass
class Window:
    """One target's turn: a window of a round, or its warm-up before the first (0 s measured)."""

    seconds: float  # measured
    latencies: list[float]  # ms, of the messages answered 250 within the measured part
    accepted: int  # 250s, the unmeasured start included
    failed: int
    busy: int  # CPU ticks the whole machine was busy during the measured part
    ticks: int  # CPU ticks the machine had then (all cores)
    cpu: tuple[float, float, float]  # CPU seconds then: servers, database backends, clients
    errors: list[str]


@dataclass
class Target:
    key: str  # "sink", "session", "trusted" or "dns": part of its clients' Message-IDs
    name: str
    port: int
    processes: list[subprocess.Popen]
    broker_url: str | None = None  # a relay's: the Redis db it hands accepted mail over to
    warmup: Window | None = None
    windows: list[Window] = field(default_factory=list)  # the measured ones, round by round

    @property
    def is_relay(self) -> bool:
        return self.broker_url is not None


@dataclass
class Result:
    target: str
    rps: float
    p50: float
    p95: float
    p99: float
    measured: int
    accepted: int  # 250s, warm-ups included
    failed: int
    busy: float  # % of the machine's CPU in use during the measured windows
    cpu_ms: float  # CPU time of the server(s), their database backends and the clients
    errors: list[str]
    cpu_parts_ms: tuple[float, float, float] = (0.0, 0.0, 0.0)  # servers, database, clients
    rounds_rps: list[float] = field(default_factory=list)  # each round's window
    persisted: int | None = None
    enqueued: int | None = None
    drained: tuple[float, float, float] | None = None  # processed/s, e-mails sent/s, seconds


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    return ordered[min(len(ordered) - 1, max(0, round(q * len(ordered)) - 1))]


CpuSample = tuple[dict[int, int], dict[int, int], float]


def _cpu_sample(pids: list[int], *, database: bool) -> CpuSample:
    """CPU ticks used so far by each of these processes (the servers) and, with `database`,
    by each PostgreSQL backend of the bench database; CPU seconds of this script (the
    clients)."""
    from django.db import connection

    backends = {}
    if database:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT pid FROM pg_stat_activity WHERE datname = current_database()"
                " AND pid <> pg_backend_pid()"
            )
            backends = {pid: process_stat(pid)[1] for (pid,) in cursor.fetchall()}
    servers = {pid: process_stat(pid)[1] for pid in pids}
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return servers, backends, usage.ru_utime + usage.ru_stime


def _cpu_used(before: CpuSample, after: CpuSample) -> tuple[float, float, float]:
    """CPU seconds between two samples: servers, database backends, clients. Per process:
    one that started in between counts whole, one that ended (a backend closed after
    CONN_MAX_AGE) counts nothing of its last moments instead of minus its whole life."""

    def used(then: dict[int, int], now: dict[int, int]) -> float:
        return sum(max(0, ticks - then.get(pid, 0)) for pid, ticks in now.items()) / CLOCK_TICKS

    return used(before[0], after[0]), used(before[1], after[1]), after[2] - before[2]


def run_window(args, target: Target, mails, tag: str, warmup: float, seconds: float) -> Window:
    """`args.clients` clients send to `target` for `warmup` + `seconds` (measured) seconds."""
    logs = [ClientLog() for _ in range(args.clients)]
    measure_from = time.monotonic() + warmup
    measure_to = measure_from + seconds
    threads = [
        threading.Thread(
            target=client,
            args=(target.port, mails[i :: args.clients], f"{tag}-c{i}", logs[i], measure_to),
            kwargs={"tls": args.tls and target.is_relay},
        )
        for i in range(args.clients)
    ]
    for thread in threads:
        thread.start()
    pids = [process.pid for process in target.processes]
    # Both relays run all the time, each with its own PostgreSQL backends, and a relay's
    # backends are idle while it gets no mail: so all of the bench database's backends
    # during a relay's window are that relay's work (and autovacuum's, which its inserts
    # cause). The sink has no database: its windows count none.
    database = target.is_relay
    time.sleep(max(0.0, measure_from - time.monotonic()))
    machine_before = machine_ticks()
    cpu_before = _cpu_sample(pids, database=database)
    time.sleep(max(0.0, measure_to - time.monotonic()))
    busy, ticks = (a - b for a, b in zip(machine_ticks(), machine_before, strict=True))
    cpu = _cpu_used(cpu_before, _cpu_sample(pids, database=database))
    for thread in threads:
        thread.join()
    sent = [entry for log in logs for entry in log.sent]
    return Window(
        seconds=seconds,
        # the messages answered within the measured part, wherever they started: counting
        # only those started within it too would lose about one per client at each edge,
        # more of a slow target's share than of a fast one's (windows have many edges)
        latencies=[
            (end - start) * 1000
            for start, end, code in sent
            if code == 250 and measure_from <= end < measure_to
        ],
        accepted=sum(1 for _s, _e, code in sent if code == 250),
        failed=sum(1 for _s, _e, code in sent if code != 250),
        busy=busy,
        ticks=ticks,
        cpu=cpu,
        errors=[error for log in logs for error in log.errors],
    )


def interleave(args, targets: list[Target], mails, run: str) -> None:
    """A warm-up per target, then `--rounds` rounds of one window per target, the order
    rotated each round (A B C D; B C D A; ...)."""
    for target in targets:
        print(f"Warming up {target.name} for {args.warmup} s")
        target.warmup = run_window(args, target, mails, f"{run}-{target.key}-w", args.warmup, 0)
    for number in range(args.rounds):
        shift = number % len(targets)
        order = targets[shift:] + targets[:shift]
        for target in order:
            tag = f"{run}-{target.key}-r{number + 1}"
            target.windows.append(
                run_window(args, target, mails, tag, args.window_warmup, args.duration)
            )
        print(
            f"Round {number + 1}/{args.rounds}: "
            + ", ".join(
                f"{t.key} {len(t.windows[-1].latencies) / args.duration:.0f} msg/s" for t in order
            )
        )


def pooled(target: Target) -> Result:
    """The target's measured windows as one: sums of messages, seconds, ticks and CPU."""
    windows = target.windows
    latencies = [ms for window in windows for ms in window.latencies]
    parts = tuple(sum(window.cpu[i] for window in windows) for i in range(3))
    every = [window for window in [target.warmup, *windows] if window is not None]
    measured = max(1, len(latencies))
    return Result(
        target=target.name,
        rps=len(latencies) / sum(window.seconds for window in windows),
        p50=percentile(latencies, 0.50),
        p95=percentile(latencies, 0.95),
        p99=percentile(latencies, 0.99),
        measured=len(latencies),
        accepted=sum(window.accepted for window in every),
        failed=sum(window.failed for window in every),
        busy=100 * sum(w.busy for w in windows) / max(1, sum(w.ticks for w in windows)),
        cpu_ms=1000 * sum(parts) / measured,
        cpu_parts_ms=tuple(1000 * part / measured for part in parts),
        rounds_rps=[len(window.latencies) / window.seconds for window in windows],
        errors=[error for window in every for error in window.errors][:5],
    )


# -- Checks -----------------------------------------------------------------------------


def message_id_prefix(run_tag: str) -> str:
    """How the Message-IDs of a target's clients start as stored (`<tag.seq@bench.example>`,
    messaging/relay/inbound.py `_message_id`)."""
    return f"<{run_tag}-"


def persisted(run_tag: str) -> int:
    from messaging.models import Channel, Message

    return Message.objects.filter(
        channel=Channel.EMAIL, inbound_message_id__startswith=message_id_prefix(run_tag)
    ).count()


def queued(redis_client) -> int:
    """Messages handed over to the pipeline's task (a task carries a batch of ids)."""
    count = 0
    for raw in redis_client.lrange(QUEUE, 0, -1):
        envelope = json.loads(raw)
        body = envelope["body"]
        if envelope.get("properties", {}).get("body_encoding") == "base64":
            body = base64.b64decode(body)
        args = json.loads(body)[0]
        if envelope.get("headers", {}).get("task") == "messaging.tasks.messages_process_task":
            count += len(args[0])
        else:
            count += 1
    return count


def dns_broker_url(url: str) -> str:
    """The DNS-mode relay's Redis db: the `--broker-url`'s db + 1."""
    parts = urlsplit(url)
    db = int(parts.path.strip("/") or 0)
    return urlunsplit(parts._replace(path=f"/{db + 1}"))


def drain(args, media_root: str, run_tag: str) -> tuple[float, float, float]:
    """A real worker takes the relay's queue: pipeline, then outbound e-mail to a sink."""
    from django.db import connection

    from messaging.models import Channel, EmailStatus, Message

    run = Message.objects.filter(
        channel=Channel.EMAIL, inbound_message_id__startswith=message_id_prefix(run_tag)
    )

    def counts() -> tuple[int, int]:
        waiting = run.filter(state="queued").count()
        sent = run.filter(email_status=EmailStatus.SENT).count()
        connection.close()
        return waiting, sent

    print(f"Draining with a Celery worker for {args.drain} s")
    sink_port = args.port + 3
    sink = start_sink(sink_port)
    env = {**relay_env(args, media_root, dns=False), "EMAIL_URL": f"smtp://127.0.0.1:{sink_port}"}
    worker = worker_start(env, concurrency=os.cpu_count() or 1)
    try:
        first = counts()
        deadline = time.monotonic() + 120
        while counts() == first and time.monotonic() < deadline:  # until the worker is up
            time.sleep(0.2)
        began, (waiting_before, sent_before) = time.monotonic(), counts()
        time.sleep(args.drain)
        waiting_after, sent_after = counts()
        seconds = time.monotonic() - began
    finally:
        stop(worker)
        stop(sink)
    return (
        (waiting_before - waiting_after) / seconds,
        (sent_after - sent_before) / seconds,
        seconds,
    )


def relay_env(args, media_root: str, *, dns: bool) -> dict[str, str]:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bench.settings",
        "DATABASE_URL": args.database_url,
        "CELERY_BROKER_URL": dns_broker_url(args.broker_url) if dns else args.broker_url,
        "MEDIA_ROOT": media_root,
        "EMAIL_URL": "smtp://127.0.0.1:25",  # outbound mail is only enqueued here
        "RELAY_TRUSTED_AUTH_SERVID": "" if dns else SERVID,
        "RELAY_DNS_RESOLVER": "bench.relay_dns.RESOLVER",
        # One client address sends hundreds a second here: no per-client limit.
        "RELAY_CLIENT_RATE": "",
        **(tls_files(media_root) if args.tls else {}),
    }


def tls_files(directory: str) -> dict[str, str]:
    """A self-signed certificate for the relays (`--tls`), made once per run."""
    cert, key = Path(directory) / "relay-cert.pem", Path(directory) / "relay-key.pem"
    if not cert.exists():
        subprocess.run(  # noqa: S603
            [
                "/usr/bin/openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes",
                "-days", "2", "-subj", "/CN=relay.bench.example",
                "-keyout", str(key), "-out", str(cert),
            ],
            check=True,
            capture_output=True,
        )  # fmt: skip
    return {"RELAY_TLS_CERT_FILE": str(cert), "RELAY_TLS_KEY_FILE": str(key)}


def profile_child(args) -> None:
    """`--profile N`, in a process with the relay's environment (relay_env)."""
    import cProfile
    import pstats
    import uuid

    import django

    django.setup()
    from django.conf import settings
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from messaging.relay.addresses import resolve_recipient
    from messaging.relay.handover import Handover
    from messaging.relay.inbound import relay_inbound

    mails = templates(routes(), 400, seed_value=11)
    hand_over = Handover(settings.RELAY_HANDOVER_SECONDS)  # as the server publishes

    def one(route: Route, data: bytes) -> None:
        data = data.replace(MSGID, f"{uuid.uuid4().hex}@bench.profile".encode())
        recipient = resolve_recipient(route.rcpt)
        relay_inbound(
            mail_from=route.mail_from,
            rcpt_tos=[route.rcpt],
            recipients={route.rcpt: recipient},
            data=data,
            peer=("127.0.0.1", 0),
            helo="bench.profile",
            hand_over=hand_over,
        )

    for route, data in mails[:30]:  # warm up: models, rules, detector
        one(route, data)
    batch = [mails[30 + n % (len(mails) - 30)] for n in range(args.profile)]
    with CaptureQueriesContext(connection) as captured:
        cpu, wall = time.process_time(), time.perf_counter()
        for route, data in batch:
            one(route, data)
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    statements = len(captured.captured_queries)
    print(
        f"{args.profile} messages in-process: CPU {cpu * 1000 / args.profile:.2f} ms/msg, "
        f"wall {wall * 1000 / args.profile:.2f} ms/msg, "
        f"{statements / args.profile:.1f} statements/msg through Django's cursors (BEGIN, "
        "SAVEPOINT, COMMIT included; not the prepared lookups and INSERT of "
        "messaging/relay/rows.py, 3-4 per message)"
    )
    profiler = cProfile.Profile()
    profiler.enable()
    for route, data in batch:
        one(route, data)
    profiler.disable()
    print("\nUnder cProfile (times inflated), the project's functions by cumulative time:")
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(str(ROOT), 30)


def main() -> None:
    args = parse_args()
    if args.profile_child:
        profile_child(args)
        return
    name = database_name(args.database_url)
    import redis

    broker_urls = [args.broker_url]
    if not args.no_dns and not args.profile:
        broker_urls.append(dns_broker_url(args.broker_url))
    redis_clients = {url: redis.Redis.from_url(url) for url in broker_urls}
    keys_before = {url: set(client.keys("*")) for url, client in redis_clients.items()}
    for url, redis_client in redis_clients.items():
        if redis_client.llen(QUEUE):
            sys.exit(f"{url} already holds a '{QUEUE}' queue: use another Redis db")

    def leave_redis_as_found() -> None:
        for url, redis_client in redis_clients.items():
            for key in set(redis_client.keys("*")) - keys_before[url]:
                redis_client.delete(key)  # the queue and kombu's bindings

    ensure_database(args.database_url, name)
    media_root = tempfile.mkdtemp(prefix="bench-relay-media-")
    setup_django(args.database_url, media_root)

    from django.core.management import call_command
    from django.db import connection

    print("Migrating")
    call_command("migrate", interactive=False, verbosity=0)
    seed()
    route_list = routes()
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        pg_version = cursor.fetchone()[0]
    mails = templates(route_list, 400, seed_value=11)
    sizes = sorted(len(data) for _r, data in mails)
    print(f"{len(route_list)} routes, {len(mails)} message templates, {sizes[0]}-{sizes[-1]} B")
    connection.close()

    if args.profile:
        env = relay_env(args, media_root, dns=False)
        try:
            subprocess.run(  # noqa: S603
                [sys.executable, __file__, *sys.argv[1:], "--profile-child"],
                env=env,
                cwd=ROOT,
                check=True,
            )
        finally:
            leave_redis_as_found()
            subprocess.run(["rm", "-rf", media_root], check=False)  # noqa: S603, S607
        return

    # In every Message-ID the clients send: <run>-<target>-<window>-c<client>.<n>@bench.example
    run = str(int(time.time()))
    targets: list[Target] = []
    try:
        try:
            wait_until_quiet(args.quiet_wait)
            print("Starting the servers")
            # The baseline (aiosmtpd as released), and the same no-op handler on
            # the relay's own SMTP session class: what the relay adds to its engine.
            for key, port, stock in (("sink", args.port, True), ("session", args.port + 4, False)):
                targets.append(Target(key, TARGET_NAMES[key], port, []))
                targets[-1].processes.append(start_sink(port, stock=stock))
            for dns in [False] if args.no_dns else [False, True]:
                env = relay_env(args, media_root, dns=dns)
                key = "dns" if dns else "trusted"
                target = Target(
                    key=key,
                    name=TARGET_NAMES[key],
                    port=args.port + (2 if dns else 1),
                    processes=[],
                    broker_url=env["CELERY_BROKER_URL"],
                )
                targets.append(target)
                start_relay(args, target, env)
            interleave(args, targets, mails, run)
        finally:
            for target in targets:
                for process in target.processes:
                    stop(process)  # a relay hands over what it still holds
        results = [pooled(target) for target in targets]
        for target, result in zip(targets, results, strict=True):
            if target.is_relay:
                result.persisted = persisted(f"{run}-{target.key}")
                result.enqueued = queued(redis_clients[target.broker_url])
        if args.drain > 0:
            trusted = next(i for i, t in enumerate(targets) if t.key == "trusted")
            results[trusted].drained = drain(args, media_root, f"{run}-{targets[trusted].key}")
    finally:
        leave_redis_as_found()
        subprocess.run(["rm", "-rf", media_root], check=False)  # noqa: S603, S607

    print_report(args, results, pg_version, len(route_list), (sizes[0], sizes[-1]))


def aiosmtpd_version() -> str:
    from importlib.metadata import version

    return version("aiosmtpd")


def print_report(args, results: list[Result], pg_version: str, routes_count: int, sizes) -> None:
    sink, session = results[0], results[1]  # stock aiosmtpd; the relay's session class
    print()
    print(
        f"Mail relay benchmark, {datetime.date.today().isoformat()}: {os.cpu_count()} CPU "
        f"cores ({platform.machine()}, {platform.python_implementation()} "
        f"{platform.python_version()}, PostgreSQL {pg_version.split()[0]}, Redis broker "
        f"{args.broker_url}), clients, servers, PostgreSQL and Redis all on this machine "
        "over loopback."
    )
    print(
        f"{args.clients} SMTP clients (threads, one connection each, smtplib). All servers "
        f"run throughout; after {args.warmup} s of warm-up per target, {args.rounds} rounds "
        f"give each target a window of {args.window_warmup:g} s unmeasured + {args.duration} s "
        "measured, in an order rotated from round to round (the host's speed drifts; every "
        "target sees the same drift); each target's figures pool its windows. "
        f"{routes_count} routes "
        "(seller shop address -> buyer's masked order address and buyer -> seller's), "
        f"{sizes[0]:,}-{sizes[1]:,} B (text 1.7-4 KB; some with an HTML part), a quarter "
        "with a PNG attachment. Latency: MAIL FROM to the 250 after DATA. "
        f"Relay: {args.relay_processes} run_mail_relay process(es) sharing the port."
    )
    print(
        "Trusted A-R mode: SPF/DKIM/DMARC verification cost is excluded (an upstream MTA's "
        "Authentication-Results header is read). DNS mode: the relay runs SPF and DMARC "
        "itself against an in-memory StaticResolver (no DKIM signatures, no DNS latency)."
    )
    header = (
        "target",
        "msg/s",
        "p50 ms",
        "p95 ms",
        "p99 ms",
        "vs sink",
        "target",
        "met",
        "machine busy",
        "CPU ms/msg",
    )
    rows = []
    for result in results:
        is_relay = result not in (sink, session)
        ok = (
            result.failed == 0
            and result.persisted == result.accepted
            and result.enqueued == result.accepted
        )
        met = result.rps >= RATIO_TARGET * sink.rps and ok
        rows.append(
            (
                result.target,
                f"{result.rps:.1f}",
                f"{result.p50:.1f}",
                f"{result.p95:.1f}",
                f"{result.p99:.1f}",
                f"{result.rps / sink.rps:.0%}",
                f">= {RATIO_TARGET:.0%}, all stored" if is_relay else "-",
                ("yes" if met else "NO") if is_relay else "-",
                f"{result.busy:.0f}%",
                f"{result.cpu_ms:.1f}",
            )
        )
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    for row in [header, tuple("-" * w for w in widths), *rows]:
        print("| " + " | ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)) + " |")
    print("machine busy: share of all cores in use during the measured windows (everything).")
    print(
        "CPU ms/msg: CPU time of the server process(es), the bench database's PostgreSQL "
        "backends (all of them in a relay's windows: the other relay's are idle then) and "
        "the SMTP clients per message answered 250; other people's load "
        "changes it much less than msg/s (contention still inflates it), so the sink's "
        "figure over the relay's hints at the msg/s ratio on an otherwise idle machine."
    )
    print(
        f"vs sink: against the {sink.target} (aiosmtpd {aiosmtpd_version()} as released, "
        f"the issue's baseline). The {session.target} runs the same no-op handler on the "
        "relay's SMTP session class (messaging/relay/fastpath/aiosmtpd.py: aiosmtpd's without the "
        "class its address parse builds at every MAIL and RCPT), the engine the relay "
        "runs on: the ratio to it is what the relay adds."
    )
    for base in (sink, session):
        rounds = ", ".join(f"{rps:.0f}" for rps in base.rounds_rps)
        print(f"{base.target}: per-round msg/s {rounds}")
    for result in results[2:]:
        for base in (sink, session):
            ratios = [rps / b for rps, b in zip(result.rounds_rps, base.rounds_rps, strict=True)]
            print(
                f"{result.target}: vs {base.target} {result.rps / base.rps:.0%}"
                f" (per round "
                + ", ".join(f"{ratio:.0%}" for ratio in ratios)
                + f"; median {statistics.median(ratios):.0%})"
            )
    for result in results:
        if result.drained is not None:
            processed, sent, seconds = result.drained
            print(
                f"after {result.target}: a Celery worker ({os.cpu_count()} processes) took "
                f"{processed:.1f} messages/s through the pipeline (rules, Allina, translation "
                f"request, delivery; measured {seconds:.0f} s, the machine to itself); the "
                f"e-mails queue behind the backlog ({sent:.1f}/s reached the sink meanwhile)"
            )
    for result in results:
        servers, database, clients = result.cpu_parts_ms
        print(
            f"{result.target}: CPU ms/msg {result.cpu_ms:.2f} = server(s) {servers:.2f}"
            f" + PostgreSQL {database:.2f} + clients {clients:.2f}"
        )
    for result in results:
        line = f"{result.target}: {result.accepted} answered 250 (warm-up included)"
        if result.persisted is not None:
            same = "==" if result.persisted == result.accepted else "!="
            line += (
                f"; Message rows with channel=email and this target's Message-IDs: "
                f"{result.persisted} {same} {result.accepted}"
                f" ({'OK' if same == '==' else 'MISMATCH'})"
                f"; messages handed over to the pipeline's task in Redis: {result.enqueued}"
                f" ({'OK' if result.enqueued == result.accepted else 'MISMATCH'})"
            )
        if result.failed:
            line += f"; {result.failed} NOT accepted, e.g. {result.errors}"
        print(line)


if __name__ == "__main__":
    main()
