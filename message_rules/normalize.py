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

import bisect
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, cached_property

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


class _OneToOne(dict):
    """str.translate table: a character whose folded form is one character maps to it;
    any other is left as it is (LookupError), so the caller sees it is still there."""

    def __init__(self, fold_one):
        super().__init__()
        self._fold_one = fold_one

    def __missing__(self, code: int) -> str:
        mapped = self._fold_one(chr(code))
        if len(mapped) != 1:
            raise LookupError(code)
        self[code] = mapped
        return mapped


_FOLD_TABLE = _OneToOne(_fold_char)
_ACCENT_TABLE = _OneToOne(_accent_char)


def fold(text: str) -> View:
    if text.isascii():
        return View(text.lower(), None)
    # Most texts fold one character to one (ą → a, Cyrillic а → a): positions stay.
    translated = text.translate(_FOLD_TABLE)
    if translated.isascii():
        return View(translated.lower(), None)
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
    return View(text.translate(_ACCENT_TABLE), None)


# -- The skeleton ---------------------------------------------------------------------

_LEET = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "9": "g"}
_LEET_SYMBOLS = {"@": "a", "$": "s", "!": "i", "|": "l", "€": "e"}
# A word: letters, digits and the symbols that stand for letters.
_TOKEN = re.compile(r"[a-z0-9@$!|]+")
_LETTER = re.compile(r"[a-z]")
_REPEAT = re.compile(r"([a-z])\1+")
_CHAIN_GAPS = frozenset({".", "-", "_", "*", "·"})
# Between two words: the end of a sentence ("zamówienia. Proszę", "?\n").
_SENTENCE_END = re.compile(r"[.!?;]+\s|\n")
SENTENCE_MARK = "."


# A size, a quantity or a model code, not a word in disguise: a tyre's "R17", "A52",
# "RTX4070" (a few letters, then two digits or more), "10g", "256gb", "4mp" (digits, then a
# unit). "R17" read as "rit" was Slovak for an arse, "10g" as "iog".
_CODE = re.compile(
    r"[a-z]{1,3}[0-9]{2,}"
    r"|[0-9]+(?:g|kg|mg|dkg|ml|l|cl|gb|tb|mb|mp|mah|w|kw|hz|mm|cm|m|v|ah|k|x|ks|db|szt|pcs)"
)


def _deleet(token: str) -> str:
    """Digits and symbols standing for letters, in a word that has letters."""
    if token.isalpha() or not _LETTER.search(token) or _CODE.fullmatch(token):
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


class Skeleton:
    """`text`: " word word word " (a space at both ends); `index`: the original position
    of each character (spaces point at the next word), built on first use, as most texts
    have no match to map back; `ends`: where a character ends in the original, if not
    index + 1."""

    def __init__(self, text: str, segments, to_original, ends: dict[int, int]):
        self.text, self.ends = text, ends
        self._segments, self._to_original = segments, to_original

    @cached_property
    def index(self) -> list[int]:
        to_original = self._to_original
        index_out: list[int] = []
        for positions, start, end in self._segments:
            index_out.append(-1)  # the space before the word: set below
            base = len(index_out)
            if positions is None:
                if to_original is None:
                    index_out.extend(range(start, end))
                else:
                    index_out.extend(to_original[start:end])
            elif to_original is None:
                index_out.extend(positions)
            else:
                index_out.extend(to_original[p] for p in positions)
            index_out[base - 1] = index_out[base]
        index_out.append(index_out[-1] + 1 if index_out else 0)
        return index_out

    def span(self, start: int, end: int) -> tuple[int, int]:
        while start < end and self.text[start] == " ":
            start += 1
        while end > start and self.text[end - 1] == " ":
            end -= 1
        last = end - 1
        return self.index[start], self.ends.get(last, self.index[last] + 1)


def _runs_by_gap(run: list) -> list[list]:
    """A run of spaced letters split where the gap is wider than the run's narrowest:
    "k o d  b l i k" is two words, "kod blik", as it reads; "k  u  r  w  a" is one."""
    gaps = [len(entry[4]) for entry in run[1:]]
    narrowest = min(gaps)
    runs, current = [], [run[0]]
    for entry, gap in zip(run[1:], gaps, strict=True):
        if gap > narrowest:
            runs.append(current)
            current = []
        current.append(entry)
    runs.append(current)
    return runs


