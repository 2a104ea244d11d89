"""Held-out set 7, Slovak. Hand-typed by the seventh author."""

BLOCK = {
    "prohibited_item": [
        "mas aj nieco na ucho? trava, hasis, hocico",
        "k playstationu ti pribalím gramáž zelenej, nech sa máš pri hraní dobre",
        "Tatranský čaj 72 %, 6 fliaš, pošlem Packetou zabalené v uterákoch",
        "predám flobertku prerobenú na ostré, bez papierov",
        "mám 50 ks nábojov do vzduchovky aj 20 ostrých 7,65, berieš všetko?",
        "spravím ti falošný technický preukaz k autu, nikto to nerozozná",
        "iphony sú z vykradnutého skladu v Senci, preto tak lacno",
        "adidas tenisky sú kópie z Turecka, ale vyzerajú úplne ako originál",
        "zháňam koks alebo aspoň spíd na sobotu do Bratislavy",
        "l.s.d papieriky, 15 eur kus",
        "prosím ťa, nemáš na predaj antibiotiká alebo xanax bez receptu? zaplatím dobre",
        "domácu hruškovicu ti pošlem k tým pohárom, 10 eur za liter",
        "predám samopal vz. 58 aj s muníciou, funkčný, len pre vážnych záujemcov",
        "Dobrý večer, videl som, že predávate hodinky. Zoženiete aj repliky Omega alebo "
        "Tag Heuer? Potrebujem ich 20 kusov na ďalší predaj, aby to vyzeralo ako originál.",
        "Ahoj Majo,\n\npneumatiky, čo máš v košíku, sú z auta, ktoré sme minulý týždeň "
        "rozobrali bez vedomia majiteľa, takže ich radšej nepoužívaj v okolí Prešova. Daj mi vedieť, "
        "či chceš aj disky, tie sú z toho istého.\n\nDušan",
        "Dobrý deň,\n\nponúkam potvrdenia o PN a lekárske správy s pečiatkou ľubovoľného lekára. "
        "Ďalej vodičské preukazy a rodné listy, všetko na počkanie. Cenník pošlem po "
        "dohode.\n\nS pozdravom\nIgor",
        "Dobrý deň,\n\nk súprave na varenie piva môžem pribaliť aj desať litrov "
        "vlastného destilátu, je silný a chutný. Pošlem to kuriérom, na balík napíšem "
        "sklo.\n\nPekný deň\nŠtefan",
        "Čau,\n\nta airsoftová puška je len zámienka, v skutočnosti mám na predaj skutočnú "
        "glocku aj so štyrmi zásobníkmi. Papiere nemám, ale vieme sa dohodnúť pri odovzdaní "
        "balíka.\n\nMaroš",
        "Dobrý deň, mám na predaj hašiš, kvalitný, z Maroka, 12 eur za gram, posielam v "
        "krabičke od čaju, nikto na to nepríde.",
        "ukradnutý bicykel Specialized, 300 eur, bez otázok",
    ],
    "off_platform": [
        "hod mi cislo a zavolam ti, tu sa to zle pise",
        "moje číslo: 0948 / 77 66 55",
        "zavolaj: plus štyri dva jedna, deväťsto štyri, sto jeden, dvesto dva",
        "whatsapp: +421-905-333-111",
        "nekupuj cez stránku, daj mi peniaze na ruku, ušetríme províziu",
        "posli mi mail na jozko.mrkvicka(zavinac)gmail.com",
        "zaplať mi radšej cez revolut na číslo 0911 444 222",
        "pridaj si ma na telegrame, som @mirka_kozmetika",
        "SK89 0900 0000 0050 1122 3344 - pošli sem, tovar odošlem hneď",
        "na messengeri ma nájdeš ako Janka Šimková, Poprad",
        "objednávku zrus a napis mi na signal, dohodneme sa priamo",
        "mail: predaj.kolies @ zoznam . sk",
        "0 9 0 2 - 4 5 6 - 7 8 9, volaj večer",
        "cez viber to bude rychlejsie, cislo 0915 000 777",
        "predám ti to mimo portálu, ušetríme obaja, len mi napíš svoj mail",
        "Dobrý deň, ďakujem za záujem o kočík. Tu na portáli je vysoká provízia, tak by som to "
        "predala radšej priamo. Prevod na môj účet vo VÚB, číslo účtu vám napíšem do mailu, stačí mi "
        "poslať vašu adresu.",
        "Dobrý deň,\n\nmáme pre vás ponuku pre stálych zákazníkov: pri objednávke priamo u nás "
        "cez e-mail dostanete zľavu 20 %. Píšte na objednavky.drevodom@post.sk a uveďte "
        "číslo tejto ponuky.\n\nS pozdravom\nDrevodom s.r.o.",
        "Ahoj,\n\nnechcem to tu riešiť, lebo mi portál stále maže správy. Ozvi sa mi na "
        "instagrame alebo cez whatsapp, číslo je nula deväť jeden osem, tri dva jeden, šesť "
        "päť štyri.\n\nKika",
        "Dobrý deň,\n\nplatbu prosím pošlite bankovým prevodom na IBAN SK12 1100 0000 0029 "
        "4455 6677, nie cez portál. Hneď ako uvidím peniaze, balík odchádza.\n\nĎakujem\nJaro",
        "napis mi sms na 0949 12 34 56 a dohodneme odber v Banskej Bystrici",
    ],
    "external_link": [
        "pozri si to na mojom webe www.drevene-hracky-tatry.sk",
        "viac fotiek tu: photos.app.goo.gl/SkMn4Zq",
        "bazar.sk/inzerat/detske-oblecenie-98765 - tam mám aj ostatné",
        "na modrykonik.sk mám ďalšie veci pre bábätká, nájdeš ma tam",
        "tu je video: vimeo.com/889977665",
        "zľava 30 % na www . kozmetika-lacno . sk",
        "objednaj cez formulár: docs.google.com/forms/d/e/1FAIpQSk/viewform",
        "link na moj eshop: shoptet-kolo.myshoptet.com",
        "stiahni si katalóg na uloz.to/file/sk998877/katalog.pdf",
        "mam to aj na aliexpress lacnejsie: s.click.aliexpress.com/e/_DkXy",
        "skrateny link: cutt.ly/sk-ponuka",
        "pozri sa na mojaaukcia bodka sk",
        "instagram.com/p/CxYz123 - tam su fotky zo vsetkych stran",
        "na alza.sk/predajca/abc123 to mám lacnejšie",
        "celá kolekcia je na pinterest.com/lenka_handmade",
        "Dobrý deň,\n\nďakujem za otázku k rozmerom skrine. Nákres a všetky rozmery som dal "
        "na svoju stránku https://nabytok-na-mieru-kovac.sk/skrina-biela, tam nájdete aj "
        "iné farby.\n\nS pozdravom\nKováč",
        "Ahoj Zuzka,\n\nto, čo hľadáš, tu už nemám, ale na mojom blogu handmade-sperky-lucia."
        "blogspot.com mám ešte náušnice aj náramky. Pozri sa a napíš, ktoré sa ti páčia."
        "\n\nLucia",
        "Dobrý deň,\n\nrecenzie na tento vysávač nájdete na stránke www.recenzie-vysavacov.sk/"
        "dyson-v11. Tam je aj porovnanie s inými modelmi.\n\nPekný deň\nRoman",
        "Dobrý deň, návod na montáž je na adrese manualy-online.eu/montaz/postel-160, "
        "papierový sme zabudli pribaliť.",
        "viac veci mam na https://www.vinted.sk/member/55443322",
    ],
    "scam": [
        "Packeta: Vaša zásielka nemohla byť doručená, zaplaťte 1,49 € za opätovné doručenie",
        "dobrý deň, platba je odoslaná, banka vám poslala SMS s potvrdením, môžete odoslať tovar",
        "Výherca! Vaše číslo vyhralo 5 000 € v žrebovaní Kauflandu, poplatok za výplatu je 25 €",
        "kuriér DPD potrebuje poplatok 30 € za doručenie na Slovensko, pošlite ho a ja vám to vrátim",
        "Poslal som vám o 200 eur viac, vráťte mi prosím rozdiel cez Western Union",
        "Tatra banka: Váš účet bol dočasne zablokovaný. Na obnovu prístupu zavolajte nášmu "
        "bezpečnostnému technikovi.",
        "Colný úrad: za zásielku zo zahraničia je potrebné doplatiť clo 3,20 €",
        "Dobrý deň, som barrister Williams z Londýna. Váš vzdialený príbuzný zanechal dedičstvo "
        "7,2 milióna libier. Na prevod treba uhradiť poplatok 350 €.",
        "Vaše peniaze od kupujúceho čakajú, na ich uvoľnenie treba zaplatiť poistenie 50 €",
        "zaplatil som cez portál, ale potrebujem, aby ste mi poslali 20 € za dopravu, potom "
        "dostanete celú sumu",
        "Dobrý deň,\n\nsom pani Helen Cooper, vdova po obchodníkovi s ropou. Mám na "
        "spiacom účte v banke 3,8 milióna dolárov a chcem ich darovať na dobročinné účely cez "
        "vás. Stačí zaplatiť poplatok za právnika 290 €.\n\nS Božím požehnaním\nHelen",
        "Vážený zákazník,\n\nna váš balík bola uvalená colná povinnosť. Ak ju nezaplatíte do "
        "dnešnej polnoci, balík bude vrátený odosielateľovi a budete musieť uhradiť poplatok "
        "za skladovanie 15 €.\n\nColná správa",
        "Dobrý deň,\n\nposlal som vám omylom 450 € namiesto 45 €. Prosím vráťte mi "
        "rozdiel 405 € na účet mojej mamy, ktorá je v nemocnici. Veľmi sa ponáhľam.\n\n"
        "Ďakujem\nMarko",
        "Vážený klient VÚB,\n\nna vašom účte bola zaznamenaná podozrivá aktivita. Aby sme "
        "ochránili vaše peniaze, musíte ich dnes previesť na dočasný ochranný účet, ktorý vám "
        "oznámi náš pracovník.\n\nVÚB banka",
        "Gratulujeme, vyhrali ste Samsung Galaxy S24! Na jeho doručenie stačí zaplatiť "
        "manipulačný poplatok 2,99 €.",
        "Dobrý deň, peniaze som vám poslal, ale banka ich drží, kým nezaplatíte overovací "
        "poplatok 40 €. Potom vám príde celá suma.",
        "Slovenská pošta: Váš balík čaká na doplatenie 0,89 €, inak bude zlikvidovaný",
        "Dobrý deň, som advokát zosnulého pána Kováča. Zanechal vám 1,5 milióna €, poplatok "
        "za spracovanie je 500 €.",
        "kuriér je na ceste, ale musíte mu najprv zaplatiť 60 € za poistenie, peniaze "
        "dostanete späť s platbou",
        "Vyhrali ste v lotérii Tipos, výhra 25 000 €. Na výplatu zašlite 99 € poplatok.",
    ],
    "credentials_request": [
        "pošli mi kód, čo ti prišiel v SMS, je to na potvrdenie platby",
        "na vrátenie peňazí potrebujem číslo karty, platnosť a CVV",
        "potrebujem tvoje prihlasovacie meno a heslo do internetbankingu, aby som ti poslal peniaze",
        "povedz mi PIN karty, overím platbu",
        "aby som ti vrátil peniaze, napíš mi číslo účtu",
        "napíš mi heslo ku kontu na portáli, opravím ti inzerát",
        "prepíš sem kód z Google Authenticatora",
        "pošli fotku karty z oboch strán",
        "c v v z karty mi napis sem",
        "aké je tvoje užívateľské meno a heslo? skontrolujem objednávku",
        "treba mi kod z aplikacie banky na schvalenie platby",
        "daj mi IBAN, vrátim ti peniaze za poškodený tovar",
        "na odblokovanie platby napíš jednorazový kód z SMS",
        "Dobrý deň,\n\nna to, aby som vám mohol poslať peniaze cez portál, potrebujem vaše "
        "číslo karty, dátum platnosti a trojmiestny kód zo zadnej strany. Bez toho sa platba "
        "nedá uskutočniť.\n\nĎakujem\nRobo",
        "Dobrý deň,\n\nv rámci overenia predajcu vás prosíme o zaslanie prihlasovacieho mena "
        "a hesla k vášmu účtu. Po overení bude účet aktivovaný.\n\nTím podpory",
        "Ahoj,\n\nprišiel ti teraz SMS kód od banky? Prosím pošli mi ho, je to na potvrdenie, "
        "že peniaze idú na tvoj účet. Bez toho to nepôjde.\n\nMartina",
        "Dobrý deň,\n\npri refundácii za vrátený tovar potrebujeme od vás číslo bankového "
        "účtu a meno majiteľa účtu. Prosím, pošlite nám ich čo najskôr.\n\nS pozdravom\n"
        "Oddelenie reklamácií",
        "pin ku karte mi napíš, vyberiem peniaze a pošlem ti",
        "napíš prihlasovacie údaje do Tatra banky, pošlem ti to sám",
        "pošli mi to číslo z SMS, čo ti teraz prišlo od 365.bank",
    ],
    "profanity": [
        "ty kokot, kde je môj balík?",
        "choď do riti s tým tovarom",
        "si obyčajný zmrd",
        "k_u_r_v_a, zase som dostal zlú veľkosť",
        "ty debil jeden zasraný, vráť mi peniaze",
        "do piče, zase neprišlo",
        "ty hajzel podvodnícky",
        "jebem ti na taký obchod",
        "p.i.č.a",
        "ty kurva zlodejská",
        "vyjebaný predajca, už nikdy viac",
        "ty s.r.a.č.k.a",
        "kokotina, nefunguje to",
        "kuuurva, zase rozbité",
        "chuj ti do huby",
        "Ty jebnutá krava, to si myslíš, že ti niekto zaplatí za taký šrot?",
        "Dobrý deň,\n\nbalík prišiel celý mokrý a rozbitý. Ste totálny kretén, keď to takto "
        "zabalíte, a ešte si dovolíte nedvíhať telefón, ty kokot jeden.\n\nPeter",
        "Dobrý deň,\n\npísal som vám trikrát a nič. Ste obyčajná sviňa a podvodník, choďte "
        "do piče aj s vaším obchodom.\n\nMarek",
        "Ahoj,\n\nčo si za debila, veď som ti napísal, že chcem modrú farbu. Serem na "
        "takých predajcov ako ty, vyjebanec.\n\nLukáš",
        "ty k0k0t",
    ],
}

