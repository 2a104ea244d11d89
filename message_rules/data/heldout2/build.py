"""Builds the second held-out set: `ordinary.jsonl` and `heldout.jsonl` in this folder.

Written on 2026-12-05 before the model was recalibrated and before its training corpus
was read, by a different author than set 1 and in a deliberately different style:

- ordinary conversation is mostly *short chat lines* (colour, size and stock questions,
  "where is my parcel", order numbers, prices, parcel lockers, returns, polite complaints,
  "ok thanks"), typed the way people type on a phone: lowercase, missing diacritics,
  typos, no full stop; English adds customer mail with signatures and quoted replies;
- the messages that must be blocked are written as scammers and abusers write them in
  chat: short, with disguised contacts, off-platform payment, requests for logins, codes
  and card data, threats and slurs, and listings of things the marketplace forbids.

Nothing here may be copied (or closely paraphrased) into `data/training/`. Run
`python message_rules/data/heldout2/build.py` to write the two files again; the output is
deterministic (seeded), and the committed files are what `moderate --evaluate` reads.
"""

import json
import random
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
PER_LANGUAGE = 260

# -- Ordinary conversation: hand-written short lines -------------------------------------

LINES = {
    "pl": [
        "ok dzieki",
        "ok, dziękuję!",
        "super, czekam",
        "dobra to biore",
        "jest jeszcze?",
        "a jest w innym kolorze?",
        "czy bedzie jeszcze w niebieskim?",
        "kiedy wysylka?",
        "gdzie moja paczka??",
        "paczka dalej nie doszla",
        "nadal czekam na przesylke",
        "dostalam, wszystko ok",
        "przyszlo uszkodzone pudełko, ale w srodku cale",
        "mozna odebrac osobiscie? jestem z krakowa",
        "wyslecie do paczkomatu?",
        "paczkomat KRA12M prosze",
        "zmienilam paczkomat, czy da sie jeszcze poprawic?",
        "jaki jest numer przesylki?",
        "chce zwrocic, za male",
        "jak zrobić zwrot?",
        "zwrot wyslany wczoraj",
        "kiedy bedzie zwrot kasy?",
        "pieniadze jeszcze nie wrocily",
        "przepraszam za klopot",
        "nie ma sprawy",
        "a faktura bedzie?",
        "prosze o fakture na firme",
        "jaki rozmiar polecacie przy 170 cm wzrostu?",
        "czy to oryginal?",
        "ile sztuk macie na stanie?",
        "moge zamowic 3 szt?",
        "a jest rabat przy 2 sztukach?",
        "da sie taniej?",
        "cena do negocjacji?",
        "dzien dobry, mam pytanie",
        "halo, jest ktos?",
        "dziekuje za szybka odpowiedz",
        "polecam sprzedawce :)",
        "wszystko doszlo, dzieki!",
        "kurier byl ale mnie nie bylo",
        "kurier zostawil awizo",
        "paczka wrocila do nadawcy?",
        "pomylilam adres, mozna zmienic?",
        "zly kolor przyszedl, zamawialam czarny",
        "brakuje jednej sztuki w paczce",
        "instrukcja jest po polsku?",
        "jak dlugo gwarancja?",
        "czy pasuje do iphone 13?",
        "bateria trzyma ile?",
        "jeszcze raz dzieki",
        "ok to czekam do jutra",
        "jutro bede w domu od 16",
        "przelew poszedl przez serwis",
        "zaplacilam, prosze sprawdzic",
        "nie moge zaplacic, wyskakuje blad",
        "czy mozna za pobraniem?",
        "a wysylka w weekend?",
        "prosze nie wysylac jeszcze, zmieniam adres",
        "anuluje zamowienie, sorry",
        "czy moge dopisac cos do zamowienia?",
    ],
    "cs": [
        "ok diky",
        "dekuji, super",
        "jeste to mate?",
        "mate to i v modre?",
        "je to skladem?",
        "kdy to odeslete?",
        "kde je moje zasilka?",
        "balik stale neprisel",
        "porad cekam na balik",
        "prislo to, vse v poradku",
        "krabice byla pomackana ale vevnitr ok",
        "muzu si to vyzvednout osobne?",
        "posilate do zasilkovny?",
        "do Z-boxu prosim",
        "spletla jsem vydejni misto, jde to zmenit?",
        "jake je cislo zasilky?",
        "chci to vratit, je to male",
        "jak udelam vraceni?",
        "vraceni jsem poslal vcera",
        "kdy mi vratite penize?",
        "penize jeste neprisly",
        "omlouvam se za potize",
        "v pohode",
        "bude faktura?",
        "fakturu na firmu prosim",
        "jakou velikost doporucujete?",
        "je to original?",
        "kolik kusu mate?",
        "muzu objednat 3 kusy?",
        "je sleva pri 2 kusech?",
        "slo by to levneji?",
        "dobry den, mam dotaz",
        "haló, je tam nekdo?",
        "diky za rychlou odpoved",
        "doporucuji prodejce",
        "kuryr tu byl ale nebyl jsem doma",
        "vratil se balik zpet?",
        "spatna adresa, jde to opravit?",
        "prisla spatna barva, objednavala jsem cernou",
        "chybi jeden kus",
        "je navod v cestine?",
        "jak dlouha je zaruka?",
        "pasuje to na iphone 13?",
        "jeste jednou diky",
        "ok tak pockam do zitra",
        "zitra jsem doma od 16",
        "zaplaceno pres portal",
        "zaplatila jsem, zkontrolujte prosim",
        "nejde mi zaplatit, pise to chybu",
        "jde to na dobirku?",
        "posilate i o vikendu?",
        "zatim neposilejte, menim adresu",
        "rusim objednavku, pardon",
        "dobrý den, děkuji za vyřízení",
        "zboží dorazilo včas, děkuji",
    ],
    "sk": [
        "ok dakujem",
        "dakujem, super",
        "este to mate?",
        "mate to aj v modrej?",
        "je to na sklade?",
        "kedy to odoslete?",
        "kde je moj balik?",
        "balik stale neprisiel",
        "stale cakam na zasielku",
        "prislo to, vsetko ok",
        "krabica bola pokrcena ale vnutri ok",
        "mozem si to vyzdvihnut osobne?",
        "posielate do packety?",
        "do boxu prosim",
        "pomylila som odberne miesto, da sa to zmenit?",
        "ake je cislo zasielky?",
        "chcem to vratit, je to male",
        "ako spravim vratenie?",
        "vratenie som poslal vcera",
        "kedy mi vratite peniaze?",
        "peniaze este neprisli",
        "ospravedlnujem sa za problem",
        "v poho",
        "bude faktura?",
        "fakturu na firmu prosim",
        "aku velkost odporucate?",
        "je to original?",
        "kolko kusov mate?",
        "mozem objednat 3 kusy?",
        "je zlava pri 2 kusoch?",
        "islo by to lacnejsie?",
        "dobry den, mam otazku",
        "halo, je tam niekto?",
        "vdaka za rychlu odpoved",
        "odporucam predajcu",
        "kurier tu bol ale nebol som doma",
        "vratil sa balik spat?",
        "zla adresa, da sa to opravit?",
        "prisla zla farba, objednavala som ciernu",
        "chyba jeden kus",
        "je navod po slovensky?",
        "aka dlha je zaruka?",
        "sedi to na iphone 13?",
        "este raz vdaka",
        "ok tak pockam do zajtra",
        "zajtra som doma od 16",
        "zaplatene cez portal",
        "zaplatila som, skontrolujte prosim",
        "neda sa mi zaplatit, pise chybu",
        "da sa to na dobierku?",
        "posielate aj cez vikend?",
        "zatial neposielajte, menim adresu",
        "rusim objednavku, prepacte",
        "dobrý deň, ďakujem za vybavenie",
        "tovar prišiel načas, ďakujem",
    ],
    "hu": [
        "ok koszi",
        "köszönöm, szuper",
        "van meg?",
        "kekben is van?",
        "raktaron van?",
        "mikor kuldik?",
        "hol a csomagom?",
        "meg mindig nem jott meg a csomag",
        "meg varok a csomagra",
        "megjott, minden rendben",
        "a doboz gyurott volt de belul ok",
        "szemelyesen at lehet venni?",
        "foxpost automataba kuldik?",
        "csomagautomatába kérem",
        "rossz atveteli pontot adtam meg, lehet modositani?",
        "mi a csomagszam?",
        "vissza szeretnem kuldeni, kicsi",
        "hogy tudom visszakuldeni?",
        "tegnap feladtam a visszakuldest",
        "mikor kapom vissza a penzt?",
        "meg nem jott vissza a penz",
        "elnezest a gondert",
        "semmi gond",
        "lesz szamla?",
        "ceges szamlat kerek",
        "milyen meretet ajanlotok?",
        "eredeti?",
        "hany darab van?",
        "rendelhetek 3 darabot?",
        "2 darabnal van kedvezmeny?",
        "lehetne olcsobban?",
        "jo napot, kerdezni szeretnek",
        "hello, van ott valaki?",
        "koszi a gyors valaszt",
        "ajanlom az eladot",
        "itt volt a futar de nem voltam itthon",
        "visszament a csomag?",
        "rossz cimet adtam meg, javithato?",
        "rossz szin jott, feketet rendeltem",
        "hianyzik egy darab",
        "van magyar leiras?",
        "mennyi a garancia?",
        "jo az iphone 13-hoz?",
        "megegyszer koszi",
        "ok akkor varok holnapig",
        "holnap 16-tol itthon vagyok",
        "kifizettem a portalon",
        "fizettem, megneznetek?",
        "nem tudok fizetni, hibat ir",
        "lehet utanvettel?",
        "hetvegen is kuldtok?",
        "meg ne kuldjetek, cimet valtoztatok",
        "lemondom a rendelest, bocsi",
        "jó napot, köszönöm a gyors intézést",
        "időben megérkezett az áru, köszönöm",
    ],
    "en": [
        "ok thanks",
        "ok thx",
        "cheers!",
        "great, thank you",
        "is this still available?",
        "do you have it in black?",
        "any other colours?",
        "is it in stock?",
        "when will it ship?",
        "where is my parcel??",
        "parcel still hasnt arrived",
        "still waiting on my order",
        "got it, all good",
        "box was a bit crushed but item is fine",
        "can i pick it up in person?",
        "can you send it to a parcel locker?",
        "locker please, not home address",
        "i picked the wrong locker, can you change it?",
        "whats the tracking number?",
        "id like to return it, too small",
        "how do i return this?",
        "sent the return yesterday",
        "when do i get my refund?",
        "refund hasnt come through yet",
        "sorry for the trouble",
        "no worries",
        "can i get an invoice?",
        "invoice to my company please",
        "what size would you recommend, im 5ft 9",
        "is it genuine?",
        "how many do you have?",
        "can i order 3?",
        "any discount if i buy 2?",
        "could you do it cheaper?",
        "hi, quick question",
        "hello? anyone there?",
        "thanks for the quick reply",
        "great seller, would buy again",
        "courier came but i was out",
        "did the parcel go back to you?",
        "wrong address, can you fix it?",
        "wrong colour came, i ordered black",
        "one piece is missing",
        "does it come with instructions in english?",
        "how long is the warranty?",
        "does it fit an iphone 13?",
        "thanks again",
        "ok ill wait till tomorrow",
        "im home from 4pm tomorrow",
        "paid through the site",
        "ive paid, can you check?",
        "cant pay, it shows an error",
        "can i pay on delivery?",
        "do you ship on weekends?",
        "please hold off shipping, changing my address",
        "cancel my order pls, sorry",
        "Do you also have it in blue?",
        "Where is my parcel, again 2?",
    ],
}

