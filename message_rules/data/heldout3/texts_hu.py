"""Hungarian texts of held-out set 3 (hand-written, see build.py)."""

BLOCK = {
    "prohibited_item": [
        "van még abból a fűből? vinnék 5 grammot",
        "Eladó kristály, tiszta, grammja 15 ezer, diszkréten postázom borítékban.",
        "valakinek van xanax vagy rivotril recept nélkül? jól fizetek",
        "Eladó házi pálinka, 52 fokos, literje 6000 Ft, 30 liter van.",
        "Louis Vuitton táska replika 1:1, nem lehet megkülönböztetni az eredetitől.",
        "Lőszert keresek 9 mm-es pisztolyhoz, fegyvertartási engedélyem nincs, ráfizetek.",
        "Jogosítványt intézek bármilyen névre, benne van a rendszerben, 350 000 Ft.",
        "Jó napot!\n\nA hirdetésben csak a bicikli szerepel, de egy haver mondta, hogy van "
        "önnél bogyó és speed is. Hétvégére vinnék nagyobb mennyiséget, készpénzzel "
        "fizetek.\n\nKöszi",
        "van par laptopom ami kicsit lopott, ezert ilyen olcso, nincs hozza szamla",
        ("elado zo.ld, beltéri, jo minoseg, 4000 grammja", "disguised"),
        "Eladó hamis 10 000 forintos bankjegyek, automatán is átmennek.",
        "Jó napot kívánok!\n\nMárkás parfümöket kínálok töredék áron. Nem eredetiek, "
        "török másolatok, de senki nem veszi észre. 10 darab felett kedvezmény, Rolex "
        "másolat órám is van.\n\nÜdv, Kitti",
        "Veszek pisztolyt papírok nélkül, akár élesre átalakított gázpisztolyt is.",
        "Eladó szteroid és anabolikus szer vény nélkül, tabletta és injekció is.",
        "Szia, tudsz szerezni kokót szombatra? Két gramm elég.",
    ],
    "off_platform": [
        "Hívj fel a 06 30 118 4475-ös számon, gyorsabban megbeszéljük",
        "Jutalék nélkül olcsóbb, utald közvetlenül a 11773016-11111018-00000000 számlaszámra.",
        ("az emailem kovacs.bela kukac gmail pont com", "disguised"),
        "Írj WhatsAppon: +36 20 203 7741, küldök több képet.",
        ("nulla hat, harminc, egy kettő három, négy öt hat hét, hívj", "disguised"),
        "Jó napot!\n\nAzt javaslom, intézzük el az oldalon kívül, mert a jutalék túl magas "
        "nekem. Fizessen átutalással a magánszámlámra, és még ma feladom. A számlaszámot "
        "elküldöm, ha ír a nagy.eszter@freemail.hu címre.\n\nÜdvözlettel\nEszter",
        "Rendelj közvetlenül tőlem e-mailben, bolt.biciklik@citromail.hu, 10% kedvezményt adok.",
        "Telegram: @olcso_telefonok_bp, ott van az egész készlet.",
        "Mondja le itt a rendelést, és küldje közvetlenül nekem a pénzt, mindketten "
        "spórolunk a díjon.",
        ("tel: 0 6 7 0 - 3 3 4 - 1 1 9 8", "disguised"),
        "Jó napot!\n\nItt nem válaszolok rendszeresen. Inkább Signalon keressen a "
        "+36 70 908 4421 számon, küldök katalógust, és megbeszéljük a fizetést az oldalon "
        "kívül.\n\nMárta",
        "Írj messengeren, Szabó Gergő néven találsz meg, Debrecen.",
        "viber 0036 30 210 3188, itt nem nézem az üzeneteket",
        "Meg lehet oldani az oldalon kívül? Revolutra küldöd közvetlenül, díj nélkül.",
        "Jó napot, kérem, hívjon telefonon, a számom plusz harminchat, húsz, 555 12 87. "
        "A fizetést készpénzben rendezzük az oldalon kívül.",
    ],
    "external_link": [
        "Több kép itt: bit.ly/2pW9xKr",
        "A teljes kínálat a webshopunkban: www.olcso-gumi24.hu, ott olcsóbb.",
        "A kézbesítéshez fizessen ezen a linken: https://foxpost-fizetes.eu/pay/33102",
        "nezd meg az instam: instagram.com/gardrob_reka",
        "Jó napot, itt a link a pénz átvételéhez: https://jofogas-biztonsagos.online/"
        "atvetel/731 Kérem, adja meg a kártyaadatokat.",
        ("kepek a drive-on: drive.google.com/drive/folders/7hTrW", "disguised"),
        "A Vintedon is árulok, nézd meg: vinted.hu/member/77120-reka",
        ("link: tinyurl . com / magyar-posta-hu", "disguised"),
        "Jó napot!\n\nAz összes méretet sajnos nem tudom ide feltenni. A teljes kollekció "
        "a weboldalunkon van: https://www.divatruha.hu/tel-2026, 20 000 Ft felett ingyenes "
        "szállítás.\n\nDivatruha csapat",
        "itt egy videó, hogy működik: youtu.be/Hx7pQ2mLt9e",
        "Erősítse meg a szállítási címet: gls-kezbesites-hu.info/megerosit",
        "Jó napot!\n\nA webshopunkban jobbak az árak, mint itt. Nézze meg: cipobolt"
        "(pont)hu, rendeléskor írja be a KEDVEZMENY15 kódot.\n\nÜdvözlettel",
        "katalógus PDF-ben: wetransfer.com/downloads/5b2d80ce",
        "Facebook csoport a kiárusításaimmal: facebook.com/groups/bolhapiac.szeged",
        "Jó napot!\n\nAz oldalon keresztüli fizetés nem működik, kérem, használja a "
        "fizetes-kapu-hu.com/inv/6612 oldalt, és küldje el a visszaigazolást.\n\nKöszönöm",
    ],
    "scam": [
        "Gratulálunk! Ön 500 000 Ft-ot nyert, a kifizetéshez csak 4 990 Ft kezelési díjat "
        "kell befizetnie.",
        "Megveszem, a futár elviszi a csomagot, a pénzt pedig a megerősítő linkre "
        "kattintva és a kártyaadatok megadásával kapja meg.",
        "Tisztelt Uram!\n\nEgy elhunyt ügyfél ügyvédje vagyok, aki nem hagyott örököst. A "
        "számláján 4,1 millió dollár maradt. 50/50 arányú felosztást javaslok, csak a "
        "közjegyzői díjat, 120 000 Ft-ot kellene előre megfizetnie.\n\nTisztelettel\n"
        "Dr. Smith",
        "Véletlenül 80 000 Ft-tal többet utaltam, kérem, a különbözetet küldje vissza a "
        "nővérem számlájára, mielőtt feladja a csomagot.",
        "Fiókját 24 órán belül letiltjuk. Igazolja fizetési adatait 1 Ft befizetésével.",
        "a csomag fennakadt a vámon, ki kell fizetni 15 000 Ft vámot, küldd el nekem es elintézem",
        "Fektessen be kriptovalutába a robotunkkal, heti 30% nyereség garantálva.",
        "Jó napot!\n\nOtthoni munkát kínálunk: átutalások fogadása az Ön számlájára és "
        "továbbküldésük bitcoinban. 10% jutalék. Kezdésként 25 000 Ft tanfolyami díjat "
        "kell befizetni.\n\nHR osztály",
        "Már kifizettem a biztonságos szállításon keresztül, most a futár oldalán a "
        "kártyaadatok megadásával kell átvennie a pénzt, különben ma 18 órakor elvész.",
        "Külföldön vagyok, küldök egy 300 000 Ft-os csekket, a többletet küldje el a szállítónak.",
        "Az árut kifizették. A pénz fogadásához aktiválnia kell a fiókját 12 000 Ft "
        "visszatérítendő letéttel.",
        "Jó napot, a letéti szolgáltatásunkon keresztül a pénz biztonságban van. Küldje az "
        "összeget a letéti számlára, amit megadok, és az eladó feladja az árut.",
        "Jó napot!\n\nA biztonsági osztálytól írunk. Gyanús bejelentkezést észleltünk a "
        "fiókjában. Hogy ne veszítse el a pénzét, egy órán belül utalja át az egyenlegét "
        "egy biztonságos technikai számlára.\n\nFiókvédelmi csapat",
        "figyi kuldok duplat, a maradekot utald vissza a haverom revolutjara, sietek a reptérre",
        "Ön nyert egy iPhone 15-öt a hűségjátékunkban! Csak a 990 Ft postaköltséget kell "
        "kifizetnie.",
    ],
    "credentials_request": [
        "küldd el a kódot ami sms-ben jön, az a fizetés megerősítése",
        "Írja meg a kártyaszámot, a lejáratot és a CVV-t, küldöm az előleget.",
        "mi a jelszavad a fiókhoz? belépek és átírom én a címet",
        "Jó napot!\n\nA kifizetéshez szükségünk van a netbank felhasználónevére és "
        "jelszavára. Ez az eladók szokásos ellenőrzése. Kérem, válaszoljon erre az "
        "üzenetre.\n\nFizetési osztály",
        "Küldjön fotót a személyi igazolványáról mindkét oldalról ellenőrzésre, különben "
        "nem adom fel.",
        "add meg a kártya PIN kódját, rögtön rakok rá pénzt",
        "Szükségem van a kártyaszámra és a hátoldali három számjegyre a visszatérítéshez.",
        ("kuldd a c.v.c.-t meg a lejaratot hogy beleferjunk az idobe", "disguised"),
        "Tisztelt Ügyfelünk!\n\nRendszerfrissítés miatt kérjük, válaszüzenetben küldje el "
        "bankkártyája számát, lejárati dátumát és CVC kódját. Válasz hiányában fiókját "
        "letiltjuk.\n\nÜgyfélszolgálat",
        "Küldd el az OTP netbank belépési adataidat, megcsinálom helyetted az utalást.",
        "Igazolja személyazonosságát: írja be ide az SMS-ben küldött kódot.",
        "Jó napot, az adatai hiányosak. Írja meg a fiókja felhasználónevét és a "
        "telefonjára érkezett kétlépcsős azonosító kódot.",
        "Jó napot!\n\nHogy a futár kifizethesse Önnek a pénzt, szükségem van a bankkártya "
        "fotójára mindkét oldalról és egy szelfire a személyivel. Küldje ide minél "
        "előbb.\n\nKöszi",
        "ird meg a gmail jelszavad, megnézem a postafiókodban azt a számlát",
        "A visszautaláshoz feltétlenül kell a teljes kártyaszáma és a lejárati dátum.",
    ],
    "profanity": [
        "kurva mikor jön már az a csomag",
        "bazdmeg, ilyen áron?",
        "te geci, átvertél",
        ("b.a.z.d.m.e.g, megint semmi", "disguised"),
        "egy rohadt tolvaj vagy, faszfej",
        "told fel a seggedbe azt a biciklit",
        "Maga egy komplett idióta és egy kibaszott hazug.",
        ("te f*sz, hol az aru", "disguised"),
        "Jó napot!\n\nA rendelés törötten érkezett, és egy hete nem válaszol. Elegem van a "
        "posta kibaszott kifogásából, maga csomagolta újságpapírba, mint egy barom. Kérem "
        "vissza a pénzem.\n\nJózsef",
        "pofa be és küldd már, te pöcs",
        "baszódj meg a hirdetéseddel együtt",
        "ez nem telefon hanem egy szar, te kis köcsög",
        "Jó napot!\n\nEz nevetséges. Elküldtem a pénzt, és egy szétbaszott telefont kaptam. "
        "Ne csodálkozzon az értékelésen, maga egy rohadék csaló, anyád picsája.\n\nMárk",
        ("fasszopo elado, soha tobbet", "no_diacritics"),
        "Ha még egyszer írsz, szétverem a pofádat, te büdös geci.",
    ],
}

