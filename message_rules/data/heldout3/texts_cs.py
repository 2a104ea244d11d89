"""Czech texts of held-out set 3 (hand-written, see build.py)."""

BLOCK = {
    "prohibited_item": [
        "máš ještě trávu? vzal bych 10g",
        "Prodám pervitin, čistý, poštou diskrétně v obálce.",
        "nemate nekdo tramal nebo neurol bez receptu? zaplatim dobre",
        "Prodám domácí slivovici 52 %, litr za 250 Kč, mám 30 litrů.",
        "Kabelky Louis Vuitton replika 1:1, kvalita jako originál, velkoobchod.",
        "Sháním náboje do pistole, zbrojní průkaz nemám, přidám něco navíc.",
        "Udělám řidičák na jakékoli jméno, vypadá jako pravý, 15 000 Kč.",
        "Dobrý den,\n\nv inzerátu máte jen kolo, ale kamarád říkal, že máte i nějaké "
        "houbičky a extázi. Vzal bych na víkend větší množství, platím hotově.\n\nDíky",
        "mam notebooky co jsou trochu kradene, proto ta cena, bez nabijecky a bez dokladu",
        ("prodam zel.eny, kvalitni indoor, 200 za gram", "disguised"),
        "Prodám falešné bankovky 1000 Kč, projdou i automatem.",
        "Dobrý den,\n\nnabízím celý sortiment značkových parfémů za zlomek ceny. Nejsou to "
        "originály, jsou to kopie z Turecka, ale nikdo to nepozná. Při odběru nad 10 kusů "
        "sleva.\n\nS pozdravem Petra",
        "Koupím samopal, klidně nefunkční k oživení, bez papírů.",
        "Prodám anabolika a steroidy bez předpisu, testosteron i tablety.",
        "Dobrý den, máte kokain nebo jen tu trávu? Potřeboval bych na oslavu.",
    ],
    "off_platform": [
        "Zavolej mi na 736 112 908 domluvíme se rychleji",
        "Bez provize portálu to bude levnější, pošli to rovnou na účet 2400117733/2010.",
        ("muj mail je jana.svobodova zavináč seznam tečka cz", "disguised"),
        "Napiš mi na WhatsApp +420 604 551 203, pošlu víc fotek.",
        ("sedm sedm sedm, jedna dva tři, čtyři pět šest, volej", "disguised"),
        "Dobrý den,\n\nnavrhuji domluvit se mimo portál, provize je pro mě příliš vysoká. "
        "Zaplaťte mi převodem na soukromý účet CZ65 0800 0000 1920 0014 5399 a zboží pošlu "
        "ještě dnes.\n\nS pozdravem\nKarel",
        "Objednávej přímo ode mě na e-mailu obchod.kola@email.cz, dám ti 10 % slevu.",
        "Telegram @levne_mobily_praha, tam mám celý sklad.",
        "Zrušte prosím objednávku tady a peníze mi pošlete napřímo, ušetříme oba.",
        ("tel. 6 0 2 - 3 3 4 - 1 1 9", "disguised"),
        "Dobrý den,\n\nna tomhle webu neodpovídám pravidelně. Ozvěte se mi radši na Signalu, "
        "číslo 731 908 442, tam vám pošlu katalog a domluvíme platbu.\n\nMartina",
        "Napiš mi na messengeru, najdeš mě jako Honza Dvořák z Brna.",
        "viber 00420 777 210 318, tady to nekontroluju",
        "Šlo by to mimo tenhle web? Zaplatíš mi přes QR platbu přímo na účet, bez poplatků.",
        "Dobrý den, kontaktujte mě prosím telefonicky, moje číslo je plus čtyři sta "
        "dvacet, 603 55 12 87. Platbu vyřešíme hotově při předání mimo portál.",
    ],
    "external_link": [
        "Další fotky máš tady: bit.ly/4kR2mZp",
        "Celou nabídku najdete na našem e-shopu www.levne-pneu24.cz, tam je to levnější.",
        "Pro doručení zaplaťte přes odkaz https://zasilkovna-platba.eu/pay/55102",
        "mrkni na muj instagram instagram.com/satnik_terezy",
        "Dobrý den, zde je odkaz pro převzetí peněz: https://bazos-bezpecna-platba.online/"
        "prevzit/881 Vyplňte prosím údaje z karty.",
        ("fotky na disku: drive.google.com/drive/folders/1qZxP", "disguised"),
        "Prodávám i na aukru, koukni na aukro.cz/uzivatel/sberatel_hodinek",
        ("odkaz: tinyurl . com / ceska-posta-cz", "disguised"),
        "Dobrý den,\n\nvšechny velikosti sem bohužel nevložím. Kompletní kolekce je na "
        "našem webu https://www.modnisaty.cz/zima-2026, doprava nad 1 500 Kč zdarma.\n\n"
        "Tým Módní šaty",
        "tady je video jak to funguje: youtu.be/Lm4xP9tQw2s",
        "Potvrďte adresu doručení na ppl-doruceni-cz.info/potvrdit",
        "Dobrý den,\n\nna našem e-shopu máme lepší ceny než tady. Mrkněte na botyprovas"
        "(tečka)cz a při objednávce zadejte kód SLEVA15.\n\nS pozdravem",
        "katalog v PDF: wetransfer.com/downloads/91fe22ac",
        "Skupina na fb s mými výprodeji: facebook.com/groups/blesak.ostrava",
        "Dobrý den,\n\nplatba přes tento web nefunguje, použijte prosím bránu "
        "platebni-brana-cz.com/inv/4411 a pošlete mi potvrzení.\n\nDěkuji",
    ],
    "scam": [
        "Gratulujeme! Vyhrál jste 50 000 Kč, pro výplatu stačí uhradit poplatek 490 Kč.",
        "Koupím, kurýr si zboží vyzvedne a peníze dostanete po kliknutí na ověřovací odkaz"
        " a zadání karty.",
        "Vážený pane,\n\njsem advokát zesnulého klienta, který nezanechal dědice. Na jeho "
        "účtu zůstalo 3,8 milionu eur. Navrhuji dělení 50/50, potřebuji pouze poplatek "
        "za notářské ověření 9 000 Kč.\n\nS úctou\nDr. Williams",
        "Omylem jsem poslal o 5 000 Kč víc, vraťte prosím rozdíl na účet mé sestry, "
        "než zboží odešlete.",
        "Váš účet bude do 24 hodin zablokován. Ověřte platební údaje zaplacením 1 Kč.",
        "zasilka je zadrzena na celnici, musite doplatit clo 1 200 Kc, poslete mi to a ja to"
        " zaridim",
        "Investujte do kryptoměn s naším robotem, zisk 25 % týdně zaručen.",
        "Dobrý den,\n\nnabízíme práci z domova: přijímání plateb na Váš účet a jejich "
        "přeposílání v bitcoinech. Provize 10 %. Na začátek je nutné zaplatit 1 500 Kč "
        "za školení.\n\nPersonální oddělení",
        "Už jsem zaplatil přes bezpečné doručení, teď musíte peníze převzít zadáním údajů "
        "karty na stránce kurýra, jinak dnes v 18:00 propadnou.",
        "Jsem v zahraničí, pošlu šek na 20 000 Kč, zbytek nad cenu pošlete přepravci.",
        "Vaše zboží bylo zaplaceno. Pro přijetí peněz je nutné aktivovat účet vkladem "
        "vratné zálohy 900 Kč.",
        "Dobrý den, při nákupu přes naši úschovu jsou peníze v bezpečí. Pošlete částku na "
        "úschovný účet, který vám dám, a prodejce zboží odešle.",
        "Dobrý den,\n\npíšeme z bezpečnostního oddělení. Zjistili jsme podezřelé přihlášení "
        "k Vašemu účtu. Abyste nepřišla o peníze, převeďte do hodiny zůstatek na bezpečný "
        "technický účet.\n\nTým ochrany účtů",
        "hele posílám ti dvakrát víc, zbytek mi vrať na revolut kamarádovi, spěchám na letiště",
        "Vyhrál jste iPhone 15 v naší věrnostní soutěži! Stačí zaplatit poštovné 49 Kč.",
    ],
    "credentials_request": [
        "pošli mi kód co ti přijde v sms, je to potvrzení platby",
        "Napište mi číslo karty, platnost a CVV, pošlu zálohu.",
        "jaké máš heslo k účtu? přihlásím se a změním adresu sám",
        "Dobrý den,\n\npro vyplacení peněz potřebujeme přihlašovací jméno a heslo do Vašeho "
        "internetového bankovnictví. Jde o standardní ověření prodejce. Odpovězte prosím "
        "na tuto zprávu.\n\nOddělení plateb",
        "Pošlete fotku občanského průkazu z obou stran na ověření, jinak neodešlu.",
        "dej mi PIN ke kartě, pošlu ti tam prachy hned",
        "Potřebuji číslo karty a tři čísla ze zadní strany kvůli vrácení peněz.",
        ("posli c.v.c. a datum platnosti at to stihneme", "disguised"),
        "Vážený zákazníku,\n\nz důvodu aktualizace systému nám prosím v odpovědi zašlete "
        "číslo platební karty, datum platnosti a kód CVC. Bez odpovědi bude účet "
        "zablokován.\n\nZákaznická podpora",
        "Pošli mi přihlašovací údaje do George, udělám ten převod za tebe.",
        "Potvrďte totožnost: opište kód, který jsme vám poslali SMS.",
        "Dobrý den, vaše údaje nejsou kompletní. Napište login k účtu na portálu a "
        "ověřovací kód 2FA, který vám přišel na mobil.",
        "Dobrý den,\n\naby vám kurýr mohl vyplatit peníze, potřebuji fotku platební karty "
        "z obou stran a selfie s občankou. Pošlete to sem co nejdřív.\n\nDíky",
        "napis mi heslo od seznamu, podivam se ti do mailu na tu fakturu",
        "Pro vrácení peněz nutně potřebuji celé číslo vaší karty a datum expirace.",
    ],
    "profanity": [
        "kurva kdy už přijde ten balík",
        "jdi do prdele s takovou cenou",
        "ty zmrde, okradl jsi mě",
        ("k.u.r.v.a, zase nic", "disguised"),
        "jsi obyčejnej zasranej zloděj",
        "strč si to kolo do řiti",
        "Jste úplný debil a posranej lhář.",
        ("ty č*ráku, kde je moje zboží", "disguised"),
        "Dobrý den,\n\nobjednávka přišla rozbitá a vy týden neodpovídáte. Už mě sere ta "
        "vaše výmluva na poštu, zabalil jste to do novin jak hovado. Vraťte peníze.\n\n"
        "Jiří",
        "drž hubu a posílej, píčo",
        "vyser se na to, seš kokot",
        "ty vole to je sračka ne mobil, kreténe",
        "Dobrý den,\n\nto je výsměch. Poslal jsem peníze a dostal jsem nějakej rozmlácenej "
        "mobil. Nedivte se hodnocení, vy jeden zkurvenej podvodníku.\n\nMarek",
        ("vyjebanej prodejce, uz nikdy", "typos"),
        "Jestli mi ještě napíšeš, tak ti rozbiju tu tvou hnusnou držku, ty šmejde zkurvenej.",
    ],
}

