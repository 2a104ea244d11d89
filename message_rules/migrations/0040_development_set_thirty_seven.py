"""What held-out set 37 (second-hand furniture, appliances, tools, car parts, pets and
garden machinery; disputes after delivery, collection in person, sellers on holiday),
read as a development set after its one measurement (session 25), showed the rules
missed.

Misses, as kinds: forged invoices, pedigrees and driving licences "without the exam";
a replica "sold as the original"; reviews bought per star; cracked licences with an
activator; a vet's sedative "people take it too, no prescription"; goods taken from a
neighbour's shed or garden; a payment confirmation "the bank releases the money after
the tracking number"; a courier's "incomplete address" with a small sum to pay; customs
to settle at the post office; logging in to the bank to receive a refund (cs, sk, hu);
half the price up front with no more photos; a buyer's "verification fee"; a prize won
with postage to pay; paying the seller's removal firm or driver up front; a passport
photographed next to the face; a parcel-locker code asked for; a card number asked for
"to pay the delivery for you" (cs, sk, hu); both sides of the bank card; the code the
bank is sending now; the Hungarian "jogsi"; breaking legs and heads; "tępa krowa",
"głupia pinda", "hlúpa sliepka", "vymaštěnej", "elmebeteg vagy", "nech zdochneš";
another portal's listing "buy it there and cancel here"; "slide into my DMs".
Databases loaded by 0002 get them; fresh ones have them from the defaults.
"""

from django.db import migrations

from message_rules.rule_changes import RuleChanges