BODIES = [
    "Jó napot, megvan még a kabát?",
    "az M-es méret 38-asnak felel meg?",
    "Mennyi az ujjhossz a vállvarrástól?",
    "Kérhetnék egy fotót a címkéről?",
    "szia, engedsz az árból? 8000-et adnék",
    "Ajánlhatok 12 000 Ft-ot 15 000 helyett?",
    "Köszönöm, a rendelést kifizettem az oldalon keresztül.",
    "A csomag épségben megérkezett, minden a leírás szerint. Köszönöm!",
    "ma adod fel vagy csak hétfőn?",
    "Holnap reggel feladom Foxpost automatába.",
    "Feladtam a csomagot, a csomagszám a rendelés részleteinél található.",
    "Van karc a telefon kijelzőjén?",
    "Az akkumulátor kapacitása 87%, nem volt cserélve.",
    "Hordva volt a cipő?",
    "Igen, kétszer volt hordva, nagyon jó állapotban van.",
    "Széthúzható az asztal? Mekkora?",
    "Méretek: 120 x 80 cm, széthúzva 160 cm.",
    "koszi a gyors valaszt",
    "Szuper, megveszem. Mindjárt megrendelem a Vásárlás gombbal.",
    "Lehet személyesen átvenni Győrben?",
    "Sajnos külföldre nem küldök.",
    "A ruha sötétkék vagy fekete?",
    "A képen sötétebbnek tűnik, valójában sötétkék.",
    "Visszaküldhetem, ha nem jó rám?",
    "Igen, 14 napon belül visszaküldhető a rendelésnél lévő űrlapon.",
    "A csomag még nem jött meg, meg tudná nézni az állapotát?",
    "A nyomkövetés szerint a csomag az alsónémedi depóban van.",
    "Elnézést a késésért, beteg voltam.",
    "Nemdohányzó háztartásból vannak a könyvek?",
    "A könyvek állatmentes, nemdohányzó háztartásból vannak.",
    "mennyi a szallitas Pecsre?",
    "A szállítás 990 Ft Foxposttal vagy 1 890 Ft futárral.",
    "Két kontroller jár a konzolhoz?",
    "Egy kontroller és egy HDMI kábel van a csomagban.",
    "Köszönöm, pozitív értékelést adok.",
    "A biciklin Shimano Deore váltó van, a gumik újak.",
    "Komplett a babakocsi, mózeskosárral és sportrésszel?",
    "Félre tudná tenni péntekig? Akkor kapom a fizetésem.",
    "Nem foglalok, aki először megveszi az oldalon, azé.",
    "Hiánytalan a Lego?",
    "A készlet hiánytalan, az útmutató alapján ellenőriztem.",
    "Kérem, dobozba csomagolja, ne fóliába.",
    "Természetesen, rendesen becsomagolom dobozba és buborékfóliába.",
    "eredeti Lego vagy utángyártott?",
    "Eredeti Lego, boltban vettem, megvan a blokk.",
    "Rossz méret jött, 40-est rendeltem és 39-es érkezett.",
    "Nagyon sajnálom, kérem indítsa el a visszaküldést, a postaköltséget állom.",
    "Magyar billentyűzetes a laptop?",
    "Magyar kiosztású, a háttérvilágítás működik.",
    "Nagyjából mikorra várható a csomag?",
    "Általában 1-2 munkanap a feladástól.",
    "megvannak meg a befottes uvegek 100 Ft-ert?",
    "Még 30 darab van, egy csomagban el tudom küldeni.",
    "Keretezve van a kép?",
    "Fakeret, üveg nélkül.",
    "A rendelést kérésére töröltem, a pénz néhány napon belül visszakerül.",
    "Vízálló a kabát?",
    "Softshell, a gyenge esőt bírja.",
    "Egy gyártási tételből vannak a csempék?",
    "3,5 m2 maradt egy tételből, a szín ugyanaz.",
    "Mosógépben mosható?",
    "Csak kézi mosás 30 fokon.",
    "Nagyon köszönöm, a lányom el van ragadtatva!",
    "Milyen típusú a kávéfőző?",
    "DeLonghi Magnifica S, múlt hónapban vízkőtelenítettem.",
    "jo napot szeles labfejre jo a cipo?",
    "Inkább normál szélességű, széles lábra szűk lehet.",
    "Feltöltöttem még képeket a hirdetés galériájába.",
    "Van isofix talp a gyerekülésnél?",
    "Talp nélküli, biztonsági övvel rögzíthető.",
    "Be tudná tenni a csomagba a másik hirdetésben lévő sapkát is?",
    "Persze, összevonom egy rendelésbe, kérem, vegye meg mindkettőt.",
    "ok koszi, akkor varok",
    "Semmi gond, szép napot!",
    "32-es hosszúságú a nadrág?",
    "A belső szárhossz 81 cm.",
    "Idei gyártású a gumi?",
    "Színesben nyomtat a nyomtató?",
    "Igen, a patronok kb. félig vannak.",
    "Megjött a csomag, de hiányzik a töltő, ami a leírásban szerepelt.",
    "Igaza van, elfelejtettem. A töltőt külön elküldöm a saját költségemen.",
    "at lehet venni szombaton tiz utan?",
    "Gyönyörű darab, kár, hogy kicsi. Sok sikert az eladáshoz!",
    "Ez az utolsó darab?",
    "Több termék vásárlásakor az ár alkudható.",
    "Egy csomagba teszem a nadrággal, így olcsóbb lesz a szállítás.",
    "Elnézést, de a termék már elkelt.",
    "Mekkora az ágy, 90-es vagy 140-es?",
    "A matrac nem tartozék, csak az ágykeret.",
    "tudnal kuldeni kepet a talparol?",
]

