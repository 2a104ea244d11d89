"""The learned model beside the rules, as a writer and a reader notice it."""

import html
import json
import re

import numpy as np
import pytest
from django.urls import reverse
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from message_rules import engine, model, normalize
from messaging.models import Message, MessageState

pytestmark = pytest.mark.django_db

HTMX = {"HX-Request": "true"}
# No rule of the project's defaults matches this letter; the model does.
ADVANCE_FEE = (
    "Zostawiam Ci w spadku fortunę 3 mln euro, potrzebuję tylko opłaty notarialnej 150 EUR"
)


def _reply(client, thread, text):
    return client.post(
        reverse("messaging:thread_reply", args=[thread.pk]), {"text": text}, headers=HTMX
    )


def test_a_letter_no_rule_matches_is_blocked_and_the_writer_sees_the_phrases_that_weighed(
    client, thread, rules, settings
):
    settings.MESSAGE_RULES_MODEL = True  # the default (config/settings/base.py), said here
    engine.invalidate()
    assert not rules.check(ADVANCE_FEE, use_model=False).blocked  # the rules alone miss it
    client.force_login(thread.buyer)
    response = _reply(client, thread, ADVANCE_FEE)
    assert response.status_code == 422
    page = html.unescape(response.text)
    assert "Your message was not sent because it breaks the message rules:" in page
    check = Message.objects.get().rules_check
    assert check.categories == ["scam"]
    weighed = [f["fragment"] for f in check.findings]
    assert weighed and all(f["rule"].startswith("model (") for f in check.findings)
    for fragment in weighed:  # each phrase is the writer's own words, shown to them
        assert fragment in ADVANCE_FEE
        assert f"“{fragment}”: Scam or fraud" in page or f"“{fragment}”:" in page
    assert "150 EUR" in weighed or any("euro" in f for f in weighed)


@pytest.mark.parametrize(
    "text",
    [
        "I paid with Revolut through the checkout and the book about the French Revolution "
        "arrived, thanks.",
        "This clock was my grandmother's inheritance; the delivery agent was careful with it.",
        "Is the pico projector still available?",
        "Order 112-4456789-1234567, tracking 1Z999AA10123456784, delivered 12/03/2025.",
        # the model alone was 0.76 sure of a prohibited item ("script") and 0.70 of a scam
        "<script>alert('boo')</script> <b>bold</b>",
        "Leave me five stars first, or your parcel waits another week.",
    ],
)
def test_ordinary_english_is_delivered(client, thread, text):
    client.force_login(thread.buyer)
    assert _reply(client, thread, text).status_code == 200
    assert Message.objects.get().state == MessageState.DELIVERED
    client.force_login(thread.seller)
    page = html.unescape(client.get(reverse("messaging:thread_detail", args=[thread.pk])).text)
    assert text.split(",")[0] in page


@pytest.mark.parametrize(
    "text",
    [
        "Call me on 234-1-776-2397 and we can sort it out.",
        "Text me at +44 20 7946 0958 for a better price.",
        "my US cell is (212) 555-0187",
        "numer: zero sześć zero, jeden dwa trzy, cztery pięć sześć",
        "telefon: nulla hat harminc, egy kettő három, négy öt hat hét",
    ],
)
def test_phone_numbers_of_any_country_or_in_words_are_found(rules, text):
    verdict = rules.check(text, use_model=False)
    assert verdict.categories == ["off_platform"]
    assert any(f.rule.startswith("phone number") for f in verdict.findings)


@pytest.mark.parametrize(
    "text",
    [
        "Zamówienie nr 64080803 wysłane 12.03.2025, kod pocztowy 00-950.",
        "Balík odišiel, číslo zásielky 4540 1797 5118 5571.",
        "Price 1 299 000 Ft, delivery on 2025-03-12, ZIP 10001.",
        "Can I collect it on 3.10.2025? My postcode is EC1A 1BB.",
    ],
)
def test_order_parcel_and_postcode_numbers_dates_and_prices_are_not_phones(rules, text):
    assert rules.check(text, use_model=False).verdict == "allow"


