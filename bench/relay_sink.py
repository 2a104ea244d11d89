"""The no-op SMTP sink the relay benchmark compares against: aiosmtpd, 250 for everything.

    .venv/bin/python bench/relay_sink.py --host 127.0.0.1 --port 2526

The same aiosmtpd `Controller` as the relay (messaging/relay/server.py: SIZE advertised,
SMTPUTF8) with a handler that accepts every recipient and answers DATA with 250 without
looking at the message. Runs until SIGINT or SIGTERM.
"""

import argparse
import signal
import threading

from aiosmtpd.controller import Controller

DATA_SIZE_LIMIT = 25 * 1024 * 1024  # the relay's default RELAY_MAX_MESSAGE_BYTES


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
    args = parser.parse_args()
    stop = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stop.set())
    controller = Controller(
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