# -- Ordinary conversation: templates with slots ----------------------------------------

TEMPLATES = {
    "pl": [
        "czy jest w kolorze {colour}?",
        "a w {colour} bedzie?",
        "macie rozmiar {size}?",
        "rozmiar {size} jeszcze jest?",
        "gdzie moja paczka? zamowienie {order}",
        "zamowienie {order} - kiedy wysylka?",
        "nr zamowienia {order}, nadal nic",
        "cena {price} zl aktualna?",
        "zaplacilem {price} zl, a w zamowieniu jest inna kwota",
        "czy za {price} zl jest z wysylka?",
        "wezme {n} szt",
        "potrzebuje {n} sztuk na {day}",
        "bede w domu w {day}",
        "mozna wyslac do paczkomatu {locker}?",
        "paczkomat {locker}, dzieki",
        "zwrot do zamowienia {order}, co dalej?",
        "czy {colour} jest ciemniejszy niz na zdjeciu?",
        "{size} czy {size2}? nie wiem co wybrac",
        "numer przesylki {tracking} nie dziala",
        "paczka {tracking} stoi od {n} dni",
    ],
    "cs": [
        "mate to v {colour}?",
        "je i {colour} varianta?",
        "mate velikost {size}?",
        "velikost {size} jeste je?",
        "kde je balik? objednavka {order}",
        "objednavka {order} - kdy odesilate?",
        "c. objednavky {order}, porad nic",
        "cena {price} Kc plati?",
        "zaplatil jsem {price} Kc a v objednavce je jina castka",
        "je za {price} Kc i doprava?",
        "vezmu {n} ks",
        "potrebuji {n} kusu do {day}",
        "budu doma v {day}",
        "muzete poslat na vydejni misto {locker}?",
        "vraceni k objednavce {order}, co dal?",
        "{size} nebo {size2}? nevim co vybrat",
        "sledovaci cislo {tracking} nefunguje",
        "balik {tracking} stoji uz {n} dny",
    ],
    "sk": [
        "mate to v {colour}?",
        "je aj {colour} varianta?",
        "mate velkost {size}?",
        "velkost {size} este je?",
        "kde je balik? objednavka {order}",
        "objednavka {order} - kedy posielate?",
        "c. objednavky {order}, stale nic",
        "cena {price} eur plati?",
        "zaplatil som {price} eur a v objednavke je ina suma",
        "je za {price} eur aj doprava?",
        "zoberiem {n} ks",
        "potrebujem {n} kusov do {day}",
        "budem doma v {day}",
        "mozete poslat na odberne miesto {locker}?",
        "vratenie k objednavke {order}, co dalej?",
        "{size} alebo {size2}? neviem co vybrat",
        "sledovacie cislo {tracking} nefunguje",
        "balik {tracking} stoji uz {n} dni",
    ],
    "hu": [
        "{colour} szinben van?",
        "van {colour} valtozat is?",
        "{size} meret van?",
        "{size} meret van meg?",
        "hol a csomag? rendeles {order}",
        "{order} rendeles - mikor kuldik?",
        "rendelesszam {order}, meg mindig semmi",
        "{price} Ft az ar meg?",
        "{price} Ft-ot fizettem de a rendelesben mas osszeg van",
        "{price} Ft-ban benne van a szallitas?",
        "kerek {n} darabot",
        "{n} darab kellene {day}ig",
        "{day} itthon leszek",
        "kuldhetitek a {locker} automataba?",
        "visszakuldes a {order} rendeleshez, mi a kovetkezo lepes?",
        "{size} vagy {size2}? nem tudom melyik",
        "a {tracking} csomagszam nem mukodik",
        "a {tracking} csomag {n} napja all",
    ],
    "en": [
        "do you have it in {colour}?",
        "is the {colour} one back in stock?",
        "got size {size}?",
        "is {size} still available?",
        "where is my parcel? order {order}",
        "order {order} - when does it ship?",
        "order no {order}, still nothing",
        "is {price} the final price?",
        "i paid {price} but the order says a different amount",
        "does {price} include shipping?",
        "ill take {n}",
        "need {n} of these by {day}",
        "im home on {day}",
        "can you send it to locker {locker}?",
        "return for order {order}, what next?",
        "{size} or {size2}? cant decide",
        "tracking {tracking} doesnt work",
        "parcel {tracking} hasnt moved in {n} days",
    ],
}

