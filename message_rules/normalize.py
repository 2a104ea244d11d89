"""Views of a message text that the rules match against, each mapped back to the original.

Every view is a string plus, where characters moved, `index[j]` = the position in the
original text of the view's character `j`, so a finding always points at the writer's own
words (what they typed, disguise and all).

- `fold`: lowercase ASCII. Look-alike characters (Cyrillic `а`, Greek `ο`, fullwidth and
  mathematical letters; the Unicode confusables table through `confusable_homoglyphs`) become
  the Latin letter they imitate; everything else is transliterated by `anyascii`, which
  also drops diacritics (`ą` → `a`, `ő` → `o`, and Polish `ł` → `l`, which has no Unicode
  decomposition). Punctuation stays. Links, e-mail addresses, numbers and staff's regular
  expressions are matched here.
- `skeleton`: words only, one space between them, for phrase rules. On top of `fold`:
  symbols and digits used for letters inside a word become letters (`h4sł0` → `haslo`,
  `$hit` → `shit`, `kurw@` → `kurwa`); letters split by spaces, dots or dashes are joined
  (`k u r w a`, `k.u.r.w.a`); a letter repeated in a row counts once (`kuuurwa`).
  Phrase rules are normalised the same way, so `password` is matched as `pasword`.
- `accent`: the original lowercased with look-alikes mapped but diacritics kept, for
  allowlist exceptions that need them (Hungarian `szár` is not `szar`).
"""

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from anyascii import anyascii
from confusable_homoglyphs import confusables

_ASCII_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")


@cache
def _homoglyphs() -> dict[str, str]:
    """Non-Latin characters that look like an ASCII letter or digit → that character."""
    table: dict[str, str] = {}
    for target in "abcdefghijklmnopqrstuvwxyz0123456789":
        for key in {target, target.upper()}:
            for entry in confusables.confusables_data.get(key, ()):
                char = entry["c"]
                if len(char) != 1 or char.isascii():
                    continue
                name = unicodedata.name(char, "")
                # Latin letters with diacritics are letters of our languages, not disguises.
                if name.startswith("LATIN") and "LETTER" in name and "SMALL CAPITAL" not in name:
                    continue
                table.setdefault(char, target if target.isdigit() else target.lower())
    return table


_FOLD_CACHE: dict[str, str] = {}
_ACCENT_CACHE: dict[str, str] = {}


def _fold_char(char: str) -> str:
    cached = _FOLD_CACHE.get(char)
    if cached is not None:
        return cached
    if unicodedata.category(char).startswith("M"):
        result = ""  # a combining mark (decomposed diacritic): dropped
    else:
        result = _homoglyphs().get(char)
        if result is None:
            result = _homoglyphs().get(char.lower())
        if result is None:
            result = anyascii(char).lower()
            if len(result) > 3 or not result.isprintable():
                result = " "  # emoji and symbols spelled out by anyascii (":smile:")
            elif char == "€":
                result = "e"
    _FOLD_CACHE[char] = result
    return result


def _accent_char(char: str) -> str:
    cached = _ACCENT_CACHE.get(char)
    if cached is None:
        lowered = char.lower()[:1] or char
        cached = _homoglyphs().get(char) or _homoglyphs().get(lowered) or lowered
        _ACCENT_CACHE[char] = cached
    return cached


