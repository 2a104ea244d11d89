"""Message texts for the Message Center benchmark, in the marketplaces' languages and English.

A message is a greeting, one to three sentences on a topic and a closing, with numbers,
sizes and places filled in, so the search index holds a realistic mix of common words
("faktura", "paczka", "zásilka") and rare ones (a warranty claim now and then).
"""

import random

LANGUAGE_OF_MARKETPLACE = {"pl": "pl", "cz": "cs", "sk": "sk", "hu": "hu"}

GREETINGS = {
    "pl": ["Dzień dobry,", "Witam,", "Dzień dobry Państwu,", "Cześć,", ""],
    "cs": ["Dobrý den,", "Zdravím,", "Dobrý den přeji,", "Ahoj,", ""],
    "sk": ["Dobrý deň,", "Zdravím,", "Dobrý deň prajem,", "Ahoj,", ""],
    "hu": ["Jó napot!", "Üdvözlöm!", "Tisztelt Eladó!", "Szia!", ""],
    "en": ["Hello,", "Hi,", "Good morning,", "Dear seller,", ""],
}

CLOSINGS = {
    "pl": ["Pozdrawiam", "Z góry dziękuję.", "Dziękuję i pozdrawiam", "Miłego dnia!", ""],
    "cs": ["S pozdravem", "Předem děkuji.", "Děkuji a přeji hezký den", "Díky!", ""],
    "sk": ["S pozdravom", "Vopred ďakujem.", "Ďakujem a prajem pekný deň", "Vďaka!", ""],
    "hu": ["Üdvözlettel", "Előre is köszönöm.", "Köszönöm, szép napot!", "Köszi!", ""],
    "en": ["Best regards", "Thanks in advance.", "Kind regards", "Cheers!", ""],
}

