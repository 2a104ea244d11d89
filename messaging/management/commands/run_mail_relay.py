"""Run the inbound mail relay (SPEC §4): `manage.py run_mail_relay --host H --port P`.

Receives mail for the masked domains and stores it in its thread (messaging/relay/);
runs until SIGINT or SIGTERM.
"""

import signal
import threading

from django.core.management.base import BaseCommand

from messaging.relay.fastpath import psycopg as fastpath_psycopg
from messaging.relay.server import relay_controller


class Command(BaseCommand):
    help = "Run the inbound SMTP relay for masked e-mail addresses."

    def add_arguments(self, parser):
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=2525)

    def handle(self, *args, host: str, port: int, **options):
        fastpath_psycopg.enable()  # the relay's statements prepared on the server
        stop = threading.Event()
        for signum in (signal.SIGINT, signal.SIGTERM):
            signal.signal(signum, lambda *_: stop.set())
        controller = relay_controller(host=host, port=port)
        controller.start()
        self.stdout.write(f"Mail relay listening on {host}:{port} (SMTP); stop with Ctrl+C.")
        try:
            stop.wait()
        finally:
            controller.stop()
            self.stdout.write("Mail relay stopped.")
