"""Translation engines, chosen by configuration (TRANSLATION_ENGINE)."""

from django.conf import settings

from .argos import ArgosEngine, package_installed
from .base import Engine, EngineError, PermanentEngineError, RetryableEngineError
from .deepl import DeepLEngine
from .libretranslate import LibreTranslateEngine

ENGINE_NAMES = ("libretranslate", "deepl", "argos")

__all__ = [
    "ENGINE_NAMES",
    "ArgosEngine",
    "DeepLEngine",
    "Engine",
    "EngineError",
    "LibreTranslateEngine",
    "PermanentEngineError",
    "RetryableEngineError",
    "configuration_problem",
    "get_engine",
]


def configuration_problem() -> str:
    """Why the configured engine cannot run ("" when it can, or when none is chosen)."""
    name = settings.TRANSLATION_ENGINE
    if not name:
        return ""
    if name not in ENGINE_NAMES:
        return f"TRANSLATION_ENGINE={name!r} is not one of {', '.join(ENGINE_NAMES)}"
    if name == "libretranslate" and not settings.LIBRETRANSLATE_URL:
        return "TRANSLATION_ENGINE=libretranslate needs LIBRETRANSLATE_URL"
    if name == "deepl" and not settings.DEEPL_API_KEY:
        return "TRANSLATION_ENGINE=deepl needs DEEPL_API_KEY"
    if name == "argos" and not package_installed():
        return "TRANSLATION_ENGINE=argos needs the argostranslate package and its models"
    return ""


def get_engine() -> Engine | None:
    """The configured engine, or None: translation is off."""
    name = settings.TRANSLATION_ENGINE
    if not name or configuration_problem():
        return None
    timeout = settings.TRANSLATION_TIMEOUT_SECONDS
    if name == "libretranslate":
        return LibreTranslateEngine(
            url=settings.LIBRETRANSLATE_URL,
            api_key=settings.LIBRETRANSLATE_API_KEY,
            timeout=timeout,
        )
    if name == "deepl":
        return DeepLEngine(
            api_key=settings.DEEPL_API_KEY, api_url=settings.DEEPL_API_URL, timeout=timeout
        )
    return ArgosEngine()
