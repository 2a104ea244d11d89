"""Allina's understanding: topics, silence, languages (allina.classifier).

The questions below were written for these tests, apart from the shipped dataset
(`test_sample_is_not_in_the_dataset` keeps it that way), so they check that the model
understands questions it has never seen.
"""

from collections import Counter
from dataclasses import FrozenInstanceError

import joblib
import numpy as np
import pytest
from anyascii import anyascii

from allina import classifier
from allina.classifier import INTENTS, Prediction, classify
from allina.nlp.dataset import load_examples
from allina.nlp.language import detect_language
from allina.nlp.model import FastScorer, Rules, clauses
from allina.nlp.text import normalize

SAMPLE = {
    "pl": {
        "delivery_status": [
            "Czy moje zamówienie z wtorku zostało już wysłane?",
            "Proszę o numer paczki, bo nic nie dostałem na maila.",
        ],
        "delivery_eta": [
            "Gdzie teraz jest moja paczka z butami?",
            "Kiedy w końcu dojdzie moja przesyłka? Czekam już 5 dni.",
        ],
        "delivery_options": [
            "Czy mogę odebrać ten zestaw w paczkomacie?",
            "Ile kosztuje wysyłka kurierem przy tej ofercie?",
        ],
        "payment_retry": [
            "Płatność kartą się nie udała, jak mogę zapłacić ponownie?",
            "Bank odrzucił mi przelew, gdzie mogę ponowić płatność?",
        ],
        "payment_status": [
            "Czy moja wpłata z poniedziałku już do Was dotarła?",
            "Pieniądze zeszły z konta, czy zamówienie jest opłacone?",
        ],
        "invoice": [
            "Poproszę o fakturę VAT do mojego zamówienia.",
            "Gdzie mogę pobrać fakturę za zakup?",
        ],
        "invoice_data_change": [
            "Wpisałem błędny NIP, proszę o poprawienie danych na fakturze.",
            "Jak zmienić nazwę firmy w danych do faktury?",
        ],
        "complaint": [
            "Mikser przestał działać po tygodniu, jak złożyć reklamację?",
            "Towar przyszedł uszkodzony, chcę go zareklamować.",
        ],
        "return": [
            "Chcę zwrócić sweter, jak odesłać paczkę?",
            "Ile mam czasu na zwrot towaru?",
        ],
        "cancellation": [
            "Proszę anulować moje zamówienie, zamówiłem nie ten model.",
            "Jak mogę zrezygnować z zamówienia, zanim wyślecie?",
        ],
        "product_question": [
            "Z jakiego materiału jest ta bluza?",
            "Jakie wymiary ma ta półka?",
        ],
    },
    "cs": {
        "delivery_status": [
            "Už jste moji objednávku odeslali?",
            "Pošlete mi prosím číslo zásilky, ať ji můžu sledovat.",
        ],
        "delivery_eta": [
            "Kde je můj balík? Čekám už týden.",
            "Kdy mi dorazí objednávka?",
        ],
        "delivery_options": [
            "Můžu si zboží nechat poslat do Zásilkovny?",
            "Kolik stojí doprava na adresu?",
        ],
        "payment_retry": [
            "Platba kartou neprošla, jak můžu zaplatit znovu?",
            "Banka mi platbu zamítla, kde ji můžu zopakovat?",
        ],
        "payment_status": [
            "Dorazila vám už moje platba?",
            "Je moje objednávka už zaplacená?",
        ],
        "invoice": [
            "Pošlete mi prosím fakturu k objednávce.",
            "Kde najdu fakturu za nákup?",
        ],
        "invoice_data_change": [
            "Na faktuře mám špatné IČO, můžete ho opravit?",
            "Jak změním fakturační údaje u objednávky?",
        ],
        "complaint": [
            "Mixér po týdnu přestal fungovat, jak ho reklamovat?",
            "Zboží přišlo rozbité, chci podat reklamaci.",
        ],
        "return": [
            "Chci vrátit svetr, jak ho poslat zpět?",
            "Kolik mám času na vrácení zboží?",
        ],
        "cancellation": [
            "Zrušte prosím moji objednávku, objednal jsem špatný model.",
            "Jak můžu zrušit objednávku, než ji odešlete?",
        ],
        "product_question": [
            "Z jakého materiálu je ta mikina?",
            "Jaké rozměry má ta police?",
        ],
    },
    "sk": {
        "delivery_status": [
            "Už ste moju objednávku odoslali?",
            "Pošlite mi prosím číslo zásielky, aby som ju mohol sledovať.",
        ],
        "delivery_eta": [
            "Kde je môj balík? Čakám už týždeň.",
            "Kedy mi príde objednávka?",
        ],
        "delivery_options": [
            "Môžem si tovar nechať poslať do Packety?",
            "Koľko stojí doprava na adresu?",
        ],
        "payment_retry": [
            "Platba kartou neprešla, ako môžem zaplatiť znova?",
            "Banka mi platbu zamietla, kde ju môžem zopakovať?",
        ],
        "payment_status": [
            "Dostali ste už moju platbu za objednávku?",
            "Je moja objednávka už zaplatená?",
        ],
        "invoice": [
            "Pošlite mi prosím faktúru k objednávke.",
            "Kde nájdem faktúru za nákup?",
        ],
        "invoice_data_change": [
            "Na faktúre mám zlé IČO, môžete ho opraviť?",
            "Ako zmením fakturačné údaje pri objednávke?",
        ],
        "complaint": [
            "Mixér po týždni prestal fungovať, ako ho reklamovať?",
            "Tovar prišiel rozbitý, chcem podať reklamáciu.",
        ],
        "return": [
            "Chcem vrátiť sveter, ako ho poslať späť?",
            "Koľko mám času na vrátenie tovaru?",
        ],
        "cancellation": [
            "Zrušte prosím moju objednávku, objednal som zlý model.",
            "Ako môžem zrušiť objednávku, kým ju odošlete?",
        ],
        "product_question": [
            "Z akého materiálu je tá mikina?",
            "Aké rozmery má tá polica?",
        ],
    },
    "hu": {
        "delivery_status": [
            "Elküldték már a rendelésemet?",
            "Kérem a csomag követési számát, hogy nyomon követhessem.",
        ],
        "delivery_eta": [
            "Hol van a csomagom? Már egy hete várok.",
            "Mikor érkezik meg a rendelésem?",
        ],
        "delivery_options": [
            "Kérhetem a terméket csomagautomatába?",
            "Mennyibe kerül a házhoz szállítás?",
        ],
        "payment_retry": [
            "Nem sikerült a kártyás fizetés, hogyan fizethetek újra?",
            "A bank elutasította a fizetést, hol ismételhetem meg?",
        ],
        "payment_status": [
            "Megérkezett már a fizetésem?",
            "Ki van már fizetve a rendelésem?",
        ],
        "invoice": [
            "Kérem, küldjék el a rendelés számláját.",
            "Hol találom a vásárlás számláját?",
        ],
        "invoice_data_change": [
            "Rossz adószám van a számlámon, kijavítanák?",
            "Hogyan módosíthatom a számlázási adatokat a rendelésnél?",
        ],
        "complaint": [
            "A mixer egy hét után elromlott, hogyan reklamálhatom?",
            "Törötten érkezett az áru, reklamációt szeretnék tenni.",
        ],
        "return": [
            "Vissza szeretném küldeni a pulóvert, hogyan tegyem?",
            "Mennyi időm van visszaküldeni az árut?",
        ],
        "cancellation": [
            "Kérem, mondják le a rendelésemet, rossz modellt rendeltem.",
            "Hogyan mondhatom le a rendelést, mielőtt feladják?",
        ],
        "product_question": [
            "Milyen anyagból készült ez a pulóver?",
            "Mekkorák a polc méretei?",
        ],
    },
    "en": {
        "delivery_status": [
            "Have you sent my order yet?",
            "Please send me the tracking number for my parcel.",
        ],
        "delivery_eta": [
            "Where is my package? I've been waiting a week.",
            "When will my order be delivered?",
        ],
        "delivery_options": [
            "Can I have this sent to a parcel locker?",
            "How much is courier delivery for this listing?",
        ],
        "payment_retry": [
            "My card payment failed, how can I pay again?",
            "The bank rejected my payment, where can I retry it?",
        ],
        "payment_status": [
            "Has my payment reached you yet?",
            "Is my order paid already?",
        ],
        "invoice": [
            "Please send me the invoice for my order.",
            "Where can I download the invoice for my purchase?",
        ],
        "invoice_data_change": [
            "There's a wrong tax number on my invoice, can you correct it?",
            "How do I change the billing details on my order's invoice?",
        ],
        "complaint": [
            "The mixer stopped working after a week, how do I file a complaint?",
            "The goods arrived broken, I want to make a complaint.",
        ],
        "return": [
            "I want to return the sweater, how do I send it back?",
            "How long do I have to return the goods?",
        ],
        "cancellation": [
            "Please cancel my order, I ordered the wrong model.",
            "How can I cancel the order before you ship it?",
        ],
        "product_question": [
            "What material is this sweatshirt made of?",
            "What are the dimensions of this shelf?",
        ],
    },
}