# Sentences by author side and topic. Placeholders: {n} a number, {d} days, {size},
# {color}, {locker} a parcel locker, {track} a tracking number, {price}.
BUYER = {
    "pl": {
        "delivery": [
            "Kiedy wyślą Państwo paczkę? Zamówienie opłaciłem {d} dni temu.",
            "Paczka miała przyjść wczoraj, a status przesyłki się nie zmienia.",
            "Czy mogę zmienić paczkomat na {locker}? Wybrałem zły przy zakupie.",
            "Kurier nie zastał mnie w domu, czy paczka wróci do Państwa?",
            "Czy wysyłka jest możliwa jeszcze dzisiaj? Zależy mi na czasie.",
        ],
        "invoice": [
            "Proszę o fakturę VAT na firmę, dane podałem przy zamówieniu.",
            "Czy faktura zostanie wysłana mailem, czy będzie w paczce?",
            "Na fakturze jest błędny NIP, poprawny kończy się cyframi {n}.",
            "Potrzebuję faktury do końca miesiąca, czy to możliwe?",
        ],
        "product": [
            "Czy rozmiar {size} jest zgodny z tabelą rozmiarów?",
            "Czy ten model jest dostępny w kolorze {color}?",
            "Ile sztuk mają Państwo na stanie? Potrzebuję {n} sztuk.",
            "Jaki jest dokładny wymiar produktu w centymetrach?",
            "Czy produkt jest nowy i w oryginalnym opakowaniu?",
        ],
        "problem": [
            "Produkt przyszedł uszkodzony, karton był zgnieciony.",
            "W paczce brakuje jednej sztuki, zamawiałem {n}.",
            "Kolor różni się od zdjęcia w ofercie, chciałbym zwrócić towar.",
            "Jak mogę odesłać towar? Rozmiar {size} jest za mały.",
        ],
        "rare": [
            "Czy produkt jest objęty gwarancją producenta i na jak długo?",
            "Chciałbym złożyć reklamację w ramach gwarancji, urządzenie przestało działać.",
        ],
    },
    "cs": {
        "delivery": [
            "Kdy odešlete zásilku? Objednávku jsem zaplatil před {d} dny.",
            "Zásilka měla dorazit včera, ale stav se nemění.",
            "Můžu změnit výdejní místo na {locker}? Při nákupu jsem zvolil špatné.",
            "Kurýr mě nezastihl doma, vrátí se zásilka k vám?",
            "Je možné odeslat zboží ještě dnes? Spěchám.",
        ],
        "invoice": [
            "Prosím o fakturu na firmu, údaje jsem uvedl v objednávce.",
            "Přijde faktura e-mailem, nebo bude v balíku?",
            "Na faktuře je špatné IČO, správné končí číslicemi {n}.",
        ],
        "product": [
            "Odpovídá velikost {size} tabulce velikostí?",
            "Je tento model k dispozici v barvě {color}?",
            "Kolik kusů máte skladem? Potřebuji {n} kusů.",
            "Jaké jsou přesné rozměry výrobku v centimetrech?",
        ],
        "problem": [
            "Zboží přišlo poškozené, krabice byla zmačkaná.",
            "V balíku chybí jeden kus, objednal jsem {n}.",
            "Jak mohu zboží vrátit? Velikost {size} je malá.",
        ],
        "rare": [
            "Vztahuje se na výrobek záruka výrobce a na jak dlouho?",
            "Chci uplatnit reklamaci v záruce, přístroj přestal fungovat.",
        ],
    },
    "sk": {
        "delivery": [
            "Kedy odošlete zásielku? Objednávku som zaplatil pred {d} dňami.",
            "Zásielka mala prísť včera, ale stav sa nemení.",
            "Môžem zmeniť výdajné miesto na {locker}? Pri nákupe som zvolil zlé.",
            "Je možné odoslať tovar ešte dnes? Ponáhľam sa.",
        ],
        "invoice": [
            "Prosím o faktúru na firmu, údaje som uviedol v objednávke.",
            "Príde faktúra e-mailom, alebo bude v balíku?",
            "Na faktúre je zlé IČO, správne končí číslicami {n}.",
        ],
        "product": [
            "Zodpovedá veľkosť {size} tabuľke veľkostí?",
            "Je tento model dostupný vo farbe {color}?",
            "Koľko kusov máte na sklade? Potrebujem {n} kusov.",
        ],
        "problem": [
            "Tovar prišiel poškodený, krabica bola pokrčená.",
            "V balíku chýba jeden kus, objednal som {n}.",
            "Ako môžem tovar vrátiť? Veľkosť {size} je malá.",
        ],
        "rare": [
            "Vzťahuje sa na výrobok záruka výrobcu a na ako dlho?",
            "Chcem uplatniť reklamáciu v záruke, prístroj prestal fungovať.",
        ],
    },
    "hu": {
        "delivery": [
            "Mikor küldik a csomagot? A rendelést {d} napja fizettem ki.",
            "A csomagnak tegnap kellett volna megérkeznie, de az állapot nem változik.",
            "Módosíthatom a csomagautomatát erre: {locker}? Rosszat választottam.",
            "Lehetséges még ma feladni a csomagot? Sietős lenne.",
        ],
        "invoice": [
            "Kérek számlát a cégem nevére, az adatokat megadtam a rendelésnél.",
            "A számlát e-mailben küldik, vagy a csomagban lesz?",
            "A számlán hibás az adószám, a helyes {n} végű.",
        ],
        "product": [
            "A {size} méret megfelel a mérettáblázatnak?",
            "Kapható ez a modell {color} színben is?",
            "Hány darab van raktáron? {n} darabra lenne szükségem.",
        ],
        "problem": [
            "A termék sérülten érkezett, a doboz össze volt nyomva.",
            "A csomagból hiányzik egy darab, {n} darabot rendeltem.",
            "Hogyan küldhetem vissza a terméket? A {size} méret kicsi.",
        ],
        "rare": [
            "Van a terméken gyártói garancia, és mennyi ideig?",
            "Garanciális reklamációt szeretnék, a készülék nem működik.",
        ],
    },
    "en": {
        "delivery": [
            "When will you ship the parcel? I paid for the order {d} days ago.",
            "The parcel was due yesterday but the tracking status has not changed.",
            "Can I change the pickup point to {locker}? I chose the wrong one.",
            "Is it possible to ship today? I am in a hurry.",
        ],
        "invoice": [
            "Please send an invoice for my company, the details are in the order.",
            "Will the invoice come by e-mail or in the parcel?",
        ],
        "product": [
            "Does size {size} match the size chart?",
            "Is this model available in {color}?",
            "How many pieces do you have in stock? I need {n}.",
        ],
        "problem": [
            "The item arrived damaged, the box was crushed.",
            "One piece is missing from the parcel, I ordered {n}.",
            "How can I return the item? Size {size} is too small.",
        ],
        "rare": [
            "Is the product covered by the manufacturer's warranty, and for how long?",
            "I would like to make a warranty claim, the device stopped working.",
        ],
    },
}

