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
    "Dobrý deň, je tovar ešte k dispozícii?",
    "Dali by ste to za 80 namiesto 100 eur?",
    "Môžem dať 90 eur, keď zaplatím ešte dnes cez stránku.",
    "Platila som kartou pri objednávke, všetko prešlo.",
    "Kuriér vám zavolá na číslo uvedené v objednávke pred doručením.",
    "Balík je na ceste, číslo zásielky Packeta: Z 123 4567 890.",
    "Sledovanie: https://tracking.packeta.com/sk/?id=Z1234567890",
    "Vrátili sme 24,90 € na kartu, ktorou ste objednávku platili, môže to trvať pár dní.",
    "Číslo objednávky 6621-3390-55, potvrďte prosím veľkosť.",
    "EAN na krabici je 8586001234567, je to ten istý model ako na fotke?",
    "IMEI telefónu: 356938035643809, môžete si overiť, že nie je blokovaný.",
    "Nikomu nedávajte heslo ani kódy z SMS, stránka o ne nikdy nežiada.",
    "Niekto ma v inej konverzácii žiadal o údaje z karty, nahlásila som ho.",
    "Prepáčte, ale mimo stránky platiť nebudem.",
    "Platbu prijímam len cez stránku, je to bezpečnejšie pre oboch.",
    "Na odkazy od cudzích ľudí neklikám, radšej to vybavíme tu.",
    "Je to mycélium shiitake, alebo hliva?",
    "Sada na koktaily má sitko aj odmerku.",
    "Dajú sa poháre na víno umývať v umývačke?",
    "Krígle na pivo, 0,5 l, 4 kusy, bez oštrbín.",
    "Kuchynské nože z nehrdzavejúcej ocele, 5 kusov s blokom.",
    "Vodná pištoľ pre deti, plastová, od 3 rokov.",
    "Kostým piráta s klobúkom a plastovou šabľou, veľkosť 122.",
    "Bazalka a mäta v kvetináčoch, pošlem v krabici.",
    "Aký je dátum spotreby tých vitamínov?",
    "Môžete to poslať do Z-BOXu?",
    "Zajtra ráno to podám na pošte.",
    "Kód na vyzdvihnutie prišiel SMS-kou, balík mám, ďakujem!",
    "Tovar dorazil, dobre zabalený. Odporúčam!",
    "Mohli by ste poslať ešte fotky tých škrabancov?",
    "Aké má stôl rozmery?",
    "Platí ešte záruka? Máte bloček?",
    "Chcem vrátiť topánky, sú malé. Ako začnem vrátenie?",
    "Štítok na vrátenie je pri objednávke, stačí ho vytlačiť.",
    "Dá sa platiť na dobierku?",
    "Vystavím faktúru s DPH, firemné údaje prosím vyplňte v objednávke.",
    "Sériové číslo na spodku: SN 6K9N-2S5U, sedí s krabicou.",
    "Objednal som dva kusy, prišiel jeden. Môžete to skontrolovať?",
    "Ospravedlňujem sa za meškanie, cez víkend som nebol doma.",
    "Dala som kladné hodnotenie, ďakujem za rýchle vybavenie.",
    "Zľavili by ste, keď zoberiem obe lampy?",
    "Keď zoberiete celú sadu, dám 15 % zľavu.",
    "Originálna nabíjačka, 20 W.",
    "Je k tomu diaľkové ovládanie?",
    "Keď kúpite viac vecí, pošlem to v jednom balíku.",
    "Kuriér nikoho nezastihol, zajtra to skúsi znova.",
    "Keď kuriér zavolá, povedzte mu, ktorým vchodom ísť.",
    "Zmenila som doručovaciu adresu v objednávke, snáď to nevadí.",
    "Aká je to presne farba? Na fotkách vyzerá sivo.",
    "Podržíte mi to do piatku? Potom dostanem výplatu.",
    "Nové, v originálnom zatavenom balení.",
    "Sedí to na iPhone 13 mini?",
    "Môžem si to vyzdvihnúť osobne v Trnave? Zaplatím cez stránku.",
    "Platba v objednávke je v stave čaká, je to normálne?",
    "Áno, zvyčajne sa to o pár minút zmení na zaplatené.",
    "Otvoril som spor na stránke, tovar nezodpovedá popisu.",
    "Nahlásil som tú správu, niekto sa vydával za kuriéra.",
    "Pozor, chodia falošné SMS o doplatku za balík, nič neplaťte.",
    "Príklepová vŕtačka s dvoma batériami a kufrom.",
    "Stojan na víno na 12 fliaš, masívny dub.",
    "Posielate aj do Česka?",
    "Doprava cez Packetu 2,90 €, kuriérom 4,50 €.",
    "Všetky moje veci nájdete na mojom profile na stránke.",
    "Liatinová panvica, funguje aj na indukcii.",
    "Zabalili by ste to ako darček? Je to pre sestru.",
    "Táto je už predaná, ale mám rovnakú v modrej.",
    "Za ten škrabanec zľavím 2 eurá, takže spolu 18 €.",
    "Suma v objednávke je 49,90 € vrátane dopravy.",
    "Vďaka za info, budem sledovať zásielku.",
    "Krabica je trochu pomačkaná, ale výrobok je v poriadku.",
    "Aká je kapacita batérie?",
    "Batéria 91 %, originálny displej.",
    "Keď nebudem doma, nechajte to prosím u susedov.",
    "Vrátenie bolo schválené, peniaze prídu späť na kartu.",
    "Máte k tomu aj obliečky na vankúše?",
    "Super, beriem. Klikám na kúpiť.",
    "Aký starý je kočík? Bol veľa používaný?",
    "Návod na montáž je v krabici.",
    "Môžem to poslať v pondelok, vyhovuje?",
    "Dali by ste bicykel za 200 €? Potrebuje nové plášte.",
    "200 je málo, nižšie ako 230 nejdem.",
    "Dobre, 230, kupujem teraz.",
    "Je ten sveter z čistej vlny?",
    "Bunda je veľkosť M, ale skôr na S.",
    "Aku skrutkovač Makita, párkrát použitý, veľmi dobrý stav.",
    "Sú topánky kožené?",
    "Balík prišiel cez GLS, všetko v poriadku.",
    "Tento týždeň si to nemôžem vyzdvihnúť, počká balík?",
    "Prosím o potvrdenie výdajného miesta Packety.",
    "Ten pohár na víno má na okraji malú chybu, preto je lacnejší.",
]
