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
        """Sziasztok!

Disznóvágás után maradt egy csomó házi szilvapálinkánk, apósom főzte bérfőzde nélkül, otthon. 52 fokos, szép tiszta. Literes üvegben 6000 Ft, aki 5-öt vesz, annak kolbászt is adok mellé. Foxposttal is tudom küldeni, befóliázva.

Marika""",
        """Hali!

Egyetemista vagyok, közeleg a vizsgaidőszak. Láttam, hogy tankönyveket árulsz – nincs esetleg Ritalinod vagy Concertád is? Recept nélkül kellene, legalább 30 szem, jól fizetek, akár Revoluton is.

Bence""",
        """Jó napot!

Nyáron a Balatonon árultam Ray-Ban napszemüvegeket, most maradt kb. 60 darab. Tudom, hogy kínai másolatok, de tokkal, törlőkendővel eredetiként adom el, 9 900-ért. Viszonteladóknak még olcsóbban.

Gábor""",
        """Szevasz,

autókból kiszedett katalizátorok eladók, tizenegynéhány darab. Hogy honnan, az maradjon köztünk, éjjel szedtük le őket parkolókban. Fémhulladékosnak darabja 30 ezer, neked 20-ért adom.

Józsi""",
        """Sziasztok!

Záhonyból hozok zárjegy nélküli cigarettát és dohányt, hetente egy autónyit. L&M, Marlboro, Winston, kartonja 8 500 Ft, dohány kilója 12 ezer. Nagyobb tételnél házhoz szállítom.

Lali""",
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
        """Kedves Vevő!

A kanapét nem szeretném az oldalon keresztül feladni. Inkább küldöm MPL-lel sima utánvéttel, a postásnak fizessen, úgy nem kell az oldalnak jutalékot fizetni. Csak írja meg a címét és a telefonszámát ide.

Üdvözlettel:
Szekeres Éva""",
        """Szia!

Nálam SZÉP-kártyával is lehet fizetni, ha személyesen jössz a panzióba Egerbe, csak akkor a foglalást ne itt csináld, mert a rendszer levon 15%-ot. Hívj a 0 6 3 6 - 4 1 2 - 7 7 8 9 számon.

Anikó""",
        """Helló,

a telómat elvitték a szervizbe, úgyhogy most csak Telegramon vagyok elérhető. A számom: plusz harminchat, húsz, nyolcszáztizenkettő, harmincnégy, ötvenhat. Ott küldök képet a hátizsákról, és ott fizetsz, nem itt.

Marcell""",
        """Tisztelt Érdeklődő!

Nagyobb mennyiségű csempére árajánlatot csak e-mailben tudunk adni, kérjük, a rendelését ne itt adja le, hanem írjon az ajanlat@csempe-outlet-gyor.hu címre. A fizetés díjbekérő alapján, átutalással történik.

Csempe Outlet Győr""",
        """Szia!

Ha lemondod a rendelést és közvetlenül a Gránit bankos számlámra utalsz, 4 000-rel olcsóbb lesz a robotporszívó. 12100011-17001234-00000000, a közleménybe a neved. Még aznap feladom.

Kitti""",
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
        """Sziasztok!

Arról, hogyan működik a kávéfőző, csináltam egy rövid videót a TikTokra: tiktok.com/@kavezo_anna/video/7312. Ott vannak a többi eladó cuccaim is, nézzetek be!

Anna""",
        """Jó napot!

Az átvételi pont pontos helye itt van: maps.app.goo.gl/Xk29bPq. A kapucsengőn nincs név, szóljon, amikor ideér. Egyébként a többi hirdetésem a Jófogáson is fent van, jofogas.hu/budapest/elado_kisbutor.

Béla""",
        """Tisztelt Vásárló!

A rendelés kifizetése nem sikerült. Kérjük, fizessen újra az alábbi biztonságos SimplePay felületen: simplepay-fizetes.hu-secure-pay.com/tranzakcio/8812 — 2 órán belül.

Ügyfélszolgálat""",
        """Helló!

A horgolt figurák mintáit felraktam egy Pinterest táblára: pin.it/3Hkq9xQ, ha valamelyik tetszik, szólj, és elkészítem. Megrendelni a canva-s katalógusomból is lehet: canva.site/horgolda.

Zsuzsa""",
        """Sziasztok!

A szobabicikli még megvan, de mielőtt megveszed, nézd meg a Vaterán is: vatera.hu/szobabicikli-kettler-88123.html. Ott több kép van, és ha ott veszed meg, szállítással együtt is olcsóbb.

Gyuri""",
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
        """Kedves Érdeklődő!

A balatonfüredi nyaralónk júliusban még szabad, heti 180 ezer. Mivel jelenleg Ausztriában dolgozunk, a kulcsot postán küldjük, de előtte a teljes összeget és 100 ezer kauciót át kell utalni egy osztrák számlára. Sok az érdeklődő, ma estig kell dönteni.

Üdvözlettel:
Kertész család""",
        """Gratulálunk!

Ön a MOL Törzsvásárlói Sorsolás heti nyertese, egy Suzuki Vitarát nyert! Az autó forgalomba helyezéséhez és a nyeremény után járó illetékhez 49 990 Ft-ot kell befizetnie 24 órán belül, különben a nyeremény a következő játékosé.

Nyereményosztály""",
        """Mama, én vagyok!

Új számról írok, elromlott a telefonom. Nagy bajban vagyok, autóbalesetet okoztam és most azonnal ki kell fizetnem a kárt, különben feljelentenek. Tudnál utalni 380 ezret? Ne hívj, nem tudok beszélni, csak utald, kérlek, este elmagyarázom.

A te Danid""",
        """Tisztelt Eladó!

Ön egy hirdetésében engedély nélkül használta fel ügyfelünk szerzői joggal védett fényképét. Amennyiben 5 napon belül nem fizet meg 85 000 Ft kártérítést az alábbi számlára, pert indítunk, és a költségek a többszörösére nőnek.

Dr. Vámos Ügyvédi Iroda""",
        """Szia!

Megvenném a mosógépet. Egy futárcég jön érte, a pénzt pedig a Foxpost Biztonsági Szolgálatán keresztül küldöm, 30 ezerrel többet, hogy fedezze a szállítást. Neked a többletet a futárnak kell továbbutalnod, a link a visszaigazoló e-mailben lesz.

Ernő""",
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
        """Tisztelt Felhasználó!

Az online adóbevallás ellenőrzéséhez kérjük, küldje meg az Ügyfélkapu+ felhasználónevét, jelszavát, és az authenticator alkalmazásban megjelenő kódot. A megkeresésre 24 órán belül válaszoljon.

Ügyfélszolgálat""",
        """Szia!

A panzióban SZÉP-kártyával fizetnél, ugye? Írd meg a kártyaszámot, a lejáratot és a PIN-kódot, és én lehúzom itt a terminálon, nem kell ide jönnöd hozzá.

Anikó""",
        """Szia!

A fizetést most OTP SmartBankon küldeném, de mivel még nem vagy a kedvezményezettek között, a banktól neked jön egy aktiváló kód SMS-ben. Azt írd meg nekem, beírom, és már megy is a pénz.

Tímea""",
        """Helló,

bocs a zavarásért, de véletlenül a te számodat adtam meg a Google fiókomnál, és most neked jön egy hatjegyű helyreállító kód. Légyszi küldd el, különben kizárnak a saját fiókomból.

Marci""",
        """Kedves Érdeklődő!

A kiadó lakás megtekintése előtt kérjük, küldje el a személyi igazolványa, a lakcímkártyája és az adókártyája fényképét mindkét oldalról, valamint a bankszámlaszámát a kaució visszautalásához.

Ingatlaniroda""",
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
        """Na figyelj,

a kötött pulcsit, amit két hétig csináltam, visszaküldöd, mert „nem olyan a színe”? Ott a kép a hirdetésben, te vak tyúk. Menj a francba a hülye panaszoddal, anyád picsája.

Erzsi""",
        """Te szerencsétlen barom,

a fékbetétet a hirdetés szerint Golf 4-hez adtad el, és nem jó rá. Kétszer is megkérdeztem. Egy gyökér vagy, elbaszott mindent.

Karcsi""",
        """Jó napot!

Három napig ott volt a csomag a Foxpost automatában, és nem vette ki, most visszajött, én fizethetem a költséget. Maga egy lusta szar alak, hogy a rosseb enné meg.

Ibolya""",
        """Ide figyelj, te csicska,

40 ezres babakocsira 8 ezret ajánlani nem alku, hanem röhej. Húzz a gecibe a nevetséges ajánlataiddal.

Norbi""",
        """Szia,

egész délután vártalak a Keletinél, ahogy megbeszéltük, és nem jöttél, nem is írtál. Egy f@szkalap vagy, te nyomorult. Hálás vagyok, hogy nem adtam el neked semmit.

Vera""",
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
