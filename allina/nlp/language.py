"""The buyer's language: one of the five the product speaks (lingua, offline models)."""

from functools import cache

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

LANGUAGES = ("pl", "cs", "sk", "hu", "en")

_CODES = {
    Language.POLISH: "pl",
    Language.CZECH: "cs",
    Language.SLOVAK: "sk",
    Language.HUNGARIAN: "hu",
    Language.ENGLISH: "en",
}
DEFAULT_LANGUAGE = "en"


@cache
def _detector() -> LanguageDetector:
    return LanguageDetectorBuilder.from_languages(*_CODES).with_preloaded_language_models().build()


def detect_language(text: str) -> str:
    """The most likely of the five languages; English when the text gives no clue."""
    language = _detector().detect_language_of(text)
    return _CODES.get(language, DEFAULT_LANGUAGE)
