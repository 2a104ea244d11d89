# ruff: noqa: E501
"""Hungarian messages for held-out set 12 (written directly in Hungarian, own scenarios)."""

BLOCK = {
    "prohibited_item": [
        "van meg fuved? 3 grammot vinnek pentekre",
        "Házi pálinka eladó, szilva és körte, 50 fokos, literje 6000 Ft",
        "a fehérje mellé tudok adni nandrolont is, recept nem kell",
        "Xanax kellene, van valakinek? receptem nincs, fizetek jól",
        "Gucci öv, replika, de eredetiként hirdetem, dobozzal, senki nem veszi észre",
        "Zárjegy nélküli cigi Ukrajnából, karton 9000 Ft",
        "Pisztoly eladó engedély nélkül, lőszerrel együtt",
        "kristály és spuri, Budapest VIII. ker, csak személyesen",
        "Lopott roller, azért ilyen olcsó, papír nincs hozzá",
        "Feltört Fortnite fiókok eladók, az eredeti tulaj nem tudja visszaszerezni",
        "Vodka nagy tételben, zárjegy nélkül, 30 üveg",
        "Bogyó van, 10 db 20k, hétvégére",
        "f ű  eladó, jó minőség, Debrecen",
        "Saját pincémből árulom a bort, Egri Bikavér 2021, 10 palack 25 000",
        "Rivotril és Frontin recept nélkül, diszkrét csomagolás",
        """Szia Bálint!

A szőlőprést nézném meg szombaton. Apropó, múltkor mondtad, hogy a nagyapád főzi a törkölyt a pincében – abból nem adnál el 10 litert? Literje mehet 5000-ért, lakodalomra kell, és nem akarok boltit.

Üdv, Kristóf""",
        """Jó estét!

A vérnyomásmérő mellé érdekelne, hogy van-e még abból a fogyasztószerből, amit a barátnőm öntől vett – az Ozempic tollból. Vényem nincs rá, de két tollat elvinnék, akár dupla áron is.

Köszönöm,
Edina""",
        """Hali!

Van nálam egy adag Pandora és Swarovski ékszer, kínai másolat, de a dobozon hologram is van. Eredetiként teszem fel, „ajándékba kaptam, nem hordtam” szöveggel. Ha kell, adok belőle a bolhapiacra is.

Fanni""",
        """Szevasz,

a haverom a szerszámáruházban dolgozik, és hetente „eltűnik” pár Makita és DeWalt gép a raktárból. Most van három akkus fúrógép, 15 ezer darabja, blokk nincs, érted. Átadás a parkolóban.

Tibi""",
        """Kedves Érdeklődő!

Fegyvertartási engedély nélkül is tudok szerezni gáz-riasztó átalakított pisztolyt, éles lőszerrel működik. Nincs nyilvántartva, szám lereszelve. Csak személyes átadás Nyíregyházán.

Köszönöm""",
    ],
    "off_platform": [
        "hívj a 06 30 123 4567-en, megbeszéljük jutalék nélkül",
        "ne vedd meg az oldalon, utald a számlámra, 2000-rel olcsóbb",
        "írj whatsappon, plusz harminchat, húsz, háromszázegy, negyvenöt, hatvanhét",
        "az emailem: kata.elado kukac freemail pont hu",
        "Mondd le a rendelést és fizess revoluttal, még ma küldöm",
        "Inkább készpénz átvételkor Győrben, ne kapja meg az oldal a jutalékot",
        "telegramon vagyok: @olcso_telefonok_hu",
        "Számlaszám: 11773016-01234567-00000000, utalás után postázom",
        "tel: 0 6 - 7 0 - 9 8 7 - 6 5 4 3, este hívj",
        "Vegye meg közvetlenül tőlem, adok számlát, itt ne fizessen",
        "signal: hetvenes, kilencszáztizenegy, kettőkettő, hármas hármas",
        "rendelést emailben kérem: butor.elado(kukac)gmail(pont)com",
        "Itt nem adom el, keress Facebookon, Tóth Gergő Szeged",
        "add meg a számod, felhívlak és megbeszéljük készpénzben",
        "viberen írj, a szám a profilképem alatt van, csak +36-tal",
        """Szia Zsuzsi!

A gyerekbiciklit szívesen odaadom, de ne a kosáron keresztül, az oldal elviszi a pénz egy részét. Dobd át Revolutra a 18 ezret a @zsofi.kovacs névre, és hétfőn már viszem is a postára. Úgyis ismerjük egymást a suliból.

Puszi, Zsófi""",
        """Jó napot!

A fűnyíró ügyében írok. Nem vagyok nagy írogatós, inkább hívjon fel: hat-harminc, négyszáz-huszonkettő, tizenegy-ötvenöt. Megbeszéljük, mikor jön érte, és kézbe adja a pénzt, az oldalt nem kell ebbe belekeverni.

Tisztelettel:
Horváth József""",
        """Csá!

Van még vagy 40 póló ilyen mintával, de ide nem rakom fel őket. Írj nekem Instán, @polo_print_bp, ott küldök katalógust, és átutalással fizetsz. Ezt a rendelést nyugodtan mondd le.

Ricsi""",
        """Tisztelt Vevő!

A rendszer nem engedi elküldeni a számlát. Kérjük, mondja le a rendelést, és küldje el közvetlenül a rendeles (kukac) kezimuhely (pont) hu címre. A fizetést banki átutalással rendezzük, a szállítás ugyanolyan gyors.

Kézműhely Kft.""",
        """Szia,

látom, te is debreceni vagy. Mi lenne, ha az oldal nélkül intéznénk? Találkozzunk a Fórumnál, odaadod a 60 ezret készpénzben, én meg a konzolt a játékokkal. Írj Messengeren, Kiss Ádám Debrecen néven találsz.

Ádám""",
    ],
    "external_link": [
        "tobb kep itt: bit.ly/babakocsi-kepek",
        "Olcsóbban megvan a webshopomban: www.alkatresz-bolt.hu",
        "nézd meg a videót: youtube.com/watch?v=Hu7yR2x",
        "A reklamációt töltsd ki a reklamacio-vevo.eu oldalon, különben nem fizetek vissza",
        "a jófogáson olcsóbb, jofogas pont hu per hirdetes",
        "fizess ezen a linken: https://gyors-fizetes.com/hu/77812",
        "csatlakozz: t.me/akciok_elektronika_hu",
        "insta: instagram.com/ruhatar.reka",
        "nézz be a sajatbolt . hu / akcio oldalra, van kupon",
        "Feltételek: tinyurl.com/nyeremeny-hu-2026",
        "vinted.hu/member/33012-anna, ott van még sok minden",
        "értékelések rólam: arukereso.hu/bolt/sajat-bolt",
        "rendelést ezen az űrlapon: forms.gle/RendelesHU",
        "árlista: docs.google.com/spreadsheets/d/1Hu_arlista",
        "a vaterán is fent van, vatera pont hu, felhasználó: gabor_elado",
        """Jó napot!

A szekrény összeszerelési útmutatója és méretei itt vannak PDF-ben: mega.nz/file/Hu9x2k#szekreny. A teljes bútorkínálatunk pedig a weboldalunkon: asztalosmuhely-szabo pont hu.

Szabó Asztalosműhely""",
        """Szia!

A LEGO dobozok képei túl nagyok a chathez, ezért feltöltöttem őket ide: imgur.com/a/LegoEladoHU. Ott van az összes készlet, amit árulok, válassz nyugodtan.

Máté""",
        """Tisztelt Ügyfelünk!

Csomagja a kézbesítési cím megerősítésére vár. Kérjük, 24 órán belül erősítse meg a kezbesites-megerosites.hu-info.net oldalon, különben a csomag visszakerül a feladóhoz.

Kézbesítési szolgálat""",
        """Helló!

Van egy Viber közösségünk, ahol jutalék nélkül adunk-veszünk Pokémon kártyákat: invite.viber.com/?g2=AQBkartyakHU. Vasárnaponként licit is van.

Bálint""",
        """Jó napot!

A fülhallgatókról részletes tesztet írtam a blogomra: hangtesztek.wordpress.com, van benne összehasonlítás is és egy link a webshopomra, ahol 5000 forinttal olcsóbb.

Dorina""",
    ],
    "scam": [
        "Már fizettem, nézd a banki képernyőfotót, küldd még ma",
        "A futár vámot kér, 1290 Ft, az ő linkjükön kell kifizetni",
        "Véletlenül 50 000-rel többet utaltam, küldd vissza a különbözetet a magánszámlámra",
        "Fiókját felfüggesztjük, a feloldáshoz fizessen 990 Ft ellenőrzési díjat",
        "Ahhoz, hogy megkapd a vételárat, előbb 12 000 Ft tranzakciós biztosítást kell fizetned",
        "Cégem AI kereskedésbe fektet, havi 40% hozam garantált",
        "Ha holnapig nem fizet 100 000-et, bíróság és rendőrség lesz belőle",
        "Megvannak a meztelen képeid, küldj 200 ezret vagy elküldöm a családodnak",
        "A csomagot nem tudtuk kézbesíteni, újrakézbesítési díj 490 Ft, különben visszaküldjük",
        "drágám, orvos vagyok Szíriában, 800 ezer kell a repülőjegyre, dupláját adom vissza",
        "A fizetés a letéti ügynöknél vár, a feloldáshoz fizesd be a 27% áfát",
        "Gratulálunk, nyert egy iPhone 16-ot! Csak a 990 Ft postaköltséget kell kifizetni",
        "A biztonsági osztálytól írok, a pénze veszélyben van, utalja át egy biztonságos számlára",
        "a futárom elviszi, de előbb regisztrációs díjat kell fizetned náluk",
        "A pénzt 'biztonságos átadással' küldtem, erősítsd meg egy 100 Ft-os aktiváló utalással",
        """Tisztelt Eladó!

A vevő kifizette a 45 000 Ft-ot a Biztonságos Fizetés szolgáltatáson keresztül. Az összeg jóváírásához azonban először hitelesítenie kell a kártyáját egy 9 900 Ft-os visszatérítendő díjjal az alábbi felületen. A határidő ma 20:00.

Fizetési osztály""",
        """Drága Mariann!

Tudom, még csak egy hónapja beszélünk, de úgy érzem, mintha egész életemben ismertelek volna. Amerikai katonaorvos vagyok Afganisztánban, és a szabadságom engedélyéhez 600 000 Ft kell. Amint hazaérek, visszaadom, és végre találkozunk.

A te Johnod""",
        """Kedves Ügyfelünk!

HU5512 számú csomagja nem kézbesíthető elégtelen bérmentesítés miatt. A 690 Ft-os pótdíjat 12 órán belül fizesse meg kártyával, különben a csomag visszamegy és 5 000 Ft tárolási díjat számolunk fel.

Magyar Posta – ügyfélszolgálat""",
        """Tisztelt Eladó!

Nyilvántartásunk szerint bevallás nélkül értékesített az oldalon. A NAV 120 000 Ft bírságot szabott ki. Ha 3 napon belül nem utalja át, végrehajtót küldünk, és zároljuk bankszámláját.

NAV – ellenőrzési főosztály""",
        """Szia!

Próbáltad már a Kriptobot Pro-t? Szeptemberben betettem 50 ezret, most 420 ezer van a számlámon. A bot magától kereskedik, heti 15% garantált. Ha rajtam keresztül regisztrálsz, bónuszt kapsz, de legalább 40 ezret be kell tenned.

Levente""",
    ],
    "credentials_request": [
        "írd meg a jelszavad, belépek és átírom a címet",
        "milyen kódot kaptál SMS-ben? kell a visszautaláshoz",
        "küldd a kártyaszámot és a CVV-t, odautalom a pénzt",
        "kell a kártya lejárati dátuma és a hátoldali három szám",
        "küldj fotót a személyidről mindkét oldalról ellenőrzésre",
        "írd meg a személyi igazolvány számát és az adóazonosítót a szerződéshez",
        "mi a netbank azonosítód? megnézem, megjött-e a pénz",
        "add meg a j e l s z ó t az emailedhez, oda küldöm a számlát",
        "küldd el a Google Authenticator kódot, azt a hat számot",
        "mondd meg a kártya PIN kódját, a futárnak kell",
        "küldd a számlaszámot és a netbankos belépési adatokat, utalok helyetted",
        "írd meg a helyreállító kódokat a fiókodhoz",
        "kell a kártyaszámod, tizenhat számjegy",
        "küldd a megerősítő kódot, amit most kaptál, gyorsan",
        "mi a jelszavad itt az oldalon? megnézem a rendelést",
        """Jó napot!

A bankja biztonsági osztályáról keresem. Gyanús fizetést látunk a számlájáról ezen az oldalon. A leállításához szükségünk van az ügyfélazonosítójára, a netbank jelszavára és a most érkező SMS-kódra.

Biztonsági osztály""",
        """Szia!

A babakocsit viszem, csak a pénzküldéshez kell a személyi igazolványod száma, a születési dátumod és a TAJ-számod. Utána azonnal megy a pénz.

Nóra""",
        """Jó napot!

Visszautalnám a hibás fülhallgató árát, de a bankom hibát jelez. Elküldené a netbankos felhasználónevét és jelszavát? Közvetlenül az ön oldalán indítanám a visszautalást, az a leggyorsabb.

Bence""",
        """Szia!

Az app azt írja, hogy meg kell erősítenem az email címedet. Küldd el a leveleződ jelszavát, csak belépek és rányomok a megerősítésre, mást nem csinálok.

Lili""",
        """Tisztelt Vevő!

Az autó adásvételi szerződéséhez kérjük a személyi igazolvány mindkét oldalának másolatát, a lakcímkártyát és annak a bankkártyának a fényképét elöl-hátul, amelyről fizetni fog.

Autószalon Kft.""",
    ],
    "profanity": [
        "menj a picsába ezzel az árral",
        "te hülye barom, törötten jött a csomag",
        "b a s z d  m e g, meddig várjak még",
        "egy szaros csaló vagy",
        "Maga egy komplett idióta, egy bögrét sem tud becsomagolni",
        "kurva anyád, ilyen eladót",
        "húzz el a faszba, tolvaj",
        "te agyhalott, harmadszor kérdezem ugyanazt",
        "bazmeeeeeg hol a csomagom",
        "fogd be a pofád és add vissza a pénzt",
        "te g3c1, egy hete nem válaszolsz",
        "kibaszott csaló, negatív értékelést kapsz",
        "maga egy ribanc, nem eladó",
        "f-a-s-z-f-e-j",
        "te seggfej, két számmal kisebb a cipő",
        """Jó napot!

Gyerekülést rendeltem, törötten jött, használati útmutató nélkül. Maga tényleg egy komplett idióta, hogy ilyet árul. A kurva életbe, egy gyerek biztonságáról van szó, te barom.

Tamás""",
        """Te hülye tehén,

megírtam, hogy szombatra kell a ruha az esküvőre. Hétfőn jött, és más színben. Dugd fel a seggedbe, kérem vissza a pénzem.

Judit""",
        """Figyelj, te balfasz,

a fűnyíró nem indul, és még te írod, hogy az én hibám. Egy geci tolvaj vagy. Add vissza a 40 ezret, különben úgy értékellek, hogy soha többé nem adsz el semmit.

Pista""",
        """Jó napot!

Köszönöm szépen a semmit. Három hét után írja, hogy nincs raktáron. Ezt nem tudta rögtön megírni, maga agyhalott? Leszarom az ilyen boltot.

Lajos""",
        """Csá,

te szarházi, ne írd már mindig ugyanazt a kifogást. Az óra nem megy, a szíj elszakadt. Egy rohadt csaló és egy k-u-r-v-a-n-y-a-d vagy, vége.

Patrik""",
    ],
}

