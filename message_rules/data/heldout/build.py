# ruff: noqa: E501, S311 (word lists; a seeded generator for data, not for secrets)
"""Writes the held-out evaluation sets (run: python message_rules/data/heldout/build.py).

Written before any training data or model code existed, by a different hand than the
rules and the training corpus, and never tuned on afterwards:

- `heldout.jsonl`: messages that must be blocked, per category and language (pl, cs, sk,
  hu, en), in registers, typos, missing diacritics and disguises (spaced letters, leet,
  digits written as words), long letters and short chat lines, plus scenarios the training
  corpus does not describe (lawyer and "dormant account" 419 letters, customs fees, fake
  courier re-delivery, crypto "recovery"), and near-miss clean lines.
- `ordinary.jsonl`: ≥ 2,000 ordinary buyer–seller messages generated from templates and
  slot fillers (order numbers, prices, postcodes, tracking numbers, dates, amounts;
  English customer mail with signatures and quoted replies; legitimate mentions of
  payments, couriers, phone calls, accounts, links, inheritance, revolution, a delivery
  agent).

The output is deterministic (fixed seed); the files are committed beside this script.
"""

import json
import random
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANGS = ("pl", "cs", "sk", "hu", "en")

# (category, lang) -> texts. Written for evaluation only.
BLOCK: dict[tuple[str, str], list[str]] = {
    # -- contact details, phones, e-mails, buy directly -----------------------------------
    ("off_platform", "pl"): [
        "Proszę o kontakt pod numerem +48 601 222 333, wszystko omówimy.",
        "dzwon 512-345-678 po 18",
        "Mój mail to jan.kowalczyk77@wp.pl, napisz tam to dogadamy szczegóły.",
        "Taniej będzie jak kupisz bezpośrednio u mnie, bez pośrednictwa portalu.",
        "Zrób przelew na moje konto 61 1090 1014 0000 0712 1981 2874 to wyśle od razu.",
        "numer: zero sześć zero, jeden dwa trzy, cztery pięć sześć",
        "pisz na whatsapp +44 7700 900 123",
        "Dogadajmy się poza serwisem, zaoszczędzimy na prowizji.",
        "Szanowny Panie, w nawiązaniu do zamówienia proponuję dalszą rozmowę telefoniczną: "
        "509 876 543. Pozdrawiam serdecznie, Anna",
        "kup odemnie prosto, bez alegro, dam rabat 20 zl",
        "maila podaje: marek (at) onet (dot) pl",
        "zapłać mi na revoluta bezpośrednio a nie przez platformę",
    ],
    ("off_platform", "cs"): [
        "Zavolejte mi na +420 731 456 789, domluvíme se.",
        "muj email je petr.novak@seznam.cz piste tam",
        "Kupte to přímo ode mě, mimo tenhle portál, bude to levnější.",
        "Pošlete peníze na účet 19-2000145399/0800 a zboží hned odešlu.",
        "tel: sedm tři jedna, čtyři pět šest, sedm osm devět",
        "napiste mi na wecie nebo telegram +1 415 555 0133",
        "Domluvme se bokem, obejdeme poplatky obchodu.",
        "Vážený zákazníku, ohledně objednávky se mi prosím ozvěte telefonicky na čísle "
        "602 111 222. S pozdravem Jana",
        "zaplat mi primo bez prodejny, dam slevu",
        "kontakt: jiri zavinac gmail tecka com",
    ],
    ("off_platform", "sk"): [
        "Zavolajte mi na +421 905 123 456, dohodneme sa.",
        "môj mail je zuzka.kovacova@azet.sk",
        "Kúpte si to priamo odo mňa, mimo portálu, ušetríte.",
        "Pošlite platbu na SK3112000000198742637541 a tovar odošlem.",
        "cislo: nula deväť nula päť, jedna dva tri, štyri päť šesť",
        "Dohodnime sa mimo tejto stránky, bez poplatkov.",
        "Dobrý deň, prosím ozvite sa mi na telefón 0911 222 333, vysvetlím Vám všetko. Ďakujem",
        "kup primo odomna bez obchodu, dam zlavu",
        "pis na viber +44 20 7946 0958",
        "platba napriamo na moj ucet, nie cez stranku",
    ],
    ("off_platform", "hu"): [
        "Hívjon a +36 30 123 4567 számon, megbeszéljük.",
        "az emailem kovacs.bela@freemail.hu, oda írjon",
        "Vegye meg közvetlenül tőlünk, ne a piactéren keresztül, olcsóbb lesz.",
        "Utalja az összeget a 11773016-11111018 számlára, és azonnal küldöm.",
        "telefon: nulla hat harminc, egy kettő három, négy öt hat hét",
        "Intézzük el a platformon kívül, megspóroljuk a jutalékot.",
        "Tisztelt Vevő! Kérem, hívjon fel a 06 20 987 6543 telefonszámon a részletek "
        "egyeztetése miatt. Üdvözlettel: Péter",
        "vegyel kozvetlenul tolem ne az oldalon at",
        "irj whatsappon +1 (212) 555-0187",
        "fizess nekem kozvetlen, ne a rendszeren at",
    ],
    ("off_platform", "en"): [
        "Call me on 234-1-776-2397 and we can sort it out.",
        "my email is mike.turner1984@gmail.com, write me there",
        "Buy it directly from me instead of through the marketplace and I'll knock 15% off.",
        "Text me at +44 20 7946 0958 for a better price.",
        "reach me: five five five, one two three, four five six seven",
        "Let's take this off the platform, no fees for either of us.",
        "Dear customer, regarding your order please contact me directly by phone on "
        "(312) 555-0144 so we can finish the sale privately. Kind regards, Tom",
        "pay me direct via bank transfer, skip the site checkout",
        "whatsapp me +61 412 345 678",
        "send the money to my account GB29NWBK60161331926819 not through the shop",
        "contact: sarah dot miles at yahoo dot com",
    ],
    # -- links -------------------------------------------------------------------------
    ("external_link", "pl"): [
        "Więcej zdjęć masz tutaj: http://foto-sprzedaz.pl/galeria/123",
        "wejdz na www.tanie-buty24.com tam taniej",
        "Sprawdź ofertę na okazje-outlet.net, są tam wszystkie rozmiary.",
        "link do płatności: bit.ly/3xYz9Qa",
    ],
    ("external_link", "cs"): [
        "Další fotky najdete na https://moje-fotky.cz/album/77",
        "mrkni na www.levne-zbozi.eu",
        "Objednejte radši přes shop-vyprodej.com, je to levnější.",
        "platba tady: tinyurl.com/y6kz3a",
    ],
    ("external_link", "sk"): [
        "Viac fotiek je tu: https://fotky-predaj.sk/x/9",
        "pozri www.zlacnene-tovary.com",
        "Objednajte si to cez obchod-akcia.net, lacnejšie.",
        "zaplatte cez tento odkaz: cutt.ly/abc123",
    ],
    ("external_link", "hu"): [
        "További képek itt: https://kepek-elado.hu/galeria/5",
        "nézd meg a www.olcso-cipok.com oldalon",
        "Rendelje inkább a webshop-akcio.net oldalon, ott olcsóbb.",
        "fizetési link: bit.ly/2Hu8kLm",
    ],
    ("external_link", "en"): [
        "More photos here: https://my-sale-photos.com/set/42",
        "check www.cheap-outlet-store.net for the rest",
        "Order through bargain-deals.shop instead, it's cheaper there.",
        "payment link: rebrand.ly/pay-now-7",
    ],
    # -- scams / 419 / advance fee / fake courier ------------------------------------------
    ("scam", "pl"): [
        "Jestem adwokatem zmarłego klienta, który zostawił 8,5 mln USD na uśpionym koncie. "
        "Potrzebuję zaufanej osoby, aby przelać środki; otrzyma Pan 40%. Proszę o dane i "
        "opłatę manipulacyjną 300 EUR.",
        "Gratulacje! Wygrałeś iPhone'a w naszej loterii, opłać tylko wysyłkę 9,99 zł.",
        "Paczka zatrzymana w urzędzie celnym, wpłać 45 zł cła, inaczej wróci do nadawcy.",
        "Kurier nie mógł doręczyć przesyłki, dopłać 2,50 zł za ponowne doręczenie.",
        "Zainwestuj 1000 zł w bitcoina, gwarantuje zysk 300% w tydzień",
        "jestem zolnierzem na misji, mam skrzynie ze zlotem, potrzebuje pomocy przy transferze",
        "Odzyskamy Twoje utracone kryptowaluty, wystarczy wpłacić prowizję z góry.",
        "Twoje konto zostanie zablokowane, opłać weryfikację 1 zł żeby je odblokować",
    ],
    ("scam", "cs"): [
        "Jsem právník zesnulého klienta, který zanechal 6 milionů dolarů na spícím účtu. "
        "Hledám důvěryhodnou osobu pro převod, dostanete 35 %. Pošlete poplatek 250 EUR.",
        "Gratulujeme! Vyhrál jste v naší loterii, zaplaťte jen poštovné 49 Kč.",
        "Zásilka zadržena na celnici, uhraďte clo 390 Kč, jinak se vrátí.",
        "Kurýr nemohl doručit balík, doplaťte 30 Kč za opětovné doručení.",
        "investujte 5000 kc do kryptomen, garantovany zisk 200 procent",
        "Vaše vyhra 50 000 Kc ceka, jen uhradte administrativni poplatek predem",
        "Pomůžeme získat zpět ukradené bitcoiny, stačí zaplatit zálohu.",
    ],
    ("scam", "sk"): [
        "Som advokát zosnulého klienta, ktorý zanechal 7 miliónov dolárov na nečinnom účte. "
        "Potrebujem dôveryhodnú osobu na prevod, dostanete 30 %. Pošlite poplatok 200 EUR.",
        "Gratulujeme! Vyhrali ste v našej lotérii, zaplaťte iba poštovné 2 €.",
        "Zásielka zadržaná na colnici, uhraďte clo 25 €, inak sa vráti.",
        "Kuriér nemohol doručiť balík, doplaťte 1,50 € za opätovné doručenie.",
        "investujte 500 eur do kryptomien, garantovany zisk 300 percent za tyzden",
        "vasa vyhra vas caka, len zaplatte spracovaci poplatok vopred",
        "Vrátime vám stratené bitcoiny, stačí zaplatiť zálohu.",
    ],
    ("scam", "hu"): [
        "Egy elhunyt ügyfél ügyvédje vagyok, aki 9 millió dollárt hagyott egy alvó számlán. "
        "Megbízható partnert keresek az átutaláshoz, Ön 40%-ot kap. Küldje el a 300 eurós "
        "kezelési díjat.",
        "Gratulálunk! Ön nyert a sorsoláson, csak a szállítási díjat fizesse ki: 990 Ft.",
        "A csomagot a vámhivatal visszatartotta, fizessen 4500 Ft vámot, különben visszaküldik.",
        "A futár nem tudta kézbesíteni a csomagot, fizessen 300 Ft-ot az újrakézbesítésért.",
        "fektess be 100 ezer forintot kriptoba, garantalt 300 szazalek hozam",
        "orokseget hagyott ronad egy tavoli rokon, de elobb fizetned kell az ugyvedi dijat",
        "Visszaszerezzük az elveszett kriptovalutádat, csak előre kell fizetni a díjat.",
    ],
    ("scam", "en"): [
        "I am Barrister James Okoro, attorney to the late Mr. Henry, who left US$10.5 million "
        "in a dormant account. As his next of kin you will receive 40% once you pay the "
        "release fee of $450. Reply with your full name and bank details.",
        "Congratulations! You have won our lottery, just pay the shipping fee of $4.99.",
        "Your parcel is held at customs, pay the $29 duty or it will be returned.",
        "The courier could not deliver your package, pay a $1.99 redelivery fee to reschedule.",
        "invest 500 usd in bitcoin, guaranteed 300% return in a week",
        "I am a soldier serving abroad with a consignment of gold and need your help to move it",
        "We can recover your stolen crypto, just pay the recovery fee upfront.",
        "Dearest one, I am a widow dying of cancer and wish to donate my fortune to charity "
        "through you. Send your details and the processing charge.",
    ],
    # -- credentials, card, BLIK codes ---------------------------------------------------
    ("credentials_request", "pl"): [
        "Podaj mi kod BLIK to szybciej przyjmę płatność.",
        "prosze o numer karty i cvc, zwroce pieniadze",
        "Wyślij login i hasło do konta, sprawdzę zamówienie za Ciebie.",
        "podaj kod z smsa ktory ci przyszedl",
        "Do zwrotu potrzebuję numeru karty, daty ważności i trzech cyfr z tyłu.",
        "daj haslo do maila to wgram ci fakture",
    ],
    ("credentials_request", "cs"): [
        "Pošlete mi číslo karty a CVV, vrátím peníze.",
        "napiste mi heslo k uctu, zkontroluju objednavku",
        "Sdělte mi kód z SMS, který vám právě přišel.",
        "Pro vrácení peněz potřebuji číslo karty a platnost.",
        "dej mi prihlasovaci udaje do banky at to zaplatim za tebe",
    ],
    ("credentials_request", "sk"): [
        "Pošlite mi číslo karty a CVV kód, vrátim peniaze.",
        "napiste heslo k vasmu uctu, skontrolujem to",
        "Povedzte mi kód zo SMS, ktorý vám prišiel.",
        "Na vrátenie peňazí potrebujem číslo karty a dátum platnosti.",
        "daj mi prihlasovacie meno a heslo do internet bankingu",
    ],
    ("credentials_request", "hu"): [
        "Küldje el a kártyaszámát és a CVC kódot, visszautalom a pénzt.",
        "add meg a jelszavad a fiokodhoz, megnezem a rendelest",
        "Mondja meg az SMS-ben kapott kódot.",
        "A visszatérítéshez kell a kártyaszám és a lejárati dátum.",
        "kuldd at a netbank belepesi adataidat",
    ],
    ("credentials_request", "en"): [
        "send me your account username and password so I can check the order",
        "For the refund I need your card number and the CVC.",
        "Tell me the code you just got by SMS.",
        "please share your online banking login details",
        "what are the 3 digits on the back of your card?",
        "Give me your one-time passcode to confirm the delivery.",
    ],
    # -- profanity / abuse ---------------------------------------------------------------
    ("profanity", "pl"): [
        "Ty pieprzony oszuście, oddawaj kasę!",
        "co za debil pakował tę paczkę",
        "spierdalaj z takim towarem",
        "Jesteś zwykłym skurwysynem, złodzieju.",
        "ja pierdole ile mozna czekac",
    ],
    ("profanity", "cs"): [
        "Ty zkurvený podvodníku, vrať prachy!",
        "jsi uplnej debil",
        "to je hovno ne zbozi",
        "Naser si s takovou službou.",
        "kurva kde je ta zasilka",
    ],
    ("profanity", "sk"): [
        "Ty skurvený podvodník, vráť peniaze!",
        "si obycajny debil",
        "to je hovno nie tovar",
        "Choď do piče s takým obchodom.",
        "do riti kde je ten balik",
    ],
    ("profanity", "hu"): [
        "Te rohadt csaló, add vissza a pénzem!",
        "kurva anyad",
        "ez egy szar termek",
        "Baszd meg az egész boltodat.",
        "te hulye barom",
    ],
    ("profanity", "en"): [
        "You fucking scammer, give me my money back!",
        "what a piece of shit product",
        "go to hell you moron, asshole",
        "This is bullshit, you lying bastard.",
        "f u c k this shop",
    ],
    # -- prohibited items ---------------------------------------------------------------
    ("prohibited_item", "pl"): [
        "Mam też na sprzedaż amunicję do tego pistoletu.",
        "sprzedam marihuane, dobra jakosc",
        "Mogę dorzucić butelkę wódki gratis.",
    ],
    ("prohibited_item", "cs"): [
        "Prodám i náboje do té pistole.",
        "mam na prodej travu, kvalitni",
        "Přibalím láhev vodky zdarma.",
    ],
    ("prohibited_item", "sk"): [
        "Predám aj náboje do tej pištole.",
        "mam na predaj travu, kvalitnu",
        "Pribalím fľašu vodky zadarmo.",
    ],
    ("prohibited_item", "hu"): [
        "Lőszert is tudok adni a pisztolyhoz.",
        "elado fu, jo minoseg",
        "Ajándékba adok egy üveg vodkát.",
    ],
    ("prohibited_item", "en"): [
        "I can also sell you ammunition for that pistol.",
        "got weed for sale, good quality",
        "I'll throw in a bottle of vodka for free.",
    ],
}