def skeleton(view: View) -> Skeleton:
    """Words of `view` (see the module docstring), mapped back to the original text.

    Written for speed: a plain word (letters only, no repeated letter) costs a slice.
    """
    text = view.text
    # (word, view positions or None for range(start, end), start, end, gap before it)
    words: list[tuple[str, list[int] | None, int, int, str]] = []
    previous_end = 0
    for match in _TOKEN.finditer(text):
        raw = match.group()
        start, end = match.span()
        positions = None
        word = raw
        if not raw.isalpha():
            word = _deleet(raw)
            if len(word) != len(raw):  # a trailing "!" dropped
                positions = [
                    p
                    for p, char, nxt in zip(range(start, end), raw, [*raw[1:], ""], strict=True)
                    if char not in "!|" or nxt.isalnum()
                ]
            if not word:
                continue
        gap = text[previous_end:start]
        if words and gap == "'" and len(word) <= 2 and word.isalpha():
            # English contractions are one word: "don't" → dont, "I'll" → ill.
            last_word, last_positions, last_start, _last_end, last_gap = words[-1]
            if last_word != SENTENCE_MARK:
                last_positions = (
                    last_positions
                    if last_positions is not None
                    else list(range(last_start, previous_end))
                )
                merged_positions = [*last_positions, *(positions or range(start, end))]
                words[-1] = (last_word + word, merged_positions, last_start, end, last_gap)
                previous_end = end
                continue
        if words and gap != " " and _SENTENCE_END.search(gap):
            # A sentence ends here: phrases do not run on into the next one.
            at = previous_end + _SENTENCE_END.search(gap).start()
            words.append((SENTENCE_MARK, None, at, at + 1, ""))
        previous_end = end
        words.append((word, positions, start, end, gap))

    def positions_of(entry) -> list[int]:
        return entry[1] if entry[1] is not None else list(range(entry[2], entry[3]))

    def merged(run) -> tuple[str, list[int], int, int, str]:
        return (
            "".join(entry[0] for entry in run),
            [p for entry in run for p in positions_of(entry)],
            run[0][2],
            run[-1][3],
            run[0][4],
        )

    # "ch.u.j.o.w.a": three or more short pieces chained by dots or dashes are one word;
    # then runs of three or more one-letter words: "k u r w a".
    for chained in (True, False):
        if len(words) < 3:
            break
        limit = 2 if chained else 1
        short = "".join(
            "1" if len(entry[0]) <= limit and entry[0] != SENTENCE_MARK else "0" for entry in words
        )
        if "111" not in short:
            continue  # no run of three short words: nothing to join
        grouped: list = []
        index = 0
        while index < len(words):
            stop = index + 1
            limit = 2 if chained else 1
            if len(words[index][0]) <= limit and words[index][0] != SENTENCE_MARK:
                while (
                    stop < len(words)
                    and len(words[stop][0]) <= limit
                    and words[stop][0] != SENTENCE_MARK
                    and (not chained or words[stop][4] in _CHAIN_GAPS)
                ):
                    stop += 1
            if stop - index >= 3:
                grouped.extend(merged(run) for run in _runs_by_gap(words[index:stop]))
            else:
                grouped.extend(words[index:stop])
            index = stop
        words = grouped

    # Letters repeated in a row, found in one pass over the text (C speed), so a plain word
    # without them costs no regular expression of its own.
    repeat_starts = [match.start() for match in _REPEAT.finditer(text)]
    to_original = view.index
    parts = [" "]
    segments: list[tuple[list[int] | None, int, int]] = []
    space_at = 0  # where the space before the current word is in the skeleton
    ends: dict[int, int] = {}
    for word, positions, start, end, _gap in words:
        if positions is not None or word != text[start:end]:
            # (a word whose letters came from digits or symbols: "a$$hole" reads "asshole")
            has_repeat = _REPEAT.search(word) is not None
        else:
            at = bisect.bisect_left(repeat_starts, start)
            has_repeat = at < len(repeat_starts) and repeat_starts[at] < end - 1
        if has_repeat:
            positions = positions if positions is not None else list(range(start, end))
            kept_chars: list[str] = []
            kept: list[int] = []
            for char, position in zip(word, positions, strict=True):
                if kept_chars and char == kept_chars[-1] and char.isalpha():
                    ends[space_at + len(kept)] = position  # view position, mapped below
                    continue
                kept_chars.append(char)
                kept.append(position)
            word, positions = "".join(kept_chars), kept
        segments.append((positions, start, end))
        space_at += len(word) + 1
        parts.append(word)
        parts.append(" ")
    if ends:
        ends = {
            # skeleton position of a kept letter → original end of its repeated run
            at: (position if to_original is None else to_original[position]) + 1
            for at, position in ends.items()
        }
    return Skeleton("".join(parts), segments, to_original, ends)


