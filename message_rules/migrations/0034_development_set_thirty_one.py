"""What held-out set 31 (vehicles, mobility, sports and the outdoors), read as a development
set after its one measurement (session 23), showed the rules missed.

Misses, as kinds: inspections (przegląd, STK, MOT) stamped without the car; DPF and EGR
deletes; speed limiters unlocked on e-scooters; blue lights and sirens for private cars;
gill nets and electrofishing; game poached or sold without the trichinella test; forged
match and race tickets, race numbers in another's name; air rifles tuned above the limit
without a permit; EPO, growth hormone and blood doping; engines and wheels from stolen
cars with their numbers restamped, papers "made to match"; odometers wound back; laser
and radar blockers; a deposit to the seller's account "and it's yours", a UK sort code,
the keys sent by courier after payment, import duty to pay first, a refund "sent twice"
to send back; the card photographed front and back, a code "valid two minutes", the
National Insurance number; threats (I know where you park, your tyres, your car set on
fire, I'll kill you) and insults.
Databases loaded by 0002 get them; fresh ones have them from the defaults.
"""

from django.db import migrations

from message_rules.rule_changes import RuleChanges

ADDED_PHRASES = [
    (
        "prohibited_item",
        "",
        "przeglad bez przyjazdu|bez przyjazdu na stacj*|pieczatk* w dowodzie bez|stk bez pristaveni|bez pristaveni auta|stk bez auta|stk bez pristavenia|bez pristavenia auta|mot pass without|mot without bringing|without bringing the car|mot pass on the system|muszaki auto nelkul|vizsga az auto nelkul|muszaki vizsga nelkul",
    ),
    (
        "prohibited_item",
        "",
        "wycin*|wytne|usune|usuwam|kasuje|vyndam|vyndat|vyrezem|vyrez*|vymaz*|odstran*|kiszed*|kiveszem|delete|remove ~3 dpf|egr|fap; dpf|egr|fap ~3 delete|off|kiszedes*|vymaz*|wycinka|kasacja|wyciecie|vyrez*|removal",
    ),
    (
        "prohibited_item",
        "",
        "zdejm* blokad* predkosci|odblok* predkosc*|zdejme blokade|usun* ogranicznik*|odemknu omezovac*|odemknout omezovac|odstran* omezovac*|zrusim obmedzenie|zrus* obmedzen*|odstran* obmedzovac*|leveszem a sebessegkorlat*|unlock* the speed limiter|remove the speed limiter; sebessegkorlat* ~3 levesz*|kiold*|felold*; speed limiter ~3 unlock*|remov*",
    ),
    (
        "prohibited_item",
        "",
        "majaky|majak|majaku|koguty|villogo*|blue lights|blue light ~6 civiln*|cywiln*|prywatn*|sukromn*|soukrom*|maganauto*|private car|unmarked|neoznacen*|nieoznakowan*",
    ),
    (
        "prohibited_item",
        "",
        "sieci stawne|siec stawna|sieci skrzelow*|tenatov* sit*|ziabrovk*|ziabrov* siet*|eresztohalo*|kopoltyuhalo*|gill net*|gillnet*|pradowani* ryb|do pradowania|elektrolov*|agregat na ryby|agregat na elektrolov*|aramos halasz*|halaszgep*|electrofishing*|electro fishing|elektryczn* polow*",
    ),
    (
        "prohibited_item",
        "",
        "bez odstrzalu|strzelon* w nocy|z pytlactvi|z pytlactva|pytlack*|z cierneho odstrelu|cierny odstrel|cierneho odstrelu|poached venison|poached deer|poached game|off the estate|bez vysetreni* na trichinel*|bez trichinel*|bez veterinarni prohlidky; bez badania ~6 dziczyzn*|sarn*|dzik*|miesa",
    ),
    (
        "prohibited_item",
        "",
        "bilet* ~2 podrobion*|podrabian*|falszyw*; podrobion* bilet*|falszyw* bilet*|falosne listky|falosne vstupenky|falesne listky|falesne vstupenky|hamis jegy*|hamisitott jegy*; fake ~2 tickets; numer startowy ~6 cudze nazwisko|na cudze|bez zapisow; startov* cisl* ~8 na meno niekoho|na cizi jmeno|na cudzie meno; rajtszam* ~6 mas neve*",
    ),
    (
        "prohibited_item",
        "",
        "wiatrowk*|vzduchovk*|legpusk*|air rifle* ~3 podkrecon*|pretazen*|pretuned|tuned*|feltuningolt|felhuzott; no fac needed|without an fac|without a fac|pozwolenia nie trzeba|bez registrace nikdo|bez registracie nikto",
    ),
    (
        "prohibited_item",
        "",
        "epo|hgh|rust* hormon*|novekedesi hormon*|growth hormone|krvn* doping*|krevn* doping*|blood doping|hormon wzrostu ~8 doping*|antidoping*|ukad|wada|kontrol*|test*|nenajde|nevidi|kimutat*|show up",
    ),
    (
        "prohibited_item",
        "",
        "z kradeneho|z kradenych|z kradene|z ukradnuteho|z ukradnut*|z kradnut*|z kradzionego|z kradzionej|z kradzionych|lopott autobol; stolen ~3 alloys|wheels|engine|parts|tyres|rims",
    ),
    (
        "prohibited_item",
        "",
        "cisla prerazen*|cislo prerazen*|vyrobne cislo prebite|cislo prebite|cisla prebite|numery przebite|przebite numery|przebit* numer*|przebity vin|vin przebity|atutott alvazszam*|alvazszam* atut*|numbers restamped|restamped vin|doklady dodelam|doklady k inemu autu|papiery dorobie|papiere vybavim|papirokat elintezem|papers to match",
    ),
    (
        "prohibited_item",
        "",
        "stiahn* km|stiahnem kilometr*|stocim km|stocim tachometr|cofne licznik|cofam licznik*|kilometerora* visszateker*|clock any car|clock your car|lezerblokkolo*|laser blocker*|laser jammer*|radar blocker*; knock ~2 off the mileage; traffipax* ~2 zavaro*",
    ),
    (
        "off_platform",
        "",
        "zaloh*|zaliczk*|eloleg* ~4 na muj ucet|na moj ucet|na moje konto|na moj rachunek|a szamlamra|to my account|into my account; sort code ~4 account|acc|acct",
    ),
    (
        "scam",
        "",
        "posli* zaloh*|poslete zaloh*|wplac* zaliczk*|wyslij zaliczk*|przelej zaliczk*|zaplat* zaloh*|utald az eloleget|utalj eloleget|send the deposit|pay the deposit ~6 rezervovan*|zarezerwowan*|twoj|twoja|tvoje|tvoja|tvoj|tied|yours",
    ),
    (
        "scam",
        "",
        "kluczyki kurierem|kluczyki przesle|keys by courier|keys sent by courier|klice kuryrem|klice posle|kluce kurierom|kluce posle|kulcsokat futarral|kulcsot futarral; import duty ~8 send it|send the|pay it|posli|przelej|utald",
    ),
    (
        "scam",
        "",
        "refunded me twice|refunded twice|prisla vratka dvakrat|vratka dvakrat|vratili mi dvakrat|zwrot przyszedl dwa razy|dostalem zwrot dwa razy|dostalam zwrot dwa razy|ketszer utalt* vissza|ketszer kaptam vissza ~8 send back|send it back|posli mi spat|posli spat|poslete zpet|posli zpet|odeslij|zwroc|kuldd vissza|utald vissza",
    ),
    (
        "credentials_request",
        "",
        "vyfot* ~3 kart*; kart* ~4 zepredu i zezadu|z obou stran|zpredu aj zozadu|z oboch stran|z obu stron|mindket oldal*|front and back; send the code|kuldd a kodot|kuldd el a kodot|posli kod|posli mi kod|wyslij kod|podaj kod ~8 valid|ervenyes|plat*|wazn*; national insurance number|your ni number",
    ),
    (
        "profanity",
        "",
        "wiem gdzie parkujesz|vim kde parkujes|viem kde parkujes|tudom hol parkolsz|know where you park|ci spale|spale ci|podpale ci|podpalim ti|podpalit ti|ti podpalit|ti podpalim|ti spalim|podpalim tvoj*|podpalit tvoj*|felgyujtom a kocsid|felgyujtom az autod|set your car on fire|torch your car|przebije ci opony|propichnu ti gumy|gumy prepichnut*|kiszurom a gumid|slash your tyres|watch your tyres|uwazaj na swoje opony|bacha na gumy|vigyazz a gumijaidra; vigyazz ~2 gumijaidra; opony ~3 przebij*",
    ),
    (
        "profanity",
        "",
        "zabiju te|zabiju ta|zabijem ta|megollek|ill kill you|i will kill you|im going to kill you|glupia baba|glupi babsztyl|blba zensk*|sprosta baba|ty dement|te dement|balfasz*",
    ),
]

ADDED_EXCEPTIONS = [
    (
        "",
        "falosne vstupenky|falesne vstupenky|falosne listky|falesne listky|fake tickets|falszywe bilety|podrobione bilety|hamis jegyek ~4 sa objavili|se objevily|pojawily sie|are going around|are circulating|krazi|kruzia|kraza|megjelentek|keringenek",
    )
]

ADDED_REGEXES = []

CHANGED_PHRASES = []

REMOVED_EXCEPTIONS = []

CHANGES = RuleChanges(
    ADDED_PHRASES, ADDED_EXCEPTIONS, ADDED_REGEXES, CHANGED_PHRASES, REMOVED_EXCEPTIONS
)


class Migration(migrations.Migration):
    dependencies = [("message_rules", "0033_development_set_thirty")]

    operations = [CHANGES.operation()]
