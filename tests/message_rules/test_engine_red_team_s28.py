"""Red team (session 28): an abuser who has read the readings added at 8d3e404b (a received
message named before a colon opens a quotation, single quotation marks count for an
insult's, "hlásím", "hlášení", "bejelentés" are reports, staying on the site refuses,
"przysłał / poslal mi" and "messaged me" name another's message, another's question answered
no right after the item, "nemám" and "nezaplatím" negate, small words between "and" and an
imperative) tries to slip a card number, a BLIK code, a payment off the site, a prohibited
item or an insult past them. The first lists hold today; HOLES_CLOSED were open at 8d3e404b
and are closed by narrower readings; the last lists, marked xfail, are left open."""

import pytest

from message_rules import engine

# (message, category): disguises that are still blocked.
STILL_BLOCKED = [
    # a "received" message the reader got or will get, then a report word
    ("Dostałeś wiadomość: podaj kod BLIK. Zgłaszam to jako pilne.", "credentials_request"),
    (
        "Dostaniesz wiadomość: podaj kod BLIK. Zgłaszam to do banku, żeby przyszła kasa.",
        "credentials_request",
    ),
    (
        "Üzenetet kaptam tőled? Válasz: add meg a kártyaszámod és a CVV-t, bejelentés kész.",
        "credentials_request",
    ),
    (
        "He messaged me: send your card number and CVV to me now. Reported as paid.",
        "credentials_request",
    ),
    ("Üzenetet kaptam: küldd el a BLIK kódot. Jelentem, hogy küldd.", "credentials_request"),
    # staying here said, the number or the request still given
    (
        "Dostałam wiadomość: napisz na WhatsApp 600 100 200. Wolę tu pisać, ale tam szybciej "
        "odpiszę.",
        "off_platform",
    ),
    (
        "Poslal mi zprávu: napište mi na WhatsApp 777 123 456. Radši píšu tady, ale tam odpovím "
        "hned.",
        "off_platform",
    ),
    (
        "Przysłał mi wiadomość 'podaj kod BLIK', wolę tu pisać, więc podaj mi tu kod BLIK.",
        "credentials_request",
    ),
    (
        "She texted me 'call me on 07700 900123' but I'd rather keep it here, so call me on "
        "07700 900123.",
        "off_platform",
    ),
    ("Napsal mi 'zavolej na 777 123 456', radši píšu tady. Zavolej mi.", "off_platform"),
    (
        "He messaged me 'pay me on Revolut' but I'd rather keep it here, pay me on Revolut too.",
        "off_platform",
    ),
    # an insult quoted in single quotation marks, then said again to the reader
    ("Napisał mi 'ty debilu' a ja ci mówię: ty debilu. Zgłaszam.", "profanity"),
    ("He wrote 'you idiot' and I agree, you idiot. Reported.", "profanity"),
    ("Hlásím to: 'ty debile' je přesně co jsi.", "profanity"),
    ("Dostałam wiadomość 'spadaj' — spadaj idioto, zgłoszone.", "profanity"),
    ("Napsal mi 'ty kurvo', hlásím ho, ty kurvo.", "profanity"),
    # "hlásím", "hlášení", "bejelentés" beside the writer's own insult or request
    ("Ty debile, hlášení si můžeš strčit.", "profanity"),
    ("Hlásím ti, že jsi debil.", "profanity"),
    ("Te hülye, bejelentés ide vagy oda.", "profanity"),
    ("Hlásím to rovnou: pošli mi kód z SMS.", "credentials_request"),
    ("Bejelentés: küldd el a kártyaszámod és a CVV kódot.", "credentials_request"),
    ("Hlášení pro kupujícího: pošlete číslo karty a CVV.", "credentials_request"),
    # another's question "answered no", then the offer
    ("Pytał pan o bimber — nie mam problemu z tym, 50 zł litr.", "prohibited_item"),
    ("Pytał pan o bimber — nie, nie w butelkach, mam w kanistrze po 40 zł.", "prohibited_item"),
    ("Ptal jste se na pervitin — ne, nemám ho teď, zítra bude, 1000 Kč gram.", "prohibited_item"),
    (
        "Ptala se, jestli mám slivovici pálenou načerno — ne, jen litrovky za 300 Kč.",
        "prohibited_item",
    ),
    (
        "Klient pytał o broń bez pozwolenia — nie mam z tym kłopotu, glock 3000 zł",
        "prohibited_item",
    ),
    ("Pytał pan o papierosy bez akcyzy — nie ma problemu, karton 100 zł.", "prohibited_item"),
    ("Pytałeś o dopalacze — nie, nie mam dużo, ale 5 gram sprzedam.", "prohibited_item"),
    # "nemám", "nezaplatím", "I didn't pay" before the writer's own request
    ("Nemám čas, napiš mi na WhatsApp 777 123 456.", "off_platform"),
    ("Nemám problém, pošlete mi kód z SMS.", "credentials_request"),
    ("Nemám jinou možnost, pošlete číslo karty a CVV.", "credentials_request"),
    ("Nemáme tady chat, pište na WhatsApp.", "off_platform"),
    ("Nemám Telegram, ale mám WhatsApp 777 123 456.", "off_platform"),
    ("Nemám tu Signal, napiš na Telegram @prodejce.", "off_platform"),
    ("Nezaplatím poplatek, takže mi pošlete číslo karty.", "credentials_request"),
    ("Nezaplatila jsem ještě, pošli mi číslo karty a kód z SMS.", "credentials_request"),
    ("I didn't pay the fee, so send me your card number and CVV.", "credentials_request"),
    ("I didn't pay yet, pay me on Revolut and I'll ship.", "off_platform"),
    ("Nie zapłaciłem jeszcze, podaj mi kod BLIK to zapłacę.", "credentials_request"),
    ("Nem fizettem még, küldd el a kártyaszámod.", "credentials_request"),
    # small words between "and" and the imperative
    ("Neplaťte a hned teď mi pošlete kód z SMS.", "credentials_request"),
    ("Neplaťte a prostě mi pošlete kód z SMS.", "credentials_request"),
    ("Neplaťte a okamžite mi pošlite kód z SMS.", "credentials_request"),
    ("Nie płać i po prostu natychmiast podaj mi kod BLIK.", "credentials_request"),
    ("Don't pay and immediately send me the BLIK code.", "credentials_request"),
]

