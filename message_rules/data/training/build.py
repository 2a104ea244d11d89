# ruff: noqa: E501, S311 (word lists; a seeded generator for data, not for secrets)
"""Writes the model's training corpus (run: python message_rules/data/training/build.py).

Each line: {"text", "lang", "label" (a category or "clean"), "group" (the template it came
from: the model's calibration splits by it, so that its validation part holds phrasings
the fitted part never saw)}.

Kept apart from the held-out sets in `../heldout/` and `../heldout2/` (written first, by another hand, never
read here): phrasings per category and language from templates and slot fillers, with
registers, missing diacritics, typos and disguises, and at least as many hard negatives
(marketplace conversation that mentions payments, couriers, phone calls, accounts, money
and links legitimately). The rules' own labelled set (`../evaluation.jsonl`) is added by
the trainer, and so are staff labels from the review queue.
"""

import json
import random
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent

# Slot fillers. {amt}: a sum of money; {pct}: a share; {who}: a title; {n}: a small number.
FILL = {
    "amt": [
        "5 000 000 USD",
        "12,5 mln EUR",
        "$7.2 million",
        "3 500 000 GBP",
        "4 mld Ft",
        "900 000 euro",
        "2.8 million dollars",
        "15 milionów dolarów",
    ],
    "fee": ["150 EUR", "$250", "390 zł", "1200 Kč", "35 €", "25 000 Ft", "£80", "99 USD"],
    "pct": ["30%", "45 %", "50%", "25 procent", "40 százalék"],
    "small": ["1,99 zł", "2 Kč", "0,99 €", "150 Ft", "$1.50", "3,49 zł", "£1.20"],
    "site": [
        "super-okazje.com",
        "tanio-sklep.pl",
        "outlet-zlevy.cz",
        "akcia-dnes.sk",
        "olcso-bolt.hu",
        "best-price-deals.net",
        "my-shop.store",
        "fotos-album.eu",
        "bit.ly/4kP2xQ",
        "tinyurl.com/a8d7",
        "goo.gl/xy12",
        "shop-now.online",
    ],
    "mail": [
        "adam.w1990@gmail.com",
        "sklep.outlet@o2.pl",
        "karel88@seznam.cz",
        "predaj.sk@azet.sk",
        "nagy.anna@citromail.hu",
        "j.doe.sales@outlook.com",
        "kontakt@priv-shop.eu",
    ],
    "phone": [
        "+48 700 800 900",
        "698-111-444",
        "+420 777 123 456",
        "0903 456 789",
        "+36 20 555 1234",
        "06 70 123 4567",
        "+1 646 555 0199",
        "(415) 555-0123",
        "+44 7911 123456",
        "+49 151 23456789",
        "792 333 111",
        "+7 912 345-67-89",
        "+380 67 123 4567",
        "+1-202-555-0175",
        "44 161 496 0000",
    ],
    "app": ["whatsapp", "telegram", "viber", "signal", "messenger", "WA"],
}

