"""What held-out set 21 (evasion and indirection), read as a development set after its one
measurement (session 19), showed the rules missed or blocked wrongly.

Misses, as kinds: a payment "sent again" because "the first one bounces back
automatically"; an escrow account or a deposit for "the platform's transaction guardian";
a storage fee at the depot "or it is disposed of"; buyer protection every seller "must
activate" for a fee; a bank-app notification to "accept" that is "only your refund"; the
wallet's twelve words read out; a password "to unblock your listings"; the contact "on
the fifth photo, zoom in" or in a photo file's name; the same nick on Telegram or on "the
green app"; the same item cheaper "on the other portal, buy it there"; "write on WA, here
one may not give details", "they read everything"; a Facebook page, a fan page or a
YouTube channel named by its title; the shop's link "in the profile's description"; an
address "in my username plus .pl"; "type my nick and 'reviews' into Google"; bikes
"straight off the transport, half price, no invoice"; a "toy for self-defence, real, a
nine, no licence"; the live-firing version of an airsoft gun; a fake "nobody will
recognise"; a "found" phone whose iCloud lock "shows up in a week"; tinted tractor
diesel by the litre; "upośledzona / retardovaná / szellemi fogyatékos" said of the reader,
"chamie", "co za baran", "pitomec", "posral", "do p****", "sv*ně", "spratku", "sopliak",
"taknyos kölyök", "dutá hlava", "szemétláda", "you muppet", "imbecile".
Wrong blocks: "mam w piwnicy" (a cellar, not beer: the Polish rule's "piw*" is now beer's
forms), "I don't believe in any lotteries", a dog named Frajer, fountain-pen cartridges.
Three more authors' clean lines (corpora as, at, au): a self-called idiot, Dostoevsky's
"The Idiot", the Slovak "môj frajer" (boyfriend) and the Czech "Frajer!" (the Polish rule
keeps the forms and phrases only Polish uses: "frajerze", "ty frajer", "jak frajera"), a
breeder's bitch, colours and flavourings named after spirits, Nerf darts, calling the
courier, the account number entered in the site's settings, a gun "legal without a
licence" (airsoft), a line of Wyspiański quoted.
Databases loaded by 0002 get them; fresh ones have them from the defaults.
"""

from django.db import migrations

