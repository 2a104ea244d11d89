"""Text as a reader sees it: bidi controls resolved, for storing and for checking."""

import re
import unicodedata

# Embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069).
BIDI_CONTROLS = dict.fromkeys([*range(0x202A, 0x202F), *range(0x2066, 0x206A)])

# A right-to-left override (or isolate) shows what follows it backwards until it is
# closed: "\u202emoc.liamg@jan\u202c" reads "jan@gmail.com".
_RIGHT_TO_LEFT = re.compile("[\u202e\u2067]([^\u202a-\u202e\u2066-\u2069]*)[\u202c\u2069]?")


def as_seen(text: str) -> str:
    """`text` with right-to-left overrides put in the order a reader sees and every bidi
    control taken out, so what is stored (and checked) is what is read."""
    return _RIGHT_TO_LEFT.sub(lambda match: match.group(1)[::-1], text).translate(BIDI_CONTROLS)


# Characters that show nothing though they are not spaces or format characters: Hangul
# fillers, the Braille blank, the combining grapheme joiner, variation selectors, the
# Khmer inherent vowels and Mongolian selectors (Unicode's default-ignorable ones, and
# U+2800, which fonts draw as a blank cell).
_BLANK = frozenset(
    {
        *(0x034F, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x2800, 0x3164, 0xFFA0),
        *range(0x180B, 0x1810),
        *range(0xFE00, 0xFE10),
        *range(0xE0100, 0xE01F0),
    }
)


def visible(text: str) -> bool:
    """Whether `text` shows anything: not only spaces, format characters (Cf: zero-width
    spaces and joiners, bidi marks, soft hyphens, tag characters) and blank characters
    (Hangul fillers, the Braille blank)."""
    return any(
        not char.isspace()
        and unicodedata.category(char) not in ("Cf", "Cc", "Zs")
        and ord(char) not in _BLANK
        for char in text
    )


# Letters NFKD does not take apart (a stroke is not a combining mark).
_FOLD_EXTRA = str.maketrans(
    {"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ß": "ss"}
)


def fold_accents(text: str) -> str:
    """`text` without diacritics, as PostgreSQL's `unaccent` reads it: "Zieliński děkuji
    Novákova" -> "Zielinski dekuji Novakova". The search folds both the text and the
    words asked for, so a word typed without its accents finds it."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD_EXTRA))
    return "".join(c for c in decomposed if not unicodedata.combining(c))