SLOTS = {
    "pl": {
        "colour": [
            "czarnym",
            "niebieskim",
            "czerwonym",
            "bialym",
            "zielonym",
            "szarym",
            "rozowym",
        ],
        "day": ["poniedzialek", "wtorek", "srode", "piatek", "sobote"],
        "price": ["49,99", "129", "89,90", "1299", "15"],
    },
    "cs": {
        "colour": ["modre", "cerne", "cervene", "bile", "zelene", "sede"],
        "day": ["pondeli", "utery", "stredu", "patek", "sobotu"],
        "price": ["499", "1 290", "89,90", "2499", "150"],
    },
    "sk": {
        "colour": ["modrej", "ciernej", "cervenej", "bielej", "zelenej", "sivej"],
        "day": ["pondelok", "utorok", "stredu", "piatok", "sobotu"],
        "price": ["19,99", "45", "129", "8,50", "250"],
    },
    "hu": {
        "colour": ["kek", "fekete", "piros", "feher", "zold", "szurke"],
        "day": ["hetfo", "kedd", "szerda", "pentek", "szombat"],
        "price": ["4990", "12 990", "890", "25 000", "1500"],
    },
    "en": {
        "colour": ["blue", "black", "red", "white", "green", "grey", "navy"],
        "day": ["monday", "tuesday", "friday", "saturday", "the weekend"],
        "price": ["£24.99", "$15", "€39", "19.99", "£120"],
    },
}
SIZES = ["S", "M", "L", "XL", "XXL", "36", "38", "40", "42", "44", "EU 41", "UK 8"]
LOCKERS = ["KRA12M", "WAW03A", "POZ88N", "GDA21B", "LOD07C"]