ADDED_PHRASES = [
    ('scam', '', 'przelej*|przelac|zaplac*|wplac*|wyslij*|przeslij*|posli*|poslete|poslite|zaplat*|uhrad*|utal*|kuld*|send|pay|transfer ~4 jeszcze raz|ponownie|znovu|znova|ujra|once more|again ~8 cofnie|wroci|zwroci|vrati|visszajon|visszamegy|visszautal*|bounce back|bounces back|be refunded|gets refunded|come back|comes back|returned automatically|automatyczn*|automatick*|automaticky|automatikus*|automatically'),
    ('scam', '', 'ujra|ujbol ~3 utal*|kuld*|fizes* ~8 visszajon|visszamegy|automatikus*'),
    ('scam', '', 'rachun* powiernicz*|kont* powiernicz*|escrow account*|uschovn* ucet|uschovn* ucte|uschovn* uctu|vazan* ucet|vazan* uct*|leteti szamla*|letet* szamla* ~8 przesl*|przelej*|przelac|wplac*|zaplac*|zaliczk*|depozyt*|send|pay|transfer|deposit|posl*|zaplat*|uhrad*|zaloh*|utal*|fizes*|eloleg*'),
    ('scam', '', 'przesl*|przelej*|przelac|wplac*|zaplac*|zaliczk*|depozyt*|send|pay|transfer|deposit|posl*|zaplat*|uhrad*|zaloh*|utal*|fizes*|eloleg* ~6 na rachun* powiernicz*|na kont* powiernicz*|escrow account|into escrow|na uschovn* ucet|na vazan* ucet|leteti szamla*|letet* szamla*'),
    ('scam', '', 'pracuje dla alegro|pracuje dla platform*|pracuje dla serwis*|pracuje dla portal*|pracuji pro platform*|pracuji pro portal*|pracujem pre platform*|pracujem pre portal*|a platformnak dolgoz* ~8 przesl*|przelej*|przelac|wplac*|zaplac*|zaliczk*|haslo|kod*|pay|send|transfer|code|password|deposit|posl*|zaplat*|uhrad*|zaloh*|heslo|utal*|fizes*|jelszo*'),
    ('scam', '', 'az oldalnak dolgoz*|i work for the platform|i work for the site|i work for the marketplace|opiekun transakcji|spravce transakce|spravca transakcie|tranzakcios felugyelo|transaction guardian|transaction officer ~8 przesl*|przelej*|przelac|wplac*|zaplac*|zaliczk*|haslo|kod*|pay|send|transfer|code|password|deposit|posl*|zaplat*|uhrad*|zaloh*|heslo|utal*|fizes*|jelszo*'),
    ('scam', '', 'poplat*|oplat*|fee|fees|dij*|dijat ~3 uskladneni|uskladnenie|przechowan*|magazynowan*|storage|tarolas* ~8 likvidac*|zlikvid*|zutylizow*|utylizac*|disposed|destroyed|megsemmis*|jinak|inak|otherwise|inaczej|kulonben; tarolasi dij*|uskladnovaci poplat*|uskladnovac* poplat*|storage fee*|oplat* magazynow* ~8 likvidac*|zlikvid*|zutylizow*|utylizac*|disposed|destroyed|megsemmis*|jinak|inak|otherwise|inaczej|kulonben'),
    ('scam', '', 'every seller must|all sellers must|all sellers have to|every seller has to|every seller needs to|minden eladonak|minden elado koteles|kazdy sprzedajac*|wszyscy sprzedajac*|kazdy prodejce|kazdy prodavajici|vsichni prodejci|kazdy predajca|kazdy predavajuci|vsetci predajcovia ~8 aktiv*|aktyw*|activate|oplac*|zaplac*|zaplat*|uhrad*|pay|fizet*|verify|zweryfik*|overit|overte|ellenoriz*'),
    ('credentials_request', '', 'zaakceptuj*|zatwierdz*|akceptuj*|akceptujte|schval*|schvalte|jovahagy*|fogadd el|fogadja el|accept|authorise|authorize ~6 w aplikacji bank*|w apce bank*|w aplikacji banku|powiadomien*|notifikac*|upozorneni|upozornenie|v bankovni aplikaci|v aplikaci banky|v aplikacii banky|v bankovej aplikacii|banki alkalmazas*|bankapp*|ertesites*|in your bank*|in the bank* app|in the banking app|the notification|push notification'),
    ('credentials_request', '', 'powiadomien*|notifikac*|upozorneni|upozornenie|ertesites*|notification ~8 tylko zwrot|to tylko zwrot|jen vraceni|je to vraceni|len vratenie|je to vratenie|csak visszaterites|just a refund|only a refund|only your refund|just your refund|zwrot dla ciebie|vraceni pro vas|vratenie pre vas|a visszateritesed'),
    ('credentials_request', '', 'odczytaj*|przeczytaj*|podaj*|napisz|wyslij|przepisz|precti|prectete|nadiktuj*|napis|posli|precitaj|precitajte|olvasd|olvassa|diktald|mondd|kuldd|read|tell|send|give|type ~4 dwanascie slow|dwunastu slow|12 slow|dvanact slov|12 slov|dvanast slov|tizenket szav*|tizenket szo*|12 szav*|twelve words|12 words|24 words|dwadziescia cztery slow*|seed phrase|recovery phrase'),
    ('credentials_request', '', 'heslo|hesla|hesle|haslo|hasla|hasle|jelszav*|jelszo|password ~8 odblokovan*|odblokowan*|odblokov*|odblokuj*|unblock*|unlock your listing*|unlock the listing*|feloldas*|feloldjuk|reaktiv*|reaktyw*'),
    ('credentials_request', '', 'ako administrator|jako administrator|as an administrator|as the administrator|as admin|adminisztratorkent|jako admin|ako admin ~8 heslo|haslo|password|jelszo*|jelszav*|kod*|code|login*'),
    ('off_platform', '', 'kontakt*|contact*|elerhetoseg*|moj numer|moj nr|muj cislo|moje cislo|moje telefonni|moje tel cislo|moje telefonne|my number|my numbers|my phone|a szamom|a telefonszamom|telefonszamom ~3 na|v|ve|w|on|in|az|at ~6 fotce|fotke|fotografi*|zdjeciu|zdjeciach|obrazku|obrazok|photo|photos|picture|pictures|kepen|kep sarkaban|foton|file name|nazwie pliku|nazvu souboru|nazve suboru|fajl* nev*'),
    ('off_platform', '', 'szukaj*|wyszukaj|search|find me|look me up|hledej*|najdes|najdete|hladaj*|keress*|keresd|telegram*|insta*|fb|facebook*|tiktok*|snap*|discord*|signal*|viber*|whatsap* ~6 ten sam nick*|tym samym nick*|taki sam nick*|tego samego nick*|stejn* nick*|stejnou prezdivk*|rovnak* nick*|rovnaky nick|rovnakou prezyvk*|same nick*|same username|same handle|same name as here|ugyanazzal a nev*|ugyanaz a nev*|ugyanazon a nev*|ugyanaz a nick*'),
    ('off_platform', '', 'ten sam nick*|tym samym nick*|taki sam nick*|stejn* nick*|rovnak* nick*|same nick*|same username|same handle|ugyanaz a nick* ~6 telegram*|insta*|fb|facebook*|tiktok*|snap*|discord*|signal*|viber*|whatsap*'),
    ('off_platform', '', 'znajdziesz mnie|najdes me|najdete me|najdes ma|najdete ma|megtalalsz|find me|napisz|napis mi|napiste|pisz|irj|irjon|write me|message me|text me|hit me up|add me|dodaj mnie ~6 zielon* apk*|zielon* aplikacj*|niebiesk* apk*|fioletow* apk*|zelen* apk*|zelen* aplikac*|zelenej aplikac*|modr* apk*|modr* aplikac*|fialov* apk*|zold app*|zold alkalmazas*|kek app*|lila app*|green app|blue app|purple app'),
    ('off_platform', '', 'taniej|levnej*|lacnejsie|lacnejsi*|olcsobb*|cheaper ~8 na tym drugim portal*|na drugim portal*|na innym portal*|na tym drugim serwis*|na jinem portal*|na druhem portal*|na tom druhem portal*|na inom portal*|na druhom portal*|na tom druhom portal*|egy masik oldal*|a masik oldal*|masik oldalon|on that other site|on the other site|on another site|on another marketplace|on the other marketplace'),
    ('off_platform', '', 'drugim portal*|innym portal*|drugim serwis*|jinem portal*|druhem portal*|inom portal*|druhom portal*|masik oldal*|other site|other marketplace|other portal ~8 kup tam|kupuj tam|kupte tam|kup to tam|kupte si to tam|kupte to tam|kup si to tam|buy it there|buy there|order there|objednej tam|objednaj tam|vedd meg ott|ott vedd meg|ott rendeld|search the same title|szukaj tam|hledej tam|hladaj tam'),
    ('off_platform', '', 'napisz na wa|pisz na wa|napis na wa|napiste na wa|pis na wa|napis mi na wa|napiste mi na wa|write on wa|write me on wa|message me on wa|text me on wa|hit me up on wa|irj wa n|irj wan|irjon wa n|wa n irj|na wa napisz|na wa napis'),
    ('off_platform', '', 'tu nie wolno|tutaj nie wolno|tu nie moge|tady se nesmi|tady nesmim|tady nemuzu|tu sa nesmie|tu nesmiem|tu nemozem|itt nem szabad|itt nem lehet|itt nem irhatok|not allowed here|cant say here|cant write here|i cant say more here ~6 szczegol*|detal*|detail*|podrobnost*|reszlet*|podawac|napisac|pisat|psat|irni|kontakt*|numer*|cislo'),
    ('off_platform', '', 'they read everything|they read all|they read the messages|they read our messages|they read the chat|czytaja wszystko|czytaja wiadomosci|czytaja nasze|ctou vsechno|ctou zpravy|ctou nase|citaju vsetko|citaju spravy|citaju nase|mindent olvasnak|olvassak az uzenet*|elolvassak az uzenet*; take this off here|take it off here|take this elsewhere|take this offline|lets move this off'),
    ('external_link', '', 'moj*|muj|moji|moje|moju|my|our|nasz*|nas|nasu|nasi ~2 fanpage*|fanpejdz*|fanpejdzu|kanal na youtube*|kanal youtube*|youtube kanal*|youtube channel|channel on youtube|yt kanal*|stron* na facebook*|stron* na fb|stron* na fejs*|stran* na facebook*|stran* na fb|stranku na facebook*|stranke na facebook*|facebook page|fb page|facebook group|fb group|strone na insta*|profil na fejs*|profil na fb|profil na insta*'),
    ('external_link', '', 'fanpage*|fanpejdz* ~4 na fejs*|na fb|na facebook*|on facebook|on fb'),
    ('external_link', '', 'youtube csatornam*|youtube csatornamon|youtube csatornamra|facebook oldalam*|fb oldalam*|instagram oldalam*|insta oldalam*|tiktok csatornam*|tiktok oldalam*'),
    ('external_link', '', 'odkaz|odkazy|link*|adres*|adresa|adresu|address|web*|stron*|strank*|stranku|weboldal* ~4 v popisu profilu|v popise profilu|w opisie profilu|w bio|v bio|in my bio|in bio|in the bio|in my profile description|in the profile description|a profilom leirasaban|a profilleirasban|a bioban|profilleirasomban'),
    ('external_link', '', 'adres*|adresa|adresu|address|web*|stron*|strank*|weboldal*|domen*|domain ~6 w nazwie uzytkownika|w moim nicku|w nicku|v nicku|v uzivatelskem jmen*|v pouzivatelskom men*|v mojom nicku|v mem nicku|in my username|in my user name|in my nick|is my username|a felhasznalonevem*|a nickem*; plus pl|plus cz|plus sk|plus hu|plus com|plus dot com|plus pont hu|plusz pont hu|plusz hu|a vegere pont hu|na koncu pl|na konci cz|na konci sk|at the end dot com'),
    ('external_link', '', 'zadas|zadej|zadejte|zadaj|zadajte|wpisz|wpiszcie|type|search|ird be|irja be|beirod|beirja|beirva|ird|keress ~3 muj nick*|moj nick*|moje jmeno|moje meno|moje imie|moj login|muj login|my name|my nick*|my username|a nevem|a nickem|a felhasznalonevem ~8 google*|googl*|gugl*; zadas|zadej|zadejte|zadaj|zadajte|wpisz|type|ird be|beirod ~2 do googl*|do gugl*|into google|in google|a googleba|a google be ~4 muj nick*|moj nick*|moje jmeno|moje meno|moje imie|my name|my nick*|my username|a nevem|a nickem'),
    ('prohibited_item', '', 'prosto z transportu|prosto z tira|prosto z ciezarowki|z rozladunku|spadl* z ciezarowki|spadl* z tira|spadl* z nakladaku|spadl* z kamionu|spadl* z auta|fell off the back of a lorry|fell off a lorry|fell off a truck ~8 pol ceny|polow* ceny|za pol|pol ceny|polovic*|za polovic*|half price|half the price|felaron|fel aron|bez faktur*|bez paragon*|no invoice|no receipt|bez dokladu|szamla nelkul|blokk nelkul'),
    ('prohibited_item', '', 'fell off the back of a truck|fell off the lorry|ma dostep do magazynu|ma pristup do skladu|ma pristup na sklad|ma pristup do skladu|hozzafer a raktarhoz|a raktarhoz hozzafer*|access to the warehouse|rovnou z kamionu|priamo z kamionu|egyenesen a kamionbol ~8 pol ceny|polow* ceny|za pol|pol ceny|polovic*|za polovic*|half price|half the price|felaron|fel aron|bez faktur*|bez paragon*|no invoice|no receipt|bez dokladu|szamla nelkul|blokk nelkul'),
    ('prohibited_item', '', 'bez prukazu|bez zbrojniho prukazu|bez zbrojaku|bez zbrojneho preukazu|bez zbrojneho pasu|bez preukazu|bez pozwolenia na bron|bez pozwolenia|without a licence|without a license|without licence|without license|no licence needed|no license needed|engedely nelkul|fegyvertartasi engedely nelkul ~8 devitk*|devinak*|9mm|9 mm|naboj*|napln*|pistol*|zbran*|revolver*|pisztoly*|fegyver*|gun|guns|pistol|rifle|glock*|sebeobran*|sebaobran*|samoobron*'),
    ('prohibited_item', '', 'devitk*|devinak*|9mm|pistol*|glock*|revolver*|pisztoly*|gun|pistol|rifle|zbran|zbrane|zbran* na sebeobranu|hracku na sebeobranu|hracku na sebaobranu ~8 bez prukazu|bez zbrojniho prukazu|bez zbrojaku|bez zbrojneho preukazu|bez preukazu|bez pozwolenia|without a licence|without a license|no licence needed|no license needed|engedely nelkul'),
    ('prohibited_item', '', 'ostr* verz*|ostr* wersj*|live firing|live fire|live firing version|eles valtozat*|eles verzi*|eles fegyver* ~8 airsoft*|plynov*|startov*|replik*|replica|gazpisztoly*|riaszto*|flobert*|asg'),
    ('prohibited_item', '', 'airsoft*|plynov*|startov*|replik*|replica|gazpisztoly*|riaszto*|flobert*|asg ~8 ostr* verz*|ostr* wersj*|live firing|live fire|eles valtozat*|eles verzi*|na ostre|na ostro|na eles|to fire live|to live fire'),
    ('prohibited_item', '', 'nikt nie pozna|nikt nie rozpozna|nik nespozna|nikto nespozna|nikto nepozna|nikdo nepozna|nikdo nerozpozna|nobody will know ~8 nie jest oryginal*|nie jest prawdziw*|neni prav*|neni original*|nie je prav*|nie je original*|nem eredeti|nem valodi|not real|not genuine|not original|isnt real|isnt genuine|isnt original|fake|falszyw*|podrob*|falos*|falesn*|hamis*|replik*|replica|kopi*|copy'),
    ('prohibited_item', '', 'nobody will notice|nobody will tell|no one will know|no one will notice|no one can tell|nobody can tell|senki nem veszi eszre|senki sem veszi eszre|senki nem fogja eszrevenni ~8 nie jest oryginal*|nie jest prawdziw*|neni prav*|neni original*|nie je prav*|nie je original*|nem eredeti|nem valodi|not real|not genuine|not original|isnt real|isnt genuine|isnt original|fake|falszyw*|podrob*|falos*|falesn*|hamis*|replik*|replica|kopi*|copy'),
    ('prohibited_item', '', 'talalt*|znalezion*|nalezen*|najden*|najdeny|found ~6 ezert olcso|ezert ilyen olcso|dlatego tani*|dlatego tak tani*|proto levn*|proto tak levn*|preto lacn*|preto tak lacn*|so its cheap|hence cheap|hence the price|thats why its cheap|thats why cheap|thats why the price'),
    ('prohibited_item', '', 'icloud*|apple id* ~4 zarolas*|zar|zara|lock*|blokad*|blokac*|zamek|zamk*|zamcen*|zablok* ~8 mulva|het mulva|za tydzien|za tyden|za tyzden|za par dni|za pare dni|later|pozniej|pozdeji|neskor|neskorsie|kesobb|jon elo|pops up|shows up|come up|comes up|kicks in|appears'),
    ('prohibited_item', '', 'traktorgazolaj*|traktor gazolaj*|mezogazdasagi gazolaj*|szinezett gazolaj*|szinezett diesel*|red diesel|barven* naft*|farben* naft*|obarwion* diesel*|obarwion* olej* napedow*|rolnicz* olej* napedow* ~8 liter*|litr*|litre*|per l|za l|l ert|elad*|predam|prodam|sprzedam|selling|for sale|na predaj|na prodej'),
    ('profanity', '', 'jestes|jestescie|jest pan|jest pani|pan jest|pani jest|pan chyba|pani chyba|ty ~2 uposledzon*|uposledzen*'),
    ('profanity', '', 'retardovan*|retardowan*|retarded|retardalt|retardi|retardko|ty retarde'),
    ('profanity', '', 'vagy|on|maga|a holgy|az ur|te|hogy ~3 szellemi fogyatekos*|szellemileg visszamaradott*|szellemi nyomorek*|szellemileg fogyatekos*|szellemileg serult|agyilag zokni'),
    ('profanity', 'pl', 'chamie|cham jeden|chamie jeden|ty cham|zwykl* cham*|jestes cham*|pan jest cham*|jest pan cham*|jaki cham|co za cham|ty chamie|stary cham'),
    ('profanity', 'pl', 'co za baran|co to za baran|jaki baran|ty baran|ty baranie|baran jeden|ty osle|osle jeden|co za osiol'),
    ('profanity', 'cs', 'pitomec|pitomce|pitomci|pitomcem|pitomcum|pitomcu|pitomko|ty pitom*|pitomy debil*|pitomej|pitoma kravo'),
    ('profanity', 'cs', 'posral|posrala|posralo|posrali|zasral|zasrala|zasrali|nasral|nasrala|nasrali|vysral|vysrala|posrat'),
    ('profanity', '', 'jsi ~2 svine|ty svine|ty svino|ty svina|ty svinia|obycejna svine|obycajna svina|svine jedna|svina jedna|si svina|si obycajna svina|ty svinsky'),
    ('profanity', '', 'spratku|ty spratku|ty spratek|sopliak*|soplak*|smrkac*|smrkaci|taknyos*|gowniarzu|ty gowniarzu|gowniarz jeden|smarkaczu|ty smarkaczu'),
    ('profanity', '', 'ty ~1 duta hlav*|duta tekv*|duta tykv*|duta hlavo|pusta glow*|pusta palo|zakuta palo|zakuta palko|tepa hlav*|tupa palo|tupa hlavo|tupa hlav*'),
    ('profanity', 'hu', 'szemetlad*|szemet alak|szemet diszno|mocskos diszno|mocskos allat'),
    ('profanity', 'en', 'you muppet|ya muppet|you absolute muppet|you utter muppet|you complete muppet'),
    ('profanity', '', 'imbecil*|imbecyl*|imbecile*|imbecilis*'),
]

