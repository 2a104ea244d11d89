"""Each engine adapter against a local server speaking the provider's documented API."""

import sys
import types

import pytest

from translation import engines
from translation.engines import (
    ArgosEngine,
    DeepLEngine,
    LibreTranslateEngine,
    PermanentEngineError,
    RetryableEngineError,
)
from translation.engines.deepl import FREE_API_URL, PRO_API_URL, default_api_url

MARKUP = (
    "Dzień dobry, paczka została wysłana dzisiaj: "
    '<span translate="no">620000000000000000000001</span>.<br/>Pozdrawiam'
)


# --- LibreTranslate ----------------------------------------------------------------------


def test_libretranslate_sends_the_documented_request_and_reads_translated_text(libretranslate):
    libretranslate.api_key = "secret"
    engine = LibreTranslateEngine(url=libretranslate.url + "/", api_key="secret", timeout=2)
    out = engine.translate(MARKUP, source="pl", target="cs")
    assert out == (
        'Dobrý den, balík byl dnes odeslán: <span translate="no">620000000000000000000001</span>'
        ".<br/>S pozdravem"
    )
    [request] = libretranslate.requests
    assert request.method == "POST" and request.path == "/translate"
    assert request.body == {
        "q": MARKUP,
        "source": "pl",
        "target": "cs",
        "format": "html",
        "api_key": "secret",
    }


def test_libretranslate_without_a_key_sends_none(libretranslate):
    LibreTranslateEngine(url=libretranslate.url).translate("Dzień dobry", source="pl", target="cs")
    assert "api_key" not in libretranslate.requests[0].body


def test_libretranslate_lists_its_language_pairs(libretranslate):
    pairs = LibreTranslateEngine(url=libretranslate.url).languages()
    assert "cs" in pairs["pl"] and "pl" not in pairs["pl"]


@pytest.mark.parametrize(
    ("status", "error_class", "words"),
    [
        (400, PermanentEngineError, "Invalid request"),
        (403, PermanentEngineError, "Invalid API key"),
        (429, RetryableEngineError, "Slowdown"),
        (500, RetryableEngineError, "Cannot translate text"),
        (502, RetryableEngineError, "Bad Gateway"),
    ],
)
def test_libretranslate_errors_are_classified(libretranslate, status, error_class, words):
    libretranslate.replies = [(status, {"error": words})]
    with pytest.raises(error_class) as caught:
        LibreTranslateEngine(url=libretranslate.url).translate("x", source="pl", target="cs")
    assert f"LibreTranslate {status}: {words}" in caught.value.reason


def test_a_wrong_libretranslate_key_is_permanent(libretranslate):
    libretranslate.api_key = "right"
    engine = LibreTranslateEngine(url=libretranslate.url, api_key="wrong")
    with pytest.raises(PermanentEngineError, match="403: Invalid API key"):
        engine.translate("Dzień dobry", source="pl", target="cs")


def test_a_libretranslate_timeout_is_retryable(libretranslate):
    libretranslate.delay = 1.0
    engine = LibreTranslateEngine(url=libretranslate.url, timeout=0.2)
    with pytest.raises(RetryableEngineError, match="timed out"):
        engine.translate("Dzień dobry", source="pl", target="cs")


def test_malformed_json_from_libretranslate_is_retryable(libretranslate):
    libretranslate.replies = [(200, b"<html>proxy error</html>")]
    with pytest.raises(RetryableEngineError, match="not JSON"):
        LibreTranslateEngine(url=libretranslate.url).translate("x", source="pl", target="cs")
    libretranslate.replies = [(200, {"something": "else"})]
    with pytest.raises(RetryableEngineError, match="without translatedText"):
        LibreTranslateEngine(url=libretranslate.url).translate("x", source="pl", target="cs")


def test_an_unreachable_libretranslate_is_retryable():
    engine = LibreTranslateEngine(url="http://127.0.0.1:9", timeout=1)
    with pytest.raises(RetryableEngineError, match="unreachable"):
        engine.translate("Dzień dobry", source="pl", target="cs")


# --- DeepL -------------------------------------------------------------------------------


def test_deepl_sends_the_documented_request(deepl):
    engine = DeepLEngine(api_key="test-key:fx", api_url=deepl.url, timeout=2)
    out = engine.translate(MARKUP, source="pl", target="cs")
    assert out.startswith("Dobrý den, balík byl dnes odeslán")
    assert '<span translate="no">620000000000000000000001</span>' in out
    [request] = deepl.requests
    assert request.path == "/v2/translate"
    assert request.headers["Authorization"] == "DeepL-Auth-Key test-key:fx"
    assert request.body == {
        "text": [MARKUP],
        "source_lang": "PL",
        "target_lang": "CS",
        "tag_handling": "xml",
        "ignore_tags": ["span"],
    }


def test_deepl_english_target_needs_a_variant(deepl):
    DeepLEngine(api_key="test-key:fx", api_url=deepl.url).translate(
        "Dzień dobry", source="pl", target="en"
    )
    assert deepl.requests[0].body["target_lang"] == "EN-GB"


def test_deepl_address_follows_the_key():
    assert default_api_url("abc:fx") == FREE_API_URL
    assert default_api_url("abc") == PRO_API_URL
    assert DeepLEngine(api_key="abc").api_url == PRO_API_URL


