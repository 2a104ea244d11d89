"""Message Center benchmark: thread list, deep page, search and thread view under load.

    .venv/bin/python bench/message_center.py \
        --database-url postgres://postgres@127.0.0.1:5432/bench_mc

Creates the database if it is missing, migrates it, seeds one seller with 100,000 threads
and 1,000,000 messages (only once; COPY in one transaction, see message_center_seed.py),
runs VACUUM ANALYZE, serves the project with gunicorn (`config.wsgi`, sync workers)
on 127.0.0.1 with `bench.settings` (production settings over plain http, see there), logs
the seller in (a database session made with the test Client's `force_login`) and loads
each page with wrk, after a warm-up, one page at a time:

- baseline: a bare view rendering a 50-row template (bench/urls.py), same server; it
  runs first and again last, and ratios are to the mean of the two runs;
- the thread list, page 1 and a deep page (the keyset cursor of page 2000, computed from
  the database); a search for a common word and for a rare one; a thread view (a thread
  with a full page of 50 messages);
- with `--pages api`, the seller API's list endpoints (api/messaging.py) with a bearer
  token of the seller's own tool (client credentials, scope messages:read): threads page
  1, the deep page, and the messages of the long thread, against their own baseline: a
  bare Django JSON view answering 50 rows shaped like the API's (bench/urls.py), which
  also runs first and last. The API's rate limits are lifted for the run (bench settings
  environment), as the web pages' are.

Before each page it waits for the machine to be idle (other people's tests share it),
repeats a run during which other processes took more than 5 % of the CPU (`--retries`,
the least disturbed run is kept) and reports that share next to each page's figures.

wrk (`apt-get install wrk`) records every request's latency; bench/wrk_report.lua reads
p50/p95/p99 from that histogram. Prints requests/s, the percentiles and the ratio to the
baseline per page, and whether the issue's targets are met: thread list and thread view
at least 40 % of the baseline's requests/s with p95 under 50 ms, search p95 under 150 ms;
the API's list endpoints at least 50 % of the JSON baseline's with p95 under 50 ms.
`--explain` also prints EXPLAIN (ANALYZE, BUFFERS) of the thread list queries.
"""

import argparse
import datetime
import http.client
import json
import os
import platform
import re
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qsl, quote, urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FORBIDDEN_DATABASES = {"test", "postgres", "template0", "template1"}
SEARCH_COMMON = "faktura"
SEARCH_RARE = "gwarancji"
DEEP_PAGE = 2000
LONG_THREAD_MESSAGES = 51  # the thread view opens a thread longer than a page or two
LIST_RPS_RATIO = 0.40
API_RPS_RATIO = 0.50
API_SCOPE = "messages:read"
LIST_P95_MS = 50.0
SEARCH_P95_MS = 150.0
DISTURBED_PERCENT = 5.0  # a run during which others used more of the CPU is repeated


@dataclass
class Endpoint:
    name: str
    kind: str  # "baseline", "list", "search", "view"; "api-baseline" or "api"
    path: str
    expect: str  # a regular expression the page must contain (checked before loading)
    count: int  # how many times at least

    @property
    def family(self) -> str:
        """Which baseline it is compared with: the HTML template or the JSON view."""
        return "json" if self.kind.startswith("api") else "html"

    @property
    def auth(self) -> str:
        """How it is called: the API with a bearer token, pages with a session cookie."""
        return "bearer" if self.kind == "api" else "cookie"

    @property
    def rps_ratio_target(self) -> float | None:
        return {"list": LIST_RPS_RATIO, "view": LIST_RPS_RATIO, "api": API_RPS_RATIO}.get(
            self.kind
        )

    @property
    def p95_target_ms(self) -> float | None:
        return {
            "list": LIST_P95_MS,
            "view": LIST_P95_MS,
            "search": SEARCH_P95_MS,
            "api": LIST_P95_MS,
        }.get(self.kind)


