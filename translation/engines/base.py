"""The one small interface every translation engine implements.

An engine turns protected text (translation/protection.py) from one language into another
and says, when it fails, whether trying again later may help:

- `RetryableEngineError`: a timeout, a refused connection, HTTP 429 or 5xx, a reply that
  is not the JSON the provider documents. The task retries with backoff.
- `PermanentEngineError`: the request itself is wrong or not allowed (HTTP 400, 403, 413,
  DeepL's 456 quota), or the engine has no model for the language pair. Trying the same
  request again gives the same answer, so the translation is marked failed at once.

`markup` tells which form of protected text the engine takes: "xml" (escaped text with
`<span translate="no">…</span>` around what must stay unchanged and `<br/>` for line
breaks; LibreTranslate's format=html and DeepL's tag_handling=xml keep those) or "tokens"
(numbered `[[n]]` tokens, for engines with no tag handling such as Argos Translate).
"""

from typing import Literal, Protocol

LANGUAGE_CODES = ("pl", "cs", "sk", "hu", "en", "de")


class EngineError(Exception):
    retryable = False

    def __init__(self, reason: str):
        super().__init__(reason[:300])
        self.reason = reason[:300]


class RetryableEngineError(EngineError):
    retryable = True


class PermanentEngineError(EngineError):
    retryable = False


class Engine(Protocol):
    name: str
    markup: Literal["xml", "tokens"]

    def translate(self, text: str, *, source: str, target: str) -> str:
        """`text` in `source` language (ISO 639-1) → the same in `target`, same markup."""
        ...
