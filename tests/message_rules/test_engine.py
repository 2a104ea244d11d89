"""The rule engine: each category in each language, disguises, near misses, offsets."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from message_rules import engine as message_engine

# (language, category, message): one message per category and language that must be blocked.
BLOCKED = [
    ("pl", "profanity", "Kurwa, gdzie jest moja paczka?"),
    ("pl", "prohibited_item", "Mogę dorzucić butelkę wódki do zamówienia."),
    ("pl", "off_platform", "Kupując bezpośrednio, będziesz mieć taniej."),
    ("pl", "off_platform", "Nie klikaj, tylko zadzwoń."),
    ("pl", "off_platform", "Zamówię mailowo."),
    ("pl", "external_link", "Taniej na www.moj-sklep-rowerowy.pl"),
    ("pl", "scam", "Zapłacę przez Western Union, mój kurier odbierze paczkę."),
    ("pl", "credentials_request", "Podaj mi hasło do konta, sprawdzę zamówienie."),
    ("cs", "profanity", "Ty kokote, kde je zboží?"),
    ("cs", "prohibited_item", "Prodám i domácí slivovici."),
    ("cs", "off_platform", "Když koupíte přímo u mě, bude to levnější."),
    ("cs", "external_link", "Podívejte se na https://levne-boty.cz/akce"),
    ("cs", "scam", "Vraťte mi prosím přeplatek na tento účet."),
    ("cs", "credentials_request", "Pošlete mi číslo karty a CVV."),
    ("sk", "profanity", "Choď do riti s takým tovarom."),
    ("sk", "prohibited_item", "Predám aj marihuanu."),
    ("sk", "off_platform", "Keď kúpite priamo odo mňa, bude to lacnejšie."),
    ("sk", "external_link", "Viac na bazos.sk"),
    ("sk", "scam", "Vyhrali ste v lotérii, uhraďte poplatok."),
    ("sk", "credentials_request", "Pošlite mi heslo k účtu."),
    ("hu", "profanity", "Ez egy szar termék."),
    ("hu", "prohibited_item", "Eladó házi pálinka, literje 5000 Ft."),
    ("hu", "prohibited_item", "Tudok küldeni sört is a csomagban, ha kéri."),
    ("cs", "prohibited_item", "Prodám láhev whisky, plná."),
    ("hu", "off_platform", "Ha közvetlenül tőlem veszi, olcsóbb lesz."),
    ("hu", "external_link", "Nézze meg a www.olcso-cipo.hu oldalt."),
    ("hu", "scam", "Kérem, utalja vissza a túlfizetést."),
    ("hu", "credentials_request", "Küldje el a jelszavát."),
    ("en", "profanity", "Where the fuck is my parcel?"),
    ("en", "prohibited_item", "I can sell you some cocaine too."),
    ("en", "off_platform", "If you buy directly from me it is cheaper."),
    ("en", "external_link", "See https://cheap-bikes.example.com/sale"),
    ("en", "scam", "I overpaid, please refund the difference to my account."),
    ("en", "credentials_request", "Send me your card number and CVV."),
]


@pytest.mark.parametrize(("language", "category", "text"), BLOCKED)
def test_each_category_in_each_language_is_blocked(rules, language, category, text):
    verdict = rules.check(text)
    assert verdict.verdict == "block"
    assert category in verdict.categories


# What the writer typed, disguised: the finding points at their own characters.
DISGUISES = [
    ("spaced letters", "k u r w a, gdzie paczka", "k u r w a"),
    ("dotted letters", "Co za ch.u.j.o.w.a obsługa", "ch.u.j.o.w.a"),
    ("digits for letters", "Jste k0k0t", "k0k0t"),
    ("symbols for letters", "$hit packaging", "$hit"),
    ("at sign for a", "Ty kurw@ jedna", "kurw@"),
    ("repeated letters", "Kuuuurwaaa, znowu", "Kuuuurwaaa"),
    ("Cyrillic look-alikes", "Stop being an аsshole", "аsshole"),  # Cyrillic а
    ("fullwidth letters", "ｆｕｃｋ this", "ｆｕｃｋ"),
    (
        "missing diacritics",
        "Kupujac bezposrednio bedziesz miec taniej",
        "Kupujac bezposrednio bedziesz miec taniej",
    ),
    ("Polish ł written as l", "Podaj h4slo do konta", "Podaj h4slo"),
    ("upper case", "KURVA ANYÁD", "KURVA"),
]


@pytest.mark.parametrize(("kind", "text", "fragment"), DISGUISES, ids=[d[0] for d in DISGUISES])
def test_disguises_are_seen_through_and_the_original_fragment_is_reported(
    rules, kind, text, fragment
):
    verdict = rules.check(text)
    assert verdict.blocked, kind
    first = verdict.findings[0]
    assert first.fragment == fragment
    assert text[first.start : first.end] == fragment


NEAR_MISSES = [
    "I'm from Scunthorpe, do you ship to the UK?",
    "Are these shiitake mushrooms dried?",
    "Does the Dickens collection include all volumes?",
    "Is this cocktail shaker steel?",
    "Ciułam pieniądze na ten rower.",  # ciułać (to save up) folds to a swear word
    "Sprzedaję kieliszki do wina, komplet 6 sztuk.",
    "Kufel do piwa jest z grubego szkła?",
    "Eladó faszén grillezéshez.",  # fa + szén: charcoal
    "A madár szárnya sérült.",  # szár (wing) is not szar
    "Szarvas trófea, eredeti.",
    "Baszk sapka, gyapjúból.",
    "Basszus, elfelejtettem megírni a méretet: M.",  # bass; a mild "darn"
    "Eladó basszusgitár, alig használt.",
    "Pálinkás poharak és boros kancsó, ajándéknak is jó.",  # pohár → poharak
    "Elado palinkas pohar keszlet, hasznalatlan.",
    "Holnap küldök még pár sort a méretekről.",  # a line, not a beer (sört)
    "Whiskys poharak, 6 darab, eladó.",
    "Sklenice na whisky, sada 6 kusů.",
    "Poháre na whisky, 6 ks.",
    "Likérové sklenice 6 ks.",
    "Kalendarz z przepisami na nalewki, nowy.",
    "Máte i sklenice na víno?",
    "Obraz je reprodukce Picassa.",
    "Rituálna maska z Afriky.",
    "The heroine of the novel is on the cover.",
    "Spadek ceny był wczoraj, czy jeszcze obowiązuje?",
    "Wysyłka m.in. do Czech też jest możliwa?",
    "Dziękuję.Pozdrawiam",
    "Faktura jest w pliku faktura.zip",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_innocent_words_that_contain_bad_ones_pass(rules, text):
    verdict = rules.check(text)
    assert verdict.verdict == "allow", verdict.findings


ALLOWED = [
    # the courier and the platform
    "Kurier zadzwoni na numer podany w zamówieniu.",
    "The courier will call the number in your order.",
    "I'll be home after 5pm, the driver can call me on the number in my order.",
    "The courier can call me, the number is in the order.",
    "Kurýr vám zavolá na číslo uvedené v objednávce.",
    "Link do śledzenia: https://inpost.pl/sledzenie-przesylek?number=620123456789012345678901",
    "Sledovanie: https://tracking.posta.sk/detail/RR123456789SK",
    "Track it at www.ups.com",
    "Tracking link: https://www.royalmail.com/track-your-item#/tracking-results/QF812345678GB",
    "Sledování: https://www.balikovna.cz/cs/sledovat-balik/-/balik/DR1234567890C",
    "Oferta: https://allegro.pl/oferta/rower-gorski-123456789",
    # warnings
    "Nigdy nikomu nie podawaj hasła do konta.",
    "Never give anyone your password, not even me.",
    "Please don't pay outside Allegro, you would lose buyer protection.",
    "Nikdy nesdělujte BLIK kód cizím lidem.",
    "Neplaťte mimo Allegro.",
    "Soha senkinek ne adja meg a jelszavát.",
    # price negotiation
    "Czy zejdzie Pan z ceny do 150 zł?",
    "Would you take 40 EUR for it?",
    "Slevíte na 1 500 Kč?",
    "Odaadná 15 000 Ft-ért?",
    "Jeśli wezmę trzy sztuki, dostanę rabat?",
    # numbers that are not phone or account numbers
    "Numer przesyłki 620123456789012345678901.",
    "Cena 1 200 000 Ft.",
    "Zamówienie z 12.05.2025, nr 7f3k29x1.",
    # a quoted reply's header as Hungarian mail clients write the date
    "Köszi!\n\n2026. 12. 03. 14:05 időpontban Kovács Anna ezt írta:\n> Feladtam a csomagot.",
    "2026.12.03. 14:05-kor küldtem a pénzt a rendszeren keresztül.",
]


@pytest.mark.parametrize("text", ALLOWED)
def test_courier_links_warnings_and_price_talk_pass(rules, text):
    verdict = rules.check(text)
    assert verdict.verdict == "allow", verdict.findings


@pytest.mark.parametrize(
    ("text", "category", "fragment"),
    [
        ("Zadzwoń 601 234 567", "off_platform", "601 234 567"),
        ("Volejte +420 603 111 222", "off_platform", "+420 603 111 222"),
        ("Hívjon: 06 30 123 4567", "off_platform", "06 30 123 4567"),
        ("Napisz na jan.kowalski@gmail.com", "off_platform", "jan.kowalski@gmail.com"),
        ("jan (at) gmail (dot) com", "off_platform", "jan (at) gmail (dot) com"),
        (
            "Konto 61 1090 1014 0000 0712 1981 2874",
            "off_platform",
            "61 1090 1014 0000 0712 1981 2874",
        ),
        ("Účet 123456789/0800", "off_platform", "123456789/0800"),
        ("Számla: 11773016-11111018-00000000", "off_platform", "11773016-11111018-00000000"),
        ("Karta 4111 1111 1111 1111", "credentials_request", "4111 1111 1111 1111"),
        ("tanieopony kropka pl", "external_link", "tanieopony kropka pl"),
        ("mojsklep.pl", "external_link", "mojsklep.pl"),
    ],
)
def test_contact_details_and_links_offered_for_trade_outside_are_found(
    rules, text, category, fragment
):
    verdict = rules.check(text)
    assert (category, fragment) in [(f.category, f.fragment) for f in verdict.findings]


def test_the_writers_own_address_in_a_signature_is_not_a_finding(rules):
    text = "Wysłane dziś.\n-- \nSklep Nowak, sklep@nowak.pl"
    assert rules.check(text).verdict == "block"
    assert rules.check(text, ignore_emails={"sklep@nowak.pl"}).verdict == "allow"


def test_masked_platform_addresses_pass(rules):
    assert rules.check("Pisz na 8awgqyk6a5+cub31c122@allegromail.pl").verdict == "allow"


def test_a_long_message_is_checked_whole(rules):
    text = "Dzień dobry, paczka dotarła w dobrym stanie. " * 200 + "Zadzwoń 601 234 567"
    verdict = rules.check(text)
    assert verdict.categories == ["off_platform"]
    phone = [f for f in verdict.findings if f.rule == "phone number"]
    assert [(f.start, f.fragment) for f in phone] == [(text.index("601"), "601 234 567")]


def test_a_broken_rule_is_skipped_with_its_reason_not_the_whole_rule_set():
    from message_rules.engine import Engine, RuleSpec

    engine = Engine(
        rules=[
            RuleSpec("profanity", "regex", "("),
            RuleSpec("profanity", "phrase", "kurw*"),
        ]
    )
    assert engine.errors and "missing )" in engine.errors[0]
    assert engine.check("kurwa").blocked


@pytest.mark.parametrize(
    ("pattern", "blocked", "passes"),
    [
        ("kod z e-maila", "Podaj kod z e-maila od kuriera", "Kod wysłałem w e-mailu"),
        ("sms-kod*", "Pošli mi ten SMS kód", "Kód z obálky"),
        ("t-mobile ~2 dobij*", "Přes T‑Mobile mi dobij kredit", "T-Mobile síť je pomalá"),
    ],
)
def test_a_hyphen_in_a_rule_matches_the_word_however_the_text_joins_it(pattern, blocked, passes):
    # The text's words are split at a hyphen; a rule written with one used to compile to
    # nothing that could match ("kod z e-maila" was refused as not a word).
    from message_rules.engine import Engine, RuleSpec

    engine = Engine(rules=[RuleSpec("credentials_request", "phrase", pattern)])
    assert engine.errors == []
    assert engine.check(blocked, use_model=False).categories == ["credentials_request"]
    assert engine.check(blocked.replace("-", " ").replace("\u2011", " "), use_model=False).blocked
    assert not engine.check(passes, use_model=False).blocked


@pytest.mark.parametrize(
    "text",
    [
        "Zostaw numer, oddzwonię",
        "Podaj swój numer telefonu, zadzwonię wieczorem",
        "Napíšte mi do správy svoje číslo",
        "Zavolám vám zítra",
        "Küldd el a telefonszámod",
        "What's your WhatsApp?",
        "I'll call you tomorrow",
        "Add me on Facebook",
    ],
)
def test_asking_for_a_phone_number_or_another_channel_is_off_platform(rules, text):
    assert rules.check(text).categories == ["off_platform"]


@pytest.mark.parametrize(
    "text",
    [
        "Proszę podać numer telefonu do kuriera",
        "Podaj numer zamówienia",
        "Kurýr vám zavolá",
        "A futár felhívja",
        "What is your opinion on the colour?",
        "Don't share your password with anyone",
    ],
)
def test_numbers_for_the_courier_and_ordinary_questions_pass(rules, text):
    assert rules.check(text).verdict == "allow"


# Ordinary lines of the kinds the rules blocked in the later training corpora' clean lines
# (migration 0007), written again here in other words.
ORDINARY_NEAR_THE_RULES = [
    "Whisky set with a crystal decanter and six tumblers, boxed.",
    "Zestaw do whisky: karafka i dwie szklanki.",
    "Sada na whisky s karafou, nepoužitá.",
    "Sada na whisky, karafa a poháre.",
    "Üres pálinkás üvegek, dekorációnak.",
    "Empty whisky bottle for a lamp, no cork.",
    "Pusta butelka po whisky, na świecznik.",
    "Nie sprzedaję alkoholu, w ogłoszeniu są tylko kufle.",
    "Amunicji nie mam, sprzedaję samą kaburę.",
    "Střelivo nemám, prodávám jen pouzdro.",
    "Lőszerem nincs, csak a tokot árulom.",
    "We don't sell alcohol, only the glasses in the photo.",
    "Kurier zadzwoni na numer z zamówienia przed dostawą.",
    "Kurýr volá před doručením na číslo z objednávky.",
    "Kuriér vždy volá na číslo z objednávky.",
    "A futár a rendelésben megadott számon hívja.",
    "Does the site really need my card details when I sell?",
    "Have your Google password to hand when you set it up.",
    "Never give your password to anyone, not even support.",
    "Klocki z loterii szkolnej, komplet.",
    "Zapłacę za ponowną wysyłkę przez Allegro, przepraszam.",
    "Kawa to mój jedyny dopalacz rano.",
    "Az Allegróról hetente utalom ki a pénzt a számlámra.",
    "Recept na domácí višňový likér přidám k pohárům.",
    "Etikety na domácí likéry, 50 ks.",
    "Recipe card for sloe gin included with the jars.",
    "how tall are you in the pic",
    "Tracking: https://tracking.dpd.de/status/cs_CZ/parcel/01234567890123",
    # order numbers named a little way before, in a list, or after (Hungarian)
    "Podaję numer zamówienia, żeby łatwiej było znaleźć: 8088549579.",
    "Dwa zamówienia, numery 0009234362 i 7483907070, proszę wysłać razem.",
    "A 7032487298 számú rendelést ma feladtam.",
    "a 0580873761 rendelés már be van csomagolva?",
    "Megadom a rendelésszámot, hogy könnyebb legyen megtalálni: 6825409914.",
]


@pytest.mark.parametrize("text", ORDINARY_NEAR_THE_RULES)
def test_ordinary_lines_near_the_rules_pass(rules, text):
    verdict = rules.check(text, use_model=False)
    assert verdict.verdict == "allow", verdict.findings


@pytest.mark.parametrize(
    "text",
    [
        "Nie mam numeru zamówienia, zadzwoń 601 234 567",
        "zamówienie 123456, pisz na whatsapp 601 234 567",
        "objednávka 123456, volejte 777 123 456",
        "my order number is 12345678 and my mobile 07911 123456",
        "rendelés: 123456, hívj: 06 30 123 4567",
        "Zamówienie? wa.me 601 234 567",
    ],
)
def test_a_phone_after_an_order_number_and_a_request_to_call_is_still_a_phone(rules, text):
    verdict = rules.check(text, use_model=False)
    assert ("off_platform", "phone number") in {(f.category, f.rule) for f in verdict.findings}


@pytest.mark.parametrize(
    "text",
    [
        "Nie sprzedaję alkoholu, ale mam bimber 70%, 40 zł litr.",
        "Whisky set? No, I sell the whisky itself, 12 bottles, cash.",
        "Kurier zadzwoni na numer z zamówienia, albo pisz na 601 234 567",
    ],
)
def test_the_new_exceptions_do_not_hide_what_follows_them(rules, text):
    assert rules.check(text, use_model=False).verdict == "block"


@pytest.mark.parametrize(
    "text, blocked",
    [
        ("a RR618351012CZ csomag 6 napja áll", False),  # a Czech Post parcel number
        ("Balík RR123456785CZ je na poště.", False),
        ("Pošlete to na CZ65 0800 0000 1920 0014 5399.", True),
        ("Wpłać na PL61 1090 1014 0000 0712 1981 2874", True),
        ("Pay to GB82 WEST 1234 5698 7654 32 please", True),
    ],
)
def test_only_a_real_iban_is_a_bank_account(rules, text, blocked):
    verdict = rules.check(text, use_model=False)
    rules_found = {finding.rule for finding in verdict.findings}
    assert ("bank account number (IBAN)" in rules_found) is blocked, verdict.findings


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("k*rva, kde je ten balik", "k*rva"),
        ("ty č*ráku, kde je moje zboží", "č*ráku"),
        ("te f*sz, hol az áru", "f*sz"),
        ("k**wa mać, gdzie paczka", "k**wa"),
        ("where's my stuff you a$$hole", "a$$hole"),
    ],
)
def test_swear_words_with_letters_starred_out_or_in_symbols_are_found(rules, text, fragment):
    verdict = rules.check(text, use_model=False)
    assert verdict.categories == ["profanity"]
    assert [finding.fragment for finding in verdict.findings] == [fragment]


@pytest.mark.parametrize(
    "text",
    ["5* hotel, **Note** ok", "rozmiar 3*4 m", "Cena*: 100 zł", "p*sek do spodni, czarny"],
)
def test_stars_in_ordinary_text_are_no_swear_words(rules, text):
    assert not rules.check(text, use_model=False).blocked


@pytest.mark.parametrize(
    ("reported", "asked"),
    [
        (
            "Someone told me to click a link to receive my money, I reported them.",
            "Click the link to receive your money.",
        ),
        (
            "Dostałam SMS, żeby podać dane karty do zwrotu, to oszustwo, prawda?",
            "Proszę podać dane karty do zwrotu.",
        ),
        (
            "Prodejce chtěl, ať mu napíšu na WhatsApp. Odmítl jsem.",
            "Napište mi na WhatsApp.",
        ),
        (
            "Valaki azt írta, kattintsak egy linkre, hogy megkapjam a pénzt, jelentettem.",
            "Kattints a linkre, hogy megkapd a pénzt.",
        ),
        (
            'got a message saying "send the overpayment back by western union", that\'s the '
            "classic scam isn't it",
            "I overpaid, send the difference back by western union.",
        ),
        (
            # "send me" inside another's reported question (session 26's note)
            "Kupující se ptal, jestli může poslat mi přeplatek. Odmítla jsem.",
            "Můžete mi poslat přeplatek?",
        ),
        (
            "Kupujúci sa pýtal, či môže poslať mi preplatok. Odmietla som.",
            "Pošlite mi preplatok.",
        ),
        (
            "Kupujący pytał, czy może odesłać mi nadpłatę. Odmówiłam.",
            "Odeślij mi nadpłatę na konto.",
        ),
    ],
)
def test_a_writer_reporting_what_someone_else_asked_is_not_the_one_asking(rules, reported, asked):
    assert not rules.check(reported, use_model=False).blocked
    assert rules.check(asked, use_model=False).blocked


@pytest.mark.parametrize(
    ("refusal", "offer"),
    [
        (
            "Platba jen přes Allegro, převody mimo portál neberu.",
            "Převod mimo portál je levnější.",
        ),
        ("mimo portál platit nebudu, sorry", "Zaplaťte mimo portál, bude to levnější."),
        ("Mimo portálu nič platiť nebudem, prepáčte.", "Mimo portálu je to lacnejšie."),
        (
            "I'm afraid I can't accept payment outside the site, please buy normally.",
            "I accept payment outside the site, it's cheaper.",
        ),
    ],
)
def test_a_refusal_passes_and_the_offer_it_refuses_does_not(rules, refusal, offer):
    assert not rules.check(refusal, use_model=False).blocked
    assert rules.check(offer, use_model=False).categories == ["off_platform"]


@pytest.mark.parametrize(
    "text",
    [
        "model 2023, numer części 5253675291",
        "Kod produktu EAN 4239441310, oryginał z polskiej dystrybucji.",
        "IMEI 3574120982, bez simlocka",
    ],
)
def test_part_product_and_device_numbers_are_not_phones(rules, text):
    assert not rules.check(text, use_model=False).blocked


@pytest.mark.parametrize(
    ("printed", "asking"),
    [
        ('Prodávám tričko s nápisem "Heslo: káva", velikost XL.', "napiš mi heslo od seznamu"),
        ('Koszulka z napisem "Hasło: kawa", rozmiar XL.', "Napisz mi hasło do konta"),
    ],
)
def test_a_slogan_printed_on_a_shirt_is_no_password_and_a_request_still_is(rules, printed, asking):
    assert not rules.check(printed, use_model=False).blocked
    assert rules.check(asking, use_model=False).categories == ["credentials_request"]


@pytest.mark.parametrize(
    ("offer", "ordinary"),
    [
        (
            "kolo je kradené, proto tak levně, ale jezdí super",
            "Ukradli mi kolo, tak kupuji nové, je ještě k mání?",
        ),
        (
            "got a few laptops that fell off the back of a lorry, no receipt",
            "The laptop fell off the desk once, a small dent on the lid, works fine.",
        ),
        (
            "Vybavím vodičák na akékoľvek meno, 900 €.",
            "Vodičák mi stačí ukázať kuriérovi pri prevzatí?",
        ),
        (
            "Sú to síce kópie, ale nikto nepozná rozdiel.",
            "Je to originál, nie kópia, bločik priložím.",
        ),
    ],
)
def test_stolen_counterfeit_and_forged_goods_are_prohibited_and_talk_of_them_is_not(
    rules, offer, ordinary
):
    assert rules.check(offer, use_model=False).categories == ["prohibited_item"]
    assert not rules.check(ordinary, use_model=False).blocked


@pytest.mark.parametrize(
    ("text", "fragment"),
    [("jdi do pr*dele podvodníku", "pr*dele"), ("f*** off you scammer", "f***")],
)
def test_stars_for_a_missing_letter_or_a_whole_word_are_found(rules, text, fragment):
    assert [f.fragment for f in rules.check(text, use_model=False).findings] == [fragment]


def test_a_place_called_twatt_is_no_insult_and_the_insult_still_is(rules):
    assert not rules.check("Collection in Twatt, Orkney, or I can post.", use_model=False).blocked
    assert rules.check("it's a pile of crap, you twat", use_model=False).blocked


# Written as an attacker would, to abuse the exceptions above: a warning word, a reporting
# tag after the request, a negation of something else, a judging word elsewhere.
DRESSED_UP_REQUESTS = [
    "Watch out, send me your BLIK code quickly so I can pay.",
    "Heads up, I need your card number and CVV to send the payout.",
    "Send me your password, the seller asked for it.",
    "Send me your BLIK code and I said no to the other guy.",
    "This is a scam-free deal, send me the BLIK code.",
    "I got your message, send me the SMS code. Ignore the other guy.",
    "I won't lie just pay outside the site.",
    "Don't wait send me the BLIK code.",
    "Pay outside the platform not via escrow.",
    "Uważaj bo kurier się spóźnia, podaj mi kod BLIK i numer karty.",
    "Podaj kod BLIK, sprzedawca prosił.",
    "Sprzedawca chce wiedzieć, podaj kod BLIK.",
    "Nie ma sprawy podaj kod BLIK",
    "Podaj kod BLIK nie później niż o 17.",
    "Zapłać poza serwisem nie przez Allegro.",
    "Pošlete mi kód z SMS, kupující to chtěl.",
    "Prodejce chce, abyste mi poslal kód z SMS.",
    "Nečekejte a pošlete mi kód z SMS.",
    "Nikdy nepodvádím tak zaplaťte mimo portál převodem.",
    "Zaplaťte mimo portál nebudu čekat.",
    "Pošlite mi kód z SMS, kupujúci to chcel.",
    "Vigyázz, küldd el az SMS kódot gyorsan.",
    "Küldd el az SMS kódot, az eladó kérte.",
    "Valaki azt kérte, fizesd ki az újrakézbesítés díját.",
]


@pytest.mark.parametrize("text", DRESSED_UP_REQUESTS)
def test_a_request_dressed_as_a_report_or_a_warning_is_still_blocked(rules, text):
    assert rules.check(text).blocked


@pytest.mark.parametrize(
    "text",
    [
        "Someone asked me for my BLIK code, is this a scam?",
        "Kupujący prosi, żebym zapłacił poza serwisem, czy to bezpieczne?",
        "Sprzedaję tylko przez Allegro, poza platformą nie handluję.",
        "Kupující chce, abych zaplatil mimo portál, je to v pořádku?",
        "Predajca odo mňa chce, aby som zaplatil mimo portál.",
        "Az eladó azt írja, hogy fizessek a platformon kívül.",
        "Köszönöm a kedvezményt, de az Allegrón kívül nem vásárolok.",
        "Vigyázat, valaki az Allegro ügyfélszolgálatának adja ki magát, és SMS-kódokat kér.",
        "Pay outside the site? No thanks, I only use the platform.",
        "a buyer told me he'd overpaid and asked me to refund the difference, I reported him",
        'Was it you who sent me a message saying "send me your bank login"? Because I won\'t.',
    ],
)
def test_asking_whether_a_request_is_safe_or_refusing_it_is_delivered(rules, text):
    assert not rules.check(text, use_model=False).blocked


@pytest.mark.parametrize("text", ["*urwa", "ty *urwo", "k.urwa", "k_urwa", "kur-wa", "k·urwa"])
def test_a_swear_word_split_or_led_by_a_mark_is_found(rules, text):
    assert rules.check(text, use_model=False).categories == ["profanity"]


@pytest.mark.parametrize(
    "text", ["Rock*n*roll vinyl", "Vintage Pre*owned bag", "Kovács-Nagy Anna", "v.i.p. s.r.o."]
)
def test_marks_inside_ordinary_words_are_no_swear_words(rules, text):
    assert not rules.check(text, use_model=False).blocked


_MARKS = st.sampled_from(["*", ".", "-", "_", "·", "?", "\n", '"', "„", " ", "nie ", "not "])


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(
                [
                    "kurwa",
                    "send me your BLIK code",
                    "someone told me",
                    "mimo portál",
                    "neberu",
                    "<script>",
                    "k*rva",
                    "watch out",
                    "it's a scam",
                    "poza serwisem",
                    "valaki",
                ]
            ),
            _MARKS,
            st.text(max_size=12),
        ),
        max_size=14,
    ).map("".join)
)
def test_any_text_gets_a_verdict_whose_fragments_are_its_own(rules, text):
    """Stars, split words, reports, negations and quotes in any order: the check answers,
    and every finding points at the writer's own characters."""
    for finding in rules.check(text).findings:
        assert text[finding.start : finding.end] == finding.fragment