def word_form(word: str) -> str:
    """A rule's literal normalised as the skeleton normalises text (no leet: rules are
    written in letters)."""
    folded = fold(word).text
    return _REPEAT.sub(r"\1", folded)


# -- A letter's frame ------------------------------------------------------------------------

# The first words of a salutation and of a closing, folded (no diacritics, lower case).
_GREETING = re.compile(
    r"^(?:dzien dobry|witam|witaj|czesc|szanown\w*|droga|drogi|hej|siema|dobry den|dobry vecer"
    r"|ahoj|zdravim|zdravicko|vazen\w*|mily|mila|cau|kedves|tisztelt|szia|sziasztok|jo napot"
    r"|udv|udvozlom|hello|hi|hey|dear|good morning|good afternoon|good evening|greetings)\b"
)
_CLOSING = re.compile(
    r"^(?:pozdrawiam|z powazaniem|serdecznie|dziekuj\w*|dzieki|milego dnia|pozdrowienia"
    r"|s pozdravem|s pozdravom|dekuji|dakujem|diky|vdaka|hezky den|pekny den|prajem"
    r"|preji|zdravi|udvozlettel|tisztelettel|koszonom|koszonettel|koszi|szep napot|udv"
    r"|kind regards|regards|best|many thanks|thanks|thank you|cheers|sincerely|yours"
    r"|warm regards|best wishes|all the best|have a)\b"
)


def letter_body(text: str) -> str:
    """`text` with a letter's salutation line ("Dzień dobry Pani Aniu,") and its closing
    ("Pozdrawiam\\nMarta Wiśniewska") blanked to spaces, one for one: what a letter is
    about, without the names and courtesies every kind of letter has. Only a salutation
    alone on the first line before a blank line, and a closing that starts a short last
    paragraph (before any quoted reply), count; text without them comes back as it was."""
    if "\n" not in text:
        return text
    lines = text.split("\n")
    blank = [False] * len(lines)
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if (
        first is not None
        and first + 1 < len(lines)
        and not lines[first + 1].strip()
        and len(lines[first].split()) <= 6
        and _GREETING.match(fold(lines[first].strip()).text)
        # "Dzień dobry Pani Aniu," "Kedves Eladó!": not "Hi, send me the code:"
        and not re.search(r"[:?.;]\s*$", lines[first])
    ):
        blank[first] = True
    # The closing: the last paragraph before a quoted reply ("> " lines and their header).
    end = len(lines)
    for i, line in enumerate(lines):
        if line.startswith(">"):
            end = i
            while end > 0 and lines[end - 1].strip():
                end -= 1  # the quoted reply's "On ... wrote:" header
            break
    while end > 0 and not lines[end - 1].strip():
        end -= 1
    start = end
    while start > 0 and lines[start - 1].strip():
        start -= 1
    paragraph = lines[start:end]
    if (
        start > 0
        and 0 < len(paragraph) <= 3
        and all(len(line.split()) <= 6 for line in paragraph)
        and _CLOSING.match(fold(paragraph[0].strip()).text)
        and not any(char.isdigit() or char == "@" for line in paragraph for char in line)
    ):
        for i in range(start, end):
            blank[i] = True
    if not any(blank):
        return text
    return "\n".join(
        " " * len(line) if gone else line for line, gone in zip(lines, blank, strict=True)
    )
