"""What held-out set 42 (cars, motorbikes and parts, tools and building materials,
tickets and events, services and tutoring, second-hand clothes), read as a development
set after its one measurement (session 27), showed the rules missed.

Misses, as kinds: blank service books with a dealer's stamps "write any mileage";
odometers wound back "on any car"; one ticket sold to five people; scaffolding, cement and
rebar taken from a building site at night; catalytic converters cut off in a car park
"still warm"; cloned number plates; fake wristbands and e-tickets "the QR scans fine";
theses written and exams sat for the buyer; "search my name on Vinted, buy there";
"let's move to Messenger"; tutoring paid a year up front "without a contract"; a deposit
to a private account with "the contract later by e-mail"; "or I don't hold the date";
"click and verify your card"; a code from the mObywatel app; "do p.ice", "f.ck".
Databases loaded by 0002 get them; fresh ones have them from the defaults.
"""

from django.db import migrations

from message_rules.rule_changes import RuleChanges

ADDED_PHRASES = [
    (
        "prohibited_item",
        "",
        "ksiazk* serwisow*|servisni knizk*|servisna knizk*|szervizkonyv*|service book* ~8 in blanco|prazdn*|uresen|blank|wpiszesz|dopises|dopisete|beirod|fill in whatever|fill in any|whatever mileage",
    ),
    (
        "prohibited_item",
        "",
        "blank|prazdn*|ures ~4 service book*|servisni knizk*|servisna knizk*|szervizkonyv*",
    ),
    (
        "prohibited_item",
        "",
        "stocim|stocime|stacam|pretocim|pretacim|przekrece|cofne|cofam ~4 tachometer*|tacho*|licznik*|kilometr*; visszatekerem ~4 kilometer*|oraallas*; off any dash|clock the mileage|clocking service",
    ),
    (
        "prohibited_item",
        "",
        "jeden|jednu|egy|one ~3 bilet*|vstupenk*|listok|listky|jegy*|jegyet|ticket* ~8 pieciu osobom|peti lidem|piatim ludom|ot embernek|to five people|kilku osobom|vice lidem|viacerym ludom|tobb embernek|to several people",
    ),
    (
        "prohibited_item",
        "",
        "z budowy|ze stavby|zo stavby|epitkezesrol|off a job|from the council build|from the build ~6 w nocy|v noci|ejjel|overnight|at night; stavbyvedouci to nepocita|stavbyveduci to nepocita|epitesvezeto nem szamolja|site manager doesn t count|site manager doesnt count|kierownik budowy nie liczy",
    ),
    (
        "prohibited_item",
        "",
        "katalizator*|katalyzator*|cat ~8 still warm|meg meleg|este tepl*|jeste tepl*|jeszcze ciepl*|odrezan*|odciet*|levagt*|vagtam le|cut off|cut in",
    ),
    (
        "prohibited_item",
        "",
        "cloned plates|cloned number plates|klonowan* tablic*|sklonowan* tablic*|klonovan* spz|klonovan* znack*|klonovan* ecv|klonozott rendszam*|podrobione tablice|fake plates",
    ),
    (
        "prohibited_item",
        "",
        "falszyw*|podrobion*|falesn*|falosn*|hamis|fake ~4 bilet*|vstupenk*|listk*|jegy*|wristband*|opask*|naramk*|karszalag*|e tickets|tickets ~8 qr|skanuje|skenuje|scans|pol ceny|pul ceny|polovic*|fel aron|half price",
    ),
    (
        "prohibited_item",
        "",
        "megirom a szakdolgozatod|leteszem helyetted|zdam za ciebie|napisze za ciebie prace|udelam za tebe zkousk*|spravim za teba skusk*|sit the exam for you|sit your exam for you|write your dissertation for you",
    ),
    (
        "off_platform",
        "",
        "szukaj|hledej|hladaj|look up|search|keresd ~6 tam kup|kup tam|kupte tam|buy there|buy it there|cheaper there|ott vedd meg|vedd meg ott",
    ),
    (
        "off_platform",
        "",
        "przenies* sie|przejdzmy|presunme se|presunme sa|prejdime|menjunk at|lets move|let s move ~3 na mesenger*|na whatsap*|na telegram*|na viber*|to mesenger|to whatsap*|to telegram|mesengerre|whatsappra|telegramra",
    ),
    (
        "scam",
        "",
        "za caly rok|na cely rok|egesz evre|a year up front|year upfront ~8 bez umowy|bez smlouvy|bez zmluvy|szerzodes nelkul|no contract",
    ),
    (
        "scam",
        "",
        "na soukromy ucet|na sukromny ucet|maganszamlara|na prywatne konto|private account ~8 smlouva pak|zmluva potom|szerzodes kesobb|umowa potem|contract afterwards|contract later",
    ),
    (
        "scam",
        "",
        "inaczej nie rezerwuje terminu|or i don t hold the date|or i dont hold the date|jinak termin nedrzim|inak termin nedrzim|kulonben nem foglalom le",
    ),
    (
        "scam",
        "",
        "kattints|click|kliknij|kliknete|klikni|kliknite ~8 igazold a kartyad|verify your card|zweryfikuj karte|potwierdz karte|overte kartu|overte svou kartu|overte si kartu|over kartu",
    ),
    (
        "credentials_request",
        "",
        "podaj|wyslij|posli|poslete|kuldd|add meg|send|give ~4 kod z aplikacji|kod z aplikace|kod z aplikacie|code from the app|kod z mobywatel*|kodot az alkalmazasbol",
    ),
]

ADDED_EXCEPTIONS = []

ADDED_REGEXES = [("profanity", "", "\\bdo p[\\*#.]{1,3}i?[cč]e\\b|\\bf\\.c?k(?:ing|in|ed|er)?\\b")]

CHANGED_PHRASES = []

REMOVED_EXCEPTIONS = []

CHANGES = RuleChanges(
    ADDED_PHRASES, ADDED_EXCEPTIONS, ADDED_REGEXES, CHANGED_PHRASES, REMOVED_EXCEPTIONS
)


class Migration(migrations.Migration):
    dependencies = [("message_rules", "0044_development_set_forty_one")]

    operations = [CHANGES.operation()]
