"""Red team (session 27): an abuser who has read the readings added today (a negated
imperative that stops at "and", another's reported question, a received message reported,
a listing reported, tax numbers named after the number, the listing's call button) tries to
slip a scam, an off-platform request or an insult past them. The first lists hold today;
HOLES_CLOSED were open at 3866414 and are closed by the narrower readings; the last lists,
marked xfail, are left open."""

import pytest

# (message, category): disguises that are still blocked.
STILL_BLOCKED = [
    # a negated imperative, "and", then the request (the negation does not reach it)
    ("Nie płać, tylko i wyślij mi kod BLIK.", "credentials_request"),
    ("Nie płać nikomu i podaj mi kod BLIK.", "credentials_request"),
    ("Nigdy nie płać i podaj mi kod BLIK.", "credentials_request"),
    ("Nechcem platbu a pošlite mi kód z SMS.", "credentials_request"),
    ("Nepíš sem a piš mi na WhatsApp.", "off_platform"),
    ("Ne píšte sem a napíšte mi na WhatsApp.", "off_platform"),
    # the writer asking, or the reader asked, in "se ptal, jestli" / "asked if"
    ("Ptal jsem se, jestli můžete poslat mi kód z SMS.", "credentials_request"),
    ("Ptala jsem se, jestli mi můžete poslat kód z SMS.", "credentials_request"),
    ("Pytałem, czy możesz wysłać mi kod BLIK.", "credentials_request"),
    ("I asked if you could send me your card number.", "credentials_request"),
    ("Manžel se ptal, jestli můžete poslat mi přeplatek.", "scam"),
    ("Kupující se ptal, jestli může poslat mi přeplatek. Ano, pošlete mi přeplatek.", "scam"),
    # a received message "reported", then the writer's own request
    (
        'I got a message: "pay me outside the site" - I refused. Now you pay me outside the '
        "site too.",
        "off_platform",
    ),
    (
        "Kaptam egy üzenetet: 'küldd el a kártyaszámodat' – jelentem, hogy küldd el.",
        "credentials_request",
    ),
    (
        "Dostałam wiadomość: „Podaj mi kod BLIK”. Zgłoś to, ale najpierw podaj kod.",
        "credentials_request",
    ),
    # "reporting … listing" with the writer's request in between
    (
        "Zgłaszam, że od jutra płatność poza serwisem, przelej mi na konto, szczegóły w "
        "ogłoszeniu.",
        "off_platform",
    ),
    ("Reporting for duty lol, pay me via Western Union, same as in the listing.", "scam"),
    # a phone called a tax, claim, operation or PNC number
    ("Zadzwoń 600 123 456 to mój NIP.", "off_platform"),
    ("Call 07700 900123, is my VAT number lol.", "off_platform"),
    ("Numer reklamacji: zadzwoń 600 123 456.", "off_platform"),
    ("PNC 600 123 456, call me.", "off_platform"),
    # an insult beside "proszę moderację", a request beside "worries me" or "nem válaszolok"
    ("Ty debilu. Nazwał mnie w wiadomości debilem, proszę moderację.", "profanity"),
    ("Proszę moderację o nic, ty idioto.", "profanity"),
    (
        "Przelej mi na konto poza serwisem, to mnie niepokoi że serwis bierze prowizję.",
        "off_platform",
    ),
    ("Pay me outside the site via bank transfer, the fees worry me.", "off_platform"),
    ("Fizess a platformon kívül, a jutalék aggaszt engem.", "off_platform"),
    ("Írj WhatsAppon a +36 30 123 4567 számra, itt nem válaszolok.", "off_platform"),
    ("Kérdezett a futár, küldd el a kártyaszámod.", "credentials_request"),
    # the call button named, then a number or "call me"
    ("Przycisk nie działa, zadzwoń 600 123 456.", "off_platform"),
    ("Tlačítko zavolat nefunguje, zavolejte mi na 777 123 456.", "off_platform"),
    ("Press the button and call me on WhatsApp 07700 900123.", "off_platform"),
    ("Stiskněte tlačítko a zavolejte mi na WhatsApp.", "off_platform"),
]

