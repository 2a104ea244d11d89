"""What held-out set 23 (the channel and shape of a message: relayed e-mails with quoted
replies, signatures, forwarded chains, auto-replies, chat bursts), read as a development
set after its one measurement (session 20), showed the rules missed or blocked wrongly.

Misses, as kinds: a phone "from a theft, hence the low price"; Hungarian "found/stolen,
locked"; homemade wines "from Moldova"; Czech home-brewed beer; cherry brandy, kisüsti and
fruit pálinka compounds, a single malt "£25 a bottle"; a sick note "with the doctor's
stamp" and diplomas "in the name you wish"; streaming logins sold "once paid"; Windows
keys priced per key; tobacco "without the excise stamp"; an eagle chick "taken from the
nest"; a rifle "never registered", "a tin of rounds"; "half an oz of the purple haze";
leftover Adderall "name your price"; replicas that "pass as real"; a bike "lifted from
outside the station"; a slow loris; "don't click buy" on its own (Polish, Hungarian);
"give me your number" (Czech, informal); a QR code "straight to the bank, not through the
portal"; selling "moved over to Facebook Marketplace"; a LINE handle; a parcel "held, pay
the surcharge for an incomplete address"; a work-from-home "starter pack"; "prosimy o
podanie hasła"; "enter your card details here" (Czech); a payment request to approve in
the banking app (Czech); a screenshot of a card; "šmejd", "airhead".
Wrong blocks: a cognac glass (singular "kieliszek"), gin balloon glasses, "can I pay with
Revolut?" asked by a buyer, "Outside the portal really not", a forgotten-PIN exception
that swallowed "I forgot – give me the card's PIN too" (narrowed).
Databases loaded by 0002 get them; fresh ones have them from the defaults.
"""

from django.db import migrations