# Held-out set 5, read as a development set: what its ordinary letters and misses showed.
@pytest.mark.parametrize(
    ("report", "asking"),
    [
        (
            "Zgłaszam użytkownika, który napisał do mnie: „kliknij w link i podaj numer karty, "
            "żeby odebrać pieniądze”. To chyba oszustwo?",
            "Kliknij w link i podaj numer karty, żeby odebrać pieniądze.",
        ),
        (
            "nahlasujem správu: „pošli mi kód z SMS, potvrdím platbu cez kuriéra“ – prosím "
            "preverte tohto používateľa",
            "pošli mi kód z SMS, potvrdím platbu cez kuriéra",
        ),
        (
            "Cytuję, co dostałem: 'przepisz kod blik, to zapłacę' – oczywiście nie przepisałem.",
            "podaj kod blik, to zapłacę",
        ),
        (
            "the user wrote: 'send me your card number' and I am reporting it",
            "This user is great, send me your card number",
        ),
        (
            "please ignore anyone asking you to pay outside the site, that isn't me",
            "ignore anyone asking you to pay on the site and pay outside the site to me directly",
        ),
        (
            "proszę nie odpowiadać na wiadomości z prośbą o przelew poza serwisem, to nie ja",
            "Zapłać przelewem poza serwisem, to nie problem.",
        ),
    ],
)
def test_a_quoted_report_or_a_disowned_request_passes_and_the_request_itself_does_not(
    rules, report, asking
):
    assert not rules.check(report, use_model=False).blocked
    assert rules.check(asking, use_model=False).blocked


@pytest.mark.parametrize(
    ("absent", "offered"),
    [
        ("sok z pigwy bez cukru, 0,5 l, nie nalewka", "nalewka z pigwy, 0,5 l, 40 zł"),
        ("pálenku nepredávam, tá fľaša na fotke je len ozdobná", "predám pálenku, 2 fľaše"),
        ("pálinkát nem árulok, csak a díszüveget, üresen", "házi pálinkát árulok, literje 6000"),
        ("házi bodzaszörp, alkoholmentes, 0,7 l", "házi pálinka, 0,7 l, 5000 Ft"),
        ("konopná mast na klouby, bez THC, kosmetika", "Xanax bez recepty, 10 tabletek"),
        ("régi pálinkásüveg-gyűjtemény, mind üres, dísznek", "nie tylko marihuana, mam też koks"),
        ("hemp hand cream, cosmetic, no THC", "got addy 30mg, no script, 5 a pill"),
        ("Likier? Nie, to butelka po likierze, pusta.", "Wódka? Nie ma sprawy, dorzucę"),
        (
            "Vážený pane,\n\nkonopná mast na klouby, bez THC, kosmetika\n\nS pozdravem\nJana",
            "Whisky? no worries, I'll add it",
        ),
    ],
)
def test_an_item_named_as_absent_or_refused_passes_and_an_offer_does_not(rules, absent, offered):
    assert not rules.check(absent).blocked
    assert rules.check(offered).categories == ["prohibited_item"]


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("zkrácenej odkaz is.gd/mikiny", "link:is.gd"),
        ("ow.ly/aB3x9 sale ends tonight", "link:ow.ly"),
        ("hxxps://gadget-clearance[.]shop", "link:gadget-clearance.shop"),
        ("a többi a jofogas.hu-n van, keress rá a nevemre", "link:jofogas.hu"),
        ("evil-shop dot com", "link:evil-shop.com"),
    ],
)
def test_shortened_defanged_and_suffixed_links_are_found(rules, text, site):
    findings = rules.check(text, use_model=False).findings
    assert [f.rule for f in findings if f.category == "external_link"] == [site]


@pytest.mark.parametrize(
    "text",
    ["a kabát pont jó, a lányom nagyon örül", "np. 5 szt.", "T.J. Maxx", "ul. Długa 5/7"],
)
def test_a_spelled_dot_before_an_uncommon_suffix_is_no_link(rules, text):
    assert not rules.check(text, use_model=False).blocked


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("czy ma Pan jeszcze te naboje 9 mm?", "prohibited_item"),
        ("mám makovinu na odvar, opium z vlastní zahrádky", "prohibited_item"),
        ("selling a stun gun that looks like a torch", "prohibited_item"),
        ("selling my grandad's shotgun, he never had it licensed", "prohibited_item"),
        ("hamisított Nike cipők, eredetiként is eladhatod", "prohibited_item"),
        ("lopott telefonok, ezért ilyen olcsók", "prohibited_item"),
        ("lets not go through the site, their fees are mental", "off_platform"),
        ("ne az oldalon fizess, hanem revolutra", "off_platform"),
        ("ha lemondod a rendelést, átutalással 2 ezerrel olcsóbban adom", "off_platform"),
        ("zaplatíš hotově a inzerát zruším ať nemusím platit poplatek", "off_platform"),
        ("pošlite mi to na dobierku mimo stránky", "off_platform"),
        ("ešte kód z google overovača a môžem ťa zaregistrovať", "credentials_request"),
        ("a revolut appban most kapsz egy kódot, azt diktáld le nekem", "credentials_request"),
        ("it pays 3% a day, guaranteed returns, minimum deposit $500", "scam"),
        ("absolute bellend", "profanity"),
    ],
)
def test_what_the_fifth_set_showed_missing_is_found(rules, text, category):
    assert rules.check(text, use_model=False).categories == [category]


@pytest.mark.parametrize(
    "text",
    [
        "naboje do syfonu 8 g, 10 sztuk",
        "předání možné v obci Kokotsko u Mělníka",
        "nem kell fizetni szállítási díjat",
        "nemusím platit poplatek za dopravu, je zdarma",
        "kód z overovacej SMS nikomu nedávajte",
        "I will not go through the hassle of returning it",
    ],
)
def test_near_misses_of_the_new_phrases_pass(rules, text):
    assert not rules.check(text, use_model=False).blocked


# Held-out set 6, read after its one measurement: contact moves by a messenger's user name.
@pytest.mark.parametrize(
    "text",
    [
        "tg: @felgi_alu_poznan",
        "ig @bazar_lenka_praha",
        "snap: peto_bb22",
        "skype: feri_bacsi_73",
        "discord: retrogamer#4471",
    ],
)
def test_a_user_name_on_another_messenger_is_off_platform(rules, text):
    assert [f.rule for f in rules.check(text, use_model=False).findings] == ["messenger handle"]


@pytest.mark.parametrize(
    "text",
    ["ig: zdjęcia w ogłoszeniu", "Telegram: no, only here", "Na IG mam więcej zdjęć"],
)
def test_a_messenger_named_without_a_user_name_is_no_contact(rules, text):
    assert not rules.check(text, use_model=False).blocked


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("cislo uctu 2612345678 / 1100", "off_platform"),
        ("3kst4zy 10 szt", "prohibited_item"),
        ("van m3thamf3tamin, írj", "prohibited_item"),
        ("ostatnie wezwanie: zapłać do 18:00 albo sprawa w sądzie", "scam"),
        ("utolsó figyelmeztetés: ha 1 órán belül nem fizetsz, feljelentelek", "scam"),
    ],
)
def test_what_the_sixth_set_showed_missing_is_found(rules, text, category):
    assert rules.check(text, use_model=False).categories == [category]


@pytest.mark.parametrize(
    "text",
    [
        "ostatnie wezwanie do odbioru paczki w paczkomacie",
        "final notice: your parcel is waiting at the depot",
        "dostawa 2/3 dni, 10 / 2026",
    ],
)
def test_near_misses_of_the_sixth_sets_rules_pass(rules, text):
    assert not rules.check(text, use_model=False).blocked


# A buyer's fake escrow: the payment "held until you send the tracking number", or "the
# bank sent you the confirmation" (development set 7 had it in every language).
@pytest.mark.parametrize(
    "text",
    [
        "Przelew poszedł, Allegro zablokowało kasę do czasu aż wyślesz numer przesyłki",
        "Platba je u portálu, drží ji, dokud nezadáte podací číslo, pak vám ji pošlou",
        "Peniaze sú zablokované, portál ich drží, kým nezadáš podacie číslo",
        "Az oldal visszatartja a pénzt, amíg fel nem töltöd a feladóvevényt",
        "the money is on hold until you upload proof of postage, that's their rule",
        "My bank has sent you an email confirming the transfer, please ship today",
        "Banka vám zaslala potvrzení o platbě, můžete poslat",
    ],
)
def test_a_fake_escrow_is_a_scam(rules, text):
    assert rules.check(text, use_model=False).categories == ["scam"]


@pytest.mark.parametrize(
    "text",
    [
        "Paczkomat trzyma paczkę 48 godzin, potem wraca do nadawcy",
        "Mój bank wysłał mi potwierdzenie przelewu, wszystko ok",
        "The parcel is held at the depot until Monday, tracking says so",
        "Zásilkovna drží balík 7 dní, dokud si ho nevyzvednete",
        "I'll hold it for you until Friday, then post it with tracking",
        "Allegro wysłało Panu potwierdzenie zamówienia, wysyłka jutro",
    ],
)
def test_holding_a_parcel_and_a_banks_own_confirmation_pass(rules, text):
    assert not rules.check(text, use_model=False).blocked


def test_a_buyer_offering_to_pay_for_redelivery_is_no_redelivery_scam(rules):
    offer = "Nie ma problemu, zapłacę za ponowną wysyłkę, proszę tylko o nowy numer"
    demand = "Paczka wróciła. Dopłać 3,49 zł za ponowne doręczenie, link w SMS"
    assert not rules.check(offer, use_model=False).blocked
    assert rules.check(demand, use_model=False).categories == ["scam"]


# Set 8 read as a development set (after its one measurement): ordinary lines that looked
# like offences, and the offences beside them.
@pytest.mark.parametrize(
    ("ordinary", "offence"),
    [
        (  # the reporting words and the quote in one finding
            'Wczoraj ktoś napisał mi "przepisz kod BLIK", zgłosiłam to do pomocy.',
            'Napisz do mnie "podaj kod BLIK" i wyślę od razu',
        ),
        (
            'Nekdo mi poslal "pošli mi kód z SMS", nahlásila jsem ho.',
            "Pošli mi kód z SMS, rychle",
        ),
        (  # refusing verbs after the phrase
            "Platbu převodem mimo platformu nesouhlasím, zaplaťte prosím přes portál.",
            "Zaplaťte mi převodem mimo platformu, ušetříte.",
        ),
        (
            "Utalásba a platformon kívül nem megyek bele, elnézést.",
            "Fizess a platformon kívül, úgy olcsóbb.",
        ),
        (  # paying "directly" at the order, on the site
            "Lze zaplatit kartou přímo v objednávce, nebo jen převodem?",
            "Kupte si to přímo u mě, bude to levnější.",
        ),
        (
            "Is it fine to pay by card directly at checkout?",
            "Pay me directly and I'll knock a tenner off.",
        ),
        (  # leather, written with its accent, is no wine
            "Kedves Eladó!\n\nA táska valódi bőr? Köszönöm.",
            "Eladó bor is, 6 üveg tokaji.",
        ),
    ],
)
def test_what_the_eighth_set_showed_passes_and_the_offence_beside_it_does_not(
    rules, ordinary, offence
):
    assert not rules.check(ordinary, use_model=False).blocked
    assert rules.check(offence, use_model=False).blocked


@pytest.mark.parametrize(
    "text",
    ["przepisz mi tu kod BLIK, szybciej będzie", "přepiš mi sem ten ověřovací kód z banky"],
)
def test_a_code_to_copy_out_is_asked_for(rules, text):
    assert rules.check(text, use_model=False).categories == ["credentials_request"]


def test_a_parcel_lockers_code_from_an_sms_is_typed_in_not_asked_for(rules):
    text = "Przepisz kod z SMS-a na ekranie paczkomatu i skrytka się otworzy"
    assert not rules.check(text, use_model=False).blocked


# Set 8's misses, read after its one measurement, as kinds (other words here).
@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Przelew zrobiony, nadaj dzisiaj, a pieniądze wpłyną w poniedziałek", "scam"),
        ("Peníze vám banka připíše až po odeslání zboží, tak to pošlete", "scam"),
        ("Az utalás függőben van, de nyugodtan add fel még ma", "scam"),
        ("Paid already, please post it today, the funds will clear by Friday", "scam"),
        ("InPost: uiść 2,50 zł za ponowne doręczenie, link poniżej", "scam"),
        ("Kártérítés jár Önnek, igényelje a linken még ma", "scam"),
        ("wpisz mi tutaj hasło do konta, sprawdzę to", "credentials_request"),
        ("Na overenie odpíšte svoje prihlasovacie údaje do banky", "credentials_request"),
        ("Pošli to cez Revolut na @predajca_77, je to rýchlejšie", "off_platform"),
        ("Ty jsi ale kráva, to jsem neobjednal", "profanity"),
        ("Ne szopassál, add vissza a pénzt", "profanity"),
    ],
)
def test_what_the_eighth_set_showed_missing_is_found(rules, text, category):
    assert rules.check(text, use_model=False).categories == [category]


@pytest.mark.parametrize(
    "text",
    [
        "Wyślę, jak tylko pieniądze wpłyną na konto, dziękuję",
        "Pošlu to hned, jakmile mi přijdou peníze",
        "Please post it once the payment shows up on your side",
        "Krava z porcelánu, dekorace na poličku, 250 Kč",
        "Na Instagramie oznaczcie nas @allegro w relacji",
        "Zwrot należności w ciągu 14 dni, przysługuje Panu prawo odstąpienia od umowy",
    ],
)
def test_near_misses_of_the_eighth_sets_rules_pass(rules, text):
    assert not rules.check(text, use_model=False).blocked


# Set 9 read as a development set (after its one measurement), in other words.
@pytest.mark.parametrize(
    "text",
    [
        # a courier's or the post's public help line, named as such
        "Infolinia InPost: 722 444 000, tam zapytaj o przesyłkę.",
        "Zákaznická linka Zásilkovny je 216 216 516, volejte tam.",
        "A Foxpost ügyfélszolgálata: 06 1 999 0369.",
        # reports with the scammer's words in single quotes, an elided number inside
        "Nahlasujem používateľa, napísal: 'zavolaj na 0905..., dohodneme sa bez allegra'.",
        "Valaki ezt írta: 'hívj a 06 20...-on, allegro nélkül olcsóbb'. Jelentettem.",
        "Wrote to me, this buyer did: 'text me on 07..., we can skip allegro'. Reported.",
        "Napisała do mnie ktoś: 'podaj kod BLIK do zwrotu'. Nie podałam, zgłaszam.",
        "This seller wants me to send him my card number. Reporting it.",
        # look-alikes
        "Złote kutasy do zasłon, 4 sztuki.",
        "Three Dick Francis hardbacks, good condition.",
    ],
)
def test_what_the_ninth_set_showed_passes(rules, text):
    assert not rules.check(text, use_model=False).blocked


@pytest.mark.parametrize(
    "text",
    [
        "Zavolej mi na 777 123 456, domluvíme se",
        "zadzwoń do mnie, infolinia to strata czasu: 600 123 456",
        "podaj kod BLIK do zwrotu",
        "send me your card number",
    ],
)
def test_beside_the_ninth_sets_exceptions_a_request_is_still_one(rules, text):
    assert rules.check(text, use_model=False).blocked


