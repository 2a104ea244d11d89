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
        """Jó napot!

A horgászbotok miatt írok, de egy haverom azt mondta, hogy önnél mást is lehet kapni. Kellene kb. 5 gramm fű és pár bogyó egy születésnapi bulira, az ár nem számít. Tudnánk találkozni szombaton a Margit-szigeten?

Köszönöm, Bence""",
        """Szia!

Van egy csomó Nike és Adidas cipőm Törökországból, replikák, de a doboz, a címke, minden olyan, mint az eredeti. Eredetiként árulom őket, eddig senki nem reklamált. Ha továbbadnád, 20 párnál darabja 8000 Ft.

Viki""",
        """Jó napot!

Eladó egy vadászpuska és egy kispuska. Fegyvertartási engedélyt nem kérek, a fegyverek nincsenek sehol nyilvántartva, lőszert is adok mellé. Átadás személyesen Kecskemét környékén.

Laci""",
        """Helló!

Van egy tétel iPhone 15, teljesen újak. Egy kamionból „estek le“, úgyhogy nincs számla és garancia sincs. Ha elviszel ötöt, darabját 120 ezerért adom. Kérdés nélkül.

Robi""",
        """Tisztelt Vásárló!

Saját főzésű házi pálinkát árusítunk, barack, szilva, birs, mind saját gyümölcsből. Fél liter 5500 Ft, 6 üveg felett kedvezmény. Gyümölcslének becsomagolva küldjük futárral, senki nem fogja tudni, mi van benne.

Üdvözlettel:
Varga család""",
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
        """Jó napot!

Köszönöm, hogy érdeklődik a babakocsi iránt. Mivel az oldal magas jutalékot von le, azt javaslom, ne a Vásárlás gombbal vegye meg, hanem utalja a pénzt közvetlenül az OTP-s számlámra. Így 3000 Ft-tal olcsóbban adom. A számlaszámot SMS-ben küldöm, írjon a 06 20 555 1234-re.

Üdvözlettel:
Erika""",
        """Szia!

Innen nehéz írni telefonról, késnek az üzenetek. Írj inkább viberen vagy whatsappon a nulla hat harminc, hétszázhetvenhét, nyolcvannyolc, kilencvenkilenc számra. Ott küldök videót a motorról, és megbeszéljük a fizetést, nem az oldalon keresztül.

Dani""",
        """Jó napot!

A téli gumikból van még két garnitúra, de ide nem teszem fel a jutalék miatt. Ha lemondja ezt a rendelést, közvetlenül eladom – vagy készpénz átvételkor Miskolcon, vagy banki átutalás. Írjon emailt a gumi.miskolc@citromail.hu címre.

Feri""",
        """Kedves Vevő!

Idős vagyok, és nem igazán értek ehhez a rendszerhez. Inkább hívjon fel, a számom plusz 36, 1, 234, 5678, és megbeszéljük. Postai csekken fizessen közvetlenül nekem, ne ezen az oldalon, úgy mindkettőnknek egyszerűbb.

Ilonka néni""",
        """Csá!

Tudom, hogy a szabályok tiltják, de ha közvetlenül tőlem veszed, adok mellé egy második akksit ingyen. Küldj 45 000-et a HU42 1177 3016 1111 1018 0000 0000 számlára, a közleménybe írd a neved. Ha megjött, Foxposttal küldöm, és itt lemondjuk a rendelést.

Marci""",
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

Köszönöm a kérdést a menyasszonyi ruhával kapcsolatban. Több képet és a csipke részleteit feltöltöttem a saját oldalamra: www.eskuvoi-ruha-noemi.hu/elado. Ott vannak a méretek is, mert ide nem lehet feltölteni. Ha tetszik, ott közvetlenül megrendelheti.

Noémi""",
        """Szia!

Itt a teljes lista a könyvekről, amiket árulok: https://docs.google.com/document/d/1xyzHU_konyvek. Válassz, és küldd el az űrlapon: forms.gle/KonyvRendeles. Gyorsabb, mint itt.

Kinga""",
        """Tisztelt Vevő!

A visszatérítés gyorsítása érdekében kérjük, kattintson az ellenőrző linkre: hu-visszaterites-fizetes.com/ellenorzes, és adja meg a rendelésszámot. A rendszer ezután automatikusan utalja az összeget.

Ügyfélszolgálat""",
        """Helló!

Ez a modell már nincs itt, de fent van a Facebook csoportomban: facebook.com/groups/bicikli.piac.hu. Ott rakom fel az új darabokat is, és olcsóbbak. Lépj be.

Zoli""",
        """Jó napot!

Kérem, nézze meg az óra eredetiségi tanúsítványát itt: dropbox.com/s/k2p9/tanusitvany.pdf, és a szerkezet működéséről egy videót: vimeo.com/88123456. Ha minden rendben, jelezzen.

