"""Held-out set 7, Hungarian. Hand-typed by the seventh author."""

BLOCK = {
    "prohibited_item": [
        "a bringa mellé kérsz egy kis zöldet? saját termés",
        "bogyót tudsz szerezni szombatra a Szigetre?",
        "ha kell, a konzol mellé dobok pár spanglit",
        "házi szilvapálinka 50 fokos, literje 6 ezer, Foxpostba is küldöm",
        "gázpisztoly élesre átalakítva, papír nélkül, 80 ezer",
        "vadászpuskához töltény kéne, de nincs engedélyem, tudsz adni?",
        "hamis műszaki vizsgát is tudok intézni az autóhoz, senki nem veszi észre",
        "a laptopok egy kirámolt raktárból vannak Budaörsről, azért ilyen olcsók",
        "Canada Goose kabát, utánzat, de a címke is olyan mint az igazi",
        "kéne egy kis k-t meg spurit a hétvégi buliba, van?",
        "l.s.d bélyeg, 3000 Ft darabja",
        "Xanaxot adsz el recept nélkül? jól fizetek",
        "Rivotril van nálam, lapja 5 ezer",
        "Jó estét! Láttam, hogy órákat árul. Szerezne nekem Rolex vagy Omega másolatokat? "
        "Húsz darab kellene továbbadásra, úgy, hogy eredetinek tűnjenek.",
        "Szia Tomi!\n\nAz alufelnik, amiket a kosárba tettél, egy olyan kocsiról vannak, amit "
        "múlt héten szedtünk szét a tulaj tudta nélkül, úgyhogy Kecskemét környékén inkább ne "
        "használd őket. Szólj, ha a gumik is kellenek.\n\nLaci",
        "Jó napot!\n\nOrvosi igazolást, táppénzes papírt bármelyik orvos pecsétjével tudok "
        "csinálni. Ezen kívül jogosítványt és születési anyakönyvi kivonatot is, akár egy nap "
        "alatt. Az árlistát megbeszélés után küldöm.\n\nÜdvözlettel:\nIgor",
        "Jó napot!\n\nA sörfőző készlet mellé betehetek tíz liter saját főzésű pálinkát is, "
        "erős és finom. GLS-sel küldöm, a dobozra ráírom, hogy üveg.\n\nSzép napot:\nIstván",
        "Szia!\n\nAz airsoft puska csak álca, valójában egy igazi Glockot árulok négy "
        "tárral. Papírjai nincsenek, de az átadásnál megbeszéljük.\n\nMárk",
        "Jó napot, hasist árulok, marokkói, jó minőségű, grammja 5 ezer, teásdobozban küldöm, "
        "senki nem jön rá.",
        "lopott Specialized bicaj, 90 ezer, kérdések nélkül",
    ],
    "off_platform": [
        "dobj meg egy számmal és felhívlak, itt nehéz írni",
        "a számom: 06 70 / 12 34 567",
        "hívj: plusz harminchat, húsz, százegy, kétszázkettő, hatvan",
        "whatsapp: +36-30-333-1111",
        "ne az oldalon vedd meg, fizess kézbe, megspóroljuk a jutalékot",
        "írj e-mailt a horvath.jozsi(kukac)citromail.hu címre",
        "inkább revoluton fizess a 06 20 444 2222-es számra",
        "adj hozzá telegramon, @kozmetika_timi vagyok",
        "HU93 1160 0006 0000 0000 1234 5678 - ide utald, és azonnal küldöm",
        "messengeren Szűcs Hanna néven találsz meg, Szolnok",
        "mondd le a rendelést és írj signalon, intézzük közvetlenül",
        "e-mail: bicikli.elado @ freemail . hu",
        "0 6 3 0 - 4 5 6 - 7 8 9 0, este hívj",
        "viberen gyorsabb, 06 20 000 7777",
        "eladom az oldalon kívül, mindkettőnknek jobb, csak írd meg az e-mail-címed",
        "Jó napot! Köszönöm az érdeklődést a babakocsi iránt. Itt elég magas a jutalék, ezért "
        "inkább közvetlenül adnám el. Utalás a K&H-s számlámra, a számlaszámot megírom e-mailben, "
        "csak küldje el a címét.",
        "Tisztelt Vásárlónk!\n\nTörzsvásárlóinknak ajánlatunk: ha közvetlenül nálunk rendel "
        "e-mailben, 20% kedvezményt kap. Írjon a rendeles.fahaz@gmail.com címre, és adja meg az "
        "ajánlat számát.\n\nÜdvözlettel:\nFaház Kft.",
        "Szia!\n\nNem akarom itt intézni, az oldal folyton törli az üzeneteimet. Keress "
        "instán vagy whatsappon, a szám nulla hat harminc, háromszázhuszonegy, hatvanöt "
        "negyvennégy.\n\nKinga",
        "Jó napot!\n\nA fizetést kérem banki átutalással küldje a 10918001-00000012-34560001 "
        "számlára, ne az oldalon keresztül. Ahogy látom a pénzt, megy a csomag.\n\nKöszönöm:\nJani",
        "küldj sms-t a 06 20 123 4567-re és megbeszéljük az átvételt Sopronban",
    ],
    "external_link": [
        "nézd meg a honlapomon: www.fajatekok-balaton.hu",
        "több kép itt: photos.app.goo.gl/HuMn4Zq",
        "jofogas.hu/pest/gyerekruha_98765432.htm - ott a többi is",
        "a maradék cuccom fent van a vaterán, vatera.hu/felhasznalo/kati77",
        "itt a videó: vimeo.com/889977456",
        "30% kedvezmény a www . olcso-kozmetikum . hu oldalon",
        "rendelj ezen az űrlapon: docs.google.com/forms/d/e/1FAIpQHu/viewform",
        "webshopom: bringa-bolt.unas.hu",
        "töltsd le a katalógust: mega.nz/file/HuKat998877",
        "aliexpressen olcsóbb: s.click.aliexpress.com/e/_DhUy",
        "rövid link: cutt.ly/hu-ajanlat",
        "nézd meg: sajataukcio pont hu",
        "instagram.com/p/HuAb123 - ott minden oldalról van kép",
        "az emag.hu-n olcsóbban árulom: emag.hu/marketplace/abc123",
        "az egész kollekció: pinterest.com/eszter_kezmuves",
        "Jó napot!\n\nKöszönöm a kérdést a szekrény méreteiről. A rajzot és az összes méretet "
        "feltettem az oldalamra: https://egyedi-butor-nagy.hu/feher-szekreny, ott más színek is "
        "vannak.\n\nÜdvözlettel:\nNagy",
        "Szia Zsuzsi!\n\nAmit keresel, az itt már nincs meg, de a blogomon, "
        "kezmuves-ekszer-luca.blogspot.com, van még fülbevaló és karkötő. Nézd meg, és írd meg, "
        "melyik tetszik.\n\nLuca",
        "Jó napot!\n\nA porszívóról szóló teszteket a www.porszivo-teszt.hu/dyson-v11 oldalon "
        "találja, ott más modellekkel is össze van hasonlítva.\n\nSzép napot:\nRoland",
        "Jó napot, az összeszerelési útmutató itt érhető el: utmutatok-online.eu/agy-160, a "
        "papírt elfelejtettük betenni.",
        "még több cuccom van itt: https://www.vinted.hu/member/55443311",
    ],
    "scam": [
        "Foxpost: csomagját nem tudtuk kézbesíteni, fizessen 490 Ft-ot az újrakézbesítésért",
        "jó napot, elküldtem az utalást, a bank SMS-ben visszaigazolta önnek, feladhatja",
        "Nyertes! Telefonszáma 2 millió Ft-ot nyert a Spar sorsolásán, a kifizetési díj 9 900 Ft",
        "a DPD futár 10 ezer forint kézbesítési díjat kér Magyarországra, küldje el, és visszaadom",
        "Véletlenül 50 ezerrel többet küldtem, kérem, Western Unionnal küldje vissza a különbözetet",
        "K&H Bank: számláját ideiglenesen zároltuk. A hozzáférés visszaállításához hívja "
        "biztonsági technikusunkat.",
        "NAV vámhivatal: a külföldi küldemény után 1 450 Ft vámot kell megfizetni",
        "Jó napot, Williams barrister vagyok Londonból. Egy távoli rokona 7,2 millió font "
        "örökséget hagyott Önre. Az átutaláshoz 120 ezer Ft díjat kell befizetni.",
        "A vevő pénze várakozik, a felszabadításhoz 15 ezer Ft biztosítást kell fizetnie",
        "kifizettem az oldalon, de küldjön nekem 6 ezret a szállításra, utána megkapja az egész összeget",
        "Jó napot!\n\nHelen Cooper vagyok, egy olajkereskedő özvegye. Egy alvó bankszámlán 3,8 "
        "millió dollárom van, és Önön keresztül jótékony célra szeretném fordítani. Csak az "
        "ügyvédi díjat, 95 ezer Ft-ot kell kifizetni.\n\nIsten áldja:\nHelen",
        "Tisztelt Ügyfelünk!\n\nCsomagjára vámot vetettek ki. Ha ma éjfélig nem fizeti meg, a "
        "csomagot visszaküldjük a feladónak, és 4 500 Ft tárolási díjat kell fizetnie.\n\n"
        "Vámügyintézés",
        "Jó napot!\n\nTévedésből 150 000 Ft-ot utaltam 15 000 helyett. Kérem, a 135 000 Ft "
        "különbözetet utalja vissza anyukám számlájára, aki kórházban van. Nagyon sürgős.\n\n"
        "Köszönöm:\nMárk",
        "Tisztelt Erste Ügyfél!\n\nSzámláján gyanús aktivitást észleltünk. Pénze védelme "
        "érdekében ma át kell utalnia egy ideiglenes védett számlára, amelyet munkatársunk "
        "telefonon megad.\n\nErste Bank",
        "Gratulálunk, Ön nyert egy Samsung Galaxy S24-et! A kiszállításhoz csak 1 490 Ft "
        "kezelési díjat kell fizetnie.",
        "Jó napot, elküldtem a pénzt, de a bank visszatartja, amíg ki nem fizeti a 12 ezres "
        "ellenőrzési díjat. Utána megkapja a teljes összeget.",
        "Magyar Posta: csomagja 590 Ft pótdíj befizetésére vár, ellenkező esetben megsemmisítjük",
        "Jó napot, néhai Kovács úr ügyvédje vagyok. 1,5 millió eurót hagyott Önre, a "
        "feldolgozási díj 180 ezer Ft.",
        "a futár már úton van, de előbb 25 ezer biztosítást kell neki fizetnie, a pénzt a "
        "vételárral visszakapja",
        "Ön nyert a Szerencsejáték Zrt. sorsolásán, nyeremény 10 millió Ft. A kifizetéshez "
        "küldjön 29 ezer Ft díjat.",
    ],
    "credentials_request": [
        "küldd el a kódot, ami most jött sms-ben, ez a fizetés megerősítése",
        "a visszautaláshoz kell a kártyaszám, a lejárat és a CVC",
        "kell a netbankos felhasználóneved és jelszavad, hogy el tudjam küldeni a pénzt",
        "mondd meg a kártyád PIN kódját, ellenőrzöm a fizetést",
        "hogy visszaküldjem a pénzt, írd meg a számlaszámod",
        "írd meg a jelszavad az oldalhoz, kijavítom a hirdetésed",
        "másold be ide a Google Hitelesítő kódját",
        "küldj képet a kártyádról mindkét oldalról",
        "c v c kódot a kártyáról írd ide",
        "mi a felhasználóneved és jelszavad? megnézem a rendelést",
        "kell a kód a banki appból a fizetés jóváhagyásához",
        "add meg a számlaszámod, visszautalom a sérült termék árát",
        "az utalás feloldásához írd be az egyszer használatos sms-kódot",
        "Jó napot!\n\nAhhoz, hogy az oldalon keresztül pénzt küldhessek, szükségem van a "
        "kártyaszámára, a lejárati dátumra és a hátoldali háromjegyű kódra. Enélkül nem megy "
        "át a fizetés.\n\nKöszönöm:\nRóbert",
        "Tisztelt Eladó!\n\nAz eladói ellenőrzés keretében kérjük, küldje el fiókja "
        "felhasználónevét és jelszavát. Az ellenőrzés után a fiókot aktiváljuk.\n\nÜgyfélszolgálat",
        "Szia!\n\nJött most egy SMS-kód a banktól? Légyszi küldd el, ez igazolja, hogy a pénz a "
        "te számládra megy. Enélkül nem fog menni.\n\nMártika",
        "Tisztelt Vásárló!\n\nA visszaküldött termék árának visszatérítéséhez szükségünk van "
        "bankszámlaszámára és a számlatulajdonos nevére. Kérjük, mielőbb küldje el.\n\n"
        "Üdvözlettel:\nReklamációs osztály",
        "írd meg a kártyád pin kódját, felveszem a pénzt és elküldöm",
        "add meg az MBH netbank belépési adatait, elküldöm én",
        "küldd el a számot, ami most jött SMS-ben az OTP-től",
    ],
    "profanity": [
        "te faszfej, hol a csomagom?",
        "menj a picsába a cuccoddal",
        "egy rohadt köcsög vagy",
        "k_u_r_v_a életbe, megint rossz méret",
        "te hülye geci, add vissza a pénzem",
        "bazdmeg, megint nem jött meg",
        "csaló szemétláda, baszd meg",
        "leszarom az ilyen boltot",
        "p.i.c.s.a",
        "te tolvaj kurva",
        "kibaszott eladó, soha többé",
        "te sz.a.r.h.á.z.i",
        "faszság, nem működik",
        "kuuurva, megint törött",
        "szopd le magad",
        "Te elbaszott tehén, azt hiszed, bárki fizet ezért a szarért?",
        "Jó napot!\n\nA csomag teljesen ázottan és törötten jött. Maga egy totál barom, ha így "
        "csomagol, és még a telefont sem veszi fel, te faszkalap.\n\nPéter",
        "Jó napot!\n\nHáromszor írtam, semmi válasz. Maga egy mocskos csaló, menjen a "
        "picsába a boltjával együtt.\n\nMárk",
        "Szia!\n\nMilyen hülye vagy, megírtam, hogy kéket kérek. Szarok az ilyen eladókra, "
        "te seggarc.\n\nLukács",
        "te f4szkalap",
    ],
}