# Set 9's misses, read after its one measurement, as kinds (other words here).
@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Mam też przemycane papierosy, 12 zł paczka", "prohibited_item"),
        ("Predám hacknuté účty na Netflix, aj s heslom", "prohibited_item"),
        ("Laptop z lewego źródła, dlatego tak tanio", "prohibited_item"),
        ("I'll send a cheque for a higher amount, you wire back the difference", "scam"),
        ("Jött egy SMS-kód tévedésből hozzád, továbbítanád?", "credentials_request"),
        ("Please send a photo of both sides of your ID card before I ship", "credentials_request"),
        ("Ne az oldalon intézzük, írj inkább e-mailt", "off_platform"),
    ],
)
def test_what_the_ninth_set_showed_missing_is_found(rules, text, category):
    assert rules.check(text, use_model=False).categories == [category]


@pytest.mark.parametrize(
    "text",
    [
        "Moje konto zostało zhakowane, piszę z nowego, proszę o cierpliwość",
        "Mój telefon ukradli, dlatego piszę z laptopa",
        "Kód z SMS jsem omylem smazal, pošlete prosím nový přes portál?",
    ],
)
def test_near_misses_of_the_ninth_sets_rules_pass(rules, text):
    assert not rules.check(text, use_model=False).blocked


def test_the_default_rules_all_compile(rules):
    # A rule that does not compile is skipped (staff see it in admin); a default one must
    # never be ("u" as a first word once was: it needs two letters).
    assert rules.errors == []


def test_every_default_rule_fits_the_field_staff_edit_it_in():
    # The data migrations store them; PostgreSQL refuses a longer pattern (SQLite doesn't).
    from message_rules import defaults
    from message_rules.models import Rule

    limit = Rule._meta.get_field("pattern").max_length
    patterns = [p for _c, _l, p in [*defaults.PHRASES, *defaults.REGEXES]]
    patterns += [p for _l, p in defaults.ALLOW]
    assert [p[:60] for p in patterns if len(p) > limit] == []


def test_no_two_default_rules_share_a_pattern():
    # Rule is unique on (kind, language, lower(pattern)) whatever the category: migration
    # 0002 loads the defaults into one table, and a second category for the same words
    # failed there on PostgreSQL (a phrase is one rule; it has one category).
    from collections import Counter

    from message_rules import defaults

    keys = [("phrase", lang, p.lower()) for _c, lang, p in defaults.PHRASES]
    keys += [("regex", lang, p.lower()) for _c, lang, p in defaults.REGEXES]
    keys += [("allow", lang, p.lower()) for lang, p in defaults.ALLOW]
    assert [key[2][:60] for key, count in Counter(keys).items() if count > 1] == []


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        # a link to the writer's trade elsewhere also takes the sale off the site
        (
            "Więcej moich rzeczy na vinted.pl/member/123-ola, tam taniej",
            ["off_platform", "external_link"],
        ),
        (
            "Ugyanez olcsóbban a webshopomban: www.kerti-bolt-gabor.hu",
            ["off_platform", "external_link"],
        ),
        ("Zdjęcia wrzuciłem na imgur.com/a/xyz", ["external_link"]),
        # card details "for the refund", a login asked by "support": phishing
        ("Do zwrotu pieniędzy potrzebuję numer karty i CVV", ["scam", "credentials_request"]),
        ("Pro vrácení peněz mi pošlete číslo karty a CVC", ["scam", "credentials_request"]),
        (
            "Support team here: reply with your account password to keep your listing",
            ["scam", "credentials_request"],
        ),
        # a scam that asks for the card details asks for credentials
        (
            "Zaplaťte poplatek za doručení na odkazu, stačí zadat údaje karty:"
            " dorucovani-zasilek.top",
            ["external_link", "scam", "credentials_request"],
        ),
        # a host that borrows a courier's name imitates the courier
        (
            "Śledź paczkę tutaj: inpost-paczka-sledzenie.info/x12",
            ["external_link", "scam"],
        ),
        ("Track here: parcel-evri.info/7731", ["external_link", "scam"]),
    ],
)
def test_a_blocked_message_is_told_every_category_its_words_make_it(rules, text, categories):
    verdict = rules.check(text, use_model=False)
    from message_rules.engine import CATEGORIES

    assert verdict.categories == [c for c in CATEGORIES if c in categories]


def test_a_second_category_is_only_added_to_what_is_already_blocked(rules):
    for text in [
        "Zwrot pieniędzy przyjdzie na kartę, z której Pan płacił",
        "Our support team never asks for your password",
        "Cheaper there? I buy only here, on the site",
        "Paczkę śledzę w aplikacji InPost",
    ]:
        assert not rules.check(text, use_model=False).blocked, text


def test_each_implied_category_says_why_it_was_added(rules):
    # the rule a finding came from is what staff read in the review queue
    def reasons(text):
        return {f.category: f.rule for f in rules.check(text, use_model=False).findings}

    assert (
        reasons("Support team here: reply with your account password to keep your listing")["scam"]
        == "details asked for as the site's staff"
    )
    assert (
        reasons("Do zwrotu pieniędzy potrzebuję numer karty i CVV")["scam"]
        == "details asked for to receive money"
    )
    # a messenger's link and another marketplace's: off the site, each named as what it is
    assert reasons("Pisz tu: t.me/okazje_ola")["off_platform"] == "messenger link"
    assert (
        reasons("Więcej na vinted.pl/member/123-ola")["off_platform"]
        == "a link to trade elsewhere"
    )


@pytest.mark.parametrize(
    "text",
    [
        "CV wysłałem przez formularz aplikacji w serwisie",
        "Pošlete mi prosím CV přes formulář na portálu",
        "Send your CV through the application form, please",
    ],
)
def test_a_cv_is_a_resume_not_a_cards_code(rules, text):
    # the skeleton counts a repeated letter once, so "cvv" in a rule read "CV" too
    assert not rules.check(text, use_model=False).blocked


@pytest.mark.parametrize(
    "text", ["Podaj mi CVV z karty", "Pošlete mi číslo karty a cvv", "send me the CVC on the back"]
)
def test_a_cards_code_is_still_asked_for_beside_that(rules, text):
    assert "credentials_request" in rules.check(text, use_model=False).categories


@pytest.mark.parametrize(
    "text",
    [
        # the other side of a rental, a job or a sale, reported or asked about
        "Je normální, že pronajímatel chce platbu mimo portál? Radši to nahlásím",
        "Prečo chce majiteľ chaty platbu mimo portálu? Radšej to zruším",
        "A nyaraló tulajdonosa azt írta, fizessek a saját oldalán, nem tettem, jelentettem",
        "Kripto tanfolyamot ajánlottak garantált hozammal, jelentettem",
        "Chce odo mňa sken pasu, to je normálne? Radšej to nahlásim",
        # the report two sentences on
        "Sprzedawca poprosił mnie o numer karty „do zwrotu”. Czy to normalne? Zgłosiłem już to",
        "Kolega wystawił ogłoszenie z fałszywym certyfikatem, to niezgodne z regulaminem,"
        " zgłosiłam",
    ],
)
def test_a_question_or_report_about_a_landlord_owner_or_colleague_passes(rules, text):
    assert not rules.check(text, use_model=False).blocked


@pytest.mark.parametrize(
    "text",
    [
        "Platbu pošlete mimo portál, prosím, pronajímatel to tak chce",
        "Fizess a saját oldalamon, a tulajdonos vagyok",
        "Chcem platbu mimo portálu, majiteľ som ja",
        "Podaj numer karty do zwrotu. Czy to normalne? Zgłosiłem już to",
    ],
)
def test_the_landlord_or_owner_asking_it_is_still_blocked(rules, text):
    assert rules.check(text, use_model=False).blocked


def test_an_old_discord_tag_is_a_move_off_the_site(rules):
    verdict = rules.check("Domluvme se přes discord, jméno kotelnik#4471", use_model=False)
    assert "off_platform" in verdict.categories
    assert not rules.check("Objednávka #4471 dorazila, díky", use_model=False).blocked


@pytest.mark.parametrize(
    "text",
    [
        "Nie, gotówka do ręki mnie nie interesuje, proszę kupić przez ogłoszenie.",
        "Ne, hotovost na ruku nechci, kupte to prosím přes inzerát.",
        "Sprzedam kurtkę myśliwską, tylko ubranie, żadnej broni ani amunicji.",
        "Ak, kupte si len tú bundu, žiadne náboje.",
    ],
)
def test_cash_in_hand_refused_and_goods_named_as_absent_pass(rules, text):
    assert not rules.check(text).blocked  # with the model, as the site decides


def test_cash_in_hand_offered_is_a_move_off_the_site(rules):
    verdict = rules.check(
        "Zapłać gotówką do ręki przy odbiorze, ogłoszenie zdejmę", use_model=False
    )
    assert "off_platform" in verdict.categories


def test_the_code_the_bank_sends_asked_in_a_scam_is_a_credentials_request_too(rules):
    verdict = rules.check(
        "Prodej potvrzen, zaplaťte dopravu 190 Kč na ppl-doplatek.info a napište mi kód z banky",
        use_model=False,
    )
    assert {"external_link", "scam", "credentials_request"} <= set(verdict.categories)


QUOTED_REQUEST = (
    "> On Mon, 7 Dec 2026, Rosa wrote:\n"
    "> Could you send me your bank details so I can pay directly?\n\n"
)


def test_a_reply_quoting_the_readers_request_and_refusing_it_passes(rules):
    reply = QUOTED_REQUEST + "Sorry, I only take payment through the site's checkout.\n\nMarcus"
    assert not rules.check(reply, use_model=False).blocked
    polish = (
        "> W dniu pon., 7 gru 2026 Róża napisała:\n"
        "> Może mi Pan podać numer konta, zapłacę bezpośrednio?\n\n"
        "Przykro mi, przyjmuję płatność tylko przez koszyk w serwisie.\n\nMarek"
    )
    assert not rules.check(polish, use_model=False).blocked


def test_a_reply_quoting_a_request_and_agreeing_to_it_is_still_blocked(rules):
    reply = QUOTED_REQUEST + "Sure, I'll send my bank details, pay me directly there.\n\nMarcus"
    assert rules.check(reply, use_model=False).blocked


@pytest.mark.parametrize(
    "text",
    [
        "Prosím, nechci se bavit mimo portál, neposílejte mi telefonní číslo.",
        "Dobrý deň, nechcem prejsť mimo portál, prosím neposielajte mi telefónne číslo.",
        "Czytałem regulamin, kontakt poza serwisem jest zabroniony, więc zostańmy tutaj.",
    ],
)
def test_not_wanting_or_ruling_out_a_move_off_the_site_passes(rules, text):
    assert not rules.check(text, use_model=False).blocked


def test_not_wanting_to_wait_is_no_refusal(rules):
    assert rules.check("Nechci čekat, zaplaťte mi mimo portál na účet", use_model=False).blocked


def test_a_fake_payment_asking_to_enter_the_card_is_a_credentials_request_too(rules):
    verdict = rules.check(
        "Platbu jsem odeslal přes Zásilkovnu. Teď musíte potvrdit přijetí na odkazu z SMS"
        " a zadat kartu, kam vám peníze pošlou.",
    )
    assert "credentials_request" in verdict.categories


def test_czech_nem_after_a_preposition_is_no_hungarian_not(rules):
    # "na něm" (on it) folds to "na nem"; Hungarian "nem" (not) still refuses
    czech = "Prodám iPhone 12, je na něm Activation Lock, ale přes checkm8 se to obejde"
    assert "prohibited_item" in rules.check(czech, use_model=False).categories
    assert not rules.check("Na, nem adom meg a jelszavam", use_model=False).blocked


@pytest.mark.parametrize(
    "text",
    [
        "Amíg nem küldöd el a személyid mindkét oldalát, nem adom el a birkákat",
        "Dopóki nie podasz kodu BLIK, nie wyślę paczki",
    ],
)
def test_until_you_give_it_is_a_demand_not_a_refusal(rules, text):
    assert "credentials_request" in rules.check(text, use_model=False).categories


# Set 30 read as a development set (session 23): reports of a listing the writer saw,
# a salutation naming the reader, questions about what an item in hand is.
@pytest.mark.parametrize(
    "text",
    [
        "Widziałam tu ogłoszenie kremu z hydrochinonem, myślałam że to zakazane, zgłosić?",
        "I came across a listing for hydroquinone cream, I thought it was banned, should I"
        " report it?",
        "Láttam itt egy hidrokinonos krémet, azt hittem tilos, jelentsem?",
        "Někdo mi psal, že má kopii 1:1 téhle kabelky. To je tady vůbec povolené?",
        "csak szólok, egy srác sarmot kérdezett tőlem a chaten, letiltottam",
    ],
)
def test_a_listing_seen_or_an_offer_received_and_questioned_passes(rules, text):
    assert not rules.check(text, use_model=False).blocked


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # the same goods offered, or a question with no report or doubt in it
        ("Mam krem z hydrochinonem z Turcji, w aptece nie dostaniesz", "prohibited_item"),
        ("Mam kopii 1:1 té kabelky, 2500 Kč", "prohibited_item"),
        ("Láttam itt valakit, aki olcsóbban adja. Nálam is van 1:1 másolat.", "prohibited_item"),
    ],
)
def test_the_same_goods_offered_are_still_blocked(rules, text, category):
    assert category in rules.check(text, use_model=False).categories


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "Szanowny sprzedawco, mój bank wysłał Panu potwierdzenie mailem, proszę wysłać",
            "scam",
        ),
        ("Vážený prodejce, moje banka vám poslala potvrzení e-mailem, odešlete to", "scam"),
    ],
)
def test_the_reader_named_in_the_salutation_is_no_reported_asker(rules, text, category):
    assert category in rules.check(text, use_model=False).categories
    # the same seller named as the one who wrote it is a report
    report = text.replace("Szanowny sprzedawco,", "Sprzedawca napisał, że").replace(
        "Vážený prodejce,", "Prodejce psal, že"
    )
    assert category not in rules.check(report + " Zgłosiłam to.", use_model=False).categories


def _model_finding(text, words, category="prohibited_item"):
    from message_rules.model import ModelFinding

    spans = tuple((text.index(word), text.index(word) + len(word)) for word in words)
    return ModelFinding(category, 0.95, spans)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Are these steroids? The bottle label looks odd.", ["steroids", "bottle", "looks"]),
        ("Jsou to steroidy? Ta etiketa vypadá divně.", ["steroidy", "etiketa"]),
        ("How can I tell if a Canada Goose jacket is fake?", ["Canada Goose", "fake"]),
        ("Dziwne, że Chanel za 150 zł, na pewno oryginał?", ["Chanel", "oryginał"]),
    ],
)
def test_a_question_about_what_the_item_in_hand_is_is_no_offer_for_the_model(text, words):
    assert message_engine._asks_what_it_is(text, _model_finding(text, words))


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Do you have steroids? I need them for a cycle.", ["steroids", "cycle"]),
        ("Are these steroids? Yes, 10 vials, 200 each.", ["steroids", "vials"]),
        ("Mam sterydy, 10 ampułek. Jsou to steroidy?", ["sterydy", "ampułek"]),
    ],
)
def test_an_item_asked_for_or_offered_beside_such_a_question_is_still_the_models(text, words):
    assert not message_engine._asks_what_it_is(text, _model_finding(text, words))
    assert not message_engine._asks_what_it_is(text, _model_finding(text, words, "scam"))


def test_no_default_phrase_has_an_alternative_that_is_only_a_number():
    # "|" binds loosest: "60|90|120 day terms" is "60" or "90" or "120 day terms", and a
    # bare "60" would block every price of 60. Written "60|90|120 ~0 day terms" it is meant.
    import re

    from message_rules import defaults

    bare = []
    for _category, _language, pattern in defaults.PHRASES:
        for piece in pattern.split(";"):
            groups = re.split(r"\s+~\d*\s+", " ".join(piece.split()))
            if len(groups) == 1:  # after a gap a number is one word of a longer phrase
                bare += [
                    (alternative, pattern[:50])
                    for alternative in groups[0].split("|")
                    if re.fullmatch(r"[\d*]+", alternative.strip())
                ]
    assert bare == []


# Set 10 read as a development set (after its one measurement), in other words.
@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("dejte mi sem váš mobil, zavolám večer", "off_platform"),
        ("Add meg a telefonszámodat, felhívlak", "off_platform"),
        ("drop me your number and I'll ring you tonight", "off_platform"),
        ("podaj numerek, oddzwonię po pracy", "off_platform"),
        ("A macie WhatsAppa? Tam szybciej", "off_platform"),
        ("Nechci platit provizi, přijeďte si pro to a zaplaťte hotově", "off_platform"),
        ("Telefonon rendelje meg, úgy gyorsabb", "off_platform"),
        ("Do the pickup and I'll need your PIN for the card reader", "credentials_request"),
        ("Pro vrácení peněz napište číslo karty a CVV", "credentials_request"),
        ("Ha nem fizet pénteken, a végrehajtóhoz és a bírósághoz fordulunk", "scam"),
        ("If you don't pay by Monday the matter goes to court and the bailiffs", "scam"),
        ("Nadpłata podatku czeka na Ciebie, kliknij i odbierz", "scam"),
        ("I'm stranded in Dubai and I need 600 euros for a flight home", "scam"),
        ("Som vojak na misii v Iraku, pomôžete mi poslať balík?", "scam"),
        ("Zapisz się do forexu, zysk 10 % tygodniowo", "scam"),
        ("Jste hovado, zboží pořád nemám", "profanity"),
        ("ty svina jedna, kde je balík", "profanity"),
        ("Maga hülye vagy csak nem figyel?", "profanity"),
        ("what a complete tosser you are", "profanity"),
        ("kup taniej na www mojesklepy shop", "external_link"),
        ("mam to taniej na zabawki-hurt com / promocje", "external_link"),
    ],
)
def test_what_the_tenth_set_showed_missing_is_found(rules, text, category):
    assert category in rules.check(text, use_model=False).categories


@pytest.mark.parametrize(
    "text",
    [
        # a scent named after the plant, messages "here" (on the site)
        "Vonná tyčinka s vůní 'Cannabis', bez konopí",
        "Zapach 'Cannabis' do samochodu, sama nazwa",
        "Write me here if the size is wrong, I'll sort it",
        # reports of a proposal
        "The buyer proposed I cancel and pay him 'directly'. I said no and reported it.",
        "Kupující navrhl, abych zrušil objednávku a zaplatil 'přímo'. Odmítl jsem.",
        # near misses of the new rules
        "Telefonszámot a rendelésnél adtam meg, a futár azon hív",
        "Pošlu vám telefon zítra ráno přes Zásilkovnu",
        "Mate na chate signal? Ja tam nemam ani čárku",
        "Do you have the PIN for the SIM card? The phone asks for it",
        "Jeśli nie zapłacę do piątku, zamówienie się anuluje?",
        "Krava z porcelánu, pekná dekorácia, 12 €",
        "Fizetni közvetlenül az Allegrón tud, a kosárban",
        "Wysyłka pl / cz / sk w tej samej cenie",
        "Ten PIN k SIM kartě najdete na plastové kartičce",
    ],
)
def test_near_misses_of_the_tenth_sets_rules_pass(rules, text):
    assert not rules.check(text, use_model=False).blocked


@pytest.mark.parametrize(
    "text",
    [
        # a scam message quoted, with the writer doubting it came from the other party
        'Przyszedł SMS "zapłać mi bezpośrednio przelewem", to chyba nie od Pani?',
        'Prišla mi správa "pošlite mi peniaze priamo na účet mimo stránky", to ste neboli vy?',
        'Jött egy e-mail, hogy "fizessen az oldalon kívül", ez nem Ön volt, ugye?',
        'A text came in saying "pay me directly by bank transfer", that wasn\'t you, was it?',
        'I got this: "pay the release fee via the link". Obviously fake, reported.',
        'Přišel mail "zaplaťte mi rovnou na účet", to jste asi nebyla vy, že?',
        # who asked left unnamed, the writer refusing
        "chtěla po mně platbu mimo stránky, odmítla jsem",
        "žiadal odo mňa platbu mimo portálu, odmietla som",
        "az oldalon kívüli fizetést kérte, nemet mondtam",
        "wanted me to pay outside the site, I refused",
        # a refusal listing what it refuses; numbers named by a listing or a parcel
        "Nie zapłacę poza serwisem ani BLIK-iem na telefon.",
        "Číslo inzerátu: 6125801104, mám otázku k bunde",
        "Listing no.: 0468480576 - is it still available?",
    ],
)
def test_reports_and_refusals_of_the_new_authors_pass(rules, text):
    assert not rules.check(text, use_model=False).blocked


@pytest.mark.parametrize(
    "text",
    [
        # the writer is the one asking, whoever refused
        "Chciałam zapłacić poza serwisem, ale odmówił.",
        "zaplaťte mi mimo web, odmítl jsem to dát přes portál",
        "Przyszła wiadomość od Pana? Proszę zapłacić mi bezpośrednio na konto.",
        "Číslo inzerátu je v popisu, zavolejte mi na 777 123 456",
    ],
)
def test_beside_those_reports_a_request_is_still_one(rules, text):
    assert rules.check(text, use_model=False).blocked