SELLER = {
    "pl": {
        "delivery": [
            "Paczka została nadana dzisiaj, numer przesyłki to {track}.",
            "Wysyłka nastąpi jutro rano, paczka powinna dotrzeć w ciągu {d} dni.",
            "Zmieniliśmy paczkomat na {locker}, wszystko jest w porządku.",
            "Przesyłka jest już u kuriera, proszę śledzić ją pod numerem {track}.",
        ],
        "invoice": [
            "Faktura została wysłana mailem, znajdzie ją Pan także w zamówieniu.",
            "Fakturę VAT wystawimy na dane firmy podane w zamówieniu.",
            "Poprawiona faktura jest już dostępna do pobrania.",
        ],
        "product": [
            "Rozmiar {size} jest zgodny z tabelą, polecamy wziąć o jeden większy.",
            "Niestety kolor {color} jest chwilowo niedostępny, dostawa za {d} dni.",
            "Na stanie mamy {n} sztuk, możemy wysłać od ręki.",
            "Produkt jest nowy, zapakowany fabrycznie.",
        ],
        "problem": [
            "Bardzo przepraszamy, wyślemy brakującą sztukę jeszcze dzisiaj.",
            "Prosimy o zdjęcia uszkodzenia, od razu wyślemy nowy egzemplarz.",
            "Zwrot jest możliwy w ciągu 14 dni, etykietę zwrotną wyślemy mailem.",
        ],
        "rare": [
            "Produkt ma 24 miesiące gwarancji, kartę gwarancyjną dołączamy do paczki.",
        ],
    },
    "cs": {
        "delivery": [
            "Zásilka byla dnes odeslána, číslo zásilky je {track}.",
            "Odešleme zítra ráno, zásilka by měla dorazit do {d} dnů.",
            "Výdejní místo jsme změnili na {locker}, vše je v pořádku.",
        ],
        "invoice": [
            "Faktura byla odeslána e-mailem, najdete ji také v objednávce.",
            "Fakturu vystavíme na údaje firmy z objednávky.",
        ],
        "product": [
            "Velikost {size} odpovídá tabulce, doporučujeme o číslo větší.",
            "Barva {color} bohužel momentálně není skladem, dodání do {d} dnů.",
            "Skladem máme {n} kusů, můžeme odeslat ihned.",
        ],
        "problem": [
            "Moc se omlouváme, chybějící kus pošleme ještě dnes.",
            "Pošlete prosím fotografie poškození, hned zašleme nový kus.",
        ],
        "rare": ["Na výrobek je záruka 24 měsíců, záruční list je v balíku."],
    },
    "sk": {
        "delivery": [
            "Zásielka bola dnes odoslaná, číslo zásielky je {track}.",
            "Odošleme zajtra ráno, zásielka by mala prísť do {d} dní.",
        ],
        "invoice": [
            "Faktúra bola odoslaná e-mailom, nájdete ju aj v objednávke.",
            "Faktúru vystavíme na údaje firmy z objednávky.",
        ],
        "product": [
            "Veľkosť {size} zodpovedá tabuľke, odporúčame o číslo väčšiu.",
            "Na sklade máme {n} kusov, môžeme odoslať hneď.",
        ],
        "problem": [
            "Veľmi sa ospravedlňujeme, chýbajúci kus pošleme ešte dnes.",
            "Pošlite prosím fotografie poškodenia, hneď zašleme nový kus.",
        ],
        "rare": ["Na výrobok je záruka 24 mesiacov, záručný list je v balíku."],
    },
    "hu": {
        "delivery": [
            "A csomagot ma feladtuk, a követési szám: {track}.",
            "Holnap reggel küldjük, {d} napon belül megérkezik.",
        ],
        "invoice": [
            "A számlát e-mailben elküldtük, a rendelésnél is megtalálja.",
            "A számlát a rendelésben megadott cégadatokra állítjuk ki.",
        ],
        "product": [
            "A {size} méret megfelel a táblázatnak, egy mérettel nagyobbat javaslunk.",
            "Raktáron {n} darab van, azonnal tudjuk küldeni.",
        ],
        "problem": [
            "Elnézést kérünk, a hiányzó darabot még ma elküldjük.",
            "Kérjük, küldjön fotót a sérülésről, azonnal küldünk újat.",
        ],
        "rare": ["A termékre 24 hónap garancia vonatkozik, a garanciajegy a csomagban van."],
    },
    "en": {
        "delivery": [
            "The parcel was shipped today, the tracking number is {track}.",
            "We ship tomorrow morning, the parcel should arrive within {d} days.",
        ],
        "invoice": [
            "The invoice was sent by e-mail, you can also find it in the order.",
            "We will issue the invoice to the company details from the order.",
        ],
        "product": [
            "Size {size} matches the chart, we recommend one size up.",
            "We have {n} pieces in stock and can ship right away.",
        ],
        "problem": [
            "We are very sorry, we will send the missing piece today.",
            "Please send us photos of the damage and we will send a new one at once.",
        ],
        "rare": ["The product has a 24-month warranty, the warranty card is in the parcel."],
    },
}