# Ordinary messages near the same readings that pass today.
STILL_PASSING = [
    "Nie płać i nie podawaj kodu BLIK.",
    "Nie płać poza serwisem i napisz do mnie tutaj.",
    "Nie płać z góry i potem daj znać, jak przyjdzie paczka.",
    "Neplaťte předem a pak mi napište sem, až dorazí balík.",
    "Nikomu neposílejte kód z SMS a hned zavolejte do banky.",
    "Nie podawaj nikomu kodu BLIK i potem zgłoś to moderacji.",
    "Nepište na WhatsApp a pište sem.",
    "Kupujący pytał, czy może odesłać mi nadpłatę. Odmówiłam.",
    "Kaptam egy üzenetet: 'a kulcsot futárral küldöm, ha utalod a kauciót' – jelentem a "
    "hirdetést.",
    "Dostałam wiadomość: „Podaj kod BLIK”. Zgłosiłam to, uważajcie.",
    "Dostal jsem zprávu: „Pošlete mi kód z SMS“. Nahlásil jsem to, dejte si pozor.",
    'I got a message: "send me the code from your bank" - reported it, don\'t send it to anyone.',
    'I got a message: "send me your card number" - reported it to moderation, never send yours.',
    "Kaptam egy üzenetet: 'küldd el a kártyaszámodat' – jelentem, vigyázzatok.",
    "Reporting a boiler listing with prepayment to a German account, looks like a scam.",
    "that 612345678 is my VAT number, not a phone",
    "ez a 12345678-1-42 az adószámom, nem telefonszám",
    "Kérem, az oldalon írjon, SMS-re nem válaszolok.",
    "Itt írjon, e-mailre nem válaszolok.",
    "Zadzwoniłem przez przycisk „Zadzwoń” w ogłoszeniu, nikt nie odebrał.",
    "Kliknij przycisk zadzwoń w ogłoszeniu, numer się pokaże.",
    "Przycisk „Zadzwoń” w ogłoszeniu nie działa, proszę napisać tutaj.",
    "Tlačítko Zavolat u inzerátu mi nefunguje, napište mi sem.",
]


@pytest.mark.parametrize(("text", "category"), STILL_BLOCKED)
def test_a_disguise_near_set_41s_readings_is_still_blocked(rules, text, category):
    assert category in rules.check(text, use_model=False).categories


@pytest.mark.parametrize("text", STILL_PASSING)
def test_the_readings_still_clear_what_they_were_made_for(rules, text):
    assert not rules.check(text, use_model=False).blocked


