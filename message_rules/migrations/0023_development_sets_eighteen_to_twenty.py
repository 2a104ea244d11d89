"""What held-out sets 18, 19 and 20, each read as a development set after its one measurement
(session 18), and five more authors' clean lines (corpora ak-ao) showed the rules missed or
blocked wrongly.

Set 18: a disabled parking card offered for resale, grams of "that grass", a streaming
account sold, a seller account sold with its password; a refund "after entering your card
details" or on a refund page, remote-access apps for a refund, a romance that needs help
with a plane ticket, a fee to change the parcel locker or a parcel that "will be disposed
of"; a passport scan, a wallet's recovery phrase in Hungarian; "add me on fb", "add meg az
insta-d", "neither of us pays the site"; a link with a space for its dot ("twitch
tv/garaz_marka"). Exceptions: never installing a remote-access app, card details not
needed for a refund, pico de gallo and the Raspberry Pi Pico, a cognac colour, PayPal or
Revolut at the site's checkout or in the basket, a forgotten PIN, a whisky tin (and an
empty one in Hungarian), glasses "for" a spirit, "the terms of the site", a Slovak
"frajerka". The English "off ~2 the site" rule no longer reads "of 10 through the site"
as "off the site" (the skeleton folds "off" to "of"): "off" must stand right before what
it leaves.

Set 19: bikes whose frames are "not reported yet", stolen goods "nobody is looking for",
animals caught in the wild or smuggled, a forged vaccination card, fuel from the company
tank; a shop on Etsy to search for, an address in the profile picture, ordering through
"our website", a QR code into the writer's shop; "text me", "let's use Vinted", paying
directly to the writer's account; pets "free to a good home" but for the shipping,
goods "from a liquidation, bank transfer only", a refund that needs the card entered;
an eID or BankID login, a banking app's notification to approve, a number-porting code;
"čůzo", "boil your head". Exceptions: Revolut through the checkout, a call through the
app, "frajer jsi", shot glasses ("poldecáky") for a spirit.
Set 20: "głupi jak but", "ty pieronie", "hulvát", "hloupá jak tágo", "menjen a francba",
"bunkó", "go to hell", "bawbag", "wee fud"; a fake "described
as the original" that "nobody will notice", a sawn-off shotgun ("obrzyn"), green diesel
from the tractor, a locked iPhone and how to bypass the lock, an Insta account with its
followers; "Mosz whatsappa? Dej mi tyn numer", a Discord nick; a giveaway that wants a fee,
a test payment, a scanned passport. Exceptions: "zajebista" (praise), "call me — just
kidding", a call through the site's app, "so-called couriers", a Pico starter kit (the
bare Czech curse stays in its rule: 29 offences among the training lines are written so).
Earlier development sets' misses, as kinds: stolen goods "kradenej, proto za pět" (the
stolen-and-cheap rule takes any form of "kradený" and "za/len/jen"), goods "lifted from a
depot" or taken "from the warehouse", accounts "from a leak", an account whose login is
sent after payment, untaxed pálinka and tobacco, a fake "described as the original",
crystals "víš čeho", "kokos columbie"; a Facebook group or a YouTube video to search for; a
Discord handle; "let's do Gumtree", "I don't trust the checkout"; a transfer that "will
show in 3 working days, post today"; "wsadź sobie w dupę", "pajacu".
Databases loaded by 0002 get them; fresh ones have them from the defaults.
"""

from django.db import migrations

