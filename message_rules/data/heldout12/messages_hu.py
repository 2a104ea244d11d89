# ruff: noqa: E501
"""Hungarian messages for held-out set 12 (written directly in Hungarian, own scenarios)."""

BLOCK = {
    "prohibited_item": [
        "a horgászbot mellé kérnék egy kis füvet is, mint legutóbb",
        "Nagyi diólikőre eladó, üvegenként 3000, saját főzés, postázom",
        "clenbuterolt tudsz szerezni a fogyáshoz? orvos nem írja fel",
        "Tramadolt vennék, nem baj, ha nincs hozzá recept",
        "Rolex Daytona AAA másolat, a vevőnek eredetinek mondjuk",
        "szivar és vízipipadohány adózatlanul, Szerbiából hozom",
        "légpuska helyett van egy igazi revolverem, papírok nélkül",
        "speed van, grammja 8 ezer, postán is",
        "a laptop egy betörésből van, ezért ilyen olcsó",
        "Netflix és HBO fiókok lopott jelszavakkal, havi 500 Ft",
        "Jägermeister raklap, a raktárból hoztuk el, számla nincs",
        "LSD bélyeg, 10 darab, diszkréten",
        "k0k41n, Győr, hétvégére",
        "Saját főzésű sör eladó, 20 üveg IPA 12 ezer, futárral küldöm",
        "Oxycodone tabletta, patikában recept kell, nálam nem",
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
        "hívj a 06-30-412-44-12-es számon délután",
        "a Jófogáson olcsóbban adom, ott írj rám és készpénzzel fizetsz",
        "a vételárat postai csekken add fel nekem, itt ne fizess",
        "Skype-on elérsz: bodnar.laszlo77",
        "rendeld meg inkább telefonon az üzletünkben, 06 1 234 5678",
        "írd meg az e-mail címed, küldök díjbekérőt közvetlenül",
        "oldal nélkül, simán készpénzzel a kapuban",
        "Viber: hat-hét-nulla, négy-négy-négy, huszonkettő-huszonkettő",
        "Instán írj DM-et: @hajcsat_manufaktura, ott megbeszéljük",
        "a K&H-s számlámra küldd: 10400000-12345678-00000000",
        "a rendelést ne fizesd ki, átvételkor add ide a pénzt",
        "pisti pont kovacs kukac gmail pont com, onnan intézzük",
        "a sógornőm intézi a készpénzes átadást, hívd: 06 70 321 0099",
        "egy kis kedvezményért kihagyjuk az oldalt? utalás és kész",
        "WhatsApp csoportban árulok, add meg a számod és beveszlek",
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
        "az új webáruházamban még olcsóbb: szuperar pont hu",
        "kuponkódok itt: kupon-kod.eu/eladas",
        "bővebben írtam róla a blogomon: anyaivilag.blog.hu",
        "nézd meg Indavideón, ahogy megy: indavideo.hu/video/bicikli_teszt",
        "ide kattints a részletekért: rb.gy/x8k2lq",
        "a teljes kínálat: butorbolt.shoprenter.hu",
        "ne a SimplePay-t használd, itt fizess: barion-fizetes.net/tr/5512",
        "írj Messengeren: m.me/butorbolt.hu",
        "a QR kód alatti link: qrco.de/bicikli22",
        "galéria a többi képpel: flickr.com/photos/gaborkepei",
        "ugyanez a Temun olcsóbb, temu.com/hu/k-12345",
        "videó a Drive-on: drive.google.com/file/d/1HuVideo",
        "ide írd be az adataid: hu-fizetes-ellenorzes.com",
        "a kertes ház hirdetése: ingatlan.com/33012345",
        "kövess Twitchen is: twitch.tv/gamer_kuckó",
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
        "a lakást csak akkor mutatom meg, ha előtte a 150 ezres kauciót letéti számlára utalod",
        "megveszem, a DHL futár hozza a pénzt, de a 6 000 Ft biztosítást előre neked kell utalnod",
        "egyedülálló amerikai mérnök vagyok, meglátogatnálak, de a vízumhoz 400 ezer kell, segítesz?",
        "ha nem utalsz 50 ezret, a párodnak elküldöm az összes beszélgetésünket",
        "Revolut ügyfélszolgálat: fiókját korlátoztuk, feloldási díj 2 000 Ft a linken",
        "Ön nyerte a Lidl 100 000 Ft-os utalványát, a kézbesítéshez fizessen 1 500 Ft-ot",
        "Az örökösödési eljárásban Ön a kedvezményezett, az illeték 95 000 Ft, utána kapja a 18 milliót",
        "itt a Simple visszaigazolás, a pénz 3 nap múlva ér oda, addig add fel a csomagot",
        "arany befektetés Dubajban, havi 8% fix hozam, legalább 500 ezerrel lehet beszállni",
        "ha nem törlöd a negatív értékelést, feljelentelek rágalmazásért és 500 ezret perelek",
        "a futárunk túlfizetést kapott tőled, a különbözetet MoneyGramon küldd vissza",
        "Adóvisszatérítés: 46 000 Ft jár Önnek, a kiutaláshoz 1 200 Ft kezelési díj kell",
        "mielőtt kiküldjük a vételárat, a fiókod 'prémium eladó' szintre emelése 5 000 Ft",
        "a biztonsági osztály zárolta az eladásod, 3 990 Ft-tal tudod feloldani a linken",
        "befizettem, csak még a bankom egy 1 Ft-os próbautalást kér tőled erre a számlára",
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
        "küldd el a Revolut app 6 jegyű kódját, azzal kötöm össze a fizetést",
        "a Simple app megerősítő kódja kell, amit most kaptál",
        "diktáld le a személyi számodat, kell a szerződésbe",
        "mi az anyja neve, születési hely és idő? a bank ezzel ellenőrzi a számlát",
        "kérem a bankkártya hátoldalán lévő három számjegyet",
        "add meg a Facebook jelszavad, lájkolom vele a hirdetést",
        "szkenneld be a lakcímkártyádat és küldd el ide",
        "mi a netbankod felhasználóneve és a jelszó első négy karaktere?",
        "küldd a lejárati dátumot, a kártyaszám már megvan",
        "a Microsoft fiókod helyreállító kódja kell, most ment ki",
        "az e-mailben kapott megerősítő linket és a jelszót másold ide",
        "fotózd le az útleveled adatoldalát ellenőrzéshez",
        "a Google Pay-hez kell a kártyaszámod, írd meg",
        "bankszámlaszámot kérek és hozzá a mobilbank PIN-t",
        "a j3lsz0t ide írd, belépek és megnézem a rendelést",
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
        "kurva anyádat, csaló",
        "te nyomorult faszfej",
        "hogy rohadnál meg, te szemét",
        "bazmeg, te retardált",
        "kapd be, te barom",
        "te seggnyaló patkány",
        "büdös paraszt, ennyit érsz",
        "te hülye picsa, hol a pénzem",
        "nyald ki, te köcsög",
        "b4zdm3g, te idióta",
        "te agyatlan majom",
        "f a s z o m  kivan veled",
        "dögölj meg, te szar alak",
        "te pióca, kibaszott csaló",
        "szopd le magad, te geci",
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
    "Szia! A Bosch mosogatógép még eladó? Holnap este megnézném, ha lehet.",
    "Alkudni lehet egy picit? 25 ezerért az oldalon most rögtön megvenném.",
    "Nem, sajnos ennyiért nem adom, de a szállítást átvállalom.",
    "Foxpost automatába kérném, a Mammut II-be.",
    "A Foxpost SMS-ben küldte a nyitókódot, de az automata nem nyílt ki, felhívtam az ügyfélszolgálatukat.",
    "Az MPL futár azt írta, délután 2 és 4 között jön, a rendelésben lévő számon hív.",
    "GLS csomagszám: 6811 2233 4455, a nyomkövetés szerint már Győrben van.",
    "Itt a DPD követés: https://tracking.dpd.hu/parcelDetails?parcelNumber=05212345678901",
    "A Packeta csomagpont a Tesco mellett van, oda is jó.",
    "A fizetés az oldalon kártyával ment, kaptam visszaigazolást.",
    "Bocsánat, elfelejtettem kifizetni, most pótoltam az oldalon.",
    "A visszatérítést az oldalon kértem, azt írják, 3-5 munkanap.",
    "Megjött a visszatérítés, köszönöm a korrekt hozzáállást.",
    "Valaki SMS-ben azt írta, hogy fizessek vámot a csomagomra egy linken, nem kattintottam rá.",
    "Egy vevő a bankkártyám hátoldalát kérte, jelentettem és letiltottam.",
    "Senkinek ne diktáld le a netbankos kódot, a bank sem kéri soha.",
    "Én csak az oldal fizetési felületén fizetek, máshogy nem.",
    "Köszönöm, de nem utalok előre magánszámlára, az oldalon keresztül veszem meg.",
    "Az eladó profilján 600 értékelés van, szerintem megbízható.",
    "A rendelésszám 2026-HU-44812, ha az ügyfélszolgálat kérdezné.",
    "Ez a Tefal serpenyő indukciós lapon is megy?",
    "A gyerekülés ISOFIX-es, 9-18 kg-ig, balesetmentes.",
    "A télikabát 140-es méret, a lányomnak kicsi lett.",
    "Kenderkötél macskakaparóhoz, 20 méter.",
    "Szakácskés, japán acél, a tokja is megvan.",
    "Boros dekanter és hat pohár, nászajándék volt, sosem használtuk.",
    "Pálinkás poharak, 6 db, csiszolt üveg – csak a poharak, ital nincs.",
    "A gyilkos sudoku könyv mind a három része megvan, 1500 Ft.",
    "A füstölt paprika fűszer sajnos elfogyott.",
    "Vízipipa-alakú dísz gyertyatartó, kerámia.",
    "A mosógépet két ember tudja levinni, a harmadik emeleten lakom, lift nincs.",
    "Hétvégén vidéken vagyok, hétfőn adom fel.",
    "A dobozt kidobtam, de buborékfóliába csomagolom.",
    "Van rajta egy kis karc, feltöltöttem róla képet a hirdetésbe.",
    "Működik a bluetooth? Az autóban használnám.",
    "Pont ilyet kerestem a fiamnak, megveszem.",
    "A töltő nem eredeti, de gyári minőségű, ezt a hirdetésben is írtam.",
    "Igen, eredeti Lego, a dobozon ott a logó és a cikkszám.",
    "Számlát is tudok adni, egyéni vállalkozó vagyok.",
    "Ha a csomag sérülten érkezik, a futár előtt nyissa ki és vegyen fel jegyzőkönyvet.",
    "A Posta ügyfélszolgálata szerint a csomag a szortírozóban van.",
    "Írtam a GLS-nek, mert kétszer sem jött ki a futár.",
    "A futár felhívott, hogy nincs itthon senki, holnap újra jön.",
    "A csomag átvételi kódját csak a párom kapta meg, ő veszi ki az automatából.",
    "Elnézést a késésért, influenzás voltam az egész család.",
    "Ez a cipő 38-as, de kisebbre jön ki, inkább 37-esnek jó.",
    "Mennyibe kerül a szállítás Debrecenbe?",
    "Két könyvet együtt postázna? Úgy olcsóbb lenne a szállítás.",
    "Persze, egy csomagban küldöm, az oldalon módosítom a szállítási díjat.",
    "Megnéztem a hirdetést, a méretek nem egyeznek a képen lévő címkével.",
    "Igaza van, elírtam, a helyes méret 120x60 cm.",
    "Vitát nyitottam, mert a termék nem az, amit rendeltem.",
    "Rendben, a vitában elfogadom a visszaküldést.",
    "A Scunthorpe-i szurkolói sál is eladó?",
    "Shiitake gomba termesztő készlet, kezdőknek.",
    "A kutya nyakörv 40-45 cm nyakra jó.",
    "Kicsit koszos a babakocsi kereke, de lemosom átadás előtt.",
    "Tegnap óta nem tudok belépni, az ügyfélszolgálat már dolgozik rajta.",
    "Kétlépcsős azonosítást kapcsoltam be a fiókomon, ajánlom mindenkinek.",
    "Furcsa üzenetet kaptam, hogy a fiókomat felfüggesztik, jelentettem az oldalnak.",
    "Nem szeretném telefonon intézni, maradjunk itt az üzenetekben.",
    "Az oldalon is lehet átvételkor fizetni? Azt láttam a fizetési módok között.",
    "Igen, az utánvétes opciót az oldal rendszerén belül tudod kiválasztani.",
    "Adtam pozitív értékelést, gyors és pontos volt minden.",
    "Köszönöm a vásárlást, jó használatot!",
    "Ha lesz még ilyen hirdetése, szóljon.",
    "A hirdetést frissítettem, újabb képek fent vannak.",
    "Ez a lámpa E27-es foglalatú?",
    "A rollert a fiam kinőtte, de hibátlan.",
    "Ne haragudjon, meggondoltam magam, lemondom a rendelést az oldalon.",
    "Semmi gond, a lemondást elfogadtam.",
    "A Szép-kártyás fizetés az oldalon nem működik? Csak kérdezem.",
    "Nem, itt csak bankkártya, Apple Pay és utánvét van.",
    "Holnap 10-kor jó a személyes átvétel, az oldalon már kifizetted, ugye?",
    "Igen, kifizettem, a rendelés állapota 'fizetve'.",
    "A Magyar Posta csomagautomatájába is kérheted, az is választható.",
    "Kaptam egy e-mailt, hogy nyertem egy autót, gondolom ez átverés.",
    "Igen, ne válaszolj rá, és ne adj meg semmilyen adatot.",
    "A varrógép pedálja is megvan hozzá.",
    "Kedvezményt adok, ha a kettőt együtt veszi.",
    "Akkor mindkettőt kosárba teszem.",
    "Van kijelzővédő fólia a telefonon?",
    "A hátizsák vízálló, 30 literes.",
    "Kicsit késik a futár a hóesés miatt, türelmet kérek.",
    "Megjött, minden rendben, köszönöm!",
    "Sajnos eltört a bögre szállítás közben, küldtem képet.",
    "Sajnálom, azonnal visszautalom az árát az oldalon.",
    "A telefon független, bármilyen SIM-mel megy.",
    "Az akkumulátor kapacitása 89%.",
    "Fekete vagy sötétkék ez a kabát? A képen nehéz eldönteni.",
    "Sötétkék, nappali fénynél lefotózom még egyszer.",
    "A gyerekbicikli 16 colos, pótkerékkel.",
    "Lehet, hogy csak jövő héten tudom átvenni, addig félreteszi?",
    "Persze, de a fizetést az oldalon kérem addig rendezni.",
    "A kábel 2 méteres, USB-C mindkét végén.",
    "Megvan még a garanciajegy? Az MediaMarktos?",
    "Igen, a blokkal együtt küldöm, 2027 januárjáig érvényes.",
    "A csomagot ma feladtam, a Foxpost küldi majd a követést.",
    "Az ügyfélszolgálat azt javasolta, hogy a vitát az oldalon nyissam meg.",
    "Kérlek, ne küldj nekem külső linkeket, maradjunk az oldalon.",
    "Szia, a Kiskunhalasi csipke terítő is a tiéd? Nagyon szép.",
]