# Ordinary reports, warnings and refusals near the same readings that pass today.
STILL_PASSING = [
    "Dostałam SMS: podaj kod BLIK. Zgłosiłam to do banku.",
    "Przyszedł mi mail: kliknij w link i dopłać 2 zł. Zgłaszam to jako oszustwo.",
    "Przysłał mi wiadomość: podaj kod BLIK. Zgłosiłam to.",
    "Poslala mi zprávu: pošlete kód z SMS. Hlášení odesláno.",
    "Kupující mi poslal zprávu: pošli kód z SMS. Hlásím to správci.",
    "SMS-t kaptam: küldje el a kártyaszámát. Bejelentés megtörtént.",
    "Üzenetet kaptam, hogy adjam meg a kártyaszámom, bejelentettem.",
    "He messaged me asking for my card number, reported.",
    "Hlásím podvodníka, chtěl po mně číslo karty.",
    "Bejelentem: a vevő a kártyaszámomat kérte.",
    "Bejelentés: a vevő a bankkártyám számát és a CVV-t kérte.",
    "Nahlášeno. Chtěl ode mě kód z SMS.",
    "Chciał mój numer telefonu — nie, wolę tu pisać.",
    "He asked for my phone number — I'd rather keep it here.",
    "Prosil o číslo telefonu, radši píšu tady.",
    "Telefonszámot kért, inkább itt írok.",
    "Nie podam numeru telefonu, wolę tu pisać.",
    "Chciał, żebym zapłacił poza serwisem, wolę tu pisać i płacić przez serwis.",
    "Dostal jsem zprávu: napiš mi na WhatsApp. Radši píšu tady.",
    "Kaptam egy üzenetet: írj WhatsAppon. Inkább itt írok.",
    "Kupujący nazwał mnie 'idiotką'. Zgłaszam.",
    "Dostałam wiadomość 'jesteś głupią krową'. Zgłoszone.",
    "He called me a 'stupid cow', reported.",
    "Azt írta, hogy 'hülye vagy', bejelentés megtörtént.",
    "Napsal mi 'ty krávo', hlášení odesláno.",
    "Hlásím uživatele, napsal mi 'ty kurvo'.",
    "Kupujący pytał o samogon — nie handluję alkoholem.",
    "Pani pytała o Ozempic – nie, nie sprzedaję leków na receptę.",
    "A lady asked me for vodka without excise — no, I don't sell that.",
    "Kérdezték, van-e házi pálinkám — nem, nem árulok.",
    "Ptal se, jestli mám tabák bez kolku – nemám a nebudu mít.",
    "Nezaplatím mimo portál ani na účet, jen přes košík.",
    "Nezaplatila jsem nic, chtěl číslo karty, tak jsem to nahlásila.",
    "I didn't pay, he wanted my card details over WhatsApp.",
    "Nemám WhatsApp, pište sem.",
    "Nemám Revolut ani PayPal, jen platba přes portál.",
    "Nie płać i natychmiast zgłoś to moderacji.",
    "Neplaťte a okamžitě to nahlaste.",
    "Nie płać i po prostu napisz tutaj.",
    "Nie płać i od razu zgłoś to moderacji.",
]