@pytest.mark.parametrize(
    "text", ["Do you also have it in blue?", "Where is my parcel, again 2?", "ok thanks"]
)
def test_everyday_short_lines_are_delivered_with_the_model_on(client, thread, settings, text):
    """The model once blocked these (prohibited_item 0.77, profanity 0.74)."""
    settings.MESSAGE_RULES_MODEL = True
    engine.invalidate()
    assert engine.get_engine().model is not None
    client.force_login(thread.buyer)
    assert _reply(client, thread, text).status_code == 200
    assert Message.objects.get().state == MessageState.DELIVERED


def test_the_thresholds_are_calibrated_per_category_for_long_and_short_lines():
    thresholds = model.get_model().meta["thresholds"]
    for bucket in ("long", "short"):
        assert set(thresholds[bucket]) == set(engine.CATEGORIES)
        assert all(model.THRESHOLD <= value < 1 for value in thresholds[bucket].values())


def test_the_word_lists_find_inflected_and_diacritic_free_forms_in_a_sentence(tmp_path):
    (tmp_path / "prohibited_item.pl.txt").write_text("# guns\nbroń palna\nwódki\nmarihuana\n")
    (tmp_path / "profanity.hu.txt").write_text("szar\nkurva*\nszarrágó\n")
    lexicon = model.Lexicon(model.load_lexicon(tmp_path)).fit()

    def found(text):
        skeleton = model.model_input(text).text
        return {lexicon.categories_[column] for column, _s, _e in lexicon.hits(skeleton)}

    assert found("Do paczki dorzucę dwie wodki gratis, pozdrawiam") == {"prohibited_item"}
    assert found("Mam trochę marihuany z własnej uprawy") == {"prohibited_item"}
    assert found("mam tez bron palna na sprzedaz") == {"prohibited_item"}
    assert found("ez egy kurvanagy szar, komolyan") == {"profanity"}
    # A short entry matches only itself: a deer ("szarvas") is no swear word.
    assert found("Szép szarvas mintás bögre, a szárny is ép.") == set()
    # "szarrágó" reads "szarago" (double letters undone): its forms keep six letters, so
    # "szárazra" (dry) is not one of them, "szarrágók" is.
    assert found("Kézzel mossa el, és törölje szárazra.") == set()
    assert found("ti szarrágók") == {"profanity"}


def test_the_data_digest_changes_when_a_word_list_changes(tmp_path, monkeypatch):
    monkeypatch.setattr(model, "LEXICON", tmp_path)
    (tmp_path / "profanity.en.txt").write_text("crap\n")
    before = model.data_digest()
    (tmp_path / "profanity.en.txt").write_text("crap\nbollocks\n")
    changed = model.data_digest()
    assert changed != before
    (tmp_path / "scam.en.txt").write_text("")  # a new, empty list counts too
    assert model.data_digest() not in {before, changed}


# No training line of any corpus has "kalašnikov" or "percocet"; the word lists
# (data/lexicon/prohibited_item.*.txt) do, and the model learnt what their hits weigh.
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Kromě té bundy mám na prodej i kalasnikov, cena dohodou, pište.", "kalasnikov"),
        ("Along with the boots I have percocet and diazepam for sale, message me.", "percocet"),
    ],
)
def test_a_listed_word_no_training_line_has_is_blocked_and_shown(rules, settings, text, word):
    settings.MESSAGE_RULES_MODEL = True
    engine.invalidate()
    assert not rules.check(text, use_model=False).blocked  # the rules alone miss it
    verdict = engine.get_engine().check(text)
    assert verdict.categories == ["prohibited_item"]
    # the writer sees the whole word among the phrases (alone, or with the words beside it)
    assert any(
        re.search(rf"\b{word}\b", finding.fragment, re.IGNORECASE) for finding in verdict.findings
    )


def test_a_short_line_the_model_is_all_but_certain_of_is_blocked_without_a_pattern(
    rules, settings
):
    """On lines of five words or fewer the model needs a pattern's weak signal or a listed
    word, unless it is at least `engine.STRONG_MODEL` sure (a code asked for, spaced out)."""
    settings.MESSAGE_RULES_MODEL = True
    engine.invalidate()
    text = "k o d  b l i k"
    assert not rules.check(text, use_model=False).blocked  # the rules alone miss it
    assert model.get_model().scores(text)["credentials_request"] >= engine.STRONG_MODEL
    assert engine.get_engine().check(text).categories == ["credentials_request"]