P: dict[tuple[str, str], list[str]] = {
    ("off_platform", "pl"): [
        "napisz do mnie na {mail}",
        "mój numer {phone}",
        "zadzwoń {phone} to się dogadamy",
        "odezwij się na {app} {phone}",
        "sprzedam taniej poza serwisem, napisz prywatnie",
        "zamów bezpośrednio u mnie to bez prowizji",
        "przelej na konto a nie przez stronę",
        "kontakt mailowy: {mail}",
        "dogadamy się prywatnie, bez pośrednika",
        "omińmy portal, zapłać mi bezpośrednio",
        "wyślij pieniądze przelewem na moje konto",
        "tel. {phone} dzwonić po 17",
        "daj swój numer to oddzwonię",
        "kupisz ode mnie bez portalu taniej",
        "pogadajmy na {app}, tu nie odpisuję",
        "moj nr to {phone}",
        "lepiej załatwmy to poza platformą",
    ],
    ("off_platform", "cs"): [
        "napište mi na {mail}",
        "moje číslo {phone}",
        "zavolej mi {phone} a domluvíme se",
        "ozvi se na {app} {phone}",
        "prodám levněji mimo portál, napiš soukromě",
        "objednej přímo u mě bez provize",
        "pošli peníze na účet, ne přes obchod",
        "kontakt: {mail}",
        "domluvíme se soukromě bez prostředníka",
        "obejdeme portál, zaplať mi napřímo",
        "tel {phone} volat po 17 hodině",
        "dej mi číslo, zavolám ti",
        "koupíš ode mě mimo obchod levněji",
        "pišme si na {app}, tady neodpovídám",
    ],
    ("off_platform", "sk"): [
        "napíšte mi na {mail}",
        "moje číslo {phone}",
        "zavolaj mi {phone} a dohodneme sa",
        "ozvi sa na {app} {phone}",
        "predám lacnejšie mimo portálu, napíš súkromne",
        "objednaj priamo u mňa bez provízie",
        "pošli peniaze na účet, nie cez obchod",
        "kontakt: {mail}",
        "dohodneme sa súkromne bez sprostredkovateľa",
        "obídeme portál, zaplať mi napriamo",
        "tel {phone} volať po 17",
        "daj mi číslo, zavolám ti",
        "kúpiš odo mňa mimo obchodu lacnejšie",
        "píšme si na {app}, tu neodpisujem",
    ],
    ("off_platform", "hu"): [
        "írj nekem a {mail} címre",
        "a számom {phone}",
        "hívj a {phone} számon, megbeszéljük",
        "keress {app}-on: {phone}",
        "olcsóbban adom a portálon kívül, írj privátban",
        "rendelj közvetlenül tőlem jutalék nélkül",
        "utald a számlámra, ne az oldalon át",
        "elérhetőség: {mail}",
        "megegyezünk magánban, közvetítő nélkül",
        "kerüljük meg a portált, fizess nekem közvetlenül",
        "tel {phone} 17 óra után",
        "add meg a számod, visszahívlak",
        "vedd meg tőlem az oldalon kívül olcsóbban",
        "írj {app}-on, itt nem válaszolok",
    ],
    ("off_platform", "en"): [
        "email me at {mail}",
        "my number is {phone}",
        "give me a call on {phone}",
        "hit me up on {app} {phone}",
        "I can do it cheaper outside the site, message me privately",
        "order straight from me and avoid the commission",
        "wire the money to my account, not the site",
        "contact: {mail}",
        "let's deal privately without the middleman",
        "skip the platform and pay me direct",
        "tel {phone} after 5pm",
        "drop me your number and I'll ring you",
        "buy from me off-site, it's cheaper",
        "talk to me on {app}, I don't reply here",
        "paypal friends and family to {mail}",
    ],
    ("external_link", "pl"): [
        "zobacz tutaj {site}",
        "więcej info na https://{site}",
        "kupisz taniej na www.{site}",
        "zapłać przez link {site}",
        "zdjęcia wrzuciłem na {site}/foto",
    ],
    ("external_link", "cs"): [
        "podívej se na {site}",
        "více info na https://{site}",
        "levněji na www.{site}",
        "zaplať přes odkaz {site}",
        "fotky jsou na {site}/galerie",
    ],
    ("external_link", "sk"): [
        "pozri sa na {site}",
        "viac info na https://{site}",
        "lacnejšie na www.{site}",
        "zaplať cez odkaz {site}",
        "fotky sú na {site}/galeria",
    ],
    ("external_link", "hu"): [
        "nézd meg itt: {site}",
        "további infó: https://{site}",
        "olcsóbban a www.{site} oldalon",
        "fizess ezen a linken: {site}",
        "a képek a {site}/kepek oldalon",
    ],
    ("external_link", "en"): [
        "have a look at {site}",
        "more info at https://{site}",
        "cheaper at www.{site}",
        "pay using this link {site}",
        "photos uploaded to {site}/pics",
    ],
    ("scam", "pl"): [
        "Jestem bankierem, na koncie mojego zmarłego klienta leży {amt}, brak spadkobierców. "
        "Proponuję podział {pct}, potrzebuję tylko opłaty {fee} za dokumenty.",
        "Pilne i poufne: fundusz {amt} czeka na transfer, wyślij opłatę {fee} i swoje dane",
        "wygrałeś nagrodę! aby odebrać, wpłać {fee} za przesyłkę",
        "twoja przesyłka czeka na dopłatę {small}, kliknij i zapłać",
        "cło do zapłaty {fee}, bez tego paczka nie zostanie wydana",
        "gwarantowany zysk {pct} tygodniowo, inwestycja w kryptowaluty",
        "jestem wdową i chcę przekazać {amt} na cele charytatywne przez Ciebie",
        "jestem lekarzem z ONZ, potrzebuję pieniędzy na bilet, oddam {amt}",
        "rodzina królewska chce zainwestować {amt} w Twoim kraju, potrzebny partner",
        "odblokuj swoje konto wpłacając {small} weryfikacyjnie",
        "dostaniesz {pct} z {amt} jeśli pomożesz w przelewie, opłata {fee}",
        "spadek po dalekim krewnym {amt}, opłać notariusza {fee}",
    ],
    ("scam", "cs"): [
        "Jsem bankéř, na účtu mého zesnulého klienta leží {amt} bez dědiců. Nabízím {pct}, "
        "stačí poplatek {fee} za dokumenty.",
        "Naléhavé a důvěrné: fond {amt} čeká na převod, pošlete poplatek {fee}",
        "vyhrál jsi cenu! pro vyzvednutí zaplať {fee} za dopravu",
        "tvoje zásilka čeká na doplatek {small}, klikni a zaplať",
        "clo k úhradě {fee}, jinak balík nevydáme",
        "garantovaný zisk {pct} týdně, investice do kryptoměn",
        "jsem vdova a chci darovat {amt} na charitu přes vás",
        "dostanete {pct} z {amt}, když pomůžete s převodem, poplatek {fee}",
        "dědictví po vzdáleném příbuzném {amt}, zaplaťte notáři {fee}",
        "odblokujte účet ověřovací platbou {small}",
    ],
    ("scam", "sk"): [
        "Som bankár, na účte môjho zosnulého klienta je {amt} bez dedičov. Ponúkam {pct}, "
        "stačí poplatok {fee} za dokumenty.",
        "Naliehavé a dôverné: fond {amt} čaká na prevod, pošlite poplatok {fee}",
        "vyhral si cenu! na vyzdvihnutie zaplať {fee} za dopravu",
        "tvoja zásielka čaká na doplatok {small}, klikni a zaplať",
        "clo na úhradu {fee}, inak balík nevydáme",
        "garantovaný zisk {pct} týždenne, investícia do kryptomien",
        "som vdova a chcem darovať {amt} na charitu cez vás",
        "dostanete {pct} z {amt}, ak pomôžete s prevodom, poplatok {fee}",
        "dedičstvo po vzdialenom príbuznom {amt}, zaplaťte notárovi {fee}",
        "odblokujte účet overovacou platbou {small}",
    ],
    ("scam", "hu"): [
        "Bankár vagyok, elhunyt ügyfelem számláján {amt} van örökös nélkül. {pct}-ot ajánlok, "
        "csak {fee} iratdíjat kell fizetni.",
        "Sürgős és bizalmas: {amt} alap vár átutalásra, küldje el a {fee} díjat",
        "nyereményt nyertél! az átvételhez fizess {fee} szállítási díjat",
        "a csomagod {small} pótdíjra vár, kattints és fizess",
        "fizetendő vám {fee}, különben nem adjuk ki a csomagot",
        "garantált {pct} heti hozam, kriptobefektetés",
        "özvegy vagyok és {amt}-t szeretnék jótékonyságra adni önön keresztül",
        "{pct}-ot kap a {amt}-ból, ha segít az átutalásban, díj {fee}",
        "távoli rokon öröksége {amt}, fizesse ki a közjegyzőt: {fee}",
        "oldja fel a fiókját egy {small} ellenőrző befizetéssel",
    ],
    ("scam", "en"): [
        "I am a bank manager; my late client left {amt} with no heirs. I propose a {pct} share, "
        "you only pay {fee} for the paperwork.",
        "URGENT AND CONFIDENTIAL: a fund of {amt} awaits transfer, send the {fee} fee and your details",
        "you've won a prize! to claim it pay {fee} for delivery",
        "your parcel is waiting for a {small} payment, click and pay",
        "import duty of {fee} is due or the parcel will not be released",
        "guaranteed {pct} weekly profit, crypto investment",
        "I am a widow and want to give {amt} to charity through you",
        "you get {pct} of {amt} if you help with the transfer, fee {fee}",
        "inheritance from a distant relative of {amt}, pay the notary {fee}",
        "unlock your account with a verification payment of {small}",
        "kindly send your bank details and the clearance fee of {fee} to release {amt}",
        "Greetings beloved, I am a UN doctor stuck abroad, send {fee} and I will repay {amt}",
    ],
    ("credentials_request", "pl"): [
        "wyślij kod blik",
        "podaj numer karty kredytowej",
        "jakie masz hasło do konta?",
        "przepisz kod z sms",
        "podaj trzy cyfry z tyłu karty",
        "potrzebuję twojego loginu",
        "daj dane do logowania do banku",
        "prześlij zdjęcie karty z obu stron",
        "podaj PIN do karty",
        "kod autoryzacyjny z aplikacji banku mi podaj",
    ],
    ("credentials_request", "cs"): [
        "pošli kód z sms",
        "zadej číslo platební karty",
        "jaké máš heslo k účtu?",
        "opiš ověřovací kód",
        "napiš tři čísla ze zadní strany karty",
        "potřebuji tvoje přihlašovací jméno",
        "dej mi údaje k internetovému bankovnictví",
        "pošli fotku karty z obou stran",
        "napiš PIN ke kartě",
    ],
    ("credentials_request", "sk"): [
        "pošli kód zo sms",
        "zadaj číslo platobnej karty",
        "aké máš heslo k účtu?",
        "odpíš overovací kód",
        "napíš tri čísla zo zadnej strany karty",
        "potrebujem tvoje prihlasovacie meno",
        "daj mi údaje k internet bankingu",
        "pošli fotku karty z oboch strán",
        "napíš PIN ku karte",
    ],
    ("credentials_request", "hu"): [
        "küldd el az sms kódot",
        "add meg a bankkártya számát",
        "mi a jelszavad a fiókhoz?",
        "írd be az ellenőrző kódot ide",
        "írd meg a kártya hátulján lévő három számot",
        "kell a felhasználóneved",
        "add meg a netbank belépési adatait",
        "küldj fotót a kártyáról mindkét oldalról",
        "írd meg a kártya PIN kódját",
    ],
    ("credentials_request", "en"): [
        "send me the code from the text",
        "enter your credit card number here",
        "what's your account password?",
        "type the verification code you received",
        "tell me the security code on the back",
        "I need your login",
        "give me your bank login details",
        "send a photo of both sides of your card",
        "what is your card PIN?",
        "share the OTP please",
        "card number, expiry and cvv please",
    ],
    ("profanity", "pl"): [
        "kurwa mać",
        "chuj ci w dupę",
        "pierdol się",
        "ty głupi chuju",
        "zajebię cię",
        "skurwiel jeden",
        "wypierdalaj",
        "ty cwelu",
        "jebany złodziej",
    ],
    ("profanity", "cs"): [
        "kurva práce",
        "vyser si oko",
        "ty kreténe",
        "zmrde jeden",
        "jdi do prdele",
        "ty čuráku",
        "debilní prodejce",
        "hajzl zlodějská",
    ],
    ("profanity", "sk"): [
        "kurva robota",
        "ty kretén",
        "chod do riti",
        "ty kokot",
        "jebem ti",
        "debilný predajca",
        "ty hajzel zlodejský",
        "skurvysyn",
    ],
    ("profanity", "hu"): [
        "bazd meg",
        "te barom",
        "kurva élet",
        "te szemét geci",
        "anyád",
        "te idióta fasz",
        "menj a picsába",
        "szarházi",
    ],
    ("profanity", "en"): [
        "fuck off",
        "you idiot",
        "shit service",
        "damn scumbag",
        "piss off",
        "you bitch",
        "asshole seller",
        "motherfucker",
        "what the fuck is this",
    ],
    ("prohibited_item", "pl"): [
        "mam do sprzedania broń palną",
        "sprzedam naboje",
        "mam zioło",
        "dorzucę wódkę",
        "sprzedam papierosy bez akcyzy",
        "mam leki na receptę bez recepty",
    ],
    ("prohibited_item", "cs"): [
        "prodám střelnou zbraň",
        "mám náboje",
        "mám trávu",
        "přidám slivovici",
        "cigarety bez kolku",
        "léky na předpis bez receptu",
    ],
    ("prohibited_item", "sk"): [
        "predám strelnú zbraň",
        "mám náboje",
        "mám trávu",
        "pridám borovičku",
        "cigarety bez kolku",
        "lieky na predpis bez receptu",
    ],
    ("prohibited_item", "hu"): [
        "lőfegyvert árulok",
        "van töltényem",
        "van füvem",
        "adok mellé pálinkát",
        "zárjegy nélküli cigi",
        "vényköteles gyógyszer recept nélkül",
    ],
    ("prohibited_item", "en"): [
        "selling a firearm",
        "I have bullets",
        "got some weed",
        "I'll add whiskey",
        "untaxed cigarettes",
        "prescription pills without prescription",
    ],
}

