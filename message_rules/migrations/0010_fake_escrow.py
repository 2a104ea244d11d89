"""A buyer's fake escrow, which development set 7 showed in every language and the rules
lacked: the payment is "held until you send the tracking number" ("serwis trzyma pieniądze,
dopóki nie podasz numeru nadania", "web to drží, dokud nezadáš číslo podání"), or "the bank
sent you the confirmation, ship it" ("banka vám poslala SMS s potvrdením"); and a buyer
offering to pay for redelivery ("zapłacę za ponowną wysyłkę") is no redelivery-fee scam.
Databases loaded by 0002 get the changes; fresh ones have them from the defaults.
"""

from django.db import migrations

ADDED_PHRASES = [
    (
        "scam",
        "pl",
        "trzyma*|zatrzyma*|wstrzyma*|zablokowal*|zablokowan*|blokuje|zamrozon* ~6 dopoki nie|do czasu az|az nie ~3 podasz|wyslesz|wpiszesz|przeslesz|dodasz|nadasz|podacie|wyslecie ~4 numer*|potwierdzen* nadania|dowod* nadania",
    ),
    (
        "scam",
        "",
        "drzi*|zadrz*|blokuj*|zablokoval*|zablokovan*|pozdrz* ~6 dokud|nez|do te doby nez|kym|dokial|pokial|az ~3 nezadas|neposles|nezadate|neposlete|nevlozis|zadas|posles|zadate|poslete|nedas|das ~4 cislo|cisla|podaci|podacie|potvrzeni o podani|potvrdenie o podani",
    ),
    (
        "scam",
        "hu",
        "visszatart*|zarol*|zarolt*|befagyaszt*|tartja ~6 amig ~4 csomagszam*|fuvarlevel*|kovetesi szam*|feladasi szam*|feladoveveny*|nyomkoveto*",
    ),
    (
        "scam",
        "en",
        "holding|holds|held|pending|on hold|frozen|locked ~6 until ~2 you|u ~3 send*|post*|give*|provide*|upload*|enter*|add*|share* ~4 tracking*|proof of postage|shipping number|dispatch number",
    ),
    (
        "scam",
        "",
        "bank|banka|banku|bankom ~3 wyslal*|przyslal*|poslal*|zaslal*|sent|has sent|emailed|texted|kuldott ~2 panu|pani|ci|tobie|wam|vam|ti|you|onnek|neked ~5 potwierdz*|potvrz*|potvrd*|confirmation*|confirming|visszaigazol*|megerosit*",
    ),
    (
        "scam",
        "",
        "bank|banka|banku|bankom ~2 panu|pani|ci|tobie|wam|vam|ti|you|onnek|neked ~2 wyslal*|przyslal*|poslal*|zaslal*|sent|has sent|emailed|texted|kuldott|poslala|zaslala ~5 potwierdz*|potvrz*|potvrd*|confirmation*|confirming|visszaigazol*|megerosit*",
    ),
    (
        "scam",
        "hu",
        "bank* ~4 visszaigazolt* ~2 onnek|neked",
    ),
]

# A buyer offering to pay for redelivery ("zapłacę za ponowną wysyłkę", development set 6)
# is no redelivery-fee scam: the payment verbs lose their first-person forms.
CHANGED_PHRASES = [
    (
        "scam",
        "pl",
        "doplac*|oplac*|wplac*|zaplac* ~5 ponown* doreczen*|ponown* dostaw*|ponown* wysylk*",
        "doplac|doplacic|doplacisz|doplaci|doplaccie|doplacenia|doplacenie|doplacona|doplacone|oplac|oplacic|oplacisz|oplaci|oplaccie|oplacenia|oplacenie|oplacona|oplacone|wplac|wplacic|wplacisz|wplaci|wplaccie|wplacenia|wplacenie|wplacona|wplacone|zaplac|zaplacic|zaplacisz|zaplaci|zaplaccie|zaplacenia|zaplacenie|zaplacona|zaplacone ~5 ponown* doreczen*|ponown* dostaw*|ponown* wysylk*",
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
    for category, language, old, new in CHANGED_PHRASES:
        _replace(Rule, category, language, old, new)
    version, _created = RuleSetVersion.objects.get_or_create(pk=1)
    RuleSetVersion.objects.filter(pk=1).update(version=version.version + 1)


def backwards(apps, schema_editor):
    Rule = apps.get_model("message_rules", "Rule")
    for category, language, pattern in ADDED_PHRASES:
        Rule.objects.filter(
            category=category, language=language, kind="phrase", pattern=pattern
        ).delete()
    for category, language, old, new in CHANGED_PHRASES:
        _replace(Rule, category, language, new, old)


def _replace(Rule, category, language, old, new):
    """`old` becomes `new`; where both are there (0002 loaded today's defaults), the old one
    goes."""
    rules = Rule.objects.filter(category=category, language=language, kind="phrase")
    if rules.filter(pattern=new).exists():
        rules.filter(pattern=old).delete()
    else:
        rules.filter(pattern=old).update(pattern=new)


class Migration(migrations.Migration):
    dependencies = [("message_rules", "0009_development_set_five")]

    operations = [migrations.RunPython(forwards, backwards)]
