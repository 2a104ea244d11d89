"""Words of the word lists spelled out letter by letter or with digits for letters to slip
past them ("t r á v a", "k.o.k.s", "c0ke"): they are read as the word (development sets 6,
8, 12)."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from message_rules import engine

# Listed words (context-dependent ones included: spelling one out is the context).
LISTED = [
    ("koks", "prohibited_item"),
    ("kokain", "prohibited_item"),
    ("tráva", "prohibited_item"),
    ("pervitin", "prohibited_item"),
    ("kurwa", "profanity"),
    ("picsa", "profanity"),
]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("mam k o k s czysty, 2 g na próbę", "prohibited_item"),
        ("k.o.k.s na telefon", "prohibited_item"),
        ("t r á v a 200 kč/g", "prohibited_item"),
        # an inflected form: "trávu" for "tráva"
        ("váhu a k tomu t r á v u, dohromady levněji", "prohibited_item"),
        ("p-e-r-v-i-t-i-n, 1 g", "prohibited_item"),
        # digits for letters: a context-dependent word disguised is no cola or grass
        ("c0ke 1g 60", "prohibited_item"),
        ("mam tr4wke, pisz", "prohibited_item"),
    ],
)
def test_a_listed_word_spelled_out_is_blocked_and_shown(rules, text, category):
    verdict = rules.check(text, use_model=False)
    assert category in verdict.categories
    assert any(f.rule == "word spelled out" or f.category == category for f in verdict.findings)


@pytest.mark.parametrize(
    "text",
    [
        "P S 5 a X B O X, oba funkční",
        "W y s y ł k a jutro, paczkomat",
        "Firma XYZ s.r.o., IČO v patičce",
        "a b c d – the four sizes on the label",
        "Zdravím, o k, beru to.",
        # digits in model names and codes
        "PS5, 4x4, 1080p, 120hz, r22, i7, m2 SSD, 5G modem",
        "Coke zero 0,5 l, 6 sztuk",
    ],
)
def test_letters_spelled_out_that_are_no_listed_word_pass(rules, text):
    assert not rules.check(text, use_model=False).blocked


@settings(max_examples=40, deadline=None)
@given(
    listed=st.sampled_from(LISTED),
    separator=st.sampled_from([" ", ".", "-", " . ", "_", ". "]),
    before=st.sampled_from(["", "mam ", "Hi, got ", "van "]),
    after=st.sampled_from(["", " 2 g", ", pisz", " today"]),
)
def test_any_listed_word_with_any_separator_is_found(rules, listed, separator, before, after):
    word, category = listed
    text = f"{before}{separator.join(word)}{after}"
    assert category in rules.check(text, use_model=False).categories


def test_the_word_lists_give_the_spelled_out_reading_its_words():
    words = engine._spelled_words()
    assert words["koks"] == "prohibited_item"  # a context-dependent word ("#~") included
    assert all(len(word) >= 4 and word.isalpha() for word in words)