def test_an_offer_beside_a_negated_word_is_still_an_offer(rules, settings):
    """Half the phrases in a negated clause do not make the item absent ("no licence
    needed" beside the gun on offer); most of them do ("bez THC")."""
    settings.MESSAGE_RULES_MODEL = True
    engine.invalidate()
    verdict = engine.get_engine().check(
        "selling a glock 19 with two mags, no licence needed, cash only"
    )
    assert verdict.categories == ["prohibited_item"]
    assert any("glock" in finding.fragment for finding in verdict.findings)


def test_the_fast_path_scores_as_scikit_learn_does(monkeypatch):
    """The shipped model's fast row (core.sklearn_fastpath) gives scikit-learn's own
    probabilities and the same phrases shown to the writer."""
    from core import sklearn_fastpath

    shipped = model.get_model()
    texts = [
        "Zostawiam Ci w spadku fortunę 3 mln euro, potrzebuję tylko opłaty notarialnej",
        "Dzień dobry, czy rower jest jeszcze dostępny?",
        "napisz na whatsapp, dam taniej niż na stronie",
        "Podaj kod BLIK, to od razu zapłacę",
        "",
    ]
    monkeypatch.setattr(sklearn_fastpath, "VERSION", "0.0")
    plain = model.RulesModel(shipped.features, shipped.classifier, shipped.meta)
    assert plain._row is None and shipped._row is not None
    for text in texts:
        skeleton = model.model_input(text)
        assert np.allclose(shipped.row(skeleton.text)[2], plain.row(skeleton.text)[2])
        fast, slow = shipped.predict(text), plain.predict(text)
        assert (fast is None) == (slow is None)
        if fast is not None:
            assert (fast.category, fast.spans, fast.lexical) == (
                slow.category,
                slow.spans,
                slow.lexical,
            )
            assert fast.probability == pytest.approx(slow.probability)


@pytest.mark.parametrize(
    ("letter", "body"),
    [
        (
            "Vážený pane,\n\nkonopná mast na klouby\n\nS pozdravem\nJana Nováková",
            "konopná mast na klouby",
        ),
        (
            "Cześć,\n\nczy kolor jest niebieski?\n\nZ poważaniem,\nTomasz\n\n"
            "W dniu 22.07.2026 o 8:03 Anna napisał(a):\n> sok z pigwy",
            "czy kolor jest niebieski?",
        ),
    ],
)
def test_the_model_reads_a_letter_without_its_salutation_and_closing(letter, body):
    read = normalize.letter_body(letter)
    assert len(read) == len(letter)  # one for one: the phrases shown keep their places
    assert body in read
    assert "Jana" not in read and "Vážený" not in read and "Tomasz" not in read
    assert "pigwy" not in letter or "> sok z pigwy" in read  # a quoted reply is still read


@pytest.mark.parametrize(
    "text",
    [
        "Send me your BLIK code",  # one line: nothing to leave out
        "Hi, send me the code:\n\n123456",  # a first line that is more than a salutation
        "Hello\nsend the code\n\nthanks",  # no blank line after the salutation
    ],
)
def test_what_is_not_a_letter_frame_is_read_whole(text):
    assert normalize.letter_body(text).startswith(text.split("\n")[0])


def test_a_last_paragraph_that_is_no_closing_is_read():
    assert normalize.letter_body("Hello,\n\nI have it.\n\nk3t available").endswith(
        "I have it.\n\nk3t available"
    )


@hypothesis_settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(
                ["Dzień dobry,", "Kedves Eladó!", "Hi,", "Pozdrawiam", "Thanks", "> ", "\n", ":"]
            ),
            st.text(max_size=10),
        ),
        max_size=12,
    ).map("".join)
)
def test_any_text_keeps_its_length_and_loses_only_whole_frame_lines(text):
    read = normalize.letter_body(text)
    assert len(read) == len(text)
    for line, kept in zip(text.split("\n"), read.split("\n"), strict=True):
        assert kept in (line, " " * len(line))


@pytest.mark.parametrize(
    "text",
    [
        "Zdravím,\n\nKonopné semínko loupané 500 g, potravina, bez THC.\n\nZdravim\nPavel",
        "Kenderolajos krém, CBD és THC nélkül, száraz bőrre.",
    ],
)
def test_an_item_its_lists_name_only_as_absent_is_no_offer(settings, text):
    """The listed items among the phrases decide, not a greeting beside them."""
    settings.MESSAGE_RULES_MODEL = True
    engine.invalidate()
    assert not engine.get_engine().check(text).blocked