@dataclass
class Result:
    endpoint: Endpoint
    rps: float
    p50: float
    p95: float
    p99: float
    max: float
    requests: int
    errors: int
    others_cpu: float  # % of the machine used by other processes during the run
    cpu_ms: float = 0.0  # CPU time of gunicorn, wrk and the database per request


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--database-url",
        default="postgres://postgres@127.0.0.1:5432/bench_mc",
        help="PostgreSQL database to seed and use (created if missing)",
    )
    parser.add_argument("--threads", type=int, default=100_000, help="threads to seed")
    parser.add_argument("--messages", type=int, default=1_000_000, help="messages to seed")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn sync workers")
    parser.add_argument(
        "--connections", type=int, default=0, help="wrk connections (default: = workers)"
    )
    parser.add_argument("--duration", type=int, default=20, help="seconds measured per page")
    parser.add_argument("--warmup", type=int, default=5, help="seconds of warm-up per page")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument(
        "--quiet-wait",
        type=int,
        default=300,
        help="seconds to wait, before each page, for other work on the machine to stop",
    )
    parser.add_argument(
        "--retries",
        type=int,
        default=3,
        help="repeat a page's run this many times at most while other processes disturb it "
        "(the least disturbed run is reported)",
    )
    parser.add_argument("--explain", action="store_true", help="print the list query plans")
    parser.add_argument(
        "--pages",
        default="list,search,view",
        help="comma-separated kinds of page to load besides the baselines (which run "
        "first and last): list, search, view, api; e.g. --pages view or --pages api",
    )
    args = parser.parse_args()
    kinds = {kind.strip() for kind in args.pages.split(",") if kind.strip()}
    unknown = kinds - {"list", "search", "view", "api"}
    if unknown or not kinds:
        parser.error(f"--pages takes list, search, view and/or api, not {args.pages!r}")
    args.pages = kinds
    return args


def database_name(url: str) -> str:
    name = urlsplit(url).path.lstrip("/")
    if not name or name in FORBIDDEN_DATABASES or name.startswith("test_"):
        sys.exit(
            f"Refusing database {name!r}: `test`, `test_*` and `postgres` belong to others. "
            "Use a database of its own, e.g. .../bench_mc."
        )
    return name


def ensure_database(url: str, name: str) -> None:
    """Create the bench database if it is missing (through the `postgres` maintenance DB)."""
    import psycopg
    from psycopg import sql

    try:
        psycopg.connect(url).close()
        return
    except psycopg.OperationalError as error:
        if "does not exist" not in str(error):
            raise
    admin = urlsplit(url)._replace(path="/postgres").geturl()
    print(f"Creating database {name}")
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))


def setup_django(url: str, static_root: str) -> None:
    os.environ["DATABASE_URL"] = url
    os.environ["DJANGO_SETTINGS_MODULE"] = "bench.settings"
    os.environ["STATIC_ROOT"] = static_root
    import django

    django.setup()


def prepare_database(args: argparse.Namespace) -> None:
    from django.core.management import call_command
    from django.db import connection

    from bench import message_center_seed as seeding

    print("Migrating")
    call_command("migrate", interactive=False, verbosity=0)
    seeded = seeding.is_seeded()
    if seeded is None:
        print(f"Seeding {args.threads:,} threads and {args.messages:,} messages (COPY)")
        started = time.monotonic()
        seeding.seed(threads=args.threads, messages=args.messages)
        print(f"Seeded in {time.monotonic() - started:.0f} s")
    elif seeded != (args.threads, args.messages):
        sys.exit(
            f"This database holds {seeded[0]:,} threads and {seeded[1]:,} messages, not "
            f"{args.threads:,} and {args.messages:,}: use another database name."
        )
    else:
        print(f"Already seeded: {seeded[0]:,} threads, {seeded[1]:,} messages")
    print("VACUUM ANALYZE")
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")