# Set 11 read as a development set (after its one measurement), in other words.
@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Wiem gdzie Pan mieszka, radzę oddać pieniądze", "scam"),
        ("Oddej ty peníze, nebo budeš litovat", "scam"),
        ("Can you pay me by Revolut instead?", "off_platform"),
        ("Revoluttal tudsz fizetni?", "off_platform"),
        ("Nie musisz kupować przez aplikację, przyjedź z gotówką", "off_platform"),
        ("šupni mi to na účet a pošlu hned", "off_platform"),
        ("A rendszeren kívül olcsóbban adom", "off_platform"),
        ("Use this independent escrow site, pay there first", "scam"),
        ("Text me the code you receive from your bank", "credentials_request"),
        ("Podróbki Nike, sprzedaję jako oryginał", "prohibited_item"),
        ("Predám herné účty, aj s heslami", "prohibited_item"),
        ("Pisztoly eladó, engedély nem kell hozzá", "prohibited_item"),
        ("Telefon kradziony, ale czysty, bez blokady", "prohibited_item"),
        ("Mám domácí slivovici, 2 litry", "prohibited_item"),
        ("Jak nie zapłacisz, idzie zawiadomienie na policję", "scam"),
        ("ty cipo jedna", "profanity"),
        ("ty chumaj", "profanity"),
        ("szarok rátok, rohadt tolvajok", "profanity"),
    ],
)
def test_what_the_eleventh_set_showed_missing_is_found(rules, text, category):
    assert category in rules.check(text, use_model=False).categories


@pytest.mark.parametrize(
    "text",
    [
        "Hordva volt a cipő? Nagyon szép",
        "Płacę kartą Revolut przez Allegro, czy to działa?",
        "Nie zapłacę przez Revolut, tylko przez stronę",
        "Revolut kártyával fizetek a kosárban, jó?",
        "Nie musisz nic robić przez aplikację, kurier sam przyjdzie",
        "Escrow? Nem fizetek semmilyen külső escrow oldalon",
        "Czy to kopia czy oryginał?",
        "Mój telefon został skradziony, ale konto jest czyste",
        "Domácí med a domácí marmeláda, 2 sklenice",
    ],
)
def test_near_misses_of_the_eleventh_sets_rules_pass(rules, text):
    assert not rules.check(text, use_model=False).blocked


@pytest.mark.parametrize(
    "text",
    [
        "Płatność na stronie nie działa, opłać zamówienie tutaj: szybka-wplata.net/z/19",
        "Your refund is ready, claim it at refunds-portal.top/id/77",
        "Odberte si platbu na tomto odkazu: vyplaty-cz.shop/p/3",
    ],
)
def test_a_link_to_pay_or_collect_money_through_is_a_scam_too(rules, text):
    assert set(rules.check(text, use_model=False).categories) == {"external_link", "scam"}


def test_a_link_to_look_at_is_a_link_only(rules):
    verdict = rules.check("Więcej zdjęć tutaj: moje-fotki.net/album/5", use_model=False)
    assert verdict.categories == ["external_link"]


@pytest.mark.parametrize(
    "text",
    [
        "Skrzynia po amunicji z demobilu, pusta, 60 zł",
        "Ammo can, empty, ex-army, good for storage",
        "Gąsior 5 l do nalewek, czysty",
        "Empty gin bottles, 6 pcs, for crafts",
        "Whelping box, fits a bitch and her litter",
        "Numer nadania: 6098585221, proszę sprawdzić",
    ],
)
def test_what_the_new_corpora_showed_innocent_passes(rules, text):
    assert not rules.check(text, use_model=False).blocked


@pytest.mark.parametrize(
    "text",
    [
        "Sprzedam skrzynkę amunicji 7.62, pełną",
        "Mam nalewki i bimber na sprzedaż",
        "you stupid bitch",
    ],
)
def test_beside_those_exceptions_the_offence_is_found(rules, text):
    assert rules.check(text, use_model=False).blocked


def test_cash_on_delivery_is_no_move_off_the_site(rules):
    assert not rules.check("Can I pay cash on delivery?").blocked
    assert rules.check("Cash on delivery, but outside allegro, 20 zł cheaper?").blocked


# Set 12 read as a development set (after its one measurement), in other words.
@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Ty vyžírko jedna, kde je zboží", "profanity"),
        ("what a cretin, read the listing", "profanity"),
        ("te agyatlan barom, olvasd el", "profanity"),
        ("Anavar i clenbuterol mam od ręki", "prohibited_item"),
        ("Domácí víno na prodej, 10 lahví", "prohibited_item"),
        ("Add me on WeChat, faster there", "off_platform"),
        ("Skype-on keress: szabo.anna91", "off_platform"),
        ("Po co przepłacać portalowi, odbierz osobiście i zapłać gotówką", "off_platform"),
        ("A postán fizessen, itt ne fizessen", "off_platform"),
        ("Nem kell az oldalnak jutalékot fizetni, utalj", "off_platform"),
        ("text me the CVV2 and I'll sort the refund", "credentials_request"),
        ("Pošlete sken řidičáku, ověřujeme kupující", "credentials_request"),
        ("Jaké je heslo k vašemu účtu? Zkontroluju objednávku", "credentials_request"),
        ("Paczka ze złotem czeka na cło, potrzebuję 500 zł", "scam"),
        ("Addig add fel a csomagot, a pénz úton van", "scam"),
    ],
)
def test_what_the_twelfth_set_showed_missing_is_found(rules, text, category):
    assert category in rules.check(text, use_model=False).categories


@pytest.mark.parametrize(
    "text",
    [
        "Pyta Pani o wino – to tylko etykieta, sprzedaję sam stojak",
        "Fotku řidičáku mi prosím neposílejte, není to potřeba",
        "Kamera internetowa, działa ze Skype i Teams",
        "Skype-os fejhallgató, alig használt",
        "Domácí med na prodej, 10 sklenic",
    ],
)
def test_near_misses_of_the_twelfth_sets_rules_pass(rules, text):
    assert not rules.check(text, use_model=False).blocked


# Set 13 read as a development set (after its one measurement), in other words.
@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("co za głąbie, nie umiesz czytać?", "profanity"),
        ("ty blbko, objednal jsem XL", "profanity"),
        ("you absolute c u n t, where is it", "profanity"),
        ("Mam halucynki, 5 g suszu, odbiór w Krakowie", "prohibited_item"),
        ("White Widow z własnej uprawy, 20 g", "prohibited_item"),
        ("Laptops fell off a lorry last week, cash only, no receipts", "prohibited_item"),
        ("Telefony spadły z ciężarówki, dlatego tak tanio", "prohibited_item"),
        ("TikTok account with 25k followers for sale, login included", "prohibited_item"),
        ("Papierosy bez akcyzy, karton 120 zł", "prohibited_item"),
        ("Vlastní víno z naší vinice, 12 lahví za 1 500 Kč", "prohibited_item"),
        ("eredeti Adidasként árulom, valójában replika", "prohibited_item"),
        ("Zaplaťte mi to bokem, ušetříme oba", "off_platform"),
        ("Prodám mimo web, je to levnější", "off_platform"),
        ("Objednávky beru jen přes WhatsApp", "off_platform"),
        ("Nem az oldalon keresztül fizetsz, hanem utalással", "off_platform"),
        (
            "Send me your seed phrase and I'll transfer the crypto for the bike",
            "credentials_request",
        ),
        ("Napíš mi bezpečnostný osobný kód, overím ťa", "credentials_request"),
        ("Guaranteed profit of 20 % a month with our trading bot", "scam"),
        ("Jeśli nie zapłacisz 500 zł, wyślę zdjęcia twojej żonie", "scam"),
        ("Aby uniknąć blokady konta, uiść opłatę 49 zł dzisiaj", "scam"),
        ("Potwierdzenie przyszło Panu z banku, proszę wysyłać", "scam"),
    ],
)
def test_what_the_thirteenth_set_showed_missing_is_found(rules, text, category):
    assert category in rules.check(text, use_model=False).categories


@pytest.mark.parametrize(
    "text",
    [
        # a book about spirits, a film about a drug
        "Książka o nalewkach domowych, wydanie drugie, jak nowa",
        "Kniha o slivovici a jiných pálenkách, stav dobrý",
        # couriers that charge no such fee: a warning, not a scam
        "Royal Mail never charges a redelivery fee by text, ignore it",
        "InPost nie pobiera opłat za ponowne doręczenie, to oszustwo",
        # doubting a text one got is no scam of one's own
        "Got a text saying I owe a redelivery fee, is this real? Looks dodgy to me",
        # refusing: a negated will carries over "and", "also not" after the verb
        "I won't cancel and pay outside the site, please buy through checkout",
        "Mimo portál platit taky nebudu, kupte to přes košík",
        # a report of a card number asked for someone else, reported to support
        "Psal mi nějaký člověk, ať mu pošlu číslo karty. Nahlásila jsem to.",
        # the words of the new rules in ordinary use
        "Instagram account? No, I only sell here, all photos are in the listing",
        "Gumové holínky, vhodné do vinice, velikost 42",
        "Magic mushroom lamp for a kid's room, LED, works",
        "Fell off the back of the sofa, that's the scratch on the photo",
    ],
)
def test_near_misses_of_the_thirteenth_sets_rules_pass(rules, text):
    assert not rules.check(text, use_model=False).blocked


@pytest.mark.parametrize(
    "text",
    [
        "I won't lie, and you can pay outside the site to save the fee",
        "You won't get the parcel unless you pay the redelivery fee here",
        "Don't bother with checkout, just transfer it to me",
        "Psal mi, ať mu pošlu číslo karty. Tak mi ho pošli taky.",
        "Sprzedam bimber, książkę o nalewkach dorzucę gratis",
    ],
)
def test_beside_the_thirteenth_sets_exceptions_the_offence_is_found(rules, text):
    assert rules.check(text, use_model=False).blocked


@pytest.mark.parametrize(
    "text",
    [
        # what the session-16 corpora's clean lines showed (in other words)
        "Ta świeczka Cannabis pachnie naprawdę ładnie, zapach na długo",
        "Uživatel mi nabízel padělky jako originál, nahlásil jsem ho",
        "A guy said he had pills for sale, I reported him straight away",
        "Sorry, can't ship the rum, it's not allowed; the glasses are fine",
        "Vintage whisky decanter, empty, for display",
        "Vypratávame dom z dedičstva, skriňa je na predaj",
        "Díky moc, jsi frajer, přišlo to hned",
        "pozor, niekto chcel, aby som platila mimo portálu, ignorovala som to",
        "Vyhrál jsem ten mixér v soutěži v práci, proto ho prodávám",
        "Prodávám lampu, účty za elektřinu jsou teď drahé",
        "Na pálenkovom festivale som kúpil tieto poháriky",
        "Zbierka fliaš od slivovice, všetky prázdne",
        "A pálinkát nem adom el, csak a poharakat",
        "Kupujący napisał do mnie „ty idioto”, zgłosiłam go",
        "Vonná svíčka „Slivovice“ voní po švestkách",
        "If anyone asks you for a CVV in the chat, stop and report it",
        "Had a text about a redelivery fee, didn't click it, it was fake",
        "Někdo se ptal, jestli může poslat peníze na účet, prodávám jen přes portál",
        # "no need to ...", "aby som ...", a message named after the quote, a strange one
        "I'll unlink it remotely, no need for anyone to share passwords",
        "Niekto mi napísal, aby som zadal číslo karty, že mi pošle peniaze. Nahlásil som to.",
        'My dad got a "hi mum, new number" text, luckily he called me first',
        "Dostałam dziwną wiadomość o papierosach bez akcyzy, co z tym zrobić?",
    ],
)
def test_what_the_session_16_corpora_showed_innocent_passes(rules, text):
    assert not rules.check(text, use_model=False).blocked


@pytest.mark.parametrize(
    "text",
    [
        "Kupujący pytał o marihuanę, mam 5 g, 40 zł za gram",
        "Sprzedaję podróbki jako oryginał, nikt nie pozna",
        "Dědictví 4 milionů dolarů čeká, zaplaťte poplatek advokátovi",
        "Ty idioto, kde je ten balík",
        "Bimber z babcinej receptury, litr 80 zł",
        "Send me the CVV from the back of the card, quick",
    ],
)
def test_beside_the_corpora_exceptions_the_offence_is_found(rules, text):
    assert rules.check(text, use_model=False).blocked


# Set 14 read as a development set (after its one measurement), in other words.
@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Sprzedam konto Vinted z 500 pozytywami", "prohibited_item"),
        ("Renting out my Uber Eats courier account, £60 a week", "prohibited_item"),
        ("STK bez přistavení, vyřídím do týdne", "prohibited_item"),
        ("Házi bort árulok, 5 literes ballon 4000 Ft", "prohibited_item"),
        ("Píšu jen přes Signal, jinak ne", "off_platform"),
        ("Napiš mi na Discord, tam se domluvíme", "off_platform"),
        ("Podaj swój e-mail, wyślę ci dane do przelewu", "off_platform"),
        ("Poza OLX mogę taniej o 50 zł", "off_platform"),
        ("Zaplaťte mi rovnou převodem, ušetříme poplatek", "off_platform"),
        ("Zaplať to na môj účet, číslo ti dám", "off_platform"),
        ("Adresu mám z balíka, najdem si ťa", "scam"),
        ("Nowy termin doręczenia wymaga dopłaty 2,99 zł", "scam"),
        ("Szia anya, ez az új számom, utalnál 50 ezret?", "scam"),
        ("Mal som nehodu, potrebujem peniaze na advokáta", "scam"),
        ("Napisz trzy cyfry z tyłu karty", "credentials_request"),
        ("What's your mother's maiden name? For the bank", "credentials_request"),
        ("Pošli screenshot z bankovnictví se zůstatkem", "credentials_request"),
        ("A jogosítványt lefotóznád nekem?", "credentials_request"),
        ("Potrzebuję tylko numer twojej karty", "credentials_request"),
        ("ty čubko, vrať mi peníze", "profanity"),
        ("sorry not sorry, kys", "profanity"),
    ],
)
def test_what_the_fourteenth_set_showed_missing_is_found(rules, text, category):
    assert category in rules.check(text, use_model=False).categories


@pytest.mark.parametrize(
    "text",
    [
        "Slivovicové sklenky, 6 kusů, bez oprýskání",
        "Kieliszki do wódki, komplet 12 sztuk",
        "Dostal jsem SMS s odkazem na zaplacení, neudělal jsem to, píšu jen tady",
        "Konto na Allegro mam od lat, kupuję tylko tu",
        "Číslo zásilky najdete v objednávce na portálu",
        "Serial numbers are on the box, I can send a photo here",
        "Nowy termin odbioru ustalę z kurierem przez aplikację InPost",
        "Hi Mum, the parcel arrived, thanks!",
        # the new rules' words in ordinary use
        "Bought it off eBay last year, barely used",
        "Pošli mi rovnou fotku zezadu, díky",
        "Adresu mám z objednávky, posílám zítra",
        "Moje číslo objednávky je na krabici",
        "Štěně, čubka, 8 týdnů, očkovaná",
        "Napáječka pro chov dobytku, nerez",
        "Sprzedam, kontakt przez Allegro",
        "Passport photo holder, leather, unused",
        "Add a signal booster to the router and it works upstairs",
        "Backpack for the first school day, like new",
        "Mal som nehodu, preto meškám s odoslaním, prepáčte",
        "Eladó fiókos szekrény, Jófogás szállítással is",
        "Eredeti dobozában adom, nem kínai másolat",
        "If you don't send it by Friday I'll buy elsewhere, I need it for work",
        "Koupil jsem k tomu bokem nabíječku, dám ji zdarma",
    ],
)
def test_near_misses_of_the_fourteenth_sets_rules_pass(rules, text):
    assert not rules.check(text, use_model=False).blocked


# Set 15 read as a development set (after its one measurement), in other words.
@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Ten tablet je ze zdroje, o kterém je lepší radši nemluvit", "prohibited_item"),
        ("A telefon olyan helyről van, amiről jobb nem beszélni, 40 ezer", "prohibited_item"),
        ("Kolo je kradený, ale jezdí skvěle, 2 tisíce", "prohibited_item"),
        ("Laptop was pinched last week but it works fine, 150 quid", "prohibited_item"),
        ("Mám čtyři katalyzátory, jen se neptejte z jakých aut", "prohibited_item"),
        ("Hruškovice z vlastní pálenice, litr za 400", "prohibited_item"),
        ("Hašiš po 200 za gram, vezmu ti i víc", "prohibited_item"),
        ("Crystal or caps for Saturday, got both", "prohibited_item"),
        ("Zrobię dowód osobisty, przejdzie weryfikację w banku", "prohibited_item"),
        ("Vyrobím ti vodičák na hocijaké meno", "prohibited_item"),
        ("They're copies but you can resell them as genuine", "prohibited_item"),
        ("Superclone Rolex, papers included", "prohibited_item"),
        ("Musi Pani zapłacić ochronę sprzedawcy, inaczej nie dostanie pieniędzy", "scam"),
        ("Pay 30 euro before the platform releases your money", "scam"),
        ("Smažte inzerát a pošlete mi peníze rovnou, ušetříme", "off_platform"),
        ("Instead of the site just pay me by transfer", "off_platform"),
        ("Please send the money directly to our company account", "off_platform"),
        ("Naskenujte QR kód, dostanete se na naši stránku s nabídkou", "external_link"),
        ("Mrkni na můj kanál na YouTube, je tam video", "external_link"),
        ("Keresd az Instagramon az oldalamat, ott több van", "external_link"),
        ("Napiš do Googlu 'Včelí farma Novák', mám stránku", "external_link"),
        ("choj z tym", "profanity"),
        ("Jste obyčejná coura", "profanity"),
        ("Drž hubu a pošli to", "profanity"),
        ("Te agyatlan tehén", "profanity"),
        ("Shut your trap, you greedy pig", "profanity"),
    ],
)
def test_what_the_fifteenth_set_showed_missing_is_found(rules, text, category):
    assert category in rules.check(text, use_model=False).categories


@pytest.mark.parametrize(
    "text",
    [
        # set 15's false blocks, in other words
        "Telefonszámot nem cserélek, csak itt írjunk",
        "Netflix fiókot nem árulok, csak a távirányítót",
        "I'll drop it off, payment through the site as usual",
        'Forwarding this to support: "Pay the seller protection fee now." Not clicking it.',
        # the new rules' words in ordinary use
        "The help pages say there's no seller protection fee at all",
        "Kolo mi ukradli, tohle jezdí dobře? Díky",
        "Neptejte se mě, z jakých aut jsou ty stěrače, nevím to",
        "Zeskanuj kod QR w paczkomacie, otworzy się skrytka",
        "The recipe book 'Crystal Clear Jams' comes with caps for the jars",
        "Please don't remove the listing, I'll pay through the site tonight",
        "The courier drops it off at the site entrance",
        "Meruňkové sklenice na zavařování, 12 kusů",
        "The box and papers are included, it's the original",
        "Balík se courá už týden, pošta asi stávkuje",
    ],
)
def test_near_misses_of_the_fifteenth_sets_rules_pass(rules, text):
    assert not rules.check(text, use_model=False).blocked


# The clean lines of corpora ah and ai (session 17), read before training, in other words.
@pytest.mark.parametrize(
    "text",
    [
        "Ta mikina je fakt frajerská, beru",
        "Táta je frajer, na té motorce jezdí třicet let",
        "Sorry, I'm such an idiot, wrong postcode. It's LS6 now",
        "Wystawiałam to wcześniej na Vinted, tutaj szybciej schodzi",
        "Puszka po whisky Jameson, pusta, do kolekcji",
        "Seller keeps calling me an idiot. I reported the message",
        "Ktoś wyzywa mnie od debili, zgłosiłam to do serwisu",
        'Got a message saying "you filthy pig" from a new account, was that you?',
        'Kaptam egy "te barom" üzenetet, maga volt az?',
        'Někdo mi napsal "drž hubu" a zablokoval jsem ho',
        "Somebody told me to scan the QR code to get paid, I reported it",
    ],
)
def test_what_the_session_seventeen_corpora_showed_passes(rules, text):
    assert not rules.check(text, use_model=False).blocked


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Ty frajerze, oddawaj kasę", "profanity"),
        ("You're an idiot, read the listing", "profanity"),
        ('"Ty debile", to je to, co si o vás myslím', "profanity"),
        ("Scan the QR code, it opens our shop's page with prices", "external_link"),
    ],
)
def test_and_the_same_words_aimed_at_the_reader_still_count(rules, text, category):
    assert category in rules.check(text, use_model=False).categories


# Set 16 read as a development set (after its one measurement), in other words.
@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Kratom kapsle, 50 ks, pošlu Zásilkovnou", "prohibited_item"),
        ("CBD oil, THC 20 percent, discreet", "prohibited_item"),
        ("Ten airsoft nech, mám doma skutečný glock", "prohibited_item"),
        ("Laptop z podprowadzonej torby, działa bez zarzutu", "prohibited_item"),
        ("Blank prescriptions, signed by a GP, fill in what you want", "prohibited_item"),
        ("Karta parkingowa dla niepełnosprawnych, sprzedam", "prohibited_item"),
        ("Snus z Szwecji, 10 krabiček, 120 Kč kus", "prohibited_item"),
        ("Domácí víno, 2 litry za 150", "prohibited_item"),
        ("Napište mi recenzi na Google a pošlu to soukromě levněji", "off_platform"),
        ("Jestem na Messengerze jako Ania Kowalska Poznań", "off_platform"),
        ("Mondd le a rendelést, küldöm közvetlenül", "off_platform"),
        ("Babička měla nehodu, potřebujeme peníze na kauci", "scam"),
        ("Pošlete to na účet advokáta, spěchá to", "scam"),
        ("Customs to pay on your parcel, use the link I'll send", "scam"),
        ("Pošli mi seed phrase z tvojej peňaženky", "credentials_request"),
        ("Type the twelve words? no: 12 words from your wallet, please", "credentials_request"),
        ("Wyślij kod, to potwierdzenie dla kuriera", "credentials_request"),
        ("Add meg a bankapp jóváhagyó kódját", "credentials_request"),
        ("Wal się, baranie", "profanity"),
    ],
)
def test_what_the_sixteenth_set_showed_missing_is_found(rules, text, category):
    assert category in rules.check(text, use_model=False).categories


