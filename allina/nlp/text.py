"""Text normalisation shared by training and classification.

Buyers write with and without diacritics, so both forms must look the same to the model:
everything is lower-cased and transliterated to ASCII with anyascii (which maps the Polish
ł to l, unlike a plain Unicode decomposition). Numbers, links and e-mail addresses carry no
topic, so they become placeholder tokens.
"""

import re

from anyascii import anyascii

_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_EMAIL = re.compile(r"\S+@\S+\.\w+")
_NUMBER = re.compile(r"\d+(?:[.,:/-]\d+)*")
_NOT_WORD = re.compile(r"[^a-z0-9 ]+")
_SPACES = re.compile(r"\s+")


def normalize(text: str) -> str:
    """Lower-case ASCII words separated by single spaces."""
    text = _URL.sub(" url ", text)
    text = _EMAIL.sub(" email ", text)
    text = anyascii(text).lower()
    text = _NUMBER.sub(" 0 ", text)
    text = _NOT_WORD.sub(" ", text)
    return _SPACES.sub(" ", text).strip()
