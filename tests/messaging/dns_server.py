"""A DNS server on loopback (UDP) for the relay's tests: real DNS messages (dnspython's
wire format), answers from a table, names that never answer (a dead or slow name
server), and a count of the questions asked."""

import socket
import threading
from collections import Counter

import dns.message
import dns.rcode
import dns.rdatatype
import dns.rrset


class DnsServer:
    def __init__(self, txt: dict[str, str] | None = None, ttl: int = 300):
        self.txt = {k.lower().rstrip("."): v for k, v in (txt or {}).items()}
        self.ttl = ttl
        self.silent: set[str] = set()  # names (and names under them) never answered
        self.asked: Counter = Counter()  # (name, type) -> questions received
        self._socket = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self._socket.bind(("127.0.0.1", 0))
        self._socket.settimeout(0.2)
        self.address = f"127.0.0.1:{self._socket.getsockname()[1]}"
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self):
        while not self._stop.is_set():
            try:
                wire, client = self._socket.recvfrom(4096)
            except TimeoutError:
                continue
            try:
                query = dns.message.from_wire(wire)
            except Exception:  # noqa: S112 (not a DNS message: ignored, as servers do)
                continue
            question = query.question[0]
            name = question.name.to_text(omit_final_dot=True).lower()
            qtype = dns.rdatatype.to_text(question.rdtype)
            self.asked[(name, qtype)] += 1
            if any(name == s or name.endswith("." + s) for s in self.silent):
                continue  # no answer at all: the client times out
            response = dns.message.make_response(query)
            if qtype == "TXT" and name in self.txt:
                value = self.txt[name]
                pieces = [value[i : i + 255] for i in range(0, len(value), 255)]
                chunks = " ".join(f'"{piece}"' for piece in pieces)
                response.answer.append(
                    dns.rrset.from_text(question.name, self.ttl, "IN", "TXT", chunks)
                )
            elif not any(key == name or key.endswith("." + name) for key in self.txt):
                response.set_rcode(dns.rcode.NXDOMAIN)
            self._socket.sendto(response.to_wire(), client)

    def stop(self):
        self._stop.set()
        self._thread.join(2)
        self._socket.close()