def order_number(rng: random.Random) -> str:
    kind = rng.randrange(4)
    if kind == 0:
        return str(rng.randrange(10_000_000, 99_999_999))
    if kind == 1:
        return f"2026/{rng.randrange(1000, 9999)}"
    if kind == 2:
        return f"#{rng.randrange(100_000, 999_999)}"
    return f"A-{rng.randrange(10000, 99999)}"


def tracking_number(rng: random.Random) -> str:
    kind = rng.randrange(3)
    if kind == 0:
        return "".join(str(rng.randrange(10)) for _ in range(24))
    if kind == 1:
        return f"Z{rng.randrange(1_000_000_000, 9_999_999_999)}"
    return f"RR{rng.randrange(100_000_000, 999_999_999)}CZ"


def fill(template: str, lang: str, rng: random.Random) -> str:
    slots = SLOTS[lang]
    size, size2 = rng.sample(SIZES, 2)
    return template.format(
        colour=rng.choice(slots["colour"]),
        day=rng.choice(slots["day"]),
        price=rng.choice(slots["price"]),
        size=size,
        size2=size2,
        order=order_number(rng),
        tracking=tracking_number(rng),
        locker=rng.choice(LOCKERS),
        n=rng.randrange(2, 9),
    )


def strip_diacritics(text: str) -> str:
    text = text.replace("ł", "l").replace("Ł", "L")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def typo(text: str, rng: random.Random) -> str:
    words = text.split(" ")
    long_words = [i for i, w in enumerate(words) if len(w) >= 4 and w.isalpha()]
    if not long_words:
        return text
    i = rng.choice(long_words)
    word = words[i]
    j = rng.randrange(len(word) - 1)
    words[i] = word[:j] + word[j + 1] + word[j] + word[j + 2 :]
    return " ".join(words)