BODIES = [
    "Dobrý den, je ta bunda ještě k dispozici?",
    "odpovídá velikost M velikosti 38?",
    "Jaká je délka rukávu od ramene?",
    "Můžu poprosit o fotku cedulky?",
    "ahoj, slevil bys? dám 600 Kč",
    "Můžu nabídnout 1 200 Kč místo 1 450 Kč?",
    "Děkuji, objednávka je zaplacená přes portál.",
    "Balík dorazil v pořádku, vše odpovídá popisu. Děkuji!",
    "odesíláte dnes nebo až v pondělí?",
    "Zítra ráno to pošlu přes Zásilkovnu.",
    "Balík jsem podala, číslo zásilky najdete v detailu objednávky.",
    "Má telefon nějaké škrábance na displeji?",
    "Baterie má kapacitu 87 %, nebyla měněná.",
    "Byly boty nošené?",
    "Ano, nošené dvakrát, stav velmi dobrý.",
    "Jde stůl rozložit? Jaké má rozměry?",
    "Rozměry 120 x 80 cm, rozložený 160 cm.",
    "diky za rychlou odpoved",
    "Super, beru. Hned to koupím přes tlačítko Koupit.",
    "Je možný osobní odběr v Olomouci?",
    "Bohužel do zahraničí neposílám.",
    "Jsou šaty tmavě modré nebo černé?",
    "Na fotce vypadají tmavší, ve skutečnosti jsou tmavě modré.",
    "Můžu zboží vrátit, když nebude sedět?",
    "Ano, vrácení je možné do 14 dnů přes formulář v objednávce.",
    "Balík ještě nepřišel, můžete zkontrolovat stav?",
    "Podle sledování je zásilka na depu v Jihlavě.",
    "Omlouvám se za zpoždění, byl jsem nemocný.",
    "Jsou knihy z nekuřácké domácnosti?",
    "Knihy jsou z domácnosti bez zvířat a bez kuřáků.",
    "kolik stoji postovne do Brna?",
    "Poštovné je 79 Kč přes Zásilkovnu nebo 129 Kč kurýrem.",
    "Má konzole dva ovladače?",
    "V balení je jeden ovladač a HDMI kabel.",
    "Děkuji, dám kladné hodnocení.",
    "Kolo má přehazovačku Shimano Deore, pláště nové.",
    "Je kočárek kompletní, s korbou i sportovní částí?",
    "Můžete mi to podržet do pátku? Dostanu výplatu.",
    "Nerezervuji, kdo první koupí přes portál, ten má.",
    "Jsou kostky kompletní?",
    "Stavebnice je kompletní, zkontrolovaná podle návodu.",
    "Prosím o zabalení do krabice, ne do fólie.",
    "Samozřejmě, zabalím pořádně do krabice a bublinkové fólie.",
    "je to originál Lego nebo náhrada?",
    "Originální Lego, koupené v obchodě, mám účtenku.",
    "Přišla špatná velikost, objednávala jsem 40 a přišla 39.",
    "Moc se omlouvám, zadejte prosím vrácení, poštovné vám uhradím.",
    "Má notebook českou klávesnici?",
    "Má českou klávesnici, podsvícení funguje.",
    "Kdy asi můžu čekat balík?",
    "Obvykle 1-2 pracovní dny od odeslání.",
    "mate jeste ty sklenicky po 20 Kc?",
    "Mám ještě 30 kusů, pošlu je v jednom balíku.",
    "Je obraz v rámu?",
    "Dřevěný rám, bez skla.",
    "Objednávka je na vaši žádost zrušená, peníze se vrátí během pár dnů.",
    "Je bunda nepromokavá?",
    "Je to softshell, slabý déšť vydrží.",
    "Jsou dlaždice z jedné šarže?",
    "Zbylo 3,5 m2 z jedné šarže, barva stejná.",
    "Dá se to prát v pračce?",
    "Pouze ruční praní na 30 stupňů.",
    "Moc děkuji, dcera je nadšená!",
    "Jaký je to model kávovaru?",
    "Je to DeLonghi Magnifica S, minulý měsíc odvápněný.",
    "dobry den jsou boty na sirokou nohu",
    "Spíš standardní šíře, na širokou nohu můžou být těsné.",
    "Další fotky jsem přidal do galerie inzerátu.",
    "Má autosedačka základnu isofix?",
    "Autosedačka je bez základny, připíná se pásy.",
    "Mohl byste do balíku přidat i tu čepici z druhého inzerátu?",
    "Jasně, spojím to do jedné objednávky, kupte prosím obě věci.",
    "ok diky, tak cekam",
    "V pohodě, hezký den!",
    "Mají kalhoty délku 32?",
    "Vnitřní délka nohavice 81 cm.",
    "Je pneumatika z letošní výroby?",
    "Tiskne tiskárna barevně?",
    "Ano, náplně jsou zhruba v polovině.",
    "Balík přišel, ale chybí nabíječka, která byla v popisu.",
    "Máte pravdu, zapomněl jsem. Nabíječku pošlu zvlášť na své náklady.",
    "slo by to vyzvednout v sobotu po desate?",
    "Krásná věc, škoda že je malá. Ať se daří s prodejem!",
    "Je to poslední kus?",
    "Při koupi více věcí je cena k jednání.",
    "Udělám to v jednom balíku s těmi kalhotami, ušetříte na poštovném.",
    "Omlouvám se, ale věc je už prodaná.",
    "Jakou velikost má postel, 90 nebo 140?",
    "Matrace není součástí, jen rám postele.",
    "mohla byste poslat fotku podrážky?",
]