# Hard negatives: ordinary marketplace lines that mention the same things legitimately.
N = {
    "pl": [
        "płatność przez serwis, bez problemu",
        "kurier {courier} dzwonił przed dostawą",
        "zadzwonię do kuriera i zapytam",
        "konto w banku pokazuje już przelew ze sklepu",
        "link do śledzenia przyszedł mailem od serwisu",
        "wygrałem licytację, kiedy wysyłka?",
        "to prezent z okazji spadku ceny",
        "nie podawaj nikomu hasła, serwis nigdy o nie nie prosi",
        "numer zamówienia {order}, kwota {price}",
        "wysyłka {date}, paczkomat {postcode}",
        "czy mogę zapłacić kartą w serwisie?",
        "kod rabatowy nie działa",
        "dostałem kod odbioru z paczkomatu, dziękuję",
        "faktura przyszła, wszystko się zgadza",
        "kupiłem książkę o rewolucji",
        "nie ma problemu, zwrot w 14 dni",
        "cena do negocjacji tutaj w serwisie",
        "przesyłka nr {tracking} jest w drodze",
        "proszę o kontakt przez wiadomości na stronie",
        "odbiór osobisty możliwy w sobotę",
        "mam konto premium, darmowa dostawa?",
        "świetny kontakt, polecam sprzedawcę",
    ],
    "cs": [
        "platba přes obchod, bez problému",
        "kurýr {courier} volal před doručením",
        "zavolám kurýrovi a zeptám se",
        "na účtu už vidím platbu z obchodu",
        "odkaz ke sledování přišel e-mailem od obchodu",
        "vyhrál jsem aukci, kdy odešlete?",
        "nikomu nesdělujte heslo, obchod o něj nikdy nežádá",
        "číslo objednávky {order}, částka {price}",
        "odeslání {date}, PSČ {postcode}",
        "můžu zaplatit kartou v obchodě?",
        "slevový kód nefunguje",
        "faktura dorazila, vše sedí",
        "koupil jsem knihu o revoluci",
        "vrácení do 14 dnů",
        "zásilka č. {tracking} je na cestě",
        "osobní odběr v sobotu",
        "napište mi prosím tady přes zprávy",
        "skvělá komunikace, doporučuji",
    ],
    "sk": [
        "platba cez obchod, bez problému",
        "kuriér {courier} volal pred doručením",
        "zavolám kuriérovi a spýtam sa",
        "na účte už vidím platbu z obchodu",
        "odkaz na sledovanie prišiel e-mailom od obchodu",
        "vyhral som aukciu, kedy odošlete?",
        "nikomu nehovorte heslo, obchod ho nikdy nežiada",
        "číslo objednávky {order}, suma {price}",
        "odoslanie {date}, PSČ {postcode}",
        "môžem zaplatiť kartou v obchode?",
        "zľavový kód nefunguje",
        "faktúra prišla, všetko sedí",
        "kúpil som knihu o revolúcii",
        "vrátenie do 14 dní",
        "zásielka č. {tracking} je na ceste",
        "osobný odber v sobotu",
        "napíšte mi prosím tu cez správy",
        "skvelá komunikácia, odporúčam",
    ],
    "hu": [
        "fizetés a piactéren, semmi gond",
        "a {courier} futár telefonált kézbesítés előtt",
        "felhívom a futárt és megkérdezem",
        "a számlámon már látom a bolt utalását",
        "a nyomkövetési linket a piactér küldte e-mailben",
        "megnyertem az aukciót, mikor küldöd?",
        "senkinek ne add meg a jelszavad, a piactér soha nem kéri",
        "rendelésszám {order}, összeg {price}",
        "feladás {date}, irányítószám {postcode}",
        "fizethetek kártyával a piactéren?",
        "a kuponkód nem működik",
        "megjött a számla, minden stimmel",
        "vettem egy könyvet a forradalomról",
        "visszaküldés 14 napon belül",
        "a {tracking} csomag úton van",
        "személyes átvétel szombaton",
        "kérlek itt írj az üzenetekben",
        "remek kommunikáció, ajánlom",
    ],
    "en": [
        "paid through the site, no problem",
        "the {courier} driver called before delivery",
        "I'll phone the courier and ask",
        "my bank account already shows the marketplace payment",
        "the tracking link came by email from the marketplace",
        "I won the auction, when will you ship?",
        "never share your password, the marketplace will never ask for it",
        "order number {order}, amount {price}",
        "dispatch {date}, postcode {postcode}",
        "can I pay by card at checkout?",
        "the discount code doesn't work",
        "invoice received, all correct",
        "bought a book about the revolution",
        "returns within 14 days",
        "parcel {tracking} is on its way",
        "collection on Saturday",
        "please message me here through the site",
        "great communication, recommended",
        "the delivery agent was very polite",
        "this was my aunt's inheritance, handle with care",
        "Revolut payment went through the checkout",
        "Thanks!\n\n> On {date} you wrote:\n> shipped today\n\nRegards,\n{name}",
        "Best wishes,\n{name}\nSent from my phone",
        "the pico projector came with a remote",
        "the account page says the refund of {price} is done",
    ],
}


# More kinds of fraud and requests, each in its own words (a second writer's phrasings).
MORE: dict[tuple[str, str], list[str]] = {
    ("scam", "pl"): [
        "przesyłka czeka w magazynie celnym, uregulowanie należności {small} jest konieczne",
        "nieudana próba doręczenia, opłać dopłatę {small} aby ustalić nowy termin",
        "pomnóż swoje oszczędności, inwestycja w kryptowaluty daje {pct} miesięcznie",
        "firma odzyskująca środki: odzyskamy skradzione bitcoiny po wpłacie zaliczki",
        "weryfikacja konta wymaga symbolicznej wpłaty {small}, inaczej blokada",
        "jestem wojskowym za granicą, mam depozyt w złocie, pomóż mi go wysłać",
        "twój zwrot jest wstrzymany, opłać podatek {fee} aby go odblokować",
        "zapłaciłem za dużo, odeślij różnicę {fee} na konto mojego agenta",
    ],
    ("scam", "cs"): [
        "zásilka čeká v celním skladu, je nutné uhradit poplatek {small}",
        "neúspěšné doručení, uhraďte doplatek {small} a zvolte nový termín",
        "znásobte své úspory, kryptoměny vynáší {pct} měsíčně",
        "vymáháme zpět ukradené kryptoměny po zaplacení zálohy",
        "ověření účtu vyžaduje platbu {small}, jinak bude zablokován",
        "jsem voják v zahraničí, mám zlato v úschově a potřebuji pomoc s odesláním",
        "vaše vrácení peněz je pozastaveno, zaplaťte daň {fee}",
        "zaplatil jsem víc, pošlete rozdíl {fee} mému agentovi",
    ],
    ("scam", "sk"): [
        "zásielka čaká v colnom sklade, je nutné uhradiť poplatok {small}",
        "neúspešné doručenie, uhraďte doplatok {small} a zvoľte nový termín",
        "znásobte svoje úspory, kryptomeny vynášajú {pct} mesačne",
        "vymôžeme späť ukradnuté kryptomeny po zaplatení zálohy",
        "overenie účtu vyžaduje platbu {small}, inak bude zablokovaný",
        "som vojak v zahraničí, mám zlato v úschove a potrebujem pomoc s odoslaním",
        "vaše vrátenie peňazí je pozastavené, zaplaťte daň {fee}",
        "zaplatil som viac, pošlite rozdiel {fee} môjmu agentovi",
    ],
    ("scam", "hu"): [
        "a küldemény a vámraktárban vár, {small} díjat kell rendezni",
        "sikertelen kézbesítés, fizesse ki a {small} pótdíjat és válasszon új időpontot",
        "sokszorozd meg a megtakarításod, a kripto havi {pct} hozamot ad",
        "visszaszerezzük az ellopott bitcoinokat előleg befizetése után",
        "a fiók ellenőrzéséhez {small} befizetés szükséges, különben letiltjuk",
        "katona vagyok külföldön, aranyat őrzök és segítség kell az elküldéséhez",
        "a visszatérítésed fel van függesztve, fizess {fee} adót",
        "többet fizettem, küldd vissza a {fee} különbözetet az ügynökömnek",
    ],
    ("scam", "en"): [
        "your shipment is in the customs warehouse, settle the outstanding {small} charge",
        "delivery attempt failed, pay the {small} surcharge and choose a new slot",
        "multiply your savings, crypto trading pays {pct} a month",
        "asset recovery service: we get back stolen bitcoin after a deposit",
        "account verification requires a {small} payment or it will be suspended",
        "I'm a serviceman overseas holding gold bars and need help shipping them",
        "your refund is on hold until you pay a {fee} tax",
        "I overpaid, send the {fee} difference to my agent",
    ],
    ("credentials_request", "pl"): [
        "przepisz jednorazowy kod, który dostałeś",
        "podaj datę ważności karty i cvv",
        "potrzebuję kodu weryfikacyjnego z wiadomości",
        "jaki jest twój login do banku",
    ],
    ("credentials_request", "cs"): [
        "opiš jednorázový kód, co ti přišel",
        "napiš datum platnosti karty a cvv",
        "potřebuji ověřovací kód ze zprávy",
        "jaké je tvoje přihlášení do banky",
    ],
    ("credentials_request", "sk"): [
        "odpíš jednorazový kód, čo ti prišiel",
        "napíš dátum platnosti karty a cvv",
        "potrebujem overovací kód zo správy",
        "aké je tvoje prihlásenie do banky",
    ],
    ("credentials_request", "hu"): [
        "írd be az egyszer használatos kódot",
        "add meg a kártya lejáratát és a cvv-t",
        "kell az ellenőrző kód az üzenetből",
        "mi a netbankos azonosítód",
    ],
    ("credentials_request", "en"): [
        "read me the one-time code you received",
        "card expiry date and security code please",
        "I need the verification code from the message",
        "what's your online banking username",
        "send the passcode from your banking app",
    ],
    ("off_platform", "cs"): ["vyřídíme to mezi sebou mimo obchod", "dohodneme se jinde, ne tady"],
    ("off_platform", "sk"): ["vybavíme to medzi sebou mimo obchodu", "kúp to rovno u mňa"],
    ("off_platform", "en"): ["let's settle this between us, away from the site"],
    ("profanity", "cs"): ["kurvafix", "do hajzlu"],
    ("profanity", "hu"): ["büdös kurva"],
    ("prohibited_item", "hu"): ["van eladó füvem", "fű eladó"],
    ("prohibited_item", "en"): ["selling ammo", "cocaine for sale"],
}
for key, templates in MORE.items():
    P.setdefault(key, []).extend(templates)

