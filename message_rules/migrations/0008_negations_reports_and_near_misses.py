"""Ordinary lines the rules blocked in the tenth to thirteenth training corpora (j-m) and
in the development sets (held-out sets 3 and 4, read for this from then on; issue #15): a
cake baked with rum, the phone number asked for in the delivery form, "can't include the
wine", "Nem árulok alkoholt", "no gun, no ammo", paying by card directly on the site, a
t-shirt printed "Heslo: káva", a quoted reply's "napsal(a):", a wooden wine box, pálinka
glasses, a works raffle, Twatt in Orkney; new phrases for what the development sets'
misses showed no rule had: stolen goods offered as such ("kradené, proto ta cena", "fell
off the back of a lorry", "don't ask where"), counterfeit money and documents "in any
name", copies "nobody can tell from the original", Hungarian "ha itt nem rendelsz" and
English "no need to go through checkout"; and the lottery rules: a lottery named in passing
("if I won the lottery I wouldn't be selling this") is no scam, one that wants a fee, a tax
or a claim is. Databases loaded by 0002 get the changes; fresh ones have them from the
defaults.
"""

from django.db import migrations

ADDED_EXCEPTIONS = [
    ("en", "twat orkney|twat in orkney"),
    ("pl", "ciast*|babk*|tort*|piekl*|piecz* ~4 rum*|rumem|rumu|nalewk*|likier*"),
    (
        "pl",
        "numer* telefonu|nr telefonu ~3 w formularzu|do formularza|przy zamowieniu|w zamowieniu",
    ),
    (
        "en",
        "cant|cannot|wont|not allowed to ~1 sell|include|add|send ~2 wine|beer|booze|alcohol|spirits",
    ),
    ("hu", "nem arul*|nem adok|nem kuldok ~2 alkohol*|bort|palinka*|sort"),
    ("en", "no|without ~1 gun|guns|ammo|ammunition|weapon*"),
    ("hu", "loszer* nelkul|fegyver* es loszer* nelkul"),
    (
        "en",
        "pay|paying ~3 directly on the site|directly on the platform|directly in the app|directly through the site",
    ),
    ("cs", "prim*|priam* ~2 na portalu|na portali|v aplikaci|v aplikacii|v appce|v appke"),
    ("pl", "anuluj* po mojej stronie|po mojej stronie anuluj*"),
    ("pl", "napisem|nadrukiem ~1 haslo*"),
    ("cs", "napisem|napisom|potiskem|potlacou ~1 heslo*"),
    ("hu", "jelszo* ~3 feliratu|felirat*"),
    ("cs", "napsal a|napisal a"),
    ("en", "wine box*|wine rack*|wine crate*|wine cooler*|wine chiller*"),
    ("hu", "palinkas kupic*|kupica*"),
    ("pl", "loteri* ~1 firmow*|pracownicz*"),
]
ADDED_PHRASES = [
    (
        "prohibited_item",
        "",
        "kradzion*|kradeny|kradena|kradene|kradnut*|ukradnut*|ukraden*|lopott|lopottak|stolen|nicked ~4 dlatego|proto|preto|ezert|hence|thats why|so ~3 tanio|tani|tania|tanie|levne|levny|levna|lacno|lacny|lacne|olcso|cheap|price|cena|cenu|ara",
    ),
    (
        "prohibited_item",
        "",
        "fell off the back of a lorry|fell off the back of a truck|fell off a lorry|fell off a truck|spadl* z ciezarowki|spadl* z tira|spadl* z naklaku|spadl* z kamionu|leesett a kamionrol",
    ),
    (
        "prohibited_item",
        "",
        "nie pytaj skad|nie pytaj sie skad|neptej se odkud|neptejte se odkud|nepytaj sa odkial|nepytajte sa odkial|ne kerdezd honnan|ne kerdezze honnan|dont ask where|dont ask me where",
    ),
    (
        "prohibited_item",
        "",
        "falszyw* banknot*|falesn* bankovk*|falosn* bankovk*|hamis bankjegy*|counterfeit notes|counterfeit money|counterfeit banknotes|fake banknotes|fake notes",
    ),
    (
        "prohibited_item",
        "",
        "prawo jazdy|prawa jazdy|dowod* osobist*|ridicak*|obcank*|vodicak*|obciansk*|jogositvany*|szemelyi*|driving licen*|passport*|id card* ~6 na dowolne nazwisko|na kazde nazwisko|na jakekoli jmeno|na akekolvek meno|barmilyen nevre|in any name|jak prawdziw*|jako prav*|ako prav*|ako skutocn*|mint az igazi|like a real one|looks real",
    ),
    (
        "prohibited_item",
        "",
        "kopi*|replik*|podrob*|masolat*|hamisitvany*|replica*|fakes ~8 nie odrozni*|nikt nie pozna|nikdo to nepozna|nikdo nepozna|nikto nepozna|nikto to nepozna|nem tudja megkulonboztetni|senki nem veszi eszre|cant tell the difference|nobody will know|no one will know|nobody can tell|no one can tell",
    ),
    (
        "off_platform",
        "hu",
        "ha itt nem rendel*|ha nem az oldalon|nem az oldalon veszed|nem itt veszed|ha nem itt hanem; keszpenz* ~4 nem kell megrendel*|ne rendeld meg",
    ),
    (
        "off_platform",
        "en",
        "dont bother ordering|dont bother with the app|dont bother with checkout|no need to go through checkout|no need to go through the app|no need to go through the site|skip the checkout",
    ),
]
# "f*** off": the stars stand for the whole word but its first letter
ADDED_REGEXES = [("profanity", "en", r"\bf\*{2,4}(?:ing|in|ed|er)?(?=\s+(?:off|you|u|this|that|it|him|her|them|sake)\b)|\bf\*{2,4}(?:ing|in)\b")]
CHANGED_PHRASES = [
    (
        "scam",
        "en",
        "million dollar*|million usd|million euro*|million pound*|lottery|lotto winner*",
        "million dollar*|million usd|million euro*|million pound*|lotto winner*|lottery winner*; won|win|winner|winning ~3 lottery|lotto ~6 fee*|tax*|claim*|transfer*|release*|payment*",
    ),
    (
        "scam",
        "pl",
        "loteri*",
        "loteri* ~6 wygran*|nagrod*|oplat*|podat*|odbior*|przelew*|odebrac",
    ),
]


