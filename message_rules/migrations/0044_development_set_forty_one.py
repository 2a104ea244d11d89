"""What held-out set 41 (home appliances and repairs, plants, seeds and garden produce,
crafts, musical instruments, real estate and rentals), read as a development set after its
one measurement (session 27), showed the rules missed.

Misses, as kinds: goods "from a break-in" or "z kradzieży" sold with "no questions" or
"and it's yours"; serial numbers and labels scraped off; firewood cut at night in the
state forest without the forestry's papers; blank warranty cards "write any date"; a gas
meter rigged with a magnet to count half; high-morphine poppy seed; copied keys to let
flats "when the tenants are out"; forged honey certificates and labels; banned
pesticides smuggled; cannabis plants "not the industrial kind"; R22 refrigerant without
papers; wild orchids dug up; "not finishing anything here"; a prize for 1 crown with the
postage to pay; a holiday flat's deposit to a private account "because the site takes a
commission"; a cheque with the difference handed to the driver; an eID code and a photo
of the card; a bank's SMS authorisation code; threats to smash an instrument over the
reader's head; "serem na taký prístup". One phrase of set 27 ("from the woods behind") read ordinary mushroom
picking and is narrowed.
Databases loaded by 0002 get them; fresh ones have them from the defaults.
"""

from django.db import migrations

from message_rules.rule_changes import RuleChanges