def pick_endpoints(args: argparse.Namespace) -> tuple[list[Endpoint], dict]:
    """The URLs to load and what each page must show; facts about the data for the report."""
    from django.db import connection
    from django.db.models import Count, Q

    from accounts.models import User
    from bench.message_center_seed import SELLER_USERNAME
    from messaging.models import MessageState, Thread
    from messaging.selectors import MESSAGES_PER_PAGE, THREADS_PER_PAGE, Cursor

    seller = User.objects.get(username=SELLER_USERNAME)
    ordered = Thread.objects.filter(seller=seller).order_by("-last_message_at", "-id")
    page = min(DEEP_PAGE, args.threads // THREADS_PER_PAGE // 2)  # smaller trial data
    offset = (page - 1) * THREADS_PER_PAGE
    at, pk = ordered.values_list("last_message_at", "id")[offset - 1]
    first_of_deep_page = ordered.values_list("id", flat=True)[offset]
    cursor = quote(Cursor(at, pk).encode(), safe="")
    view = (
        Thread.objects.filter(seller=seller, seller_unread_count=0)
        .annotate(
            shown=Count("messages", filter=Q(messages__state=MessageState.DELIVERED)),
        )
        .filter(shown__gte=LONG_THREAD_MESSAGES)
        .order_by("-last_message_at")
        .values_list("id", "shown")
        .first()
    )
    facts = {
        "seller": seller.username,
        "deep_offset": offset,
        "view": view,
        "view_page": MESSAGES_PER_PAGE,
    }
    with connection.cursor() as db:
        for word in (SEARCH_COMMON, SEARCH_RARE):
            db.execute(
                "SELECT count(*), count(DISTINCT thread_id) FROM messaging_message "
                "WHERE to_tsvector('simple'::regconfig, COALESCE(text, '')) "
                "@@ to_tsquery('simple', %s)",
                [f"{word}:*"],
            )
            facts[word] = db.fetchone()
    row = r'<li class="thread'
    api = "/api/v1/messaging/threads"
    endpoints = [
        Endpoint(
            "baseline (50-row JSON view)", "api-baseline", "/bench/baseline.json", '"id"', 50
        ),
        Endpoint(
            "plain Django JSON view, same data (session login)",
            "api-plain",
            "/bench/threads.json",
            r'"interlocutorEmail"',
            THREADS_PER_PAGE,
        ),
        Endpoint(f"API {api}, page 1", "api", api, r'"interlocutorEmail"', THREADS_PER_PAGE),
        Endpoint(
            f"API {api}, page {page}",
            "api",
            f"{api}?after={cursor}",
            rf'"id": ?{first_of_deep_page},',
            1,
        ),
        Endpoint(
            f"API {api}/{{id}}/messages ({MESSAGES_PER_PAGE} of {view[1]})",
            "api",
            f"{api}/{view[0]}/messages",
            r'"sentAt"|"createdAt"',
            MESSAGES_PER_PAGE,
        ),
        Endpoint("baseline (50-row template)", "baseline", "/bench/baseline/", row, 50),
        Endpoint("thread list, page 1", "list", "/messages/", row, THREADS_PER_PAGE),
        Endpoint(
            f"thread list, page {page}",
            "list",
            f"/messages/?after={cursor}",
            rf'href="/messages/{first_of_deep_page}/"',
            1,
        ),
        *(
            Endpoint(
                f'search "{word}"',
                "search",
                f"/messages/?q={word}",
                row,
                min(THREADS_PER_PAGE, facts[word][1]),
            )
            for word in (SEARCH_COMMON, SEARCH_RARE)
        ),
        Endpoint(
            f"thread view ({MESSAGES_PER_PAGE} of {view[1]} messages)",
            "view",
            f"/messages/{view[0]}/",
            r'<article class="message',
            MESSAGES_PER_PAGE,
        ),
    ]
    return endpoints, facts


def api_token() -> str:
    """A bearer token of the seller's own tool (client credentials, messages:read), made
    directly in the database as the token endpoint would (a day long)."""
    import secrets
    from datetime import timedelta

    from django.utils import timezone
    from oauth2_provider.models import AccessToken, Application

    from accounts.models import User
    from bench.message_center_seed import SELLER_USERNAME

    seller = User.objects.get(username=SELLER_USERNAME)
    application, _created = Application.objects.get_or_create(
        name="Benchmark tool",
        user=seller,
        defaults={
            "client_type": Application.CLIENT_CONFIDENTIAL,
            "authorization_grant_type": Application.GRANT_CLIENT_CREDENTIALS,
            "algorithm": "",
        },
    )
    token = secrets.token_urlsafe(30)
    AccessToken.objects.create(
        application=application,
        user=None,
        token=token,
        scope=API_SCOPE,
        expires=timezone.now() + timedelta(days=1),
    )
    return token


def session_cookie() -> str:
    from django.conf import settings
    from django.test import Client

    from accounts.models import User
    from bench.message_center_seed import SELLER_USERNAME

    client = Client()
    client.force_login(User.objects.get(username=SELLER_USERNAME))
    return f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}"