def forwards(apps, schema_editor):
    Rule = apps.get_model("message_rules", "Rule")
    RuleSetVersion = apps.get_model("message_rules", "RuleSetVersion")
    if not Rule.objects.exists():
        return  # an empty database: 0002 loads the defaults, these included
    for language, pattern in ADDED_EXCEPTIONS:
        Rule.objects.get_or_create(category="", language=language, kind="allow", pattern=pattern)
    for category, language, pattern in ADDED_PHRASES:
        Rule.objects.get_or_create(
            category=category, language=language, kind="phrase", pattern=pattern
        )
    for category, language, pattern in ADDED_REGEXES:
        Rule.objects.get_or_create(
            category=category, language=language, kind="regex", pattern=pattern
        )
    for category, language, old, new in CHANGED_PHRASES:
        Rule.objects.filter(category=category, language=language, pattern=old).update(pattern=new)
    version, _created = RuleSetVersion.objects.get_or_create(pk=1)
    RuleSetVersion.objects.filter(pk=1).update(version=version.version + 1)


def backwards(apps, schema_editor):
    Rule = apps.get_model("message_rules", "Rule")
    for language, pattern in ADDED_EXCEPTIONS:
        Rule.objects.filter(category="", language=language, kind="allow", pattern=pattern).delete()
    for category, language, pattern in ADDED_PHRASES:
        Rule.objects.filter(
            category=category, language=language, kind="phrase", pattern=pattern
        ).delete()
    for category, language, pattern in ADDED_REGEXES:
        Rule.objects.filter(
            category=category, language=language, kind="regex", pattern=pattern
        ).delete()
    for category, language, old, new in CHANGED_PHRASES:
        Rule.objects.filter(category=category, language=language, pattern=new).update(pattern=old)


class Migration(migrations.Migration):
    dependencies = [("message_rules", "0007_training_corpora_near_misses")]

    operations = [migrations.RunPython(forwards, backwards)]