Üdvözlettel:
Attila""",
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
        """Tisztelt Uram!

Dr. Samuel Okoro vagyok, egy nigériai bank igazgatója. Számlánkon 12 millió dollár fekszik egy elhunyt külföldi ügyfél után, akinek nincsenek örökösei. Megbízható partnert keresek, aki fogadná az összeget, és cserébe megkapja a 35%-át. Először 1200 eurós átutalási tanúsítvány díjat kell rendezni.

Tisztelettel:
Dr. Samuel Okoro""",
        """Jó napot!

Érdekel az autója. Jelenleg egy olajfúrótornyon dolgozom, nem tudok személyesen menni, ezért 4,5 milliót utalok 3,5 helyett. A különbözetet, 1 milliót, küldje el Western Unionnal a szállítómnak, aki elviszi az autót. Várom visszajelzését.

Mr. Kevin Smith""",
        """Tisztelt Ügyfelünk!

HU77120 számú küldeménye a vámhivatalban várakozik. A kiadáshoz 1 490 Ft vámot és áfát kell befizetnie 48 órán belül. Ennek elmaradása esetén a küldeményt megsemmisítjük, és eljárás indul Ön ellen.

Vámhivatal – küldeményosztály""",
        """Szia!

Tavaly még a csőd szélén voltam, most havi 2 milliót keresek kriptóval. A mentorom neked is segít – csak 100 ezret kell befizetni a platformjára, és két hét múlva 1 millió lesz belőle, garantáltan. Az ajánlat csak ma él.

Dóra""",
        """Jó napot!

Hibás laptopot adott el nekem. Ha péntekig nem küld vissza 250 ezret plusz 150 ezer kártérítést, nyilvánosságra hozom a nevét, a címét és a fényképeit minden csoportban, és feljelentést teszek. Az ügyvédem már készíti a keresetet.

Norbert""",
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
        """Tisztelt Vevő!

A visszatérítés befejezéséhez a következő adatokra van szükségünk: teljes kártyaszám, lejárati dátum és a kártya hátoldalán található CVC kód. Az adatokat kizárólag a jóváírásra használjuk, utána töröljük.

Pénzügyi osztály""",
        """Jó napot!

Szeretném megvenni a babakocsit, de a bankom nem enged utalni ellenőrizetlen személynek. Kérem, küldjön fényképet a személyi igazolványáról mindkét oldalról, és egy szelfit az igazolvánnyal. Ez szokásos eljárás.

Köszönöm, Ádám""",
        """Szia!

Nem megy a fizetés, úgyhogy csináljuk így: lépj be a netbankba, és ha jön a megerősítő kód, írd meg ide. Én beírom nálam, és átmegy a fizetés. A kód csak pár percig érvényes.

Tamás""",
        """Jó napot!

Az oldal ügyfélszolgálatától keresem. Külföldi bejelentkezési kísérletet észleltünk. A fiók védelme érdekében kérjük, küldje el email címét, jelszavát és az SMS-ben érkező kódot. Ne zárja be a chatet.

Támogatás""",
        """Csá!

Hogy el tudjam küldeni a kauciót a lakásra, kellenek a belépési adataid az OTP netbankhoz, én beírom és jóváhagyom. Mást nem csinálok, megígérem. Ha jön valami kód, azt is küldd el.

Gergő""",
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

Már negyedszer írok ugyanazért. Két hete rendeltem kabátot, kifizettem, és még mindig nem küldött semmit, nem is válaszol. Egy rohadt szemétláda és egy kibaszott csaló maga. Ha holnapig nincs csomagszám, vitát nyitok.

Péter""",
        """Jó napot!

Ma megjött a ruha, és le vagyok döbbenve. Koszos, lyukas és cigarettaszagú. Te hülye picsa, tényleg azt hitted, hogy nem veszem észre? Szaros csaló. Kérem vissza a pénzem.

Krisztina""",
        """Csá!

Komolyan? Kérdeztem, hogy törött-e a kijelző, azt mondtad, nem. Repedten jött. Egy hazug fasz vagy és egy barom. Visszaküldöm, te meg visszaadod a pénzt, baszki, milyen emberek vannak.

Misi""",
        """Jó napot!

A „reklamációjára“: semmi nem volt sérült, amikor feladtam. Menjen a francba, illetve a picsába, és ne zaklasson, ha túl hülye ahhoz, hogy összerakjon egy szekrényt, az nem az én hibám, maga barom.

Eladó""",
        """Szia!

Válaszolj már, te lusta k.u.r.v.a. Öt napja várok a visszaigazolásra. B@zdmeg, más eladók egy órán belül válaszolnak.

Dani""",
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