# Near misses that must pass: legitimate lines close to the rules' vocabulary.
ALLOW: dict[str, list[str]] = {
    "pl": [
        "Płatność przez serwis przeszła, dziękuję. Kurier DPD przyjedzie jutro.",
        "Nigdy nie podawaj nikomu kodu BLIK ani hasła, to oszustwo.",
        "Zamówienie nr 4512987 wysłane, numer przesyłki 0030 1234 5678 9012.",
        "Cena 1299 zł, kod pocztowy 00-950 Warszawa.",
        "Mogę zadzwonić przez komunikator serwisu jeśli wolisz, albo napisz tutaj.",
        "Książka o rewolucji francuskiej jest w bardzo dobrym stanie.",
        "Spadek ceny o 20 zł od poniedziałku.",
        "Zapłacę kartą przy odbiorze, czy kurier ma terminal?",
    ],
    "cs": [
        "Platba přes obchod proběhla, díky. Kurýr PPL přijede zítra.",
        "Nikdy nikomu nesdělujte heslo ani kód z SMS.",
        "Objednávka č. 20245871 odeslána, PSČ 110 00.",
        "Cena 2 490 Kč včetně dopravy, doručení 12. 3. 2025.",
        "Kniha o sametové revoluci je v pěkném stavu.",
        "Dědictví po babičce — starý porcelán, prodávám celou sadu.",
    ],
    "sk": [
        "Platba cez obchod prebehla, ďakujem. Kuriér GLS príde zajtra.",
        "Nikdy nikomu nehovorte heslo ani kód zo SMS.",
        "Objednávka č. 55501234, PSČ 811 01 Bratislava.",
        "Cena 89,90 € s dopravou, doručenie 3. 4. 2025.",
        "Môžem vám zavolať cez aplikáciu obchodu, ak chcete.",
    ],
    "hu": [
        "A fizetés a piactéren keresztül megtörtént, köszönöm. A GLS futár holnap jön.",
        "Soha ne adja meg senkinek a jelszavát vagy az SMS-kódot.",
        "Rendelésszám: 7788123, irányítószám 1051 Budapest.",
        "Ár 12 990 Ft, szállítás 2025. 04. 12-én.",
        "A könyv az 1848-as forradalomról szól, jó állapotban van.",
        "Ezt a tálat örökségként kaptam a nagymamámtól.",
    ],
    "en": [
        "I paid with Revolut through the checkout, thanks. The delivery agent left a note.",
        "Never share your password or card details with anyone, the marketplace never asks.",
        "Order #112-4456789-1234567, tracking 1Z999AA10123456784, delivered 12/03/2025.",
        "The book on the French Revolution arrived, the inheritance tax chapter is great.",
        "Price is $1,299.00 including shipping to ZIP 10001.",
        "Could you call the courier? They have my number from the order already.",
        "Is the pico projector still available?",
        "Thanks, the link in your listing description to the manual works fine.",
    ],
}