HARD = [
    "A futár kézbesítés előtt felhívja, kérem, legyen Önnél a telefon.",
    "Az automatából az SMS-ben kapott kóddal tudja átvenni, amit a Foxpost küld.",
    "Soha senkinek ne adja meg a jelszavát vagy az SMS-kódot, akkor sem, ha "
    "ügyfélszolgálatnak mondja magát.",
    "Fizetés csak az oldalon keresztül, így mindkettőnknek biztonságosabb.",
    "A nyomkövetési linket a rendelés visszaigazoló e-mailjében találja.",
    "Nem tudok belépni a fiókomba az oldalon, ezért válaszolok későn.",
    "Megváltoztattam a jelszavam, és már működik, látom a rendelést az előzményekben.",
    "Konyhai késkészlet, 6 darabos, a pengék hibátlanok.",
    "Borospoharak, 6 darab, üresen eladók :)",
    "Ez az ár bomba, azonnal viszem!",
    "Damilos fűkasza, hibátlanul működik.",
    "A visszatérítést az oldalon keresztül elindítottam, 3 napon belül meg kell jönnie.",
    "Fizethetek kártyával közvetlenül az oldalon? Nincs netbankom.",
    "Igen, a kosárban van kártyás fizetés és azonnali átutalás is.",
    "Rendelésszám: 2026-11-48213, kérem, nézze meg.",
    "Ár: 15 990 Ft, tok és edzett üveg is jár hozzá.",
    "Megjött az SMS az átvételi kóddal, a csomag nálam van, köszönöm.",
    "Vigyázzon a csalókkal, akik linkkel írnak 'biztonságos szállításról', az nem én vagyok.",
    "Az oldalról megjött a pénz, köszönöm a gyors fizetést.",
    "A GLS futár hívott, de nem voltam otthon, holnapra tették át a kézbesítést.",
    "Kérem, ne küldjön pénzt senkinek az oldalon kívül, én csak az itteni fizetést használom.",
    "Pálinkás kupicák, 12 darabos készlet, csiszolt üveg, üresek.",
    "Póló 'Killer Queen' felirattal, eredeti zenekari merch.",
    "Biztosítva van a csomag elvesztés esetére?",
    "Fizettem, de az alkalmazásban 'fizetésre vár' állapotot látok. Mi a teendő?",
    "Kérem, jelezze az oldal ügyfélszolgálatának a panaszűrlapon, ők megoldják.",
    "Könyv: 'Bűn és bűnhődés', 1987-es kiadás.",
    "'Call of Duty' játék PS5-re, a lemez karcmentes.",
    "Eladó kenyérvágó kés és bárd, rozsdamentes acél.",
    "Benne van a szállítás az árban?",
    "Magyar Postával adtam fel ajánlott csomagként, a nyomkövetés a rendelésnél van.",
    "Furcsa üzenetet kaptam valakitől, aki a kártyaszámomat kéri. Jelentettem.",
    "A router wifi jelszava az alján lévő matricán van, gyári beállításra állítva.",
    "Likőrös üvegből készült lámpa, üres, LED izzóval működik.",
    "Az ár alkuképes, de csak az oldal 'Ajánlatot teszek' funkcióján keresztül.",
    "Utánvétes fizetés elérhető a szállítási opcióknál az oldalon.",
    "Kérem, adja meg a rendelésnél a telefonszámát a futárnak, anélkül a GLS nem veszi át.",
    "A feladóvevény fotóját feltöltöttem a rendeléshez.",
    "Arra a kártyára jön vissza a pénz, amivel fizettem?",
    "Vízipisztoly gyerekeknek, 2 darab, új.",
    "Az áru megfelel a leírásnak, az eladót ajánlom.",
    "15 000 Ft-ért viszem, ha elfogadja az ajánlatot az oldalon.",
    "A koncertjegyek PDF fájlként vannak a rendelésben.",
    "Philips szakállvágó, működik, új vágófejjel.",
    "Bekapcsoltam a kétlépcsős azonosítást, így már senki nem tud belépni a fiókomba.",
    "Házi fasírt receptkönyv és egy csirkeszárny-sütő tál, újszerű állapotban.",
    "Ez a kabát bomba jó, nagyon meleg.",
]