N["pl"] += [
    "ile kosztuje wysyłka za granicę? cło zapłacę sam",
    "paczka utknęła w sortowni, kurier dostarczy jutro",
    "inwestuję w nowe zdjęcia ofert",
    "kod odbioru z paczkomatu przyszedł sms-em",
    "data ważności produktu to {date}",
    "złoto próby 585, pierścionek jak na zdjęciu",
]
N["cs"] += [
    "kolik stojí doprava do zahraničí? clo zaplatím sám",
    "balík uvízl na depu, zítra dorazí",
    "kód pro vyzvednutí přišel SMS",
    "zlato 585, prsten jako na fotce",
]
N["sk"] += [
    "koľko stojí doprava do zahraničia? clo zaplatím sám",
    "balík uviazol na depe, zajtra príde",
    "kód na vyzdvihnutie prišiel SMS",
    "zlato 585, prsteň ako na fotke",
]
N["hu"] += [
    "mennyi a szállítás külföldre? a vámot kifizetem",
    "a csomag elakadt a depóban, holnap jön",
    "az átvételi kód SMS-ben jött",
    "585-ös arany, a gyűrű olyan mint a képen",
]
N["en"] += [
    "how much is shipping abroad? I'll pay any customs myself",
    "the parcel got stuck at the depot, arriving tomorrow",
    "the locker pickup code came by text",
    "9ct gold ring as pictured",
    "the soldier figurines are die-cast",
    "the expiry date on the box is {date}",
]

# Refunds, returns and haggling: ordinary, and close to how frauds talk about money.
N["pl"] += [
    "zwrot {price} zlecony, pieniądze wrócą na konto w kilka dni",
    "taniej nie dam, ale dorzucę pokrowiec",
    "środki za zwrot zostały przekazane na twoje konto",
    "mogę zejść do {price}, niżej nie",
]
N["cs"] += [
    "vrácení {price} zadáno, peníze budou na účtu do pár dní",
    "levněji to nedám, ale přidám obal",
    "peníze za vrácení byly poslány na váš účet",
    "můžu jít na {price}, níž ne",
]
N["sk"] += [
    "vrátenie {price} zadané, peniaze budú na účte o pár dní",
    "lacnejšie to nedám, ale pridám obal",
    "peniaze za vrátenie boli poslané na váš účet",
    "môžem ísť na {price}, nižšie nie",
]
N["hu"] += [
    "a {price} visszatérítés elindult, pár nap múlva a számládon lesz",
    "olcsóbban nem adom, de adok mellé egy tokot",
    "a visszatérítést átutaltuk a számládra",
    "le tudok menni {price}-ra, lejjebb nem",
]
N["en"] += [
    "your refund of {price} is processed and will show in your account within days",
    "can't go lower, but I'll include a cover",
    "the return was received and your money is on its way back to your card",
    "I can do {price}, not lower",
    "your account has been credited with the refund",
]

COURIERS = ["DPD", "InPost", "GLS", "DHL", "UPS", "PPL", "Zásilkovna", "Royal Mail", "Foxpost"]
NAMES = ["Ola", "Karel", "Milan", "Ágnes", "Chris", "Laura", "Jakub", "Réka", "Ben"]


def _neg_slots(rng: random.Random) -> dict:
    return {
        "courier": rng.choice(COURIERS),
        "order": rng.choice(
            [
                str(rng.randint(10**5, 10**9)),
                f"#{rng.randint(1000, 99999)}",
                f"{rng.randint(10, 99)}-{rng.randint(10**5, 10**6)}",
            ]
        ),
        "price": rng.choice(
            [
                f"{rng.randint(9, 5000)} zł",
                f"{rng.randint(50, 9000)} Kč",
                f"{rng.randint(3, 800)} €",
                f"{rng.randint(1000, 90000)} Ft",
                f"${rng.randint(3, 900)}",
            ]
        ),
        "date": rng.choice(
            [
                f"{rng.randint(1, 28)}.{rng.randint(1, 12)}.",
                f"{rng.randint(1, 28)}/{rng.randint(1, 12)}",
                f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            ]
        ),
        "postcode": rng.choice(
            [
                f"{rng.randint(10, 99)}-{rng.randint(100, 999)}",
                f"{rng.randint(1000, 9999)}",
                f"{rng.randint(100, 999)} 0{rng.randint(0, 9)}",
            ]
        ),
        "tracking": rng.choice(
            [
                f"{rng.randint(10**11, 10**12)}",
                f"JJD{rng.randint(10**10, 10**11)}",
                f"CZ{rng.randint(10**7, 10**8)}",
            ]
        ),
        "name": rng.choice(NAMES),
    }


def strip_accents(text: str) -> str:
    return "".join(
        c
        for c in unicodedata.normalize("NFKD", text.replace("ł", "l").replace("Ł", "L"))
        if not unicodedata.combining(c)
    )