# Questions Allina must leave to the seller: bargaining, custom work, thanks, advice,
# small talk, grievances, and several requests at once.
LEAVE_TO_SELLER = {
    "pl": [
        "Czy sprzeda Pan to za 200 zł zamiast 250?",
        "Czy możecie zrobić ten stół z dębu zamiast sosny?",
        "Dziękuję, paczka doszła, wszystko gra!",
        "Który z tych dwóch odkurzaczy polecacie do mieszkania z kotem?",
        "Anulujcie proszę zamówienie i wystawcie fakturę na drugie.",
        "Jesteście najgorszym sklepem, w jakim kupowałem.",
    ],
    "cs": [
        "Prodáte mi to za 900 Kč místo 1200?",
        "Můžete mi ten stůl udělat z dubu místo borovice?",
        "Děkuji, balík dorazil, všechno je v pořádku!",
        "Který z těch dvou vysavačů doporučíte do bytu s kočkou?",
        "Zrušte prosím objednávku a k té druhé vystavte fakturu.",
        "Jste ten nejhorší obchod, ve kterém jsem kdy nakupoval.",
    ],
    "sk": [
        "Predáte mi to za 40 eur namiesto 55?",
        "Môžete mi ten stôl urobiť z duba namiesto borovice?",
        "Ďakujem, balík prišiel, všetko je v poriadku!",
        "Ktorý z tých dvoch vysávačov odporučíte do bytu s mačkou?",
        "Zrušte prosím objednávku a k tej druhej vystavte faktúru.",
        "Ste ten najhorší obchod, v akom som kedy nakupoval.",
    ],
    "hu": [
        "Eladná 8000 forintért 10 000 helyett?",
        "Meg tudnák csinálni ezt az asztalt tölgyből fenyő helyett?",
        "Köszönöm, megjött a csomag, minden rendben!",
        "Melyik porszívót ajánlják a kettő közül egy macskás lakásba?",
        "Kérem mondják le a rendelést, és a másikhoz állítsanak ki számlát.",
        "Ez a legrosszabb bolt, ahol valaha vásároltam.",
    ],
    "en": [
        "Would you sell it for 40 instead of 55?",
        "Could you make this table in oak instead of pine?",
        "Thank you, the parcel arrived and everything is fine!",
        "Which of these two vacuums would you recommend for a flat with a cat?",
        "Please cancel the order and issue an invoice for the other one.",
        "You are the worst shop I have ever bought from.",
    ],
}


