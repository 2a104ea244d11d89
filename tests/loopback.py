"""A stand-in for an outside service: an HTTP server on a free loopback port, in a thread.

Each stand-in (tests/orders/payu_server.py, shipx_server.py, feed_server.py) subclasses
`LoopbackServer` with its request handler; the handler reaches the server object through
the class attribute named `owner_attribute` (e.g. `self.shipx`).
"""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class LoopbackServer:
    handler: type[BaseHTTPRequestHandler]
    owner_attribute: str

    def _serve(self) -> None:
        handler = type("Handler", (self.handler,), {self.owner_attribute: self})
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_port}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def start(self) -> None:
        self.thread.start()

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def __enter__(self):
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop()