def strip_accents(text: str) -> str:
    return "".join(
        c
        for c in unicodedata.normalize("NFKD", text.replace("ł", "l").replace("Ł", "L"))
        if not unicodedata.combining(c)
    )


_LEET = str.maketrans({"a": "4", "e": "3", "o": "0", "i": "1", "s": "$"})


def disguise(text: str, rng: random.Random) -> tuple[str, str]:
    """One disguise a writer might use, and its tag."""
    kind = rng.choice(("no_diacritics", "typo", "shout", "leet_word", "spaced_word"))
    if kind == "no_diacritics":
        return strip_accents(text), kind
    if kind == "shout":
        return text.upper(), kind
    words = text.split()
    candidates = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    if not candidates:
        return strip_accents(text).lower(), "no_diacritics"
    i = rng.choice(candidates)
    word = words[i]
    if kind == "typo":
        j = rng.randrange(1, len(word) - 1)
        word = word[:j] + word[j + 1] + word[j] + word[j + 2 :]
    elif kind == "leet_word":
        word = word.lower().translate(_LEET)
    else:
        word = " ".join(word)
    words[i] = word
    return " ".join(words), kind


def build_heldout(rng: random.Random) -> list[dict]:
    items = []
    for (category, lang), texts in BLOCK.items():
        for text in texts:
            items.append(
                {
                    "text": text,
                    "lang": lang,
                    "expected": "block",
                    "categories": [category],
                    "tags": [],
                }
            )
            variant, tag = disguise(text, rng)
            if variant != text:
                items.append(
                    {
                        "text": variant,
                        "lang": lang,
                        "expected": "block",
                        "categories": [category],
                        "tags": [tag],
                    }
                )
    for lang, texts in ALLOW.items():
        for text in texts:
            items.append(
                {
                    "text": text,
                    "lang": lang,
                    "expected": "allow",
                    "categories": [],
                    "tags": ["near_miss"],
                }
            )
    return items