TOPICS = ["delivery", "invoice", "product", "problem", "rare"]
TOPIC_WEIGHTS = [40, 18, 30, 12, 0.15]
SIZES = ["XS", "S", "M", "L", "XL", "XXL", "36", "38", "40", "42", "44", "46"]
COLORS = {
    "pl": ["czarnym", "białym", "granatowym", "czerwonym", "szarym", "zielonym"],
    "cs": ["černé", "bílé", "modré", "červené", "šedé", "zelené"],
    "sk": ["čiernej", "bielej", "modrej", "červenej", "sivej", "zelenej"],
    "hu": ["fekete", "fehér", "kék", "piros", "szürke", "zöld"],
    "en": ["black", "white", "navy", "red", "grey", "green"],
}
LOCKER_CITIES = ["WAW", "KRA", "GDA", "POZ", "WRO", "PRG", "BRN", "BTS", "KSC", "BUD", "DEB"]


def message_text(rng: random.Random, *, language: str, seller: bool, first: bool) -> str:
    """One message: greeting (on a first message, or at random), 1-3 sentences, closing."""
    pools = (SELLER if seller else BUYER)[language]
    parts = []
    if first or rng.random() < 0.5:
        parts.append(rng.choice(GREETINGS[language]))
    for topic in rng.choices(TOPICS, TOPIC_WEIGHTS, k=rng.choice((1, 1, 2, 2, 3))):
        parts.append(
            rng.choice(pools[topic]).format(
                n=rng.randint(2, 99),
                d=rng.randint(2, 14),
                size=rng.choice(SIZES),
                color=rng.choice(COLORS[language]),
                locker=f"{rng.choice(LOCKER_CITIES)}{rng.randint(1, 999):02d}M",
                track=f"{rng.randint(10**11, 10**12 - 1)}",
                price=f"{rng.randint(10, 900)},{rng.randint(0, 99):02d}",
            )
        )
    parts.append(rng.choice(CLOSINGS[language]))
    return " ".join(part for part in parts if part)
