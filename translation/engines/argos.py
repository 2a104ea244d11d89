"""Argos Translate: offline, in-process, when the package and its language models are
installed (`pip install argostranslate` and `argospm install translate-pl_en` …).

Nothing is downloaded at run time: the engine is available only when `argostranslate`
imports and has an installed model for the pair (directly or through English, which
Argos pivots on by itself). Argos has no tag handling, so protected parts travel as
numbered tokens and each line is translated on its own (Argos would join lines).
"""

import importlib.util
from functools import cache

from .base import PermanentEngineError, RetryableEngineError


def package_installed() -> bool:
    return importlib.util.find_spec("argostranslate") is not None


@cache
def _installed_languages() -> dict:
    from argostranslate import translate as argos_translate

    return {language.code: language for language in argos_translate.get_installed_languages()}


class ArgosEngine:
    name = "argos"
    markup = "tokens"

    def _translation(self, source: str, target: str):
        if not package_installed():
            raise PermanentEngineError("argostranslate is not installed")
        languages = _installed_languages()
        if source not in languages or target not in languages:
            raise PermanentEngineError(f"no Argos Translate model for {source} → {target}")
        translation = languages[source].get_translation(languages[target])
        if translation is None:
            raise PermanentEngineError(f"no Argos Translate model for {source} → {target}")
        return translation

    def translate(self, text: str, *, source: str, target: str) -> str:
        translation = self._translation(source, target)
        lines = []
        for line in text.split("\n"):
            if not line.strip():
                lines.append(line)
                continue
            try:
                lines.append(translation.translate(line))
            except Exception as error:  # the model's own failure, e.g. out of memory
                raise RetryableEngineError(f"Argos Translate failed ({error})") from error
        return "\n".join(lines)