def sample_items():
    for language, topics in SAMPLE.items():
        for intent, texts in topics.items():
            for text in texts:
                yield language, intent, text


@pytest.fixture(scope="module")
def predictions():
    """Every sample question classified once (the model is trained on first use)."""
    return {text: classify(text) for _, _, text in sample_items()}


def test_sample_is_not_in_the_dataset():
    shipped = {normalize(e.text) for e in load_examples()}
    written = [t for _, _, t in sample_items()] + [
        t for texts in LEAVE_TO_SELLER.values() for t in texts
    ]
    assert [t for t in written if normalize(t) in shipped] == []


def test_intents_are_the_spec_topics():
    assert INTENTS == (
        "delivery_status",
        "delivery_eta",
        "delivery_options",
        "payment_retry",
        "payment_status",
        "invoice",
        "invoice_data_change",
        "complaint",
        "return",
        "cancellation",
        "product_question",
    )


def test_sample_covers_every_language_and_topic():
    assert set(SAMPLE) == {"pl", "cs", "sk", "hu", "en"}
    for topics in SAMPLE.values():
        assert set(topics) == set(INTENTS)


def test_prediction_is_an_immutable_topic_confidence_and_language():
    prediction = classify("Kiedy dojdzie moja paczka?")
    assert isinstance(prediction, Prediction)
    assert prediction.intent in (*INTENTS, None)
    assert 0.0 <= prediction.confidence <= 1.0
    assert prediction.language == "pl"
    with pytest.raises(FrozenInstanceError):
        prediction.intent = "invoice"


def test_the_browser_tests_question_is_about_where_the_parcel_is():
    prediction = classify("gdzie jest moja paczka?")
    assert prediction == Prediction("delivery_eta", prediction.confidence, "pl")
    assert prediction.confidence >= get_rules().threshold


def get_rules() -> Rules:
    return classifier.get_model().rules


def test_answers_on_the_sample_are_right(predictions):
    """Allina never gives a buyer an answer on the wrong topic."""
    wrong = [
        (text, intent, predictions[text].intent)
        for _, intent, text in sample_items()
        if predictions[text].intent not in (None, intent)
    ]
    assert wrong == []


def test_most_of_the_sample_is_answered_in_every_language(predictions):
    answered = Counter()
    for language, intent, text in sample_items():
        answered[language] += predictions[text].intent == intent
    per_language = sum(len(texts) for texts in SAMPLE["pl"].values())
    assert min(answered[language] for language in SAMPLE) / per_language >= 0.8, answered