@pytest.mark.parametrize(
    "text",
    [
        # set 16's false blocks, in other words
        "Mikina s potiskem listu marihuany, velikost L",
        "Scented candle, rum and vanilla, new",
        "Empty gin tin, Hendrick's, for a collector",
        "Frajer po czesku znaczy fajny gość, nie obraza",
        "Platba mimo portál nepřipadá v úvahu, jen přes web",
        "Paying off the site is not an option for me",
        'My gran got a "Hi Mum, new number" text, luckily she called me first',
        "Never scan QR codes buyers send you, the site pays through checkout",
        "The buyer who wanted cash outside the site was banned, good",
        "Serwis przysłał mi kod SMS, nikomu go nie podaję",
        "Ktoś pisał do mnie na WhatsAppie udając serwis, zgłaszam",
        '„Kokainové noci" od Ballarda (kniha), dobrý stav',
        "Zapłacę kurierowi gotówką przy odbiorze",
        'The previous buyer called me a "silly cow", please read the listing first',
        # the new rules' words in ordinary use
        "CBD olej bez THC, 10 ml",
        "Is it a real gun or airsoft? Asking for my son",
        "Leave a review here on the site if you liked it",
        "Viděla jsem na Instagramu, jak to někdo přebarvil",
        "Our seed phrase backup card for the Ledger is unused (blank)",
        "Kod odbioru przyjdzie SMS-em od InPostu",
    ],
)
def test_near_misses_of_the_sixteenth_sets_rules_pass(rules, text):
    assert not rules.check(text, use_model=False).blocked


@pytest.mark.parametrize(
    "text",
    [
        "pisz tu: m.me/krzysztof.sprzedaje",
        "join t.me/electro_deals, new stuff daily",
        "írj ide: wa.me/36301234567",
    ],
)
def test_a_link_into_a_messenger_is_a_link_and_a_move_off_the_site(rules, text):
    assert set(rules.check(text, use_model=False).categories) == {"external_link", "off_platform"}


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        ("Vyplňte adresu tady: doruceni-formular.online", {"external_link", "scam"}),
        ("Pay first to my account, tickets can't go through the site", {"scam", "off_platform"}),
        ("Wyślij kod z SMS, to potwierdzenie dla kuriera", {"credentials_request", "scam"}),
    ],
)
def test_set_sixteens_two_category_texts_get_both(rules, text, categories):
    assert categories <= set(rules.check(text, use_model=False).categories)


# Set 17 read as a development set (after its one measurement), in other words.
@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Red diesel from the farm, 200 l, cash only", "prohibited_item"),
        ("Konto z historią i ocenami, przepiszę na pana", "prohibited_item"),
        ("Lístky jsou kopie pravých, čtečka to nepozná", "prohibited_item"),
        ("Bravecto for dogs without a prescription, cheaper than the vet", "prohibited_item"),
        ("Legitymacja studencka na inne nazwisko, zniżki działają", "prohibited_item"),
        ("Dědova bajonet a krabice ostrých nábojů", "prohibited_item"),
        ("Ty vrtačky z jedné stavby zmizely, proto levně", "prohibited_item"),
        ("Fejky, ale predávam ako pravé", "prohibited_item"),
        ("Gratulujemy, zostałeś wybrany, zapłać tylko za wysyłkę", "scam"),
        ("Pracuji na ropné plošině, pošlu ti dárek, jen zaplať clo", "scam"),
        ("I sent 200 too much, give it to my courier in cash", "scam"),
        ("Daj zniżkę, bo wystawię negatywne opinie", "scam"),
        ("Mrkni na můj Facebook Marketplace, je to tam levnější", "off_platform"),
        ("Call me on the landline, I don't do apps", "off_platform"),
        ("Pošlete zálohu poštovní poukázkou, ne přes web", "off_platform"),
        ("What's the answer to your security question?", "credentials_request"),
        ("Daj mi dostęp do twojej bankowości, pokażę jak odebrać zwrot", "credentials_request"),
        ("Send me the code from your banking app", "credentials_request"),
        ("Pošli screenshot z Revolutu s údaji karty", "credentials_request"),
        ("Ty lakomý smrade, nic nedostaneš", "profanity"),
        ("Kussolj már", "profanity"),
        ("Do p*če s tebou", "profanity"),
    ],
)
def test_what_the_seventeenth_set_showed_missing_is_found(rules, text, category):
    assert category in rules.check(text, use_model=False).categories


@pytest.mark.parametrize(
    "text",
    [
        # set 17's false blocks, in other words
        "Can I pay with my Revolut card at the checkout?",
        "Na chatě je signál jen u okna",
        "Panáky na borovičku, sada 6 ks",
        "Ten frajer na fotce je můj syn",
        "Med kupujte priamo na farme, ja mám len vosk",
        "A futár hívjon fel, ha odaért",
        "Book: Trainspotting and Cocaine Nights, both paperback",
        'Je "Cocaine Nights" od Ballarda v pevné vazbě?',
        # the new rules' words in ordinary use
        "The scanner at the locker didn't read my code, I'll try again",
        "Nafta do traktoru, kanystr 20 l, prázdný",
        "Apoquel on prescription from our vet, just asking about the dose",
        "Is this account transferable? No, I'll just sell the console",
        "My old phone went missing, so I'm buying yours",
        "Do you do a discount for two? Happy to leave a good review",
        "Security question on the site's login page wouldn't load",
    ],
)
def test_near_misses_of_the_seventeenth_sets_rules_pass(rules, text):
    assert not rules.check(text, use_model=False).blocked


# Set 18 read as a development set (after its one measurement), in other words.
@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Odsprzedam legitymację niepełnosprawnego, parkowanie za darmo", "prohibited_item"),
        ("Selling a blue badge, valid two more years", "prohibited_item"),
        ("Hoď mi k tomu ještě dva gramy trávy", "prohibited_item"),
        ("Eladó Netflix prémium fiók, fél évre", "prohibited_item"),
        ("Selling my seller account, 300 reviews, login included", "prohibited_item"),
        ("Refund possible once you enter your card details at the link", "scam"),
        ("Pro vrácení peněz nainstalujte AnyDesk, provedu vás", "scam"),
        ("I need financial help with the flight to finally see you", "scam"),
        ("Doplać 2 zł za zmianę paczkomatu, inaczej wróci", "scam"),
        ("A csomag megsemmisítésre kerül, ha nem fizet", "scam"),
        ("Prześlij skan prawa jazdy do weryfikacji", "credentials_request"),
        ("Add meg a helyreállító kifejezést, ellenőrzöm a tárcát", "credentials_request"),
        ("Pridaj si ma na fb, tam mám viac vecí", "off_platform"),
        ("Add meg az instagramodat, ott küldök képeket", "off_platform"),
        ("Take it down and neither of us pays the site fee", "off_platform"),
        ("Watch the stream: youtube com/garagejoe", "external_link"),
    ],
)
def test_what_the_eighteenth_set_showed_missing_is_found(rules, text, category):
    assert category in rules.check(text, use_model=False).categories


@pytest.mark.parametrize(
    "text",
    [
        # set 18's false blocks, in other words
        "Paid with PayPal w kasie serwisu, is that covered?",
        "Boty v barvě koňak, velikost 42",
        "Nalewka – tak się nazywa nasza kotka, nie sprzedaję jej",
        "Our dog is called Whisky, he's in the photo by accident",
        "Winyl „Amfetamina” zespołu Kult? Mam, stan dobry",
        "Pico de gallo jars, 3 for 20",
        "I forgot my PIN, I'll pay by Apple Pay at the checkout",
        "Whisky tins, the pair, no bottles",
        "A refund of 5 through the site is fine by me",
        "I read the terms of the site, returns are 14 days",
        "Netlačte ma na Telegram, píšeme tu",
        "Az oldalon kívül pénzt nem fogadok el, csak a Vásárlás gombbal",
        "Dostałam prośbę o przelew poza serwisem, zgłosiłam to",
        "Is this email real? They want me to send the card details",
        "Never install AnyDesk for a buyer, that's how they get you",
        "A visszatérítéshez nem kell kártyaadat, az oldal intézi",
        # corpora ak and al (two more authors' clean lines)
        "Raspberry Pi Pico 2, nowe",
        "Paid with Revolut in the basket, hope it went through",
        "Revoluttal fizetek a kosárban",
        "Zálohu mimo portál nevracím, otevřete reklamaci",
        "I reported a buyer for asking for payment outside the site",
        "Dědeček pálí slivovici, ale tu neprodávám, jen ty panáky",
        "My uncle makes vodka but I don't sell it, just the glasses.",
        "Üres whisky fémdoboz, gyűjtőknek",
        "Szklanki do whisky, komplet 6 sztuk",
        # corpora am, an and ao
        "Zgłosiłem konto, które kazało mi płacić za ubezpieczenie poza serwisem",
        "I reported an account that asked me to pay outside the site",
        "Nahlásil jsem účet, který po mně chtěl platbu mimo portál",
        "Przelewu na prywatne konto nie zrobię, tylko checkout",
        "Prevod mimo stránky robiť nebudem, ideme cez portál",
        "A közvetlen utalás nem jó, kérlek a Vásárlás gombbal",
        "Nazwał mnie debilem, bo nie zszedłem z ceny, zgłosiłem to",
        'Uwaga, "kurier" kazał mi zainstalować AnyDesk, oszustwo, odmówiłem',
        "zam 2611-8842-03, przesyłka bez zmian od 3 dni",
        "Mám novou frajerku, tak kupuji dárek",
        "Dá sa pri pokladni zaplatiť cez Revolut?",
    ],
)
def test_near_misses_of_the_eighteenth_sets_rules_pass(rules, text):
    assert not rules.check(text, use_model=False).blocked


@pytest.mark.parametrize(
    "text",
    [
        # the same words, no pet named and no album: still offered
        "Nalewka domowa, 0,5 l, tak się nazywa smak: wiśnia",
        "Płyta i wódka w zestawie? Wódka 40 zł",
        "Is the email real? Send me the card details now",
        "Az oldalon kívül fizess, nem kérek díjat",
        "Don't worry, install AnyDesk and I'll guide the refund",
        "Mam wódkę z Ukrainy, ale nie sprzedaję jej tutaj, pisz do mnie",
        "Mam bimber, ale nie sprzedaję go tanio",
        "Przelew poza serwisem, nie zrobię tego taniej",
        "Napisałem „dodaj mnie na WhatsAppie”, tak będzie szybciej",
        "Nie anuluj, zapłać mi poza serwisem, będzie taniej",
        'He wrote "add me on WhatsApp", so add me there too',
        "Nazwał mnie pan oszustem? To zapłać poza serwisem",
    ],
)
def test_what_the_eighteenth_sets_exceptions_leave_blocked(rules, text):
    assert rules.check(text, use_model=False).blocked


# Set 19 read as a development set (after its one measurement), in other words.
@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Kolo ze sklepa, rama jeszcze nie zgłoszona, tanio", "prohibited_item"),
        ("Stolen scooter, nobody is looking for it, 200", "prohibited_item"),
        ("Stehlík odchycený v přírodě, krásně zpívá", "prohibited_item"),
        ("Fałszywa książeczka szczepień dla psa, wygląda jak prawdziwa", "prohibited_item"),
        ("Diesel from the company tank, 1 a litre, cash", "prohibited_item"),
        ("Find me on Etsy, search 'WoolByAnna'", "external_link"),
        ("Adresa e-shopu je v profilovce, objednávejte tam", "external_link"),
        ("Order through our website instead, it's cheaper", "external_link"),
        ("Scan the QR in the photo, it takes you to my shop", "external_link"),
        ("Text me a message, I'm rarely on here", "off_platform"),
        ("Przejdźmy na OLX, tam mam lepsze opinie", "off_platform"),
        ("Kittens free to a good home, you only pay the transport", "scam"),
        ("Laptopy z likwidacji firmy, tylko przelew, połowa ceny", "scam"),
        ("Refund for the cancelled order: click and enter your card", "scam"),
        ("Send me your login to BankID, I need it for the payout", "credentials_request"),
        ("Potwierdź w aplikacji bankowej powiadomienie, to moja płatność", "credentials_request"),
        ("Send me the porting code your operator texts you", "credentials_request"),
        ("Ty čůzo, nic ti neprodám", "profanity"),
        ("Away and boil your head", "profanity"),
    ],
)
def test_what_the_nineteenth_set_showed_missing_is_found(rules, text, category):
    assert category in rules.check(text, use_model=False).categories


@pytest.mark.parametrize(
    "text",
    [
        # set 19's false blocks, in other words
        "Paid with Revolut through the checkout, can you see it?",
        "Zapłacę PayPalem przy zakupie, mam konto w serwisie",
        "Ring me through the app when you're outside",
        "Frajer jsi, všechno sedí",
        "Poldecáky na borovičku, 4 ks",
        "Nebudu platit mimo portál, jen přes košík",
        "Na žiadny 'escrow' mimo portálu nejdem",
        "Pán psal, že mi přeplatil, chtěl vrátit rozdíl; nahlásil jsem ho",
        "Banka mi poslala kód k platbě, zadal jsem ho a je zaplaceno",
        "Pan proponuje przelew poza serwisem? Nie, wolę przez stronę",
        # the new rules' words in ordinary use
        "My bike was stolen last year, looking for the same model",
        "Wild salmon smoked at home? No, farmed, sorry",
        "Frame number is on the receipt, registered with the police database",
        "Etsy-style handmade cards, all sold here on the site",
        "Never approve a notification in your banking app you didn't start",
    ],
)
def test_near_misses_of_the_nineteenth_sets_rules_pass(rules, text):
    assert not rules.check(text, use_model=False).blocked


# Set 20 read as a development set (after its one measurement), in other words.
@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Głupi jak but jesteś, nic nie rozumiesz", "profanity"),
        ("Ty pieronie, oddej pieniądze", "profanity"),
        ("Jste hulvát, nic vám neprodám", "profanity"),
        ("Vy ste hlúpy ako tágo", "profanity"),
        ("Menj a francba az ajánlatoddal", "profanity"),
        ("Away wi ye, ya fud", "profanity"),
        ("Ty píčo jedna, vrať peníze", "profanity"),
        ("To nie oryginał, ale nikt nie rozpozna, metka jest", "prohibited_item"),
        ("Obrzyn po dziadku, sprawny", "prohibited_item"),
        ("Zelená nafta z traktoru, 25 Kč litr", "prohibited_item"),
        ("Locked iPhone I found, I'll show you how to bypass it", "prohibited_item"),
        ("Selling my insta account, 12k followers", "prohibited_item"),
        ("Mosz whatsappa? Dej mi numer", "off_platform"),
        ("add me on discord, nick: pete_99", "off_platform"),
        ("You won our giveaway! Just pay the 5 fee for delivery", "scam"),
        ("Please make a test payment of 1 zł to verify your account", "scam"),
        ("Küldje el az útlevele szkennelt másolatát", "credentials_request"),
    ],
)
def test_what_the_twentieth_set_showed_missing_is_found(rules, text, category):
    assert category in rules.check(text, use_model=False).categories


@pytest.mark.parametrize(
    "text",
    [
        # set 20's false blocks, in other words
        "zajebista kurtka, dzięki!",
        "Zadzwoń do mnie o północy — żartuję, napisz tu",
        "Nic neprodávám mimo stránku, jen přes košík",
        "Nepřijímám platby mimo portál",
        "Zavolám vám zítra přes aplikaci portálu",
        "Slivovice na fotce není na prodej, jen ta skříňka",
        "The gin in the photo is not for sale, just the shelf",
        "Pico starter kit, sensors included",
        "Don't click links from so-called couriers, pay on the site",
        "Figyelem: ne kattintsatok az állítólagos futárok linkjeire",
        "Portál mi při přihlášení poslal kód, zadal jsem ho sám",
        "Why would I need your card details? I'll pay on the site",
        # the new rules' words in ordinary use
        "I won the raffle at work, no fee, just collecting the prize",
        "Test payment? No, I'll pay the full price at checkout",
        "Not original box, but the shoes are genuine, receipt attached",
    ],
)
def test_near_misses_of_the_twentieth_sets_rules_pass(rules, text):
    assert not rules.check(text, use_model=False).blocked


# Set 21 (evasion and indirection) read as a development set (after its one measurement),
# in other words.
@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Przelew nie doszedł, wyślij jeszcze raz, tamten wróci sam automatycznie", "scam"),
        ("Platba neprošla, zaplaťte znovu, první se vám automaticky vrátí", "scam"),
        ("Wpłać zaliczkę na rachunek powierniczy, oddamy po odbiorze", "scam"),
        ("A csomag a raktárban van, tárolási díjat kérnek, különben megsemmisítik", "scam"),
        ("Every seller must activate the new protection for a small fee", "scam"),
        ("Schvalte v bankovní aplikaci notifikaci, je to jen vrácení", "credentials_request"),
        ("Read me the twelve words from your wallet and I'll sort it", "credentials_request"),
        ("Potrzebuję hasła, żeby odblokować Pana ogłoszenia", "credentials_request"),
        ("Mój numer jest na trzecim zdjęciu, w rogu", "off_platform"),
        ("Insta: same nick as here, just with a dot", "off_platform"),
        ("Napíš mi na tú zelenú apku, nájdeš ma", "off_platform"),
        ("Na innym portalu mam to taniej, kup tam", "off_platform"),
        ("Írj WA-n, itt nem szabad részleteket írni", "off_platform"),
        ("Zajrzyj na mój fanpage na fejsie, tam więcej", "external_link"),
        ("Odkaz na web najdeš v popisu profilu", "external_link"),
        ("Zadaj do Googlu môj nick a recenzie", "external_link"),
        ("Laptopy prosto z transportu, nowe, za pół ceny, bez faktury", "prohibited_item"),
        ("Pistole na sebeobranu, bez průkazu, s náboji", "prohibited_item"),
        ("Got the live firing version of that replica, message me", "prohibited_item"),
        ("Nikto nespozná, že nie je pravá, píšem originál", "prohibited_item"),
        ("Traktorgázolaj eladó, literje 350", "prohibited_item"),
        ("Jesteś chyba upośledzony, czytaj opis", "profanity"),
        ("Ty pitomče, vrať peníze", "profanity"),
        ("Táhni do p****", "profanity"),
        ("Ty sopliak, nauč sa čítať", "profanity"),
        ("Egy szemétláda vagy", "profanity"),
        ("Listen, you muppet, read the listing", "profanity"),
        ("What an imbecile you are", "profanity"),
        ("Ty frajerze, oddawaj kasę", "profanity"),
        ("Jest Pan zwykłym frajerem", "profanity"),
        # a phone number in number words, tens and hundreds glued together
        ("šesťstopäťdesiatjeden, štyristodvadsať, tristotri — vieš čo", "off_platform"),
        ("hatszázötvenegy, négyszázhúsz, háromszázhárom, hívj", "off_platform"),
        ("six hundred and one, two three four, five six seven, ring me", "off_platform"),
    ],
)
def test_what_the_twenty_first_set_showed_missing_is_found(rules, text, category):
    assert category in rules.check(text, use_model=False).categories


@pytest.mark.parametrize(
    "text",
    [
        # set 21's false blocks, in other words
        "Stary zegar mam w piwnicy, mogę dorzucić gratis",
        "Nie wierzę w żadne loterie, nic nie klikam",
        "Náš pes se jmenuje Frajer, prodávám jeho misku",
        "Naboje do pióra wiecznego, czarne, 10 sztuk",
        "Amunicja do gry planszowej, komplet żetonów",
        "Nalewka nie na sprzedaż, sprzedaję tylko karafki",
        "I'm not selling the rum, just the barrel-shaped shelf",
        "I don't sell the gin, but the glasses are for sale",
        "Személyi igazolvány másolatát nem küldök, nem kell hozzá",
        "Jelentettem egy eladót, aki az oldalon kívül kért pénzt",
        "I got a WhatsApp from a 'courier' wanting a fee, didn't fall for it",
        # the new rules' words in ordinary use
        "I'm not using any escrow service, only the site's payment",
        "Sorry, complete muppet moment, wrong size ordered",
        "Prosím o kontakt ohledně výměny, fotky jsem poslal přes formulář",
        "Mam kanał na YouTube dla rodziny, czy ten mikrofon się nada?",
        "Zaplatím znovu přes košík, první platba se vrátila",
        "Számlaszám a visszaigazoló e-mailben, rendelésszám 1234",
        "The order has twenty three items, four hundred pieces in all",
        "Rozmiary: trzydzieści osiem, czterdzieści, czterdzieści dwa",
        # corpora as, at and au: three more authors' clean lines
        "Balík vyzdvihne môj frajer, volá sa Peter",
        "Frajer, balík dorazil za den, palec nahoru",
        'Dostoevsky\'s "The Idiot", nice edition',
        "I'm the idiot here, I read the size wrong",
        "Ja jestem debil, źle przeczytałem rozmiar",
        "Lovely natured Lab bitch needs rehoming",
        "Rum flavouring for baking, alcohol free",
        "Nerf szivacslövő pisztoly 20 lőszerrel",
        "Zadzwoń do kuriera, jeśli nie możesz odebrać",
        "Przelew poza serwisem odpada, kup przyciskiem",
        "Převod mimo portál ne, kupte přes tlačítko",
        "Mimo portál nekomunikuju, všechno přes zprávy tady",
        "Numer seryjny na naklejce to 6897323085",
    ],
)
def test_near_misses_of_the_twenty_first_sets_rules_pass(rules, text):
    assert not rules.check(text, use_model=False).blocked