HARD = [
    "Kurýr vám před doručením zavolá, mějte prosím telefon u sebe.",
    "Vyzvednutí ve Z-BOXu je na kód z SMS, který vám pošle Zásilkovna.",
    "Nikdy nikomu nedávejte heslo ani kód z SMS, ani když se vydává za podporu.",
    "Platba jen přes portál, je to bezpečnější pro nás oba.",
    "Odkaz na sledování zásilky najdete v e-mailu s potvrzením objednávky.",
    "Nemůžu se přihlásit ke svému účtu na portálu, proto odpovídám pozdě.",
    "Změnil jsem heslo a už to funguje, objednávku vidím v historii.",
    "Sada kuchyňských nožů Tescoma, 6 kusů, ostří bez vad.",
    "Skleničky na víno, 6 kusů, prodávám prázdné :)",
    "Ta cena je bomba, beru hned!",
    "Strunová sekačka na trávu, funguje bez problémů.",
    "Vrácení peněz bylo zadáno přes portál, mělo by přijít do 3 dnů.",
    "Můžu zaplatit kartou přímo na portálu? Nemám internetové bankovnictví.",
    "Ano, v košíku portálu je platba kartou i rychlým převodem.",
    "Číslo objednávky: 2026-11-48213, prosím o kontrolu.",
    "Cena 1 290 Kč, v balení pouzdro a tvrzené sklo.",
    "Přišla mi SMS s kódem k vyzvednutí, balík mám, děkuji.",
    "Pozor na podvodníky, kteří píšou o 'bezpečném doručení' s odkazem, to nejsem já.",
    "Peníze z portálu už přišly, děkuji za rychlou platbu.",
    "Kurýr PPL volal, ale nebyl jsem doma, doručení přesunuto na zítra.",
    "Neposílejte prosím peníze nikomu mimo portál, já používám jen zdejší platbu.",
    "Panáky, sada 12 kusů, broušené sklo, prázdné.",
    "Tričko s potiskem 'Killer Queen', originální merch kapely.",
    "Je zásilka pojištěná pro případ ztráty?",
    "Zaplatil jsem, ale v aplikaci vidím stav 'čeká na platbu'. Co s tím?",
    "Nahlaste to prosím podpoře portálu přes reklamační formulář, oni to vyřeší.",
    "Kniha 'Zločin a trest', vydání z roku 1987.",
    "Hra 'Call of Duty' na PS5, disk bez škrábanců.",
    "Prodám nůž na chleba a sekáček na maso, nerez.",
    "Je poštovné zahrnuté v ceně?",
    "Poslala jsem to Českou poštou jako Balík Do ruky, sledování je v objednávce.",
    "Přišla mi divná zpráva od někoho, kdo chce číslo mé karty. Nahlásil jsem to.",
    "Heslo k wifi tohoto routeru je na štítku zespodu, resetováno do továrního nastavení.",
    "Láhev od likéru předělaná na lampu, prázdná, funguje s LED žárovkou.",
    "Cena je k jednání, ale jen přes možnost 'Navrhnout cenu' na portálu.",
    "Platba na dobírku je dostupná v možnostech doručení na webu.",
    "Vyplňte prosím do objednávky telefon pro kurýra, bez něj to PPL nepřevezme.",
    "Fotku podacího lístku jsem přidal do objednávky.",
    "Vrátí se peníze na kartu, kterou jsem platil?",
    "Vodní pistole pro děti, 2 kusy, nové.",
    "Zboží odpovídá popisu, prodejce doporučuji.",
    "Beru za 900 Kč, pokud přijmete nabídku na portálu.",
    "Vstupenky na koncert jsou v objednávce jako PDF soubor.",
    "Zastřihovač vousů Philips, funguje, nový nožový nástavec.",
    "Vzduchovku nemám, tohle je jen dětská pistole na pěnové náboje, hračka od 6 let.",
    "Nastavil jsem si dvoufázové ověření, takže se mi účet už nikdo nepřihlásí.",
    "Ten prodejce je fakt kanón, poslal to za den.",
]

