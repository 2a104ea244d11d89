"""Own-shop and "I will call" rules need a buying or calling-the-buyer context.

"Dziękujemy za zakupy w naszym sklepie" and "zadzwonię do kuriera" were blocked as
off-platform: a seller's own shop is their shop on the platform too, and calling the
courier is no offer to trade by phone. Databases loaded by 0002 get the new patterns; a
rule staff changed since (another pattern) is left as it is.
"""

from django.db import migrations

OFF_PLATFORM = "off_platform"

REPLACED = [
    ("pl", "zadzwon|zadzwoncie|zadzwonie"),
    (
        "pl",
        "moj* sklep* internetow*|nasz* sklep* internetow*|moj* stron* internetow*|na mojej stronie|na naszej stronie",
    ),
    ("pl", "w moim sklepie|w naszym sklepie"),
    (
        "cs",
        "muj* e shop*|nas* e shop*|muj* eshop*|nas* eshop*|na mem eshop*|na nasem eshop*|na nasem web*|na mem web*",
    ),
    (
        "sk",
        "moj* e shop*|nas* e shop*|moj* eshop*|nas* eshop*|na mojom eshop*|na nasom eshop*|na nasom web*|na mojom web*",
    ),
    ("hu", "webshopom*|webaruhazam*|webshopunk*|webaruhazunk*|sajat oldal*"),
    (
        "en",
        "my online shop|my online store|my own website|my webshop|our webshop|our online store|our website",
    ),
    ("pl", "oddzwonie|oddzwonimy|oddzwonic"),
    ("pl", "u mnie na stronie|u nas na stronie|u mnie w sklepie|u nas w sklepie"),
    ("cs", "zavolam|zavolame|ozvu se vam telefonicky|ozveme se telefonicky"),
    ("hu", "felhivlak|felhivom|felhivnam|visszahivlak|visszahivom|felhivhatom"),
]

ADDED = [
    ("pl", "zadzwon|zadzwoncie"),
    (
        "pl",
        "zadzwonie|zadzwonimy|oddzwonie|oddzwonimy|oddzwonic ~2 do pana|do pani|do ciebie|do panstwa|do was|pod numer|na numer|na komork*",
    ),
    (
        "pl",
        "kup*|zamow*|taniej|tansz*|zaplac*|przelew*|bez prowizj* ~4 moj* sklep* internetow*|nasz* sklep* internetow*|moj* stron* internetow*|mojej stronie|naszej stronie|moja strone|nasza strone|moim sklepie|naszym sklepie|u mnie na stronie|u nas na stronie|u mnie w sklepie|u nas w sklepie",
    ),
    (
        "pl",
        "moj* sklep* internetow*|nasz* sklep* internetow*|moj* stron* internetow*|mojej stronie|naszej stronie|moja strone|nasza strone|moim sklepie|naszym sklepie|u mnie na stronie|u nas na stronie|u mnie w sklepie|u nas w sklepie ~4 kup*|zamow*|taniej|tansz*|zaplac*|przelew*|bez prowizj*",
    ),
    (
        "cs",
        "koup*|kupt*|objedn*|levnej*|zaplat*|bez poplatk* ~4 muj* e shop*|nas* e shop*|muj* eshop*|nas* eshop*|na mem eshop*|na nasem eshop*|na nasem web*|na mem web*; muj* e shop*|nas* e shop*|muj* eshop*|nas* eshop*|na mem eshop*|na nasem eshop*|na nasem web*|na mem web* ~4 koup*|kupt*|objedn*|levnej*|zaplat*|bez poplatk*",
    ),
    (
        "sk",
        "kup*|objedn*|lacnejs*|zaplat*|bez poplatk* ~4 moj* e shop*|nas* e shop*|moj* eshop*|nas* eshop*|na mojom eshop*|na nasom eshop*|na nasom web*|na mojom web*; moj* e shop*|nas* e shop*|moj* eshop*|nas* eshop*|na mojom eshop*|na nasom eshop*|na nasom web*|na mojom web* ~4 kup*|objedn*|lacnejs*|zaplat*|bez poplatk*",
    ),
    (
        "hu",
        "olcsob*|rendelj*|vasarolj*|vegye|vedd|fizess*|utalj* ~4 webshopom*|webaruhazam*|webshopunk*|webaruhazunk*|sajat oldal*; webshopom*|webaruhazam*|webshopunk*|webaruhazunk*|sajat oldal* ~4 olcsob*|rendelj*|vasarolj*|vegye|vedd|fizess*|utalj*",
    ),
    (
        "en",
        "buy|buying|order|ordering|cheaper|pay|paying|purchase ~4 my online shop|my online store|my own website|my webshop|our webshop|our online store|our website|my website; my online shop|my online store|my own website|my webshop|our webshop|our online store|our website|my website ~4 buy|buying|order|ordering|cheaper|pay|paying|purchase",
    ),
    (
        "cs",
        "zavolam vam|zavolam ti|zavolame vam|zavolame ti|vam zavolam|vam zavolame|ti zavolam|ozvu se vam telefonicky|ozveme se telefonicky",
    ),
    (
        "hu",
        "felhivlak|visszahivlak|felhivhatlak|felhivom ont|visszahivom ont|felhivhatom ont|ont felhivom|ont visszahivom",
    ),
]


def forwards(apps, schema_editor):
    Rule = apps.get_model("message_rules", "Rule")
    RuleSetVersion = apps.get_model("message_rules", "RuleSetVersion")
    if not Rule.objects.exists():
        return  # an empty database: nothing of 0002's to correct
    for language, pattern in REPLACED:
        Rule.objects.filter(
            category=OFF_PLATFORM, language=language, kind="phrase", pattern=pattern
        ).delete()
    for language, pattern in ADDED:
        Rule.objects.get_or_create(
            category=OFF_PLATFORM, language=language, kind="phrase", pattern=pattern
        )
    version, _created = RuleSetVersion.objects.get_or_create(pk=1)
    RuleSetVersion.objects.filter(pk=1).update(version=version.version + 1)


def backwards(apps, schema_editor):
    Rule = apps.get_model("message_rules", "Rule")
    for language, pattern in ADDED:
        Rule.objects.filter(category=OFF_PLATFORM, language=language, pattern=pattern).delete()
    for language, pattern in REPLACED:
        Rule.objects.get_or_create(
            category=OFF_PLATFORM, language=language, kind="phrase", pattern=pattern
        )


class Migration(migrations.Migration):
    dependencies = [("message_rules", "0002_default_rules")]

    operations = [migrations.RunPython(forwards, backwards)]