ADDED_EXCEPTIONS = [
    ('', 'jestem|ja jestem|jsem|ja jsem|jsem ale|to jsem ale|som|ja som|som ale|to som ale|vagyok|en vagyok|im|i am|im the|im such an|im an|im a|i was an|i was the|i was such an|to ja jestem|ale ze mnie ~1 debil*|idiot*|kretyn*|kreten*|dement*|glupek|blbec|blba|blbej|hlupak|trotl*|hulye|barom|idiota|moron|muppet|dummy|eejit|numpty|pillock|plonker; hulye|idiota|barom|marha ~1 vagyok|voltam'),
    ('', 'dostojewsk*|dostojevsk*|dostoevsk*|dosztojevszkij* ~4 idiot*|idiota; idiot*|idiota ~4 dostojewsk*|dostojevsk*|dostoevsk*|dosztojevszkij*'),
    ('', 'moj frajer|mojho frajera|mojmu frajerovi|s frajerom|s mojim frajerom|pre frajera|mojim frajerom|jej frajer|tvoj frajer|tvojho frajera|muj frajer|meho frajera|pro frajera|s frajerem'),
    ('en', 'bitch|bitches ~4 spayed|entire|registered|kc|puppies|pups|litter|whelp*|in season|stud|health tested|rehom*|dam; lab|labrador|cocker|spaniel|collie|terrier|working|breeding|brood|pedigree|maiden|kc registered|retriever|shepherd ~2 bitch|bitches'),
    ('', 'nalewk*|slivovic*|slivovick*|palink*|palenk*|gin|rum|whisk*|vodk*|wodk*|tequil*|koniak*|konak*|likier*|liker* ~6 nazwa koloru|nazwa odcienia|nazwa farby|nazev odstinu|nazev barvy|nazov odtiena|nazov farby|szin* neve|szinenek a neve|arnyalat*|name of the colour|name of the color|name of the paint|paint colour|paint color|colour name|color name'),
    ('', 'rum|rumu|rumove|rumovych|rumova|rumovy|rumowy|rumowe|rumowa|rumowych|rumos ~2 aroma|aromat*|flavour*|flavor*|essence|extract|balls|truffles|gulicky|gulky|guliek|kulki|kulek|pralink*|esencj*|esszencia|aromam|esence; arom*|essence|flavour*|flavor* ~3 rum|rumu|rumow*|rumov*|rumos'),
    ('', 'nerf*|szivacs*|foam|piankow*|penov* ~6 loszer*|ammo|amunicj*|naboj*|strelivo|darts|strzalk*|sipk*'),
    ('', 'zadzwon*|zavolej*|zavolaj*|zavolajte|zavolejte|hivd fel|hivja fel|call|ring ~2 do kuriera|kurierowi|kuryrovi|kuryra|kuriera|na infolinie|do przewoznika|the courier|the driver|a futart|a futarnak|dopravce|dopravcu|prepravcu|kurierovi|na postu|na poste|a postat'),
    ('', 'numer* kont*|cislo uctu|cislo uctu|szamlaszam* ~6 w ustawieniach|v nastaveni*|v nastaveniach|a beallitasok*|in the settings|in your settings|in the account settings|in your account settings'),
    ('', 'legalne|legalni|legal|legally|legalis ~3 bez zbrojn*|bez prukazu|bez preukazu|without a licence|without a license|engedely nelkul'),
    ('pl', 'mial* chamie zloty rog|mial chamie zloty rog'),
    ('', 'nie wierze w|neverim na|neverim v|neverim na|nem hiszek|nem hiszek a|nem hiszek semmilyen|dont believe in|i dont believe in|i never believe in ~2 zadne|ziadne|zadn*|zadnou|semmilyen|any|such ~1 loteri*|loter*|sorsjatek*|lottery|lotteries|lotto|nyeremenyjatek*'),
    ('', 'jmenuje frajer|jmenuje se frajer|se jmenuje frajer|vola frajer|sa vola frajer|vola sa frajer|nazywa sie frajer|frajer se jmenuje|frajer sa vola|named frajer|called frajer'),
    ('', 'naboje do pior*|naboje do piora|naboj* do pera|naboje do pera|naplne do pera|ink cartridge*|pen cartridge*|fountain pen cartridge*|cartridges for the fountain pen|bombick* do pera|tintapatron*|toltotoll patron*'),
]

