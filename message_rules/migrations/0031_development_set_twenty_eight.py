"""What held-out set 28 (home, garden, DIY and farm, written like phone messages), read
as a development set after its one measurement (session 22), showed the rules missed or
blocked wrongly.

Misses, as kinds: "reply with the verification code, the site wants me to confirm you", a
courier wanting a scan of the ID and the payment card, the bank's code asked for;
Snapchat; threats of neighbours ("I know where your farm is … you'll regret it", tyres
slashed, a shed burnt, a dog poisoned, arms broken, dogs set on someone) and insults
("pathetic old git", "lazy pig", "seftes", "takarodj"); banned pesticides (chlorpyrifos,
carbofuran), explosives for stumps (a charge of saltpetre and diesel, TNT), live
grenades for collectors, fish netted at night, game shot out of season, protected animals
caught for a terrarium, badger cubs dug out, copper and lead from railways and church
roofs "the scrapyard won't take", aged furniture and copies "sold as genuine", fake
organic certificates, untaxed heating oil as diesel, ground-off serial numbers and
re-stamped VINs, guns "no papers needed"; customs fees for a parcel, the driver's diesel,
"pending until you pay the tax", a courier's collection fee "then the money arrives
automatically", a cheque for more and the rest in cash, a deposit to a wife's account,
a courier's insurance to be paid.
Wrong blocks: liquid manure (gnojowica), a registered firearms dealer, "come round and
try it" (a threat rule too wide), cash in hand refused.
Databases loaded by 0002 get them; fresh ones have them from the defaults.
"""

from django.db import migrations

from message_rules.rule_changes import RuleChanges

