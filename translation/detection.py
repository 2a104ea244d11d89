"""The language a message is written in, detected offline (lingua), never assumed.

The detector knows the five languages of the product and German (common in cross-border
mail), and is built once per process. Short or ambiguous text follows one rule:

- fewer than MIN_LETTERS letters outside numbers, URLs and addresses ("OK", "👍", a bare
  tracking number): nothing to translate, `None`;
- a clear winner (confidence ≥ CONFIDENT and ahead of the next by ≥ MARGIN): that language;
- otherwise the author's own language when lingua finds it plausible (≥ PLAUSIBLE), since
  people write in their own language ("Dobry den, kedy pride zasielka?" without
  diacritics is Slovak or Polish to a detector; from a Slovak seller it is Slovak);
- otherwise a plain winner (≥ LIKELY and ahead by ≥ MARGIN, e.g. "Thank you");
- otherwise `None`: the message is shown as written rather than translated on a guess.

Only the first DETECT_CHARS characters of the words are looked at (cut at a space): the
detector's cost grows with the text, and a few sentences name the language as surely as
a whole letter does (600 of 600 generated 1.7-4 KB messages in the five languages, a third
without diacritics, named as on the whole text; 1.2 ms instead of 3).
"""

import re
from dataclasses import dataclass
from functools import cache

from lingua import IsoCode639_1, Language, LanguageDetector, LanguageDetectorBuilder

from .protection import protect

LANGUAGES = (
    Language.POLISH,
    Language.CZECH,
    Language.SLOVAK,
    Language.HUNGARIAN,
    Language.ENGLISH,
    Language.GERMAN,
)
MIN_LETTERS = 3
CONFIDENT = 0.7
MARGIN = 0.25
PLAUSIBLE = 0.1
LIKELY = 0.5
DETECT_CHARS = 800
# Text read before protecting numbers, links and addresses (the rest would be cut anyway).
READ_CHARS = 2 * DETECT_CHARS
_LETTER = re.compile(r"[^\W\d_]")


@dataclass(frozen=True)
class Detection:
    language: str  # ISO 639-1
    confidence: float
    by: str  # "detector" or "author"


@cache
def detector() -> LanguageDetector:
    return LanguageDetectorBuilder.from_languages(*LANGUAGES).build()


def _code(language: Language) -> str:
    return language.iso_code_639_1.name.lower()


def _prefix(words: str) -> str:
    """At most about DETECT_CHARS characters, ending at a word boundary."""
    if len(words) <= DETECT_CHARS:
        return words
    cut = words.rfind(" ", DETECT_CHARS // 2, DETECT_CHARS)
    return words[: cut if cut > 0 else DETECT_CHARS]


def _words(text: str) -> str:
    """The text without numbers, links and addresses; of a long text, its beginning."""
    if len(text) > READ_CHARS:
        cut = text.rfind(" ", READ_CHARS // 2, READ_CHARS)
        head = text[: cut if cut > 0 else READ_CHARS]
        words = "".join(part for kept, part in protect(head).parts if not kept)
        if len(words) >= DETECT_CHARS and len(_LETTER.findall(words)) >= MIN_LETTERS:
            return words  # its first DETECT_CHARS are those of the whole text
    return "".join(part for kept, part in protect(text).parts if not kept)


def detect_language(text: str, *, author_language: str = "") -> Detection | None:
    words = _words(text)
    if len(_LETTER.findall(words)) < MIN_LETTERS:
        return None
    values = detector().compute_language_confidence_values(_prefix(words))
    if not values:
        return None
    best = values[0]
    runner_up = values[1].value if len(values) > 1 else 0.0
    if best.value >= CONFIDENT and best.value - runner_up >= MARGIN:
        return Detection(_code(best.language), best.value, "detector")
    if author_language:
        try:
            wanted = Language.from_iso_code_639_1(IsoCode639_1.from_str(author_language))
        except ValueError:
            wanted = None
        for value in values:
            if value.language == wanted and value.value >= PLAUSIBLE:
                return Detection(author_language, value.value, "author")
    if best.value >= LIKELY and best.value - runner_up >= MARGIN:
        return Detection(_code(best.language), best.value, "detector")
    return None