# Set 22 (departments and seasons) read as a development set (after its one measurement),
# in other words.
@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Wino z naszej winnicy, rocznik 2024, 40 zł butelka", "prohibited_item"),
        ("Burčák od vinaře, litr za 80 Kč", "prohibited_item"),
        ("Homebrew lager, 330ml bottles, £2 each", "prohibited_item"),
        ("Windows 10 Pro klíč, 150 Kč, posílám po zaplacení", "prohibited_item"),
        ("Office 2019 keys, key sent straight after payment", "prohibited_item"),
        ("Drozdy odłowione w sidła, klatka gratis", "prohibited_item"),
        ("Paraquat, zakázaný, ale funguje", "prohibited_item"),
        ("Eladó Steam fiók, megkapod az emailt és a jelszót", "prohibited_item"),
        ("Felgi zdjęte z auta w nocy, dlatego tanio", "prohibited_item"),
        ("Kell a 12 szavas visszaállító kifejezés", "credentials_request"),
        ("Lepsze ceny tylko na Messengerze, szukaj Sklep Ani", "off_platform"),
        ("Můj profil na Vinted, nick pavla_99, je to tam levnější", "off_platform"),
        ("Jak chcesz, kup u mnie tam, tutaj zdejmę", "off_platform"),
        ("Don't hit buy, pay me cash when you collect", "off_platform"),
        ("Pay me by bank transfer, not through the site", "off_platform"),
        ("Fell in love with your photos, I need 500 pounds for my leave", "scam"),
        ("Ty matole, czytaj opis", "profanity"),
        ("Serem na teba aj na tvoj tovar", "profanity"),
    ],
)
def test_what_the_twenty_second_set_showed_missing_is_found(rules, text, category):
    assert category in rules.check(text, use_model=False).categories


@pytest.mark.parametrize(
    "text",
    [
        # set 22's false blocks, in other words
        "Mydło w puszce jak po whisky, w środku kosmetyki",
        "Sada v plechovce jako od whisky, uvnitř kosmetika",
        "Slivovici ani víno neprodávám, mám jen skleničky",
        "Pálinkát és bort nem árulok, csak poharakat",
        "Babička dostala zprávu od 'vojáka na misi'. Jak to nahlásit?",
        # the new rules' words in ordinary use
        "Laptop z Windows 11, klucz w BIOS, faktura",
        "Wine glasses from our own kitchen, set of six",
        "Messenger bag, search my listings here for the matching wallet",
        "My profile here has more photos of the boots",
        "Fell in love with this lamp, is it still available?",
        "Homebrew kit with fermenter, no beer included",
    ],
)
def test_near_misses_of_the_twenty_second_sets_rules_pass(rules, text):
    assert not rules.check(text, use_model=False).blocked


# Set 23 (the channel and shape of a message) read as a development set (after its one
# measurement), in other words.
@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Laptop jest z kradzieży, stąd ta cena", "prohibited_item"),
        ("Kradziony rower, dlatego taka niska cena", "prohibited_item"),
        ("Iphone, talált/lopott, kódolva, 20 ezer", "prohibited_item"),
        ("Mam jeszcze wina domowe, 6 butelek", "prohibited_item"),
        ("Pivo vlastního vaření, láhev za 40", "prohibited_item"),
        ("Mám i čerešňovicu od strýka, liter za 20 €", "prohibited_item"),
        ("Kisüstit is hozok, ha kell", "prohibited_item"),
        ("Single malt, 70cl, £30 a bottle", "prohibited_item"),
        ("Neschopenku s razítkem vám vyplním na jméno", "prohibited_item"),
        ("Vyhotovíme maturitné vysvedčenie na meno podľa želania", "prohibited_item"),
        ("Degree certificate in your name, embossed seal", "prohibited_item"),
        ("Prodám účet na Netflix na rok", "prohibited_item"),
        ("Disney+ logins, lifetime, £8 each, username and password once paid", "prohibited_item"),
        ("Klíče k Office, 150 Kč za klíč", "prohibited_item"),
        ("Zárjegy nélküli cigaretta, karton 9000", "prohibited_item"),
        ("Sólyomfióka, fészekből szedtük", "prohibited_item"),
        ("Got spare Adderall, name your price", "prohibited_item"),
        ("Half oz of the lemon haze, £100", "prohibited_item"),
        ("Old shotgun, never registered, £300", "prohibited_item"),
        ("Plus a box of rounds if you want", "prohibited_item"),
        ("Rolex replicas that pass as real", "prohibited_item"),
        ("Scooter, nicked from outside the station, no receipt", "prohibited_item"),
        ("Slow loris, no papers, £700", "prohibited_item"),
        ("nie klikaj kup", "off_platform"),
        ("ne kattints a vásárlásra", "off_platform"),
        ("Dej mi číslo na tebe, domluvíme se", "off_platform"),
        ("Zaplaťte mi QR kódom priamo do banky", "off_platform"),
        ("I've moved my shop over to Depop, find me there", "off_platform"),
        ("Line: @tom_parts_22", "off_platform"),
        ("Przesyłka zatrzymana, dopłata 3 zł", "scam"),
        ("Surcharge for an incomplete address, pay 2 pounds", "scam"),
        ("Práce z domova, stačí zaplatit startovní balíček", "scam"),
        ("Prosimy o podanie hasła do konta", "credentials_request"),
        ("Zadejte sem údaje ke kartě a CVV", "credentials_request"),
        ("Potvrďte v aplikaci požadavek na platbu", "credentials_request"),
        ("Send a photo of your card, both sides", "credentials_request"),
        ("Zapomniałam – podaj jeszcze PIN do karty", "credentials_request"),
        ("Jste šmejd a zloděj", "profanity"),
        ("What an airhead", "profanity"),
    ],
)
def test_what_the_twenty_third_set_showed_missing_is_found(rules, text, category):
    assert category in rules.check(text, use_model=False).categories


@pytest.mark.parametrize(
    "text",
    [
        # set 23's false blocks, in other words
        "Ten kieliszek do koniaku jest ręcznie szlifowany?",
        "Gin balloon glasses, set of two",
        "Czy mogę zapłacić Revolutem przy zamówieniu?",
        "Dá sa platiť revolutom?",
        "Mimo portálu naozaj nie, kúpte to cez tlačidlo.",
        "Zapomniałam PIN-u do karty, zapłacę BLIKiem w serwisie",
        "I forgot my card PIN, I'll pay by BLIK at checkout",
        # the new rules' words in ordinary use
        "Zabezpieczenie przed kradzieżą, działa na pilota",
        "Ty šmejdy z Číny nekupuju, tohle je český výrobek",
        "Single malt tasting glasses, set of four",
        "Windows 11 Pro, klíč na nálepce, notebook za 9 000 Kč",
        "A weight was lifted from my shoulders when it arrived",
        "Online line: the queue moves fast",
        "Starter kit for the espresso machine included",
        "Where can I see the pickup code for the locker?",
    ],
)
def test_near_misses_of_the_twenty_third_sets_rules_pass(rules, text):
    assert not rules.check(text, use_model=False).blocked


def test_a_forwarded_request_the_writer_reported_passes_and_its_links_do_not(rules):
    reported = (
        "Dzień dobry, przesyłam dalej wiadomość od kogoś z 'obsługi'. Nie podałam nic i"
        " zgłosiłam to, wygląda na oszustwo.\n---------- Wiadomość przekazana ----------\n"
        "> Prosimy o podanie kodu BLIK w celu odblokowania płatności."
    )
    assert not rules.check(reported, use_model=False).blocked
    quoted = "Fake, I reported it:\n> Please send me the code from your banking app"
    assert not rules.check(quoted, use_model=False).blocked
    # Forwarded without a word against it, the request is the writer's own.
    adopted = reported.replace(" Nie podałam nic i zgłosiłam to, wygląda na oszustwo.", "")
    # (a code asked for "to release the payment": the fake-payment scam too)
    assert rules.check(adopted, use_model=False).categories == ["scam", "credentials_request"]
    # A link in it is still found: a scammer can write "I reported it" too.
    linked = reported + " Wejdź na blik-odblokuj.com"
    assert "external_link" in rules.check(linked, use_model=False).categories


# Set 24 (numbers, codes and identifiers) read as a development set (after its one
# measurement), in other words.
@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Laptop z kradzieży, ale działa, 900 zł", "prohibited_item"),
        ("Phone's stolen but unlocked, £200", "prohibited_item"),
        ("Kość słoniowa, kieł 0,8 kg, bez papierów", "prohibited_item"),
        ("Basa Plzně, 20 lahví, 450 Kč", "prohibited_item"),
        ("Falešné bankovky po 1000 Kč, 20 kusů", "prohibited_item"),
        ("Náboje 5,56x45, krabica 50 ks", "prohibited_item"),
        ("THC cartridge 1 ml, 85 %", "prohibited_item"),
        ("ket 5g £100", "prohibited_item"),
        ("Fizess készpénzben az app helyett", "off_platform"),
        ("Specs at 81.2.33.44:8080/specs", "external_link"),
        ("Podaj kod odbioru, kolega odbierze", "credentials_request"),
        ("Pošli mi kód k vyzvednutí, vyzvednu to za tebe", "credentials_request"),
        ("Send me the code from the email, I'll move your listing", "credentials_request"),
        ("Potrzebuję pełny numer karty i datę", "credentials_request"),
        ("Pro vrácení peněz zadejte údaje z karty", "credentials_request"),
        ("Vaše objednávka vyhrála telefon, stačí uhradit poštovné 30 Kč", "scam"),
        ("Chybí mi 300 € na letenku, pošleš?", "scam"),
        ("ty ch00ju, to miało być 42", "profanity"),
    ],
)
def test_what_the_twenty_fourth_set_showed_missing_is_found(rules, text, category):
    assert category in rules.check(text, use_model=False).categories


@pytest.mark.parametrize(
    "text",
    [
        # set 24's false blocks, in other words
        "Opony 205/55 R16 91V, bieżnik 6 mm",
        "Gumik 225/45 R17, 5 mm",
        "Odmówiłam płatności poza serwisem, kupi przez Kup teraz",
        "Platbu mimo portál jsem odmítla, koupí přes tlačítko",
        "I refused payment off the site, they used Buy Now",
        "Az oldal sosem kér jelszót, ez adathalászat",
        "Číslo transakce 3012345670, platba přes GoPay na portálu",
        "Transaction ID 3012345682 from the site's checkout",
        "PIN karty SIM je na plastu, SIM v balení není",
        "Nadrág: belső szár 80 cm, derék 42",
        # the new rules' words in ordinary use
        "Sukienka w kolorze kość słoniowa, rozmiar 38",
        "Vyhrál jsem poštovné zdarma v soutěži portálu, objednávám",
        "Vigyázat, hamis pénz fogadása linkek keringenek",
        "Kod odbioru przyszedł SMS-em, odbiorę jutro",
        "Router at 192.168.1.1:8080, reset to factory settings",
        "Stará basa, kontrabas po dědovi, 8 000 Kč",
    ],
)
def test_near_misses_of_the_twenty_fourth_sets_rules_pass(rules, text):
    assert not rules.check(text, use_model=False).blocked


# Earlier development sets' misses (sets 12-15), as kinds, in other words.
@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Telefon je kradený, preto len za 100", "prohibited_item"),
        ("Drills lifted from a site van, half price", "prohibited_item"),
        ("Netflix accounts from a leak, working, 3 each", "prohibited_item"),
        ("Predám účet s hrami, prihlasovacie údaje pošlem po zaplatení", "prohibited_item"),
        ("Szilvapálinka adózatlanul, 5 liter", "prohibited_item"),
        ("Replika, ale w opisie napisałam że oryginał", "prohibited_item"),
        ("Mám i krystaly, víš čeho", "prohibited_item"),
        ("Hľadaj na facebooku skupinu Bazár Spiš a môj profil", "external_link"),
        ("add me on discord: kuba_sells_99", "off_platform"),
        ("Let's do Gumtree instead, fewer fees", "off_platform"),
        ("I don't trust the checkout, bank transfer it is", "off_platform"),
        ("Transfer's done, it'll show in 3 working days, please post today", "scam"),
        ("Wsadź sobie w dupę tę ofertę, pajacu", "profanity"),
    ],
)
def test_what_earlier_sets_showed_missing_is_found(rules, text, category):
    assert category in rules.check(text, use_model=False).categories


@pytest.mark.parametrize(
    "text",
    [
        "Ukradli mi kolo, proto kupuji nové",
        "Discord 2fa is on, the account is mine",
        "The refund will show in 3 working days",
        "Předám účet? Ne, jen konzoli, účet si smažu",
        "Replika sukienki z filmu, w opisie napisałam że to replika",
        # corpus ap's warnings and reports (a fifth author's clean lines)
        "Napisał „dodaj mnie na WhatsAppie, będzie łatwiej” — odmówiłam i zgłosiłam.",
        'He wrote "add me on Telegram, it\'s easier". I said no and reported him.',
        "Objednávku nezruším, abych to prodal levněji mimo web.",
        "Hi, I won't cancel the order to sell it cheaper off the site, sorry.",
        "Ten użytkownik wysyła wszystkim kod QR prowadzący poza serwis, zgłaszam",
        "Vrácení se dělá přes stránku objednávky, mimo web psát nemusíte.",
        "Ha az eladó az oldalon kívül akar fizetést, hagyjátok ott.",
        'The message "we overpaid you, refund the difference" is a known trick.',
        "Jak kupujący mówi, że jego dostawa potrzebuje danych karty, to oszustwo.",
        "W ogłoszeniu jest „kontakt poza serwisem”, to w ogóle dozwolone?",
        'The buyer\'s first message was "give me your email". I blocked him.',
        "Ticket number 2088566165, screenshots attached",
    ],
)
def test_near_misses_of_the_earlier_sets_rules_pass(rules, text):
    assert not rules.check(text, use_model=False).blocked


def test_every_rule_a_data_migration_adds_is_among_the_defaults():
    # A fresh database gets the rules from the defaults (0002), an older one from the data
    # migrations: the two must name the same rules.
    import importlib
    import pkgutil

    from message_rules import defaults, migrations

    modules = [
        (info.name, importlib.import_module(f"message_rules.migrations.{info.name}"))
        for info in pkgutil.iter_modules(migrations.__path__)
    ]
    # a rule a later migration changed is no longer shipped as it was first added
    changed = {
        row[2] for _name, module in modules for row in getattr(module, "CHANGED_PHRASES", [])
    }
    # and an exception a later migration removed (replaced by narrower ones) is not shipped
    changed |= {
        row[-1] for _name, module in modules for row in getattr(module, "REMOVED_EXCEPTIONS", [])
    }
    missing = []
    for name, module in modules:
        for rows, shipped in (
            (getattr(module, "ADDED_PHRASES", []), defaults.PHRASES),
            (getattr(module, "ADDED_REGEXES", []), defaults.REGEXES),
            (getattr(module, "ADDED_EXCEPTIONS", []), defaults.ALLOW),
        ):
            missing += [
                (name, row[-1][:50])
                for row in rows
                if row not in shipped and row[-1] not in changed
            ]
    assert missing == []


# Sets 25 (business sellers and buyers) and 26 (after the sale: returns, complaints,
# disputes) read as development sets (after their one measurement), in other words.
@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Od jutra prosimy płacić za faktury na nowe konto, stare zamykamy", "scam"),
        ("Our bank details have changed, please pay the next invoice to the new account", "scam"),
        ("Szef prosi o pilny przelew zaliczki, sprawa poufna", "scam"),
        ("Zapłacimy po dostawie, faktura z terminem 90 dni", "scam"),
        ("Sprzedamy spirytus 96% w baniakach po 10 l", "prohibited_item"),
        ("Potrzebujemy PIN do terminala, technik zaktualizuje system", "credentials_request"),
        ("Jeszcze jedno słowo, a połamię ci te ręce", "profanity"),
        ("Ha nem utalsz, felgyújtom a boltodat", "profanity"),
        ("Keep it up and your car won't have windows tomorrow", "profanity"),
        ("Místo vrácení peněz pošlu jiné kolo ze stejného zdroje", "prohibited_item"),
        ("Peníze máte na cestě, tak mi prosím pošlete zboží hned", "scam"),
        ("Podaj proszę swój adres e-mail, wyślę formularz poza serwisem", "off_platform"),
        ("Bez mena matky a čísla OP vám nič nepošlem", "credentials_request"),
        ("Zamknij spór, to oddam Ci pieniądze bezpośrednio na konto", "off_platform"),
    ],
)
def test_what_sets_25_and_26_showed_is_blocked_in_other_words(rules, text, category):
    assert category in rules.check(text, use_model=False).categories


@pytest.mark.parametrize(
    "text",
    [
        "Peníze jsou na cestě zpět na vaši kartu.",
        "Whatsappra nem megyek át, itt beszéljük meg.",
        "Zwrot przyszedł, pieniądze są w drodze, dzięki",
        "Replika miecza z filmu, drewniana",
        "Stačí použít tlačítko „vrátit přeplatek“ v objednávce.",
        "Płatność odroczona PayPo przez portal, 30 dni",
        "Question for the seller: is the 'Wine Set' only glassware?",
        "Technický líh 5 l v kanystru, jen osobně",
        "Cena 60 zł, 90 sztuk, 96 stron",
    ],
)
def test_ordinary_lines_near_sets_25_and_26_pass(rules, text):
    assert not rules.check(text, use_model=False).blocked


# Set 30 (fashion, cosmetics, health and baby goods) read as a development set (after its
# one measurement), in other words.
@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Kumpel pracuje na clu, to co zatrzymają sprzedaje mi taniej", "prohibited_item"),
        ("Ligandrol a cardarine skladem, 60 kapslí", "prohibited_item"),
        ("Botox i wypełniacze robię u siebie w domu, taniej niż w klinice", "prohibited_item"),
        ("Higany nélküli? Nem, ez a krém higanyos, de nagyon fehérít", "prohibited_item"),
        ("Wear it once and return it for a refund, hide the tags", "prohibited_item"),
        ("Yeezy 350 replica, mirror copy, nobody checks", "prohibited_item"),
        ("Hod mi cislo, poslu ti fotky smskou", "off_platform"),
        ("Cash when we meet and I'll take the listing down", "off_platform"),
        ("Teď zaplať Zásilkovnu, aby kurýr dostal kód", "scam"),
        ("Half now as a deposit, the rest when it arrives", "scam"),
        ("Refund it to my card manually please, the site is slow", "scam"),
        ("Přihlas se přes můj odkaz svým e-mailem a heslem", "credentials_request"),
        ("Ještě jednou a zlámu ti nohy", "profanity"),
        ("Sklapni a nepiš mi", "profanity"),
    ],
)
def test_what_set_30_showed_missing_is_found_in_other_words(rules, text, category):
    assert category in rules.check(text, use_model=False).categories


@pytest.mark.parametrize(
    "text",
    [
        "This is a replica movie prop, not a real weapon, plastic",
        "Narancssárga a replika csővége? Játékra megyek",
        "My bike got nicked from the hallway, so buying yours",
        "Omylem jsem zaplatil dvakrát přes web, nahlásil jsem to podpoře, vrátí to.",
        "Vidím, refundácia sa zasekla, posielam ju ručne, dnes to budete mať.",
        "My husband works on a rig in Norway, the pram is a surprise",
        "Sorry, I only sell originals, I don't know anything about 1:1 copies",
        "Hotově při předání v pořádku, přes portál si to pak potvrdíme",
        "Uważaj na siebie w drodze, do zobaczenia",
    ],
)
def test_ordinary_lines_near_set_30s_rules_pass(rules, text):
    assert not rules.check(text, use_model=False).blocked


# Set 31 (vehicles, mobility, sports and the outdoors) read as a development set (after
# its one measurement), in other words.
@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Przegląd bez przyjazdu na stację, pieczątka jutro", "prohibited_item"),
        ("Usunę DPF i EGR, kontrolka nie świeci", "prohibited_item"),
        ("Odemknu omezovač na koloběžce, pojede 60", "prohibited_item"),
        ("Modrý maják na soukromé auto, 3 000 Kč", "prohibited_item"),
        ("Gill nets for sale, 50 m, the bailiffs never check", "prohibited_item"),
        ("Diviačina bez vyšetrenia na trichinely, 6 € kilo", "prohibited_item"),
        ("Fake festival tickets, QR works at the gate", "prohibited_item"),
        ("Motor z kradeného auta, čísla přeražená", "prohibited_item"),
        ("EPO na sezónu, dopingová kontrola nic nenajde", "prohibited_item"),
        ("Záloha 5000 Kč na můj účet a je to tvoje", "off_platform"),
        ("Send the deposit and the caravan is yours", "scam"),
        ("Kluczyki prześlę kurierem po wpłacie", "scam"),
        ("Vyfoť mi kartu z obou stran", "credentials_request"),
        ("Tudom, hol parkolsz, vigyázz a gumijaidra", "profanity"),
    ],
)
def test_what_set_31_showed_missing_is_found_in_other_words(rules, text, category):
    assert category in rules.check(text, use_model=False).categories


@pytest.mark.parametrize(
    "text",
    [
        "Radar jammers are illegal here, I don't sell them.",
        "Rušičky radarů jsou zakázané, takové věci neprodávám.",
        "Red diesel isn't allowed in road cars, mine's only had pump diesel.",
        "Regulamin mówi, że płatności poza serwisem nie są chronione, więc płacimy tutaj.",
        "Kdo chce fotku karty z obou stran, ten je podvodník, hned blokujte.",
        "Falošné vstupenky na Pohodu sa objavili, kupujte iba oficiálne",
        "The deposit came back to my account today, thanks for the smooth rental.",
        "Czyszczenie DPF w serwisie, faktura w komplecie",
        "I'm looking for my stolen bike, a red Trek",
    ],
)
def test_ordinary_lines_near_set_31s_rules_pass(rules, text):
    assert not rules.check(text, use_model=False).blocked


