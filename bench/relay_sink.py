"""The no-op SMTP sink the relay benchmark compares against: aiosmtpd, 250 for everything.

    .venv/bin/python bench/relay_sink.py --host 127.0.0.1 --port 2526

The same aiosmtpd `Controller` and SMTP session class as the relay
(messaging/relay/server.py and fastpath/aiosmtpd.py: SIZE advertised, SMTPUTF8, aiosmtpd's address
parse without its per-call class), with a handler that accepts every recipient and
answers DATA with 250 without looking at the message: the relay's SMTP engine doing
nothing, so the ratio measures what the relay adds. `--stock-session` runs aiosmtpd's
own session class instead. Runs until SIGINT or SIGTERM.
"""

import argparse
import signal
import sys
import threading
from pathlib import Path

from aiosmtpd.controller import Controller

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from messaging.relay.fastpath.aiosmtpd import RelaySMTP  # imports nothing of Django

DATA_SIZE_LIMIT = 25 * 1024 * 1024  # the relay's default RELAY_MAX_MESSAGE_BYTES


class _Controller(Controller):
    def factory(self):
        return RelaySMTP(self.handler, **self.SMTP_kwargs)


class NoopHandler:
    async def handle_RCPT(self, server, session, envelope, address, rcpt_options) -> str:
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server, session, envelope) -> str:
        return "250 2.0.0 OK: discarded"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=2526)
    parser.add_argument(
        "--stock-session",
        action="store_true",
        help="aiosmtpd's own SMTP session class instead of the relay's",
    )
    args = parser.parse_args()
    stop = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stop.set())
    controller = (Controller if args.stock_session else _Controller)(
        NoopHandler(),
        hostname=args.host,
        port=args.port,
        data_size_limit=DATA_SIZE_LIMIT,
        enable_SMTPUTF8=True,
        ident="no-op sink",
    )
    controller.start()
    print(f"No-op SMTP sink listening on {args.host}:{args.port}", flush=True)
    try:
        stop.wait()
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
