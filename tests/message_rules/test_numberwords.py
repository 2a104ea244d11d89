"""Numbers written as words read back as digits, checked against an outside speller
(num2words, written by others for these languages), and the phone check built on it."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from num2words import num2words

from message_rules import normalize, numberwords

LANGS = {"pl": "pl", "cs": "cs", "sk": "sk", "hu": "hu", "en": "en"}


def spelt(number: int, lang: str) -> str:
    return num2words(number, lang=lang)


def read(text: str) -> list[str]:
    return [run.digits for run in numberwords.runs(normalize.fold(text).text)]


@pytest.mark.parametrize("lang", LANGS)
@given(number=st.integers(min_value=1, max_value=999))
@settings(max_examples=150, deadline=None)
def test_every_number_below_a_thousand_reads_back_as_its_digits(lang, number):
    assert read(spelt(number, lang)) == [str(number)]


@pytest.mark.parametrize("lang", LANGS)
@given(groups=st.lists(st.integers(min_value=100, max_value=999), min_size=3, max_size=3))
@settings(max_examples=100, deadline=None)
def test_a_phone_spelt_in_three_groups_is_a_phone(rules, lang, groups):
    text = ", ".join(spelt(group, lang) for group in groups) + " — zadzwoń / hívj / call"
    assert read(text)[0] == "".join(str(group) for group in groups)
    verdict = rules.check(text, use_model=False)
    assert "off_platform" in verdict.categories


@pytest.mark.parametrize("lang", LANGS)
@given(
    number=st.integers(min_value=1, max_value=99_999),
    unit=st.sampled_from(["zł", "Kč", "€", "Ft"]),
)
@settings(max_examples=100, deadline=None)
def test_a_price_in_words_is_no_phone(rules, lang, number, unit):
    text = f"Cena: {spelt(number, lang)} {unit}, do negocjacji"
    assert not rules.check(text, use_model=False).blocked


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("sześćsetpięćdziesiątjeden / czterysta dwadzieścia / trzysta trzy", "651420303"),
        ("sedmsetdvacetčtyři, stodvanáct, třistatřicet", "724112330"),
        ("húszas körzet, százhuszonhárom, negyvenöt hatvanhét", "201234567"),
        ("nulla hat, húsz, háromszáz-negyvenöt", "0620345"),
        ("double seven, oh, one two three", "770123"),
    ],
)
def test_glued_and_spoken_forms(text, digits):
    assert "".join(read(text)) == digits


def test_ordinary_words_that_contain_number_words_are_none():
    # "pet" (Czech five) in "petice", "ot" (Hungarian five) in "otthon", "het" in "hetente"
    assert read("Petice, otthon hetente, sto procent, tenis") == ["100"]


# Found by a helper session attacking the check (as an attacker and as an innocent user).
@pytest.mark.parametrize(
    "text",
    [
        "sześćset pięćdziesiąt jeden i czterysta dwadzieścia i trzysta trzy",
        "hatszázötvenegy meg négyszázhúsz meg háromszázhárom",
        "six hundred one, then two hundred thirty four, then five hundred sixty seven",
        "dvě stě padesát jedna, čtyři sta dvacet, tři sta tři",
        "sedmset čtyřiadvacet, sto dvanáct, třista třicet",
        "six o one, twenty three, fourty five, sixty seven",
        "hetvenes előhívó, százhuszonhárom, negyvenöt, hatvanhét",
        "six oh one, treble two, forty five, sixty",
    ],
)
def test_a_phone_said_with_joining_words_apart_hundreds_or_reversed_tens_is_found(rules, text):
    assert "off_platform" in rules.check(text, use_model=False).categories


@pytest.mark.parametrize(
    "text",
    [
        "Ceny: sto dwadzieścia, sto pięćdziesiąt, sto osiemdziesiąt",
        "Sto dvacet, sto třicet, sto čtyřicet Kč",
        "Százhúsz, százharminc, száznegyven forint méret szerint",
        "Two hundred fifty, three hundred, three fifty depending on condition",
        "Opcje: dwieście, trzysta, czterysta złotych za sztukę",
        "Sizes 6, 8, 10, 12, 14 and sixteen",
        "Veľkosti: 38, 40, 42, 44, štyridsaťšesť",
        "Available 9:30, 10:15, twelve thirty",
        "Born nineteen eighty, nineteen eighty two and nineteen eighty five",
        "Desať, dvadsať, tridsať, štyridsať, päťdesiat kusov",
        "Kétszázötven, háromszáz, háromszázötven gramm",
        "W paczce było sto dwadzieścia trzy, czterysta pięćdziesiąt sześć, siedemset"
        " osiemdziesiąt dziewięć koralików",
        "Liczymy: jeden, dwa, trzy, cztery, pięć, sześć, siedem, osiem, dziewięć, dziesięć",
        "Counting stock: one hundred, two hundred, three hundred, four hundred",
    ],
)
def test_prices_sizes_times_years_and_counting_in_words_are_no_phone(rules, text):
    assert not rules.check(text, use_model=False).blocked


_PIECES = st.sampled_from(sorted(numberwords._MORPHEMES)) | st.text(
    "abcdefghijklmnopqrstuvwxyz", max_size=3
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=4).map("".join).filter(bool))
def test_the_quick_look_at_a_words_first_letters_rejects_no_number_word(word):
    """`morphemes` skips the cut for a word whose first letters start no number word; the
    cut alone reads every word the same (number words glued, "oone", or none)."""
    assert numberwords.morphemes(word) == numberwords._cut(word)


# Digits and number words glued in one token (set 42): each glued token reads as digits,
# the run as the number a reader would dial.
@given(
    digits=st.lists(st.integers(min_value=0, max_value=9), min_size=10, max_size=10),
    lang=st.sampled_from(sorted(LANGS)),
)
@settings(max_examples=40, deadline=None)
def test_a_phone_split_between_glued_digits_and_words_is_a_phone(rules, digits, lang):
    words = [spelt(digit, lang) if digit else "zero" for digit in digits]
    # "0905 123 456" as "09zero5 12three 45six" (the spelt digit glued between written ones)
    text = (
        f"tel {digits[0]}{digits[1]}{words[2]}{digits[3]} "
        f"{digits[4]}{digits[5]}{words[6]} {digits[7]}{digits[8]}{words[9]}"
    )
    if any(" " in word or "-" in word for word in words):
        return  # a unit spelt in two words is not glued
    runs = numberwords.glued_phone_runs(normalize.fold(text).text)
    assert [run.digits for run in runs] == ["".join(map(str, digits))]
    assert "off_platform" in rules.check(text, use_model=False).categories


@pytest.mark.parametrize(
    "text",
    ["PS5 4k 120hz, 2kg, iphone13 64gb", "a4 r22 4x4 5g 10zl", "Rozmiar 42eu, 2x2 m, 5g"],
)
def test_model_names_sizes_and_units_glued_to_digits_are_no_phone(rules, text):
    assert not numberwords.glued_phone_runs(normalize.fold(text).text)
    assert not rules.check(text, use_model=False).blocked


@given(st.text(alphabet="0123456789abcdefghijklmnopqrstuvwxyz -,.", max_size=80))
@settings(max_examples=200, deadline=None)
def test_glued_runs_read_any_text(text):
    for run in numberwords.glued_phone_runs(text):
        assert 9 <= len(run.digits) <= 13 and run.digits.isdigit()
        assert 0 <= run.start < run.stop <= len(text)