# -- English customer mail --------------------------------------------------------------

MAIL_BODIES = [
    "Hi,\n\nI ordered the {colour} one last week (order {order}) and the tracking hasn't "
    "changed since {day}. Could you check with the courier please?",
    "Hello,\n\nThe item arrived today but it's size {size} instead of {size2}. I'd like to "
    "exchange it if possible. Order {order}.",
    "Good morning,\n\nCould you send the invoice for order {order} to this address? We need "
    "it for our accounts by {day}.",
    "Hi there,\n\nJust to let you know the parcel arrived safely. Thanks for packing it so well!",
    "Dear seller,\n\nI returned order {order} two weeks ago and haven't had the refund of "
    "{price} yet. Could you let me know when to expect it?",
    "Hi,\n\nIs it possible to change the delivery to parcel locker {locker}? I won't be home "
    "on {day}.",
]
SIGNATURES = [
    "Kind regards,\nSarah Mitchell",
    "Thanks,\nTom\n\nSent from my iPhone",
    "Best,\nJames O'Neill\nPurchasing, Northfield Dental Ltd",
    "Many thanks\nPriya",
    "Regards,\nM. Novak\n\n--\nThis e-mail and any attachments are confidential.",
    "Cheers, Dave\nGet Outlook for Android",
]
QUOTES = [
    "\n\n> On {day}, the seller wrote:\n> Hello, your order has been shipped.\n> Thank you "
    "for shopping with us.",
    "\n\n-----Original Message-----\nSubject: Re: order {order}\nThanks for your order, we "
    "will ship it within 2 working days.",
    "",
]