ORDINARY = [
    "Dobrý deň, ešte to máte?",
    "dali by ste to za 35 €? viac nemám",
    "Cena je 40 €, ale ak zoberiete aj tú druhú mikinu, dám obe za 70 €.",
    "Zaplatené cez portál, prosím o odoslanie.",
    "Kuriér SPS vám zavolá ráno na číslo, ktoré ste zadali pri objednávke.",
    "Balík som podal cez Packetu, číslo zásielky nájdete v detaile objednávky.",
    "Sledovanie zásielky DPD: https://tracking.dpd.de/status/sk_SK/parcel/01234567891234",
    "Peniaze vám vrátime na kartu, z ktorej ste platili, do 14 dní od prijatia tovaru.",
    "Objednávka č. 5543218 je pripravená na odoslanie.",
    "Kód EAN z obalu: 8584004040001, môžete si porovnať.",
    "Sériové číslo vysávača je na spodnej strane, V11-SK-7788.",
    "IMEI 353918051234567 je čisté, telefón nie je viazaný na operátora.",
    "Upozorňujem, niekto sa tu vydáva za kuriéra a pýta poplatky. Nič neplaťte a nahláste to.",
    "Nikdy nikomu neposielajte kódy z SMS ani PIN, ani keď tvrdí, že je z banky.",
    "Mimo portálu nič platiť nebudem, prepáčte.",
    "Na iný web nejdem, kúpim to len tu.",
    "Nahlásila som používateľa, čo odo mňa chcel číslo karty.",
    "Mám záujem o tie šiitake huby, sú sušené alebo čerstvé?",
    "Pohár na koktaily je zo skla, dá sa umývať v umývačke.",
    "Sada pohárov na červené víno, 6 kusov, nepoužívaná.",
    "Kuchynský nôž Fiskars, 20 cm, ostrý ako nový.",
    "Detská plastová pištoľ na vodu, svieti a strieka.",
    "Karnevalový kostým policajta, veľkosť 128, aj s čiapkou.",
    "Semienka bazalky a petržlenu, 10 vrecúšok.",
    "Vitamín C 1000 mg, 60 tabliet, spotreba do 2027.",
    "Dá sa to doručiť do Alza boxu?",
    "Posielam zajtra ráno, ráno chodím okolo pošty.",
    "Ďakujem, balík prišiel v poriadku, všetko sedí.",
    "Pošlete mi prosím ešte fotku zadnej strany?",
    "Koľko to meria na výšku?",
    "Je tam ešte záruka? Do kedy?",
    "Tovar mi nesedí, ako ho môžem vrátiť cez portál?",
    "Vrátenie som schválil, počkám na balík a peniaze pošlem späť.",
    "Je možné platiť pri prevzatí?",
    "Faktúru vám pošlem cez portál, údaje firmy mám z objednávky.",
    "Ospravedlňujem sa, bol som chorý, odošlem to hneď zajtra.",
    "Ďakujem za super komunikáciu, dávam kladné hodnotenie.",
    "Zľavíte niečo pri kúpe dvoch kusov?",
    "Ak to zoberiete do piatku, spustím cenu na 25 €.",
    "Nabíjačka je originálna Samsung, 25 W.",
    "Je to kompletné, aj s káblami?",
    "Kuriér ma nezastihol, kedy bude ďalší pokus?",
    "Keď vám zavolá kuriér, dohodnite si s ním čas doručenia.",
    "Adresu doručenia som zmenila v objednávke na Košice.",
    "Je to skôr tmavomodrá alebo čierna?",
    "Môžete mi to odložiť do výplaty?",
    "Nerozbalené, dostal som to ako darček.",
    "Je to kompatibilné so Samsungom S21?",
    "Môžem si to prísť pozrieť do Zvolena a zaplatiť cez portál?",
    "Platba ešte nie je potvrdená, počkám do zajtra.",
    "Už to svieti ako zaplatené, ďakujem.",
    "Podala som reklamáciu cez portál, výrobok nefunguje.",
    "Dostal som čudnú SMS o doplatku za balík, ignorujem to.",
    "Vŕtačka Bosch, 2 batérie, nabíjačka a kufor.",
    "Drevený stojan na víno, na 8 fliaš.",
    "Posielate aj do Maďarska?",
    "Doprava Packetou 2,99 €, na adresu 4,49 €.",
    "Všetky moje inzeráty sú na mojom profile tu na portáli.",
    "Panvica Tefal, 28 cm, funguje aj na indukcii.",
    "Je to originál Lego? Máte k tomu aj krabicu a návod?",
    "Tento model už nemám, ale mám podobný v zelenej.",
    "Za tú škrabku na boku dám zľavu 3 €.",
    "Celková suma s dopravou je 52,49 €.",
    "Dobre, ďakujem, budem čakať na balík.",
    "Roh krabice je pomačkaný, ale obsah je celý.",
    "Koľko mAh má batéria?",
    "Stav batérie 88 %, vymenený displej.",
    "Ak nebudem doma, nechajte balík v Z-BOXe.",
    "Peniaze za vrátený tovar prišli, ďakujem.",
    "Máte k tomu aj zodpovedajúcu prikrývku?",
    "Beriem, idem to hneď kúpiť.",
    "Je postieľka kompletná, aj s matracom?",
    "Montáž je jednoduchá, zvládnete to za pol hodinu.",
    "Pošlem to v pondelok cez GLS.",
    "Pôjde to za 150 € namiesto 180?",
    "150 je málo, môžem ísť na 165.",
    "Dohodnuté, 165, kupujem.",
    "Je to 100 % bavlna?",
    "Mikina je veľkosť L, ale padne aj na M.",
    "Píla Makita, málo používaná, plne funkčná.",
    "Sú to pravé kožené čižmy?",
    "Kuriér GLS mi volal, balík príde poobede.",
    "Počká zásielka na výdajnom mieste týždeň?",
    "Prosím potvrďte, na ktoré výdajné miesto to mám poslať.",
    "Krígeľ na pivo s logom Zlatého Bažanta, zberateľský kúsok.",
    "Na hrnčeku je malý kaz na uchu, preto je lacnejší.",
    "Mám záujem, ale až po prvom, vtedy mi prídu peniaze.",
    "Kočík má nové kolesá, ostatné je v dobrom stave.",
    "Vďaka, že ste ma upozornili na ten podvodný odkaz, nikam som neklikla.",
    "Dobrý deň, prosím o zaslanie čísla zásielky, keď to odošlete.",
]
