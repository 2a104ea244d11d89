"""Slovak texts of held-out set 3 (hand-written, see build.py)."""

BLOCK = {
    "prohibited_item": [
        "máš ešte tú trávu? zobral by som 5 gramov",
        "Predám pervitín, čistý, pošlem diskrétne poštou.",
        "nemate niekto xanax alebo tramal bez receptu? dobre zaplatim",
        "Predám domácu slivovicu 52 %, liter za 15 €, mám 40 litrov.",
        "Tenisky Nike replika 1:1, na nerozoznanie od originálu, aj veľkoobchod.",
        "Zháňam náboje 9 mm, zbrojný preukaz nemám, priplatím.",
        "Vybavím vodičák na akékoľvek meno, zapísaný v systéme, 900 €.",
        "Dobrý deň,\n\nv inzeráte máte len bicykel, ale kamoš vravel, že máte aj hubky a "
        "extázu. Zobral by som väčšie množstvo na víkend, platím v hotovosti.\n\nVďaka",
        "mam notebooky co su trochu kradnute, preto ta cena, bez dokladu a bez nabijacky",
        ("predam zel.ene, kvalitne, 10 € gram", "disguised"),
        "Predám falošné eurobankovky 50 €, prejdú aj v obchode.",
        "Dobrý deň,\n\nponúkam značkové parfumy za zlomok ceny. Nie sú to originály, ale "
        "kópie z Turecka, nikto to nespozná. Pri odbere nad 10 kusov zľava, pošlem aj "
        "hodinky Rolex kópie.\n\nS pozdravom Zuzana",
        "Kúpim pištoľ bez papierov, hocijakú, aj plynovku prerobenú na ostré.",
        "Predám steroidy a anaboliká bez predpisu, tabletky aj injekcie.",
        "Ahoj, zoženieš kokaín na sobotu? Stačia dva gramy.",
    ],
    "off_platform": [
        "Zavolaj mi na 0905 118 447, dohodneme sa rýchlejšie",
        "Bez provízie portálu to bude lacnejšie, pošli to rovno na SK31 1200 0000 1987 4263 7541.",
        ("moj mail je peter.horvath zavinac gmail bodka com", "disguised"),
        "Napíš mi na WhatsApp +421 911 203 774, pošlem viac fotiek.",
        ("nula deväť štyri osem, dva dva tri, päť päť jeden, volaj", "disguised"),
        "Dobrý deň,\n\nnavrhujem dohodnúť sa mimo portálu, provízia je pre mňa privysoká. "
        "Zaplaťte mi prevodom na môj súkromný účet a tovar pošlem ešte dnes. Číslo účtu "
        "vám pošlem na e-mail, ak mi napíšete na jan.kovac@azet.sk.\n\nS pozdravom\nJán",
        "Objednávaj priamo odo mňa mailom, predajna.bicykle@centrum.sk, dám 10 % zľavu.",
        "Telegram @lacne_mobily_ba, tam mám celý sklad.",
        "Zrušte objednávku tu a peniaze mi pošlite priamo, ušetríme obaja na poplatkoch.",
        ("tel. 0 9 1 7 - 3 3 4 - 1 1 9", "disguised"),
        "Dobrý deň,\n\ntu neodpovedám pravidelne. Ozvite sa mi radšej cez Signal na čísle "
        "0948 908 442, pošlem vám katalóg a dohodneme platbu mimo stránky.\n\nMartina",
        "Napíš mi na messengeri, nájdeš ma ako Marek Baláž z Nitry.",
        "viber 00421 907 210 318, tuto to nekontrolujem",
        "Dá sa to mimo tejto stránky? Zaplatíš mi cez QR platbu priamo na účet, bez poplatkov.",
        "Dobrý deň, kontaktujte ma prosím telefonicky, moje číslo je plus štyristo "
        "dvadsaťjeden, 903 55 12 87. Platbu vyriešime v hotovosti mimo portálu.",
    ],
    "external_link": [
        "Ďalšie fotky máš tu: bit.ly/3mQ8vYt",
        "Celú ponuku nájdete na našom e-shope www.lacne-pneu.sk, tam je to lacnejšie.",
        "Pre doručenie zaplaťte cez odkaz https://packeta-platba.eu/pay/44102",
        "pozri moj instagram instagram.com/satnik_lenky",
        "Dobrý deň, tu je odkaz na prevzatie peňazí: https://bazos-bezpecna-platba.site/"
        "prevziat/731 Vyplňte prosím údaje z karty.",
        ("fotky na disku: drive.google.com/drive/folders/9kLpQ", "disguised"),
        "Predávam aj na vinted, pozri vinted.sk/member/55321-lenka",
        ("odkaz: tinyurl . com / slovenska-posta", "disguised"),
        "Dobrý deň,\n\nvšetky veľkosti sem bohužiaľ nedám. Kompletná kolekcia je na našom "
        "webe https://www.modneokna.sk/zima-2026, doprava nad 60 € zadarmo.\n\nTím Módne "
        "šaty",
        "tu je video ako to funguje: youtu.be/Zk2pQ8rLx1c",
        "Potvrďte adresu doručenia na gls-dorucenie-sk.info/potvrdit",
        "Dobrý deň,\n\nna našom e-shope máme lepšie ceny ako tu. Pozrite si topankyprevas"
        "(bodka)sk a pri objednávke zadajte kód ZLAVA15.\n\nS pozdravom",
        "katalóg v PDF: wetransfer.com/downloads/3c9e71fa",
        "Skupina na fb s mojimi výpredajmi: facebook.com/groups/burza.kosice",
        "Dobrý deň,\n\nplatba cez túto stránku nefunguje, použite prosím bránu "
        "platobna-brana-sk.com/inv/5512 a pošlite mi potvrdenie.\n\nĎakujem",
    ],
    "scam": [
        "Gratulujeme! Vyhrali ste 2 000 €, na výplatu stačí uhradiť poplatok 19 €.",
        "Kúpim, kuriér si tovar vyzdvihne a peniaze dostanete po kliknutí na overovací "
        "odkaz a zadaní karty.",
        "Vážený pane,\n\nsom právnik zosnulého klienta, ktorý nezanechal dedičov. Na jeho "
        "účte zostalo 2,9 milióna eur. Navrhujem delenie 50/50, potrebujem len poplatok "
        "za notárske overenie 350 €.\n\nS úctou\nDr. Johnson",
        "Omylom som poslal o 200 € viac, vráťte prosím rozdiel na účet mojej sestry, "
        "kým tovar odošlete.",
        "Váš účet bude do 24 hodín zablokovaný. Overte platobné údaje zaplatením 1 €.",
        "zasielka je zadrzana na colnici, treba doplatit clo 45 €, poslite mi to a ja to vybavim",
        "Investujte do kryptomien s naším robotom, zisk 30 % týždenne zaručený.",
        "Dobrý deň,\n\nponúkame prácu z domu: prijímanie platieb na Váš účet a ich "
        "preposielanie v bitcoinoch. Provízia 10 %. Na začiatok je potrebné zaplatiť 60 € "
        "za školenie.\n\nPersonálne oddelenie",
        "Už som zaplatil cez bezpečné doručenie, teraz musíte peniaze prevziať zadaním "
        "údajov karty na stránke kuriéra, inak dnes o 18:00 prepadnú.",
        "Som v zahraničí, pošlem šek na 800 €, zvyšok nad cenu pošlite prepravcovi.",
        "Váš tovar bol zaplatený. Na prijatie peňazí musíte aktivovať účet vkladom "
        "vratnej zálohy 35 €.",
        "Dobrý deň, pri nákupe cez našu úschovu sú peniaze v bezpečí. Pošlite sumu na "
        "úschovný účet, ktorý vám dám, a predajca tovar odošle.",
        "Dobrý deň,\n\npíšeme z bezpečnostného oddelenia. Zistili sme podozrivé "
        "prihlásenie do Vášho účtu. Aby ste neprišli o peniaze, prevedte do hodiny "
        "zostatok na bezpečný technický účet.\n\nTím ochrany účtov",
        "pocuj poslem ti dvakrat viac, zvysok mi vrat na revolut kamosovi, ponahlam sa na letisko",
        "Vyhrali ste iPhone 15 v našej vernostnej súťaži! Stačí zaplatiť poštovné 2,99 €.",
    ],
    "credentials_request": [
        "pošli mi kód čo ti príde v sms, to je potvrdenie platby",
        "Napíšte mi číslo karty, platnosť a CVV, pošlem zálohu.",
        "aké máš heslo k účtu? prihlásim sa a zmením adresu sám",
        "Dobrý deň,\n\nna vyplatenie peňazí potrebujeme prihlasovacie meno a heslo do Vášho "
        "internetbankingu. Ide o štandardné overenie predajcu. Odpovedzte prosím na túto "
        "správu.\n\nOddelenie platieb",
        "Pošlite fotku občianskeho preukazu z oboch strán na overenie, inak neodošlem.",
        "daj mi PIN ku karte, pošlem ti tam prachy hneď",
        "Potrebujem číslo karty a tri čísla zo zadnej strany kvôli vráteniu peňazí.",
        ("posli c.v.c. a datum platnosti nech to stihneme", "disguised"),
        "Vážený zákazník,\n\nz dôvodu aktualizácie systému nám prosím v odpovedi pošlite "
        "číslo platobnej karty, dátum platnosti a kód CVC. Bez odpovede bude účet "
        "zablokovaný.\n\nZákaznícka podpora",
        "Pošli mi prihlasovacie údaje do Tatra banky, spravím ten prevod za teba.",
        "Potvrďte totožnosť: opíšte kód, ktorý sme vám poslali SMS.",
        "Dobrý deň, vaše údaje nie sú kompletné. Napíšte login k účtu na portáli a "
        "overovací kód 2FA, ktorý vám prišiel na mobil.",
        "Dobrý deň,\n\naby vám kuriér mohol vyplatiť peniaze, potrebujem fotku platobnej "
        "karty z oboch strán a selfie s občianskym. Pošlite to sem čo najskôr.\n\nVďaka",
        "napis mi heslo od mailu, pozriem ti tam tu fakturu",
        "Na vrátenie peňazí nutne potrebujem celé číslo vašej karty a dátum expirácie.",
    ],
    "profanity": [
        "kurva kedy už príde ten balík",
        "choď do riti s takou cenou",
        "ty kokot, okradol si ma",
        ("k.o.k.o.t jeden, zase nic", "disguised"),
        "si obyčajný posratý zlodej",
        "strč si ten bicykel do riti",
        "Ste úplný debil a jebnutý klamár.",
        ("ty pi*a, kde je moj tovar", "disguised"),
        "Dobrý deň,\n\nobjednávka prišla rozbitá a vy týždeň neodpovedáte. Už ma serie "
        "tá vaša výhovorka na poštu, zabalili ste to do novín ako hovado. Vráťte "
        "peniaze.\n\nJozef",
        "drž hubu a posielaj, piča",
        "jebem ti na tvoje inzeráty",
        "to je sračka nie mobil, ty chuj",
        "Dobrý deň,\n\nto je výsmech. Poslal som peniaze a dostal som nejaký rozjebaný "
        "mobil. Nečudujte sa hodnoteniu, vy jeden skurvený podvodník.\n\nMarek",
        ("pojebany predajca, uz nikdy", "typos"),
        "Ak mi ešte napíšeš, rozbijem ti tú tvoju hnusnú papuľu, ty skurvysyn.",
    ],
}