def english_mail(rng: random.Random) -> str:
    body = fill(rng.choice(MAIL_BODIES), "en", rng)
    signature = rng.choice(SIGNATURES)
    quote = fill(rng.choice(QUOTES), "en", rng)
    return f"{body}\n\n{signature}{quote}"


def ordinary(lang: str, rng: random.Random) -> list[dict]:
    rows: dict[str, list[str]] = {}

    def add(text: str, tags: list[str]) -> None:
        if text not in rows:
            rows[text] = ["ordinary", "short", *tags]

    for line in LINES[lang]:
        add(line, [])
    if lang == "en":
        for _ in range(60):
            text = english_mail(rng)
            if text not in rows:
                rows[text] = ["ordinary", "mail"]
    attempts = 0
    while len(rows) < PER_LANGUAGE and attempts < 10_000:
        attempts += 1
        text = fill(rng.choice(TEMPLATES[lang]), lang, rng)
        roll = rng.random()
        misspelt = typo(text, rng)
        if roll < 0.2 and misspelt != text:
            add(misspelt, ["typo"])
        elif roll < 0.35 and strip_diacritics(text) != text:
            add(strip_diacritics(text), ["no_diacritics"])
        elif roll < 0.45:
            add(text.capitalize(), [])
        else:
            add(text, [])
    # Missing-diacritics and typo variants of the hand-written lines that have accents.
    for line in LINES[lang]:
        plain = strip_diacritics(line)
        if plain != line:
            add(plain, ["no_diacritics"])
        add(typo(line, rng), ["typo"])
    return [
        {"text": text, "lang": lang, "expected": "allow", "categories": [], "tags": tags}
        for text, tags in rows.items()
    ]


# -- Messages that must be blocked ------------------------------------------------------
# (text, categories, tags) - written as scammers and abusers write them in chat.

