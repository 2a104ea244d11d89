"""Finds text in Django templates that a user would read but that is not marked for
translation.

A template is lexed with Django's own lexer. Everything inside `{% translate %}`,
`{% blocktranslate %}` and comments is set aside, variables and other tags become a
placeholder, and what is left is read as HTML (for .html) or as plain text (e-mail .txt):
a text node or a user-facing attribute (title, placeholder, aria-label, alt, hx-confirm,
data-send-error, the value of a button) with a word in it is unmarked text.
"""

import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from django.template.base import Lexer, TokenType

PLACEHOLDER = "\ue000"  # a private-use character: neither a letter nor a digit
USER_FACING_ATTRIBUTES = {
    "title",
    "placeholder",
    "aria-label",
    "alt",
    "hx-confirm",
    "data-send-error",
}
# A word: two letters in a row, in any script.
WORD = re.compile(r"[^\W\d_]{2,}")
# Elements whose content nobody reads as text.
INVISIBLE = {"script", "style"}


@dataclass(frozen=True)
class Finding:
    template: str
    line: int
    text: str

    def __str__(self) -> str:
        return f"{self.template}:{self.line}: {self.text!r}"


def skeleton(source: str) -> list[tuple[str, int]]:
    """The template as (piece, line) with translations, comments and tags set aside."""
    pieces: list[tuple[str, int]] = []
    skip_until: str | None = None
    for token in Lexer(source).tokenize():
        if skip_until is not None:
            if token.token_type == TokenType.BLOCK and token.contents.split()[0] == skip_until:
                skip_until = None
            continue
        if token.token_type == TokenType.TEXT:
            pieces.append((token.contents, token.lineno))
        elif token.token_type == TokenType.BLOCK:
            name = token.contents.split()[0]
            if name in ("blocktranslate", "blocktrans"):
                skip_until = "end" + name
            elif name == "comment":
                skip_until = "endcomment"
            pieces.append((PLACEHOLDER, token.lineno))
        elif token.token_type == TokenType.VAR:
            pieces.append((PLACEHOLDER, token.lineno))
        # TokenType.COMMENT ({# … #}) is nobody's text.
    return pieces


class _Reader(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.texts: list[tuple[str, tuple[int, int]]] = []
        self._invisible = 0

    def handle_starttag(self, tag, attrs):
        if tag in INVISIBLE:
            self._invisible += 1
        attrs = dict(attrs)
        for name, value in attrs.items():
            if value and name in USER_FACING_ATTRIBUTES:
                self.texts.append((value, self.getpos()))
        button = tag == "button" or attrs.get("type") in ("submit", "button", "reset")
        if tag == "input" and button and attrs.get("value"):
            self.texts.append((attrs["value"], self.getpos()))

    def handle_endtag(self, tag):
        if tag in INVISIBLE and self._invisible:
            self._invisible -= 1

    def handle_data(self, data):
        if not self._invisible:
            self.texts.append((data, self.getpos()))


def _words(text: str) -> str:
    return " ".join(text.replace(PLACEHOLDER, " ").split())


def unmarked_text(source: str, *, name: str = "<string>", html: bool = True) -> list[Finding]:
    """The unmarked user-facing text of one template's source."""
    pieces = skeleton(source)
    text = "".join(piece for piece, _line in pieces)
    # The lexer's line of each character of `text`, to report where a finding is.
    lines: list[int] = []
    for piece, line in pieces:
        for char in piece:
            lines.append(line)
            if char == "\n":
                line += 1
    starts = [0] + [i + 1 for i, char in enumerate(text) if char == "\n"]

    def line_of(position: tuple[int, int]) -> int:
        row, column = position
        index = starts[row - 1] + column if row - 1 < len(starts) else len(text) - 1
        return lines[min(index, len(lines) - 1)] if lines else 1

    findings = []
    if html:
        reader = _Reader()
        reader.feed(text)
        reader.close()
        candidates = reader.texts
    else:
        candidates = [(row_text, (row, 0)) for row, row_text in enumerate(text.split("\n"), 1)]
    for value, position in candidates:
        words = _words(value)
        if WORD.search(words):
            findings.append(Finding(name, line_of(position), words))
    return findings


def template_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.suffix in (".html", ".txt") and p.is_file())