ADDED_PHRASES = [
    (
        "prohibited_item",
        "pl",
        "jest z kradziezy|sa z kradziezy|pochodzi z kradziezy|pochodza z kradziezy|byl z kradziezy|towar z kradziezy",
    ),
    (
        "prohibited_item",
        "",
        "z kradziezy|kradzion*|kraden*|kradnut*|ukraden*|lopott|stolen ~4 dlatego|proto|preto|ezert|azert|hence|thats why ~4 niska cena|niskiej cenie|taka cena|ta cena|nizka cena|nizka cena|nizsia cena|alacsony ar|low price|the price",
    ),
    (
        "prohibited_item",
        "hu",
        "talalt lopott|lopott talalt|lopott kodolt|lopott kodolva|lopott zarolt|lopott zarolva",
    ),
    (
        "prohibited_item",
        "pl",
        "wina ~2 domowe|domowe wina|domowego wina|wina domowego|wina z moldawii|wina z gruzji",
    ),
    (
        "prohibited_item",
        "cs",
        "pivo|piva|pivko ~2 vlastni vareni|vlastniho vareni|domaci vareni|domaciho vareni|z vlastni varny|z domaci varny",
    ),
    (
        "prohibited_item",
        "",
        "ceresnovic*|ceresnovick*|visnovick*|kisusti*|szilvapalink*|barackpalink*|kortepalink*|torkolypalink*|cseresznyepalink*|meggypalink*|almapalink*",
    ),
    (
        "prohibited_item",
        "en",
        "single malt|blended malt|bourbon|scotch|cognac ~8 a bottle|per bottle|70cl|75cl|bottles|box of 6|box of six",
    ),
    (
        "prohibited_item",
        "cs",
        "potvrzeni o pracovni neschopnosti|neschopenk*|neschopenek ~8 razitk*|vyplnim|dle prani|na jmeno|kc",
    ),
    (
        "prohibited_item",
        "",
        "na meno podla zelania|na meno podla priania|na jmeno podle prani|na jmeno dle prani|na dowolne dane|na dowolne nazwisko|in any name|in your name ~6 any university|embossed seal|employers never check",
    ),
    (
        "prohibited_item",
        "sk",
        "vyhotovime|vyrobime|spravime|vystavime ~3 diplom*|vysvedcen*|rodny list|rodne listy|maturitne vysvedcen*|vodicsky preukaz",
    ),
    (
        "prohibited_item",
        "en",
        "degree certificate*|fake diploma*|fake degree*|certificate and transcript ~8 in your name|any university|embossed seal|employers never check",
    ),
    (
        "prohibited_item",
        "",
        "prodam|predam|sprzedam|selling|eladom|elado ~2 ucet|ucty|uctu|konto|konta|account|accounts|fiok* ~3 netflix*|spotify*|hbo*|disney*|youtube premium|game pass",
    ),
    (
        "prohibited_item",
        "",
        "netflix*|spotify*|hbo*|disney*|game pass ~8 prihlasovaci udaje ~4 po platbe|ihned|dostanete|dostanes|posilam|posielam",
    ),
    (
        "prohibited_item",
        "en",
        "logins|login|accounts ~4 lifetime|each ~8 username and password|password once paid|once paid",
    ),
    (
        "prohibited_item",
        "",
        "objednavk* klicu|objednavky klicu|zamowienia na klucze|z vyrazenych firemnich licenci|z vyrazenych licenci|z vyradenych licencii|from decommissioned licen*|kc klic|kc za klic|zl za klucz|eur za kluc|per key|ft kulcsonkent",
    ),
    (
        "prohibited_item",
        "hu",
        "zarjegy nelkul*|zarjegy nelkuli|zarjegymentes*|zarjegy nincs rajta|nincs rajta zarjegy ~6 ft|forint*|kg|karton|doboz|elado|arul*|kuld*|postaz*|darab*",
    ),
    (
        "prohibited_item",
        "hu",
        "feszekbol szed*|feszekbol kivett*|feszekbol vett*|feszekbol hozt*|feszekbol lopt*",
    ),
    (
        "prohibited_item",
        "",
        "adderall*|ritalin*|vyvanse|modafinil*|xanax* ~8 name your price|take whatever|whatevers left|leftover|for exam*|spare ones|sell*|selling|prodam|sprzedam|elado",
    ),
    (
        "prohibited_item",
        "",
        "leftover|spare|zbyvajici|zbyle|zostal*|eladnad|getting rid of ~4 adderall*|ritalin*|vyvanse|modafinil*|xanax*",
    ),
    (
        "prohibited_item",
        "en",
        "half oz|half ounce|halfoz|an oz|an ounce|quarter oz|quarter ounce|an eighth ~3 haze|kush|skunk|weed|bud|green|purple haze|amnesia",
    ),
    (
        "prohibited_item",
        "en",
        "purple haze|amnesia haze|og kush|white widow|lemon haze ~8 oz|ounce|gram|grams|quid|eighth|bag",
    ),
    (
        "prohibited_item",
        "en",
        "rifle*|pistol*|shotgun*|revolver*|handgun*|air rifle ~6 never registered|unregistered|not registered|no licence needed|no license needed|no paperwork",
    ),
    (
        "prohibited_item",
        "en",
        "tin of rounds|box of rounds|box of shells|tin of shells|rounds of ammo",
    ),
    (
        "prohibited_item",
        "en",
        "replica*|fake*|copies|copy|knockoff*|knock off* ~8 pass as real|pass as genuine|pass for real|pass for genuine|pass as authentic|authenticity card*|pass as the real",
    ),
    (
        "prohibited_item",
        "en",
        "lifted|nicked|pinched ~3 from outside|from the station|from a shop|from a van ~8 receipt|hence|cheap|price|quid|no questions",
    ),
    (
        "prohibited_item",
        "",
        "slow loris|baby loris|lori wolny|outloris ~8 no papers|papers|bez papier*|bez papiru|price|sale|cena",
    ),
    (
        "off_platform",
        "pl",
        "nie klikaj kup|nie klikaj kupuje|nie klikaj w kup|nie klikaj przycisku kup",
    ),
    (
        "off_platform",
        "hu",
        "ne kattints a vasarlas*|ne kattints a megvesz*|ne nyomd meg a vasarlas*|ne kattintson a vasarlas*",
    ),
    (
        "off_platform",
        "cs",
        "dej|dejte|posli|napis ~3 cislo na tebe|tvoje cislo|tvoje telefonni cislo|tvuj telefon|tvuj mail",
    ),
    (
        "off_platform",
        "sk",
        "qr kod* ~8 priamo do banky|priamo na ucet|a nie cez portal|nie cez portal",
    ),
    (
        "off_platform",
        "",
        "zaplatte|zaplat|platte|zaplate ~6 a nie cez portal|nie cez portal|a ne pres portal|ne pres portal",
    ),
    (
        "off_platform",
        "en",
        "moved|moving|move ~3 my selling|my shop|my listings|my stuff|my stock|my store ~3 over to|to facebook|to vinted|to ebay|to depop|to etsy",
    ),
    (
        "scam",
        "pl",
        "paczka zatrzymana|przesylka zatrzymana|paczka wstrzymana|przesylka wstrzymana ~8 doplat*|oplat*",
    ),
    (
        "scam",
        "",
        "doplata|doplatek|poplatek|surcharge|fee ~4 za niepelny adres|za niekompletny adres|za nekompletni adresu|za neuplnou adresu|for an incomplete address|for incomplete address|hianyos cim*",
    ),
    (
        "scam",
        "",
        "praca z domu|prace z domu|pracu z domu|praci z domu|praca z domova|prace z domova|pracu z domova|work from home|munka otthonrol|otthoni munka ~8 startovac*|startovn*|starter pack|starter kit|kezdocsomag*|pakiet startow*",
    ),
    (
        "scam",
        "",
        "kupit|kupte|kupis|kupite|zaplatit|zaplatte|zaplatis|kupic|kupisz|zaplacic ~3 startovaci balik*|startovaci balicek|startovny balik*|startovni balicek|startovni balik*|pakiet startow*|zestaw startow*",
    ),
    (
        "credentials_request",
        "pl",
        "o podanie|podanie ~3 hasl*|pin|pinu|cvv|cvc|kod* blik*|kod* sms*|numer* kart*|dan* kart*|dan* logowania|login*",
    ),
    (
        "credentials_request",
        "cs",
        "zadejte|zadej|vyplnte|vypln ~2 zde|sem|tady ~4 udaj* ke kart*|udaj* kart*|cisl* kart*|cvv|cvc",
    ),
    (
        "scam",
        "cs",
        "udaj* ke kart*|udaj* karty|cisl* kart* ~8 prijmete platbu|obdrzite platbu|prijmout platbu|prijal platbu",
    ),
    (
        "credentials_request",
        "cs",
        "potvrd*|schval* ~5 pozadavek|pozadavky ~3 na platbu|na platbe|o platbu",
    ),
    (
        "credentials_request",
        "en",
        "screenshot|photo|picture|pic ~4 your card|card details|card number|both sides of your card|front of your card|your revolut card|your bank card",
    ),
    ("profanity", "cs", "jste|jsi ~3 smejd|smejde"),
    ("profanity", "cs", "ty smejde|vy smejdi|ty jeden smejde|ty hnusnej smejde|smejde jeden"),
    ("profanity", "en", "airhead|airheads|total airhead|an airhead"),
]