@pytest.mark.parametrize(
    ("status", "error_class", "reason"),
    [
        (400, PermanentEngineError, "DeepL 400: Bad request"),
        (403, PermanentEngineError, "DeepL 403: Authorization failed"),
        (413, PermanentEngineError, "DeepL 413: Request Entity Too Large"),
        (456, PermanentEngineError, "DeepL 456: quota exceeded (Quota exceeded)"),
        (429, RetryableEngineError, "DeepL 429: Too many requests"),
        (500, RetryableEngineError, "DeepL 500: Internal error"),
        (503, RetryableEngineError, "DeepL 503: Service unavailable"),
    ],
)
def test_deepl_errors_are_classified(deepl, status, error_class, reason):
    message = reason.split(": ", 1)[1].removeprefix("quota exceeded (").rstrip(")")
    deepl.replies = [(status, {"message": message})]
    with pytest.raises(error_class) as caught:
        DeepLEngine(api_key="test-key:fx", api_url=deepl.url).translate(
            "x", source="pl", target="cs"
        )
    assert caught.value.reason == reason


def test_a_wrong_deepl_key_is_refused_by_the_server_and_permanent(deepl):
    with pytest.raises(PermanentEngineError, match="403: Authorization failed"):
        DeepLEngine(api_key="wrong", api_url=deepl.url).translate("x", source="pl", target="cs")


def test_a_deepl_error_without_a_body_still_says_what_happened(deepl):
    deepl.replies = [(429, b"")]
    with pytest.raises(RetryableEngineError, match="DeepL 429: Too Many Requests"):
        DeepLEngine(api_key="test-key:fx", api_url=deepl.url).translate(
            "x", source="pl", target="cs"
        )


def test_a_deepl_timeout_is_retryable(deepl):
    deepl.delay = 1.0
    engine = DeepLEngine(api_key="test-key:fx", api_url=deepl.url, timeout=0.2)
    with pytest.raises(RetryableEngineError, match="timed out"):
        engine.translate("x", source="pl", target="cs")


@pytest.mark.parametrize("reply", [b"not json", {"translations": []}, {"translations": [{}]}])
def test_malformed_deepl_answers_are_retryable(deepl, reply):
    deepl.replies = [(200, reply)]
    with pytest.raises(RetryableEngineError):
        DeepLEngine(api_key="test-key:fx", api_url=deepl.url).translate(
            "x", source="pl", target="cs"
        )


# --- configuration and Argos -------------------------------------------------------------


def test_no_engine_configured_means_translation_is_off(settings):
    settings.TRANSLATION_ENGINE = ""
    assert engines.get_engine() is None
    assert engines.configuration_problem() == ""


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("google", "is not one of libretranslate, deepl, argos"),
        ("libretranslate", "needs LIBRETRANSLATE_URL"),
        ("deepl", "needs DEEPL_API_KEY"),
    ],
)
def test_an_engine_that_cannot_run_is_a_check_error_and_stays_off(db, settings, name, problem):
    from django.core.management import call_command
    from django.core.management.base import SystemCheckError

    settings.TRANSLATION_ENGINE = name
    settings.LIBRETRANSLATE_URL = settings.DEEPL_API_KEY = ""
    assert engines.get_engine() is None
    with pytest.raises(SystemCheckError, match=problem):
        call_command("check")


def test_configured_engines_are_built_from_settings(settings):
    settings.TRANSLATION_ENGINE = "deepl"
    settings.DEEPL_API_KEY = "k:fx"
    settings.DEEPL_API_URL = ""
    assert engines.get_engine().api_url == FREE_API_URL
    settings.TRANSLATION_ENGINE = "libretranslate"
    settings.LIBRETRANSLATE_URL = "http://lt.internal:5000/"
    assert engines.get_engine().url == "http://lt.internal:5000"


def test_argos_is_unavailable_without_its_package(settings, monkeypatch):
    monkeypatch.setattr(engines.argos.importlib.util, "find_spec", lambda name: None)
    settings.TRANSLATION_ENGINE = "argos"
    assert "needs the argostranslate package" in engines.configuration_problem()
    assert engines.get_engine() is None
    with pytest.raises(PermanentEngineError, match="not installed"):
        ArgosEngine().translate("x", source="pl", target="cs")


@pytest.fixture
def argos_installed(monkeypatch):
    """An in-process stand-in for the argostranslate package with a pl→cs model only.

    Argos is a local library, not a service: this checks our adapter's use of its API
    (installed languages, get_translation, one line at a time), not Argos' quality.
    """

    class FakeTranslation:
        def translate(self, text):
            from tests.translation.fakes import phrase_translate

            return phrase_translate(text, "pl", "cs")

    class FakeLanguage:
        def __init__(self, code):
            self.code = code

        def get_translation(self, other):
            return FakeTranslation() if (self.code, other.code) == ("pl", "cs") else None

    translate_module = types.ModuleType("argostranslate.translate")
    translate_module.get_installed_languages = lambda: [FakeLanguage("pl"), FakeLanguage("cs")]
    package = types.ModuleType("argostranslate")
    package.translate = translate_module
    monkeypatch.setitem(sys.modules, "argostranslate", package)
    monkeypatch.setitem(sys.modules, "argostranslate.translate", translate_module)
    monkeypatch.setattr(engines.argos, "package_installed", lambda: True)
    engines.argos._installed_languages.cache_clear()
    yield
    engines.argos._installed_languages.cache_clear()


def test_argos_translates_line_by_line_with_tokens(argos_installed):
    engine = ArgosEngine()
    assert engine.markup == "tokens"
    out = engine.translate("Dzień dobry\n\nnumer przesyłki [[0]]", source="pl", target="cs")
    assert out == "Dobrý den\n\nčíslo zásilky [[0]]"


def test_argos_without_a_model_for_the_pair_is_permanent(argos_installed):
    with pytest.raises(PermanentEngineError, match="no Argos Translate model for cs → pl"):
        ArgosEngine().translate("Dobrý den", source="cs", target="pl")
    with pytest.raises(PermanentEngineError, match="no Argos Translate model for pl → hu"):
        ArgosEngine().translate("Dzień dobry", source="pl", target="hu")