def _vary(text: str, rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.3:
        text = strip_accents(text)
    if rng.random() < 0.3:
        text = text.lower()
    if rng.random() < 0.15:
        words = text.split()
        i = rng.randrange(len(words))
        if len(words[i]) > 3:
            w = words[i]
            j = rng.randrange(1, len(w) - 1)
            words[i] = w[:j] + w[j + 1 :]
        text = " ".join(words)
    if rng.random() < 0.2:
        text = rng.choice(["Dzień dobry, ", "Dobrý den, ", "Hi, ", "Szia! ", "Ahoj, ", ""]) + text
    if rng.random() < 0.2:
        text = text + rng.choice([" :)", " !!!", " ok?", ".", " pozdrawiam", " díky", " thx"])
    return text


LEET = str.maketrans({"a": "4", "e": "3", "o": "0", "i": "1", "s": "$", "l": "1"})


def _disguise(text: str, rng: random.Random) -> str:
    """Now and then one word of a positive line disguised as writers do to slip past a
    filter: leetspeak, letters spaced or dotted apart, a letter doubled."""
    if rng.random() >= 0.15:
        return text
    words = text.split()
    long = [i for i, w in enumerate(words) if len(w) >= 4 and w.isalpha()]
    if not long:
        return text
    i = rng.choice(long)
    word = words[i]
    kind = rng.randrange(4)
    if kind == 0:
        words[i] = word.lower().translate(LEET)
    elif kind == 1:
        words[i] = " ".join(word)
    elif kind == 2:
        words[i] = ".".join(word)
    else:
        j = rng.randrange(len(word))
        words[i] = word[:j] + word[j] * 3 + word[j + 1 :]
    return " ".join(words)


# Short chat lines: clean, two to eight words, the bulk of real marketplace chat. Without
# them the model had seen few short clean texts and read a colour or a small number as a
# category ("Do you also have it in blue?" -> prohibited_item 0.77). Written for training
# with their own frames and words (products, materials, fit, pickup, replies); the
# held-out sets were not looked at for them.
SHORT = {
    "pl": [
        "{colour2} też jest?",
        "ta {item} {colour}, ile kosztuje?",
        "z czego jest {item}?",
        "ile waży {item}?",
        "jakie wymiary ma {item}?",
        "{item} jest nowa czy używana?",
        "poproszę {n} szt",
        "{n} szt. w {colour2} proszę",
        "zamówienie {order} opłacone",
        "{order} - kiedy dojdzie?",
        "a co z moim zamówieniem {order}?",
        "paczka jeszcze w drodze?",
        "jutro odbiorę",
        "odbiorę w {day}",
        "dziękuję bardzo",
        "ok, super",
        "tak",
        "nie, dziękuję",
        "rozumiem",
        "świetnie, czekam",
        "{price}?",
        "za {price} wezmę",
        "czy {item} pasuje na {size}?",
        "rozmiarówka zgodna?",
        "jeszcze raz, numer {order}",
        "znowu nic, {n} dzień czekam",
        "halo?",
        "przepraszam, pomyłka",
        "dostałam {item}, dzięki",
        "czy {item} ma gwarancję?",
    ],
    "cs": [
        "{colour2} taky máte?",
        "ta {item} v {colour}, kolik stojí?",
        "z čeho je {item}?",
        "kolik váží {item}?",
        "jaké rozměry má {item}?",
        "{item} je nová nebo použitá?",
        "prosím {n} ks",
        "{n} ks v {colour2} prosím",
        "objednávka {order} zaplacena",
        "{order} - kdy dorazí?",
        "co moje objednávka {order}?",
        "balík ještě na cestě?",
        "zítra vyzvednu",
        "vyzvednu v {day}",
        "moc děkuji",
        "ok, super",
        "ano",
        "ne, děkuji",
        "rozumím",
        "výborně, čekám",
        "{price}?",
        "za {price} beru",
        "sedí {item} na {size}?",
        "velikosti odpovídají?",
        "ještě jednou, číslo {order}",
        "zase nic, čekám {n}. den",
        "haló?",
        "pardon, omyl",
        "{item} dorazila, díky",
        "má {item} záruku?",
    ],
    "sk": [
        "{colour2} tiež máte?",
        "tá {item} v {colour}, koľko stojí?",
        "z čoho je {item}?",
        "koľko váži {item}?",
        "aké rozmery má {item}?",
        "{item} je nová alebo použitá?",
        "prosím {n} ks",
        "{n} ks v {colour2} prosím",
        "objednávka {order} zaplatená",
        "{order} - kedy príde?",
        "čo moja objednávka {order}?",
        "balík ešte na ceste?",
        "zajtra vyzdvihnem",
        "vyzdvihnem v {day}",
        "veľmi pekne ďakujem",
        "ok, super",
        "áno",
        "nie, ďakujem",
        "rozumiem",
        "výborne, čakám",
        "{price}?",
        "za {price} beriem",
        "sedí {item} na {size}?",
        "veľkosti sedia?",
        "ešte raz, číslo {order}",
        "zase nič, čakám {n}. deň",
        "haló?",
        "prepáčte, omyl",
        "{item} prišla, vďaka",
        "má {item} záruku?",
    ],
    "hu": [
        "{colour2} is van?",
        "a {colour} {item} mennyi?",
        "miből van a {item}?",
        "mennyi a {item} súlya?",
        "mekkora a {item}?",
        "a {item} új vagy használt?",
        "{n} db-ot kérek",
        "{n} db {colour2} színben kérem",
        "a {order} rendelés kifizetve",
        "{order} - mikor ér ide?",
        "mi van a {order} rendelésemmel?",
        "úton van még a csomag?",
        "holnap átveszem",
        "{day} átveszem",
        "nagyon köszönöm",
        "ok, szuper",
        "igen",
        "nem, köszönöm",
        "értem",
        "remek, várom",
        "{price}?",
        "{price}-ért viszem",
        "jó a {item} {size} méretre?",
        "a méretek stimmelnek?",
        "még egyszer, szám: {order}",
        "megint semmi, {n}. napja várok",
        "halló?",
        "bocsánat, tévedés",
        "megjött a {item}, köszi",
        "van garancia a {item}ra?",
    ],
    "en": [
        "{colour2} one too?",
        "how much for the {colour} {item}?",
        "what is the {item} made of?",
        "how heavy is the {item}?",
        "what are the dimensions of the {item}?",
        "is the {item} new or used?",
        "{n} please",
        "{n} in {colour2} please",
        "order {order} paid",
        "{order} - when will it arrive?",
        "any news on order {order}?",
        "is the parcel still on its way?",
        "I'll collect tomorrow",
        "I'll pick up on {day}",
        "thank you so much",
        "ok, great",
        "yes",
        "no, thanks",
        "understood",
        "brilliant, will wait",
        "{price}?",
        "I'll take it for {price}",
        "will the {item} fit a {size}?",
        "sizes true to fit?",
        "once more, number {order}",
        "still nothing, day {n} of waiting",
        "hello?",
        "sorry, my mistake",
        "the {item} arrived, thanks",
        "does the {item} have a warranty?",
    ],
}
SHORT_FILL = {
    "pl": {
        "item": ["kurtka", "torba", "lampa", "bluza", "czapka", "walizka", "sukienka"],
        "colour": ["granatowa", "beżowa", "fioletowa", "żółta", "brązowa", "czarna"],
        "colour2": ["Granatowa", "Beżowa", "Fioletowa", "Żółta", "Brązowa", "Złota", "Srebrna"],
        "day": ["czwartek", "niedzielę", "weekend"],
    },
    "cs": {
        "item": ["bunda", "taška", "lampa", "mikina", "čepice", "sukně", "kabelka"],
        "colour": ["tmavě modré", "béžové", "fialové", "žluté", "hnědé", "stříbrné"],
        "colour2": ["Béžovou", "Fialovou", "Žlutou", "Hnědou", "Zlatou", "Stříbrnou"],
        "day": ["čtvrtek", "neděli", "víkend"],
    },
    "sk": {
        "item": ["bunda", "taška", "lampa", "mikina", "čiapka", "sukňa", "kabelka"],
        "colour": ["tmavomodrej", "béžovej", "fialovej", "žltej", "hnedej", "striebornej"],
        "colour2": ["Béžovú", "Fialovú", "Žltú", "Hnedú", "Zlatú", "Striebornú"],
        "day": ["štvrtok", "nedeľu", "víkend"],
    },
    "hu": {
        "item": ["kabát", "táska", "lámpa", "pulóver", "sapka", "szoknya", "bőrönd"],
        "colour": ["sötétkék", "bézs", "lila", "sárga", "barna", "ezüst"],
        "colour2": ["Bézs", "Lila", "Sárga", "Barna", "Arany", "Ezüst"],
        "day": ["csütörtökön", "vasárnap", "hétvégén"],
    },
    "en": {
        "item": ["jacket", "bag", "lamp", "hoodie", "beanie", "suitcase", "dress"],
        "colour": ["beige", "purple", "yellow", "brown", "silver", "gold", "pink"],
        "colour2": ["Beige", "Purple", "Yellow", "Brown", "Silver", "Gold", "Pink"],
        "day": ["thursday", "sunday", "the 14th"],
    },
}
# Breadth (issue #15): each category in more registers (formal mail, terse chat, pushy,
# polite), number words, mixed-language lines and the usual scam scripts (advance fee,
# courier fee, fake payment confirmation, account verification, OTP/BLIK/CVC requests,
# off-platform moves), written for training without looking at either held-out set.
MORE2: dict[tuple[str, str], list[str]] = {
    ("scam", "pl"): [
        "Szanowny Panie, z przyjemnością informujemy, że przysługuje Panu wypłata {amt}. Prosimy o uiszczenie opłaty manipulacyjnej {fee}.",
        "zapłaciłem już, sprawdź maila z potwierdzeniem płatności i wyślij towar",
        "płatność jest zablokowana, musisz dopłacić {fee} żeby ją odblokować",
        "kurier odbierze paczkę, ale musisz opłacić ubezpieczenie {fee} przez link",
        "przelałem pieniądze, ale bank wymaga od Ciebie aktywacji odbioru, kliknij w link",
        "aby otrzymać pieniądze za sprzedaż, wpisz dane karty na stronie odbioru płatności",
        "wysłałem ci pieniądze przez olx dostawę, potwierdź odbiór środków na stronie",
        "twoje konto sprzedawcy zostanie zawieszone, zweryfikuj je wpłacając {small}",
        "pilnie potrzebuję pożyczki pięćset złotych, oddam jutro dwa razy tyle",
        "inwestycja tysiąc złotych daje pięć tysięcy w tydzień, gwarantuję",
        "wyślij zaliczkę {fee} to zarezerwuję dla Ciebie towar",
        "najpierw wpłać kaucję {fee}, potem wyślę",
        "mój kurier przyjedzie po towar, pieniądze dostaniesz po kliknięciu w link odbioru",
        "zapłać za dostawę {fee} na moje konto, resztę rozliczymy przy odbiorze",
        "jestem za granicą, wyślę kuriera, ty tylko opłać transport {fee}",
        "loteria: twój numer wygrał {amt}, opłata skarbowa {fee}",
        "bitcoin podwaja się w 24h, wyślij mi {fee} a oddam dwa razy tyle",
        "potwierdzenie przelewu w załączniku, wyślij paczkę natychmiast",
    ],
    ("scam", "cs"): [
        "Vážený pane, s potěšením Vám oznamujeme, že Vám náleží výplata {amt}. Prosíme o úhradu manipulačního poplatku {fee}.",
        "už jsem zaplatil, podívej se na mail s potvrzením platby a pošli zboží",
        "platba je zablokovaná, musíš doplatit {fee}, aby se uvolnila",
        "kurýr si balík vyzvedne, ale musíš zaplatit pojištění {fee} přes odkaz",
        "poslal jsem peníze, ale banka chce, abys aktivoval příjem platby, klikni na odkaz",
        "abys dostal peníze za prodej, zadej údaje z karty na stránce pro příjem platby",
        "tvůj prodejní účet bude pozastaven, ověř ho platbou {small}",
        "naléhavě potřebuji půjčit pět set korun, zítra vrátím dvojnásobek",
        "investice tisíc korun vydělá pět tisíc za týden, garantuji",
        "pošli zálohu {fee} a zboží ti rezervuji",
        "nejdřív zaplať kauci {fee}, pak to pošlu",
        "jsem v zahraničí, pošlu kurýra, ty jen zaplať dopravu {fee}",
        "loterie: vaše číslo vyhrálo {amt}, správní poplatek {fee}",
        "potvrzení o platbě v příloze, pošlete balík okamžitě",
        "bitcoin se za 24 hodin zdvojnásobí, pošli mi {fee} a vrátím dvakrát tolik",
    ],
    ("scam", "sk"): [
        "Vážený pán, s potešením Vám oznamujeme, že Vám patrí výplata {amt}. Prosíme o úhradu manipulačného poplatku {fee}.",
        "už som zaplatil, pozri si mail s potvrdením platby a pošli tovar",
        "platba je zablokovaná, musíš doplatiť {fee}, aby sa uvoľnila",
        "kuriér si balík vyzdvihne, ale musíš zaplatiť poistenie {fee} cez odkaz",
        "poslal som peniaze, ale banka chce, aby si aktivoval príjem platby, klikni na odkaz",
        "aby si dostal peniaze za predaj, zadaj údaje z karty na stránke pre príjem platby",
        "tvoj predajný účet bude pozastavený, over ho platbou {small}",
        "súrne potrebujem požičať päťsto eur, zajtra vrátim dvojnásobok",
        "investícia tisíc eur zarobí päťtisíc za týždeň, garantujem",
        "pošli zálohu {fee} a tovar ti rezervujem",
        "najprv zaplať kauciu {fee}, potom to pošlem",
        "som v zahraničí, pošlem kuriéra, ty len zaplať dopravu {fee}",
        "lotéria: vaše číslo vyhralo {amt}, správny poplatok {fee}",
        "potvrdenie o platbe v prílohe, pošlite balík okamžite",
        "bitcoin sa za 24 hodín zdvojnásobí, pošli mi {fee} a vrátim dvakrát toľko",
    ],
    ("scam", "hu"): [
        "Tisztelt Uram, örömmel értesítjük, hogy {amt} kifizetés illeti meg. Kérjük, fizesse be a {fee} kezelési díjat.",
        "már fizettem, nézd meg az emailt a fizetési visszaigazolással és küldd a terméket",
        "a fizetés zárolva van, {fee}-t kell befizetned a feloldáshoz",
        "a futár elviszi a csomagot, de ki kell fizetned a {fee} biztosítást a linken",
        "elküldtem a pénzt, de a bank kéri, hogy aktiváld a fogadást, kattints a linkre",
        "hogy megkapd a pénzt az eladásért, add meg a kártyaadataidat a fogadó oldalon",
        "az eladói fiókodat felfüggesztjük, erősítsd meg egy {small} befizetéssel",
        "sürgősen kellene ötezer forint kölcsön, holnap visszaadom a duplát",
        "ezer euró befektetés egy hét alatt ötezret hoz, garantálom",
        "küldj {fee} előleget és félreteszem neked",
        "előbb fizesd ki a {fee} kauciót, utána küldöm",
        "külföldön vagyok, küldök futárt, te csak fizesd a {fee} szállítást",
        "lottó: a számod nyert {amt}, illeték {fee}",
        "a fizetési igazolás csatolva, azonnal küldd a csomagot",
        "a bitcoin 24 óra alatt duplázódik, küldj {fee}-t és visszaadom a dupláját",
    ],
    ("scam", "en"): [
        "Dear Sir/Madam, we are pleased to inform you that you are entitled to a payout of {amt}. Kindly remit the processing fee of {fee}.",
        "I've already paid, check your email for the payment confirmation and ship it",
        "the payment is on hold, you need to pay {fee} to release it",
        "my courier will collect, but you must pay the {fee} insurance via the link",
        "I sent the money but your bank needs you to activate receipt, click the link",
        "to receive the payment enter your card details on the payment release page",
        "your seller account will be suspended unless you verify it with a {small} payment",
        "urgently need to borrow five hundred quid, will pay back double tomorrow",
        "invest one thousand and get five thousand in a week, guaranteed",
        "send a {fee} deposit and I'll reserve it for you",
        "pay the {fee} holding deposit first, then I ship",
        "I'm abroad, I'll send a courier, you just cover the {fee} shipping",
        "lottery notice: your ticket won {amt}, pay the {fee} release fee",
        "payment receipt attached, please dispatch immediately",
        "bitcoin doubles in 24h, send me {fee} and I'll return twice that",
        "I will pay extra {fee} for the shipping agent, please refund it to him by western union",
        "buy me gift cards worth {fee} and send the codes",
    ],
    ("credentials_request", "pl"): [
        "podaj mi kod BLIK, to od razu zapłacę",
        "wygeneruj blika i wyślij mi kod",
        "podaj numer karty, datę ważności i kod cvc",
        "napisz mi kod który przyszedł sms-em",
        "przyślij login i hasło do bankowości, zrobię przelew za ciebie",
        "do zwrotu potrzebuję numeru karty i trzech cyfr z tyłu",
        "podaj kod z aplikacji mobilnej banku",
        "jaki masz pesel i numer dowodu?",
        "zeskanuj dowód osobisty z obu stron i wyślij",
        "wpisz tu dane karty: numer, cvv, data",
        "szybko kod blik, bo wygaśnie",
        "wyślij hasło jednorazowe z sms",
        "podaj kod 6 cyfr który dostaniesz",
    ],
    ("credentials_request", "cs"): [
        "napiš mi číslo karty, platnost a cvc",
        "pošli mi kód, co ti přišel v sms",
        "pošli přihlašovací jméno a heslo do banky, udělám platbu za tebe",
        "na vrácení potřebuji číslo karty a tři čísla vzadu",
        "napiš kód z mobilní aplikace banky",
        "jaké máš rodné číslo a číslo občanky?",
        "naskenuj občanku z obou stran a pošli",
        "sem napiš údaje z karty: číslo, cvv, datum",
        "rychle ten kód, než vyprší",
        "pošli jednorázové heslo ze sms",
        "napiš šestimístný kód, který ti přijde",
    ],
    ("credentials_request", "sk"): [
        "napíš mi číslo karty, platnosť a cvc",
        "pošli mi kód, čo ti prišiel v sms",
        "pošli prihlasovacie meno a heslo do banky, urobím platbu za teba",
        "na vrátenie potrebujem číslo karty a tri čísla vzadu",
        "napíš kód z mobilnej aplikácie banky",
        "aké máš rodné číslo a číslo občianky?",
        "naskenuj občiansky z oboch strán a pošli",
        "sem napíš údaje z karty: číslo, cvv, dátum",
        "rýchlo ten kód, kým vyprší",
        "pošli jednorazové heslo zo sms",
        "napíš šesťmiestny kód, ktorý ti príde",
    ],
    ("credentials_request", "hu"): [
        "írd meg a kártyaszámot, a lejáratot és a cvc-t",
        "küldd el a kódot, ami sms-ben jött",
        "küldd el a netbank felhasználónevet és jelszót, utalok helyetted",
        "a visszatérítéshez kell a kártyaszám és a hátoldali három szám",
        "írd meg a banki alkalmazás kódját",
        "mi a személyi számod és a személyi igazolvány számod?",
        "szkenneld be a személyid mindkét oldalát és küldd el",
        "ide írd a kártyaadatokat: szám, cvv, dátum",
        "gyorsan a kódot, mert lejár",
        "küldd el az egyszeri jelszót az sms-ből",
        "írd meg a hatjegyű kódot, ami jön",
    ],
    ("credentials_request", "en"): [
        "give me your card number, expiry and cvc",
        "send me the code you just got by sms",
        "send your bank username and password, I'll make the transfer for you",
        "for the refund I need your card number and the three digits on the back",
        "tell me the code from your banking app",
        "what's your social security number and ID number?",
        "scan your ID both sides and send it",
        "type your card details here: number, cvv, date",
        "quick, the code before it expires",
        "forward me the one time password from the text",
        "tell me the 6 digit code you will receive",
    ],
    ("off_platform", "pl"): [
        "Szanowni Państwo, prosimy o kontakt bezpośredni pod adresem {mail} w celu finalizacji transakcji",
        "napisz na wapie {phone}",
        "pisz na whatsappa, tu rzadko zaglądam",
        "zapłać mi na revoluta, będzie szybciej",
        "przelew na telefon na numer {phone}",
        "odezwij się na fejsie, tam się dogadamy",
        "podeślij maila, wyślę ci fakturę poza portalem",
        "kup bezpośrednio, bez pośrednictwa strony, taniej o prowizję",
        "wyślij paypalem jako znajomy",
        "przejdźmy na telegram",
    ],
    ("off_platform", "cs"): [
        "Vážení, prosíme o přímý kontakt na adrese {mail} k dokončení obchodu",
        "napiš na whatsapp {phone}",
        "piš na whatsapp, sem moc nechodím",
        "zaplať mi na revolut, bude to rychlejší",
        "ozvi se na facebooku, tam se domluvíme",
        "pošli mail, fakturu pošlu mimo portál",
        "kup přímo, bez zprostředkování stránky, ušetříš provizi",
        "pošli přes paypal jako přítel",
        "přejdeme na telegram",
    ],
    ("off_platform", "sk"): [
        "Vážení, prosíme o priamy kontakt na adrese {mail} na dokončenie obchodu",
        "napíš na whatsapp {phone}",
        "píš na whatsapp, sem veľmi nechodím",
        "zaplať mi na revolut, bude to rýchlejšie",
        "ozvi sa na facebooku, tam sa dohodneme",
        "pošli mail, faktúru pošlem mimo portálu",
        "kúp priamo, bez sprostredkovania stránky, ušetríš províziu",
        "pošli cez paypal ako priateľ",
        "prejdime na telegram",
    ],
    ("off_platform", "hu"): [
        "Tisztelt Ügyfelünk, kérjük, a tranzakció lezárásához vegye fel velünk a kapcsolatot közvetlenül a {mail} címen",
        "írj whatsappon {phone}",
        "írj whatsappra, ide ritkán nézek",
        "fizess revoluton, gyorsabb lesz",
        "keress facebookon, ott megbeszéljük",
        "küldd az emailed, a számlát az oldalon kívül küldöm",
        "vedd közvetlenül, az oldal nélkül, megspórolod a jutalékot",
        "küldd paypalon barátként",
        "menjünk át telegramra",
    ],
    ("off_platform", "en"): [
        "Dear customer, please contact us directly at {mail} to complete the transaction",
        "text me on whatsapp {phone}",
        "message me on whatsapp, I rarely check here",
        "pay me on revolut, it's quicker",
        "add me on facebook and we'll sort it there",
        "send your email, I'll invoice you outside the site",
        "buy directly, no site in between, save the fees",
        "let's move to telegram",
        "venmo or cashapp me instead",
    ],
    ("external_link", "pl"): [
        "kliknij tutaj: http://{site}/odbior-platnosci",
        "wejdź na {site} i wpisz dane",
        "link do płatności: https://{site}/pay",
    ],
    ("external_link", "cs"): [
        "klikni sem: http://{site}/prijem-platby",
        "jdi na {site} a vyplň údaje",
        "odkaz k platbě: https://{site}/pay",
    ],
    ("external_link", "sk"): [
        "klikni sem: http://{site}/prijem-platby",
        "choď na {site} a vyplň údaje",
        "odkaz na platbu: https://{site}/pay",
    ],
    ("external_link", "hu"): [
        "kattints ide: http://{site}/fizetes-fogadas",
        "menj a {site} oldalra és töltsd ki",
        "fizetési link: https://{site}/pay",
    ],
    ("external_link", "en"): [
        "click here: http://{site}/receive-payment",
        "go to {site} and fill in your details",
        "payment link: https://{site}/pay",
    ],
    ("profanity", "pl"): [
        "spierdalaj złodzieju",
        "ja pierdolę, co za szajs",
        "ty debilu jebany",
        "weź się odpierdol",
        "pierdolony oszust",
        "chujowa obsługa",
        "idź w chuj",
        "zamknij mordę",
    ],
    ("profanity", "cs"): [
        "ty vole kurva",
        "seru na tebe",
        "jdi do hajzlu zmrde",
        "posranej prodejce",
        "drž hubu",
        "ty pičo",
        "zasraný podvodník",
    ],
    ("profanity", "sk"): [
        "choď do piče",
        "ty debil jeden",
        "serem na teba",
        "drž hubu",
        "posratý predajca",
        "ty zmrd",
        "kurva, čo je toto za hovno",
    ],
    ("profanity", "hu"): [
        "kurva anyád",
        "dögölj meg",
        "te hülye fasz",
        "baszd meg a csomagod",
        "szar az egész",
        "kapd be",
        "rohadt geci",
    ],
    ("profanity", "en"): [
        "you fucking scammer",
        "go to hell you prick",
        "piece of shit product",
        "shut the fuck up",
        "fucking useless",
        "dickhead",
        "bullshit seller",
    ],
    ("prohibited_item", "pl"): [
        "mam na sprzedaż pistolet z amunicją",
        "sprzedam dopalacze",
        "mam amfę i koks",
        "tabletki odchudzające bez recepty z apteki",
        "sprzedam kość słoniową",
        "podróbki markowych torebek, jak oryginał",
    ],
    ("prohibited_item", "cs"): [
        "prodám pistoli i s náboji",
        "mám pervitin",
        "prodám kokain",
        "padělky značkových kabelek jako originál",
        "prodám slonovinu",
        "anabolika bez receptu",
    ],
    ("prohibited_item", "sk"): [
        "predám pištoľ aj s nábojmi",
        "mám pervitín",
        "predám kokaín",
        "falzifikáty značkových kabeliek ako originál",
        "predám slonovinu",
        "anaboliká bez receptu",
    ],
    ("prohibited_item", "hu"): [
        "eladó pisztoly lőszerrel",
        "van kokóm",
        "eladó speed",
        "márkás táskák hamisítványa, mint az eredeti",
        "elefántcsont eladó",
        "szteroid recept nélkül",
    ],
    ("prohibited_item", "en"): [
        "pistol for sale with rounds",
        "got coke and mdma",
        "selling replica designer bags, just like the real thing",
        "ivory carving for sale",
        "steroids no prescription needed",
        "fake id cards available",
    ],
}

# Short chat lines for each category (terse, pushy): 2 to 6 words.
MORE2_SHORT: dict[tuple[str, str], list[str]] = {
    ("profanity", "pl"): [
        "co za chujnia",
        "jebać to",
        "spadaj debilu",
        "pierdolę to",
        "kurwa gdzie paczka",
        "ty pojebie",
        "odpierdol się ode mnie",
        "gówniany towar",
    ],
    ("profanity", "cs"): [
        "to je píčovina",
        "kurva kde je balík",
        "ty debile",
        "naser si",
        "hovno zboží",
        "vyjebanej prodejce",
        "ty kokote",
    ],
    ("profanity", "sk"): [
        "to je pičovina",
        "kurva kde je balík",
        "ty debil",
        "naser si",
        "hovno tovar",
        "vyjebaný predajca",
        "ty chuj",
    ],
    ("profanity", "hu"): [
        "ez egy szar",
        "kurva hol a csomag",
        "te barom állat",
        "baszódj meg",
        "geci eladó",
        "faszom kivan",
    ],
    ("profanity", "en"): [
        "wtf is this crap",
        "fuck this",
        "where's my fucking parcel",
        "screw you",
        "you moron",
        "total shite",
        "f off",
    ],
    ("prohibited_item", "pl"): [
        "mam trawkę na sprzedaż",
        "gandzia tanio",
        "sprzedam kastet",
        "paralizator na sprzedaż",
        "sprzedam gaz pieprzowy i nóż motylkowy",
    ],
    ("prohibited_item", "cs"): [
        "prodám trávu",
        "mám marihuanu",
        "prodám boxer",
        "paralyzér na prodej",
        "mám extázi",
    ],
    ("prohibited_item", "sk"): [
        "predám trávu",
        "mám marihuanu",
        "predám boxer",
        "paralyzér na predaj",
        "mám extázu",
    ],
    ("prohibited_item", "hu"): [
        "eladó marihuána",
        "van fű",
        "eladó bokszer",
        "sokkoló eladó",
        "van extasy",
    ],
    ("prohibited_item", "en"): [
        "selling weed",
        "got molly",
        "brass knuckles for sale",
        "taser for sale",
        "selling a gun, no paperwork",
    ],
    ("scam", "pl"): [
        "najpierw zaliczka {fee}",
        "opłać kuriera {fee}",
        "wpłać kaucję najpierw",
        "dopłać {small} za paczkę",
        "wygrałeś, opłać wysyłkę",
    ],
    ("scam", "cs"): [
        "nejdřív záloha {fee}",
        "zaplať kurýra {fee}",
        "pošli kauci předem",
        "doplať {small} za balík",
        "vyhrál jsi, zaplať dopravu",
    ],
    ("scam", "sk"): [
        "najprv záloha {fee}",
        "zaplať kuriéra {fee}",
        "pošli kauciu vopred",
        "doplať {small} za balík",
        "vyhral si, zaplať dopravu",
    ],
    ("scam", "hu"): [
        "előbb előleg {fee}",
        "fizesd a futárt {fee}",
        "küldd a kauciót előre",
        "fizess {small} pótdíjat",
        "nyertél, fizesd a szállítást",
    ],
    ("scam", "en"): [
        "deposit first, {fee}",
        "pay courier fee {fee}",
        "send the deposit upfront",
        "pay {small} customs now",
        "you won, pay shipping",
    ],
    ("credentials_request", "pl"): [
        "dawaj kod blik",
        "kod z sms?",
        "podaj cvc",
        "numer karty poproszę",
        "wyślij hasło",
        "podaj kod blika",
    ],
    ("credentials_request", "cs"): [
        "pošli kód ze sms",
        "napiš cvc",
        "číslo karty prosím",
        "pošli heslo",
        "dej ten kód",
    ],
    ("credentials_request", "sk"): [
        "pošli kód zo sms",
        "napíš cvc",
        "číslo karty prosím",
        "pošli heslo",
        "daj ten kód",
    ],
    ("credentials_request", "hu"): [
        "küldd az sms kódot",
        "írd a cvc-t",
        "kártyaszámot kérek",
        "küldd a jelszót",
        "add a kódot",
    ],
    ("credentials_request", "en"): [
        "send the otp",
        "cvc please",
        "card number pls",
        "send password",
        "whats the sms code",
    ],
    ("off_platform", "pl"): [
        "pisz na wapie",
        "dzwoń {phone}",
        "mail {mail}",
        "przelew bezpośrednio?",
        "na whatsappie lepiej",
    ],
    ("off_platform", "cs"): [
        "piš na whatsapp",
        "volej {phone}",
        "mail {mail}",
        "platba napřímo?",
        "radši přes whatsapp",
    ],
    ("off_platform", "sk"): [
        "píš na whatsapp",
        "volaj {phone}",
        "mail {mail}",
        "platba napriamo?",
        "radšej cez whatsapp",
    ],
    ("off_platform", "hu"): [
        "írj whatsappon",
        "hívj {phone}",
        "email {mail}",
        "közvetlen utalás?",
        "inkább whatsappon",
    ],
    ("off_platform", "en"): [
        "whatsapp me",
        "call {phone}",
        "email {mail}",
        "pay me direct?",
        "text me instead",
    ],
}

# Hard negatives for the lines above: the same words, used legitimately.
MORE2_NEG = {
    "pl": [
        "zapłaciłem przez serwis, potwierdzenie jest w zamówieniu {order}",
        "kod BLIK działa przy płatności w serwisie, zapłaciłem nim",
        "płatność BLIK przeszła, dzięki",
        "nigdy nie podawaj nikomu kodu BLIK ani danych karty",
        "kurier {courier} zabierze paczkę jutro, opłata już w cenie",
        "kod z sms od paczkomatu wpiszę przy odbiorze",
        "numer do kuriera jest w mailu od serwisu",
        "zaliczka nie jest potrzebna, płacisz przy zamówieniu",
        "ubezpieczenie przesyłki jest w cenie dostawy",
        "zwrot pieniędzy dostaniesz na kartę, z której płaciłeś",
        "mam konto firmowe, potrzebuję faktury na firmę",
        "link do zdjęć jest w ofercie",
        "wysłałem paczkę, numer śledzenia {tracking}",
        "cena {price} z wysyłką, płatność przez stronę",
        "mogę wysłać jeszcze zdjęcia tutaj w wiadomości",
        "czy hasło do wifi w routerze jest na naklejce?",
        "router ma zresetowane hasło do fabrycznego",
        "telefon ma 128 GB, bateria 90%",
        "telefon odblokowany, bez simlocka",
        "karta pamięci 64 GB w zestawie",
        "pięćset złotych to moja ostateczna cena",
        "za tysiąc złotych biorę oba",
        "ten pistolet na klej działa bez zarzutu",
        "pistolet do malowania, prawie nowy",
        "wino w zestawie? nie, same kieliszki",
        "zadzwonię do banku i zapytam czemu przelew nie doszedł",
        "wygrałem aukcję, płacę teraz przez serwis",
        "kod rabatowy na pierwsze zakupy od serwisu",
        "whatsapp nie działa mi w telefonie, piszmy tutaj",
        "konto w serwisie zweryfikowane, dostałem odznakę",
        "dostałem potwierdzenie płatności od serwisu, wysyłam dziś",
    ],
    "cs": [
        "zaplatil jsem přes obchod, potvrzení je v objednávce {order}",
        "nikdy nikomu nedávejte údaje z karty ani kódy ze sms",
        "kurýr {courier} balík vyzvedne zítra, poplatek je v ceně",
        "kód ze sms od výdejního boxu zadám při vyzvednutí",
        "číslo na kurýra je v mailu od obchodu",
        "záloha není potřeba, platíte při objednávce",
        "pojištění zásilky je v ceně dopravy",
        "peníze vrátíme na kartu, ze které jste platil",
        "mám firemní účet, potřebuji fakturu na firmu",
        "odkaz na fotky je v inzerátu",
        "balík odeslán, sledovací číslo {tracking}",
        "cena {price} i s dopravou, platba přes stránku",
        "můžu poslat další fotky tady ve zprávě",
        "heslo k wifi je na štítku routeru",
        "telefon má 128 GB, baterie 90 %",
        "telefon odblokovaný, bez simlocku",
        "pět set korun je moje konečná cena",
        "za tisíc korun beru oboje",
        "tavná pistole funguje bez problémů",
        "zavolám do banky, proč platba nedošla",
        "vyhrál jsem aukci, platím teď přes obchod",
        "whatsapp mi nefunguje, pišme tady",
        "účet v obchodě ověřený",
        "přišlo potvrzení platby od obchodu, dnes odesílám",
    ],
    "sk": [
        "zaplatil som cez obchod, potvrdenie je v objednávke {order}",
        "nikdy nikomu nedávajte údaje z karty ani kódy zo sms",
        "kuriér {courier} balík vyzdvihne zajtra, poplatok je v cene",
        "kód zo sms od výdajného boxu zadám pri vyzdvihnutí",
        "číslo na kuriéra je v maili od obchodu",
        "záloha nie je potrebná, platíte pri objednávke",
        "poistenie zásielky je v cene dopravy",
        "peniaze vrátime na kartu, z ktorej ste platili",
        "mám firemný účet, potrebujem faktúru na firmu",
        "odkaz na fotky je v inzeráte",
        "balík odoslaný, sledovacie číslo {tracking}",
        "cena {price} aj s dopravou, platba cez stránku",
        "môžem poslať ďalšie fotky tu v správe",
        "heslo k wifi je na štítku routera",
        "telefón má 128 GB, batéria 90 %",
        "telefón odblokovaný, bez simlocku",
        "päťsto eur je moja konečná cena",
        "za tisíc eur beriem oboje",
        "tavná pištoľ funguje bez problémov",
        "zavolám do banky, prečo platba neprišla",
        "vyhral som aukciu, platím teraz cez obchod",
        "whatsapp mi nefunguje, píšme tu",
        "účet v obchode overený",
        "prišlo potvrdenie platby od obchodu, dnes odosielam",
    ],
    "hu": [
        "a piactéren fizettem, a visszaigazolás a {order} rendelésnél van",
        "soha senkinek ne add meg a kártyaadataidat vagy az sms kódot",
        "a {courier} futár holnap viszi a csomagot, a díj benne van az árban",
        "a csomagautomata sms kódját átvételkor beírom",
        "a futár száma a piactér emailjében van",
        "előleg nem kell, rendeléskor fizetsz",
        "a csomagbiztosítás benne van a szállítási díjban",
        "a pénzt arra a kártyára küldjük vissza, amivel fizettél",
        "céges számlám van, számlát kérek a cégre",
        "a képek linkje a hirdetésben van",
        "feladtam, nyomkövetési szám {tracking}",
        "az ár {price} szállítással, fizetés az oldalon",
        "küldhetek még képeket itt üzenetben",
        "a wifi jelszó a router matricáján van",
        "a telefon 128 GB, akku 90%",
        "a telefon független, nincs simlock",
        "ötezer forint a végső ár",
        "ezer euróért mindkettőt viszem",
        "a ragasztópisztoly hibátlanul működik",
        "felhívom a bankot, miért nem jött meg az utalás",
        "megnyertem az aukciót, most fizetek az oldalon",
        "nem működik a whatsappom, írjunk itt",
        "a fiókom a piactéren ellenőrzött",
        "megjött a fizetési visszaigazolás a piactértől, ma küldöm",
    ],
    "en": [
        "I paid through the site, the confirmation is under order {order}",
        "never give anyone your card details or sms codes",
        "{courier} will collect tomorrow, the fee is included",
        "I'll enter the locker code from the text when I collect",
        "the courier's number is in the marketplace email",
        "no deposit needed, you pay at checkout",
        "parcel insurance is included in the shipping",
        "the refund goes back to the card you paid with",
        "I have a business account, I need a VAT invoice",
        "the link to more photos is in the listing",
        "shipped, tracking number {tracking}",
        "{price} including postage, payment through the site",
        "I can send more photos here in the chat",
        "the wifi password is on the router sticker",
        "the phone is 128GB, battery health 90%",
        "phone is unlocked to all networks",
        "five hundred is my final price",
        "I'll take both for a thousand",
        "the glue gun works perfectly",
        "I'll call my bank and ask why the payment hasn't arrived",
        "won the auction, paying through the site now",
        "my whatsapp is broken, let's keep chatting here",
        "my account on the site is verified",
        "got the payment confirmation from the marketplace, shipping today",
        "the gift card from the site covered half the price",
        "the code on the voucher expired, can you check?",
    ],
}
# Short clean chat (2 to 6 words) that names the same things.
MORE2_SHORT_NEG = {
    "pl": [
        "zapłaciłem blikiem",
        "płatność poszła",
        "kurier był?",
        "kod odbioru działa",
        "numer śledzenia?",
        "opłacone przez serwis",
        "przelew wysłany",
        "link nie działa",
        "konto założone",
        "telefon sprawny?",
        "hasło na naklejce",
        "karta ok, przeszło",
    ],
    "cs": [
        "zaplaceno kartou",
        "platba prošla",
        "byl kurýr?",
        "kód funguje",
        "sledovací číslo?",
        "zaplaceno přes obchod",
        "převod odeslán",
        "odkaz nefunguje",
        "účet založen",
        "telefon funkční?",
    ],
    "sk": [
        "zaplatené kartou",
        "platba prešla",
        "bol kuriér?",
        "kód funguje",
        "sledovacie číslo?",
        "zaplatené cez obchod",
        "prevod odoslaný",
        "odkaz nefunguje",
        "účet založený",
        "telefón funkčný?",
    ],
    "hu": [
        "kártyával fizettem",
        "átment a fizetés",
        "jött a futár?",
        "a kód működik",
        "nyomkövetési szám?",
        "kifizetve az oldalon",
        "utalás elküldve",
        "a link nem működik",
        "fiók kész",
        "működik a telefon?",
    ],
    "en": [
        "paid by card",
        "payment went through",
        "did the courier come?",
        "code works",
        "tracking number?",
        "paid on the site",
        "transfer sent",
        "link doesn't work",
        "account set up",
        "phone working?",
    ],
}
for key, templates in MORE2.items():
    P.setdefault(key, []).extend(templates)
for key, templates in MORE2_SHORT.items():
    P.setdefault(key, []).extend(templates)
for lang, templates in MORE2_NEG.items():
    N[lang] += templates
for lang, lines in MORE2_SHORT_NEG.items():
    SHORT[lang] += lines
SHORT_PER_LANGUAGE = 400


def short_lines(rng: random.Random) -> list[dict]:
    items = []
    for lang, frames in SHORT.items():
        for _ in range(SHORT_PER_LANGUAGE):
            slots = {key: rng.choice(values) for key, values in SHORT_FILL[lang].items()}
            neg = _neg_slots(rng)
            frame = rng.choice(frames)
            text = frame.format(
                **slots,
                n=rng.randint(1, 12),
                size=rng.choice(["XS", "M", "XL", "39", "43", "46"]),
                order=neg["order"],
                price=neg["price"],
            )
            group = f"short/{lang}/{frames.index(frame)}"
            items.append(
                {"text": _vary(text, rng), "lang": lang, "label": "clean", "group": group}
            )
    return items


def build(rng: random.Random, per_template: int = 6) -> list[dict]:
    items: list[dict] = []
    for (category, lang), templates in P.items():
        for number, template in enumerate(templates):
            group = f"{category}/{lang}/{number}"
            for _ in range(per_template):
                text = template.format(**{k: rng.choice(v) for k, v in FILL.items()})
                items.append(
                    {
                        "text": _disguise(_vary(text, rng), rng),
                        "lang": lang,
                        "label": category,
                        "group": group,
                    }
                )
    positives = len(items)
    negatives = []
    while len(negatives) < positives * 2.2:
        lang = rng.choice(list(N))
        template = rng.choice(N[lang])
        text = template.format(**_neg_slots(rng))
        group = f"clean/{lang}/{N[lang].index(template)}"
        negatives.append(
            {"text": _vary(text, rng), "lang": lang, "label": "clean", "group": group}
        )
    return items + negatives + short_lines(rng)


def main() -> None:
    rng = random.Random(7)
    items = build(rng)
    seen = set()
    with (HERE / "corpus.jsonl").open("w", encoding="utf-8") as handle:
        for item in items:
            if item["text"] in seen:
                continue
            seen.add(item["text"])
            handle.write(json.dumps(item, ensure_ascii=False) + "\n")
    print("corpus.jsonl", len(seen))


if __name__ == "__main__":
    main()
