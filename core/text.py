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
