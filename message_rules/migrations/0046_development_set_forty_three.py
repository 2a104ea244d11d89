"""What held-out set 43 (electronics and phones, furniture, food and homemade products,
cosmetics and health, collectibles and antiques), read as a development set after its one
measurement (session 27), showed the rules missed.

Misses, as kinds: laptops carried out of a firm with the asset stickers torn off; coins dug
at night on an archaeological site and never reported; contact lenses and test strips past
their date with the dates or lot codes relabelled; a fake CE mark; furniture or a stamp
collection taken "while he was out / in hospital"; Chinese copies boxed in genuine
packaging; blacklisted phones "working again"; poteen sent labelled as juice; a deposit to
an account abroad; "pay double, we refund half"; card details "in the link I'll send";
"holding your parcel, pay"; "payment activation"; "the code, and pay for packaging"; "my
Instagram … cheaper there"; "search … we can deal there"; "give me access to your Google
account"; "photograph your bank card and passport"; "wpierdol", "ser na teba", "sprostá
krava", "kapsz egy pofont", "dumb cow".
Databases loaded by 0002 get them; fresh ones have them from the defaults.
"""

from django.db import migrations

from message_rules.rule_changes import RuleChanges

ADDED_PHRASES = [
    (
        "prohibited_item",
        "",
        "naklejk* inwentarzow*|inwentarzow* naklejk*|inventarni stitk*|inventarn* nalepk*|inventarne stitk*|leltarmatric*|leltari matric*|asset tag*|asset sticker*|inventory sticker* ~4 zdart*|zerwan*|oderwan*|strzen*|strhan*|odlepen*|odtrhnut*|leszedve|leszedtem|levakarva|removed|peeled off|ripped off|torn off",
    ),
    (
        "prohibited_item",
        "",
        "wykopan*|vykopan*|astuk ki|kiastuk|dug ~8 stanowisk* archeologiczn*|archeologick* lokalit*|archeologick* nalezisk*|archeologick* nalezist*|regeszeti lelohely*|scheduled monument; stanowisk* archeologiczn*|archeologick* lokalit*|archeologick* nalezisk*|archeologick* nalezist*|regeszeti lelohely*|scheduled monument ~8 wykopan*|vykopan*|nehlasen*|nenahlasen*|bez zglaszania|nem jelentett*|never reported|not reported|unreported|dug at night",
    ),
    (
        "prohibited_item",
        "",
        "przeklejam|przekleje|przelepuji|prelepuji|prelepim|prelepujem|prelepim|atragasztom|atragasztjuk|relabel*|przebijam|przerabiam|prepisujem|prepisuji|atirom|reprint* ~4 daty|data|date|datum*|datumokat|datumot|dates|kody partii|kod partii|kody sarze|kod sarze|kody sarzi|gyartasi szam*|lot cod*|batch cod*|expiry|lejarat*",
    ),
    (
        "prohibited_item",
        "",
        "altered|changed|zmienion*|przerobion*|zmenen*|prepsan* ~2 lot cod*|batch cod*|kody partii|kody sarze|expiry dates",
    ),
    (
        "prohibited_item",
        "",
        "falesn*|falosn*|hamis|fake|podrobion*|falszyw*|podrobene ~2 ce znaceni*|ce znacen*|ce oznacen*|ce jeloles*|ce mark*|ce marking|ce logo|oznakowani* ce|znak* ce",
    ),
    (
        "prohibited_item",
        "",
        "podrobion*|falesn*|falosn*|hamis|fake|counterfeit ~2 pask*|pruzk*|tesztcsik*|test strips|strips|lancet*",
    ),
    (
        "prohibited_item",
        "",
        "wynioslem|wynioslam|wzialem|wzielam|vynesl jsem|vynesla jsem|vzal jsem|vzala jsem|vyniesol som|vyniesla som|zobral som|zobrala som|kihoztam|elhoztam|elvittem|took it|took them ~5 jak go nie bylo|jak jej nie bylo|jak byl w szpitalu|kdyz nebyl doma|kdyz byl v nemocnici|ked nebol doma|ked bol v nemocnici|amig nem volt otthon|amig korhazban volt|while he was out|while she was out|while he was in hospital",
    ),
    (
        "prohibited_item",
        "",
        "podrobki|podrobk*|chinskie kopie|cinske kopie|kinai masolat*|chinese copies|replik*|copies|kopie|masolatok ~8 pakuje w oryginaln*|pakuje w pudelka|balim do originaln*|balim do krabic|eredeti dobozba|in real apple packaging|in genuine apple packaging|in real packaging|in genuine boxes|in original boxes|in the original boxes",
    ),
    (
        "prohibited_item",
        "",
        "blacklisted ~8 working again|work again|works again|on any network|unblacklist*; unblacklist*",
    ),
    (
        "prohibited_item",
        "",
        "poteen|poitin ~8 litre*|litres|liter*|bottle*|distilled|labelled|labeled; labelled as apple juice|labeled as apple juice|labelled as juice|labeled as juice|jako sok jablkowy|jako most|jako dzus|almaleknek cimkezve",
    ),
    (
        "scam",
        "",
        "zaliczk*|eloleg*|zaloh*|deposit ~6 na konto w czechach|na konto w slowacji|na konto za granic*|na zagraniczne konto|szlovak szamlara|cseh szamlara|kulfoldi szamlara|na slovensky ucet|na cesky ucet|na zahranicni ucet|na zahranicny ucet|na polsky ucet|foreign account|overseas account|account abroad",
    ),
    (
        "scam",
        "",
        "2x ceny|dwukrotnosc ceny|podwojn* cen*|double the price|twice the price|dvojnasob* ceny|dvojnasob* cenu|ketszeres ar*|dupla ar* ~8 polowe zwracamy|zwrocimy polowe|polowe oddamy|pulku vratime|polovicu vratime|polovinu vratime|a felet visszautaljuk|a felet visszaadjuk|refund half|half back",
    ),
    (
        "scam",
        "",
        "vypln|vyplnte|wypelnij|wpisz|toltsd ki|toltse ki|fill in|enter ~4 udaje karty|udaje o karte|udaje z karty|dane karty|kartyadatok*|kartyaadat*|card details ~6 v odkazu|w linku|v linku|v odkaze|a linken|a linkben|in the link|on the link|via the link",
    ),
    (
        "scam",
        "",
        "holding your parcel|holding your package|is holding your|parcel is on hold|wstrzymal* twoja paczk*|zadrzuje twoja paczk* ~8 pay|zaplac*|zaplat*|fizess*|fizesse",
    ),
    (
        "scam",
        "",
        "payment activation|activate payments|activation fee|aktywacja platnosci|aktywacj* platnosc*|aktywowac platnosc*|aktivace platby|aktivacia platby|aktivaci platby|aktivaciu platby|fizetes aktivalas*|aktivalasi dij*",
    ),
    (
        "scam",
        "",
        "send me the code|send the code|wyslij mi kod|podaj mi kod|posli mi kod|poslete mi kod|kuldd el a kodot ~8 and pay|i zaplac|a zaplat|es fizess",
    ),
    (
        "off_platform",
        "",
        "instagram*|insta|ig ~6 tam|ott|there ~3 taniej|levneji|lacnejsie|olcsobb|cheaper",
    ),
    (
        "off_platform",
        "",
        "szukaj|hledej|hladaj|look up|search|keresd|wyszukaj ~8 deal there|we can deal there|sort it there|dogadamy sie tam|tam sie dogadamy|domluvime se tam|tam se domluvime|dohodneme sa tam|tam sa dohodneme|ott megegyezunk|ott megbeszeljuk",
    ),
    (
        "credentials_request",
        "",
        "dej mi|daj mi|adj|give me|udostepnij mi|zpristupni mi|spristupni mi ~2 pristup|dostep|hozzaferes*|access ~4 uct*|konta|konto|fiok*|account*|google*|icloud*|apple id",
    ),
    (
        "credentials_request",
        "",
        "photograph your|take a photo of your|snap your|photo your|zrob zdjecie|vyfot*|odfot*|fotografald le|fotozd le|fotografuj ~4 bank card|card|karte|karty|kartu|kartyad|passport|paszport*|pas|obcansk*|obciansk*|szemelyi*|id card",
    ),
    ("profanity", "", "wpierdol*|wpierdziel*|wpierdal*"),
    (
        "profanity",
        "",
        "ser na teba|serem na teba|ser na tebe|seru na tebe|seru na teba|serem na tebe|ser na vas|seru na vas",
    ),
    (
        "profanity",
        "",
        "krava sprost*|sprost* krava|sprost* krave|hlupa krava|hloupa krava|blba krava|glupia krowa|glupia krowo|dumb cow|stupid cow|buta tehen|hulye tehen",
    ),
    (
        "profanity",
        "",
        "kapsz egy pofon*|kapsz egy tockos*|kapsz egy verest|adok egy pofont|lekeverek egy*",
    ),
]

ADDED_EXCEPTIONS = []

ADDED_REGEXES = []

CHANGED_PHRASES = []

REMOVED_EXCEPTIONS = []

CHANGES = RuleChanges(
    ADDED_PHRASES, ADDED_EXCEPTIONS, ADDED_REGEXES, CHANGED_PHRASES, REMOVED_EXCEPTIONS
)


class Migration(migrations.Migration):
    dependencies = [("message_rules", "0045_development_set_forty_two")]

    operations = [CHANGES.operation()]