ADDED_PHRASES = [
    ('prohibited_item', '', 'legitymacj* niepelnosprawn*|parkovaci preukaz*|parkovaci prukaz*|parkolokartya*|mozgaskorlatozott* parkolo*|disabled parking*|blue badge* ~8 odsprzeda*|sprzedam|sprzedaje|na sprzedaz|na predaj|predam|predavam|na prodej|prodam|prodavam|elado|eladom|arulom|for sale|selling'),
    ('prohibited_item', '', 'na predaj|predam|predavam|na prodej|prodam|prodavam|sprzedam|odsprzedam|eladom|arulom|selling|for sale ~3 legitymacj* niepelnosprawn*|karte parkingow*|parkovaci preukaz*|parkovaci prukaz*|parkolokartya*|mozgaskorlatozott* parkolo*|disabled parking*|blue badge*'),
    ('prohibited_item', '', 'gram|gramy|gramov|gramu|gramow|gramik* ~2 travy|travky|travicky|trawy|trawki|weedu|weed|fuvet|fuvbol'),
    ('prohibited_item', 'hu', 'eladom|elado|arulom|arulok ~4 netflix|hbo|max|disney|spotify|streaming|premium ~2 fiok*'),
    ('prohibited_item', 'en', 'selling|sell|for sale ~2 my seller account|seller account|my account|my shop account|my store account ~8 password|login|reviews|feedback|ratings'),
    ('scam', '', 'zwrot*|vraceni|vratenie|refund* ~8 po wpisaniu|po podaniu|po zadani|after entering|after you enter|once you enter|by entering ~2 dane karty|danych karty|udaju karty|udajov karty|your card details|card details; visszaterites* ~4 kartyaadat* ~1 megadasa utan|megadasaval|megadasat kovetoen; dane karty|danych karty|udaju karty|udajov karty|kartyaadat*|card details ~8 stron* zwrot*|strance vraceni|stranke vratenia|visszateritesi oldal*|refund page|refund form|formularz* zwrot*'),
    ('scam', '', 'anydesk*|teamviewer*|rustdesk*|quicksupport ~8 bank*|netbank*|bankowos*|bankovnictv*|zwrot*|refund*|visszater*|vraceni|vratenie|platb*|payment|fizetes*; zainstaluj*|zainstalowac|nainstaluj*|nainstalovat|nainstalujte|telepits*|telepitse|telepitsd|install the|download the|stiahnite|stahnete|pobierz ~3 anydesk*|teamviewer*|rustdesk*|quicksupport'),
    ('scam', '', 'pomocy finansow*|pomoc finansow*|financni pomoc*|financnu pomoc|anyagi segitseg*|financial help|help with the plane ticket|help with a plane ticket|help with the flight|help with my flight ~6 bilet*|letenk*|plane ticket*|flight*|repulojegy*|przyleciec|prilet*|pricestov*|see you|come to you|hozzad; na bilet|na letenku|for the ticket|for a ticket|for the flight|a repulojegyre ~6 do ciebie|za tebou|k tobe|ku tebe|to see you|come see you|to come to you|hozzad|meglatogass*|odwiedzic'),
    ('scam', '', 'pay|zaplac*|doplac*|oplac*|zaplat*|doplat*|uhrad*|fizet*|fizess* ~4 to change the locker|to change locker|to change the parcel locker|za zmiane paczkomatu|za zmian* paczkomat*|za zmenu boxu|za zmenu z boxu|za zmenu schranky|a csomagautomata modositas*; paczk*|przesylk*|parcel*|package*|zasilk*|balik*|csomag* ~6 zostanie zutylizowan*|will be disposed|be disposed of|bude zlikvidovan*|bude znicen*|megsemmisit*'),
    ('credentials_request', 'pl', 'skan|skanu|skany|skanem|zeskanuj* ~4 paszport*|dowod* osobist*|prawa jazdy|prawo jazdy'),
    ('credentials_request', 'hu', 'helyreallito kifejezes*|helyreallitasi kifejezes*|helyreallito szav*|helyreallitasi szav*|tarca jelszav*|a tarca kulcs*'),
    ('off_platform', '', 'pridej si me|pridaj si ma|dodaj mnie|dodaj mie|jelolj be|add me ~2 na fb|na facebook*|na face|na insta*|na ig|on fb|on facebook|on insta*|facebookon|fb n|instan'),
    ('off_platform', 'en', 'neither of us pays|neither of us pay|neither of us has to pay|nobody pays ~2 the site|the platform|the site fee*|the platform fee*|commission'),
    ('off_platform', 'hu', 'add meg|adja meg|kuldd el|kuldje el ~2 instad|insta d|instagramod*|facebookod*|fb d|fbd'),
    ('prohibited_item', '', 'ramy|rama|ramie|frame|frames|frame number*|vyrobni cisl*|vyrobne cisl*|vazszam* ~4 nie zgloszon*|jeszcze nie zgloszon*|not reported*|nenahlasen*|este nenahlasen*|meg nincs bejelentve|nincs bejelentve'),
    ('prohibited_item', '', 'kraden*|kradnut*|kradzion*|stolen|lopott ~6 nikdo nehleda|nikto nehlada|nikt nie szuka|nikt tego nie szuka|nobody is looking|nobody will look|nobodys looking|senki nem keresi'),
    ('prohibited_item', '', 'zlapan* w naturze|zlapan* na wolnosci|odlowion* z natury|caught from the wild|caught in the wild|odchycen* v prirode|chycen* v prirode|chyten* v prirode|odchyten* v prirode|vadon befogott|termeszetbol befogott|feszekbol szedtem|from the nest|z gniazda|z hnizda|z hniezda|przemycon*|propasovan*|csempeszett|smuggled'),
    ('prohibited_item', '', 'falesn*|falosn*|falszyw*|podrobion*|fake|hamis ~3 ockovaci*|ockovac*|szczepien*|vaccination*|oltasi* ~2 prukaz*|preukaz*|ksiazeczk*|paszport*|card*|igazolvany*|konyv*; falszyw*|podrobion*|falesn*|falosn*|fake|hamis ~2 ksiazeczk*|prukaz*|preukaz*|paszport*|passport* ~1 szczepien*|ockovaci|ockovani|vaccination*'),
    ('prohibited_item', '', 'naft*|diesel|paliw*|benzin*|benzyn*|gazolaj*|uzemanyag* ~3 firemn* cistern*|firemn* nadrz*|firmow* cystern*|firmow* zbiornik*|company tank|company truck*|work truck*|ceges tartaly*|ceges kut*'),
    ('external_link', '', 'znajdziesz|najdes|najdete|find|megtalalsz|keresd|keress|szukaj*|search|hledej*|hladaj* ~3 na etsy|on etsy|etsyn|na ebay*|on ebay|ebayen|na amazon*|on amazon; etsy*|etsyn ~8 szukaj*|search*|keresd|keress*|hledej*|hladaj*|look up|look for|find'),
    ('external_link', '', 'google|googlujte|googluj|wygoogluj|guglizd|guglizz ~5 and order|and buy|a objednej*|a objednaj*|i zamow*|es rendel*; adres*|address|cim* ~4 v profilovce|v profilovke|na profilowym|w profilowym|in my profile pic*|in the profile pic*|on my profile pic*|a profilkepen|profilkepemen'),
    ('external_link', '', 'objednejte|objednajte|objednej|objednaj|zamow*|order|rendel* ~3 pres nas web|cez nas web|przez nasza strone|przez nasz sklep|off our own website|off our website|from our website|on our website|through our website|a weboldalunkon|weboldalunkrol'),
    ('external_link', '', 'naskenuj*|zeskanuj*|oskenuj*|scan|szkenneld ~3 qr ~8 obchod*|shop*|store|bolt*|presmeruj*|przekieruj*|redirect*|atiranyit*'),
    ('off_platform', '', 'napiste mi|napis mi|napisz mi|napiszcie mi|text me|kuldj|irj ~1 sms*|smsku|smsko|smskou|esemes*|a text'),
    ('off_platform', '', 'lets use|lets do|lets do it on|lets move to|przejdzmy na|zrobmy to na|prejdeme na|presunme sa na|menjunk at ~1 vinted|olx|ebay|gumtree|jofogas*|bazos*|sbazar*|allegro|facebook marketplace|fb marketplace'),
    ('off_platform', 'hu', 'kozvetlenul a szamlamra|kozvetlen a szamlamra|egyenesen a szamlamra'),
    ('scam', 'hu', 'elore utal* ~6 kuldom|kuldjuk'),
    ('scam', '', 'free to good home|free to a good home|za darmo w dobre rece|zadarmo do dobrych ruk|zdarma do dobrych rukou|ingyen elviheto ~8 shipping|transport*|dopravu|doprava|wysylk*|przesylk*|szallitas*|postovne|postage|delivery|kamerun*|cameroon'),
    ('scam', '', 'liquidation|likwidacj*|likvidac*|felszamolas*|csodtomeg* ~8 transfer only|przelew* tylko|tylko przelew*|jen prevod*|iba prevod*|csak utalas*|only bank transfer|bank transfer only'),
    ('scam', '', 'zwrot*|vratenie|vraceni|visszaterites*|refund* ~8 wpisz kart*|wpisz dane|vyplnte kartu|vypln kartu|vyplnte udaje|zadejte kartu|adja meg a kartyat|add meg a kartyat|enter your card|enter the card'),
    ('credentials_request', '', 'vase|tvoje|twoje|your ~2 prihlasenie|prihlaseni|login*|logowanie|belepes* ~2 do eid|k eid|eid|bankid|do bankid|ugyfelkapu*|do profilu zaufanego'),
    ('credentials_request', '', 'hagyja jova|hagyd jova ~4 banki app*|bankapp*|appban|alkalmazasban|ertesites*; potwierdz|potwierdzcie ~4 w aplikacji bank*|powiadomien*; potvrd|potvrdte ~4 v bankovni aplikaci|v bankovej aplikacii|notifikac*; approve|confirm ~4 in your banking app|in your bank app|the notification in your bank*'),
    ('credentials_request', '', 'szamhordozasi kod*|porting code|kod przeniesienia numeru|kod do przeniesienia numeru|kod pro prenos cisla|kod pre prenos cisla|pac code ~6 tovabbitsd|kuldd|add meg|send|forward|przeslij|wyslij|podaj|posli|preposli|napis; tovabbitsd|kuldd|add meg|send me|forward me|przeslij|wyslij|podaj|posli|preposli ~4 szamhordozasi kod*|porting code|kod przeniesienia*|kod pro prenos*|kod pre prenos*|pac code'),
    ('profanity', 'cs', 'ty cuzo|cuzo blba|blba cuzo|cuza blba|stara cuza|ty cuza'),
    ('profanity', 'en', 'away and bile yer heid|bile yer heid|boil yer heid|boil your head|ya fanny|you fanny|ya numpty|you numpty|ya dafty|ya walloper'),
    ('prohibited_item', '', 'lifted from a|lifted them from|bolt cutters did|fell off a lorry|fell off the back of a lorry|off the back of a lorry|five finger discount|raktarbol hoztuk|raktarbol hoztam'),
    ('prohibited_item', '', 'konta|konto|kont|ucty|uctu|ucet|accounts|account|fiok* ~6 z wycieku|from a leak|from a breach|z uniku dat|kiszivargott*|leaked'),
    ('prohibited_item', '', 'ucet|uctu|konto|fiok*|account ~6 prihlasovacie udaje|prihlasovaci udaje|dane logowania|dane do logowania|login details|belepesi adat* ~3 poslem|posle|posilam|wysle|wysylam|send|kuldom ~3 po zaplateni|po zaplaceni|po zaplacie|po wplacie|after payment|fizetes utan|utalas utan'),
    ('prohibited_item', 'hu', 'adomentes*|adozatlan* ~6 palink*|barackpalink*|szilvapalink*|kortepalink*|hazipalink*|dohany*|cigi*|cigaret*|szivar*|vizipipa*; palink*|barackpalink*|szilvapalink*|kortepalink*|hazipalink*|dohany*|cigi*|cigaret*|szivar*|vizipipa* ~6 adomentes*|adozatlan*'),
    ('prohibited_item', '', 'podrobk*|replik*|fake|kopia|kopie|masolat* ~8 napisal* ze oryginal|w opisie oryginal|napisalam ze oryginal|as original in the listing|eredetinek irtam'),
    ('prohibited_item', '', 'krystal*|krysztal*|kristaly*|crystals ~4 vis ceho|vies coho|wiesz czego|you know what|tudod mit'),
    ('prohibited_item', 'cs', 'kokos ~2 columbie|kolumbie|z kolumbie|rozvoz'),
    ('external_link', '', 'vyhladaj*|hladaj*|hledej*|najdi*|keress ra|keresd|look up|search for|szukaj* ~5 na facebooku|na fb|facebookon|on facebook|on fb|na youtube|na youtubu|youtubeon|on youtube|na yt ~3 skupin*|grup*|csoport*|group|profil*|vid|video|channel|kanal*|csatorn*'),
    ('off_platform', 'en', 'dont trust the checkout|dont trust checkout|do not trust the checkout|dont trust the site|dont trust the platform'),
    ('scam', 'en', 'show in|go through in|clear in ~3 working days ~6 post today|ship today|send today|post it today'),
    ('profanity', 'pl', 'w dupe wsadzic|w dupe wsadz|wsadz sobie w dupe|wsadzic w dupe|pajacu'),
    ('profanity', 'pl', 'glupi jak but|glupia jak but|glupie jak but|glupi jak stolowe nogi|ty pieronie|gupi pieronie|glupi pieronie|pieronie jeden'),
    ('profanity', '', 'hloup* jak tago|blb* jak tago|hlup* ako tago|hulvat|hulvate|hulvati|at vas trefi slak|at te trefi slak|nech vas porazi|nech ta porazi|jste zlodej|ste zlodej|jsi zlodej|si zlodej'),
    ('profanity', 'hu', 'buta mint a fold|hulye mint a fold|buta mint a tok|kozonseges bunko|te bunko|maga bunko|egy bunko|vigye el az ordog|vigyen el az ordog|menjen a francba|menj a francba|baszki'),
    ('profanity', 'en', 'common thug|you can go to hell|go to hell|bawbag|daft bawbag|wee fud|ya fud|ye fud|thievin wee'),
    ('prohibited_item', '', 'nie oryginal|nie jest oryginalem|not original|nem eredeti|neni original|nie je original ~8 pisze ze oryginal|napisze ze oryginal|napisalem ze oryginal|nikt nie rozpozna|nikdo nepozna|nikto nespozna|senki nem veszi eszre|nobody will notice|nobody can tell; w ogloszeniu pisze ze oryginal|w opisie pisze ze oryginal|v inzeratu pisu ze original|v inzerate pisem ze original'),
    ('prohibited_item', '', 'obrzyn|obrzyna|obrzynem|obrzyny|obrzynka|sawn off|sawed off|upilovanou brokovnic*|upilovana brokovnic*|upilovanu brokovnic*|levagott csovu'),
    ('prohibited_item', '', 'zelen* naft*|naft* z traktor*|naftak z traktoru|naftak z traktora'),
    ('prohibited_item', '', 'icloud*|zarva|locked|zablokovan*|zablokowan* ~8 megkerul*|bypass*|obejit*|obejsc*|obist*|obchadz*'),
    ('prohibited_item', '', 'selling|sprzedam|predam|prodam|eladom|elado ~3 insta account*|insta konto|insta ucet|insta fiok*|insta page; insta|tiktok|ig ~1 account*|konto|ucet|fiok* ~4 followers|obserwuj*|sledujic*|kovet*'),
    ('off_platform', 'pl', 'mosz whatsap*|mosz telegram*|mosz viber*|dej mi tyn numer|dej mi numer|daj mi tyn numer'),
    ('scam', '', 'megnyerted|nyertel|wygrales|wygralas|vyhral jsi|vyhral si|vyhrala jsi|you won|youve won ~3 giveaway*|konkurs*|soutez*|sutaz*|nyeremeny*|losowani*|prize|nagrod* ~8 fizess|fizetned|zaplac*|zaplat*|pay|uhrad*|dij*|oplat*|poplat*|fee'),
    ('scam', '', 'probautalas*|probautal*|proba utalas*|testovaci platb*|testovaci prevod*|przelew* testow*|testow* przelew*|make a test payment|send a test payment|small test payment|test payment of|test transfer of|1 forintos'),
    ('credentials_request', '', 'utlevel*|szemelyi*|jogositvany* ~3 szkennelt|masolat*|szkennel*'),
]