def get(port: int, path: str, header: str = "") -> tuple[int, str]:
    """GET `path` with one request header ("Name: value")."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    name, _sep, value = header.partition(": ")
    try:
        conn.request("GET", path, headers={name: value} if header else {})
        response = conn.getresponse()
        return response.status, response.read().decode()
    finally:
        conn.close()


def start_gunicorn(args: argparse.Namespace, static_root: str) -> subprocess.Popen:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bench.settings",
        "DATABASE_URL": args.database_url,
        "STATIC_ROOT": static_root,
        # The benchmark exercises no rate limit (the API counts each call; its limits
        # are lifted as the web pages' are, bench/settings.py).
        "RATE_LIMIT_API_APPLICATION": "100000000/m",
        "RATE_LIMIT_API_SELLER": "100000000/m",
    }
    command = [
        sys.executable,
        "-m",
        "gunicorn",
        "config.wsgi",
        "--workers",
        str(args.workers),
        "--worker-class",
        "sync",
        "--bind",
        f"127.0.0.1:{args.port}",
        "--log-level",
        "warning",
        "--chdir",
        str(ROOT),
    ]
    print("Starting gunicorn " + " ".join(command[3:]))
    server = subprocess.Popen(command, env=env, cwd=ROOT)  # noqa: S603
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if server.poll() is not None:
            sys.exit("gunicorn exited; see its output above")
        try:
            if get(args.port, "/healthz")[0] == 200:
                return server
        except OSError:
            time.sleep(0.2)
    server.terminate()
    sys.exit("gunicorn did not answer /healthz within 30 s")


def check_page(port: int, endpoint: Endpoint, header: str) -> None:
    status, body = get(port, endpoint.path, header)
    found = len(re.findall(endpoint.expect, body))
    if status != 200 or found < endpoint.count:
        sys.exit(
            f"{endpoint.name}: GET {endpoint.path} gave {status} with {found} matches of "
            f"{endpoint.expect!r} (expected {endpoint.count}); not loading a wrong page"
        )


def run_wrk(args: argparse.Namespace, path: str, header: str, seconds: int) -> dict:
    connections = args.connections or args.workers
    command = [
        "wrk",
        "--threads",
        "1",
        "--connections",
        str(connections),
        "--duration",
        f"{seconds}s",
        "--timeout",
        "10s",
        "--script",
        str(ROOT / "bench" / "wrk_report.lua"),
        "--header",
        header,
        f"http://127.0.0.1:{args.port}{path}",
    ]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout  # noqa: S603
    for line in output.splitlines():
        if line.startswith("BENCH "):
            return json.loads(line.removeprefix("BENCH "))
    raise RuntimeError(f"wrk printed no report:\n{output}")


CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def machine_ticks() -> tuple[int, int]:
    """(busy, total) CPU ticks of the whole machine since boot, from /proc/stat."""
    values = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:9]]
    idle = values[3] + values[4]  # idle, iowait
    return sum(values) - idle, sum(values)


def process_stat(pid: int) -> tuple[int, int, int]:
    """(parent pid, CPU ticks used, CPU ticks of its exited children); zeros if it is gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0, 0, 0
    return int(fields[1]), int(fields[11]) + int(fields[12]), int(fields[13]) + int(fields[14])


