"""The language of a message, detected offline, in the five languages and German."""

import pytest

from translation.detection import detect_language

SENTENCES = {
    "pl": (
        "Dzień dobry, paczka została wysłana dzisiaj, powinna dojść w czwartek.",
        "Dzien dobry, paczka zostala wyslana dzisiaj, powinna dojsc w czwartek.",
    ),
    "cs": (
        "Dobrý den, balík byl odeslán dnes, měl by dorazit ve čtvrtek.",
        "Dobry den, balik byl odeslan dnes, mel by dorazit ve ctvrtek.",
    ),
    "sk": (
        "Dobrý deň, balík bol odoslaný dnes, mal by prísť vo štvrtok.",
        "Dobry den, balik bol odoslany dnes, mal by prist vo stvrtok.",
    ),
    "hu": (
        "Jó napot, a csomagot ma feladtuk, csütörtökön kell megérkeznie.",
        "Jo napot, a csomagot ma feladtuk, csutortokon kell megerkeznie.",
    ),
    "en": (
        "Hello, the parcel was sent today and should arrive on Thursday.",
        "Hello, the parcel was sent today and should arrive on Thursday.",
    ),
}


@pytest.mark.parametrize("language", sorted(SENTENCES))
@pytest.mark.parametrize("form", ["with diacritics", "without diacritics"])
def test_each_language_is_detected_with_and_without_diacritics(language, form):
    text = SENTENCES[language][0 if form == "with diacritics" else 1]
    detection = detect_language(text)  # no hint from the author
    assert detection is not None and detection.language == language


def test_german_is_recognised_rather_than_forced_into_another_language():
    assert detect_language("Guten Tag, wann wird das Paket geliefert?").language == "de"


@pytest.mark.parametrize("text", ["OK", "ok!", "👍", "620000000000000000000001", "https://a.pl/1"])
def test_too_little_text_is_not_translated(text):
    assert detect_language(text, author_language="pl") is None


def test_a_clear_short_word_is_detected():
    assert detect_language("Dziękuję", author_language="cs").language == "pl"
    assert detect_language("Köszönöm", author_language="pl").language == "hu"


def test_ambiguous_text_follows_the_authors_language():
    # Slovak without diacritics reads as Polish or Slovak to a detector.
    ambiguous = "Dobry den, kedy pride zasielka?"
    detection = detect_language(ambiguous, author_language="sk")
    assert (detection.language, detection.by) == ("sk", "author")
    # Hungarian without accents looks Polish; from a Hungarian writer it is Hungarian.
    assert detect_language("Koszonom", author_language="hu").language == "hu"


def test_ambiguous_text_from_an_unlikely_author_is_not_guessed():
    assert detect_language("Dobry den, kedy pride zasielka?", author_language="hu") is None


def test_numbers_and_links_do_not_sway_the_detection():
    text = "Thank you! Tracking 620000000000000000000001, https://inpost.pl/sledzenie"
    assert detect_language(text, author_language="pl").language == "en"