ADDED_EXCEPTIONS = [
    ('', 'never|dont|do not|nie|nigdy|ne|soha|nikdy|nikomu|senkinek|neinstal*|nestahuj*|nestiahn* ~1 anydesk*|teamviewer*|rustdesk*|quicksupport; never|dont|do not|nie|nigdy|ne|soha|nikdy ~0 zainstaluj*|instaluj*|install*|telepits*|telepitsen|stahuj*|stiahn*|pobieraj*|download* ~1 anydesk*|teamviewer*|rustdesk*|quicksupport'),
    ('', 'never|dont|do not|nie|nigdy|ne|soha|nem kell|nepodavejte|nezadavejte|nezadavajte ~1 enter|type|give|share|podawaj*|wpisuj*|wpisz|podac|wpisac|zadavejte|zadavajte|zadejte|zadajte|uvadejte|add meg|adj meg|adjon meg|megadni ~2 dane karty|danych karty|udaje karty|udaju karty|udajov karty|kartyaadat*|card details'),
    ('', 'nem kell|nincs szukseg|not needed|no need for|nie potrzeba|netreba|neni potreba ~2 kartyaadat*|card details|danych karty|dane karty|udaje karty|udaju karty|udajov karty; kartyaadat*|card details ~2 nem kell|not needed|nincs szukseg'),
    ('', 'frajerk*|prodejce frajer|predajca frajer|prodavac frajer|prodavajuci frajer'),
    ('', 'kolor*|kolorze|barv*|farb*|odstin*|odtien* ~1 koniak*|konak*; koniakow*|konakov*|konakova|konakove|konakovy|cognac colour*|cognac color*|cognac leather'),
    ('', 'paypal*|revolut*|apple pay|google pay ~3 w kasie|na kasie|w koszyku|na stronie|v pokladne|v pokladni|na pokladne|na pokladni|pri pokladni|pri pokladne|v kosiku|na strance|na stranke|a penztarban|a kasszaban|a kasszanal|a penztarnal|a kosarban|az oldalon|at checkout|at the checkout|checkout|in the basket|in the cart|on the site'),
    ('', 'w kasie|przy kasie|w koszyku|v kosiku|pri pokladni|pri pokladne|na pokladni|v pokladni|a kosarban|a penztarban|a penztarnal|a kasszaban|a kasszanal|at checkout|at the checkout ~3 paypal*|revolut*'),
    ('hu', 'visszaigazolo ~1 emailben|e mailben|email*|e mail*'),
    ('hu', 'ures ~2 whisky|whiskey|gin|rum|vodka|palinka*|palinkas ~1 doboz*|femdoboz*|palack*|uveg*'),
    ('', 'szklank*|kieliszk*|sklenic*|sklenk*|pohar*|pohark*|glasses|glass|tumbler*|kupic* ~1 do|na|for|a ~1 ginu|gin|whisk*|wodk*|vodk*|rum*|tequil*|likier*|liker*|koniak*|konak*|brandy|slivovic*|borovick*|palink*'),
    ('', 'nepamatuju si|nepamatam si|nepamatuji si|zapomnialem|zapomnialam|nie pamietam|forgot|forgotten|dont remember|elfelejtettem|nem emlekszem ~2 pin*'),
    ('en', 'whisky tin*|whiskey tin*|gin tin*'),
    ('en', 'terms of|rules of|part of|use of|policy of|owner of|help of|support of|checkout of|section of|page of|name of|version of|side of|top of|bottom of|front of ~1 the site|the platform|the marketplace'),
    ('', 'revolut*|paypal* ~3 przy zakupie|przez checkout|w checkout*|pres pokladnu|cez pokladnu|v pokladne|penztaraban|via checkout|through checkout|through the checkout'),
    ('', 'przez checkout|pres checkout|cez checkout|via checkout|through checkout|through the checkout ~2 revolut*|paypal*'),
    ('', 'zavolam vam|zavolam ti|zavolame vam|ring me|call me ~3 hovor v aplikaci|hovor v appce|hovor v appke|hovor v aplikacii|through the app|via the app|in the app'),
    ('', 'frajer jsi|jsi frajer|jsi ale frajer|frajer si|si frajer|si ale frajer'),
    ('', 'poldecak* ~1 na|do|for|a ~1 slivovic*|borovick*|vodk*|palenk*|whisk*|rum|tequil*|palink*|wodk*'),
    ('pl', 'zajebist*|zajebiscie'),
    ('', 'pi pico|raspberry pico|pico w|pico 2|pico de gallo|pico starter*|pico kit*|pico kezdo*|sadu s pico|sadou s pico|sada s pico|s pico a|pico a senzor*|pico and sensor*|pico with sensor*|pico board*|pico mikrokontroler*|pico microcontroller*'),
    ('', 'zadzwon do mnie|call me|zavolej mi|zavolaj mi|hivj fel ~8 zartuje|just kidding|kidding|delam si srandu|robim si srandu|csak viccelek'),
    ('', 'zavolam vam|zavolam ti|zavolame vam|ring me|call me ~6 pres aplikaci portalu|cez aplikaciu portalu|through the sites app|in the sites app'),
    ('en', 'so called'),
]