ORDINARY = [
    "Jó napot, megvan még a babakocsi?",
    "Odaadná 15 000-ért? Azonnal megveszem az oldalon.",
    "A csomagot Foxposttal küldtem, a nyitókódot a Foxpost küldi SMS-ben.",
    "Megjött az SMS a csomagautomata kódjával, már nálam a csomag, köszönöm!",
    "Kérem, csak a Vásárlás gombbal fizessen, oldalon kívüli utalást nem fogadok el.",
    "Valaki a chatben SMS-kódot kért tőlem, jelentettem az ügyfélszolgálatnak.",
    "Soha senkinek ne adja meg a jelszavát vagy az SMS-kódot, akkor sem, ha azt mondja, ügyfélszolgálatos.",
    "Az MPL futár a rendelésben megadott számon fogja hívni.",
    "A visszatérítést az oldalon keresztül intézem, ugyanúgy kapja vissza, ahogy fizetett.",
    "Mekkora ez az asztal? 60 cm alatti kellene.",
    "Borospoharak eladók, 6 darab, kristály.",
    "Kenderkötél 10 m, vastag, hintához.",
    "Levendulás fürdőbomba, 5 darabos szett.",
    "Gyilkos ár, ennél olcsóbban sehol nem találod :)",
    "Konyhai késkészlet tartóval, rozsdamentes, új.",
    "Oldalon kívül nem fizetek, kérem, rendesen hirdesse meg.",
    "Átvehetem személyesen Szegeden úgy, hogy az oldalon fizetek?",
    "Foxposttal vagy MPL-lel küldi? Inkább Foxpost.",
    "Hány ciklusos az akkumulátor?",
    "A 7721-5590 számú rendelés még nem jött meg, megnézné az állapotát?",
    "A GLS nyomkövető link nem működik, megadná a csomagszámot?",
    "A csomag a gyáli depóban ragadt, írtam a GLS ügyfélszolgálatának.",
    "Az MPL ügyfélszolgálata azt mondta, holnap jön.",
    "Elnézést a késésért, beteg voltam, ma feladom.",
    "A kabát M-es, de inkább S-re jó, 68 cm hosszú.",
    "Eredeti a töltő? A képen más logót látok.",
    "Igen, eredeti, van blokkom a MediaMarktból, beteszem mellé.",
    "A doboz gyűrött volt, de a termék rendben van.",
    "Kicsi a cipő, visszaküldhetem az oldalon lévő űrlappal?",
    "Visszaküldés elfogadva, a pénzt utalom, amint megjön a csomag.",
    "Mennyi a postaköltség két darabra?",
    "Adok mellé ingyen töltőt, ha a tokot is elviszi.",
    "Átment a fizetés, köszönöm, várom a csomagszámot.",
    "A vevő üzenetét, aki a kártyaszámomat kérte, csalásként jelentettem.",
    "Vigyázat, valaki futárnak adja ki magát és pótdíjas linkeket küld, ne kattintsanak.",
    "A bordó ruha nagyon jól néz ki, van M-ben is?",
    "Szárított shiitake gomba, 200 g.",
    "Jó a sisak 58 cm-es fejkörfogatra?",
    "A számlát kiállítottam, a rendelés részleteinél van.",
    "Hétfőn adom fel, hétvégén zárva a posta.",
    "Küldene képet a címkéről? Az anyagösszetételt nézném.",
    "Rossz címet adtam meg, módosítható még erre: Fő utca 12, 6720 Szeged?",
    "A címet módosítottam a rendelésben.",
    "Ismeretlen számokat nem veszek fel, inkább itt írok.",
    "2016 óta van itt fiókom, az értékelések a profilon vannak.",
    "Ütvefúrós ez a gép? Betonhoz kellene.",
    "Két darabnál engedek, rendelés az oldalon keresztül.",
    "Köszönöm a gyors feladást, ajánlom mindenkinek!",
    "Sajnos 20 000 alá nem tudok menni.",
    "Mit szól 18 000-hez, és a postát én fizetem?",
    "Hibátlan állapot, kétszer használt, 2027-ig garanciás.",
    "A reklamációt a súgóközpontban adtam be, ügyszám 55123.",
    "Van a dobozban HDMI kábel?",
    "Visszament a csomag, nem értem oda időben, bocsánat. Az újraküldést az oldalon fizetem.",
    "Inkább DPD, van csomagpont a közelemben.",
    "Be tudná csomagolni ajándéknak? Szombaton van a névnap.",
    "Nem tudok belépni az oldalra, már írtam az ügyfélszolgálatnak.",
    "Az a furcsa SMS után jelszót cseréltem, semmit nem adtam meg.",
    "Egy másik hirdető átutalást kért, nemet mondtam és jelentettem.",
    "Kártyával vettem az oldalon, minden rendben ment.",
    "Ennek a fülhallgatónak gyilkos basszusa van, tényleg ajánlom.",
    "Kémiai kísérletező készlet gyerekeknek, 8 éves kortól.",
    "Mikor adja fel nagyjából? Péntekre kellene.",
    "Feladva! Nyomkövetés: https://www.foxpost.hu/csomagkovetes/?code=CLFOX0012345678",
    "A futár a hó miatt késik ma.",
    "Mennyi idő a visszatérítés az oldalon?",
    "Tudtommal 5 munkanap.",
    "A termék nem egyezik a leírással, vitát nyitok a súgóközpontban.",
    "Értem, elnézést, természetesen visszautalom a teljes összeget.",
    "Kerti slag 25 m, a végén repedt, ezért olcsóbb.",
    "Összeszerelve érkezik az asztal?",
    "Mennyi a csomag súlya?",
    "Kérem, a Budapest Allee Foxpost automatába küldje.",
    "Írja meg a rendelésszámot, megnézem.",
    "Rendelésszám: 2026/11/4431.",
    "Kaptam egy emailt, hogy fizessek rá a csomagra, ez adathalászat, ugye?",
    "Igen, ez csalás, az oldal sosem kér emailben pótdíjat.",
    "Átadás Pécsen, fizetés előre az oldalon.",
    "Holnap reggel feladom, ma már zárva a posta.",
    "Megvan ez a modell sötétkékben is?",
    "A könyvek nagyon jó állapotúak, egynek behajlott a sarka.",
    "Bocsi, elírtam a leírásban, 38-as a méret.",
    "Viszem, azonnal fizetek az oldalon.",
    "Munka után, hat körül átveszem.",
    "A futár telefonált, egy óra múlva itt lesz, szuper.",
    "Revolutom nincs, rendesen fizetek az oldalon.",
    "Jelentettem a felhasználót, aki a telefonszámomat kérte.",
    "Macskajáték, toll a pálcán.",
    "Fém vagy műanyag a ház?",
    "Köszönöm a vásárlást, örülnék egy értékelésnek!",
    "Pozitív értékelést adtam, minden szuper.",
    "Eredeti a parfüm? A képen nem látom a gyártási számot.",
    "Igen, eredeti a Douglasból, a gyártási szám az alján van.",
    "Hal alakú sörnyitó, sárgaréz.",
    "Söröskorsó Dreher logóval, használatlan.",
    "Tudna céges számlát adni adószámmal?",
    "A csomag a Foxpost automatában van, a nyitókódot az appban találja.",
    "Lehet az oldal fizetési felületén Google Pay-jel fizetni?",
    "4,9-es értékelésem van 250 eladásból.",
    "Szeretném megkérdezni, hogy a Pick Pack Pont is jó?",
]
