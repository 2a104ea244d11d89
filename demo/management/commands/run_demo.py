"""Run the whole system on one machine: database, demo data, web app, relay, tasks.

`make demo` calls this. With the embedded defaults it needs nothing installed: SQLite,
Celery tasks executed in-process, e-mail printed to the console. When CELERY_BROKER_URL
points at a broker, a Celery worker is started beside the web server; when the mail relay
command exists, the relay is started on --relay-port.
"""

import os
import subprocess
import sys
import threading

from django.conf import settings
from django.core.management import call_command, get_commands
from django.core.management.base import BaseCommand

DEMO_AUTH_SERVID = "demo-mx.local"


def site_url(host: str, port: int) -> str:
    """The address a browser on this machine opens for the server on `host`:`port`."""
    if host in ("", "0.0.0.0", "::"):  # noqa: S104 (listening everywhere: use this machine)
        host = "127.0.0.1"
    if ":" in host:  # an IPv6 address
        host = f"[{host}]"
    return f"http://{host}:{port}"


class Command(BaseCommand):
    help = "Migrate, load demo data and run the web app with its relay and task processing."

    def add_arguments(self, parser):
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument("--relay-port", type=int, default=2525)

    def handle(self, *args, host: str, port: int, relay_port: int, **options):
        url = f"{site_url(host, port)}/"
        if not os.environ.get("SITE_URL"):
            # Links in the demo's e-mails lead to this server, on whatever port it runs;
            # the relay and the worker started below write e-mails too.
            settings.SITE_URL = os.environ["SITE_URL"] = url.rstrip("/")
        call_command("migrate", interactive=False, verbosity=0)
        call_command("seed_demo", stdout=self.stdout)

        children: list[subprocess.Popen] = []
        manage = [sys.executable, str(settings.BASE_DIR / "manage.py")]
        if "run_mail_relay" in get_commands():
            # This machine may have no DNS for SPF/DKIM: the demo relay trusts an
            # Authentication-Results header from "demo-mx.local", as if an upstream MTA
            # had checked the mail (README: "Trying the relay by hand").
            relay_env = {**os.environ}
            relay_env.setdefault("RELAY_TRUSTED_AUTH_SERVID", DEMO_AUTH_SERVID)
            children.append(
                subprocess.Popen(  # noqa: S603 (our own interpreter and arguments)
                    [*manage, "run_mail_relay", "--host", host, "--port", str(relay_port)],
                    env=relay_env,
                )
            )
            self.stdout.write(
                f"Mail relay (SMTP): {host}:{relay_port}, trusting Authentication-Results "
                f"from {relay_env['RELAY_TRUSTED_AUTH_SERVID']}"
            )
        if settings.CELERY_TASK_ALWAYS_EAGER:
            self.stdout.write("Background tasks: run in-process (no CELERY_BROKER_URL set).")
            self._prepare_allina()
        else:
            children.append(
                subprocess.Popen(
                    [
                        sys.executable,
                        "-m",
                        "celery",
                        "-A",
                        "config",
                        "worker",
                        "--loglevel",
                        "INFO",
                        "--concurrency",
                        "2",
                        "--beat",
                    ],
                    cwd=settings.BASE_DIR,
                )
            )
            self.stdout.write("Background tasks: a Celery worker on CELERY_BROKER_URL.")

        self.stdout.write(self.style.SUCCESS(f"\nOpen {url} and log in with a demo login above."))
        self.stdout.write(f"Mail sent by the demo: {url}dev/mailbox/")
        self.stdout.write(f"Staff: {url}{settings.ADMIN_URL}\n")
        try:
            call_command("runserver", f"{host}:{port}", use_reloader=False)
        finally:
            for child in children:
                child.terminate()
            for child in children:
                child.wait(timeout=10)

    def _prepare_allina(self) -> None:
        """Load Allina's model while the server starts (on a fresh checkout it is trained
        from the shipped questions first, about half a minute), so the first buyer's
        question is not the one that waits for it. A question asked meanwhile waits for
        the same model (the classifier loads it under a lock)."""
        from allina.classifier import get_model

        self.stdout.write("Allina: loading her model in the background.")
        threading.Thread(target=get_model, name="allina-model", daemon=True).start()