ADDED_REGEXES = [
    ('external_link', '', '\\b(?:twitch|youtube|tiktok|instagram|facebook|kick|discord|patreon|onlyfans|linktr) ?(?:tv|com|gg|ee|pl|cz|sk|hu) ?/ ?[a-z0-9_.\\-]{3,}'),
    ('off_platform', '', '\\bdiscord(?:on|ra|u|zie)?\\s*[:\\-,]?\\s*(?:nick(?:em|om)?\\s*[:\\-]?\\s*)?@?(?=[a-z0-9_.]{4,})[a-z0-9.]*[_\\d][a-z0-9_.]*'),
]

CHANGED_PHRASES = [
    (
        'prohibited_item',
        '',
        'kradzion*|kradeny|kradena|kradene|kradnut*|ukradnut*|ukraden*|lopott|lopottak|stolen|nicked ~4 dlatego|proto|preto|ezert|hence|thats why|so ~3 tanio|tani|tania|tanie|levne|levny|levna|lacno|lacny|lacne|olcso*|cheap|price|cena|cenu|ara',
        'kradzion*|kraden*|kradnut*|ukradnut*|ukraden*|lopott|lopottak|stolen|nicked ~4 dlatego|proto|preto|ezert|hence|thats why|so ~3 tanio|tani|tania|tanie|levne|levny|levna|lacno|lacny|lacne|olcso*|cheap|price|cena|cenu|ara|za|len|jen',
    ),
    (
        'off_platform',
        'en',
        'outside|off|bypass*|avoid*|without|skip* ~2 alegro|the platform|the site|platform fee*|the marketplace',
        'outside|bypass*|avoid*|without|skip* ~2 alegro|the platform|the site|platform fee*|the marketplace; off the platform|off the site|off the marketplace|off alegro|off platform|off site',
    ),
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
    dependencies = [("message_rules", "0022_development_set_seventeen")]

    operations = [migrations.RunPython(forwards, backwards)]
