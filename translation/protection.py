"""What must come out of a translation exactly as it went in, and how it travels.

Order numbers, tracking numbers, product codes (anything with a digit in it), prices
with their currency, URLs, bare domains with a known public suffix (tldextract's bundled
list, no network) and e-mail addresses (checked by Django's validator) are cut out of
the text before it goes to an engine and put back after. The thread's own identifiers
(the order's transaction id, its tracking numbers) are protected by name, since a
transaction id can be all letters.

Two forms, depending on the engine (engines/base.py):

- xml: the text escaped, each protected part as `<span translate="no">…</span>`, line
  breaks as `<br/>`. LibreTranslate (format=html) and DeepL (tag_handling=xml with
  ignore_tags=span) leave those elements alone and may move them as the sentence needs.
- tokens: each protected part replaced by `[[n]]`.

If anything protected is missing, duplicated or changed in the engine's output,
`PlaceholderLost` is raised: the translation is treated as failed, never shown corrupted.
"""

import html
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from html.parser import HTMLParser

import tldextract
from django.core.exceptions import ValidationError
from django.core.validators import validate_email


class PlaceholderLost(Exception):
    """The engine dropped, duplicated or altered a protected part."""


_CURRENCY = r"(?:zł|zl|PLN|Kč|Kc|CZK|€|EUR|Ft|HUF|USD|\$|£|GBP)"
_AMOUNT = r"(?:\d{1,3}(?:[ \u00a0.,]\d{3})+|\d+)(?:[.,]\d{1,2})?(?:,-)?"
_PRICE = re.compile(
    rf"(?<![\w.,]){_CURRENCY}[ \u00a0]?{_AMOUNT}(?![\d])"
    rf"|(?<![\w.,]){_AMOUNT}[ \u00a0]?{_CURRENCY}(?!\w)",
    re.IGNORECASE,
)
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"]+", re.IGNORECASE)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_DOMAIN = re.compile(r"(?<![\w@.-])[\w-]+(?:\.[\w-]+)+(?:/[^\s<>\"]*)?")
_WITH_DIGIT = re.compile(r"(?<![\w#/.-])[\w#/.-]*\d[\w#/.-]*")
_TRAILING = ".,;:!?)]}'\"-/"
_CODE = re.compile(r"[A-Za-z0-9 -]*\d[A-Za-z0-9 -]*")
_TOKEN = re.compile(r"\[\[\s*(\d+)\s*\]\]")


@cache
def _domains() -> tldextract.TLDExtract:
    # suffix_list_urls=() uses the snapshot bundled with the package: never the network.
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


def _is_domain(candidate: str) -> bool:
    host = candidate.split("/", 1)[0]
    parts = _domains()(host)
    return bool(parts.suffix and parts.domain)


def _is_email(candidate: str) -> bool:
    try:
        validate_email(candidate)
    except ValidationError:
        return False
    return True


def _spans(text: str, keep: tuple[str, ...]) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []

    def add(start: int, end: int) -> None:
        while end > start and text[end - 1] in _TRAILING:
            end -= 1
        if end > start:
            found.append((start, end))

    for value in keep:
        if value:
            for match in re.finditer(re.escape(value), text, re.IGNORECASE):
                add(*match.span())
    for match in _URL.finditer(text):
        add(*match.span())
    for match in _EMAIL.finditer(text):
        if _is_email(match.group().rstrip(_TRAILING)):
            add(*match.span())
    for match in _DOMAIN.finditer(text):
        if _is_domain(match.group().rstrip(_TRAILING)):
            add(*match.span())
    for match in _PRICE.finditer(text):
        found.append(match.span())
    for match in _WITH_DIGIT.finditer(text):
        add(*match.span())
    # The earliest, then the longest wins; parts inside a chosen one are dropped.
    chosen: list[tuple[int, int]] = []
    for start, end in sorted(found, key=lambda span: (span[0], -span[1])):
        if chosen and start < chosen[-1][1]:
            if end > chosen[-1][1]:  # overlapping: join them into one protected part
                chosen[-1] = (chosen[-1][0], end)
            continue
        chosen.append((start, end))
    # A number printed in groups ("1Z 999 AA1 01 2345 6784") stays one part.
    merged: list[tuple[int, int]] = []
    for start, end in chosen:
        if (
            merged
            and text[merged[-1][1] : start] == " "
            and _CODE.fullmatch(text[merged[-1][0] : merged[-1][1]])
            and _CODE.fullmatch(text[start:end])
        ):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