@pytest.mark.parametrize(("text", "category"), STILL_BLOCKED)
def test_a_disguise_near_set_43s_readings_is_still_blocked(rules, text, category):
    assert category in rules.check(text, use_model=False).categories


@pytest.mark.parametrize("text", STILL_PASSING)
def test_the_readings_still_clear_what_they_were_made_for(rules, text):
    assert not rules.check(text, use_model=False).blocked


# ---------------------------------------------------------------------------------------
# Holes found in the readings as written at 8d3e404b (each passed, rules alone and with the
# model), closed here: "przysłał / poslal" read in the third person only ("Przysłałem ci
# wiadomość: …", "Poslal jsem vám zprávu: …" are the writer's own); a colon's quotation
# runs to the end of its sentence, the report or refusal after it, and not after a
# quotation already closed; "got" not after "you"; "— nie, nie ma sprawy" answers yes;
# "bejelentés után" is no report; more small words before the imperative.
HOLES_CLOSED = [
    (
        "Przysłałem ci wiadomość: podaj numer karty i kod CVV. Zgłaszam zwrot od razu.",
        "credentials_request",
    ),
    (
        "Przysłałem Ci wiadomość: podaj kod BLIK, zgłoszenie zwrotu ruszy od razu.",
        "credentials_request",
    ),
    (
        "Poslal jsem vám zprávu: pošlete číslo karty a CVV. Hlášení o vrácení pak dostanete.",
        "credentials_request",
    ),
    (
        "Poslal jsem ti zprávu: pošli kód z SMS. Hlásím to bance jako vrácení.",
        "credentials_request",
    ),
    ("SMS-t kaptam: adja meg a kártyaszámát, bejelentés után utalok.", "credentials_request"),
    ("SMS-t kaptam: adja meg a kártyaszámát. Bejelentés után utalok.", "credentials_request"),
    ("Dostałam wiadomość z banku: podaj tu numer karty, zgłaszam wypłatę.", "credentials_request"),
    (
        "Dostałam wiadomość: zapłać mi poza serwisem przelewem, wolę tu pisać tylko o terminie.",
        "off_platform",
    ),
    (
        "Przysłał mi wiadomość 'wyślij numer karty', wolę tu pisać: wyślij numer karty tutaj.",
        "credentials_request",
    ),
    ("You got 'you stupid cow' from me, and you are one. Reported.", "profanity"),
    ("Pan pytał, czy mogę sprzedać samogon — nie, nie ma sprawy, ile litrów?", "prohibited_item"),
    ("Nie płać i od razu podaj mi kod BLIK.", "credentials_request"),
    ("Nie płać i najpierw podaj mi kod BLIK.", "credentials_request"),
    ("Nie płać i koniecznie podaj mi kod BLIK.", "credentials_request"),
]