BODIES = [
    "Dobrý deň, je tá bunda ešte k dispozícii?",
    "zodpovedá veľkosť M veľkosti 38?",
    "Aká je dĺžka rukáva od ramena?",
    "Môžem poprosiť o fotku visačky?",
    "ahoj, zľavil by si? dám 25 €",
    "Môžem ponúknuť 45 € namiesto 55 €?",
    "Ďakujem, objednávka je zaplatená cez portál.",
    "Balík dorazil v poriadku, všetko sedí s popisom. Ďakujem!",
    "posielate dnes alebo az v pondelok?",
    "Zajtra ráno to pošlem cez Packetu.",
    "Balík som podala, číslo zásielky nájdete v detaile objednávky.",
    "Má telefón nejaké škrabance na displeji?",
    "Batéria má kapacitu 86 %, nebola menená.",
    "Boli topánky nosené?",
    "Áno, nosené dvakrát, stav veľmi dobrý.",
    "Dá sa stôl rozložiť? Aké má rozmery?",
    "Rozmery 120 x 80 cm, rozložený 160 cm.",
    "vdaka za rychlu odpoved",
    "Super, beriem. Hneď to kúpim cez tlačidlo Kúpiť.",
    "Je možný osobný odber v Žiline?",
    "Žiaľ, do zahraničia neposielam.",
    "Sú šaty tmavomodré alebo čierne?",
    "Na fotke vyzerajú tmavšie, v skutočnosti sú tmavomodré.",
    "Môžem tovar vrátiť, ak nebude sedieť?",
    "Áno, vrátenie je možné do 14 dní cez formulár v objednávke.",
    "Balík ešte neprišiel, môžete skontrolovať stav?",
    "Podľa sledovania je zásielka v depe v Trnave.",
    "Ospravedlňujem sa za meškanie, bol som chorý.",
    "Sú knihy z nefajčiarskej domácnosti?",
    "Knihy sú z domácnosti bez zvierat a bez fajčiarov.",
    "kolko stoji postovne do Kosic?",
    "Poštovné je 2,90 € cez Packetu alebo 4,50 € kuriérom.",
    "Má konzola dva ovládače?",
    "V balení je jeden ovládač a HDMI kábel.",
    "Ďakujem, dám kladné hodnotenie.",
    "Bicykel má prehadzovačku Shimano Deore, plášte nové.",
    "Je kočík kompletný, s vaničkou aj športovou časťou?",
    "Môžete mi to podržať do piatku? Dostanem výplatu.",
    "Nerezervujem, kto prvý kúpi cez portál, ten má.",
    "Je stavebnica kompletná?",
    "Stavebnica je kompletná, skontrolovaná podľa návodu.",
    "Prosím o zabalenie do krabice, nie do fólie.",
    "Samozrejme, zabalím poriadne do krabice a bublinkovej fólie.",
    "je to original Lego alebo nahrada?",
    "Originálne Lego, kúpené v obchode, mám bloček.",
    "Prišla zlá veľkosť, objednávala som 40 a prišla 39.",
    "Veľmi sa ospravedlňujem, zadajte prosím vrátenie, poštovné vám uhradím.",
    "Má notebook slovenskú klávesnicu?",
    "Má SK/CZ klávesnicu, podsvietenie funguje.",
    "Kedy asi môžem čakať balík?",
    "Zvyčajne 1-2 pracovné dni od odoslania.",
    "mate este tie poháre po euro?",
    "Mám ešte 30 kusov, pošlem ich v jednom balíku.",
    "Je obraz v ráme?",
    "Drevený rám, bez skla.",
    "Objednávka je na vašu žiadosť zrušená, peniaze sa vrátia o pár dní.",
    "Je bunda nepremokavá?",
    "Je to softshell, slabý dážď vydrží.",
    "Sú dlaždice z jednej šarže?",
    "Zostalo 3,5 m2 z jednej šarže, farba rovnaká.",
    "Dá sa to prať v práčke?",
    "Iba ručné pranie na 30 stupňov.",
    "Veľmi pekne ďakujem, dcéra je nadšená!",
    "Aký je to model kávovaru?",
    "Je to DeLonghi Magnifica S, minulý mesiac odvápnený.",
    "dobry den su topanky na siroku nohu",
    "Skôr štandardná šírka, na širokú nohu môžu byť tesné.",
    "Ďalšie fotky som pridal do galérie inzerátu.",
    "Má autosedačka základňu isofix?",
    "Autosedačka je bez základne, pripína sa pásmi.",
    "Mohli by ste do balíka pridať aj tú čiapku z druhého inzerátu?",
    "Jasné, spojím to do jednej objednávky, kúpte prosím obe veci.",
    "ok vdaka, tak cakam",
    "V pohode, pekný deň!",
    "Majú nohavice dĺžku 32?",
    "Vnútorná dĺžka nohavice 81 cm.",
    "Je pneumatika z tohtoročnej výroby?",
    "Tlačí tlačiareň farebne?",
    "Áno, náplne sú zhruba v polovici.",
    "Balík prišiel, ale chýba nabíjačka, ktorá bola v popise.",
    "Máte pravdu, zabudol som. Nabíjačku pošlem zvlášť na svoje náklady.",
    "dalo by sa to vyzdvihnut v sobotu po desiatej?",
    "Krásna vec, škoda že je malá. Nech sa darí s predajom!",
    "Je to posledný kus?",
    "Pri kúpe viacerých vecí je cena na dohodu.",
    "Dám to do jedného balíka s tými nohavicami, ušetríte na poštovnom.",
    "Prepáčte, ale vec je už predaná.",
    "Akú veľkosť má posteľ, 90 alebo 140?",
    "Matrac nie je súčasťou, iba rám postele.",
    "mohli by ste poslat fotku podrazky?",
]