# ---------------------------------------------------------------------------------------
# Holes found in the readings as first written at 3866414 (each passed because of one of
# them; the same request without the disguise is blocked), closed by the narrower readings.
HOLES_CLOSED = [
    # _after_new_imperative: a small word between "and" and the imperative, or an
    # imperative missing from _IMPERATIVE ("pisz", "odezwij")
    ("Nie płać i potem podaj mi kod BLIK.", "credentials_request"),
    ("Nie płać i szybko podaj mi kod BLIK.", "credentials_request"),
    ("Nie płać i mi podaj kod BLIK.", "credentials_request"),
    ("Neplaťte a hned mi pošlete kód z SMS.", "credentials_request"),
    ("Neplaťte a pak mi pošlete kód z SMS.", "credentials_request"),
    ("Nie pisz tu i pisz na WhatsApp.", "off_platform"),
    ("Nie pisz tu i pisz do mnie na WhatsApp.", "off_platform"),
    ("Nie pisz tu i odezwij się na WhatsApp.", "off_platform"),
    # _ASKED_FOR_THEM "se ptal, jestli": the reader is the one asked ("můžete", "możesz")
    ("Kupující se ptal, jestli můžete poslat mi přeplatek.", "scam"),
    ("Kupujúci sa pýtal, či môžete poslať mi preplatok.", "scam"),
    ("Kupujący pytał, czy możesz odesłać mi nadpłatę.", "scam"),
    # a received message "reported": a threat to report the reader, or the request again
    (
        'I got a message: "send me your card number and the CVV". Do it or I\'m reporting '
        "the listing.",
        "credentials_request",
    ),
    (
        "I got a message: \"send me your card number\" - I'll report you if you don't.",
        "credentials_request",
    ),
    (
        "Dostałam wiadomość: „Podaj kod BLIK”. Podaj go, inaczej zgłaszam ogłoszenie.",
        "credentials_request",
    ),
    ("Dostałam wiadomość: „Podaj mi kod BLIK”. Podaj, albo zgłoszę cię.", "credentials_request"),
    (
        "Dostal jsem zprávu: „Pošlete mi kód z SMS“. Pošlete ho, jinak vás nahlásím.",
        "credentials_request",
    ),
    (
        "Dostal jsem zprávu: „Pošlete mi kód z SMS“ – nahlásím vás, pokud ho nepošlete.",
        "credentials_request",
    ),
    (
        "Kaptam egy üzenetet: 'utald el a pénzt a számlámra' – ha nem utalod, jelentem a "
        "hirdetést.",
        "off_platform",
    ),
    (
        'Dostałem wiadomość: "przelej mi na konto poza serwisem" - zablokowałem go. Żartuję, '
        "przelej.",
        "off_platform",
    ),
    (
        'I got a message: "send me your card number" - asking the moderators to ignore it, '
        "send it.",
        "credentials_request",
    ),
    # _SAW_LISTING: "reporting my … listing" is the writer's own listing
    (
        "I am reporting my price change on the listing: pay me via Western Union, this is a "
        "scam-free deal, sounds illegal lol.",
        "scam",
    ),
    # a tax number named after a number the writer asks to be called on
    ("Volejte 777 123 456 je moje IČO.", "off_platform"),
    ("Hívj 06 30 123 4567 az adószámom.", "off_platform"),
    # "nem válaszolok" about SMS after a request to write on WhatsApp
    ("Írj WhatsAppon, SMS-re nem válaszolok.", "off_platform"),
    # the call-button exception reaching "call me" or a messenger after it
    ("Kliknij przycisk i zadzwoń do mnie na WhatsApp.", "off_platform"),
    ("Kliknij przycisk, zadzwoń na WhatsApp.", "off_platform"),
    ("Nie działa przycisk, zadzwoń na WhatsApp.", "off_platform"),
    ("Use the button to call me on WhatsApp.", "off_platform"),
    ("Tlačidlo zavolať nefunguje, zavolajte mi cez WhatsApp.", "off_platform"),
]


@pytest.mark.parametrize(("text", "category"), HOLES_CLOSED)
def test_a_hole_in_set_41s_readings_is_closed(rules, text, category):
    assert category in rules.check(text, use_model=False).categories


# Left open: small words and imperatives outside the closed lists; a request after a
# received message made only with a pronoun or a word no list knows.
# Closed in session 28: the small words between "and" and the imperative.
HOLES_CLOSED_LATER = [
    ("Nie płać i natychmiast podaj mi kod BLIK.", "credentials_request"),
    ("Neplaťte a okamžitě mi pošlete kód z SMS.", "credentials_request"),
    ("Nie płać i po prostu podaj mi kod BLIK.", "credentials_request"),
]


@pytest.mark.parametrize(("text", "category"), HOLES_CLOSED_LATER)
def test_a_hole_closed_in_session_28_is_blocked(rules, text, category):
    assert category in rules.check(text, use_model=False).categories


HOLES_LEFT_OPEN = [
    ("Kupující se ptal, jestli může poslat mi přeplatek. Pošlete mi ho.", "scam"),
    (
        "Dostałam wiadomość: „Podaj mi kod BLIK”. Zgłosiłam to. Teraz ja proszę: daj kod.",
        "credentials_request",
    ),
]


@pytest.mark.xfail(strict=True, reason="red team s27: a hole left open")
@pytest.mark.parametrize(("text", "category"), HOLES_LEFT_OPEN)
def test_a_hole_left_open_is_blocked(rules, text, category):
    assert category in rules.check(text, use_model=False).categories


# Warnings the new negated-imperative reading blocks (3866414 and now; its parent passed
# them): the imperative after "and" is a rule's phrase on its own ("zadzwoń", "podaj kod
# BLIK"), which the negation before used to cover.
WARNINGS_BLOCKED = [
    "Nikomu nie podawaj kodu BLIK i zadzwoń do banku.",
    "Nie płać i podaj kod BLIK tylko w aplikacji banku, nie na czacie.",
]


@pytest.mark.xfail(strict=True, reason="red team s27: a warning blocked, left open")
@pytest.mark.parametrize("text", WARNINGS_BLOCKED)
def test_a_warning_blocked_by_the_new_reading_passes(rules, text):
    assert not rules.check(text, use_model=False).blocked