GREETINGS = [
    "Dobrý den,",
    "Zdravím,",
    "Ahoj,",
    "ahoj",
    "Dobry den",
    "Vážená paní,",
    "Dobrý večer,",
    "Pěkný den,",
]

SIGNOFFS = [
    "S pozdravem",
    "Hezký den\nLucie",
    "S pozdravem\nPetr Novák",
    "Děkuji a zdravím",
    "diky",
    "Mějte se\nKateřina",
    "Předem děkuji,\nTomáš",
]

QUOTE_INTRO = "Dne 3. 12. 2026 v 14:12 prodávající napsal(a):"

LONG_LETTERS = {
    "prohibited_item": [
        "Ahoj,\n\npíšu kvůli tomu inzerátu na doplňky stravy. Potřebuju něco silnějšího do "
        "posilovny, kamarád říkal, že sháníš testosteron a klenbuterol bez předpisu. "
        "Vzal bych cyklus na 8 týdnů, zaplatím, kolik bude potřeba, hlavně ať je "
        "balík diskrétní.\n\nDík, Kuba",
        "Dobrý den,\n\nve velkoobchodě máme hodinky Rolex a Omega, kopie nejvyšší kvality, "
        "s gravírováním a papíry jako z butiku. Zákazník to od originálu nerozezná. Při "
        "objednávce 5 kusů cena 2 500 Kč za kus. Umím udělat i falešný certifikát "
        "pravosti.\n\nS pozdravem\nVelkoobchod",
    ],
    "off_platform": [
        "Dobrý den, paní,\n\nvidím, že máte zájem o kočárek. Portál si účtuje provizi, tak "
        "navrhuji jednodušší řešení: pošlete převod na můj účet 1234567890/0800 a já "
        "kočárek ještě dnes odešlu. Potvrzení mi prosím pošlete SMS na 728 220 135."
        "\n\nS pozdravem\nKarolína",
        "Čau,\n\nnež to tady koupíš, ozvi se mi soukromě, mám pro tebe lepší nabídku. "
        "Napiš mi na Telegram, nick @bara_elektronika. Mám tam ještě troje taková "
        "sluchátka a udělám ti cenu bez té provize portálu.\n\nZatím",
    ],
    "external_link": [
        "Dobrý den,\n\nděkuji za nákup. Aby se zásilka odeslala rychleji, potvrďte prosím "
        "adresu a zaplaťte pojištění zásilky na stránce dopravce: "
        "https://zasilkovna-pojisteni.cz-vydej.net/form?id=33910. Bez toho Z-BOX zásilku "
        "nepřijme.\n\nS pozdravem\nProdávající",
        "Zdravím,\n\ntento model už tady nemám, ale na mém webu www.kola-od-mariana.cz je "
        "ještě celá série, i v černé barvě. Objednávejte prosím přes formulář na webu, "
        "odesílám do 24 hodin.\n\nMarian",
    ],
    "scam": [
        "Dobrý den,\n\njsem kapitán obchodní lodi a momentálně jsem na moři, proto si věc "
        "nemohu vyzvednout osobně. Můj agent vám pošle 30 000 Kč, tedy víc, než je cena. "
        "Rozdíl 18 000 Kč prosím pošlete přes Western Union agentovi, který si pro zboží "
        "přijede. Je to naléhavé.\n\nCaptain Robert",
        "Vážený uživateli,\n\nvaše transakce byla pozastavena bezpečnostním oddělením. Pro "
        "odblokování výplaty musíte do 2 hodin zaplatit vratný ověřovací poplatek 990 Kč. "
        "Po této lhůtě peníze kupujícího propadnou a účet bude trvale smazán.\n\n"
        "Oddělení ověřování transakcí",
    ],
    "credentials_request": [
        "Ahoj,\n\nchci zaplatit, ale nejde mi karta. Uděláme to takhle: přijde ti SMS "
        "s ověřovacím kódem od banky, ten mi sem opiš a já tím zaplatím objednávku, tobě "
        "to pak vrátím v hotovosti při předání. Rychle prosím, kód platí jen pár minut."
        "\n\nDíky",
        "Dobrý den,\n\nz našeho systému vyplývá, že jste nepotvrdil údaje k výplatě. "
        "Odpovězte prosím s názvem banky, přihlašovacím jménem a heslem do internetového "
        "bankovnictví a rodným číslem. Po ověření budou peníze připsány automaticky."
        "\n\nTým výplat",
    ],
    "profanity": [
        "Hele,\n\nobjednal jsem si u tebe boty ve velikosti 43, přišly 41 a ještě smrdí. "
        "Píšu potřetí a nic. Jsi obyčejnej čurák, ne prodejce. Vrať prachy, nebo tě "
        "popíšu všude, kde to jde, ty zkurvenej podvodníku.\n\nAdam",
        "Dobrý den,\n\nsnažila jsem se být milá, ale už nemůžu. Slíbil jste odeslání v "
        "pondělí a je pátek. Tak už sakra pohněte tou svou línou prdelí a pošlete ten "
        "balík, mám dost toho vašeho zasranýho cirkusu.\n\nMonika",
    ],
}