ADDED_PHRASES = [
    (
        "credentials_request",
        "",
        "odepiste|odpiste|odpovezte|odpovedzte|odpowiedz|odpisz|valaszolj|valaszoljon|reply ~3 overovac* kod*|overovacim kodem|overovacim kodom|kodem weryfikacyjnym|ellenorzo koddal|with the verification code|with the code",
    ),
    (
        "credentials_request",
        "",
        "skan* dowodu i karty|skanu karty|skan karty|sken karty|skenu karty|skenu platebni karty|scan of your card|kartyamasolat*",
    ),
    (
        "credentials_request",
        "",
        "kuldd el|ird meg|irja meg|napiste mi|napis mi|napisz mi|podaj|podaj mi|give me|send me|tell me|posli mi|poslete mi ~4 banki kod*|kod z banky|kod z banku|kod z banki|code from the bank|code the bank sends|code your bank sends|banktol kapott kod*",
    ),
    (
        "profanity",
        "en",
        "know where your farm|know where your house|know where your yard|know where your garden|know where your barn",
    ),
    (
        "off_platform",
        "en",
        "forget the app|skip the app|forget the site|skip the site|bypass the app|bypass the site|forget the checkout|skip the checkout",
    ),
    (
        "off_platform",
        "en",
        "snapchat me|snap me at|add me on snap*|my snap is|my snapchat is|find me on snap*|message me on snap*",
    ),
    (
        "profanity",
        "",
        "vim kde|viem kde|wiem gdzie|i know where|tudom hol ~8 budes litovat|budes lutovat|pozalujesz|regret it|megbanod|megbanja|litovat budes",
    ),
    (
        "profanity",
        "",
        "propicham ti gumy|propichnu ti gumy|prepichnem ti gumy|prepicham ti gumy|ci opony poprzebijam|opony poprzebijam|poprzebijam ci opony|przebije ci opony|kiszurom a gumid*|slash your tyres|slash your tires",
    ),
    (
        "profanity",
        "",
        "stodole podpale|ci stodole podpale|chalupu ti podpalim|stodolu ti podpalim|felgyujtom a csurod|burn your shed|burn your barn|burn your house|burn your place|burn your shed down",
    ),
    (
        "profanity",
        "",
        "ill poison the|ill poison your|i will poison your|otravim ti|otrujem ti|otruje ci|otruje twojego|megmergezem a",
    ),
    (
        "profanity",
        "",
        "ill break your|i will break your|zlamu ti|zlomim ti|polamem ti|eltorom a ~2 arms|legs|neck|face|jaw|nose|fingers|ruce|ruky|nohy|rece|nogi|kezed|labad",
    ),
    (
        "profanity",
        "",
        "rad uszitom|rad engedem a kutyakat|pustim na teba psov|pustim na tebe psy|poszczuje cie psami|set the dogs on you|fogd be a szad|fogd be a pofad|takarodj",
    ),
    (
        "profanity",
        "en",
        "scammer scum|old git|pathetic old|shove them up|shove it up your|stick it up your|lazy slob|fat slob|fat lazy; hope your ~5 rolls over on you|falls on you|crushes you|kills you",
    ),
    (
        "profanity",
        "hu",
        "hazug szemet|szemet alak|te szemet|hulye seftes|te seftes|seftes vagy|szanalmas venember|te venember|told fel magadnak|dugd fel magadnak|lehuzos paraszt*|lusta diszno|dagadt diszno|te diszno|dagadt lusta",
    ),
    (
        "profanity",
        "pl",
        "leniwa swinia|leniwy wieprz|ty swinio|swinio jedna|gruba leniwa|gruby leniwy",
    ),
    ("profanity", "cs", "vyjebes|vyjebat|vyjebal|vyjebany|vyjebana"),
    ("profanity", "sk", "ma ojes|ma ojebes|ma ojebal|ojebat|ojebany"),
    (
        "prohibited_item",
        "",
        "chlorpyrifos*|chlorpiryfos*|klorpirifosz*|karbofuran*|carbofuran*|dursban*|furadan* ~8 ukrajin*|ukrain*|ukrajnabol|abroad|na lisy|na lisky|rokara|crows|na mszyce|na msice|na vosky|levelteture|szerem|granul*|nejlepsi|najlepsi|niezastapion*|a legjobb; mam|mame|selling|prodam|predam|sprzedam|elado ~6 chlorpyrifos*|chlorpiryfos*|klorpirifosz*|karbofuran*|carbofuran*|dursban*|furadan*",
    ),
    (
        "prohibited_item",
        "",
        "naloz*|ladunek|ladunk*|trotyl*|dynamit*|tnt|robbanoanyag* ~6 parez*|pniak*|pni|pnie|pniu|korzen*|koren*|stump*|tusko*|wysadzen*",
    ),
    (
        "prohibited_item",
        "",
        "z ledku a nafty|z liadku a nafty|z saletry i ropy|saletr* i rop*|saletra z ropa|ledek a nafta|liadok a nafta|mutragya es gazolaj",
    ),
    (
        "prohibited_item",
        "",
        "granat*|grenade*|kezigranat* ~8 naloz*|nabit*|ostry|ostre|ostra|live|filler|toltet*|eles|nevybuchnut*|nevybuchl*|niewybuch*|unexploded",
    ),
    (
        "prohibited_item",
        "",
        "chytano na sit|chytane na sit|chytene na siet|chytene na sit|lowione siecia|lowion* siecia|lowione siecia w nocy|haloval fogva|haloval fogott|haloval fogtuk|netted at night|caught with a net",
    ),
    (
        "prohibited_item",
        "",
        "shot out of season|out of season on|strzelon* poza sezonem|odstrelen* mimo sezon*|zastrelen* mimo dob* lovu|tilalmi idoben lott*|no tags obviously",
    ),
    (
        "prohibited_item",
        "",
        "gatunek chroniony|chroneny druh|chraneny druh|vedett faj|protected species ~8 sprzedam|prodam|predam|elado|for sale|tanio|lacno|levne|olcson|do akwarium|do terrarium|do terraria|na talerz|lowione|chytane",
    ),
    (
        "prohibited_item",
        "",
        "odchycen*|odchyten*|zlapan*|zlapane|befogt*|befogott|caught ~6 terari*|terrari*|volier*|akwari*|akvari*|do chovu",
    ),
    (
        "prohibited_item",
        "",
        "zolwie blotne|zolw blotny|zolwia blotnego|zelvy bahenni|zelva bahenni|zelvu bahenni|korytnack* mociarn*|sov* z lesa|jezky ze zahrady|jeze z ogrodu|dig out cubs|dig out badger*|badger sett* ~8 cubs|terrier*|dig",
    ),
    (
        "prohibited_item",
        "",
        "ve sberne mi ho nevezmou|ve sberne nevezmou|ve sberne mi nevezmou|vo vykupe mi ho nezoberu|vo vykupe nezoberu|skup nie chce ode mnie|skup nie chce przyjac|meh ben nem veszik at|nem veszik at tolem|scrapyard wont take|scrap yard wont take",
    ),
    (
        "prohibited_item",
        "",
        "kabel*|kabl*|med*|rez*|rezkabel*|lead flashing|lead|olov* ~6 z trati|z trate|z torow|vasut mellol|off a church roof|from the railway|z kostela|z kosciola|ze strechy kostela|z dachu kosciola|templom teterol",
    ),
    (
        "prohibited_item",
        "",
        "age them in the workshop|add old labels|mestersegesen oregitve|mestersegesen oregit*|artificially aged|postarzane|postarzamy|postarzan*|umele zestarnut*|umele zostarnut*|umele starnut* ~8 genuine|eredeti*|oryginal*|original*|prave|pravy|antique*|aukc*|auction*",
    ),
    (
        "prohibited_item",
        "",
        "perfect copy|dokonala kopie|dokonala kopia|idealna kopia|tokeletes masolat ~8 nobody|nikdo|nikto|nikt|senki|certificate|certifikat*|certyfikat*|tanusitvany*|auction*|aukc*",
    ),
    (
        "prohibited_item",
        "",
        "prodas jako prave|prodate jako prave|prodas jako pravou|predas ako prave|predate ako prave|sprzedasz jako oryginal*|sprzedasz jako prawdziw*|sells as genuine|sell as genuine|sells as an original|eredetikent arusit*|eredetikent eladhato",
    ),
    (
        "prohibited_item",
        "",
        "bio certifikat*|certyfikat* ekologiczn*|ekologiczn* certyfikat*|certifikat bio|bio tanusitvany*|organic certificate* ~6 vypada jako|vyzera ako|wyglada jak|looks like|mintha|olyan mint",
    ),
    (
        "prohibited_item",
        "",
        "vyrobim vam|vyrobim|urobim vam|urobim|wydrukuje|wydrukuje wam|zrobie|csinalok|make you|print you ~3 bio certifikat*|certyfikat* ekologiczn*|certifikat bio|bio tanusitvany*|organic certificate*",
    ),
    (
        "prohibited_item",
        "",
        "jovedeki ado nelkul|adojegy nelkul|zarjegy nelkul; tuzeloolaj* ~3 gazolajnak|gazolaj helyett",
    ),
    (
        "prohibited_item",
        "",
        "prebit* cislo|prebite vin|prerazen* cislo|przebit* numer*|numer* przebit*|atutott alvazszam*|z zeszlifowanym numerem|zeszlifowan* numer*|spilovan* cisl*|zbrousen* cisl*|odbrusen* cisl*|lereszelt szam*|lecsiszolt szam*",
    ),
    (
        "prohibited_item",
        "",
        "dubeltowk*|strzelb*|sztucer*|pusk*|brokov*|zbran*|shotgun*|rifle*|fegyver*|puska* ~8 papierow nie trzeba|papiery netreba|papiere netreba|papiry netreba|no papers needed|papir nem kell|papirok nelkul",
    ),
    (
        "scam",
        "",
        "celnim rizeni|colnom konani|celnim zadrzeni|odprawie celnej|held at customs|in customs clearance ~8 poplat*|oplat*|fee|dij*|vraceni odesilateli|vratenie odosielatelovi|zwrot do nadawcy",
    ),
    (
        "scam",
        "",
        "na naftu pro ridice|na naftu pre vodica|na paliwo dla kierowcy|for the drivers fuel|for the driver s diesel|a sofornek uzemanyag*|a sofor uzemanyag*",
    ),
    (
        "scam",
        "en",
        "pending until you pay|pending until you|until you pay the ~3 tax|fee|sellers tax",
    ),
    (
        "scam",
        "hu",
        "automatikusan megerkezik|automatikusan jovairodik; atveteli dij* ~6 eloszor|futar; futar ~4 atveteli dij*",
    ),
    (
        "scam",
        "",
        "automatically arrive*|automatically credited|automaticky pripis*|automaticky pride|automatycznie wplyn*|automatycznie zaksieguj*",
    ),
    (
        "scam",
        "",
        "czek* ~4 na wiecej|wiecej|reszt*|nadwyz*; cheque for more|check for more|cheque for extra; reszte gotowka|reszte w gotowce|zbytek v hotovosti|zvysok v hotovosti|the rest in cash|the difference in cash|a kulonbozetet keszpenzben|a maradekot keszpenzben",
    ),
    (
        "scam",
        "",
        "eloleg*|zalohu|zaloha|zaliczk*|deposit ~6 felesegem szamla*|ferjem szamla*|sajat szamla*|my own account|my wifes account|my mums account|na ucet manzel*|na konto zony|na konto meza|na ucet zeny",
    ),
    (
        "scam",
        "",
        "zaplatte mu|zaplat mu|zaplac mu|zaplacte mu|pay him|pay the courier|fizesd ki neki|fizesse ki neki ~6 za pojisteni|za poistenie|za ubezpieczenie|for insurance|for the insurance|biztositas*",
    ),
    (
        "off_platform",
        "",
        "hotovost na ruku|hotovost do ruky|gotowka do reki|gotowka na reke|cash in hand|keszpenzzel kezbe|keszpenz kezbe",
    ),
]

