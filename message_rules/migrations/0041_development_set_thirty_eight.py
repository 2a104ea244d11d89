"""What held-out set 38 (tickets, travel and experiences; gift cards and vouchers; services
and small jobs; small business sellers and company buyers), read as a development set after
its one measurement (session 25), showed the rules missed.

Misses, as kinds: vouchers and tickets printed at home or scanned from others, chips and
barcodes cloned or copied; a driving licence "without the course"; inspection reports and
gas certificates without the visit; fake references and payslips; counterfeit parking
badges; invoices "without delivering the goods"; gift cards bought with stolen cards;
reviews sold "from different accounts" or as Google reviews; another portal's listing
"cheaper there, search for …" and "let the order lapse"; "send me your number" in
Hungarian; the card and its PIN left on the table; the scratch panel's number; a tutor's
login to the school system; a bank card photographed by the face (Hungarian); a company's
"changed bank account" for invoices; a screenshot of a payment "the bank credits on
Monday"; threats ("přes držku", "laposra verlek", "put you in hospital") and insults
("starý somár", "ta kráva neumí", "brain-dead slapper", "you spastic") and ethnic slurs.
Databases loaded by 0002 get them; fresh ones have them from the defaults.
"""

from django.db import migrations

from message_rules.rule_changes import RuleChanges