ORDINARY = [
    "Szia! Megvan még a kabát?",
    "Mennyi lenne a legjobb ár? 12 ezret tudnék adni érte.",
    "14 ezer alá nem nagyon mennék, de ha ma megveszed, legyen 13.",
    "Oké, 13 ezer, mindjárt kifizetem az oldalon.",
    "Köszönöm, a fizetés megérkezett, holnap feladom a csomagot.",
    "A GLS futár előtte telefonál a rendelésben megadott számon, szóval figyelje a telefonját.",
    "Feladtam Foxposttal, a követési kódot megtalálja a rendelés adatainál.",
    "GLS csomagkövetés: https://gls-group.com/HU/hu/csomagkovetes?match=50123456789",
    "Az MPL nyomkövetési száma: JJH30012345678HU.",
    "Nyomkövetés: https://www.posta.hu/nyomkovetes/nyitooldal?searchvalue=JJH30012345678HU",
    "A visszatérítést elindítottuk, ugyanarra a kártyára érkezik, amellyel fizetett.",
    "A rendelésszámom 2026-113-4587, ebben kérdeznék.",
    "A dobozon lévő vonalkód 5997523311209, ez alapján ellenőrizheti a típust.",
    "Az IMEI szám 352099001761481, bármelyik szolgáltatónál lekérdezhető, nincs tiltva.",
    "A gyári szám a hátlapon van: C02XK1ABJG5H.",
    "Vigyázzatok, engem is kerestek kamu futáros SMS-sel, hogy fizessek 300 Ft-ot. Nem fizettem, jelentettem.",
    "Jelzem, hogy valaki a kártyám adatait kérte tőlem üzenetben, kérem, nézzék meg a fiókját.",
    "Soha senkinek ne diktáljátok be az SMS-ben kapott kódot, a bank sem kér ilyet.",
    "Köszönöm, de csak az oldalon keresztül fizetek, máshogy nem.",
    "Bocsi, linkre nem kattintok, itt az oldalon vegyük meg.",
    "A grillhez faszén is kell, azt nem küldöm, de a rács benne van.",
    "A Mikulás-jelmez szakállal és sapkával együtt jár.",
    "Gyerek játékíj tapadókorongos nyilakkal, 5 éves kortól.",
    "Borospohár készlet, 6 darab, Ajka kristály, soha nem használtuk.",
    "Söröskorsók, félliteresek, négy darab, egyik sem csorba.",
    "Szakácskés, 20 centis, japán acél, a tokja is megvan.",
    "A shiitake gombás termesztőkockából még két termés kijön.",
    "Bazsalikom, menta és rozmaring palántákat is tudok küldeni, cserépben.",
    "Multivitamin, bontatlan, 2027 márciusáig jó.",
    "A kókuszolajos arckrém teljesen CBD-mentes, csak természetes olajok vannak benne.",
    "Pálinkás poharak, 6 darab, csiszolt üveg, díszdobozban.",
    "Herendi porcelán teáskészlet, hiánytalan, a nagymamámé volt.",
    "A Zsolnay váza alján van egy apró lepattanás, a képen látszik.",
    "A lángossütő hibátlan, csak kétszer használtuk nyáron.",
    "A kiskert miatt kérdezem: a fűnyíró benzines vagy elektromos?",
    "Elnézést, csak most láttam az üzenetét, holnap délelőtt viszem a postára.",
    "Meg tudná mérni, hány centi a derékbőség?",
    "Ha a futár nem ér oda időben, a csomagautomatában 3 napig várja.",
    "Bocs, hogy ennyit alkudozom, de 15 ezer lenne a keretem.",
    "Rendben, 16 ezerért viheted, rakd a kosárba és kifizetem.",
    "A számlát a rendszer automatikusan elküldi az e-mail-címére a fizetés után.",
    "Ne aggódjon, a pénzét az oldal visszautalja, ha nem érkezik meg a csomag.",
    "Figyelem: a nevemben valaki más oldalra csábít vevőket, én csak itt árulok!",
    "Személyesen is átvehető Kecskeméten, de a fizetés akkor is az oldalon menjen.",
    "Át tudnád tenni Packeta pontra? A Foxpost automata nálunk mindig tele van.",
    "Sajnos elkelt, de jövő héten hozok még ilyet.",
    "Van rajta egy kis kopás a sarkán, különben hibátlan.",
    "Milyen méretű a cipő belső talphossza?",
    "Kb. 26,5 cm, 41-es.",
    "Működik a gép, csak a távirányító hiányzik hozzá.",
    "Számlát tud adni? Cégre venném.",
    "Igen, a számlázási adatokat a rendelésnél kell megadni, onnan állítom ki.",
    "A garancia még tíz hónapig érvényes, a jótállási jegy megvan.",
    "Vissza szeretném küldeni, mert nem jó a méret. Hogyan indítsam?",
    "A rendelésnél kattints a visszaküldés gombra, ott kapsz címkét.",
    "Megjött a csomag, minden rendben, köszönöm szépen!",
    "A doboz kicsit horpadt volt, de a tartalma ép.",
    "Elnézést a késésért, a futár csak ma vitte el.",
    "Utánvéttel is lehet, vagy csak előre utalással az oldalon?",
    "Kérhetnék még egy képet a hátuljáról?",
    "Kijavítottam a szállítási címet a rendelésben, most már jó az irányítószám.",
    "Ha nem vagyok otthon, a futár hagyja a szomszédnál, a 3-as lakásban.",
    "A futár hívott, hogy délután jön, köszönöm.",
    "Két darabot rendeltem, de csak egy jött meg, megnéznéd?",
    "Pont ilyet kerestem a lányomnak, megveszem.",
    "Milyen állapotban van az akkumulátor?",
    "85% az akku, a kijelző eredeti, karcmentes.",
    "Mosógépben mosható a takaró?",
    "A függöny hossza 245 cm, a karikák is járnak hozzá.",
    "Ha a kettőt együtt viszed, a szállítás ingyenes.",
    "A babakocsihoz esővédő és szúnyogháló is jár.",
    "Kérem, tegye félre péntekig, akkor jön a fizetésem.",
    "Semmi gond, megvárom.",
    "Ez a modell jó a Samsung A52-höz?",
    "Igen, azzal kompatibilis, én is azon használtam.",
    "Az értékelést megadtam, öröm volt veled üzletelni!",
    "A kosárban 15 990 Ft-ot mutat szállítással, ez így stimmel?",
    "Igen, a termék 13 500, a szállítás 2 490.",
    "A Foxpost automatába érkezett csomag nyitókódját SMS-ben kapja meg.",
    "A fizetés még függőben van, ez pár percig normális.",
    "Vitát nyitottam, mert a telefon nem az volt, ami a hirdetésben.",
    "A kerékpárra új gumit tettem tavasszal, a fék is be van állítva.",
    "Mennyi a súlya? Egyedül kell felvinnem a harmadikra.",
    "Kb. 18 kiló, de szétszedhető két részre.",
    "A szekrényt szétszerelve adom, a csavarok egy zacskóban vannak.",
    "Legót árulsz még? A fiam nagyon örülne a tűzoltóállomásnak.",
    "Hétfőn tudom postázni, addig nem jutok el a postára.",
    "A pulóver 100% merinó gyapjú, kézzel mosandó.",
    "Bőrkabát, M-es, alig hordtam.",
    "A fúrógéphez két akku és töltő jár, kofferben.",
    "Öntöttvas lábas, zománcozott, indukciós főzőlapon is jó.",
    "Most nem tudom átvenni, mennyi ideig tartják a csomagot az automatában?",
    "Köszi, hogy szóltál a csaló üzenetről, rá se kattintottam.",
]
