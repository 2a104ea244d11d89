"""A webhook receiver on loopback, as a seller's tool would run one: it checks each POST's
signature with the secret it was given (HMAC-SHA256 over "<t>." + body, within a replay
window), refuses a bad one with 401 and answers with the statuses it was told to."""

import hashlib
import hmac
import json
import ssl
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def signature_valid(secret: str, header: str, body: bytes, tolerance: int = 300) -> bool:
    fields = dict(part.split("=", 1) for part in header.split(",") if "=" in part)
    if "t" not in fields or "v1" not in fields or not fields["t"].isdigit():
        return False
    if abs(time.time() - int(fields["t"])) > tolerance:
        return False
    expected = hmac.new(
        secret.encode(), fields["t"].encode() + b"." + body, hashlib.sha256
    ).hexdigest()
    return hmac.compare_digest(expected, fields["v1"])


class Receiver:
    def __init__(self, *, tls: tuple[str, str] | None = None) -> None:
        self.secret = ""
        self.answers: list[int | float] = []  # a status, or seconds to hang
        self.received: list[dict] = []  # every POST: event id, type, body, valid, status
        self.lock = threading.Lock()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                valid = signature_valid(
                    receiver.secret, self.headers.get("X-Marketplace-Signature", ""), body
                )
                with receiver.lock:
                    answer = receiver.answers.pop(0) if receiver.answers else 200
                if isinstance(answer, float):
                    time.sleep(answer)
                    answer = 200
                status = answer if valid else 401
                with receiver.lock:
                    receiver.received.append(
                        {
                            "event_id": self.headers.get("X-Marketplace-Event-Id"),
                            "type": self.headers.get("X-Marketplace-Event-Type"),
                            "body": json.loads(body),
                            "valid": valid,
                            "status": status,
                            "signature": self.headers.get("X-Marketplace-Signature", ""),
                            "raw": body,
                            "host": self.headers.get("Host", ""),
                        }
                    )
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        scheme = "http"
        if tls is not None:  # (certificate, key): an https receiver
            context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            context.load_cert_chain(*tls)
            self.server.socket = context.wrap_socket(self.server.socket, server_side=True)
            scheme = "https"
        self.url = f"{scheme}://127.0.0.1:{self.server.server_port}/hooks/marketplace"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def accepted(self) -> list[dict]:
        with self.lock:
            return [row for row in self.received if row["valid"] and row["status"] == 200]

    def __enter__(self) -> "Receiver":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()
