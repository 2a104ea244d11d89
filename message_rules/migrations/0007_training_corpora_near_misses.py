"""Ordinary lines the rules blocked in the third to fifth authors' training corpora (their
clean lines, which the rules were never tuned on; issue #15): a whisky set with a decanter,
empty pálinka bottles, "I don't sell alcohol / have no ammunition", the courier calling the
number given in the order (pl, cs, sk, hu), "does the site really need my card details?",
"have your password to hand", a school raffle, paying for redelivery through the platform,
coffee as one's only "booster", empty bottles, liqueur recipes and labels,
"never give your password to anyone", withdrawing one's own money from the platform, a DPD
tracking page on dpd.de, and "how tall are you in the pic" (the Czech swear-word list had a
bare "pic"). Databases loaded by 0002 get the changes; fresh ones have them from the
defaults.
"""

from django.db import migrations

ADDED_EXCEPTIONS = [
    # glassware and sets for spirits are not spirits offered
    (
        "en",
        "whisky set*|whiskey set*|whisky decanter*|whiskey decanter*|decanter set*|whisky tumbler*|whiskey tumbler*|spirits decanter*",
    ),
    ("pl", "zestaw* ~3 whisk*|wodk*|likier*|koniak*|rum*|ginu|gin"),
    ("cs", "sada|sadu|sady ~2 whisk*|vodk*|rum|gin|liker*|slivovic*|konak*"),
    ("sk", "sada|sadu|sady ~2 whisk*|vodk*|rum|gin|liker*|slivovic*|borovick*|konak*"),
    ("hu", "palinkas|boros|soros|whiskys|rumos|likoros|vodkas ~1 uveg*"),
    # saying what one does not sell
    (
        "en",
        "dont sell|do not sell|not selling|never sell ~2 alcohol|booze|spirits|ammo|ammunition|guns|weapons",
    ),
    (
        "pl",
        "nie sprzedaj*|nie mam|nie posiadam|nie oferuj*|nie wysylam ~2 alkohol*|amunicj*|broni",
    ),
    ("pl", "amunicj*|broni|alkohol* ~2 nie mam|nie sprzedaj*|nie posiadam|nie oferuj*"),
    ("cs", "nemam|neprodavam|nenabizim ~2 strelivo|zbran*|alkohol*"),
    ("cs", "strelivo|zbran*|alkohol* ~2 nemam|neprodavam|nenabizim"),
    ("sk", "nemam|nepredavam|neponukam ~2 strelivo|zbran*|alkohol*"),
    ("sk", "strelivo|zbran*|alkohol* ~2 nemam|nepredavam|neponukam"),
    ("hu", "loszer*|fegyver* ~3 nincs|nincsen|nem arul*|nem adok"),
    # the courier calls the number in the order
    ("pl", "numer* ~2 z zamowienia|w zamowieniu|podan* w zamowieniu"),
    ("cs", "cislo|cisle ~3 z objednavk*|v objednavce|uveden* v objednavc*"),
    ("sk", "cislo|cisle ~3 z objednavk*|v objednavke|uveden* v objednavk*"),
    (
        "hu",
        "a rendelesben megadott|a rendelesben szereplo|a rendelesben levo ~1 szam*|telefonszam*",
    ),
    # a buyer's own card, password or payout, a school raffle, coffee as a "booster"
    (
        "en",
        "need|want|ask for|asking for|asks for ~1 my card*|my bank*|my password*|my login*|my pin*",
    ),
    ("en", "password to hand|password ready|password handy"),
    ("pl", "loteri* ~2 szkoln*|fantow*|charytatywn*|parafialn*|festyn*"),
    (
        "pl",
        "ponown* wysylk*|ponown* dostaw*|ponown* doreczen* ~4 przez platform*|przez alegro|na alegro|w alegro",
    ),
    ("pl", "kaw* ~4 dopalacz*; jedyn* dopalacz*|naturaln* dopalacz*"),
    ("hu", "kiutalom|utalom ki|kiutaljak|kiutalja ~4 szamlamra|bankszamlamra"),
    ("en", "empty ~2 bottle*|bottles"),
    ("pl", "butelk* po|butelek po|pust* butelk* ~2 whisk*|wodk*|wini*|winie|rum*|koniak*|likier*|nalewk*|piwie|szampan*|ginie"),
    ("en", "password to anyone|password to anybody|password to no one|password to noone|password to nobody|password to someone|password to strangers"),
    ("cs", "recept*|etiket* ~4 liker*|slivovic*|vodk*|rum*|vin*|piv*"),
    ("sk", "recept*|etiket* ~4 liker*|slivovic*|borovick*|vodk*|rum*|vin*|piv*"),
    ("en", "recipe*|label* ~4 liqueur*|gin|rum|vodka|whisky|punch|wine|beer"),
]
ADDED_DOMAINS = [("dpd.de", "courier", "DPD tracking (international)")]

# Czech profanity without the bare "pic": English "in the pic" (a picture) is no swear word.
OLD_CS_PROFANITY = "kurv*|zkurv*|pic|pica|pico|pice|picu|picou|picus*|picovin*|picovat*|kokot*|prdel*|hovn*|zmrd*|mrdat*|mrdk*|mrdal*|mrdn*|curak*|hajzl*|kreten*|sracka|sracky|sracku|srat|seru|serou|zasran*|posran*|usran*|vyser*"
NEW_CS_PROFANITY = "kurv*|zkurv*|pica|pico|pice|picu|picou|picus*|picovin*|picovat*|kokot*|prdel*|hovn*|zmrd*|mrdat*|mrdk*|mrdal*|mrdn*|curak*|hajzl*|kreten*|sracka|sracky|sracku|srat|seru|serou|zasran*|posran*|usran*|vyser*"


def forwards(apps, schema_editor):
    Rule = apps.get_model("message_rules", "Rule")
    AllowedDomain = apps.get_model("message_rules", "AllowedDomain")
    RuleSetVersion = apps.get_model("message_rules", "RuleSetVersion")
    if not Rule.objects.exists():
        return  # an empty database: 0002 loads the defaults, these included
    for language, pattern in ADDED_EXCEPTIONS:
        Rule.objects.get_or_create(category="", language=language, kind="allow", pattern=pattern)
    for domain, kind, note in ADDED_DOMAINS:
        AllowedDomain.objects.get_or_create(domain=domain, defaults={"kind": kind, "note": note})
    Rule.objects.filter(category="profanity", pattern=OLD_CS_PROFANITY).update(
        pattern=NEW_CS_PROFANITY
    )
    version, _created = RuleSetVersion.objects.get_or_create(pk=1)
    RuleSetVersion.objects.filter(pk=1).update(version=version.version + 1)


def backwards(apps, schema_editor):
    Rule = apps.get_model("message_rules", "Rule")
    AllowedDomain = apps.get_model("message_rules", "AllowedDomain")
    for language, pattern in ADDED_EXCEPTIONS:
        Rule.objects.filter(category="", language=language, kind="allow", pattern=pattern).delete()
    for domain, _kind, _note in ADDED_DOMAINS:
        AllowedDomain.objects.filter(domain=domain).delete()
    Rule.objects.filter(category="profanity", pattern=NEW_CS_PROFANITY).update(
        pattern=OLD_CS_PROFANITY
    )


class Migration(migrations.Migration):
    dependencies = [("message_rules", "0006_hungarian_near_words_and_couriers")]

    operations = [migrations.RunPython(forwards, backwards)]