ADDED_REGEXES = [
    ('profanity', '', '\\bdo p[\\*#]{3,}(?=\\W|$)'),
    ('profanity', 'pl', '\\bja pie\\.{2,}|\\bja pierd\\.{2,}'),
]

CHANGED_PHRASES = [
    ('profanity', 'pl', 'pizd*|cipa|ciul|ciula|ciule|ciulu|ciulem|ciulowy*|kutas|kutasa|kutasy|kutasie|kutasem|dupek|dupku|dupki|debil*|kretyn*|idiot*|frajer*|gnoj*|szmato', 'pizd*|cipa|ciul|ciula|ciule|ciulu|ciulem|ciulowy*|kutas|kutasa|kutasy|kutasie|kutasem|dupek|dupku|dupki|debil*|kretyn*|idiot*|frajerze|frajerzy|frajerz*|frajerow|frajerami|frajerowi|ty frajer|frajer jeden|frajer jakis|jakis frajer|jestes frajer*|zwykly frajer|zwyklym frajer*|co za frajer|jak frajer|jak frajera|jak frajerzy|frajerem jestes|frajersk*|z ciebie frajer|z ciebie beka i frajer|frajer i|i frajer|frajerem i|frajer spadaj|frajer won|gnoj*|szmato'),
    ('prohibited_item', 'pl', 'sprzeda*|oferuj*|dorzuc*|doloz*|dodam*|dolacz*|mam ~2 alkohol*|piw*|win|wina|wino|winko|winka|trunk*', 'sprzeda*|oferuj*|dorzuc*|doloz*|dodam*|dolacz*|mam ~2 alkohol*|piwo|piwa|piwu|piwem|piwie|piw|piwach|piwami|piwko|piwka|piwkiem|piwek|piwerk*|piwsk*|win|wina|wino|winko|winka|trunk*'),
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
    for category, language, pattern in ADDED_REGEXES:
        Rule.objects.get_or_create(
            category=category, language=language, kind="regex", pattern=pattern
        )
    for category, language, old, new in CHANGED_PHRASES:
        _replace(Rule, category, language, old, new)
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
    for category, language, pattern in ADDED_REGEXES:
        Rule.objects.filter(
            category=category, language=language, kind="regex", pattern=pattern
        ).delete()
    for category, language, old, new in CHANGED_PHRASES:
        _replace(Rule, category, language, new, old)


def _replace(Rule, category, language, old, new):
    """`old` becomes `new`; where both are there (0002 loaded today's defaults), the old one
    goes."""
    rules = Rule.objects.filter(category=category, language=language, kind="phrase")
    if rules.filter(pattern=new).exists():
        rules.filter(pattern=old).delete()
    else:
        rules.filter(pattern=old).update(pattern=new)


class Migration(migrations.Migration):
    dependencies = [("message_rules", "0023_development_sets_eighteen_to_twenty")]

    operations = [migrations.RunPython(forwards, backwards)]