ADDED_EXCEPTIONS = [
    ("pl", "gnojowic*|gnojownik*|gnojownic*|gnojowk*"),
    (
        "en",
        "registered firearms dealer|firearms dealer|firearms certificate|firearm certificate|firearms licence|firearms license|shotgun certificate",
    ),
]

ADDED_REGEXES = []

CHANGED_PHRASES = [
    (
        "profanity",
        "en",
        "be round to collect|be round to sort|come round and|wont enjoy it|wont have windows|doesnt have windows|without windows by|know where your stall|know where your shop|know where you work|see how brave you are|face to face pal|hope you choke|ill burn your|ill torch your",
        "be round to collect|be round to sort|come round and sort you|come round and find you|come round and make you|wont enjoy it|wont have windows|doesnt have windows|without windows by|know where your stall|know where your shop|know where you work|see how brave you are|face to face pal|hope you choke|ill burn your|ill torch your",
    )
]

REMOVED_EXCEPTIONS = []

CHANGES = RuleChanges(
    ADDED_PHRASES, ADDED_EXCEPTIONS, ADDED_REGEXES, CHANGED_PHRASES, REMOVED_EXCEPTIONS
)


class Migration(migrations.Migration):
    dependencies = [("message_rules", "0030_development_set_twenty_seven")]

    operations = [CHANGES.operation()]
