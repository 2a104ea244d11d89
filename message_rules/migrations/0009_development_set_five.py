"""What held-out set 5, read as a development set from this change on (issue #15), showed
the rules lacked (with set 6's, read after its one measurement): opium, "ekstazy",
"methamfetamin"; a "last notice" to pay or face court; cartridges named with a calibre or a gun (a soda siphon's "naboje"
pass); stun guns, ghost guns and unlicensed shotguns; counterfeits to sell "as original";
"guaranteed returns" and crypto-platform deposits; moving off the site said as "let's not go
through the site", "ne az oldalon fizess", cancelling an order for a cheaper transfer, or to
dodge the fee; "mimo stránky"; authenticator and recovery codes; a code to dictate
("diktáld le"); "bellend"; stolen goods "olcsók" (the plural). Exceptions: the Czech village
Kokotsko, a fee for delivery ("poplatek za dopravu"), pálinka glasses and bottles as
Hungarian compounds. Databases loaded by 0002 get the changes; fresh ones have them from
the defaults.
"""

from django.db import migrations

ADDED_EXCEPTIONS = [
    (
        "cs",
        "kokotsko|kokotska|kokotsku",
    ),
    (
        "",
        "poplat* za dopravu|poplat* za doruc*|poplat* za dobirk*|poplat* za postovn*|poplat* za vraceni|poplat* za vratenie|poplat* za prepravu",
    ),
    (
        "hu",
        "palinkasuveg*|palinkaspohar*|palinkas uveg*|palinkas pohar*|palinkafozo*|borospohar*|sorospohar*|soroskorso*",
    ),
]
ADDED_PHRASES = [
    ("prohibited_item", "", "ekstazy|ekstazi|ekstazit|methamfetamin*|metanfetamin*|metamfetamin*"),
    (
        "scam",
        "",
        "ostatnie wezwanie|ostateczne wezwanie|ostatnie ostrzezenie|posledni vyzva|posledni upozorneni|posledna vyzva|posledne upozornenie|utolso figyelmeztetes|utolso felszolitas|final notice|final warning|last warning ~8 zaplac*|oplac*|przelej*|uhrad*|zaplat*|doplat*|fizes*|fizet*|utal*|pay|paid|sad*|soud*|sud*|vymah*|komornik*|exekuc*|feljelent*|court|bailiff*",
    ),
    (
        "profanity",
        "en",
        "bellend*|tosser|tossers|knobhead*",
    ),
    (
        "prohibited_item",
        "",
        "opium|opia|opiem|opiu|opiumot|opiumos|opiumbol",
    ),
    (
        "prohibited_item",
        "",
        "naboj*|naboi|strelivo|streliva|loszer* ~3 mm|kaliber*|kalibr*|raze|pistolet*|pistol*|karabin*|brokovnic*|strzelb*|sztucer*|puska*|do broni|do zbrane|do zbrani",
    ),
    (
        "prohibited_item",
        "en",
        "ghost gun*|80 lower|80 percent lower|stun gun*|taser*|knuckle duster*|flick knife|flick knives|switchblade*|butterfly knife|butterfly knives|no serial number|serial number filed|serial filed off",
    ),
    (
        "prohibited_item",
        "en",
        "shotgun*|rifle*|pistol*|revolver*|handgun* ~8 unlicensed|not licensed|never licensed|never had it licensed|no licence|no license|without a licence|without a license|no paperwork",
    ),
    (
        "prohibited_item",
        "",
        "hamisitott*|hamis|fake|podrobk*|falesn*|falosn* ~6 eredetikent|eredetinek|as genuine|as original|as the real thing|jako oryginal*|jako original*|ako original*",
    ),
    (
        "scam",
        "",
        "gwarantowan* zysk*|gwarantowan* zwrot*|garantovan* vynos*|garantovan* zisk*|garantovany vynos|garantalt hozam*|garantalt nyereseg*|garantalt profit*|guaranteed return*|guaranteed profit*|guaranteed income|guaranteed daily",
    ),
    (
        "scam",
        "en",
        "crypto*|bitcoin*|mining|trading|investment ~3 platform*|opportunity ~8 deposit*|my wallet|send it to my wallet",
    ),
    (
        "off_platform",
        "en",
        "not go through|not pay through|not order through|not buy through|not use ~2 the site|the platform|the app|the marketplace|checkout",
    ),
    (
        "off_platform",
        "hu",
        "ne az oldalon|ne a platformon|ne itt|ne az appban ~2 fizess*|fizessen|rendeld|rendelje|vasarold|vedd|utald",
    ),
    (
        "off_platform",
        "hu",
        "lemondod|mondd le|mondja le|lemondja|torold|torolje ~3 rendeles* ~8 olcsob*|kevesebbert|atutal*|kozvetlen*|keszpenz*",
    ),
    (
        "off_platform",
        "",
        "nemusim platit|nemusel platit|nemusela platit|nemusime platit|nemusel by som platit ~1 poplat*|provizi*|proviziu",
    ),
    (
        "off_platform",
        "en",
        "avoid|dodge|skip|bypass ~2 the fee|the fees|their fee*|site fee*|platform fee*|the commission|their commission",
    ),
    (
        "off_platform",
        "cs",
        "mimo strank*|mimo web*|mimo aplikac*|mimo appk*|mimo bazos*",
    ),
    (
        "off_platform",
        "sk",
        "mimo strank*|mimo web*|mimo aplikac*|mimo appk*|mimo bazos*",
    ),
    (
        "off_platform",
        "pl",
        "poza stron*|poza aplikacj*|poza appk*",
    ),
    (
        "credentials_request",
        "",
        "authenticator* kod*|authenticator code*|kod* z authenticator*|kod* z google overovac*|hitelesito kod*|hitelesito alkalmazas* kod*|kod* z aplikac* uwierzyteln*|2fa kod*|2fa code*|backup code*|recovery code*|kody zapasow*|zalozni kod*|zalozny kod*|helyreallitasi kod*",
    ),
    (
        "credentials_request",
        "hu",
        "kod*|kodot|szamot|jelszo*|jelszav*|pin*|kartyaadat*|kartyaszam* ~3 kuldj|diktald*|diktalja*|diktald le|olvasd fel|olvassa fel|mondd meg|mondja meg|kuldd el|kuldje el|kuldd at|ird meg|irja meg",
    ),
]
CHANGED_PHRASES = [
    (
        "prohibited_item",
        "",
        "kradzion*|kradeny|kradena|kradene|kradnut*|ukradnut*|ukraden*|lopott|lopottak|stolen|nicked ~4 dlatego|proto|preto|ezert|hence|thats why|so ~3 tanio|tani|tania|tanie|levne|levny|levna|lacno|lacny|lacne|olcso|cheap|price|cena|cenu|ara",
        "kradzion*|kradeny|kradena|kradene|kradnut*|ukradnut*|ukraden*|lopott|lopottak|stolen|nicked ~4 dlatego|proto|preto|ezert|hence|thats why|so ~3 tanio|tani|tania|tanie|levne|levny|levna|lacno|lacny|lacne|olcso*|cheap|price|cena|cenu|ara",
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
    for category, language, old, new in CHANGED_PHRASES:
        _replace(Rule, category, language, old, new)
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
    for category, language, old, new in CHANGED_PHRASES:
        _replace(Rule, category, language, new, old)


def _replace(Rule, category, language, old, new):
    """`old` becomes `new`; where both are there (0002 loaded today's defaults and 0008 added
    the old form beside them), the old one goes."""
    rules = Rule.objects.filter(category=category, language=language, kind="phrase")
    if rules.filter(pattern=new).exists():
        rules.filter(pattern=old).delete()
    else:
        rules.filter(pattern=old).update(pattern=new)


class Migration(migrations.Migration):
    dependencies = [("message_rules", "0008_negations_reports_and_near_misses")]

    operations = [migrations.RunPython(forwards, backwards)]