ADDED_EXCEPTIONS = [
    (
        "pl",
        "kieliszek|kieliszeczek|kieliszkiem ~2 do koniaku|koniak*|whisk*|wodk*|wodeczk*|nalewk*|likier*|ginu|rum*|tequil*|brandy|wina|wino|szampan*",
    ),
    ("en", "gin balloon*|gin glass*|gin goblet*|balloon glass*|copa glass*|gin copa*"),
    (
        "",
        "czy moge|czy mozna|moge|da sa|mozem|muzu|muzeme|lze|can i|could i|fizethetek ~2 zaplacic|placic|platit|zaplatit|pay|fizetni ~2 revolutem|revolutom|revolutem|with revolut|by revolut|via revolut|revoluttal",
    ),
    (
        "",
        "nepamatuju si|nepamatam si|nepamatuji si|zapomnialem|zapomnialam|nie pamietam|elfelejtettem|nem emlekszem ~1 pin*",
    ),
    ("en", "forgot|forgotten|dont remember ~2 pin*"),
]

ADDED_REGEXES = [
    ("off_platform", "", "\\bline(?: id)?\\s*[:\\-]\\s*@[a-z0-9_.]{3,}"),
]

CHANGED_PHRASES = []

# Allowlist exceptions replaced by the narrower ones above.
REMOVED_EXCEPTIONS = [
    (
        "",
        "nepamatuju si|nepamatam si|nepamatuji si|zapomnialem|zapomnialam|nie pamietam|forgot|forgotten|dont remember|elfelejtettem|nem emlekszem ~2 pin*",
    ),
]


def forwards(apps, schema_editor):
    Rule = apps.get_model("message_rules", "Rule")
    RuleSetVersion = apps.get_model("message_rules", "RuleSetVersion")
    if not Rule.objects.exists():
        return  # an empty database: 0002 loads the defaults, these included
    for category, language, pattern in ADDED_PHRASES:
        Rule.objects.get_or_create(
            category=category, language=language, kind="phrase", pattern=pattern
        )
    for language, pattern in ADDED_EXCEPTIONS:
        Rule.objects.get_or_create(category="", language=language, kind="allow", pattern=pattern)
    for category, language, pattern in ADDED_REGEXES:
        Rule.objects.get_or_create(
            category=category, language=language, kind="regex", pattern=pattern
        )
    for category, language, old, new in CHANGED_PHRASES:
        _replace(Rule, category, language, old, new)
    for language, pattern in REMOVED_EXCEPTIONS:
        Rule.objects.filter(category="", language=language, kind="allow", pattern=pattern).delete()
    version, _created = RuleSetVersion.objects.get_or_create(pk=1)
    RuleSetVersion.objects.filter(pk=1).update(version=version.version + 1)


def backwards(apps, schema_editor):
    Rule = apps.get_model("message_rules", "Rule")
    for category, language, pattern in ADDED_PHRASES:
        Rule.objects.filter(
            category=category, language=language, kind="phrase", pattern=pattern
        ).delete()
    for language, pattern in ADDED_EXCEPTIONS:
        Rule.objects.filter(category="", language=language, kind="allow", pattern=pattern).delete()
    for category, language, pattern in ADDED_REGEXES:
        Rule.objects.filter(
            category=category, language=language, kind="regex", pattern=pattern
        ).delete()
    for category, language, old, new in CHANGED_PHRASES:
        _replace(Rule, category, language, new, old)
    for language, pattern in REMOVED_EXCEPTIONS:
        Rule.objects.get_or_create(category="", language=language, kind="allow", pattern=pattern)


def _replace(Rule, category, language, old, new):
    """`old` becomes `new`; where both are there (0002 loaded today's defaults), the old one
    goes."""
    rules = Rule.objects.filter(category=category, language=language, kind="phrase")
    if rules.filter(pattern=new).exists():
        rules.filter(pattern=old).delete()
    else:
        rules.filter(pattern=old).update(pattern=new)


class Migration(migrations.Migration):
    dependencies = [("message_rules", "0025_development_set_twenty_two")]

    operations = [migrations.RunPython(forwards, backwards)]
