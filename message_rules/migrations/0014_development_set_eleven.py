"""What held-out set 11, read as a development set after its one measurement, showed the
rules missed: "I know where you live" and "or you'll regret it" threats; paying by
Revolut; "no need to buy it through the app"; "hodíš mi to na účet"; "a rendszeren
kívül"; an outside escrow service; "send me the code you receive"; fakes listed as
originals; other people's accounts for sale; an unregistered gun "no licence needed";
stolen "but clean"; home-made fruit brandy; a criminal complaint or the police as the
threat; insults ("ty cipo", "chumaj", "szarok", "rohadt csalók"). Exception: a Revolut
card used at the checkout. Databases loaded by 0002 get them; fresh ones have them from
the defaults.
"""

from django.db import migrations

ADDED_PHRASES = [
    ('scam', '', 'wiem gdzie mieszkasz|wiem gdzie pan mieszka|wiem gdzie pani mieszka|vim kde bydlis|vim kde bydlite|viem kde byvas|viem kde byvate|tudom hol laksz|tudom hol lakik|i know where you live'),
    ('scam', '', 'albo|alebo|nebo|or|vagy ~3 pozalujesz|pozalujete|budes litovat|budete litovat|olutujes|olutujete|megbanod|megbanja|youll regret it|you will regret it'),
    ('off_platform', '', 'zaplat*|zaplac*|platit|placic|plac*|fizet*|fizess*|pay|paying ~2 przez revolut*|pres revolut*|cez revolut*|revolutem|revoluttal|revolutom|via revolut|by revolut|with revolut|on revolut|na revolut*'),
    ('off_platform', 'hu', 'nem kell ~2 appban|az appban|oldalon|az oldalon|alkalmazasban ~1 megvenni|megrendelni|venni|rendelni|fizetni'),
    ('off_platform', '', 'nemusite|nemusis|nemusi|nie musisz|nie musi pan|nie musi pani|no need to|you dont need to|you dont have to ~2 kupovat|kupowac|kupic|zamawiac|objednavat|buy|buy it|order|order it ~2 pres appku|cez appku|pres aplikaci|cez aplikaciu|przez aplikacje|przez alegro|przez strone|pres stranku|cez stranku|az appban|appban|az oldalon|through the app|through the site|via the app|on the app|on the site'),
    ('off_platform', '', 'hodis|hod|hodte|hodit|pohodis|supni|supnite|supnete|supnes ~3 na ucet|na muj ucet|na moj ucet|na konto|na moje konto'),
    ('off_platform', 'hu', 'rendszeren kivul|appon kivul|alkalmazason kivul|weboldalon kivul|piactéren kivul|piacteren kivul'),
    ('scam', '', 'niezalezn*|independent|nezavisl*|nezavisl*|fuggetlen* ~3 escrow*; escrow* ~8 zaplac*|zaplat*|pay|fizess*|fizet*|plat*|wplac*'),
    ('credentials_request', 'en', 'send|give|tell|read|forward|text ~2 me ~4 passcode*|one time passcode*|one time code*|code you receive|code you received|code you get|code you got'),
    ('prohibited_item', '', 'kopie*|kopi*|copies|copy|replik*|replica*|podrob*|hamisit*|utanzat*|fake* ~8 as authentic|as genuine|as original|as the real thing|jako oryginal*|jako original*|ako original*|mint eredeti*|eredetikent'),
    ('prohibited_item', '', 'predavam|ponukam|predam|arulok|arulunk|eladok|eladom|sprzedam|sprzedaje|selling|sell|prodam|prodavam|nabizim ~3 ucty|uctov|konta|kont|fiokok*|accounts|herne ucty|herni ucty|jatekfiok*|hernich uctu'),
    ('prohibited_item', 'hu', 'fegyver*|puska*|pisztoly* ~8 engedely*|engedelyt ~2 sem kell|nem kell|nelkul'),
    ('prohibited_item', 'hu', 'jatekfiok*|fiokokat|netflix fiok*|hbo fiok* ~3 arulok|arulunk|eladok|eladom|elado'),
    ('off_platform', '', 'revolut|revoluttal|revolutem|revolutom|revolutu ~2 zaplat*|zaplac*|fizet*|fizetni|pay|platit|placic'),
    ('prohibited_item', '', 'z kradziezy|kradzion*|kradeny|kradene|kradnut*|lopott|stolen ~3 ale|but|de|ale je|ale jest ~2 czysty|czysta|cisty|cista|tiszta|clean|niezgloszon*|nezahlasen*'),
    ('prohibited_item', '', 'domac*|domaci|domacej|hazi ~2 merunkovic*|slivovic*|hruskovic*|visnovic*|jablkovic*|palenk*|borovick*|barackpalink*|szilvapalink*'),
    ('scam', '', 'nie wplaci*|nie zaplaci*|nezaplatite|nezaplatis|nezaplati|ha nem fizet*|if you dont pay|if you do not pay|unless you pay ~8 sude|soude|sadzie|trestne oznamenie|trestni oznameni|zawiadomienie|feljelentes*|police|policj*|polici*|rendorseg*'),
    ('profanity', 'pl', 'glupia cipo|ty cipo|stara cipo|cipsko|cipska|glupia cipa'),
    ('profanity', 'sk', 'chumaj*'),
    ('profanity', 'hu', 'szarok|szarik|szarunk; rohadt ~1 csalo*|geci*|allat*|disznok*|tolvaj*|szemet*'),
]

ADDED_EXCEPTIONS = [
    ('', 'karta revolut|karte revolut|kartou revolut|kartou z revolutu|revolut kart*|revolut card*|revolut kartya*|revolutos kartya*'),
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


class Migration(migrations.Migration):
    dependencies = [("message_rules", "0013_development_set_ten")]

    operations = [migrations.RunPython(forwards, backwards)]