@pytest.mark.parametrize(
    "text",
    [
        "Nalewka nie na sprzedaż, ale chętnie sprzedam same karafki.",
        "I don't sell the sloe gin, but the decanters are for sale.",
    ],
)
def test_an_item_the_writer_refuses_to_sell_is_no_offer_for_the_model_either(settings, text):
    """The rules saw the item refused; the model's decision for that category rests on the
    same words and goes too."""
    settings.MESSAGE_RULES_MODEL = True
    engine.invalidate()
    assert not engine.get_engine().check(text).blocked


def test_a_refused_item_beside_an_offered_one_is_still_an_offer(settings):
    settings.MESSAGE_RULES_MODEL = True
    engine.invalidate()
    verdict = engine.get_engine().check("Nalewki nie sprzedam, ale bimber mam, 5 litrów.")
    assert verdict.categories == ["prohibited_item"]


def test_the_stored_calibration_is_the_shipped_models_own():
    """data/calibration.json holds the thresholds calibrated on the shipped files, so a
    fresh checkout fits the model once instead of four times; CI fails when it is stale."""
    shipped = model.get_model()  # trained first on a fresh checkout: then it is stored
    stored = json.loads(model.CALIBRATION_FILE.read_text(encoding="utf-8"))
    assert stored["thresholds"] == shipped.meta["thresholds"]


def test_stored_thresholds_serve_only_the_rows_they_were_calibrated_on(tmp_path, monkeypatch):
    monkeypatch.setattr(model, "CALIBRATION_FILE", tmp_path / "calibration.json")
    rows = (["czy jest", "kurwa mac"], ["clean", "profanity"], ["a/1", "a/2"], [1, 2])
    key = model._calibration_key(*rows)
    assert model._stored_thresholds(key) is None  # nothing stored: calibrate
    thresholds = {"long": {"profanity": 0.61}, "short": {"profanity": 0.83}}
    model._store_thresholds(key, thresholds)
    assert model._stored_thresholds(key) == thresholds
    for changed in (
        (["czy jest", "kurwa mac"], ["clean", "profanity"], ["a/1", "a/2"], [1, 3]),
        (["czy jest?", "kurwa mac"], ["clean", "profanity"], ["a/1", "a/2"], [1, 2]),
        (["czy jest", "kurwa mac"], ["clean", "clean"], ["a/1", "a/2"], [1, 2]),
    ):
        assert model._stored_thresholds(model._calibration_key(*changed)) is None
    (tmp_path / "calibration.json").write_text("{not json")
    assert model._stored_thresholds(key) is None


def test_a_family_file_that_names_a_built_in_slot_is_refused(tmp_path):
    # An author's "% phone iphone 13 | pixel 7" lost to the built-in {phone}: clean lines
    # about phone models came out holding phone numbers, and taught the model so.
    import importlib.util

    from django.conf import settings

    path = settings.BASE_DIR / "message_rules" / "data" / "training" / "build_families.py"
    spec = importlib.util.spec_from_file_location("build_families", path)
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)
    source = tmp_path / "en.txt"
    source.write_text(
        "% greeting Hi\n% signoff Bye\n% phone iphone 13 | pixel 7\n"
        "== clean/en/phones\nbattery health on the {phone}?\n",
        encoding="utf-8",
    )
    with pytest.raises(ValueError, match="built-in slot"):
        builder.parse(source, "x")
    source.write_text(source.read_text().replace("phone", "handset"), encoding="utf-8")
    _slots, families = builder.parse(source, "x")
    assert families == [("clean", "x/clean/en/handsets", ["battery health on the {handset}?"])]


def test_a_listing_the_writer_reported_is_no_offer_for_the_model_either(settings):
    """Held-out set 35: the model read "pills without a prescription" as an offer in a report
    of a listing; the phrase rules' reading of a report applies to its decision too."""
    settings.MESSAGE_RULES_MODEL = True
    engine.invalidate()
    report = (
        "Dzień dobry,\nogłoszenie z tabletkami bez recepty zgłosiłam,"
        " bo to niezgodne z zasadami.\nPozdrawiam"
    )
    assert not engine.get_engine().check(report).blocked
    offer = "Dzień dobry,\nmam leki bez recepty, wyślę w kopercie.\nPozdrawiam"
    assert engine.get_engine().check(offer).blocked


