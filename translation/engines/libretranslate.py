"""LibreTranslate (self-hosted, open source) through its HTTP API.

    POST {LIBRETRANSLATE_URL}/translate
    {"q": "...", "source": "pl", "target": "cs", "format": "html", "api_key": "..."}
    → 200 {"translatedText": "..."}
    → 400/403/429/500 {"error": "..."}

    GET {LIBRETRANSLATE_URL}/languages → [{"code": "pl", "name": "Polish", "targets": [...]}]

format=html makes LibreTranslate translate only the text nodes and leave elements with
`translate="no"` as they are, which is how protected parts travel (protection.py).
"""

import httpx

from .base import PermanentEngineError, RetryableEngineError


class LibreTranslateEngine:
    name = "libretranslate"
    markup = "xml"

    def __init__(self, *, url: str, api_key: str = "", timeout: float = 10.0):
        self.url = url.rstrip("/")
        self.api_key = api_key
        self.timeout = httpx.Timeout(timeout, connect=min(timeout, 5.0))

    def _request(self, method: str, path: str, **kwargs) -> object:
        try:
            response = httpx.request(method, f"{self.url}{path}", timeout=self.timeout, **kwargs)
        except httpx.TimeoutException as error:
            raise RetryableEngineError(f"LibreTranslate timed out ({error})") from error
        except httpx.HTTPError as error:
            raise RetryableEngineError(f"LibreTranslate unreachable ({error})") from error
        try:
            body = response.json()
        except ValueError:
            body = None
        if response.status_code != 200:
            message = body.get("error") if isinstance(body, dict) else None
            reason = f"LibreTranslate {response.status_code}: {message or response.reason_phrase}"
            if response.status_code == 429 or response.status_code >= 500:
                raise RetryableEngineError(reason)
            raise PermanentEngineError(reason)
        if body is None:
            raise RetryableEngineError("LibreTranslate answered 200 with a body that is not JSON")
        return body

    def translate(self, text: str, *, source: str, target: str) -> str:
        payload = {"q": text, "source": source, "target": target, "format": "html"}
        if self.api_key:
            payload["api_key"] = self.api_key
        body = self._request("POST", "/translate", json=payload)
        translated = body.get("translatedText") if isinstance(body, dict) else None
        if not isinstance(translated, str):
            raise RetryableEngineError("LibreTranslate answered without translatedText")
        return translated

    def languages(self) -> dict[str, set[str]]:
        """Source language code → the target codes the server can translate it into."""
        body = self._request("GET", "/languages")
        if not isinstance(body, list):
            raise RetryableEngineError("LibreTranslate /languages is not a list")
        return {
            entry["code"]: set(entry.get("targets") or [])
            for entry in body
            if isinstance(entry, dict) and "code" in entry
        }