HARD = [
    "Kuriér vám pred doručením zavolá, majte prosím telefón pri sebe.",
    "Vyzdvihnutie v Z-BOXe je na kód z SMS, ktorý vám pošle Packeta.",
    "Nikdy nikomu nedávajte heslo ani kód z SMS, ani keď sa vydáva za podporu.",
    "Platba iba cez portál, je to bezpečnejšie pre nás oboch.",
    "Odkaz na sledovanie zásielky nájdete v e-maile s potvrdením objednávky.",
    "Neviem sa prihlásiť do svojho účtu na portáli, preto odpovedám neskoro.",
    "Zmenil som heslo a už to funguje, objednávku vidím v histórii.",
    "Sada kuchynských nožov Fiskars, 6 kusov, čepele bez vád.",
    "Poháre na víno, 6 kusov, predávam prázdne :)",
    "Tá cena je bomba, beriem hneď!",
    "Strunová kosačka na trávu, funguje bez problémov.",
    "Vrátenie peňazí bolo zadané cez portál, malo by prísť do 3 dní.",
    "Môžem zaplatiť kartou priamo na portáli? Nemám internetbanking.",
    "Áno, v košíku portálu je platba kartou aj rýchlym prevodom.",
    "Číslo objednávky: 2026-11-48213, skontrolujte to, prosím.",
    "Cena 49 €, v balení puzdro a tvrdené sklo.",
    "Prišla mi SMS s kódom na vyzdvihnutie, balík mám, ďakujem.",
    "Pozor na podvodníkov, ktorí píšu o 'bezpečnom doručení' s odkazom, to nie som ja.",
    "Peniaze z portálu už prišli, ďakujem za rýchlu platbu.",
    "Kuriér z DPD volal, ale nebol som doma, doručenie presunuté na zajtra.",
    "Neposielajte prosím peniaze nikomu mimo portálu, ja používam iba tunajšiu platbu.",
    "Poháriky na pálenku, sada 12 kusov, brúsené sklo, prázdne.",
    "Tričko s potlačou 'Killer Queen', originálny merch kapely.",
    "Je zásielka poistená pre prípad straty?",
    "Zaplatil som, ale v aplikácii vidím stav 'čaká na platbu'. Čo s tým?",
    "Nahláste to prosím podpore portálu cez reklamačný formulár, oni to vyriešia.",
    "Kniha 'Zločin a trest', vydanie z roku 1987.",
    "Hra 'Call of Duty' na PS5, disk bez škrabancov.",
    "Predám nôž na chlieb a sekáčik na mäso, nerez.",
    "Je poštovné zahrnuté v cene?",
    "Poslala som to Slovenskou poštou ako doporučený balík, sledovanie je v objednávke.",
    "Prišla mi divná správa od niekoho, kto chce číslo mojej karty. Nahlásil som to.",
    "Heslo k wifi tohto routera je na štítku zospodu, resetované na výrobné nastavenia.",
    "Fľaša od likéru prerobená na lampu, prázdna, funguje s LED žiarovkou.",
    "Cena je na dohodu, ale iba cez možnosť 'Navrhnúť cenu' na portáli.",
    "Platba na dobierku je dostupná v možnostiach doručenia na webe.",
    "Vyplňte prosím do objednávky telefón pre kuriéra, bez neho to GLS neprevezme.",
    "Fotku podacieho lístka som pridal do objednávky.",
    "Vrátia sa peniaze na kartu, ktorou som platil?",
    "Vodná pištoľ pre deti, 2 kusy, nové.",
    "Tovar zodpovedá popisu, predajcu odporúčam.",
    "Beriem za 40 €, ak prijmete ponuku na portáli.",
    "Vstupenky na koncert sú v objednávke ako PDF súbor.",
    "Zastrihávač fúzov Philips, funguje, nový nôž.",
    "Nastavil som si dvojfázové overenie, takže sa mi do účtu už nikto neprihlási.",
    "Ten predajca je fakt bomba, poslal to za deň.",
    "Kokosový olej a kakaové bôby, neotvorené, dátum spotreby 2027.",
]