# -- The ordinary-conversation set ------------------------------------------------------

PRODUCTS = {
    "pl": [
        "buty do biegania",
        "kurtkę zimową",
        "lampę biurkową",
        "zestaw klocków",
        "rower",
        "telefon",
        "książkę",
        "ekspres do kawy",
        "plecak",
        "słuchawki",
        "krzesło",
        "sukienkę",
    ],
    "cs": [
        "běžecké boty",
        "zimní bundu",
        "stolní lampu",
        "stavebnici",
        "kolo",
        "telefon",
        "knihu",
        "kávovar",
        "batoh",
        "sluchátka",
        "židli",
        "šaty",
    ],
    "sk": [
        "bežecké topánky",
        "zimnú bundu",
        "stolovú lampu",
        "stavebnicu",
        "bicykel",
        "telefón",
        "knihu",
        "kávovar",
        "batoh",
        "slúchadlá",
        "stoličku",
        "šaty",
    ],
    "hu": [
        "futócipőt",
        "télikabátot",
        "asztali lámpát",
        "építőkockát",
        "kerékpárt",
        "telefont",
        "könyvet",
        "kávéfőzőt",
        "hátizsákot",
        "fejhallgatót",
        "széket",
        "ruhát",
    ],
    "en": [
        "running shoes",
        "winter jacket",
        "desk lamp",
        "building set",
        "bike",
        "phone",
        "book",
        "coffee machine",
        "backpack",
        "headphones",
        "chair",
        "dress",
    ],
}
COURIERS = ["DPD", "InPost", "GLS", "DHL", "UPS", "PPL", "Packeta", "FedEx", "Magyar Posta"]
NAMES = [
    "Anna",
    "Piotr",
    "Jana",
    "Tomáš",
    "Zuzana",
    "Péter",
    "Eszter",
    "John",
    "Emily",
    "Marek",
    "Kata",
    "Lucia",
    "David",
    "Sarah",
    "Michał",
]
SURNAMES = ["Nowak", "Svoboda", "Horváth", "Smith", "Kováč", "Wiśniewska", "Tóth", "Brown"]


