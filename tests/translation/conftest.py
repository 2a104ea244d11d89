import pytest

from tests.translation import fakes


@pytest.fixture
def libretranslate():
    """A LibreTranslate server on loopback (no API key required unless a test sets one)."""
    yield from fakes.libretranslate_server()


@pytest.fixture
def deepl():
    yield from fakes.deepl_server(api_key="test-key:fx")


@pytest.fixture
def translation_on(settings, libretranslate):
    """The product configured with LibreTranslate, as README's "Translation" describes."""
    settings.TRANSLATION_ENGINE = "libretranslate"
    settings.LIBRETRANSLATE_URL = libretranslate.url
    settings.LIBRETRANSLATE_API_KEY = ""
    settings.TRANSLATION_TIMEOUT_SECONDS = 2.0
    return libretranslate


@pytest.fixture
def translation_off(settings):
    settings.TRANSLATION_ENGINE = ""