GREETINGS = [
    "Jó napot!",
    "Üdvözlöm!",
    "Szia!",
    "szia",
    "Jo napot",
    "Kedves Hölgyem!",
    "Jó estét!",
    "Szép napot kívánok!",
]

SIGNOFFS = [
    "Üdvözlettel",
    "Szép napot!\nAnna",
    "Tisztelettel\nKovács Péter",
    "Köszönöm, üdv",
    "koszi",
    "Minden jót!\nKata",
    "Előre is köszönöm,\nTamás",
]

QUOTE_INTRO = "2026. 12. 03. 14:12 időpontban az eladó ezt írta:"

LONG_LETTERS = {
    "prohibited_item": [
        "Szia!\n\nA táplálékkiegészítős hirdetésed miatt írok. Valami erősebb kellene az "
        "edzéshez, egy haverom mondta, hogy tudsz szerezni tesztoszteront és clenbuterolt "
        "vény nélkül. Egy 8 hetes kúrát vinnék, kifizetem, amennyi kell, csak a csomag "
        "legyen diszkrét.\n\nKösz, Bence",
        "Jó napot!\n\nA nagykereskedésünkben Rolex és Omega órák vannak, legjobb minőségű "
        "másolatok, gravírozással és papírokkal, mint a szalonban. A vevő nem tudja "
        "megkülönböztetni az eredetitől. 5 darab rendelése esetén 40 000 Ft darabja. "
        "Hamis eredetiségigazolást is tudok csinálni.\n\nÜdvözlettel\nNagyker",
    ],
    "off_platform": [
        "Kedves Hölgyem!\n\nLátom, érdekli a babakocsi. Az oldal jutalékot számol fel, "
        "ezért egyszerűbbet javaslok: utalja az árat a számlámra, HU42 1177 3016 1111 "
        "1018 0000 0000, és még ma feladom futárral. A visszaigazolást kérem SMS-ben a "
        "06 30 220 1357-es számra.\n\nÜdvözlettel\nKarolina",
        "Csá!\n\nMielőtt itt megveszed, írj nekem privátban, jobb ajánlatom van. Keress "
        "Telegramon, @bence_elektronika a nevem. Van még három ilyen fülhallgatóm, és az "
        "oldal jutaléka nélkül adok rá árat.\n\nCsá",
    ],
    "external_link": [
        "Jó napot!\n\nKöszönöm a vásárlást. Hogy gyorsabban feladhassam, kérem, erősítse "
        "meg a címét és fizesse ki a csomagbiztosítást a szállító oldalán: "
        "https://foxpost-biztositas.hu-atvetel.net/form?id=33910. Enélkül az automata nem "
        "fogadja a csomagot.\n\nÜdvözlettel\nAz eladó",
        "Üdvözlöm!\n\nEz a modell itt már nincs meg, de a weboldalamon, a "
        "www.biciklik-marcitol.hu címen még ott van az egész sorozat, feketében is. Kérem, "
        "a weboldalon lévő űrlapon rendeljen, 24 órán belül postázok.\n\nMárton",
    ],
    "scam": [
        "Jó napot!\n\nEgy kereskedelmi hajó kapitánya vagyok, jelenleg a tengeren, ezért "
        "nem tudom személyesen átvenni a terméket. Az ügynököm 400 000 Ft-ot utal, ami "
        "több mint az ár. A 250 000 Ft különbözetet kérem, küldje el Western Unionnal "
        "az ügynöknek, aki elviszi az árut. Sürgős.\n\nCaptain Robert",
        "Tisztelt Felhasználó!\n\nTranzakcióját a biztonsági osztály felfüggesztette. A "
        "kifizetés feloldásához 2 órán belül be kell fizetnie egy 14 990 Ft-os "
        "visszatérítendő ellenőrzési díjat. Ezt követően a vevő pénze elvész, a fiókja "
        "pedig véglegesen törlődik.\n\nTranzakció-ellenőrzési osztály",
    ],
    "credentials_request": [
        "Szia!\n\nFizetnék, de nem megy a kártyám. Csináljuk így: kapsz egy SMS-t a "
        "bankodtól egy megerősítő kóddal, azt írd be ide nekem, és azzal kifizetem a "
        "rendelést, neked meg átadáskor visszaadom készpénzben. Gyorsan légyszi, a kód "
        "csak pár percig érvényes.\n\nKöszi",
        "Jó napot!\n\nRendszerünk szerint nem erősítette meg a kifizetési adatait. Kérem, "
        "válaszoljon a bankja nevével, a netbank felhasználónevével és jelszavával, "
        "valamint az adóazonosító jelével. Az ellenőrzés után a pénzt automatikusan "
        "jóváírjuk.\n\nKifizetési csapat",
    ],
    "profanity": [
        "Figyelj!\n\n43-as cipőt rendeltem tőled, 41-es jött, és még büdös is. Harmadszor "
        "írok, és semmi. Nem eladó vagy, hanem egy nagy fasz. Add vissza a pénzem, vagy "
        "mindenhol leírom, mit csinálsz, te rohadt geci csaló.\n\nÁdám",
        "Jó napot!\n\nPróbáltam kedves lenni, de most már nem megy. Hétfőre ígérte a "
        "feladást, és péntek van. Mozgassa már meg a lusta seggét, és adja fel azt a "
        "kurva csomagot, elegem van ebből a szaros cirkuszból.\n\nMónika",
    ],
}