def _slots(rng: random.Random, lang: str) -> dict:
    day, month = rng.randint(1, 28), rng.randint(1, 12)
    return {
        "product": rng.choice(PRODUCTS[lang]),
        "courier": rng.choice(COURIERS),
        "order": rng.choice(
            [
                str(rng.randint(1000000, 99999999)),
                f"{rng.randint(100, 999)}-{rng.randint(1000000, 9999999)}-{rng.randint(1000000, 9999999)}",
                f"A{rng.randint(10000, 99999)}",
                f"2025/{rng.randint(1000, 9999)}",
            ]
        ),
        "price": rng.choice(
            [
                f"{rng.randint(5, 3000)} zł",
                f"{rng.randint(100, 30000)} Kč",
                f"{rng.randint(2, 900)},{rng.randint(10, 99)} €",
                f"{rng.randint(1, 90)} 990 Ft",
                f"${rng.randint(5, 2000)}.{rng.randint(10, 99)}",
                f"£{rng.randint(5, 500)}",
                f"{rng.randint(1, 9)} {rng.randint(100, 999)},00 zł",
            ]
        ),
        "tracking": rng.choice(
            [
                f"1Z{rng.randint(100, 999)}AA{rng.randint(10**9, 10**10 - 1)}",
                f"{rng.randint(10**13, 10**14 - 1)}",
                f"{rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} "
                f"{rng.randint(1000, 9999)}",
                f"RR{rng.randint(10**8, 10**9 - 1)}PL",
                f"Z{rng.randint(10**9, 10**10 - 1)}",
            ]
        ),
        "date": rng.choice(
            [
                f"{day}.{month}.2025",
                f"{day:02d}/{month:02d}/2025",
                f"2025-{month:02d}-{day:02d}",
                f"{day}. {month}. 2025",
                f"2025. {month:02d}. {day:02d}.",
            ]
        ),
        "postcode": rng.choice(
            [
                f"{rng.randint(10, 99)}-{rng.randint(100, 999)}",
                f"{rng.randint(100, 999)} {rng.randint(10, 99)}",
                f"{rng.randint(1000, 9999)}",
                f"{rng.randint(10000, 99999)}",
                "SW1A 1AA",
                "EC1A 1BB",
            ]
        ),
        "name": rng.choice(NAMES),
        "surname": rng.choice(SURNAMES),
        "qty": rng.randint(1, 12),
        "size": rng.choice(["38", "42", "44", "M", "L", "XL", "10.5", "EU 41"]),
        "hours": f"{rng.randint(8, 11)}:00–{rng.randint(15, 20)}:00",
        "amount": f"{rng.randint(1, 9)} {rng.randint(100, 999)},{rng.randint(10, 99)}",
    }


