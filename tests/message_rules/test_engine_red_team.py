"""Red-team cases around the may-I question answered no, quotations quoted back and turned
down, a number to call outside the numbering plan and a person's number after a parcel
(engine change 2aee6700): verdicts the rules give today and should keep."""

import pytest

# A may-I question answered yes, or answered no beside a contact: still an offer.
MAY_I_STILL_OFFERED = [
    "Czy mogę sprzedać bimber? Tak, mam 10 litrów.",
    "Czy mogę sprzedać spirytus 96? Tak, mam 10 litrów.",
    "Czy mogę sprzedać bimber? Chyba nie tutaj, więc pisz na whatsapp 601 234 567",
    "Mohu prodávat slivovici? Ano, mám 10 litrů po 300 Kč.",
    "Can I sell you some weed? Sure.",
    "Can I sell weed here? Probably not, so DM me",
    "Is it ok to sell vodka here? Yes, I have 20 bottles at 10 each.",
    "Can I sell homemade moonshine? Yes, 10 litres at 20 a litre.",
]

# Asked and answered no, and nothing offered after it.
MAY_I_ANSWERED_NO = [
    "Czy mogę sprzedać nalewkę domową? Chyba nie, więc wystawię tylko karafki.",
    "Can I list homemade sloe gin? Probably not, so I'll list just the bottles.",
]

# A number the reader is asked to call, written outside the numbering plan, or a
# person's number given after a parcel was named.
CALL_NUMBERS = [
    "Please call 07698 775 104 after 6.",
    "Call: 07698 775 104",
    "Give me a ring at 07698 775 104",
    "Call my number 07698 775 104.",
    "Phone 07698 775 104",
    "Zadzwoń pod numer 0 769 877 5104.",
    "Zavolejte na číslo 07698 775 104.",
    "Hívjon a 07698 775 104 számon.",
    "Balík jsem nechal u souseda, jeho číslo je 603 123 456, zavolejte mu.",
    "Paczkę zostawiłem u sąsiada, jego numer 601 234 567.",
]

# Numbers after a word to call that are no phone: dates, prices, times, tracking numbers.
NOT_CALL_NUMBERS = [
    "Zadzwonię 2026/12/03 10.00.",
    "Zadzwonię w piątek 12.12. 2026 o 10.",
    "Zavolám 1.12., 3.12., 5.12. a 7.12.",
    "Call at 10.30/11.00/11.30/12.00",
    "Call 1 250 000 Ft, firm.",
    "Hívjon, az ár 1.250.000 Ft, alku nincs.",
    "I'll call DPD, tracking 15502 32765 4321.",
    "Text 2 of 3: the parcel is on its way.",
    "Volejbal míč 2 ks, rozměr 21 cm, cena 250.",
    "Dzwonek 2 ks 12 V, 230 V 50/60 Hz, cena 45 zł.",
    "Ring size 17, 585/1000 gold 14k 3.5g",
    "The parcel went out today, its number is 7911123456.",
    "A csomagot feladtam, a száma 301234567.",
    "Zásilka má číslo 731234567, jeho číslo nevím.",
]

# The reader's words quoted back and turned down.
REFUSED_QUOTES = [
    "Napsal jste „zaplaťte mimo portál převodem“. Ne, děkuji, zaplatím přes portál.",
    "Napisał Pan „zapłać poza serwisem przelewem”. Nie, zapłacę przez serwis.",
    "Napsala jste „pošlete fotku občanky“. Neposílám, to je podvod.",
    "Azt írta „mondja le a rendelést és fizessen készpénzben”. Nem, maradjunk az oldalon.",
    "> Zapłać poza serwisem przelewem.\n\nNie, płacę przez serwis.",
    "> Zapłać poza serwisem przelewem.\n\nAni mi się śni, płacę przez serwis.",
]

# A quoted block the reply below agrees to: the quoted words are the writer's own.
AGREED_QUOTES = [
    "> Zapłać poza serwisem przelewem.\n\nZgoda, robimy tak.",
    "> Pay me outside the site by bank transfer.\n\nSure, done.",
    "> Pay me outside the site by bank transfer.\n\nNo one will know, do it today.",
]


@pytest.mark.parametrize("text", MAY_I_STILL_OFFERED + CALL_NUMBERS + AGREED_QUOTES)
def test_still_blocked(rules, text):
    assert rules.check(text).blocked


@pytest.mark.parametrize("text", MAY_I_ANSWERED_NO + NOT_CALL_NUMBERS + REFUSED_QUOTES)
def test_still_allowed(rules, text):
    assert not rules.check(text).blocked