@pytest.mark.parametrize(
    "text",
    [
        'You wrote "cancel the order and pay cash". No thanks, we\'ll stick to paying here.',
        "Napsal jste „zruš objednávku a zaplať hotově“. Ne, zůstaneme u platby přes portál.",
        "Napísali ste „zruš objednávku a zaplať v hotovosti“. To nespravím, platím cez portál.",
    ],
)
def test_words_quoted_back_and_turned_down_are_not_the_writers_for_the_model(settings, text):
    """Held-out set 37: the model read the reader's own words, quoted back and refused, as
    the writer's offer to pay outside the site."""
    settings.MESSAGE_RULES_MODEL = True
    engine.invalidate()
    assert not engine.get_engine().check(text).blocked


def test_words_quoted_back_and_agreed_to_are_the_writers(settings):
    settings.MESSAGE_RULES_MODEL = True
    engine.invalidate()
    verdict = engine.get_engine().check(
        'You wrote "cancel the order and pay cash". Sure, let\'s do that tomorrow.'
    )
    assert verdict.categories == ["off_platform"]


@pytest.mark.parametrize(
    "text",
    [
        "You wrote \"cancel the order and pay cash\". I don't mind, let's do that tomorrow.",
        "Napisał Pan „anuluj zamówienie i zapłać gotówką”. Nie mam nic przeciwko, zróbmy tak.",
        "Napísali ste „zruš objednávku a zaplať v hotovosti“. Nemám s tým problém, urobme to.",
    ],
)
def test_words_quoted_back_and_agreed_to_in_a_negation_are_the_writers(settings, text):
    """A red-team review: agreeing in words that hold a negation ("I don't mind", "Nie mam
    nic przeciwko") kept the quote from the model."""
    settings.MESSAGE_RULES_MODEL = True
    engine.invalidate()
    assert engine.get_engine().check(text).blocked


def test_a_company_tax_number_spelled_out_is_no_phone_for_the_model_either(settings):
    """Held-out set 38: with the rules reading "NIP pięć dwa …" as a tax number, the model
    still read the number words as a phone."""
    settings.MESSAGE_RULES_MODEL = True
    engine.invalidate()
    checker = engine.get_engine()
    invoice = (
        "potrzebuje fakture na firme piekarnia u zenka nip piec dwa jeden trzy dwa zero zero"
        " osiem jeden jeden"
    )
    assert not checker.check(invoice).blocked
    with_phone = f"{invoice}, a mój numer sześćset jeden dwa trzy cztery pięć sześć siedem osiem"
    assert checker.check(with_phone).categories == ["off_platform"]


@pytest.mark.parametrize(
    "text",
    [
        # another's question answered no (held-out set 43): the item and its reasons
        "Klientka pytała o Ozempic — nie, nie sprzedaję leków, to nielegalne bez recepty.",
        "A buyer asked about Ozempic — no, I don't sell medicines without a prescription.",
        # an insult received in a quote and reported
        "Napsal mi 'ty debile', hlásím urážlivou zprávu.",
        # no such messenger
        "Nemám Telegram ani Signal, píšu jen tady.",
    ],
)
def test_answered_no_reported_insults_and_absent_messengers_are_no_offence_for_the_model(
    settings, text
):
    """The phrase rules' readings of a question answered no, a reported insult and "I have
    no …" apply to the model's decision too."""
    settings.MESSAGE_RULES_MODEL = True
    engine.invalidate()
    assert not engine.get_engine().check(text).blocked


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # answered no, then offered in the next sentence
        ("Pytała pani o Ozempic — nie. Mam za to Saxendę bez recepty, 300 zł.", "prohibited_item"),
        # the insult the writer's own
        ("Ty debile, hlásím tě.", "profanity"),
    ],
)
def test_an_answer_no_beside_an_offer_or_an_own_insult_is_still_blocked_with_the_model(
    settings, text, category
):
    settings.MESSAGE_RULES_MODEL = True
    engine.invalidate()
    assert category in engine.get_engine().check(text).categories