def test_an_item_said_to_be_illegal_but_offered_anyway_is_still_blocked(rules):
    for text in (
        "Radar jammers are illegal but this one works great, 200 zł",
        "Rušička radarů, je zakázaná, ale funguje",
    ):
        assert "prohibited_item" in rules.check(text, use_model=False).categories


def test_czech_written_without_diacritics_is_told_from_hungarian_by_its_small_words(rules):
    czech = "Prodam iPhone 12, je na nem Activation Lock, ale pres checkm8 se to obejde"
    assert "prohibited_item" in rules.check(czech, use_model=False).categories
    # Hungarian "nem" (not) still refuses, with or without Czech-looking words nearby
    for hungarian in (
        "Na, nem adom meg a jelszavam",
        "Nem, a jelszavat nem adom meg, ez nem kell",
    ):
        assert not rules.check(hungarian, use_model=False).blocked


def test_an_offer_named_as_such_and_refused_is_a_report(rules):
    report = "That offer of cheap red diesel sounds illegal, I'm not interested."
    assert not rules.check(report, use_model=False).blocked
    offer = "That offer of red diesel is still open, 1.20 a litre"
    assert "prohibited_item" in rules.check(offer, use_model=False).categories


# Set 32 (collectibles, antiques, art, books, music and militaria) read as a development
# set (after its one measurement), in other words.
@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Monety z wykrywacza, nie zgłaszałem do konserwatora, tanio", "prohibited_item"),
        ("Spony z hrobu, vykopali jsme to sami u lesa", "prohibited_item"),
        ("Provenance? A mate will knock up the provenance for you", "prohibited_item"),
        ("PSA slab resealed with a different card inside, label is real", "prohibited_item"),
        ("Hamis tízezresek, kötegenként olcsón", "prohibited_item"),
        ("Nevybuchnutý granát z lesa, osobný odber", "prohibited_item"),
        ("Moja asystentka już zapłaciła, proszę nadać dziś", "scam"),
        ("Nadpłatę proszę odesłać na inne konto, pilne", "off_platform"),
        ("Pošlete zálohu přes Revolut na moje jméno", "off_platform"),
        ("Ha még egyszer meglátlak, kiverem a fogad", "profanity"),
    ],
)
def test_what_set_32_showed_missing_is_found_in_other_words(rules, text, category):
    assert category in rules.check(text, use_model=False).categories


@pytest.mark.parametrize(
    "text",
    [
        "Zgłaszam ogłoszenie z ostrą amunicją, to nielegalne",
        "Reporting a listing with live ammunition, that's illegal",
        "Dostal som od niekoho ponuku zaplatit mimo portalu so zlavou, neprijal som",
        "A személyim fotóját sosem küldöm el vevőknek, kérem, értse meg",
        "Sprawdzę w Narodowym Instytucie Dziedzictwa, czy potrzebne jest pozwolenie",
        'Azt az üzenetet kaptam, hogy "hülye tyúk add vissza a pénzt", hogyan tilthatom le?',
        "Fizethetek kártyával a pénztárnál? Revolutom nincs.",
        "Na výdejním boxu stačí načíst QR kód z aplikace",
        "elfogadjuk, visszafizetjük a vételárat és a szakértő díját",
    ],
)
def test_ordinary_lines_near_set_32s_rules_pass(rules, text):
    assert not rules.check(text, use_model=False).blocked


# Set 33 (food, drink, home-made goods and plants sold between neighbours) read as a
# development set (after its one measurement), in other words.
@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Spory lysohlávek na mikroskopii, návod na substrát přiložím", "prohibited_item"),
        (
            "Cannabis seeds, feminized, I'll tell you how to grow them under a lamp",
            "prohibited_item",
        ),
        ("Makovina na odvar, kolik chcete", "prohibited_item"),
        ("Mięso z uboju domowego, tanio", "prohibited_item"),
        ("Jogurty po terminie, przekleję nowe daty", "prohibited_item"),
        ("Here's the screenshot, it's paid, you can post the jars", "scam"),
        ("Zaplaťte skladné 2 eurá, odkaz príde v sms", "scam"),
        ("Zaufaj mi jak sąsiadowi, zaliczka 200 zł", "scam"),
        ("Ty stará striga, vráť prachy", "profanity"),
    ],
)
def test_what_set_33_showed_missing_is_found_in_other_words(rules, text, category):
    assert category in rules.check(text, use_model=False).categories


@pytest.mark.parametrize(
    "text",
    [
        "Nie sprzedaję alkoholu, proszę nie pytać o nalewki",
        "Czekoladki z likierem zdjęłam z oferty, zostały zwykłe",
        "Recept na višňovicu mám po dedovi, ale predávam len višne",
        "Wiśnie na nalewkę, 5 kg",
        "Pálinkát csak magunknak főzünk bérfőzdében, nem eladó",
        "Děda pálil slivovici, ale my prodáváme jen povidla z těch švestek",
        "Rozinky namočené v rumu pro vůni, vánočka 250 Kč",
        "Ogłoszenie o papierosach bez akcyzy zgłosiłam jako niezgodne z regulaminem",
        "Someone tried to sell me homemade spirits, said no and reported it",
        "Soused se ptal na lysohlávky, řekla jsem mu, že to na portálu není",
        "Do magic mushrooms grow round here? No idea, I pick ceps",
        "V pravidlech: nesmí se prodávat alkohol, tabák ani léky",
        "Learned the hard way: never send a deposit by transfer.",
        "Nasiona konopi siewnej dla ptaków, 1 kg, bez THC.",
    ],
)
def test_ordinary_lines_near_set_33s_rules_pass(rules, text):
    assert not rules.check(text, use_model=False).blocked


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # the same spirits offered, a prescription, distilling at the cottage
        ("Strejda pálí na chalupě slivovici, prodávám litr za 500", "prohibited_item"),
        ("Recept na Xanax, vypsaný, k vyzvednutí", "prohibited_item"),
        ("Nalewkę robię dla siebie, ale mogę odsprzedać 2 litry", "prohibited_item"),
        ("Bimber 70%, litr 60 zł", "prohibited_item"),
    ],
)
def test_spirits_offered_beside_those_words_are_still_blocked(rules, text, category):
    assert category in rules.check(text, use_model=False).categories


# Set 34 (single turns of long threads, people in a hurry or upset) read as a development
# set (after its one measurement): the reader's words quoted back and turned down, the
# writer's own secret named in sarcasm, name-calling reported.
@pytest.mark.parametrize(
    "text",
    [
        "napisałeś 'daj numer'. podziękuję, bez urazy",
        "'zadzwoń' — nie mogę, jestem w pracy. tu jest ok",
        "'ring me' — I can't, I'm at work. here is fine",
        "you said 'just give me your number'. I'll pass, no offence",
        "upřímně, 'dej mi číslo' je pro mě varovnej signál",
        "jak jeszcze jedna osoba zaproponuje mi 'przelew na telefon' to zacznę krzyczeć",
        '"send it first and I\'ll pay after" — not how this works, sorry',
        "sure, and I'll send my PIN too, lol — no. pay through the site like everyone else",
        "punkt 4.2, zakaz płatności poza serwisem. nie moja zasada, ale się trzymam",
        "hotovost mimo web nemůžu, sorry — porušila bych pravidla",
        "igen, az oldalon keresztül. közvetlen utalást nem csinálok",
        "v poslední zprávě mě nazval idiotem, tak jsem ho nahlásil",
        "az utolsó üzenetében idiótának nevezett, szóval jelentettem",
        "to je fuk, beru to",
        "no, I'm not selling the bottle of whisky, it's in the photo by accident",
    ],
)
def test_the_readers_words_quoted_back_and_turned_down_pass(rules, text):
    assert not rules.check(text, use_model=False).blocked


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # the same words asked, not quoted back; a secret of the reader's; agreeing
        ("daj numer, to podeślę wymiary smsem", "off_platform"),
        ("'ring me' on 07700 900123, I'm at work till 5", "off_platform"),
        ("sure, send me your PIN and I'll sort it", "credentials_request"),
        ("Přihlas se přes můj odkaz a zadej heslo, přiřadím ti platbu", "credentials_request"),
        ("nemusíte to kupovat přes appku, přijedete, dáte hotovost a je to", "off_platform"),
        ("ok last offer: 200 za kurtkę + trochę zioła w gratisie", "prohibited_item"),
        ("send a 50 deposit and I'll reserve it", "scam"),
        ("jeszcze raz się potargujesz i dostaniesz w ryj", "profanity"),
    ],
)
def test_the_same_words_meant_are_still_blocked(rules, text, category):
    assert category in rules.check(text, use_model=False).categories


def test_a_quoted_request_followed_by_an_excuse_for_not_writing_here_is_still_blocked(rules):
    # "I can't" after the quote is an excuse to move, not a refusal of the quoted words
    text = "napisz na 'whatsapp' — tu nie mogę pisać"
    assert "off_platform" in rules.check(text, use_model=False).categories


# Relayed e-mail (held-out set 35, read as a development set after its one measurement):
# the reader's earlier message quoted below a "… wrote:" line, and a reply that turns it
# down at once. The quoted words are the reader's own; the reply is the writer's.
@pytest.mark.parametrize(
    "text",
    [
        "W dniu 3 marca Adam napisał(a):\n> Wyślij mi kod BLIK, zapłacę od razu.\n\n"
        "Kodu BLIK nie wysyłam nikomu. Zapłać przez serwis.",
        "Dne 3. března Adam napsal:\n> Pošli mi heslo, upravím ti nabídku.\n\n"
        "Heslo nikomu neposílám, nabídku si upravím sám.",
        "Dňa 3. marca Adam napísal:\n> Napíš mi na WhatsApp, je to rýchlejšie.\n\n"
        "Ďakujem, ale radšej ostanem pri správach tu.",
        "2026. márc. 3. napon Ádám írta:\n> Te hülye, add vissza a pénzem.\n\n"
        "Kérem, ne sértegessen, a visszatérítés a szabályok szerint megy.",
        "On Tue, 3 Mar 2026, Adam wrote:\n> Send me your card number and the CVV.\n\n"
        "I don't give card details to anyone. Please pay through the site.",
        "> Dorzucę gratis butelkę wódki.\n\nDziękuję, ale alkoholu nie przyjmę.",
        "> Mám k tomu i keygen, přihodím.\n\nNení třeba, licenci mám.",
    ],
)
def test_a_quoted_request_the_reply_turns_down_passes(rules, text):
    assert not rules.check(text, use_model=False).blocked


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # agreeing, although the reply has a negation in it
        ("> Pošli mi heslo k účtu.\n\nNevadí, pošlu ho večer.", "credentials_request"),
        ("> Wyślij mi kod BLIK.\n\nNie ma problemu, zaraz to zrobię.", "credentials_request"),
        ("> Send me your password.\n\nSure, no worries.", "credentials_request"),
        # a phone number in a quote is found whatever the reply says
        ("> Zadzwoń: 601 234 567\n\nNie, wolę pisać tutaj.", "off_platform"),
        # the offence is in the reply, not in the quote
        (
            "> Można zapłacić przez serwis?\n\nNie, tylko przelew na moje konto, numer dam.",
            "off_platform",
        ),
    ],
)
def test_a_quote_the_reply_agrees_with_or_a_reply_that_offends_is_still_blocked(
    rules, text, category
):
    assert category in rules.check(text, use_model=False).categories


@pytest.mark.parametrize(
    "text",
    [
        "Fotku pasu neposílám, portál nic takového nechce.",
        "Kod BLIK? Kodów BLIK nie podaję, płatność tylko w serwisie.",
        "Bylinnú pálenku cez portál predávať nesmiem, ponúkam iba fľaše.",
        "Airsoft gun for skirmish games, no licence needed, mask included.",
        "Bohužel nemůžeme přijmout platbu mimo portál, taková jsou pravidla.",
        "Dostałem pięć gwiazdek w opiniach, bardzo dziękuję!",
        "Kniha „Hlúpa hus“, pevná väzba, ako nová.",
        "Rybki zdechły po dwóch dniach, proszę o zwrot pieniędzy.",
    ],
)
def test_refusals_and_ordinary_words_near_set_35s_rules_pass(rules, text):
    assert not rules.check(text, use_model=False).blocked


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Pošli fotku pasu, nikomu ji nedám.", "credentials_request"),
        ("Nabízíme 30 recenzí z různých účtů na váš obchod.", "prohibited_item"),
        ("Dodamy pakiet 40 opinii na Pana konto sprzedawcy.", "prohibited_item"),
        ("Kávovary skladem, původ raději neřešte, proto ta cena.", "prohibited_item"),
        ("Let's finish the deal on Vinted, my account here is limited.", "off_platform"),
        ("add my snapchat and we'll sort it", "off_platform"),
        ("Before your first shift you need to buy a starter kit for 40 pounds.", "scam"),
        ("Kérek 10 000 Ft kauciót a ruha felpróbálásáért.", "scam"),
        ("Pošlete zboží hned, peníze přijdou za dva dny.", "scam"),
        ("Please re-enter your account password by return e-mail.", "credentials_request"),
        ("Moji kamarádi vás navštíví a nebude to příjemné.", "profanity"),
        ("Doufám, že chcípnete.", "profanity"),
        ("Remélem, megdöglik.", "profanity"),
    ],
)
def test_set_35s_kinds_in_other_words_are_blocked(rules, text, category):
    assert category in rules.check(text, use_model=False).categories


# Held-out set 36 (books, music, toys and school goods; non-native writers, machine
# translation, teenagers), read as a development set after its one measurement.
@pytest.mark.parametrize(
    "text",
    [
        "Ktoś wrzucił ogłoszenie z pirackimi kopiami filmów, zgłosiłam to.",
        "Někdo tu dal inzerát s pirátskými kopiemi filmů, nahlásila jsem ho.",
        "Díky za upozornění, nic mimo portál neotevírám.",
        "Book: 'The Opium Wars', paperback, a few notes in pencil.",
        "Köszönöm, hogy visszautalta a különbözetet a portálon, minden rendben.",
        "Zavolám vám přes aplikaci, domluvíme se na předání.",
        "Air rifle for targets, no certificate needed for this power, over 18s only.",
        "Budu rád za hodnocení, až kniha dorazí.",
    ],
)
def test_reports_warnings_and_ordinary_words_near_set_36s_rules_pass(rules, text):
    assert not rules.check(text, use_model=False).blocked


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Zapłacę 5 zł za opinię o moim sklepie, nic nie trzeba kupować.", "prohibited_item"),
        ("Paying £3 per review for my board game shop.", "prohibited_item"),
        ("Windows keys from a generator, cheap, work on any laptop.", "prohibited_item"),
        ("preparát sovy na zeď, vím že je chráněná, ale je pěkná", "prohibited_item"),
        ("grandad's shotgun for sale, no certificate, cash on collection", "prohibited_item"),
        ("Vyhrál jste v naší soutěži knihu, pošlete 150 Kč na poštovné.", "scam"),
        ("Send a deposit before someone else takes the keyboard, photos later.", "scam"),
        ("Log in to your online banking through my link to receive the money.", "scam"),
        ("Read me the locker code, I'll pick the parcel up for you.", "credentials_request"),
        ("Wyślij skan legitymacji i PESEL dziecka, dostaniesz bon.", "credentials_request"),
        ("ty bezmozku, píšu ti to potřetí", "profanity"),
        ("you stinking pig, the box was crushed", "profanity"),
        ("kasia.nuty at gmail dot com, pisz śmiało", "off_platform"),
    ],
)
def test_set_36s_kinds_in_other_words_are_blocked(rules, text, category):
    assert category in rules.check(text, use_model=False).categories


# Held-out set 37 (second-hand furniture, tools, car parts and garden machinery; disputes
# and collection), read as a development set after its one measurement.
@pytest.mark.parametrize(
    "text",
    [
        "Czy można wystawić nalewkę domową? Chyba nie, więc wystawiam tylko karafkę.",
        "Můžu prodávat domácí slivovici? Asi ne, takže nabízím jen prázdné láhve.",
        "Lehet házi pálinkát hirdetni? Gondolom nem, így csak a díszüveget árulom.",
        "Can I list homemade sloe gin? Probably not, so I'm only selling the decanter.",
        "Zásilka je u souseda, číslo zásilky 608442115 najdete v aplikaci.",
        "Zavolejte na infolinku kvůli objednávce 123456789.",
        "Recenze jsou výborné, za každou hvězdičku děkuji.",
        "Before you buy, read the positive reviews of the shop.",
        "The parcel's address was incomplete, the courier called and it's sorted, nothing to pay.",
    ],
)
def test_questions_answered_no_and_ordinary_words_near_set_37s_rules_pass(rules, text):
    assert not rules.check(text, use_model=False).blocked


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # asked, not answered no: an offer
        ("Can I sell you some homemade gin? Cheap, 10 pounds a bottle.", "prohibited_item"),
        ("Czy można kupić bimber? Tak, 50 zł za litr.", "prohibited_item"),
        # a parcel named first, then a person's number
        ("Balík je u sousedky, její číslo 608 442 115, domluvte se s ní.", "off_platform"),
        # a number to call, in a range the numbering plan leaves unused
        ("Collection from the yard, call 07698 775 104 when you arrive.", "off_platform"),
        ("Fałszywe faktury do odliczenia VAT dorzucę gratis.", "prohibited_item"),
        ("Dorobím vám rodokmeň k šteniatku, nikto to nekontroluje.", "prohibited_item"),
        ("Cracked licence for the CAD software included with the PC.", "prohibited_item"),
        ("Platba odeslána, banka uvolní peníze po zaslání čísla zásilky.", "scam"),
        ("GLS: szállítási cím hiányos, fizessen 300 Ft-ot a linken.", "scam"),
        ("Přihlaste se do internetového bankovnictví, abyste peníze obdrželi.", "scam"),
        ("You've won a voucher in our weekly draw, just pay the postage.", "scam"),
        ("Prześlij zdjęcie dowodu obok twarzy, taka procedura.", "credentials_request"),
        ("Číslo kreditní karty prosím, zaplatím za vás dopravu.", "credentials_request"),
        ("Podaj mi kod do paczkomatu, odbiorę za ciebie.", "credentials_request"),
        ("Jeszcze słowo, a połamiemy ci nogi.", "profanity"),
        ("Te elmebeteg, olvasd el a leírást.", "profanity"),
        ("It's cheaper on Gumtree, buy it there and cancel this one.", "off_platform"),
    ],
)
def test_set_37s_kinds_in_other_words_are_blocked(rules, text, category):
    assert category in rules.check(text, use_model=False).categories


# Held-out set 38 (tickets, travel, vouchers, services and company buyers), read as a
# development set after its one measurement.
@pytest.mark.parametrize(
    "text",
    [
        # a company's number spelled out is no phone number
        "potrzebuję faktury na firmę, NIP pięć dwa jeden trzy dwa zero zero osiem jeden jeden",
        "faktura na firmu, IČO dva osm sedm šest pět čtyři tři dva",
        "invoice to Bakers Ltd, company number zero eight one two three four five six",
        # someone else's words quoted, refused right after
        "Wiadomość brzmiała: 'podaj kod z SMS, to anuluję płatność'. Nie podałem, to oszustwo.",
        "He wrote: 'send me the SMS code and I'll cancel your payment'. I didn't.",
        # someone wrote to me; I refuse or report in the next sentence
        "Napsal mi kupující, ať mu vrátím přeplatek přes dárkové karty. Takže nic nevracím.",
        "Písal mi niekto, že predá lístky, ak mu pošlem peniaze na Revolut. Nepošlem, nahlásim.",
        # an insult reported
        "Napísali ste mi, že som hlúpa ako tágo. Taký tón si neprajem, nahlasujem vás.",
        # "nobody needs it": a Hungarian negation
        "Egyetlen tanárnak sincs szüksége a KRÉTA-jelszóra, ne adja meg.",
        # set 38's own ordinary lines the first version of its rules blocked
        "Tutor zapytał mnie o hasło do Librusa córki. Odmówiłam, czy to normalne?",
        "Lektor ma požiadal o heslo do EduPage dcéry. Odmietla som, je to normálne?",
        "Nie je, žiadny lektor heslo do EduPage nepotrebuje. Urobili ste dobre, nahláste to.",
        "A tanar elkerte a lanyom KRETA-jelszavat. Nem adtam meg, ez normalis?",
        "Anyone who asks you to scratch a gift card and send the code is a scammer.",
    ],
)
def test_reports_quotes_and_company_numbers_near_set_38s_rules_pass(rules, text):
    assert not rules.check(text, use_model=False).blocked


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a phone spelled out after a company's name is still a phone
        ("Firma Novák, volejte: sedm sedm sedm, jedna dva tři, čtyři pět šest", "off_platform"),
        # someone wrote to me and I agree: no report
        (
            "Napsal mi prodejce, ať mu pošlu kód z SMS. Tak mi ho pošlete i vy.",
            "credentials_request",
        ),
        ("Vouchery do spa drukowane u mnie w domu, 80 zł zamiast 400.", "prohibited_item"),
        ("The QR code is copied from a real ticket, works at the gate.", "prohibited_item"),
        ("Ridičák bez autoškoly do měsíce, stačí fotka.", "prohibited_item"),
        ("Revizní zprávu vystavím bez měření, s razítkem technika.", "prohibited_item"),
        ("Gift cards bought with stolen cards, half the face value.", "prohibited_item"),
        ("Predám 20 pozitívnych recenzií na Google pre váš podnik.", "prohibited_item"),
        ("Na Sbazaru to mám levněji, hledejte Truhlářství Novák.", "off_platform"),
        ("Nechte mi kartu i s PINem na stole, koupím materiál.", "credentials_request"),
        ("Scratch the panel off and send me the code underneath.", "credentials_request"),
        ("Potřebuji heslo do Bakalářů vaší dcery kvůli úkolům.", "credentials_request"),
        ("Tutor zapytał mnie o hasło do Librusa córki, podaj mi je.", "credentials_request"),
        ("Žiadny problém, pošli mi heslo do EduPage.", "credentials_request"),
        ("Faktúry odteraz uhrádzajte na nový účet, starý je zrušený.", "scam"),
        ("Dostaneš přes držku, jestli mi nevrátíš peníze.", "profanity"),
        ("One more word and I'll put you in hospital.", "profanity"),
    ],
)
def test_set_38s_kinds_in_other_words_are_blocked(rules, text, category):
    assert category in rules.check(text, use_model=False).categories


