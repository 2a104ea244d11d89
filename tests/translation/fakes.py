"""Local HTTP servers that speak LibreTranslate's and DeepL's documented APIs.

Each runs on 127.0.0.1 in a thread, "translates" with a small phrase book (text nodes
only; elements marked translate="no" or listed in DeepL's ignore_tags are left alone, as
the real services do), logs every request, and can be told to misbehave: answer with a
given status and body, stall longer than the client waits, drop or alter placeholders.
"""

import json
import threading
import time
from dataclasses import dataclass, field
from html.parser import HTMLParser
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

PHRASES = {
    ("pl", "cs"): {
        "Dzień dobry": "Dobrý den",
        "paczka została wysłana dzisiaj": "balík byl dnes odeslán",
        "Paczka została wysłana dzisiaj": "Balík byl dnes odeslán",
        "Zamówienie": "Objednávka",
        "zostało wysłane": "bylo odesláno",
        "numer przesyłki": "číslo zásilky",
        "kosztuje": "stojí",
        "Szczegóły": "Podrobnosti",
        "napisz na": "napište na",
        "Dziękuję za zakupy": "Děkuji za nákup",
        "Pozdrawiam": "S pozdravem",
    },
    ("cs", "pl"): {
        "Dobrý den": "Dzień dobry",
        "kdy přijde můj balík": "kiedy przyjdzie moja paczka",
        "Děkuji": "Dziękuję",
    },
    ("pl", "en"): {
        "Dzień dobry": "Hello",
        "paczka została wysłana dzisiaj": "the parcel was sent today",
        "numer przesyłki": "tracking number",
    },
    ("pl", "hu"): {
        "Dzień dobry": "Jó napot",
        "paczka została wysłana dzisiaj": "a csomagot ma feladtuk",
    },
}


def phrase_translate(text: str, source: str, target: str) -> str:
    book = PHRASES.get((source, target), {})
    for phrase in sorted(book, key=len, reverse=True):
        text = text.replace(phrase, book[phrase])
    return text


class _MarkupTranslator(HTMLParser):
    """Re-emits markup, translating text outside elements that must not be translated."""

    def __init__(self, source, target, *, ignored_tags=(), drop_kept=False, alter_kept=False):
        super().__init__(convert_charrefs=False)
        self.source, self.target = source, target
        self.ignored_tags, self.drop_kept, self.alter_kept = ignored_tags, drop_kept, alter_kept
        self.out: list[str] = []
        self.depth = 0

    def _kept(self, tag, attrs) -> bool:
        return tag in self.ignored_tags or dict(attrs).get("translate") == "no"

    def _emit(self, chunk):
        if not (self.depth and self.drop_kept):
            self.out.append(chunk)

    def handle_starttag(self, tag, attrs):
        if self.depth or self._kept(tag, attrs):
            self.depth += 1
        self._emit(self.get_starttag_text())

    def handle_startendtag(self, tag, attrs):
        self._emit(self.get_starttag_text())

    def handle_endtag(self, tag):
        self._emit(f"</{tag}>")
        if self.depth:
            self.depth -= 1

    def handle_data(self, data):
        if self.depth:
            self._emit(data + "0" if self.alter_kept else data)
        else:
            self.out.append(phrase_translate(data, self.source, self.target))

    def handle_entityref(self, name):
        self._emit(f"&{name};")

    def handle_charref(self, name):
        self._emit(f"&#{name};")


def translate_markup(text, source, target, **options) -> str:
    parser = _MarkupTranslator(source, target, **options)
    parser.feed(text)
    parser.close()
    return "".join(parser.out)


@dataclass
class Logged:
    method: str
    path: str
    headers: dict
    body: object


@dataclass
class FakeServer:
    """Behaviour switches a test sets; the handler reads them on every request."""

    api_key: str = ""
    replies: list = field(default_factory=list)  # (status, raw body) answered first, in order
    delay: float = 0.0
    drop_placeholders: bool = False
    alter_placeholders: bool = False
    requests: list[Logged] = field(default_factory=list)
    url: str = ""

    def translate_requests(self) -> list[Logged]:
        return [r for r in self.requests if r.path.endswith("/translate")]