@dataclass(frozen=True)
class ProtectedText:
    """The text cut into (protected?, part) pieces."""

    parts: tuple[tuple[bool, str], ...]
    values: tuple[str, ...] = field(init=False)

    def __post_init__(self):
        object.__setattr__(self, "values", tuple(p for kept, p in self.parts if kept))

    @property
    def has_words(self) -> bool:
        return any(kept is False and re.search(r"[^\W\d_]", p) for kept, p in self.parts)

    def as_xml(self) -> str:
        out = []
        for kept, part in self.parts:
            if kept:
                out.append(f'<span translate="no">{html.escape(part, quote=False)}</span>')
            else:
                out.append(html.escape(part, quote=False).replace("\n", "<br/>"))
        return "".join(out)

    def as_tokens(self) -> str:
        out, index = [], 0
        for kept, part in self.parts:
            if kept:
                out.append(f"[[{index}]]")
                index += 1
            else:
                out.append(part)
        return "".join(out)

    def restore_xml(self, translated: str) -> str:
        parser = _Restorer()
        try:
            parser.feed(translated)
            parser.close()
        except AssertionError as error:  # html.parser's way of refusing broken markup
            raise PlaceholderLost(f"unreadable markup: {error}") from error
        if Counter(parser.kept) != Counter(self.values):
            raise PlaceholderLost(_difference(self.values, parser.kept))
        return _tidy("".join(parser.out))

    def restore_tokens(self, translated: str) -> str:
        seen = [int(number) for number in _TOKEN.findall(translated)]
        if sorted(seen) != list(range(len(self.values))):
            raise PlaceholderLost(f"tokens {sorted(seen)} for {len(self.values)} parts")
        return _tidy(_TOKEN.sub(lambda m: self.values[int(m.group(1))], translated))


def _difference(expected, got) -> str:
    missing = Counter(expected) - Counter(got)
    extra = Counter(got) - Counter(expected)
    return f"missing {sorted(missing)} unexpected {sorted(extra)}"[:300]


def _tidy(text: str) -> str:
    """Spaces an engine doubled around moved parts go; no-break spaces stay as they were."""
    lines = [re.sub(r"[ \t\r]+", " ", line).strip(" ") for line in text.split("\n")]
    return "\n".join(lines).strip()


class _Restorer(HTMLParser):
    """Engine output in the xml form → plain text, collecting the protected parts."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.kept: list[str] = []
        self._depth = 0  # inside a translate="no" span (nested spans counted)
        self._current: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "br":
            self.out.append("\n")
        elif tag == "span" and (dict(attrs).get("translate") == "no" or self._depth):
            self._depth += 1

    def handle_startendtag(self, tag, attrs):
        if tag == "br":
            self.out.append("\n")
        elif tag == "span" and dict(attrs).get("translate") == "no" and not self._depth:
            self.kept.append("")  # an emptied placeholder: caught by the comparison

    def handle_endtag(self, tag):
        if tag == "span" and self._depth:
            self._depth -= 1
            if not self._depth:
                value = "".join(self._current)
                self.kept.append(value)
                self.out.append(value)
                self._current = []

    def handle_data(self, data):
        (self._current if self._depth else self.out).append(data)


def protect(text: str, *, keep: tuple[str, ...] = ()) -> ProtectedText:
    parts: list[tuple[bool, str]] = []
    position = 0
    for start, end in _spans(text, keep):
        if start > position:
            parts.append((False, text[position:start]))
        parts.append((True, text[start:end]))
        position = end
    if position < len(text):
        parts.append((False, text[position:]))
    return ProtectedText(tuple(parts))