BLOCK = {
    "pl": [
        ("pisz na wa 6o1 2zz 3z3", ["off_platform"], ["disguised"]),
        ("dzwon szesc zero jeden, dwa dwa dwa, trzy trzy trzy", ["off_platform"], ["words"]),
        ("moj mail: marek.kupiec [at] gmail [kropka] com", ["off_platform"], ["disguised"]),
        ("dogadajmy sie poza portalem, bedzie taniej bez prowizji", ["off_platform"], []),
        ("przelej na konto prywatnie to wysle dzis, nie przez serwis", ["off_platform"], []),
        ("zaplac blikiem na numer tel a nie przez strone", ["off_platform"], []),
        ("wejdz tu i potwierdz: bit.ly/3xPaczka", ["external_link"], []),
        ("dopłata do przesylki tutaj -> inpost-doplata.top/pl", ["external_link"], []),
        ("podaj kod blik to zwroce kase", ["credentials_request"], []),
        ("wyslij mi login i haslo do konta to sprawdze zamowienie", ["credentials_request"], []),
        ("potrzebuje numer karty, date i cvc do zwrotu", ["credentials_request"], []),
        ("przeslij kod z sms co ci przyszedl", ["credentials_request"], []),
        ("wygrales voucher 500 zl, oplac tylko 9,99 za aktywacje", ["scam"], []),
        ("kurier odbierze towar, zaplac mu z gory za ubezpieczenie paczki", ["scam"], []),
        ("jestem za granica, wysle przez firme kurierska, wplac najpierw zaliczke", ["scam"], []),
        ("spierdalaj oszuscie", ["profanity"], []),
        ("ty ch*ju jebany oddaj kase", ["profanity"], ["masked"]),
        ("k u r w a mac, gdzie paczka", ["profanity"], ["spaced_word"]),
        ("pierdol sie z tym zwrotem", ["profanity"], []),
        ("sprzedam tabletki odchudzajace z dnp, bez recepty", ["prohibited_item"], []),
        ("mam gandzie i susz, wysylka dyskretna", ["prohibited_item"], []),
        ("sprzedam pistolet gazowy i ostra amunicje", ["prohibited_item"], []),
        ("fałszywe dowody osobiste na zamowienie", ["prohibited_item"], []),
        ("zadzwon +48 733 000 912 szybciej sie dogadamy", ["off_platform"], []),
    ],
    "cs": [
        ("pis na wapp sest sest sedm, 123 456", ["off_platform"], ["words"]),
        ("muj mail petr.novy zavinac seznam tecka cz", ["off_platform"], ["disguised"]),
        ("domluvme se mimo portal, usetrime poplatky", ["off_platform"], []),
        ("poslete penize primo na muj ucet, ne pres portal", ["off_platform"], []),
        ("volejte 7 7 7 - 1 2 3 - 4 5 6", ["off_platform"], ["disguised"]),
        ("potvrdte dopravu tady: zasilkovna-platba.xyz", ["external_link"], []),
        ("klikni sem tinyurl.com/balik-cz", ["external_link"], []),
        ("poslete mi prihlasovaci jmeno a heslo", ["credentials_request"], []),
        ("napiste cislo karty a cvv kvuli vraceni penez", ["credentials_request"], []),
        ("prepiste mi kod z sms", ["credentials_request"], []),
        ("vyhral jste iPhone, zaplatte jen postovne 49 Kc", ["scam"], []),
        ("jsem v zahranici, posli zalohu a kuryr to doveze", ["scam"], []),
        ("zaplatte predem pojisteni zasilky a pak dostanete zbozi", ["scam"], []),
        ("ty debile zkurvenej", ["profanity"], []),
        ("jdi do pr*dele podvodniku", ["profanity"], ["masked"]),
        ("k u r v a kde je balik", ["profanity"], ["spaced_word"]),
        ("seru na tvoje vraceni, kokote", ["profanity"], []),
        ("prodam pervitin, diskretni zasilka", ["prohibited_item"], []),
        ("mam travu a hasis, poslu kamkoliv", ["prohibited_item"], []),
        ("prodam zbran bez papiru i s naboji", ["prohibited_item"], []),
        ("padelane obcanky na zakazku", ["prohibited_item"], []),
        ("zavolej na +420 603 111 222, domluvime se rychle", ["off_platform"], []),
    ],
    "sk": [
        ("pis na wapp sest styri sest, 111 222", ["off_platform"], ["words"]),
        ("moj mail jan.predaj zavinac gmail bodka com", ["off_platform"], ["disguised"]),
        ("dohodnime sa mimo portalu, bude to lacnejsie", ["off_platform"], []),
        ("poslite peniaze priamo na moj ucet, nie cez portal", ["off_platform"], []),
        ("volaj 9 0 5 - 1 2 3 - 4 5 6", ["off_platform"], ["disguised"]),
        ("potvrdte dorucenie tu: packeta-doplatok.top", ["external_link"], []),
        ("klikni sem bit.ly/balik-sk", ["external_link"], []),
        ("poslite mi prihlasovacie meno a heslo", ["credentials_request"], []),
        ("napiste cislo karty a cvv kvoli vrateniu penazi", ["credentials_request"], []),
        ("prepiste mi kod z sms", ["credentials_request"], []),
        ("vyhrali ste iPhone, zaplatte len postovne 2 eur", ["scam"], []),
        ("som v zahranici, posli zalohu a kurier to dovezie", ["scam"], []),
        ("zaplatte vopred poistenie zasielky, potom dostanete tovar", ["scam"], []),
        ("ty debil zasraty", ["profanity"], []),
        ("chod do pi*e podvodnik", ["profanity"], ["masked"]),
        ("k u r v a kde je balik", ["profanity"], ["spaced_word"]),
        ("serem na tvoje vratenie, kokot", ["profanity"], []),
        ("predam pervitin, diskretne", ["prohibited_item"], []),
        ("mam travu aj hasis, poslem hocikam", ["prohibited_item"], []),
        ("predam zbran bez papierov aj s nabojmi", ["prohibited_item"], []),
        ("falosne obciansky na objednavku", ["prohibited_item"], []),
        ("zavolaj +421 905 111 222, dohodneme sa rychlo", ["off_platform"], []),
    ],
    "hu": [
        ("irj wapp-on hat harom, 123 4567", ["off_platform"], ["words"]),
        ("emailem: kiss.bela kukac gmail pont com", ["off_platform"], ["disguised"]),
        ("intezzuk a portalon kivul, olcsobb lesz", ["off_platform"], []),
        ("utald kozvetlenul a szamlamra, ne a portalon at", ["off_platform"], []),
        ("hivj 3 0 - 1 2 3 - 4 5 6 7", ["off_platform"], ["disguised"]),
        ("erositsd meg a szallitast itt: foxpost-dij.top", ["external_link"], []),
        ("kattints ide bit.ly/csomag-hu", ["external_link"], []),
        ("kuldd el a felhasznaloneved es jelszavad", ["credentials_request"], []),
        ("ird meg a kartyaszamot es a cvc-t a visszatériteshez", ["credentials_request"], []),
        ("kuldd at az sms kodot ami jott", ["credentials_request"], []),
        ("nyertel egy iphone-t, csak a postakoltseget fizesd 990 Ft", ["scam"], []),
        ("kulfoldon vagyok, kuldj eloleget es a futar hozza", ["scam"], []),
        ("fizesd elore a csomag biztositasat, utana megkapod", ["scam"], []),
        ("kurva anyad csalo", ["profanity"], []),
        ("b*zd meg a visszakuldesed", ["profanity"], ["masked"]),
        ("b a s z d  m e g hol a csomag", ["profanity"], ["spaced_word"]),
        ("te hulye fasz", ["profanity"], []),
        ("eladó kristály meg fű, diszkréten", ["prohibited_item"], []),
        ("van anyag, kokain, postazom", ["prohibited_item"], []),
        ("pisztoly papirok nelkul, loszerrel", ["prohibited_item"], []),
        ("hamis szemelyi rendelesre", ["prohibited_item"], []),
        ("hivj a +36 30 123 4567 szamon, gyorsabb", ["off_platform"], []),
    ],
    "en": [
        ("text me on whatsapp seven one eight, five five five, 0199", ["off_platform"], ["words"]),
        ("my email is mike.deals at gmail dot com", ["off_platform"], ["disguised"]),
        ("lets do it outside the site, no fees", ["off_platform"], []),
        ("pay me direct by bank transfer not through the platform", ["off_platform"], []),
        ("call me 0 7 7 0 0 - 9 0 0 - 1 2 3", ["off_platform"], ["disguised"]),
        ("pay the customs fee here: royalmail-fee.top", ["external_link"], []),
        ("click here bit.ly/parcel-uk", ["external_link"], []),
        ("send me your login and password and ill sort it", ["credentials_request"], []),
        ("whats your card number, expiry and cvv for the refund", ["credentials_request"], []),
        ("read me the code from the text you just got", ["credentials_request"], []),
        ("you won a gift card, just pay 2.99 shipping", ["scam"], []),
        ("im overseas, send a deposit and my courier will deliver", ["scam"], []),
        ("pay the insurance upfront and the item ships after", ["scam"], []),
        ("f*** off you scammer", ["profanity"], ["masked"]),
        ("you stupid c u n t", ["profanity"], ["spaced_word"]),
        ("shut up b1tch", ["profanity"], ["leet_word"]),
        ("go f u c k yourself", ["profanity"], ["spaced_word"]),
        ("selling xanax and oxy, no script needed", ["prohibited_item"], []),
        ("got weed and coke, discreet shipping", ["prohibited_item"], []),
        ("unregistered glock with ammo for sale", ["prohibited_item"], []),
        ("fake ids and passports made to order", ["prohibited_item"], []),
        ("ring me on +44 7700 900123 quicker", ["off_platform"], []),
        ("paypal friends and family only, to avoid the fees", ["off_platform"], []),
    ],
}


def blocked(lang: str) -> list[dict]:
    return [
        {"text": text, "lang": lang, "expected": "block", "categories": cats, "tags": tags}
        for text, cats, tags in BLOCK[lang]
    ]


def main() -> None:
    rng = random.Random(20261205)  # noqa: S311 - a fixed, reproducible set
    languages = ("pl", "cs", "sk", "hu", "en")
    with (HERE / "ordinary.jsonl").open("w", encoding="utf-8") as handle:
        for lang in languages:
            for row in ordinary(lang, rng):
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    with (HERE / "heldout.jsonl").open("w", encoding="utf-8") as handle:
        for lang in languages:
            for row in blocked(lang):
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