class CpuMeter:
    """How much CPU went to processes other than this benchmark's during a run.

    Ours: gunicorn (master and workers), wrk, the PostgreSQL backends of the bench database
    and PostgreSQL processes that ended during the run (parallel query workers; the
    postmaster's exited children, which may include a few of other people's). Anything
    else on a shared machine competes for the same cores, so the report shows its share
    next to each figure.
    """

    def __init__(self, server_pid: int, database_url: str, database: str):
        import psycopg

        self.server_pid, self.database_url, self.database = server_pid, database_url, database
        with psycopg.connect(database_url) as conn:
            backend = conn.execute("SELECT pg_backend_pid()").fetchone()[0]
            self.postmaster_pid = process_stat(backend)[0]

    def our_pids(self) -> set[int]:
        import psycopg

        pids = {self.server_pid}
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit() and process_stat(int(entry.name))[0] == self.server_pid:
                pids.add(int(entry.name))
        with psycopg.connect(self.database_url) as conn:
            rows = conn.execute(
                "SELECT pid FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()",
                [self.database],
            ).fetchall()
        return pids | {pid for (pid,) in rows}

    def _exited_ticks(self) -> int:
        """CPU of exited children of gunicorn, PostgreSQL and this script (wrk)."""
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        return (
            process_stat(self.server_pid)[2]
            + process_stat(self.postmaster_pid)[2]
            + round((usage.ru_utime + usage.ru_stime) * CLOCK_TICKS)
        )

    def start(self) -> None:
        self.machine = machine_ticks()
        self.ours = {pid: process_stat(pid)[1] for pid in self.our_pids()}
        self.exited = self._exited_ticks()

    def stop(self) -> tuple[float, float, float]:
        """(machine busy %, others' share %) since start(), in % of all cores, and the CPU
        seconds our processes used."""
        busy, total = (now - then for now, then in zip(machine_ticks(), self.machine, strict=True))
        now = {pid: process_stat(pid)[1] for pid in set(self.ours) | self.our_pids()}
        ours = sum(max(0, ticks - self.ours.get(pid, 0)) for pid, ticks in now.items())
        # An exited process's whole life lands in its parent's children ticks: count only
        # what it used after start() (e.g. a backend that reconnected, CONN_MAX_AGE).
        gone = sum(self.ours[pid] for pid, ticks in now.items() if pid in self.ours and not ticks)
        ours += self._exited_ticks() - self.exited - gone
        total = max(total, 1)
        return 100 * busy / total, 100 * max(0, busy - ours) / total, ours / CLOCK_TICKS


def wait_until_quiet(limit: int, threshold: float = 15.0) -> float:
    """Wait (at most `limit` s) until the machine is nearly idle; returns its busy %."""
    deadline = time.monotonic() + limit
    told = False
    while True:
        before = machine_ticks()
        time.sleep(2)
        busy, total = (now - then for now, then in zip(machine_ticks(), before, strict=True))
        percent = 100 * busy / max(total, 1)
        if percent < threshold or time.monotonic() > deadline:
            return percent
        if not told:
            print(f"  the machine is {percent:.0f}% busy with other work; waiting for quiet")
            told = True