GREETINGS = [
    "Dobrý deň,",
    "Zdravím,",
    "Ahoj,",
    "ahoj",
    "Dobry den",
    "Vážená pani,",
    "Dobrý večer,",
    "Pekný deň,",
]

SIGNOFFS = [
    "S pozdravom",
    "Pekný deň\nLucia",
    "S pozdravom\nPeter Novák",
    "Ďakujem a zdravím",
    "vdaka",
    "Majte sa\nKatarína",
    "Vopred ďakujem,\nTomáš",
]

QUOTE_INTRO = "Dňa 3. 12. 2026 o 14:12 predávajúci napísal(a):"

LONG_LETTERS = {
    "prohibited_item": [
        "Ahoj,\n\npíšem kvôli tomu inzerátu na výživové doplnky. Potrebujem niečo silnejšie "
        "do posilňovne, kamoš vravel, že zoženieš testosterón a klenbuterol bez predpisu. "
        "Zobral by som cyklus na 8 týždňov, zaplatím koľko treba, hlavne nech je balík "
        "diskrétny.\n\nVďaka, Kubo",
        "Dobrý deň,\n\nvo veľkoobchode máme hodinky Rolex a Omega, kópie najvyššej kvality, "
        "s gravírovaním a papiermi ako z butiku. Zákazník to od originálu nerozozná. Pri "
        "objednávke 5 kusov cena 100 € za kus. Viem spraviť aj falošný certifikát "
        "pravosti.\n\nS pozdravom\nVeľkoobchod",
    ],
    "off_platform": [
        "Dobrý deň, pani,\n\nvidím, že máte záujem o kočík. Portál si účtuje províziu, tak "
        "navrhujem jednoduchšie riešenie: pošlite prevod na môj účet SK89 0900 0000 0051 "
        "2233 4455 a ja kočík ešte dnes odošlem. Potvrdenie mi prosím pošlite SMS na "
        "0915 220 135.\n\nS pozdravom\nKarolína",
        "Čau,\n\nkým to tu kúpiš, ozvi sa mi súkromne, mám pre teba lepšiu ponuku. Napíš "
        "mi na Telegram, nick @barbora_elektronika. Mám tam ešte troje také slúchadlá a "
        "spravím ti cenu bez tej provízie portálu.\n\nZatiaľ",
    ],
    "external_link": [
        "Dobrý deň,\n\nďakujem za nákup. Aby sa zásielka odoslala rýchlejšie, potvrďte "
        "prosím adresu a zaplaťte poistenie zásielky na stránke prepravcu: "
        "https://packeta-poistenie.sk-vydaj.net/form?id=33910. Bez toho Z-BOX zásielku "
        "neprijme.\n\nS pozdravom\nPredávajúci",
        "Zdravím,\n\ntento model už tu nemám, ale na mojom webe www.bicykle-od-mariana.sk je "
        "ešte celá séria, aj v čiernej farbe. Objednávajte prosím cez formulár na webe, "
        "odosielam do 24 hodín.\n\nMarián",
    ],
    "scam": [
        "Dobrý deň,\n\nsom kapitán obchodnej lode a momentálne som na mori, preto si vec "
        "nemôžem vyzdvihnúť osobne. Môj agent vám pošle 1 200 €, teda viac, ako je cena. "
        "Rozdiel 700 € prosím pošlite cez Western Union agentovi, ktorý si po tovar "
        "príde. Je to naliehavé.\n\nCaptain Robert",
        "Vážený používateľ,\n\nvaša transakcia bola pozastavená bezpečnostným oddelením. Na "
        "odblokovanie výplaty musíte do 2 hodín zaplatiť vratný overovací poplatok 39 €. "
        "Po tejto lehote peniaze kupujúceho prepadnú a účet bude natrvalo zmazaný.\n\n"
        "Oddelenie overovania transakcií",
    ],
    "credentials_request": [
        "Ahoj,\n\nchcem zaplatiť, ale nejde mi karta. Spravíme to takto: príde ti SMS s "
        "overovacím kódom z banky, ten mi sem opíš a ja ním zaplatím objednávku, tebe to "
        "potom vrátim v hotovosti pri odovzdaní. Rýchlo prosím, kód platí len pár "
        "minút.\n\nVďaka",
        "Dobrý deň,\n\nz nášho systému vyplýva, že ste nepotvrdili údaje na výplatu. "
        "Odpovedzte prosím s názvom banky, prihlasovacím menom a heslom do "
        "internetbankingu a rodným číslom. Po overení budú peniaze pripísané "
        "automaticky.\n\nTím výplat",
    ],
    "profanity": [
        "Počúvaj,\n\nobjednal som si u teba topánky vo veľkosti 43, prišli 41 a ešte aj "
        "smrdia. Píšem tretíkrát a nič. Si obyčajný chuj, nie predajca. Vráť prachy, "
        "lebo ťa opíšem všade, kde sa dá, ty skurvený podvodník.\n\nAdam",
        "Dobrý deň,\n\nsnažila som sa byť milá, ale už nemôžem. Sľúbili ste odoslanie v "
        "pondelok a je piatok. Tak už konečne pohnite tou svojou lenivou riťou a pošlite "
        "ten balík, mám dosť toho vášho posratého cirkusu, do piče.\n\nMonika",
    ],
}