class _Handler(BaseHTTPRequestHandler):
    fake: FakeServer
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):  # keep test output clean
        pass

    def _send(self, status: int, body, content_type="application/json"):
        raw = body if isinstance(body, bytes) else json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(raw)))
        self.end_headers()
        self.wfile.write(raw)

    def _read(self):
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        if "json" in (self.headers.get("Content-Type") or ""):
            try:
                return json.loads(raw or b"null")
            except ValueError:
                return None
        return {k: v[0] for k, v in parse_qs(raw.decode()).items()}

    def _handle(self, method):
        body = self._read() if method == "POST" else None
        path = urlparse(self.path).path
        self.fake.requests.append(Logged(method, path, dict(self.headers), body))
        if self.fake.delay:
            time.sleep(self.fake.delay)
        if self.fake.replies:
            status, reply = self.fake.replies.pop(0)
            return self._send(status, reply)
        self.route(method, path, body)

    def do_GET(self):
        self._handle("GET")

    def do_POST(self):
        self._handle("POST")


class _LibreTranslateHandler(_Handler):
    """POST /translate (q, source, target, format, api_key), GET /languages."""

    def route(self, method, path, body):
        if method == "GET" and path == "/languages":
            codes = ["pl", "cs", "sk", "hu", "en", "de"]
            return self._send(
                200,
                [{"code": c, "name": c, "targets": [t for t in codes if t != c]} for c in codes],
            )
        if method != "POST" or path != "/translate":
            return self._send(404, {"error": "Not Found"})
        if not isinstance(body, dict):
            return self._send(400, {"error": "Invalid request"})
        if self.fake.api_key and body.get("api_key") != self.fake.api_key:
            return self._send(403, {"error": "Invalid API key"})
        for name in ("q", "source", "target"):
            if not body.get(name):
                return self._send(400, {"error": f"Invalid request: missing {name} parameter"})
        source, target = body["source"], body["target"]
        if body.get("format") == "html":
            text = translate_markup(
                body["q"],
                source,
                target,
                drop_kept=self.fake.drop_placeholders,
                alter_kept=self.fake.alter_placeholders,
            )
        else:
            text = phrase_translate(body["q"], source, target)
        return self._send(200, {"translatedText": text})


class _DeepLHandler(_Handler):
    """POST /v2/translate with Authorization: DeepL-Auth-Key, JSON text[] + target_lang."""

    def route(self, method, path, body):
        if path != "/v2/translate" or method != "POST":
            return self._send(404, {"message": "Not found"})
        auth = self.headers.get("Authorization", "")
        if auth != f"DeepL-Auth-Key {self.fake.api_key}":
            return self._send(403, {"message": "Authorization failed"})
        if not isinstance(body, dict) or not isinstance(body.get("text"), list):
            return self._send(400, {"message": "Parameter 'text' not specified."})
        target = body.get("target_lang", "")
        if target not in {"PL", "CS", "SK", "HU", "EN-GB", "EN-US", "DE"}:
            return self._send(400, {"message": "Value for 'target_lang' not supported."})
        source = body.get("source_lang") or "PL"
        ignored = tuple(body.get("ignore_tags") or ())
        short = {"EN-GB": "en", "EN-US": "en"}.get(target, target.lower())
        translations = []
        for text in body["text"]:
            if body.get("tag_handling") == "xml":
                out = translate_markup(
                    text,
                    source.lower(),
                    short,
                    ignored_tags=ignored,
                    drop_kept=self.fake.drop_placeholders,
                    alter_kept=self.fake.alter_placeholders,
                )
            else:
                out = phrase_translate(text, source.lower(), short)
            translations.append({"detected_source_language": source, "text": out})
        return self._send(200, {"translations": translations})


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        # A client that timed out has gone: writing the late answer fails, as it would
        # for the real service. Nothing to report.
        pass


def run(handler_base, fake: FakeServer):
    handler = type("Handler", (handler_base,), {"fake": fake})
    server = _Server(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    fake.url = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        yield fake
    finally:
        server.shutdown()
        server.server_close()


def libretranslate_server(**options):
    return run(_LibreTranslateHandler, FakeServer(**options))


def deepl_server(**options):
    return run(_DeepLHandler, FakeServer(**options))