@dataclass(frozen=True)
class View:
    text: str
    index: list[int] | None  # None: position j of the view is position j of the original

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original text's span for the view's [start, end)."""
        if self.index is None:
            return start, end
        if end <= start:
            position = self.index[start] if start < len(self.index) else len(self.index)
            return position, position
        return self.index[start], self.index[end - 1] + 1


def fold(text: str) -> View:
    if text.isascii():
        return View(text.lower(), None)
    out: list[str] = []
    index: list[int] = []
    for position, char in enumerate(text):
        if char.isascii():
            out.append(char.lower())
            index.append(position)
            continue
        mapped = _fold_char(char)
        if mapped:
            out.append(mapped)
            index.extend([position] * len(mapped))
    return View("".join(out), index)


def accent(text: str) -> View:
    """Same length as the original: one character for each."""
    if text.isascii():
        return View(text.lower(), None)
    return View("".join(_accent_char(char) for char in text), None)


# -- The skeleton ---------------------------------------------------------------------

_LEET = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "9": "g"}
_LEET_SYMBOLS = {"@": "a", "$": "s", "!": "i", "|": "l", "€": "e"}
# A word: letters, digits and the symbols that stand for letters.
_TOKEN = re.compile(r"[a-z0-9@$!|]+")
_LETTER = re.compile(r"[a-z]")
_REPEAT = re.compile(r"([a-z])\1+")
_CHAIN_GAPS = frozenset({".", "-", "_", "*", "·"})


def _deleet(token: str) -> str:
    """Digits and symbols standing for letters, in a word that has letters."""
    if token.isalpha() or not _LETTER.search(token):
        return token
    out = []
    last = len(token) - 1
    for position, char in enumerate(token):
        if char in _LEET:
            out.append(_LEET[char])
        elif char in "@$":
            out.append(_LEET_SYMBOLS[char])
        elif char in "!|":
            # "!" and "|" stand for letters only inside a word, not as its punctuation.
            if position < last and token[position + 1].isalnum():
                out.append(_LEET_SYMBOLS[char])
            else:
                out.append("")
        else:
            out.append(char)
    return "".join(out)


@dataclass(frozen=True)
class Skeleton:
    text: str  # " word word word " (a space at both ends)
    index: list[int]  # original position of each character; spaces point at the next word
    ends: list[int]  # where each character ends in the original (a repeated run: all of it)

    def span(self, start: int, end: int) -> tuple[int, int]:
        while start < end and self.text[start] == " ":
            start += 1
        while end > start and self.text[end - 1] == " ":
            end -= 1
        return self.index[start], self.ends[end - 1]


def skeleton(view: View) -> Skeleton:
    """Words of `view` (see the module docstring), mapped back to the original text."""
    words: list[tuple[str, list[int]]] = []
    gaps: list[str] = []  # what separates each word from the one before it
    previous_end = 0
    to_original = view.index
    for match in _TOKEN.finditer(view.text):
        raw = match.group()
        start = match.start()
        positions = (
            list(range(start, match.end()))
            if to_original is None
            else to_original[start : match.end()]
        )
        word = _deleet(raw)
        if len(word) != len(raw):  # a trailing "!" dropped: keep positions aligned
            kept = [
                p
                for p, char, nxt in zip(positions, raw, [*raw[1:], ""], strict=True)
                if char not in "!|" or nxt.isalnum()
            ]
            positions = kept
        if not word:
            continue
        gaps.append(view.text[previous_end:start] if words else " ")
        previous_end = match.end()
        words.append((word, positions))

    # "ch.u.j.o.w.a": three or more short pieces chained by dots or dashes are one word.
    if len(words) >= 3:
        chained: list[tuple[str, list[int]]] = []
        index = 0
        while index < len(words):
            end = index + 1
            if len(words[index][0]) <= 2:
                while end < len(words) and len(words[end][0]) <= 2 and gaps[end] in _CHAIN_GAPS:
                    end += 1
            if end - index >= 3:
                chained.append(
                    (
                        "".join(w for w, _ in words[index:end]),
                        [p for _, ps in words[index:end] for p in ps],
                    )
                )
            else:
                chained.extend(words[index:end])
            index = end
        words = chained

    # Join runs of three or more one-letter words: "k u r w a", "k.u.r.w.a".
    joined: list[tuple[str, list[int]]] = []
    run: list[tuple[str, list[int]]] = []

    def flush() -> None:
        if len(run) >= 3:
            joined.append(("".join(w for w, _ in run), [p for _, ps in run for p in ps]))
        else:
            joined.extend(run)
        run.clear()

    for word in words:
        if len(word[0]) == 1:
            run.append(word)
        else:
            flush()
            joined.append(word)
    flush()

    text_parts = [" "]
    index: list[int] = []
    ends: list[int] = []
    for word, positions in joined:
        word_ends = [position + 1 for position in positions]
        if _REPEAT.search(word):
            kept_chars, kept_positions, kept_ends = [], [], []
            for char, position in zip(word, positions, strict=True):
                if kept_chars and char == kept_chars[-1] and char.isalpha():
                    kept_ends[-1] = position + 1  # the run counts once, all of it shown
                    continue
                kept_chars.append(char)
                kept_positions.append(position)
                kept_ends.append(position + 1)
            word, positions, word_ends = "".join(kept_chars), kept_positions, kept_ends
        index.append(positions[0])  # the space before a word points at the word
        ends.append(positions[0])
        text_parts.append(word)
        text_parts.append(" ")
        index.extend(positions)
        ends.extend(word_ends)
    index.append(index[-1] + 1 if index else 0)
    ends.append(index[-1])
    return Skeleton("".join(text_parts), index, ends)


def word_form(word: str) -> str:
    """A rule's literal normalised as the skeleton normalises text (no leet: rules are
    written in letters)."""
    folded = fold(word).text
    return _REPEAT.sub(r"\1", folded)