ORDINARY = {
    "pl": [
        "Dzień dobry, czy {product} jest jeszcze dostępny w rozmiarze {size}?",
        "Zamówienie nr {order} opłaciłem przez serwis, kiedy wysyłka?",
        "Paczka wyszła dziś kurierem {courier}, numer przesyłki {tracking}.",
        "Cena {price} jest ostateczna, ale dorzucę gratis etui.",
        "Dziękuję, wszystko doszło w porządku, polecam!",
        "Kurier dzwonił rano, niestety nie było mnie w domu. Czy można zamówić ponowne doręczenie?",
        "Czy mogę odebrać osobiście w {date}? Kod pocztowy {postcode}.",
        "Zwrot pieniędzy ({price}) został zlecony, powinien być na koncie w 3 dni robocze.",
        "Proszę o fakturę VAT na firmę, dane są w zamówieniu {order}.",
        "Mam pytanie o gwarancję na {product} — ile miesięcy?",
        "Zamawiam {qty} szt., czy będzie rabat?",
        "Link do instrukcji jest w opisie oferty, na samym dole.",
        "Płatność kartą przez serwis nie przeszła za pierwszym razem, ale teraz już działa.",
        "Wysyłamy w dni robocze w godzinach {hours}.",
        "Czy {product} ma oryginalne opakowanie? Planuję prezent na {date}.",
        "Konto w serwisie mam od lat, pierwszy raz mam taki problem z dostawą.",
        "Ta książka o rewolucji przemysłowej to świetny prezent, dziękuję.",
        "Mam kupon rabatowy, ale kwota {amount} zł się nie zmieniła, proszę sprawdzić.",
        "Paczkomat przy {postcode} był pełny, kurier zostawił u sąsiada.",
        "Odpiszę wieczorem, teraz jestem w pracy. Pozdrawiam, {name}",
    ],
    "cs": [
        "Dobrý den, je {product} ještě skladem ve velikosti {size}?",
        "Objednávku č. {order} jsem zaplatil přes obchod, kdy ji odešlete?",
        "Balík odešel dnes přes {courier}, číslo zásilky {tracking}.",
        "Cena {price} je konečná, ale přidám obal zdarma.",
        "Děkuji, vše dorazilo v pořádku, doporučuji!",
        "Kurýr mi volal, ale nebyl jsem doma. Jde objednat nové doručení?",
        "Můžu si to vyzvednout osobně {date}? PSČ {postcode}.",
        "Vrácení peněz ({price}) je zadané, na účtu budou do 3 pracovních dnů.",
        "Prosím o fakturu na firmu, údaje jsou v objednávce {order}.",
        "Jakou záruku má {product}?",
        "Objednávám {qty} ks, dáte slevu?",
        "Odkaz na návod je v popisu nabídky úplně dole.",
        "Odesíláme v pracovní dny {hours}.",
        "Kniha o sametové revoluci dorazila, děkuji.",
        "Zaplatil jsem kartou v obchodě, potvrzení přišlo e-mailem.",
        "Odpovím večer, teď jsem v práci. Zdraví {name}",
    ],
    "sk": [
        "Dobrý deň, je {product} ešte na sklade vo veľkosti {size}?",
        "Objednávku č. {order} som zaplatil cez obchod, kedy ju odošlete?",
        "Balík odišiel dnes cez {courier}, číslo zásielky {tracking}.",
        "Cena {price} je konečná, ale pridám obal zadarmo.",
        "Ďakujem, všetko prišlo v poriadku, odporúčam!",
        "Kuriér mi volal, ale nebol som doma. Dá sa objednať nové doručenie?",
        "Môžem si to vyzdvihnúť osobne {date}? PSČ {postcode}.",
        "Vrátenie peňazí ({price}) je zadané, na účte budú do 3 pracovných dní.",
        "Prosím faktúru na firmu, údaje sú v objednávke {order}.",
        "Akú záruku má {product}?",
        "Objednávam {qty} ks, dáte zľavu?",
        "Odkaz na návod je v popise ponuky úplne dole.",
        "Odosielame v pracovné dni {hours}.",
        "Zaplatil som kartou v obchode, potvrdenie prišlo e-mailom.",
        "Odpíšem večer, teraz som v práci. S pozdravom {name}",
    ],
    "hu": [
        "Jó napot, a {product} még kapható {size} méretben?",
        "A {order} számú rendelést kifizettem a piactéren, mikor postázzák?",
        "A csomag ma elindult a {courier} futárral, követési szám: {tracking}.",
        "Az ár {price}, ennél lejjebb nem tudok menni, de adok mellé tokot.",
        "Köszönöm, minden rendben megérkezett, ajánlom!",
        "A futár telefonált, de nem voltam otthon. Lehet új kézbesítést kérni?",
        "Személyesen átvehetem {date}-án? Irányítószám: {postcode}.",
        "A visszatérítés ({price}) elindult, 3 munkanapon belül a számláján lesz.",
        "Céges számlát kérek, az adatok a {order} rendelésben vannak.",
        "Mennyi a garancia a {product} esetében?",
        "{qty} darabot rendelek, kapok kedvezményt?",
        "A használati útmutató linkje a hirdetés leírásának alján van.",
        "Munkanapokon {hours} között postázunk.",
        "Kártyával fizettem a piactéren, a visszaigazolás e-mailben jött.",
        "Este válaszolok, most dolgozom. Üdv, {name}",
    ],
    "en": [
        "Hi, is the {product} still available in size {size}?",
        "I paid for order {order} through the checkout, when will it ship?",
        "Your parcel left today with {courier}, tracking number {tracking}.",
        "{price} is my final price, but I'll add a case for free.",
        "Thanks, everything arrived fine, would buy again!",
        "The courier called this morning but I was out. Can I book a redelivery?",
        "Can I collect it in person on {date}? My postcode is {postcode}.",
        "Your refund of {price} has been issued and should reach your account in 3 working days.",
        "Please send a VAT invoice, the company details are in order {order}.",
        "What warranty does the {product} come with?",
        "I'd like {qty} of these, is there a discount?",
        "The link to the manual is at the bottom of the listing description.",
        "We ship on working days between {hours}.",
        "I paid with Revolut via the marketplace, the payment shows as complete.",
        "The delivery agent left it with my neighbour at number {qty}.",
        "I'll reply tonight, I'm at work now. Cheers, {name}",
        "Hello,\n\nI received the {product} (order {order}) but one part is missing. Could you "
        "send it separately?\n\nBest regards,\n{name} {surname}\n\nSent from my iPhone",
        "Hi {name},\n\nThanks for the quick reply.\n\n> On {date}, {name} wrote:\n> The "
        "{product} ships tomorrow with {courier}.\n\nGreat, looking forward to it.\n\nKind "
        "regards,\n{surname}",
        "Dear seller,\n\nOrder summary:\nItem: {product}\nQty: {qty}\nTotal: {price}\nShipping: "
        "{courier}, tracking {tracking}\n\nPlease confirm the dispatch date.\n\nThank you,\n"
        "{name} {surname}",
        "This clock was part of my grandmother's inheritance, so please pack it carefully.",
        "Is the book about the Industrial Revolution a first edition?",
        "I tried to call the courier's hotline but nobody answered, can you check the status?",
        "My account on the site shows the order as paid ({price}), but the status says pending.",
        "Please don't ship before {date}, I'm away. Thanks, {name}",
        "--\n{name} {surname}\nProcurement, Example Ltd.\nThis e-mail and any attachments are "
        "confidential.\n\nHi, could you confirm the {product} order {order} for {qty} units?",
    ],
}


def build_ordinary(rng: random.Random, total: int = 2200) -> list[dict]:
    items = []
    per_lang = total // len(LANGS)
    seen = set()
    for lang in LANGS:
        templates = ORDINARY[lang]
        count = 0
        attempts = 0
        while count < per_lang and attempts < per_lang * 20:
            attempts += 1
            template = rng.choice(templates)
            text = template.format(**_slots(rng, lang))
            if rng.random() < 0.15:
                text = strip_accents(text)
            if text in seen:
                continue
            seen.add(text)
            items.append(
                {
                    "text": text,
                    "lang": lang,
                    "expected": "allow",
                    "categories": [],
                    "tags": ["ordinary"],
                }
            )
            count += 1
    return items


def main() -> None:
    rng = random.Random(20251205)
    heldout = build_heldout(rng)
    ordinary = build_ordinary(rng)
    for name, items in (("heldout.jsonl", heldout), ("ordinary.jsonl", ordinary)):
        with (HERE / name).open("w", encoding="utf-8") as handle:
            for item in items:
                handle.write(json.dumps(item, ensure_ascii=False) + "\n")
        print(name, len(items))


if __name__ == "__main__":
    main()
