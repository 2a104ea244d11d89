"""What must not change through translation: protected before, restored after."""

import pytest

from tests.translation.fakes import translate_markup
from translation.protection import PlaceholderLost, protect

TRICKY = (
    "Zamówienie cub31c122 zostało wysłane, numer przesyłki 620000000000000000000001 "
    "(DHL: 1Z 999 AA1 01 2345 6784). Kosztuje 129,00 zł, z dostawą 1 299 Ft / €15 / 250 Kč.\n"
    "Szczegóły: https://allegro.pl/oferta/lampa-123?utm=x&y=1. Kod produktu AB-1234/X.\n"
    "Pytania? napisz na jan.kowalski+sklep@shop.example albo zajrzyj na inpost.pl/sledzenie."
)


def test_identifiers_prices_links_and_addresses_are_protected():
    protected = protect(TRICKY, keep=("cub31c122",))
    assert protected.values == (
        "cub31c122",
        "620000000000000000000001",
        "1Z 999 AA1 01 2345 6784",
        "129,00 zł",
        "1 299 Ft",
        "€15",
        "250 Kč",
        "https://allegro.pl/oferta/lampa-123?utm=x&y=1",
        "AB-1234/X",
        "jan.kowalski+sklep@shop.example",
        "inpost.pl/sledzenie",
    )


def test_an_all_letter_transaction_id_is_protected_by_name():
    protected = protect("Numer zamówienia: abcdefghi, dziękuję", keep=("abcdefghi",))
    assert protected.values == ("abcdefghi",)
    assert protect("Numer zamówienia: abcdefghi").values == ()


def test_words_with_dots_are_not_mistaken_for_domains():
    assert protect("Dziękuję.Jutro wyślę, np. rano").values == ()


def test_the_xml_form_escapes_the_users_text_and_keeps_line_breaks():
    protected = protect('a <b>"x"</b> & 5 szt\nnext')
    assert protected.as_xml() == (
        'a &lt;b&gt;"x"&lt;/b&gt; &amp; <span translate="no">5</span> szt<br/>next'
    )
    assert protected.restore_xml(protected.as_xml()) == 'a <b>"x"</b> & 5 szt\nnext'


def test_a_translation_through_an_engine_keeps_every_protected_part_exactly():
    protected = protect(TRICKY, keep=("cub31c122",))
    translated = protected.restore_xml(translate_markup(protected.as_xml(), "pl", "cs"))
    assert translated.startswith("Objednávka cub31c122 bylo odesláno, číslo zásilky")
    for value in protected.values:
        assert value in translated
    assert translated.count("\n") == 2


def test_an_engine_may_move_protected_parts():
    protected = protect("Paczka 620000000000000000000001 kosztuje 15 zł")
    moved = (
        'Za <span translate="no">15 zł</span> balík '
        '<span translate="no">620000000000000000000001</span>'
    )
    assert protected.restore_xml(moved) == "Za 15 zł balík 620000000000000000000001"


@pytest.mark.parametrize(
    ("engine_output", "why"),
    [
        ("Balík stojí", "a dropped placeholder"),
        ('Balík <span translate="no">620000000000000000000001</span> stojí', "one missing"),
        (
            'Balík <span translate="no">620000000000000000000002</span> stojí '
            '<span translate="no">15 zł</span>',
            "an altered number",
        ),
        (
            'Balík <span translate="no">620000000000000000000001</span>'
            '<span translate="no">620000000000000000000001</span> '
            '<span translate="no">15 zł</span>',
            "a duplicated one",
        ),
        ('Balík <span translate="no"/> stojí <span translate="no">15 zł</span>', "an emptied one"),
    ],
)
def test_a_lost_or_changed_placeholder_fails_instead_of_corrupting(engine_output, why):
    protected = protect("Paczka 620000000000000000000001 kosztuje 15 zł")
    with pytest.raises(PlaceholderLost):
        protected.restore_xml(engine_output)


def test_tokens_round_trip_and_a_lost_token_fails():
    protected = protect("Paczka 620000000000000000000001 kosztuje 15 zł")
    assert protected.as_tokens() == "Paczka [[0]] kosztuje [[1]]"
    assert protected.restore_tokens("Za [[1]] balík [[ 0 ]]") == (
        "Za 15 zł balík 620000000000000000000001"
    )
    with pytest.raises(PlaceholderLost):
        protected.restore_tokens("Za [[1]] balík")
    with pytest.raises(PlaceholderLost):
        protected.restore_tokens("Za [[1]] balík [[0]] [[0]]")


def test_text_with_nothing_but_protected_parts_has_no_words():
    assert not protect("620000000000000000000001 https://allegro.pl/x").has_words
    assert protect("OK 620000000000000000000001").has_words


def test_a_no_break_space_inside_a_price_survives():
    protected = protect("Cena: 1\u00a0299\u00a0Ft")
    assert protected.values == ("1\u00a0299\u00a0Ft",)
    assert protected.restore_xml(protected.as_xml()) == "Cena: 1\u00a0299\u00a0Ft"