def test_every_topic_is_recognised_somewhere_in_the_sample(predictions):
    recognised = {predictions[text].intent for _, _, text in sample_items()}
    assert recognised >= set(INTENTS)


@pytest.mark.parametrize(
    ("language", "text"),
    [(language, text) for language, texts in LEAVE_TO_SELLER.items() for text in texts],
)
def test_out_of_scope_and_mixed_questions_go_to_the_seller(language, text):
    prediction = classify(text)
    assert prediction.intent is None
    assert prediction.language == language


def test_abstaining_still_reports_the_best_guess_confidence():
    prediction = classify("Czy zejdzie Pan z ceny do 150 zł, jak wezmę dwie?")
    assert prediction.intent is None
    assert 0.0 <= prediction.confidence < 1.0


@pytest.mark.parametrize("text", ["", "   ", "\n"])
def test_empty_text_is_left_to_the_seller(text):
    assert classify(text).intent is None
    assert classify(text).confidence == 0.0


def test_questions_without_diacritics_get_the_same_topic(predictions):
    changed = []
    for _, intent, text in sample_items():
        folded = anyascii(text)
        if folded == text or predictions[text].intent != intent:
            continue
        if classify(folded).intent != intent:
            changed.append((text, folded, classify(folded).intent))
    assert changed == []


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("gdzie jest moja pczka??", "delivery_eta"),
        ("chce anulowac zamowineie", "cancellation"),
        ("kde je muj balik, cekam uz tyden", "delivery_eta"),
        ("chcem vratit tovar ako to urobit", "return"),
        ("hol van a csomagom", "delivery_eta"),
        ("szamlat kerek a rendeleshez", "invoice"),
        ("whre is my parcel", "delivery_eta"),
        ("how do i retrun this item", "return"),
        ("cna I get an invoice for my order", "invoice"),
    ],
)
def test_typos_and_missing_diacritics_are_understood(text, intent):
    assert classify(text).intent == intent


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Dzień dobry, kiedy przyjdzie paczka?", "pl"),
        ("dzien dobry kiedy przyjdzie paczka", "pl"),
        ("Dobrý den, kdy přijde balík?", "cs"),
        ("dobry den kdy prijde balik", "cs"),
        ("Dobrý deň, kedy príde balík?", "sk"),
        ("dobry den kedy pride balik", "sk"),
        ("Jó napot, mikor érkezik a csomag?", "hu"),
        ("jo napot mikor erkezik a csomag", "hu"),
        ("Hello, when will the parcel arrive?", "en"),
    ],
)
def test_language_is_detected_with_and_without_diacritics(text, language):
    assert detect_language(text) == language
    assert classify(text).language == language


def test_language_detection_falls_back_to_english_on_no_clue():
    assert detect_language("12345 ???") == "en"


def test_requests_joined_by_and_are_split_per_language():
    assert clauses("Chcę anulować zamówienie i poproszę o fakturę.", "pl") == [
        "chce anulowac zamowienie",
        "poprosze o fakture",
    ]
    # The Hungarian "a" is an article, not "and": no split there.
    assert clauses("Hol van a csomag a raktárban?", "hu") == []
    # Context in another sentence is not a second request.
    assert clauses("Zamówiłem w piątek. Kiedy dojdzie paczka?", "pl") == []


def test_fast_scorer_matches_the_pipeline():
    model = classifier.get_model()
    texts = [normalize(t) for _, _, t in sample_items()][:40]
    fast = np.array([FastScorer(model.pipeline).probabilities(t) for t in texts])
    assert np.allclose(fast, model.pipeline.predict_proba(texts))


def test_a_stale_or_broken_model_file_is_rebuilt(tmp_path, settings):
    """A model file from other code, another scikit-learn or another dataset, or one that
    cannot be read, is never used: the model is trained again and the file replaced."""
    model = classifier.get_model()
    assert classifier.is_current(model)
    stale = classifier.IntentModel(
        pipeline=model.pipeline, rules=model.rules, meta={**model.meta, "sklearn": "0.1"}
    )
    assert not classifier.is_current(stale)
    assert not classifier.is_current(
        classifier.IntentModel(model.pipeline, model.rules, {**model.meta, "code": "x"})
    )
    assert not classifier.is_current(
        classifier.IntentModel(model.pipeline, model.rules, {**model.meta, "dataset_sha256": ""})
    )

    path = tmp_path / "classifier.joblib"
    path.write_bytes(b"not a model")
    settings.ALLINA_MODEL_PATH = str(path)
    classifier.reset_model()
    try:
        assert classify("gdzie jest moja paczka?").intent == "delivery_eta"
        assert classifier.is_current(joblib.load(path))
    finally:
        classifier.reset_model()
