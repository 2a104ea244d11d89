"""Default rules that blocked ordinary English and missed plain offers (issue #15).

Single words blocked ordinary mail: "revolution" (matched as the payment app Revolut),
"inheritance", "delivery agent", Czech "dědictví" and Hungarian "örökség" (a family
heirloom), "pico" (a pico projector). They now need the context of a scam or of paying
off the platform. Added: offers of ammunition, firearms and drugs, spirits other than
beer and wine, a fee to pay for a parcel's "redelivery", and a few insults. Databases loaded by 0002 get the new patterns; a rule
staff changed since (another pattern) is left as it is.
"""

from django.db import migrations

# (category, language, kind, pattern)
REPLACED = [
    (
        "off_platform",
        "en",
        "phrase",
        "pay*|send*|transfer* ~3 via paypal|through paypal|by paypal|on paypal|revolut|venmo|zelle|cash app",
    ),
    ("off_platform", "", "phrase", "przez paypal*|paypalem|revolut*"),
    (
        "scam",
        "en",
        "phrase",
        "inheritance|beneficiary|next of kin|transfer fee*|processing fee*|clearance fee*|release fee*",
    ),
    (
        "scam",
        "en",
        "phrase",
        "my shipping agent*|our shipping agent*|courier agent*|delivery agent*|pickup agent*|shipping company agent*",
    ),
    ("scam", "cs", "phrase", "dedictv*|loteri*|vyherc*|kuryrni agent*"),
    ("scam", "hu", "phrase", "orokseg*|lottonyeremeny*|futarugynok*|szallitasi ugynok*"),
]

ADDED = [
    (
        "off_platform",
        "en",
        "phrase",
        "send*|transfer* ~3 via paypal|through paypal|by paypal|on paypal|revolut|venmo|zelle|cash app; pay* me ~3 paypal|revolut|venmo|zelle|cash app; pay* ~3 via paypal|through paypal|by paypal|on paypal|venmo|zelle|cash app",
    ),
    ("off_platform", "", "phrase", "przez paypal*|paypalem|revolutem|revoluta|na revolut|przez revolut"),
    (
        "scam",
        "en",
        "phrase",
        "beneficiary|next of kin|transfer fee*|processing fee*|clearance fee*|release fee*; inheritance|inherit* ~6 fund*|million*|claim*|beneficiar*|fee|fees|percent|deceased|dormant",
    ),
    (
        "scam",
        "en",
        "phrase",
        "my|our ~1 shipping agent*|courier agent*|delivery agent*|pickup agent*; shipping company agent*",
    ),
    (
        "scam",
        "cs",
        "phrase",
        "loteri*|vyherc*|kuryrni agent*; dedictv* ~6 milion*|dolar*|uct*|poplat*|prevod*|advokat*|pravnik*|procent*",
    ),
    (
        "scam",
        "hu",
        "phrase",
        "lottonyeremeny*|futarugynok*|szallitasi ugynok*; orokseg* ~6 millio*|dollar*|euro*|szamla*|dij*|atutal*|ugyved*|szazalek*",
    ),
    ("", "en", "allow", "pico ~2 projector*|raspberry pi pico|pico de gallo|picosecond*"),
    (
        "prohibited_item",
        "en",
        "phrase",
        "ammunition|ammo|firearm*|handgun*|cannabis|marijuana|cocaine; sell*|got|have|selling ~2 weed",
    ),
    (
        "prohibited_item",
        "en",
        "phrase",
        "sell*|sold|offer*|throw in|include ~3 vodka|whisk*|tequila|brandy|bourbon|moonshine",
    ),
    ("prohibited_item", "pl", "phrase", "amunicj*|marihuan*|kokain*|bron* paln*"),
    ("prohibited_item", "cs", "phrase", "strelivo|strelnou zbran|marihuan*|kokain*"),
    ("prohibited_item", "sk", "phrase", "strelivo|strelnu zbran|marihuan*|kokain*"),
    ("prohibited_item", "hu", "phrase", "loszer*|lofegyver*|marihuan*|kokain*"),
    ("scam", "pl", "phrase", "doplac*|oplac*|wplac*|zaplac* ~5 ponown* doreczen*|ponown* dostaw*|ponown* wysylk*"),
    ("scam", "cs", "phrase", "doplat*|uhrad*|zaplat* ~5 opetovn* doruc*|novem doruc*|nove doruc*"),
    ("scam", "sk", "phrase", "doplat*|uhrad*|zaplat* ~5 opatovn* doruc*|novom doruc*|nove doruc*"),
    ("scam", "hu", "phrase", "fizess*|fizet*|utal* ~5 ujrakezbesit*|ujrakuld*|ujboli kezbesit*"),
    ("scam", "en", "phrase", "redelivery fee*|redelivery charge*|re delivery fee*; pay* ~5 redeliver*|re deliver*"),
    ("profanity", "hu", "phrase", "te rohadt|rohadek*|rohadj* meg"),
    ("profanity", "cs", "phrase", "naser si|naserte si|nasrat"),
]


def forwards(apps, schema_editor):
    Rule = apps.get_model("message_rules", "Rule")
    RuleSetVersion = apps.get_model("message_rules", "RuleSetVersion")
    if not Rule.objects.exists():
        return  # an empty database: nothing of 0002's to correct
    for category, language, kind, pattern in REPLACED:
        Rule.objects.filter(
            category=category, language=language, kind=kind, pattern=pattern
        ).delete()
    for category, language, kind, pattern in ADDED:
        Rule.objects.get_or_create(
            category=category, language=language, kind=kind, pattern=pattern
        )
    version, _created = RuleSetVersion.objects.get_or_create(pk=1)
    RuleSetVersion.objects.filter(pk=1).update(version=version.version + 1)


def backwards(apps, schema_editor):
    Rule = apps.get_model("message_rules", "Rule")
    for category, language, kind, pattern in ADDED:
        Rule.objects.filter(
            category=category, language=language, kind=kind, pattern=pattern
        ).delete()
    for category, language, kind, pattern in REPLACED:
        Rule.objects.get_or_create(
            category=category, language=language, kind=kind, pattern=pattern
        )


class Migration(migrations.Migration):
    dependencies = [("message_rules", "0003_own_shop_and_calling_context")]

    operations = [migrations.RunPython(forwards, backwards)]