def explain(endpoints: list[Endpoint]) -> None:
    """EXPLAIN (ANALYZE, BUFFERS) of the queries each list page runs, as the view runs them."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from accounts.models import User
    from bench.message_center_seed import SELLER_USERNAME
    from messaging import selectors

    seller = User.objects.get(username=SELLER_USERNAME)
    for endpoint in endpoints:
        if endpoint.kind not in ("list", "search"):
            continue
        query = dict(parse_qsl(urlsplit(endpoint.path).query))
        cursor = selectors.Cursor.decode(query.get("after"))
        with CaptureQueriesContext(connection) as captured:
            selectors.thread_list_for_user(user=seller, query=query.get("q", ""), cursor=cursor)
        for captured_query in captured.captured_queries:
            with connection.cursor() as db:
                db.execute("EXPLAIN (ANALYZE, BUFFERS) " + captured_query["sql"])
                plan = "\n".join(line for (line,) in db.fetchall())
            sql = captured_query["sql"]
            print(f"\n=== {endpoint.name}\nSELECT ...{sql[sql.index(' FROM ') :]}\n{plan}")


def measure(args, endpoint: Endpoint, header: str, meter: CpuMeter) -> Result:
    """One page under load: the least disturbed of up to `--retries` + 1 runs."""
    attempts: list[Result] = []
    while len(attempts) <= args.retries:
        wait_until_quiet(args.quiet_wait)
        run_wrk(args, endpoint.path, header, args.warmup)
        meter.start()
        report = run_wrk(args, endpoint.path, header, args.duration)
        _busy, others, ours_seconds = meter.stop()
        attempts.append(
            Result(
                endpoint,
                report["rps"],
                report["p50"],
                report["p95"],
                report["p99"],
                report["max"],
                report["requests"],
                report["http_errors"] + report["socket_errors"],
                others,
                1000 * ours_seconds / max(report["requests"], 1),
            )
        )
        if others <= DISTURBED_PERCENT:
            break
        print(f"  other processes took {others:.0f}% of the CPU during the run; again")
    return min(attempts, key=lambda result: result.others_cpu)


def main() -> None:
    # Stop cleanly (gunicorn too) on Ctrl-C or kill, also when started in the background.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, lambda _signum, _frame: sys.exit("terminated"))
    args = parse_args()
    name = database_name(args.database_url)
    if shutil.which("wrk") is None:
        sys.exit("wrk is missing: install it with `apt-get install -y wrk` (Debian/Ubuntu).")
    ensure_database(args.database_url, name)
    static_root = tempfile.mkdtemp(prefix="bench-static-")
    setup_django(args.database_url, static_root)
    prepare_database(args)

    from django.core.management import call_command
    from django.db import connection

    call_command("collectstatic", interactive=False, verbosity=0)
    endpoints, facts = pick_endpoints(args)
    html_pages = bool(args.pages - {"api"})
    endpoints = [
        e
        for e in endpoints
        if e.kind in args.pages
        or (e.kind == "baseline" and html_pages)
        or (e.kind in ("api-baseline", "api-plain") and "api" in args.pages)
    ]
    endpoints.sort(key=lambda e: e.family == "json")  # the web pages first, then the API
    if args.explain:
        explain(endpoints)
    headers = {"cookie": f"Cookie: {session_cookie()}"}
    if "api" in args.pages:
        headers["bearer"] = f"Authorization: Bearer {api_token()}"
    with connection.cursor() as db:
        db.execute("SHOW server_version")
        pg_version = db.fetchone()[0]
    connection.close()

    server = start_gunicorn(args, static_root)
    meter = CpuMeter(server.pid, args.database_url, name)
    results: list[Result] = []
    try:
        for endpoint in endpoints:
            check_page(args.port, endpoint, headers[endpoint.auth])
        baselines = [e for e in endpoints if e.kind in ("baseline", "api-baseline")]
        for endpoint in [*endpoints, *baselines]:  # the baselines again at the end
            header = headers[endpoint.auth]
            print(f"Loading {endpoint.name}: {endpoint.path}")
            results.append(measure(args, endpoint, header, meter))
            check_page(args.port, endpoint, header)  # still the right page after the load
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
        shutil.rmtree(static_root, ignore_errors=True)

    print_report(args, results, facts, pg_version)


def print_report(args, results: list[Result], facts: dict, pg_version: str) -> None:
    connections = args.connections or args.workers
    # Each baseline runs first and last; ratios are to the mean of the two, so load that
    # other people put on the machine during the run weighs on both sides alike.
    seen: set[str] = set()
    for index, result in enumerate(results):
        endpoint = result.endpoint
        if endpoint.kind in ("baseline", "api-baseline"):
            if endpoint.kind in seen:
                again = Endpoint(f"{endpoint.name} again (at the end)", endpoint.kind,
                                 endpoint.path, "", 0)  # fmt: skip
                results[index] = Result(**{**result.__dict__, "endpoint": again})
            seen.add(endpoint.kind)
    baselines = {}
    for family, kind in (("html", "baseline"), ("json", "api-baseline")):
        runs = [r.rps for r in results if r.endpoint.kind == kind]
        if runs:
            baselines[family] = sum(runs) / len(runs)
    print()
    print(
        f"Message Center benchmark, {datetime.date.today().isoformat()}: "
        f"{os.cpu_count()} CPU cores ({platform.machine()}, {platform.python_implementation()} "
        f"{platform.python_version()}, PostgreSQL {pg_version.split()[0]}), everything on "
        "this machine over loopback."
    )
    print(
        f"gunicorn config.wsgi: {args.workers} sync workers, settings bench.settings "
        "(config.settings.production, DEBUG off, http on 127.0.0.1); "
        f"wrk: 1 thread, {connections} connections, {args.warmup} s warm-up + "
        f"{args.duration} s per page; percentiles from wrk's per-request latency histogram."
    )
    print(
        f"Data: seller {facts['seller']} with {args.threads:,} threads, {args.messages:,} "
        f"messages; deep page = the keyset cursor after row {facts['deep_offset']:,}; "
        + "; ".join(
            f'"{word}" in {facts[word][0]:,} messages of {facts[word][1]:,} threads'
            for word in (SEARCH_COMMON, SEARCH_RARE)
        )
        + f"; thread view: a thread with {facts['view'][1]} messages, the latest "
        f"{facts['view_page']} shown."
        + (
            f" API: bearer token of the seller's own tool (client credentials, {API_SCOPE})."
            if "json" in baselines
            else ""
        )
    )
    header = (
        "page",
        "req/s",
        "p50 ms",
        "p95 ms",
        "p99 ms",
        "vs baseline",
        "target",
        "met",
        "others' CPU",
        "CPU ms/req",
    )
    rows = []
    for result in results:
        endpoint = result.endpoint
        baseline = baselines[endpoint.family]
        target, met = [], True
        if endpoint.rps_ratio_target is not None:
            target.append(f">= {endpoint.rps_ratio_target:.0%} rps")
            met &= result.rps >= endpoint.rps_ratio_target * baseline
        if endpoint.p95_target_ms is not None:
            target.append(f"p95 < {endpoint.p95_target_ms:.0f} ms")
            met &= result.p95 < endpoint.p95_target_ms
        met &= result.errors == 0 and result.requests > 0
        rows.append(
            (
                endpoint.name,
                f"{result.rps:.1f}",
                f"{result.p50:.1f}",
                f"{result.p95:.1f}",
                f"{result.p99:.1f}",
                f"{result.rps / baseline:.0%}",
                ", ".join(target) or "-",
                ("yes" if met else "NO") if target else "-",
                f"{result.others_cpu:.0f}%",
                f"{result.cpu_ms:.1f}",
            )
        )
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    for row in [header, tuple("-" * w for w in widths), *rows]:
        print("| " + " | ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)) + " |")
    print(
        "vs baseline: to the mean of the first and last runs of its baseline ("
        + ", ".join(
            f"{'50-row template' if family == 'html' else '50-row JSON view'} {rps:.1f} req/s"
            for family, rps in baselines.items()
        )
        + ")."
    )
    print(
        "CPU ms/req: CPU time that gunicorn, wrk and the bench database's PostgreSQL backends "
        "used per request during the run; other people's load changes it much less than "
        "req/s (contention for caches and cores still inflates it), so its ratio to the "
        "baseline's hints at the req/s ratio on an otherwise idle machine."
    )
    print(
        "others' CPU: share of the machine's CPU time that went to processes other than "
        "gunicorn, the bench database's PostgreSQL backends and wrk during the run."
    )
    plain = [r for r in results if r.endpoint.kind == "api-plain"]
    if plain:
        api_first = next(r for r in results if r.endpoint.kind == "api")
        print(
            f"The API's thread list, page 1, makes {api_first.rps / plain[0].rps:.0%} of the "
            "requests/s of a plain Django JSON view serving the same data (session login, "
            "same selector and row shaping, no OAuth2 and no schema)."
        )
    for result in results:
        if not result.requests:
            print(f"{result.endpoint.name}: no request finished within {args.duration} s.")
    errors = sum(result.errors for result in results)
    if errors:
        print(f"{errors} requests failed (HTTP >= 400 or socket errors): figures are suspect.")


if __name__ == "__main__":
    main()