ADDED_PHRASES = [
    (
        "prohibited_item",
        "",
        "voucher*|vouchery|poukaz*|poukazk*|utalvany*|bilet*|vstupenk*|listk*|belepo*|ticket* ~6 drukowane u mnie|drukowane w domu|drukuje w domu|tisknu sam|tisknu si sam|tlacene u mna|tlacim sam|otthon nyomtat*|printed at my place|i print myself; tisknu sam|tisknu si sam|tlacim sam|drukuje sam|drukuje sama ~6 podle vzoru|podla vzoru|wedlug wzoru; naskenovan* kopie|zeskanowan* kopie|scanned copies|naskenovane kopie ~6 cizich|cudzich|cudzych|someone elses|mas jegy*",
    ),
    (
        "prohibited_item",
        "",
        "cip*|chip*|chipje|qr|qr kod*|carovy kod|ciarovy kod|kod kreskowy|vonalkod*|barcode ~4 naklonovan*|skopirovan*|zkopirovan*|skopiowan*|sklonowan*|masolt|lemasolva|masoltak|cloned|copied; prawo jazdy|prawa jazdy|ridicsk* prukaz*|ridicak*|vodicsk* preukaz*|vodicak*|jogositvany*|jogsi*|driving licen* ~6 bez kursu|bez autoskol*|without lessons|without a test|tanfolyam nelkul",
    ),
    (
        "prohibited_item",
        "",
        "bez mereni|bez merani|bez pomiarow|bez pomiaru|without an engineer|without the engineer|without a visit|meres nelkul ~8 razitk*|peciatk*|pieczatk*|pecset*|signed|podpis*; fake landlord reference*|fake reference*|fake payslip*|falesn* vyplatn*|falosn* vyplatn*|falszyw* zaswiadcz*|hamis berpapir*|fake certificate*; counterfeit blue badge*|fake blue badge*|counterfeit parking",
    ),
    (
        "prohibited_item",
        "",
        "faktur*|szamla*|invoice* ~8 bez dodania tovaru|bez dodani zbozi|bez dostawy towaru|aru nelkul|without delivering|without any goods",
    ),
    (
        "prohibited_item",
        "",
        "stolen card*|stolen credit card*|stolen corporate card*|lopott kartya*|lopott kartyakrol|kradzion* kart*|kraden* kart*|kradnut* kart*; recenz*|ertekeles*|reviews|opini* ~8 z ineho uctu|kazda z ineho|z roznych kont|z ruznych uctu|z roznych uctov|kulonbozo fiokbol|kulonbozo fiokokbol|from different accounts|local guide accounts; ponukam|predam|prodam|nabizim|sprzedam|eladok|i sell|selling ~2 pozitivn* recenz*|google recenz*|google reviews|google ertekeles*|pozytywn* opini*",
    ),
    ("prohibited_item", "", "otcsillagos google ertekeles*|5 csillagos google ertekeles*"),
    (
        "off_platform",
        "",
        "na sbazaru|na sbazar|na bazosi|na bazos|a jofogason|a vateran|na airbnb ~2 to mam|mam to|mam|is fent|fent van ~6 levnej*|lacnejs*|taniej|olcsobb*|hledejte|hladajte|szukaj|keres ra|keresd|keresen; im also on airbnb|i am also on airbnb|find me on airbnb; book there|rezervujte tam|zarezerwuj tam|foglalj ott ~6 cheaper|levnej*|lacnej*|taniej|olcsobb*|without",
    ),
    (
        "off_platform",
        "",
        "w moim drugim sklepie|v mem druhem obchode|v mojom druhom obchode|a masik boltomban|in my other shop ~6 olx|allegro|vinted|sbazar*|bazos*|jofogas*|taniej|levnej*|lacnej*|olcsobb*|cheaper",
    ),
    (
        "off_platform",
        "",
        "let the ~2 order lapse|order expire|nechte objednavku propadnout|nechajte objednavku prepadnut|niech zamowienie wygasnie|hagyja lejarni a rendelest; kuldd el a szamodat|kuldd a szamodat|add meg a szamodat|ird meg a szamodat|kuldd at a szamodat|kuldd el a telefonszamodat",
    ),
    (
        "credentials_request",
        "",
        "kart*|card ~3 i pin*|i s pin*|aj s pin*|aj pin*|es a pin*|and pin*|and the pin*|with the pin*|with its pin*|i kod pin|i kodem pin; zoskrab*|zdrap*|seskrab*|setret*|scratch* ~8 poslite|posli*|wyslij|przeslij|send|kuldd ~4 cislo|kod*|number|code|szam*; send me|poslite mi|posli mi|wyslij mi|przeslij mi|kuldd el ~4 cislo pod|kod pod|number underneath|code underneath|numer pod|szamot alatta",
    ),
    (
        "credentials_request",
        "",
        "prihlaseni|prihlasenie|prihlasovaci udaje|heslo|hasla|haslo|login ~4 bakalar*|edupage|librus*|vulcan*|kreta; librus*|edupage|bakalar*|kreta|classroom ~6 password|haslo|hasla|heslo|jelszo*|jelszav*|login*|prihlaseni|prihlasenie; kuldj|kuldd|kuldjon|kerem ~3 fot*|kep*|fenykep* ~4 bankkartya*|kartyajarol|kartyarol",
    ),
    (
        "scam",
        "",
        "zmenila|zmenil|zmenili|zmienil*|zmienila|valtoztatott|valtott|changed ~4 bankov* ucet|bankovni ucet|konto bankowe|numer konta|bankszamla*|bankszamlaszam*|bank account|bank details ~8 uhradzajte|platte|zaplatte|wplacajcie|placcie|fizessenek|utaljanak|utaljon|pay to|transfer to; posli*|poslite|poslete|wyslij|send|kuldd ~8 banka to pripise|bank zaksieguje|banka to pripise|bank will credit|bank will show it|a bank csak hetfon",
    ),
    (
        "scam",
        "",
        "uhradzajte|uhrazujte|uhradte|wplacajcie|placcie|fizessek|fizessenek ~3 na iban|na novy ucet|na nove konto|na nowe konto|az uj szamlara|az uj iban*",
    ),
    (
        "profanity",
        "",
        "morde ci ~2 obij*; ci morde ~2 obij*; obij* ci morde|obije ci morde; dostanes|dostanete ~2 pres drzku|po drzce|po drzke|po hube|po papuli; laposra verlek|laposra verunk|szetverlek; put you in hospital|put you in the hospital|send you to hospital; stary somar|ty somar|stary osel|ty osle|stara krava; ta krava ~3 neumi|nevi|nevie|nedokaze; brain dead slapper|braindead|slapper|you spastic|ya spastic|you spaz; cigos*|ciganska zberba|cigansk* zberb*|zberba|zberbo|gypsy scum|ty pedale|pedale jeden",
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
    dependencies = [("message_rules", "0040_development_set_thirty_seven")]

    operations = [CHANGES.operation()]