ADDED_PHRASES = [
    (
        "prohibited_item",
        "",
        "lewe faktur*|lewa faktur*|lewej faktur*|falszyw* faktur*|falesn* faktur*|falosn* faktur*|fiktivn* faktur*|hamis szamla*|fiktiv szamla*|fake invoice*|false invoice*; replik*|kopi*|masolat*|podrob*|fake|replica ~8 za cenu original*|jako original*|ako original*|eredetikent|eredetinek|as genuine|as the original|as an original|jako oryginal*",
    ),
    (
        "prohibited_item",
        "",
        "koupim pozitivn* recenz*|kupim pozitivn* recenz*|kupie pozytywn* opini*|kupie pozytywn* recenz*|veszek pozitiv ertekeles*|buy positive reviews|buying positive reviews; platim|zaplatim|plac*|zaplac*|fizetek|pay|paying ~2 za kazdou hvezd*|za kazdu hviezd*|za kazda gwiazd*|per star|csillagonkent",
    ),
    (
        "prohibited_item",
        "",
        "vodicak*|ridicak*|prawo jazdy|prawa jazdy|jogositvany*|jogsi*|driving licen* ~4 bez skus*|bez zkous*|bez egzamin*|vizsga nelkul|vizsgak nelkul|without the exam|without an exam|no exam; dorobim|dorobie|dorobim ti|vyrobim|zrobie|dorobime|dorobime ti ~3 rodokmen*|rodowod*|pedigree*|torzskonyv*; falesn* rodokmen*|falosn* rodokmen*|falszyw* rodowod*|hamis torzskonyv*|fake pedigree*",
    ),
    (
        "prohibited_item",
        "",
        "cracked ~4 licence|license|licences|licenses|activator; activator included|with an activator|with the activator|aktivatorral|aktivatorom|aktywatorem; feltort ~3 windows|office|aktival*|licenc*|autocad; allatorvosi ~8 embereknek is; embereknek is jo ~6 recept*; weterynaryjn* ~8 ludzie tez|ludzie tez biora; veterinarn* ~8 lide taky|ludia tiez",
    ),
    (
        "prohibited_item",
        "",
        "zobral*|vzal*|ukradl*|ukradol|ukradla|ukradol som ~4 zo zahrady suseda|ze zahrady souseda|susedovi|sousedovi|zo zahrady susedov|ze sousedovy zahrady; came out of|took it from|nicked from|lifted from ~2 neighbours shed|neighbours garage|neighbours garden|neighbors shed|neighbors garage; dont ask for paperwork|dont ask for papers|dont ask about paperwork|dont ask about the paperwork; wasnt exactly mine|werent exactly mine|was not exactly mine",
    ),
    (
        "scam",
        "",
        "fuvarlevel* ~4 engedi ki|engedik ki|engedi fel|szabaditja fel; bank zwolni|bank uvolni|banka uvolni|banka uvoln*|bank will release|bank releases ~8 numer* listu|numer* przesyl*|numer* nadania|cisl* zasil*|cisl* zasiel*|cisl* balik*|fuvarlevel*|tracking number|tracking|nadaci*|podaci*",
    ),
    (
        "scam",
        "",
        "niepeln* adres*|neupln* adres*|hianyos cim*|incomplete address ~8 doplac|doplacic|doplacte|doplat|doplatte|doplatit|zaplac|zaplacic|zaplat|zaplatte|zaplatit|uhrad|uhradte|uhradit|fizessen|fizess|fizesd|fizetni|pay; adres*|szallitasi cim*|cim ~3 niepeln*|neupln*|hianyos|incomplete ~8 doplac|doplacic|doplacte|doplat|doplatte|doplatit|zaplac|zaplacic|zaplat|zaplatte|zaplatit|uhrad|uhradte|uhradit|fizessen|fizess|fizesd|fizetni|pay",
    ),
    ("scam", "", "a vamnal|vamnal van ~8 vamot|vamdij*|rendezni|fizetni|fizesse|fizess"),
    (
        "scam",
        "",
        "prihlas* se|prihlas* sa|prihlaste se|prihlaste sa ~4 do banky|do bankovnictvi|do internet banking*|do internetbanking*|do internetoveho bankovnictvi|do internetoveho bankovnictva ~6 prijal*|prijat*|obdrz*|prevzat*|ziskat|ziskal*; jelentkezz be|lepj be ~4 bank* ~6 megkap*|fogad*|visszakap*",
    ),
    (
        "scam",
        "",
        "az eloleg felet|eloleg felet|half up front|half upfront|half the money up front|polowe z gory|polowe kwoty z gory|polovinu predem|polovinu penez predem|polovicu vopred|polovicu penazi vopred; pay|zaplat|zaplatte|zaplac|zaplacic|zaplatit|fizess|fizesd|fizessen ~4 buyer verification|verification fee|overovaci poplatek|overovaci poplatok|oplat* weryfikacyjn*|ellenorzesi dij*|hitelesitesi dij*; youve won|you ve won|you have won ~8 draw|voucher|prize|lottery|giveaway ~8 pay|postage|fee",
    ),
    (
        "scam",
        "",
        "pay|zaplac*|zaplat*|fizesd|fizess ~3 my removal*|my courier|my driver|mojemu kurier*|memu kuryr*|memu kuryrovi|mojmu kurier*|mojmu vodicovi|a futaromnak|a sofforomnek ~6 up front|upfront|z gory|predem|vopred|elore",
    ),
    (
        "credentials_request",
        "",
        "pas|pasu|pas*|obcank*|obciansk*|paszport*|passport|utlevel*|szemelyi*|dowod*|ridicak*|vodicak* ~5 vedle obliceje|vedla tvare|obok twarzy|obok siebie|next to your face|arcod mellett|az arcod mellett|obok glowy; kod*|code ~4 paczkomat*|z paczkomatu|locker ~4 podaj|wyslij|przeslij|daj mi|send me|tell me; podaj|wyslij|przeslij ~4 kod* ~3 paczkomat*|z paczkomatu; csomagautomata kod*|automata kod* ~3 add meg|kuldd el|ird meg|mondd meg|kuldd at",
    ),
    (
        "credentials_request",
        "",
        "add meg|kuldd el|ird meg ~3 csomagautomata kod*|automata kod*; prihlas* se|prihlas* sa|prihlaste se|prihlaste sa ~4 do banky|do bankovnictvi|do internet banking*|do internetbanking*|do internetoveho bankovnictvi|do internetoveho bankovnictva ~6 prijal*|prijat*|obdrz*|prevzat*|ziskat|ziskal*; jelentkezz be|lepj be ~4 bank* ~6 megkap*|fogad*|visszakap*",
    ),
    (
        "credentials_request",
        "",
        "cislo kreditky|cislo kreditni karty|cislo kreditnej karty|cislo platebni karty|cislo platobnej karty|cislo karty|hitelkartyaszam*|kartyaszam*|bankkartyaszam* ~4 prosim|kerem|posli|poslete|posl*|napis*|dej|daj|add meg|kuldd; bankkartya*|kartyad ~3 ket oldal*|mindket oldal*|hatoldal*; a bankod ~4 kod*; most erkezo kod*|most erkezo sms*|most kapott kod*; kuldj|kuldd|kuldjon|kerem ~3 fot*|kep*|fenykep* ~3 jogsi*",
    ),
    (
        "profanity",
        "",
        "polam*|zlam*|polom*|polamiemy|zlamem* ~2 ci nogi|ti nohy|vam nohy|panu nogi|pani nogi|wam nogi|ti ruky|ci rece; eltorjuk|eltorom|eltorik ~2 a labad|a labat|a kezed|a fejed; well break|we ll break|we will break|ill smash|i ll smash ~2 your legs|your face|your head; ci leb ~2 rozwal*|rozbij*|rozwale; rozwal* ci leb|rozbij* ci leb|rozwal* panu leb",
    ),
    (
        "profanity",
        "",
        "tepa krowa|tepa krowo|glupia krowo|ty krowo|glupia pinda|glupia pindo|ty pindo|glupia pindo; hlupa sliepka|ty sliepka|hloupa slepice|ty slepice|ty hlupa sliepka; vymastenej|vymasteny|vymastena|jsi vymast*|si vymast*; elmebeteg vagy|te elmebeteg|elmebeteg vagy te; pies ci morde lizal|pies ci morde; nech zdochnes|nech zdochnete|at chcipnes|at chcipnete|nech chcipnes",
    ),
    (
        "off_platform",
        "",
        "buy it there|kup tam|kup to tam|kupte to tam|kupte tam|kup si to tam|kupte si to tam|vedd meg ott|vedd ott ~6 cancel|anuluj*|zrus*|mondd le|lemond*|storn*; slide into ~2 dms|dm|my dms",
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
    dependencies = [("message_rules", "0039_development_set_thirty_six")]

    operations = [CHANGES.operation()]
