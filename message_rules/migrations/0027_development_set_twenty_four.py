"""What held-out set 24 (numbers, codes and identifiers: order, tracking and transaction
numbers, sizes, prices, phones in every format, IBANs, codes), read as a development set
after its one measurement (session 20), showed the rules missed or blocked wrongly.

Misses, as kinds: a stolen phone "but it works / unlocked"; ivory "no certificate"; beer
by the crate (Czech and Slovak "basa"); counterfeit banknotes; rifle rounds by calibre
(7.62x39); THC cartridges; "ket" by the gram; paying cash "instead of the app"
(Hungarian); a link to a bare IP address with a port; a parcel-locker pickup code asked
for "my mate will collect it for you"; "the code from the e-mail"; "the full card
number"; "enter the card details" to get a refund (Czech, Slovak); an order number that
"has won an iPhone, just pay the postage"; money missing "for the plane ticket";
"ch00ju", "p1ch0vin0".
Wrong blocks: a SIM card's PIN printed on its plastic; a trouser's inner leg ("belső szár"
without accents); (in the engine: a tyre's "R17" read as a disguised word, a refusal
already made before or after the phrase, a transaction number read as a phone).
Databases loaded by 0002 get them; fresh ones have them from the defaults.
"""

from django.db import migrations

ADDED_PHRASES = [
    (
        "prohibited_item",
        "",
        "z kradziezy|kradzion*|kraden*|kradnut*|lopott|stolen|nicked ~4 ale|but|de|ale je|ale jest|its ~3 dziala|funguje|funguj*|mukodik|works|unlocked|odblokowan*|feloldva|odomknut*|odemcen*|odblokovan*",
    ),
    (
        "prohibited_item",
        "pl",
        "kosc sloniowa|kly sloni*|sloniowe kly ~8 certyfikat*|bez papier*|kly|kg",
    ),
    (
        "prohibited_item",
        "",
        "basy|basu|basa|bas ~6 plzne|plzen*|pilsner*|bazant*|gambrinus*|kozel*|budvar*|staropramen*|radegast*|piva|corgon*|sarisa|smadny mnich",
    ),
    (
        "prohibited_item",
        "",
        "padelk*|padelan*|falesn*|falosn*|hamis|counterfeit|falszyw*|podrobion* ~4 bankovek|bankovk*|bankjegy*|banknot*",
    ),
    (
        "prohibited_item",
        "",
        "thc patron*|thc cartridge*|thc kartridz*|thc vape*|thc liquid*|thc gumi*|thc zelki*|thc gummies|thc olaj*",
    ),
    ("prohibited_item", "en", "ket ~3 10g|1g|5g|28g|a g|per g|a gram|grams|bag|bags"),
    (
        "off_platform",
        "",
        "pay|zaplac*|zaplat*|fizess*|fizet*|fizetsz ~6 instead of the app|az app helyett|az oldal helyett|zamiast przez aplikacje|zamiast w aplikacji|misto pres aplikaci|namiesto cez aplikaciu|instead of the site",
    ),
    (
        "credentials_request",
        "",
        "podaj*|napisz*|wyslij*|przeslij*|napis|napiste|posli*|poslete|povez|povedz|tell me|send me|give me|add meg|ird meg|kuldd el|mondd meg ~3 kod odbioru|kodu odbioru|kod do odbioru|kod pro vyzvednuti|kod k vyzvednuti|kod na vyzdvihnutie|kod na vyzdvihnutia|collection code|pickup code|locker code|atveteli kod*|nyitokod*|pin jet|pinjet|pin kodjat",
    ),
    (
        "credentials_request",
        "",
        "podaj*|napisz*|wyslij*|przeslij*|napis|napiste|posli*|poslete|tell me|send me|give me|add meg|ird meg|kuldd el ~4 kod z maila|kodu z maila|kod z emaila|kod z e mailu|kod z mailu|code from the email|code from your email|code in the email|kodot az emailbol|kodot a levelbol",
    ),
    (
        "credentials_request",
        "pl",
        "potrzebuj*|podaj*|wyslij*|napisz* ~3 pelny numer|pelnego numeru|caly numer|calego numeru",
    ),
    (
        "credentials_request",
        "",
        "zadejte|zadajte|vyplnte|vyplnte ~3 udaje z karty|udaje karty|udaje o karte|udaje ke karte|cislo karty",
    ),
    (
        "scam",
        "",
        "vyhral*|vyhrali|vyhralo|wygral*|wygrales|won|has won|nyert* ~8 uhradit|uhradte|zaplatit|zaplatte|zaplac*|pay|cover|fizess*|fizetni|fizesse ~3 postovne|postovneho|postage|shipping|wysylk*|przesylk*|postakoltseg*|szallitasi dij*",
    ),
    (
        "scam",
        "",
        "chyba mi|chybi mi|brakuje mi|i need|im short|hianyzik ~6 na letenku|na letenky|na bilet|for the ticket|for a ticket|for the flight|for my flight|repulojegy*",
    ),
    ("profanity", "pl", "choju|chooju|ty choj|chojowy|chojowa"),
    ("profanity", "cs", "pichovin*|pichus*|pichu"),
]

ADDED_EXCEPTIONS = [
    (
        "",
        "pin|pinu|pin kod* ~3 sim|karty sim|karta sim|sim karty|sim kart*|sim card*|sim kartya*|simkart*",
    ),
    ("hu", "belso szar|kulso szar|szarhossz*|szar hossza|szarboseg*"),
]

ADDED_REGEXES = [
    (
        "external_link",
        "",
        "\\b(?!(?:192\\.168|10|127)\\.)(?:\\d{1,3}\\.){3}\\d{1,3}(?::\\d{2,5}(?:/\\S*)?|/[a-z0-9]\\S*)",
    ),
    (
        "prohibited_item",
        "",
        "\\b(?:7[,.]62|5[,.]56|5[,.]45|7[,.]65|6[,.]5|9[,.]3)\\s?x\\s?(?:39|45|51|54|17|53|62|55)\\b",
    ),
]

CHANGED_PHRASES = []

# Allowlist exceptions replaced by the narrower ones above.
REMOVED_EXCEPTIONS = []


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
    dependencies = [("message_rules", "0026_development_set_twenty_three")]

    operations = [migrations.RunPython(forwards, backwards)]