ADDED_PHRASES = [
    (
        "prohibited_item",
        "",
        "z kradziezy|po wlamaniu|z wlamania|vykraden*|vykradnut*|z kradeze|lopott|betoresbol|kirabolt*|break in|burglary ~8 bierz|twoje|twoj|tvoje|tied|yours|viheted|za wszystko|the lot|az egesz|bez pytan|bez otazek|kerdes nelkul|no questions|bez paragonu|bez uctenky|bez blocku|blokk|no receipt",
    ),
    (
        "prohibited_item",
        "",
        "numer*|cislo|szam|label|serial*|vyrobni cislo ~3 zdrapan*|zeszlifowan*|zeskrobany|zeskrobane|vyskraban*|zoskraban*|lekaparva|lekapart*|scraped off|ground off|filed off",
    ),
    (
        "prohibited_item",
        "",
        "z lasu panstwowego|ze statniho lesa|zo statneho lesa|allami erdobol|from the state forest ~8 noca|w nocy|v noci|nocou|ejjel|at night|bez kwitu|zadny doklad|ziadny doklad|szallitolevel nincs|no ticket",
    ),
    (
        "prohibited_item",
        "",
        "karty gwarancyjn*|karta gwarancyjn*|zarucni list*|zarucne list*|jotallasi jegy*|warranty card* ~8 in blanco|nevyplnen*|wpiszesz|napises si|beirod|write any",
    ),
    (
        "prohibited_item",
        "",
        "ures|blank ~3 jotallasi jegy*|warranty card*|karty gwarancyjn*|zarucni list*|zarucne list*",
    ),
    (
        "prohibited_item",
        "",
        "plynomer*|plynomer|gazomierz*|gazora*|gas meter* ~6 magnet*|magnes*|polovic*|polowe|polowy|felet|half",
    ),
    (
        "prohibited_item",
        "",
        "wysokomorfin*|vysokym obsahem morfin*|vysokym obsahom morfin*|high morphine|magas morfin*|wysoka zawartosc* morfin*|wysokiej zawartosci morfin*",
    ),
    (
        "prohibited_item",
        "",
        "dorobione klucze|dorobiene klucze|dodelane klice|dorobene kluce|lemasolt lakaskulcs*|lemasolt kulcs*|copied keys ~8 najemnic*|najomnic*|najemc*|lokator*|berlok|tenants|vlezes|vojdes|wejdziesz|bemehetsz|walk in",
    ),
    (
        "prohibited_item",
        "",
        "strefie ochrony scislej|strefy ochrony scislej|prvni zony narodniho parku|prvej zony narodneho parku|fokozottan vedett reszerol|strict zone of the national park|dug up from the wild|dug from the wild|taken from the wild",
    ),
    (
        "prohibited_item",
        "",
        "certyfikat*|certifikat*|minosites*|etykiet*|etikety|cimke*|labels ~6 podrobion*|sfalsovan*|zfalsovan*|padelan*|hamisitva|hamisitott|forged|faked",
    ),
    (
        "prohibited_item",
        "",
        "srodki ochrony roslin|pesticid*|postrik*|postrek*|novenyvedo* ~8 zakazane w ue|zakazan* v eu|z przemytu|paseran*|csempesz*|smuggled|banned in the eu",
    ),
    (
        "prohibited_item",
        "",
        "kenderpalant*|konopi*|konope|konopie|cannabis ~6 nem az ipari|nie przemyslow*|nie techniczn*|ne technick*|nie je technick*|not the industrial",
    ),
    (
        "prohibited_item",
        "",
        "r22|freon* ~8 no f gas|no paperwork|no questions|bez dokumentow|bez papierow|bez pytan|bez otazek|bez papiru|papirok nelkul|kerdes nelkul",
    ),
    (
        "off_platform",
        "",
        "tady nic nedokoncuju|tu nic nedokoncujem|itt semmit nem zarok le|not finishing anything on here|tu nie finalizuje|tu niczego nie finalizuje|closing my account here",
    ),
    (
        "scam",
        "",
        "vylosovan*|vyzrebovan*|wylosowan*|kisorsolt*|you won|you ve won|vyhral* jste|wygral* pan* ~8 za 1|for 1|1 forintert|za dopravu|za wysylke|za przesylke|postage|shipping fee|szallitasi dij*",
    ),
    (
        "scam",
        "",
        "na moje prywatne konto|na moj sukromny ucet|na muj soukromy ucet|na moj osobny ucet|a sajat szamlamra|to my private account|to my personal account ~8 prowizj*|provizi|proviziu|jutalek*|commission",
    ),
    (
        "scam",
        "",
        "csekk*|cheque|czek*|sekem|sekom ~8 kulonbozet*|the extra|the difference|roznic*|rozdil|rozdiel ~8 sofor*|driver|kierowc*|ridic*|vodic*|futar*",
    ),
    (
        "credentials_request",
        "",
        "potrebujem|potrebuju|potrzebuje|need|kell ~4 kod z aplikacie|kod z aplikace|kod z aplikacji|code from the app|fotku kreditky|fotku karty|zdjecie karty|photo of your card|kartya foto*",
    ),
    (
        "credentials_request",
        "hu",
        "kerem|kuldd|kuldje|add meg|adja meg|mondja meg|diktalja ~5 engedelyezesi kod*|jovahagyo kod*|jovahagyasi kod*|megerosito kod*|hitelesito kod*",
    ),
    (
        "profanity",
        "",
        "prerazim|rozbiju|rozbije|rozwale|rozbijem|roztrzaskam|smash|break ~6 o hlavu|o hlave|na glowie|o glowe|na lbie|over your head",
    ),
    (
        "profanity",
        "",
        "serem na taky|serem na taku|serem na takyto|seru na takov*|seru na takou|seru na takhle",
    ),
    (
        "profanity",
        "",
        "a fejeden ~3 torom|torok|verem; leb ci rozwale|leb ci rozbije|leb ci roztrzaskam|czaszke ci rozwale|cave your skull in|cave your head in|smash your skull|bash your head in",
    ),
]

ADDED_EXCEPTIONS = [("", "przycisk*|tlacitk*|tlacidl*|button ~2 zadzwon*|zavolat|zavolaj*|call")]

ADDED_REGEXES = []

CHANGED_PHRASES = [
    (
        "prohibited_item",
        "",
        "dug up from the woods|dug up in the woods|from the woods behind|vykopal* v chko|vykopane v chko|vykopal* z chko|z narodniho parku|wykopal* w lesie|wykopane w lesie",
        "dug up from the woods|dug up in the woods|vykopal* v chko|vykopane v chko|vykopal* z chko|z narodniho parku|wykopal* w lesie|wykopane w lesie",
    )
]

REMOVED_EXCEPTIONS = []

CHANGES = RuleChanges(
    ADDED_PHRASES, ADDED_EXCEPTIONS, ADDED_REGEXES, CHANGED_PHRASES, REMOVED_EXCEPTIONS
)


class Migration(migrations.Migration):
    dependencies = [("message_rules", "0043_development_set_forty")]

    operations = [CHANGES.operation()]