@pytest.mark.parametrize(("text", "category"), HOLES_CLOSED)
def test_a_hole_in_set_43s_readings_is_closed(rules, text, category):
    assert category in rules.check(text, use_model=False).categories


# The model's decision takes the same "answered no" reading: at 8d3e404b it cleared a price
# floor and the writer's own posting after "— no," (the model alone blocks them).
HOLES_CLOSED_WITH_THE_MODEL = [
    (
        "A buyer asked about Ozempic — no, not below 300 pounds, I post it without prescription.",
        "prohibited_item",
    ),
    (
        "A buyer asked about Ozempic — no, not below 300, no prescription needed.",
        "prohibited_item",
    ),
]


@pytest.mark.parametrize(("text", "category"), HOLES_CLOSED_WITH_THE_MODEL)
@pytest.mark.django_db
def test_a_hole_in_the_models_answered_no_reading_is_closed(settings, text, category):
    settings.MESSAGE_RULES_MODEL = True
    engine.invalidate()
    assert category in engine.get_engine().check(text).categories


# Left open: an insult received, reported, and then endorsed ("that's you", "and it's
# true"); the request made again with a pronoun or outside the imperative lists ("pošli
# ho", "so send it", English); a bare "hlášení o …"; "Nezaplatím, dokud mi nepošlete" (the
# "ne-" of "until you send" read as a negation).
HOLES = [
    ("Kaptam egy üzenetet: 'te hülye' – ez vagy te. Bejelentés.", "profanity"),
    ("Dostałaś wiadomość 'ty głupia krowo' i to prawda. Zgłoszone.", "profanity"),
    (
        "Kolega mi poslal zprávu: pošli číslo karty. Nahlásil jsem to, ale pošli ho.",
        "credentials_request",
    ),
    ("He messaged me 'send me your card number', reported, so send it.", "credentials_request"),
    (
        "Messaged me 'give me the code from SMS' — reported. Give me the code from SMS.",
        "credentials_request",
    ),
    (
        "Dostal jsem zprávu: pošlete číslo karty. Hlášení o vrácení přijde potom.",
        "credentials_request",
    ),
    ("Nezaplatím, dokud mi nepošlete kód z SMS.", "credentials_request"),
]


@pytest.mark.xfail(strict=True, reason="red team s28: a hole left open")
@pytest.mark.parametrize(("text", "category"), HOLES)
def test_a_hole_left_open_is_blocked(rules, text, category):
    assert category in rules.check(text, use_model=False).categories


# Reports, warnings and refusals still blocked: the received thing named with a word the
# colon reading does not know ("link", "odkaz"); "hlásím" before a word its list lacks
# ("inzerát"); another's question answered no in the next sentence or with "nope".
WARNINGS_BLOCKED = [
    "Przysłała mi link: podaj dane karty. Zgłosiłam to.",
    "Poslal mi odkaz: zadejte číslo karty. Hlásím to správci.",
    "Hlásím inzerát, prodává zbraně bez povolení.",
    "Pytał, czy sprzedam mu alkohol bez akcyzy. Nie, nie sprzedaję.",
    "Ptal se, jestli prodám pervitin. Ne, neprodám.",
    "Someone asked if I have weed - nope, I don't.",
]


@pytest.mark.xfail(strict=True, reason="red team s28: a warning blocked, left open")
@pytest.mark.parametrize("text", WARNINGS_BLOCKED)
def test_a_warning_blocked_near_the_readings_passes(rules, text):
    assert not rules.check(text, use_model=False).blocked
