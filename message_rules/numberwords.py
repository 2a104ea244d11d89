"""Numbers written as words, in the five languages, read back as digits: a phone number
spelt "sześćsetpięćdziesiątjeden / czterysta dwadzieścia / trzysta trzy", "sedmset dvacet
čtyři, sto dvanáct, třista třicet", "húszas körzet, százhuszonhárom, negyvenöt hatvanhét"
or "six hundred and fifty-one, four two oh …".

The engine's older check counts single digit words ("šest pět jedna …"); this one also reads
tens, teens and hundreds, glued together as Slovak and Hungarian write them
("štyristopäťdesiatšesť") or apart, and joins the groups of one run into the digits a
reader would dial. It works on the folded text (`normalize.fold`: lower case, without
diacritics, disguises undone), where punctuation still separates the groups; the
skeleton's spellings ("keto", "thre": a doubled letter written once) are read too.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass

UNIT, TEEN, TEN, HUNDRED, HUNDRED_WORD, TEN_PREFIX, ZERO, REPEAT, BREAK, DIGITS = range(10)
HUNDREDS_AFTER_UNIT = 10

_UNITS = {
    1: "jeden jedna jedno jedne one egy",
    2: "dwa dwie dva dve two ketto keto ket",
    3: "trzy tri three thre harom",
    4: "cztery ctyri styri four negy",
    5: "piec pet pat five ot",
    6: "szesc sest six hat",
    7: "siedem sedm sedem seven het",
    8: "osiem osm osem eight nyolc",
    9: "dziewiec devet devat nine kilenc",
}
_TEENS = {
    10: "dziesiec deset desat ten tiz",
    11: "jedenascie jedenact jedenast eleven",
    12: "dwanascie dvanact dvanast twelve",
    13: "trzynascie trinact trinast thirteen thirten",
    14: "czternascie ctrnact strnast fourteen fourten",
    15: "pietnascie patnact patnast fifteen fiften",
    16: "szesnascie sestnact sestnast sixteen sixten",
    17: "siedemnascie sedmnact sedemnast seventeen seventen",
    18: "osiemnascie osmnact osemnast eighteen eighten",
    19: "dziewietnascie devatenact devatnast nineteen nineten",
}
_TENS = {
    20: "dwadziescia dvacet dvadsat twenty husz huszas",
    30: "trzydziesci tricet tridsat thirty harminc harmincas",
    40: "czterdziesci ctyricet styridsat forty fourty negyven negyvenes",
    50: "piecdziesiat padesat patdesiat fifty otven otvenes",
    60: "szescdziesiat sedesat sestdesiat sixty hatvan hatvanas",
    70: "siedemdziesiat sedmdesat sedemdesiat seventy hetven hetvenes",
    80: "osiemdziesiat osmdesat osemdesiat eighty nyolcvan nyolcvanas",
    90: "dziewiecdziesiat devadesat devatdesiat ninety ninty kilencven kilencvenes",
}
_HUNDREDS = {
    200: "dwiescie dveste dvesto",
    300: "trzysta trista tristo",
    400: "czterysta ctyrista styristo",
    500: "piecset petset patsto",
    600: "szescset sestset seststo",
    700: "siedemset sedmset sedemsto",
    800: "osiemset osmset osemsto",
    900: "dziewiecset devetset devatsto",
}
_MORPHEMES: dict[str, tuple[int, int]] = {"zero": (ZERO, 0), "nula": (ZERO, 0), "oh": (ZERO, 0)}
_MORPHEMES |= {"nulla": (ZERO, 0)}
_MORPHEMES |= {"nought": (ZERO, 0), "o": (ZERO, 0), "double": (REPEAT, 2), "triple": (REPEAT, 3)}
_MORPHEMES |= {"treble": (REPEAT, 3)}
for _table, _kind in ((_UNITS, UNIT), (_TEENS, TEEN), (_TENS, TEN), (_HUNDREDS, HUNDRED)):
    for _value, _words in _table.items():
        for _word in _words.split():
            _MORPHEMES[_word] = (_kind, _value)
# "sto" (100 on its own, "sto dwa"), "hundred" and "szaz" (a unit before them multiplies),
# the Hungarian "tizen-"/"huszon-" (10 or 20, a unit must follow).
_MORPHEMES |= {"sto": (HUNDRED_WORD, 100), "hundred": (HUNDRED_WORD, 100)}
# The Czech hundreds written apart ("dvě stě", "tři sta", "pět set"): only after a unit.
_MORPHEMES |= {"ste": (HUNDREDS_AFTER_UNIT, 100), "sta": (HUNDREDS_AFTER_UNIT, 100)}
_MORPHEMES |= {"set": (HUNDREDS_AFTER_UNIT, 100)}
_MORPHEMES |= {"szaz": (HUNDRED_WORD, 100), "tizen": (TEN_PREFIX, 10), "huszon": (TEN_PREFIX, 20)}
_LONGEST = max(len(word) for word in _MORPHEMES)
# The first two letters of every morpheme: a word that starts otherwise is none (the cut
# below is then skipped). "o" is the one morpheme of one letter ("oone": o, one).
_STARTS = frozenset(word[:2] for word in _MORPHEMES if len(word) > 1)
_ONE_LETTER = frozenset(word for word in _MORPHEMES if len(word) == 1)
# Words a spoken number keeps between its parts: "four hundred and twenty", "húszas körzet"
# (the area code), "and" / "és" between groups.
_FILLERS = frozenset({"and", "es", "korzet", "korzetszam", "predvolba", "kierunkowy", "area"})
_FILLERS |= frozenset({"code", "elohivo", "i", "a", "oraz", "meg", "aztan", "potem", "pak"})
_FILLERS |= frozenset({"potom", "then", "dash", "dalej", "next", "utana"})
# The Czech tens said after the unit: "čtyřiadvacet" (24).
_REVERSED_TENS = re.compile(
    r"^(jedna|dva|tri|ctyri|pet|sest|sedm|osm|devet)a"
    r"(dvacet|tricet|ctyricet|padesat|sedesat|sedmdesat|osmdesat|devadesat)$"
)
_TOKEN = re.compile(r"[a-z0-9]+")
# Marks that end a group ("651 / 420", "sto, dwa"); a hyphen joins ("háromszáz-negyvenöt").
_PUNCTUATION = re.compile(r"[,/;:.|]")


@functools.lru_cache(maxsize=4096)
def morphemes(word: str) -> tuple[tuple[int, int], ...] | None:
    """`word` cut into number morphemes ("stodvanast" → sto, dvanast), or None."""
    if word.isdigit() or (word[:2] not in _STARTS and word[:1] not in _ONE_LETTER):
        return None  # most words of a message: no morpheme starts so
    return _cut(word)


def _cut(word: str) -> tuple[tuple[int, int], ...] | None:
    """The fewest morphemes `word` is made of, or None."""
    reversed_tens = _REVERSED_TENS.match(word)
    if reversed_tens:
        return (_MORPHEMES[reversed_tens.group(2)], _MORPHEMES[reversed_tens.group(1)])
    best: list[tuple[tuple[int, int], ...] | None] = [None] * (len(word) + 1)
    best[0] = ()
    for start in range(len(word)):
        if best[start] is None:
            continue
        for stop in range(start + 1, min(len(word), start + _LONGEST) + 1):
            piece = _MORPHEMES.get(word[start:stop])
            if piece is not None:
                candidate = (*best[start], piece)
                if best[stop] is None or len(candidate) < len(best[stop]):
                    best[stop] = candidate
    return best[len(word)]


@dataclass
class _Group:
    value: int = 0
    place: int = 4  # the smallest place filled: 3 hundreds, 2 tens, 1 units, 4 none yet
    prefix: bool = False  # a "tizen"/"huszon" waiting for its unit
    bare_unit: bool = False  # one unit alone so far: "negy" before "szaz", "four" "hundred"

    def digits(self) -> str:
        return str(self.value)


def _read(parts: list[tuple[int, int | str]]) -> list[tuple[str, bool]]:
    """Morphemes in a row → the digit strings of the groups a reader hears in them (a
    punctuation mark between words, BREAK, ends a group; DIGITS are written digits), each
    with whether words made it."""
    groups: list[tuple[str, bool]] = []
    group: _Group | None = None
    repeat = 1

    def close() -> None:
        nonlocal group
        if group is not None and group.place != 4:
            groups.append((group.digits(), True))
        group = None

    for kind, value in parts:
        if kind in (BREAK, DIGITS):
            close()
            if kind == DIGITS:
                groups.append((value, False))
            continue
        if kind == REPEAT:
            close()
            repeat = value
            continue
        if kind == ZERO:
            close()
            groups.append(("0" * repeat, True))
            repeat = 1
            continue
        if repeat > 1 and kind == UNIT:
            close()
            groups.append((str(value) * repeat, True))
            repeat = 1
            continue
        repeat = 1
        if kind == HUNDREDS_AFTER_UNIT:
            if group is not None and group.bare_unit:
                group.value *= 100
                group.place, group.bare_unit = 3, False
            continue
        if group is None:
            group = _Group()
        if kind == HUNDRED_WORD:
            if group.bare_unit:
                group.value *= 100
            elif group.place == 4:
                group.value = 100
            else:
                close()
                group = _Group(value=100)
            group.place, group.bare_unit = 3, False
        elif kind == HUNDRED:
            if group.place != 4:
                close()
                group = _Group()
            group.value, group.place = value, 3
        elif kind in (TEN, TEN_PREFIX):
            if group.place < 3 or group.prefix:
                close()
                group = _Group()
            group.value += value
            group.place, group.prefix, group.bare_unit = 2, kind == TEN_PREFIX, False
        elif kind == TEEN:
            if group.place < 3:
                close()
                group = _Group()
            group.value += value
            group.place, group.bare_unit = 1, False
        else:  # UNIT
            if group.place < 2 and not group.prefix:
                close()
                group = _Group()
            group.bare_unit = group.place == 4
            group.value += value
            group.place, group.prefix = 1, False
    close()
    return groups


@dataclass(frozen=True)
class Run:
    start: int  # offsets in the text read
    stop: int
    groups: tuple[str, ...]  # the digits of each group, in order
    spelt: int  # how many of the digits words made (not written digits)
    compound: bool  # a tens, teens or hundreds word among the words

    @property
    def digits(self) -> str:
        return "".join(self.groups)


def runs(text: str) -> list[Run]:
    """Runs of number words (and digits among them) in `text`: each with the digits it
    reads as. Anything that is not a number word, a digit or a filler between two numbers
    ends a run."""
    found: list[Run] = []
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
    index = 0
    while index < len(tokens):
        parts: list[tuple[int, int | str]] = []
        start = stop = None
        fillers = 0
        while index < len(tokens):
            token_start, token_stop, word = tokens[index]
            if word.isdigit():
                pieces = ((DIGITS, word),) if len(word) <= 4 else None
            else:
                pieces = morphemes(word)
            if pieces is None:
                if parts and word in _FILLERS and fillers < 2:
                    fillers += 1
                    index += 1
                    continue
                break
            if parts and _PUNCTUATION.search(text[stop:token_start]):
                parts.append((BREAK, 0))  # "651 / 420", "sto, dwa"
            fillers = 0
            parts.extend(pieces)
            start = token_start if start is None else start
            stop = token_stop
            index += 1
        if parts:
            read = _read(parts)
            spelt = sum(len(digits) for digits, from_words in read if from_words)
            compound = any(
                kind in (TEEN, TEN, HUNDRED, HUNDRED_WORD, TEN_PREFIX) for kind, _ in parts
            )
            if spelt:
                groups = tuple(digits for digits, _from_words in read)
                found.append(Run(start, stop, groups, spelt, compound))
        index += 1
    return found


# A price, a size or a quantity: a unit or a currency right after the numbers, or a word
# naming them shortly before ("Ceny: sto dwadzieścia, sto pięćdziesiąt …", "Sizes 6, 8, 10
# and sixteen", "… kétszázötven, háromszáz gramm").
_UNIT_AFTER = re.compile(
    r"^\W{0,3}(?:zl|zlotych|zloty|pln|kc|korun|czk|eur|euro|eura|ft|forint\w*|huf|gbp|usd"
    r"|pounds?|quid|dollars?|bucks|g|gram\w*|gramm\w*|dkg|kg|kil\w*|cm|mm|m|l|litr\w*"
    r"|liter\w*|ml|db|darab\w*|ks|kus\w*|szt|sztuk\w*|pcs|pieces|items|percent|procent\w*"
    r"|szazalek|hz|hertz|koralik\w*|minut\w*|minutes|perc\w*|hodin\w*|godzin\w*|ora\w*"
    r"|hours|waist|depending|podle|podla|zalezy|szerint)\b"
)
_NAMED_BEFORE = re.compile(
    r"\b(?:cen\w*|price\w*|arak|ar|arban|rozmiar\w*|velikost\w*|velkost\w*|meret\w*|size\w*"
    r"|opcj\w*|options?|moznost\w*|packs?|balen\w*|kurs\w*|lens|heights?|lengths?|vysk\w*"
    r"|dlzk\w*|delk\w*|resolution|rozliseni|born|rocznik\w*|counting|liczymy|pocitame"
    r"|szamolunk|stock|stan|sklad|order numbers?)\b[^.!?]{0,30}$"
)


def _progression(values: list[int]) -> bool:
    """Evenly spaced by a round or small step: counting, price tiers, sizes."""
    steps = {b - a for a, b in itertools.pairwise(values)}
    if len(steps) != 1:
        return False
    step = abs(steps.pop())
    return step <= 2 or step % 10 == 0


def counting(words: list[str]) -> bool:
    """Digit words (or digits) that count up or down by one: "jeden, dwa, trzy, …"."""
    values = []
    for word in words:
        if word.isdigit():
            values.append(int(word))
            continue
        parts = morphemes(word)
        if not parts or len(parts) != 1 or parts[0][0] not in (UNIT, ZERO, TEEN):
            return False
        values.append(parts[0][1])
    steps = {b - a for a, b in itertools.pairwise(values)}
    return steps in ({1}, {-1})


def _years(groups: tuple[str, ...]) -> bool:
    """ "nineteen eighty, nineteen eighty two": years said as two numbers."""
    pairs = sum(
        1
        for first, second in itertools.pairwise(groups)
        if first in ("19", "20") and len(second) == 2
    )
    return pairs >= 2


def phone_runs(text: str) -> list[Run]:
    """The runs that read as a phone number: nine to thirteen digits in three groups or
    more, most of them spelt (six digits at least), with tens or hundreds among the words
    (single digit words in a row are the engine's older check); not a list of prices,
    sizes, quantities or years."""
    found = []
    for run in runs(text):
        if not (run.compound and len(run.groups) >= 3 and 9 <= len(run.digits) <= 13):
            continue
        if run.spelt < 6 or run.spelt * 2 < len(run.digits):
            continue
        if _progression([int(group) for group in run.groups]) or _years(run.groups):
            continue
        if _UNIT_AFTER.match(text[run.stop : run.stop + 20]) or _NAMED_BEFORE.search(
            text[max(0, run.start - 50) : run.start]
        ):
            continue
        found.append(run)
    return found


# Digits and number words glued in one token: "7seven 12three 45six", "07seven00
# 9hundred 123" (set 42: a phone number no digit run or word run shows whole).
_GLUED = re.compile(r"(?<![a-z0-9])(?=[a-z]*\d)(?=\d*[a-z])[a-z0-9]+(?![a-z0-9])")


def _glued_digits(token: str) -> str | None:
    """The digits a glued token reads as ("7seven" → "77", "9hundred" → "900", "09zero5"
    → "0905"); None when a letter part is no unit, zero or "hundred"."""
    digits = ""
    for part in re.findall(r"\d+|[a-z]+", token):
        if part.isdigit():
            digits += part
            continue
        if part in ("hundred", "sto", "szaz") and digits:
            digits += "00"
            continue
        pieces = morphemes(part)
        if not pieces or any(kind not in (UNIT, ZERO) for kind, _value in pieces):
            return None
        digits += "".join("0" if kind == ZERO else str(value) for kind, value in pieces)
    return digits


def glued_phone_runs(text: str) -> list[Run]:
    """Runs of glued tokens (two at least) and short digit groups between them that read as
    nine to thirteen digits: a phone number split between digits and words."""
    found: list[Run] = []
    if not _GLUED.search(text):
        return found
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
    index = 0
    while index < len(tokens):
        groups: list[str] = []
        glued = 0
        start = stop = None
        while index < len(tokens):
            token_start, token_stop, word = tokens[index]
            if groups and text[stop:token_start].strip(" -") != "":
                break  # only spaces and hyphens between the parts of one run
            if word.isdigit() and len(word) <= 4:
                digits = word
            elif _GLUED.fullmatch(word):
                digits = _glued_digits(word)
                if digits is None:
                    break
                glued += 1
            else:
                break
            groups.append(digits)
            start = token_start if start is None else start
            stop = token_stop
            index += 1
        if glued >= 2 and 9 <= len("".join(groups)) <= 13:
            spelt = len("".join(groups))
            found.append(Run(start, stop, tuple(groups), spelt, False))
        if not groups:
            index += 1
    return found