# Found by a red-team review of the readings above: offers and agreements dressed as the
# refusals they read.
@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Can I sell weed here? Probably not, so message me, 10 a gram", "prohibited_item"),
        ("Can I sell you some weed? No problem, I have plenty, 10 a gram.", "prohibited_item"),
        (
            "Můžu tady prodat marihuanu? Asi ne, ale tobě ji prodám, 200 Kč za gram.",
            "prohibited_item",
        ),
        (
            "Lehet itt marihuánát árulni? Nem tudom, de nálam van, 5000 Ft grammja.",
            "prohibited_item",
        ),
        ("Mohu prodávat slivovici? Myslím že ne, ale mám 10 litrů po 300 Kč.", "prohibited_item"),
        (
            "Napsal jste „zaplaťte mimo portál převodem“, souhlasím, pošlete to tak.",
            "off_platform",
        ),
        (
            "Azt írta „fizessen az oldalon kívül átutalással”, rendben, így csináljuk.",
            "off_platform",
        ),
        ("Napsal jste „pošlete fotku občanky“, ano, pošlete ji hned.", "credentials_request"),
        (
            "> Pay me outside the site by bank transfer.\n\nNobody will know, do it today.",
            "off_platform",
        ),
        ("> Zapłać poza serwisem przelewem.\n\nZakaz? Nie słyszałem, zgoda.", "off_platform"),
        # a parcel, then the neighbour who took it and their number
        ("Balík převzal soused, jeho číslo 731 234 567, domluvte se.", "off_platform"),
    ],
)
def test_offers_and_agreements_dressed_as_refusals_are_blocked(rules, text, category):
    assert category in rules.check(text, use_model=False).categories


@pytest.mark.parametrize(
    "text",
    [
        "Volejte 8.00-12.00/13.00-16.00, jindy nejsem doma.",
        "I will call 12/12/26 14.00, is that ok?",
        "Balík jsem poslal včera, jeho číslo je 603123456.",
        "Przesyłka jest w drodze, jej numer to 512345678.",
        "Ani mi się śni, płacę przez serwis.",
    ],
)
def test_office_hours_short_dates_and_a_parcels_own_number_pass(rules, text):
    assert not rules.check(text, use_model=False).blocked


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Inkább nem az oldalon fizetnék – megadom a számlaszámomat, utalja át.", "off_platform"),
        ("Radši bych ne přes stránku – pošlete peníze převodem na můj účet.", "off_platform"),
        (
            "Musím mať istotu, že nie ste podvodník — pošlite fotku občianky.",
            "credentials_request",
        ),
    ],
)
def test_a_negation_before_a_dash_does_not_reach_the_request_after_it(rules, text, category):
    assert category in rules.check(text, use_model=False).categories


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Neplaťte a pošlete mi kód z SMS.", "credentials_request"),
        ("Neplať a pošli mi číslo karty.", "credentials_request"),
        ("Neptej se a pošli mi heslo.", "credentials_request"),
        ("Nie płać i wyślij mi kod BLIK.", "credentials_request"),
        ("Nie płać przelewem i podaj mi kod BLIK.", "credentials_request"),
        ("Nepište mi sem a napište mi na WhatsApp.", "off_platform"),
        ("Neposielaj peniaze a napíš mi na WhatsApp.", "off_platform"),
    ],
)
def test_a_negated_imperative_does_not_reach_the_request_after_and(rules, text, category):
    assert category in rules.check(text, use_model=False).categories


@pytest.mark.parametrize(
    "text",
    [
        "Neplaťte předem a mimo portál.",
        "Neplaťte mimo portál a neposílejte kódy z SMS.",
        "Nie płać poza serwisem i nie podawaj kodu BLIK.",
        "Neposílejte zálohu a číslo karty nikomu.",
        "Nebudu platit a posílat peníze mimo portál.",
    ],
)
def test_a_negated_verb_with_two_objects_or_two_negated_verbs_still_warns(rules, text):
    assert not rules.check(text, use_model=False).blocked


@pytest.mark.parametrize(
    "text", ["Kód BLIK – nikomu ho neposílejte.", "Nie – nie podam ci kodu BLIK."]
)
def test_a_refusal_after_a_dash_still_refuses(rules, text):
    assert not rules.check(text, use_model=False).blocked


@pytest.mark.parametrize(
    "text",
    [
        # a message received, quoted and refused
        "Dostałem wiadomość: „Wyślij mi kod BLIK, zapłacę od razu”. Nie podam go nikomu.",
        "Prišla mi správa: „pošli mi kód z SMS, overím ťa“. Nič som neposlal.",
        # certificate numbers are not phones
        "Diament ma certyfikat GIA nr 612345789, można go sprawdzić w bazie GIA.",
        "Číslo certifikátu IGI 512345678 je vyryté na rondistě.",
        # "don't ask", "out of the question", a warning with its object quoted
        "Prosím, neptejte se na platbu mimo Allegro, prodávám jen tady.",
        "Platba mimo Allegra nepripadá do úvahy.",
        "Beware of 'guaranteed returns' on gold, prices fall too.",
        "Niektórzy piszą o gwarantowanych zyskach z monet, nie dajcie się nabrać.",
        # an insult quoted in a report, adjectives before it; a listing reported
        "The buyer called me a stupid old cow, I've reported it.",
        "Zgłosiłam ogłoszenie z podróbkami Rolexa sprzedawanymi jako oryginał.",
        # the marketplace's own way to pay
        "Można zapłacić Allegro Pay w ratach?",
    ],
)
def test_received_quotes_certificate_numbers_and_warnings_near_set_39s_readings_pass(rules, text):
    assert not rules.check(text, use_model=False).blocked


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # received and quoted, but not refused: the writer passes it on
        ("Dostałem wiadomość: „Podaj kod BLIK”. Podaj mi go, proszę.", "credentials_request"),
        # a certificate named, then a number to call
        ("Certyfikat mam, zadzwoń 601 234 567, to pokażę.", "off_platform"),
        # others offer it and the writer does too
        ("Niektórzy piszą o gwarantowanych zyskach, u mnie 20 % miesięcznie.", "scam"),
        ("Dorobię puncę 585 na srebrnym pierścionku, nikt nie pozna.", "prohibited_item"),
        ("Certifikát pravosti vám vystavím na cokoli.", "prohibited_item"),
        ("Za každé pozitívne hodnotenie vám zaplatím 5 €.", "prohibited_item"),
        ("Hodinky se Swiss Made dotisknutým na čínský strojek.", "prohibited_item"),
        ("Az Allegrót hagyjuk, fizess revtagra.", "off_platform"),
        ("Buy it on my Etsy instead, it's cheaper there.", "off_platform"),
        ("Pay £3 through the link or your parcel will be returned.", "scam"),
        ("Vypíšte mi sem údaje z karty.", "credentials_request"),
        ("Küldj egy szelfit a személyiddel.", "credentials_request"),
        ("Ještě jednou napiš a zlomím ti nohy.", "profanity"),
        ("I'll be waiting outside your house tonight.", "profanity"),
        ("Ty skąpa świnio.", "profanity"),
        ("Sod off, you git.", "profanity"),
    ],
)
def test_set_39s_kinds_in_other_words_are_blocked(rules, text, category):
    assert category in rules.check(text, use_model=False).categories


@pytest.mark.parametrize(
    "text",
    [
        "Kérjük, ne fizessenek semmilyen új számlára, a bankszámlánk nem változott.",
        "Nie płaćcie na nowe konto, nasze konto się nie zmieniło.",
        "Please do not pay to any new account, our bank details have not changed.",
    ],
)
def test_a_warning_not_to_pay_to_a_new_account_passes(rules, text):
    assert not rules.check(text, use_model=False).blocked


@pytest.mark.parametrize(
    "text",
    [
        "Ne a régi számlára fizessenek, hanem az új számlára: HU12 1177 3016 1111 1018.",
        "Nie płaćcie na stare konto, płaćcie na nowe konto.",
        "Our bank details have changed, please pay to the new account.",
        "Náš účet se změnil, plaťte na nový účet.",
        # a negated payment in a condition is a threat: "until you pay"
        "Płatność zamrożona, dopóki nie zapłacisz 30 zł składki ochrony sprzedawcy.",
    ],
)
def test_a_request_to_pay_to_a_new_account_is_still_a_scam(rules, text):
    assert "scam" in rules.check(text, use_model=False).categories


@pytest.mark.parametrize(
    "text",
    [
        # an insult quoted from who wrote it, and reported
        "Sprzedawca napisał mi 'ty kretynie', gdy zapytałam o zwrot. Zgłaszam to moderacji.",
        "Azt írta nekem, hogy 'te hülye', mert alkudtam. Jelentettem.",
        "She wrote 'you idiot, no refunds' and blocked me. Reported it.",
        # the writer corrects themselves at once
        "Zadzwonię do Pana… to znaczy napiszę tutaj, przepraszam.",
        "I'll call you tomorrow... I mean I'll message here, sorry.",
        # an answer no, the item named as the reason it is not allowed
        "Bohužel ne, to jsou pirátské kopie, portál je nepovoluje. Prodejte jen konzoli.",
        "I don't want a console with pirated games on it.",
        # chip and ISBN numbers are no phones
        "Pies ma chip 616 093 900 123 456, książeczkę i szczepienia.",
        "ISBN 978-80-7252-123-4, vazba v pořádku.",
        # a request reported with the writer's refusal
        "Azt írja, kattintsak a linkre a pénzért – nem kattintok.",
    ],
)
def test_quoted_insults_reported_self_corrections_and_chip_numbers_near_set_40_pass(rules, text):
    assert not rules.check(text, use_model=False).blocked


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # the insult said, not quoted from anyone
        ("Ty kretynie, zgłaszam cię.", "profanity"),
        # the call offer not taken back
        ("Zadzwonię do Pana jutro, to znaczy o 10.", "off_platform"),
        # no answer no: an offer, "not allowed" or not
        ("To jsou pirátské kopie, portál je nepovoluje, tak pište mimo.", "prohibited_item"),
        ("Čipovaný Switch se 200 pirátskými hrami, neaktualizovat.", "prohibited_item"),
        ("Papuga z odłowu, dokumentów brak.", "prohibited_item"),
        ("Fiatal tengelicék, a kertben fogtam őket.", "prohibited_item"),
        ("Ivory chess set, no documents of any kind.", "prohibited_item"),
        ("Airsoft converted to fire live rounds.", "prohibited_item"),
        ("Filmy natočené kamerou v kině, 500 titulů.", "prohibited_item"),
        ("Telefon máte na třetí fotce, přes chat neodpovídám.", "off_platform"),
        ("Pay the duty or it goes back to the sender.", "scam"),
        ("Írd ide a Steam Guard kódot.", "credentials_request"),
        ("Visit horsefeeds . ie for cheaper feed.", "external_link"),
        ("kinyirlak ha meg egyszer irsz", "profanity"),
    ],
)
def test_set_40s_kinds_in_other_words_are_blocked(rules, text, category):
    assert category in rules.check(text, use_model=False).categories


# Held-out set 41 read as a development set (session 27): the families it showed, in
# words of this file, not the set's.
@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Sprzedam wiertarkę z kradzieży, bez pytań, 200 zł.", "prohibited_item"),
        ("Housle z vykradené zušky, výrobní číslo vyškrabané, 5 tisíc.", "prohibited_item"),
        ("Gas meter magnet, makes it count half, 50 quid.", "prohibited_item"),
        ("Blank warranty cards for Samsung, fill in any date.", "prohibited_item"),
        ("Nasiona maku wysokomorfinowego, wysyłka w kopercie.", "prohibited_item"),
        ("Gratulujeme, vyhrál jste mixér za 1 Kč, zaplaťte jen poštovné.", "scam"),
        ("Zaliczkę proszę na moje prywatne konto, bo serwis bierze prowizję.", "scam"),
        ("Fizetek csekkel, a különbözetet add oda a sofőrnek.", "scam"),
        ("Potřebuju kód z aplikace banky a fotku karty.", "credentials_request"),
        ("Kérem az SMS-ben kapott jóváhagyó kódot.", "credentials_request"),
        ("Rozbiju ci tę gitarę na głowie.", "profanity"),
        ("Tady nic nedokončuju, napište mi jinde.", "off_platform"),
        ("Zadzwoń 600 123 456, PNC podam później.", "off_platform"),
    ],
)
def test_set_41s_families_are_blocked(rules, text, category):
    assert category in rules.check(text, use_model=False).categories


@pytest.mark.parametrize(
    "text",
    [
        # numbers named as an appliance's, a payout's, a factory's, a claim's or a tax number
        "Pasuje do pralki PNC 914 123 456 01?",
        "Numer operacji 7734010028 jest na potwierdzeniu wypłaty.",
        "Numer fabryczny kotła 2019-00412, serwis co roku.",
        "Číslo reklamace je REK-2026-123456, nahlaste ho kurýrovi.",
        "that 612345678 is my VAT number, not a phone",
        "ez a 12345678-1-42 az adószámom, nem telefonszám",
        # a received message reported, a listing reported, an insult brought to moderation
        "Kaptam egy üzenetet: 'a kulcsot futárral küldöm, ha utalod a kauciót' – jelentem a "
        "hirdetést.",
        "Reporting a boiler listing with prepayment to a German account, looks like a scam.",
        "Sprzedawca nazwał mnie w wiadomości 'głupią babą', proszę moderację o interwencję.",
        # worried by another's request; no answer by SMS
        "Psal mi, ať zaplatím mimo portál, to mě znepokojuje.",
        "Kérem, az oldalon írjon, SMS-re nem válaszolok.",
        # the listing's own call button; mushrooms from the woods; legal poppy; a warranty card
        "Zadzwoniłem przez przycisk „Zadzwoń” w ogłoszeniu, nikt nie odebrał.",
        "Dried chanterelles from the woods behind our cottage, 8 pounds a jar.",
        "Mák modrý potravinářský, nízký obsah morfinu, 1 kg.",
        "Karta gwarancyjna z pieczątką sklepu w komplecie.",
    ],
)
def test_set_41s_ordinary_lines_pass(rules, text):
    assert not rules.check(text, use_model=False).blocked


# Held-out set 42 read as a development set (session 27).
@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Servisní knížka prázdná s razítky, kilometry si dopíšete.", "prohibited_item"),
        ("Blank service book with dealer stamps, any mileage you like.", "prohibited_item"),
        ("Stočím tachometer na Passate, 50 €.", "prohibited_item"),
        ("Sprzedam jeden bilet na koncert kilku osobom, każdy dostanie PDF.", "prohibited_item"),
        ("Cement ze stavby, odvezený v noci, za půl ceny.", "prohibited_item"),
        ("Katalizator z Golfa, jeszcze ciepły, 500 zł.", "prohibited_item"),
        ("Cloned plates for any car, 100 quid.", "prohibited_item"),
        ("Hledej mě na Sbazaru jako petr_boty, kup tam.", "off_platform"),
        ("Przenieśmy się na WhatsAppa, tu wolno odpisują.", "off_platform"),
        ("Doučování na celý rok předem, bez smlouvy.", "scam"),
        ("Kauce na soukromý účet, smlouva pak mailem.", "scam"),
        ("Kliknij link i zweryfikuj kartę, inaczej konto zostanie zablokowane.", "scam"),
        ("Podaj kod z aplikacji banku, sprawdzę płatność.", "credentials_request"),
        ("do p.ice s tym", "profanity"),
        ("f.ck this seller", "profanity"),
    ],
)
def test_set_42s_families_are_blocked(rules, text, category):
    assert category in rules.check(text, use_model=False).categories


@pytest.mark.parametrize(
    "text",
    [
        "The style code is 555088-001, check it online.",
        "Napisał mi „ty kretynie” – zrzut ekranu wysłany do moderatorów.",
        "Servisní knížka kompletní, razítka do roku 2024.",
        "Uważajcie na fałszywe bilety, kupujcie tylko tutaj.",
        "Katalizator nowy, w oryginalnym pudełku.",
    ],
)
def test_set_42s_ordinary_lines_pass(rules, text):
    assert not rules.check(text, use_model=False).blocked


# Held-out set 43 read as a development set (session 28): its kinds in other words.
@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Monitory z biura, naklejki inwentarzowe zerwane, 200 zł sztuka.", "prohibited_item"),
        ("Asset tags peeled off, the laptops came from work.", "prohibited_item"),
        ("Denáry vykopané v noci na archeologické lokalitě, levně.", "prohibited_item"),
        ("Przeklejam daty na kremach, wyglądają jak nowe.", "prohibited_item"),
        ("Tlakoměr s falešným CE značením, 300 Kč.", "prohibited_item"),
        ("Vzal jsem mu tu komodu, když nebyl doma, prodám hned.", "prohibited_item"),
        # a deed, not an item named in a record's or a book's title
        ("Vinyl albums, took them while she was out, 5 pounds each.", "prohibited_item"),
        ("Kinai másolatok, eredeti dobozba csomagolva, 2000 Ft.", "prohibited_item"),
        ("Blacklisted iPhone 12, working again on any network after my fix.", "prohibited_item"),
        ("Zaliczka 50% na konto za granicą, towar po wpłacie.", "scam"),
        ("Pošlete dvojnásobek ceny, polovinu vrátíme po doručení.", "scam"),
        ("Wypełnij dane karty w linku, który ci wyślę, bank potwierdzi.", "scam"),
        ("Royal Mail is holding your parcel, pay the fee today.", "scam"),
        ("Your sale needs payment activation, £10 via the form.", "scam"),
        ("Na instagramie mam to samo, tam o wiele taniej.", "off_platform"),
        ("Keresd a nevem a Vaterán, ott megegyezünk.", "off_platform"),
        ("Daj mi prístup k účtu Google, odblokujem ho na diaľku.", "credentials_request"),
        ("Photograph your card and ID together, then I send it.", "credentials_request"),
        ("wpierdol ci spuszczę", "profanity"),
        ("Seru na tebe i na tvůj bazar.", "profanity"),
        ("Adok egy pofont, ha még egyszer írsz.", "profanity"),
    ],
)
def test_set_43s_families_are_blocked(rules, text, category):
    assert category in rules.check(text, use_model=False).categories


# Another's message or question reported and refused: the writer is not the one asking.
@pytest.mark.parametrize(
    "text",
    [
        # a received message after a colon, then reported
        "Przyszła mi wiadomość: wyślij numer karty, to oddam pieniądze. Zgłaszam to.",
        "Dostal jsem zprávu: zadejte údaje karty na odkazu. Hlásím to správci.",
        "SMS-t kaptam: adja meg a kártyaszámát. Jelentem az adminnak.",
        # a quoted call request, the writer staying on the site
        "Kupujący przysłał wiadomość 'zadzwoń na mój numer', wolę tu pisać.",
        "She texted me 'call me on my mobile' but I'd rather keep it here.",
        # a quoted insult in single quotation marks, reported
        "Po reklamacji dostałam wiadomość 'ty głupia krowo' — zgłoszone.",
        "Hlásím uživatele, nadává mi do debilů.",
        # a quote forwarded and refused
        "Přeposílám, co psal: 'pošli mi číslo karty'. To nedělám.",
        # another's question answered no right after the item
        "Sąsiad pytał, czy sprzedam mu bimber — nie, nie handluję alkoholem.",
        "A customer asked for homemade moonshine — I don't have any.",
        "Ptala se, jestli mám slivovici — ne, to neprodávám.",
        # a refusal with "ne" on the paying verb
        "Nezaplatím mimo portál, jen přes košík.",
    ],
)
def test_reported_and_refused_requests_near_set_43_pass(rules, text):
    assert not rules.check(text, use_model=False).blocked


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # the request made by the writer after the colon, with no report
        ("Dostałem wiadomość z serwisu: podaj kod BLIK.", "credentials_request"),
        # a report held over the reader
        ("Dostal jsem zprávu: pošlete kód z SMS, jinak vás nahlásím.", "credentials_request"),
        # the question answered with an offer
        ("Pytał pan o bimber — nie ma problemu, 50 zł za litr.", "prohibited_item"),
        ("Someone asked for moonshine — no, but I have poitin, 20 pounds.", "prohibited_item"),
        # staying here said, the request still made
        ("Zadzwoń do mnie na 600 100 200, wolę tu pisać tylko o cenie.", "off_platform"),
        # a quoted insult not reported
        ("Dostałeś moją wiadomość 'ty debilu'? Tak myślę o tobie.", "profanity"),
    ],
)
def test_requests_near_set_43s_readings_are_still_blocked(rules, text, category):
    assert category in rules.check(text, use_model=False).categories
