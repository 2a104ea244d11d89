"""DeepL through its HTTP API v2.

    POST {DEEPL_API_URL}/v2/translate
    Authorization: DeepL-Auth-Key <key>
    {"text": ["..."], "source_lang": "PL", "target_lang": "CS",
     "tag_handling": "xml", "ignore_tags": ["span"]}
    → 200 {"translations": [{"detected_source_language": "PL", "text": "..."}]}
    → 400 bad request, 403 bad key, 413 too large, 429 too many requests,
      456 quota exceeded, 5xx temporary ({"message": "..."} when there is a body)

Keys of the free plan end in ":fx" and use api-free.deepl.com; others api.deepl.com.
Protected parts travel as `<span translate="no">` elements listed in ignore_tags, so
DeepL keeps their content; `<br/>` keeps line breaks.
"""

import httpx

from .base import PermanentEngineError, RetryableEngineError

FREE_API_URL = "https://api-free.deepl.com"
PRO_API_URL = "https://api.deepl.com"

# DeepL's codes: sources without a variant, English as a target needs one.
_TARGET = {"pl": "PL", "cs": "CS", "sk": "SK", "hu": "HU", "en": "EN-GB", "de": "DE"}


def default_api_url(api_key: str) -> str:
    return FREE_API_URL if api_key.endswith(":fx") else PRO_API_URL


class DeepLEngine:
    name = "deepl"
    markup = "xml"

    def __init__(self, *, api_key: str, api_url: str = "", timeout: float = 10.0):
        self.api_key = api_key
        self.api_url = (api_url or default_api_url(api_key)).rstrip("/")
        self.timeout = httpx.Timeout(timeout, connect=min(timeout, 5.0))

    def translate(self, text: str, *, source: str, target: str) -> str:
        payload = {
            "text": [text],
            "source_lang": source.upper(),
            "target_lang": _TARGET.get(target, target.upper()),
            "tag_handling": "xml",
            "ignore_tags": ["span"],
        }
        try:
            response = httpx.post(
                f"{self.api_url}/v2/translate",
                json=payload,
                headers={"Authorization": f"DeepL-Auth-Key {self.api_key}"},
                timeout=self.timeout,
            )
        except httpx.TimeoutException as error:
            raise RetryableEngineError(f"DeepL timed out ({error})") from error
        except httpx.HTTPError as error:
            raise RetryableEngineError(f"DeepL unreachable ({error})") from error
        try:
            body = response.json()
        except ValueError:
            body = None
        status = response.status_code
        if status != 200:
            message = body.get("message") if isinstance(body, dict) else None
            reason = f"DeepL {status}: {message or response.reason_phrase or 'error'}"
            if status == 456:
                reason = f"DeepL 456: quota exceeded ({message or 'character limit reached'})"
            if status == 429 or status >= 500:
                raise RetryableEngineError(reason)
            raise PermanentEngineError(reason)
        try:
            translated = body["translations"][0]["text"]
        except (TypeError, KeyError, IndexError):
            raise RetryableEngineError("DeepL answered 200 without translations") from None
        if not isinstance(translated, str):
            raise RetryableEngineError("DeepL answered 200 without translations")
        return translated
