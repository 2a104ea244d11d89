# ruff: noqa: E501
"""Czech messages for held-out set 12 (written directly in Czech)."""

BLOCK = {
    "prohibited_item": [
        "hele máš ještě tu sativu z minula? vzal bych deset gramů na chatu",
        "Prodám tuzemák a domácí višňovku po dědovi, 3 litry, odvoz z Valašska",
        "na tu mikinu bych přihodil i pár krystalů, kdybys chtěl, víš čeho",
        "sháním Rohypnol, recept nemám, platím dobře",
        "Dresy Sparty, čínská kopie, ale v inzerátu píšu originál z fanshopu",
        "Tabák bez kolku, kilo za 1200, dovoz z Polska autem",
        "Mám na prodej plynovku předělanou na ostrou, bez papírů",
        "koks dobrej, pražská kvalita, 1 g za 2 litry",
        "ten skútr je kradenej, proto za pět, techničák není",
        "prodám účty do Netflixu, hesla jsou z úniku, běží dál",
        "Becherovka ve velkém, 50 lahví, bez dokladů, z kamionu",
        "houbičky lysohlávky sušený, 5 g, poštou",
        "m ě ř í c í váhu a k tomu t r á v u, dohromady levněji",
        "Vlastní víno z Mikulova, Pálava 2023, karton šesti lahví za 900, pošlu",
        "Ritalin a Modafinil pro studenty, bez receptu, Zásilkovnou",
        """Zdravím,

viděl jsem, že prodáváte pěstitelské stany a lampy. Nemáte náhodou už i hotovou úrodu? Sháním tak 20 gramů sušené, ideálně nějakou silnější odrůdu, a klidně i pár semínek navíc. Přijedu si osobně do Liberce, platím hotově.

Díky
Filip""",
        """Dobrý den,

k té trampolíně bych potřeboval i něco „na nervy“. Dcera říkala, že máte po babičce zbylé léky – Lexaurin nebo Neurol, cokoliv. Recept nemám a k doktorovi se mi nechce. Zaplatím klidně dvojnásob.

Děkuji, Jindřich""",
        """Ahoj,

z dovolené v Turecku jsem dovezla kufr „značkových“ hodinek – Omega, Tag Heuer. Jsou to kopie, ale budu je tady nabízet jako originály po dědovi, s krabičkou. Kdybys chtěla dělat prodej po známých, dám ti provizi 20 %.

Bára""",
        """Nazdar,

mám k dispozici bedny plzeňskýho a rumu z jednoho obchodu, co zavřel – prostě jsme je s kámošema vynesli, než se to zamklo. Rum Božkov po 100 Kč, víc než 10 lahví. Přijeď s autem za Kladno.

Míra""",
        """Dobrý den,

nabízím legálně nedostupné zbraně: samopal vz. 58 a dvě pistole CZ, bez registrace, bez průkazu. Předání pouze osobně, náboje v ceně. Seriózní zájemci napište.

Děkuji""",
    ],
    "off_platform": [
        "bazoš je lepší, tady nekupuj, napiš mi SMS na 603 998 114",
        "přes QR platbu mi to pošli přímo, poplatek portálu si ušetříme",
        "Jsem k zastižení na telefonu sedm nula dva, sto jedenáct, dvě stě dvacet dva",
        "adresa pro objednávky: prodej.kola zavinac centrum tecka cz",
        "Stornuj to tady a pošli peníze na Revolut @radek_brno, dám ti slevu",
        "Dáme to osobně u Anděla, dáš mi tři tisíce v hotovosti a je to",
        "Můj Telegram je @mobily_levne_praha, tady už moc nepíšu",
        "Účet u Airbank 1234567890/3030, po připsání posílám PPL",
        "zavolej +420 7 3 1 . 2 2 2 . 3 3 3 a domluvíme se",
        "Objednej si to u mě přímo, pošlu zálohovou fakturu mimo portál",
        "Najdeš mě na WhatsAppu pod číslem v profilu, jen bez nuly na začátku",
        "pošli mi kontakt na sebe, mail nebo telefon, a tady to zrušíme",
        "Tady se nedohodneme, napiš mi na Messenger, Jitka Benešová Brno",
        "Dobírkou mimo systém to bude levnější, napište číslo a adresu",
        "piš na Signal, číslo 7 2 4 nula nula 1 8 8 9",
        """Ahoj Terezko,

ty šaty ti ráda prodám, ale radši ne přes košík, ten poplatek je fakt hrozný. Pošli mi to na účet 670100-2212345678/6210 a já ti je hned v pondělí hodím na poštu. Stejně se známe z práce, tak co.

Pa, Lucka""",
        """Dobrý den,

píšu vám kvůli té motorce. Nejsem moc na psaní, tak mi radši brnkněte: sedm set dvacet jedna, nula čtyři čtyři, osm osm devět. Domluvíme se na prohlídce a peníze mi dáte na ruku, portál do toho tahat nemusíme.

Zdeněk Hora""",
        """Čus,

mám ještě dalších 30 triček s potiskem, ale tady je dávat nebudu. Napiš mi na Instagram @printshop_jirka, tam ti pošlu katalog a zaplatíš mi přes QR platbu. Tahle objednávka ať se klidně zruší.

Jirka""",
        """Dobrý den,

omlouvám se, ale systém mi neumožňuje vám odeslat fakturu. Objednávku prosím stornujte a pošlete ji přímo na obchod(zavinac)domacidilna(tecka)cz. Platbu vyřešíme převodem, dodání stejně rychle.

Domácí dílna s.r.o.""",
        """Ahoj,

vidím, že jsi z Olomouce jako já. Co kdybychom to udělali normálně, bez portálu? Sejdeme se u Galerie Šantovka, ty mi dáš dva a půl tisíce v hotovosti a já ti dám konzoli i s hrami. Napiš mi na WhatsApp, číslo +420 605 118 227.

Honza""",
    ],
    "external_link": [
        "fotky z chaty jsou na zonerama.com/kolo2026, mrkni",
        "Levněji na mém e-shopu: kolaszedem cz",
        "koukni na video na youtu.be/Ck92pLx, tam je vidět, že to jede",
        "Pro vrácení vyplňte formulář na vraceni-zbozi.online",
        "mám to i na sbazar.cz/kolaradek, tam bez poplatku",
        "Platbu proveďte na https://platebni-brana-cz.top/pay/55120",
        "Skupina s akcemi: chat.whatsapp.com/Lk2pQkolaCZ",
        "moje fotky šatů: pinterest.com/satnikkaterina",
        "web: w w w . d o m a c i - m y d l a . cz",
        "podmínky soutěže na bitly.com/soutez-cz-2026",
        "Dejte mi like na facebook.com/kolaszedem a dostanete slevu",
        "hodnocení mám na zbozi.cz/obchod/12345",
        "Objednávky přes tally.so/r/objednavka-kola",
        "ceník je na sheets.google.com/kola-cenik-2026",
        "aukro tečka cz lomeno uzivatel lomeno kola_radek",
        """Dobrý den,

návod na montáž a rozměry skříně najdete v PDF tady: uloz.to/file/9xKp2/navod-skrin. A kdybyste chtěl další kusy nábytku, celá nabídka je na našem webu nabytek-z-dilny tečka cz.

Truhlářství Kučera""",
        """Ahoj,

fotky té krabice jsou moc velký na chat, tak jsem je dal na rajče: mikulas88.rajce.idnes.cz/lego. Jsou tam všechny sety, co prodávám, klidně si vyber.

Mikuláš""",
        """Vážený zákazníku,

vaše zásilka čeká na potvrzení doručovací adresy. Potvrďte ji prosím do 24 hodin na stránce doruceni-overeni.cz-info.net, jinak se zásilka vrátí odesílateli.

Doručovací služba""",
        """Nazdar,

k té stavebnici Merkur mám ještě návod naskenovaný, ale sem ho nedám. Stáhni si ho z webshare.cz/file/8k2Lq/navod-merkur a kdyžtak tam mám ve složce i další stavebnice na prodej.

Ruda""",
        """Dobrý den,

místo placení tady vám pošlu fakturu přes Fakturoid, zaplatíte ji přes odkaz app.fakturoid.cz/domacidilna/p/Xk29 kartou. Je to rychlejší a zboží odešleme hned.

Domácí dílna""",
    ],
    "scam": [
        "dobrý den, jsem z Alzy, vaše reklamace je schválená, jen uhraďte manipulační poplatek 149 Kč",
        "Pane, exekutorský úřad: dlužíte 3 870 Kč za nezaplacenou dálniční známku, zaplaťte dnes, jinak obstavíme účet",
        "Kupující zaplatil přes ČSOB Bezpečný převod, peníze uvolníte zaplacením 250 Kč za aktivaci",
        "Zdarma iPhone za recenzi! Stačí zaplatit clo 79 Kč, jinak propadá",
        "Zlato, tady Tvůj syn, mám nové číslo, pošli mi rychle 9 800 na nájem, vysvětlím večer",
        "Kupuju pro bratra do Německa, pošlu šek na 30 000, vy mi vrátíte 12 000 na dopravu",
        "Máte neuhrazenou pokutu od Městské policie, 500 Kč do 24 h, jinak předáme soudu",
        "Bitcoin ETF pro Čechy: vložte 6 000 Kč, za měsíc garantovaně 60 000",
        "Na Vašem účtu Vinted čeká výplata, pro převod zaplaťte ověření 1,90 €",
        "Vím, kde bydlíš a kde máš děti ve školce. 20 tisíc do pátku, jinak uvidíš",
        "ČEZ: přeplatek 2 340 Kč vám vrátíme po zaplacení administrativního poplatku 90 Kč",
        "Jste v užším výběru na brigádu s výdělkem 4000/den, jen pošlete vstupní kauci 1 500",
        "Zásilka z Číny zadržena celní správou, doplatek 187 Kč, jinak bude zničena",
        "Zaplatil jsem omylem dvakrát, prosím vraťte jednu platbu na účet mé matky",
        "Jako prodejce máte nárok na dotaci 15 000 Kč od EU, stačí zaplatit 300 Kč za zpracování",
        """Dobrý den,

jsem notář Mgr. Pavel Brázda. Vaše vzdálená teta z Kanady zemřela a odkázala vám dům a 2,4 milionu korun. Než bude dědictví uvolněno, je nutné zaplatit soudní poplatek 18 500 Kč na účet naší kanceláře. Prosím, nikomu zatím nic neříkejte, dokud řízení neskončí.

S úctou
Mgr. Pavel Brázda""",
        """Ahoj krásko,

píšeme si teprve měsíc, ale mám pocit, že tě znám celý život. Jsem inženýr na ropné plošině v Severním moři a zasekl jsem se kvůli clu na svou výplatu v zlatě. Potřebuju 45 000 Kč, hned jak se dostanu domů, tak ti všechno vrátím a přijedu za tebou.

Tvůj Michael""",
        """Dobrý den,

vaše zásilka s číslem CZ7712 nemohla být doručena kvůli nedostatečnému poštovnému. Doplatek 27 Kč uhraďte kartou do 12 hodin, jinak bude balík vrácen a bude vám účtováno skladné 500 Kč.

Česká pošta – zákaznický servis""",
        """Dobrý den,

podle našich záznamů jste minulý týden prodával přes portál bez přiznání příjmu. Finanční úřad vám vyměřil pokutu 4 800 Kč. Pokud ji neuhradíte do 3 dnů převodem, předáme věc exekutorovi a zablokujeme vám bankovní účet.

Finanční úřad – odbor kontroly""",
        """Ahoj,

zkoušel jsi už Kryptobota 3000? Já jsem do něj dal 10 tisíc v září a teď mám na účtu 84 tisíc. Bot obchoduje sám a zisk je garantovaný, min. 15 % týdně. Když se přihlásíš přes mě, dostaneš bonus, ale musíš vložit aspoň 7 500.

Vojta""",
    ],
    "credentials_request": [
        "a jaký máš PIN k bankomatové kartě? bez toho ti tu dobírku nevyplatím",
        "Nahraj mi prosím fotku řidičáku a pasu, ověřujeme každého kupujícího",
        "pošlete mi číslo pojištěnce a rodné číslo, vyplním za vás reklamační protokol",
        "kód na přihlášení do Bankovní identity mi nadiktuj, přihlásím tě sám",
        "Jaké je heslo k tvému Apple ID? nastavím ti ten iPhone, co jsem prodal",
        "Pošli kód z Moneta Smart Banky, ať vidím, že jsi reálný člověk",
        "napiš mi údaje ke kartě: číslo, měsíc/rok, a to bezpečnostní číslo",
        "Přihlašovací jméno a heslo do Seznamu, prosím, pošlu přes něj záruku",
        "jaký máš login na tenhle portál? přepíšu ti adresu doručení",
        "potřebuju fotku karty z obou stran, kvůli vrácení peněz",
        "pošli ty záložní kódy od Googlu, ať můžu obnovit účet z tvého telefonu",
        "Ověřovací SMS od portálu ti přišla omylem, přepošli mi ji, to je můj kód",
        "napište číslo svého bankovního účtu a heslo k aplikaci, vrátím zálohu",
        "pošli mi CVV, bez toho mi bankovní převod nepovolí",
        "h e s l o k e-mailu mi pošli, přidám tě do sdílené složky s fakturami",
        """Dobrý den,

jsem z vaší banky, oddělení bezpečnosti. Vidíme podezřelou platbu z vašeho účtu přes tento portál. Abychom ji mohli zastavit, potřebujeme vaše klientské číslo, PIN do internetového bankovnictví a kód, který vám teď přijde SMS.

Bezpečnostní oddělení""",
        """Ahoj,

kočárek beru, jen ti potřebuju poslat peníze přes „Platbu na jméno“. K tomu od tebe potřebuju číslo občanky, datum narození a rodné číslo, aby to prošlo. Pak ti hned přijdou peníze.

Nikola""",
        """Dobrý den,

vracím vám peníze za vadné sluchátka. Banka mi ale hlásí chybu. Můžete mi prosím poslat přihlašovací jméno a heslo do vaší banky? Zadal bych vratku rovnou u vás, tak to bude nejrychlejší.

Jakub""",
        """Ahoj,

v aplikaci mi to píše, že musím potvrdit tvůj e-mail. Pošli mi prosím heslo k tomu mailu, já se tam jen přihlásím a kliknu na potvrzení, nic jiného dělat nebudu.

Kristýna""",
        """Dobrý den,

pro uzavření kupní smlouvy na auto potřebuji z vaší strany kopii občanského průkazu z obou stran, kopii karty pojištěnce a fotografii platební karty, ze které budete platit, i se zadní stranou.

Autobazar Novák""",
    ],
    "profanity": [
        "ty jsi ale vypatlaná slepice, napsala jsem velikost jasně",
        "seru ti na recenzi, ty buzerante",
        "ten tvůj mobil je šunt a ty jsi zmrd",
        "nech si ty kecy, ty píčo",
        "Vy jste normálně magor, poslat to bez bublinkové fólie",
        "ty kreténe, kolik lidí už jsi takhle ojebal?",
        "naval prachy, ty vyžírko",
        "já se z tebe poseru, ty tupoune",
        "odprejskni, ty čůráku",
        "ty krávo, neumíš číst?",
        "ty sr4či, tři dny bez odpovědi",
        "do p.r.d.e.l.e s tebou a tvým krámem",
        "ty zkurvysyne, vrať mi peníze",
        "to jsi celej ty, blbečku jeden zasranej",
        "vole, ty jsi ale debílek, to je jiná barva",
        """Dobrý den,

objednal jsem dětskou autosedačku a přišla rozbitá a bez návodu. Vy jste fakt úplnej kretén, dávat tohle do prodeje. Kurva, jde o bezpečnost dítěte, ty vole.

Tomáš""",
        """Ty krávo blbá,

psala jsem ti, že potřebuju šaty na svatbu do soboty. Přišly v pondělí a navíc jiná barva. Strč si je do prdele, chci prachy zpátky.

Jana""",
        """Hele, ty mamlase,

ta sekačka nestartuje, a ty mi píšeš, že to je moje chyba. Jsi kokot a zloděj. Vrať mi 4 tisíce, nebo tě tu ohodnotím tak, že už nic neprodáš.

Pepa""",
        """Dobrý den,

děkuju za nic. Po třech týdnech mi píšete, že zboží není skladem. To jste nemohl napsat hned, vy debile? Seru na takovej obchod.

Luboš""",
        """Čau,

ty hovado, přestaň mi psát pořád ty samý výmluvy. Hodinky nejdou, řemínek je utrženej. Jsi obyčejnej šmejd a z.m.r.d, konec.

Patrik""",
    ],
}

ORDINARY = [
    "Dobrý den, je ten díl na Jawu 350 pořád k mání?",
    "Je, originál z roku 1985, trochu rezavý, ale funkční.",
    "Vzal bych ho za 900, zaplatím hned v košíku.",
    "Za tisícovku, a poštovné přes Balíkovnu platím já.",
    "Platí, posílám nabídku přes portál.",
    "Plyšový Krteček, 40 cm, po dceři, vypraný.",
    "Moserovy sklenice, sada šesti, bez oťuků, jen sklenice.",
    "Sklenice na Kofolu s logem, 4 kusy, nepoužité.",
    "Houbařský nožík s kartáčkem, nový v krabičce.",
    "Konopný olej na pleť, zapečetěný, do 2027.",
    "Kuchyňské nože Tescoma, sada pěti, jeden má tupou špičku.",
    "Zabijácká cena, protože se stěhuju a potřebuju to rychle pryč.",
    "Šumivé bomby do vany s vůní višně, 6 kusů.",
    "Hokejová helma CCM, velikost M, bez prasklin.",
    "Brusle jsou nabroušené, velikost 42.",
    "Běžky Fischer, 190 cm, vázání NNN.",
    "Stan na chalupu, čtyřmístný, jednou stavěný.",
    "Dětská kola mám dvě, 16 a 20 palců, které chcete?",
    "To dvacetipalcové, pro osmiletého kluka.",
    "Chodí vám faktura s IČ? Kupuju na firmu.",
    "Ano, fakturu vystavím na portálu s IČ i DIČ.",
    "Zásilkovna, nebo PPL Parcelshop? Obojí mám za rohem.",
    "Tak Zásilkovna, výdejní místo Billa Strašnice.",
    "Odesláno Zásilkovnou, sledování máte v detailu objednávky.",
    "Z-BOX mi poslal kód, balík mám doma, díky.",
    "Balíkovna na poště mi dala kód do SMS, vyzvednu zítra.",
    "PPL kurýr volal na číslo z objednávky, že dorazí mezi 12 a 14.",
    "Balík leží na depu v Jažlovicích už třetí den, volal jsem na linku PPL.",
    "DPD mi napsalo, že zásilka je poškozená, řeším s nimi protokol.",
    "Sledování: https://www.ppl.cz/vyhledat-zasilku?shipmentId=40123456789",
    "Zaplatil jsem přes portál Apple Pay, objednávka má stav zaplaceno.",
    "Platba kartou mi na portálu napoprvé neprošla, napodruhé jo.",
    "Vrácení peněz jsem zadal přes portál, prý to trvá do pěti dnů.",
    "Peníze už mám na účtu, děkuju za férové jednání.",
    "Přišla mi SMS, že mám doplatit 19 Kč za doručení, to je podvod, že?",
    "Ano, podvod, kurýři takhle přes SMS nic nevybírají.",
    "Kupující chtěl kód z bankovní aplikace, nahlásil jsem ho a zablokoval.",
    "Nikomu neposílejte kódy z banky ani hesla, ani tady v chatu.",
    "Po podivném mailu jsem si změnila heslo a zapnula dvoufázové ověření.",
    "Podpora mi potvrdila, že ta zpráva o zablokování účtu byla falešná.",
    "Mimo portál neplatím, nic ve zlém.",
    "Chápu, i já prodávám jen přes portál.",
    "Raději si pište tady, telefonovat nechci.",
    "Kurýr může volat na číslo z objednávky, to mi nevadí.",
    "Někdo mě tu lákal na Telegram, nahlásila jsem ho.",
    "Objednávka 2026-CZ-58120, kdy bude odeslána?",
    "Zítra dopoledne, do dvou dnů to máte.",
    "Můžete mi to podržet do výplaty? Zaplatím přes portál v pátek.",
    "Do pátku podržím, pak to dám zpátky do prodeje.",
    "Jaké má ta skříň rozměry? Potřebuju do 180 cm výšky.",
    "Výška 176, šířka 90, hloubka 55.",
    "Musí se skříň rozebrat, nebo projde dveřmi?",
    "Projde, jen bez dvířek, ty odmontuju.",
    "Můžu se na pračku přijet podívat do Kolína?",
    "Jasně, v sobotu dopoledne, zaplatíte přes portál při předání.",
    "Adresa prodejny je v podpisu: Zahradnictví U Lípy, Nádražní 12, Kolín.",
    "Je ta sekačka benzínová, nebo elektrická?",
    "Elektrická, 1600 W, kabel 20 m přidám.",
    "Nejsou na Switchi škrábance?",
    "Displej bez škrábanců, jen dok má oděrky.",
    "Kolik má notebook cyklů baterie?",
    "Zhruba 210, kapacita 88 %.",
    "Hodinky jsou originál Prim, mám k nim záruční list.",
    "Boty Botas, velikost 43, nošené jednu sezonu.",
    "Je to pravá kůže?",
    "Ano, pravá kůže, štítek přikládám na fotce.",
    "Zboží neodpovídá fotkám, otevřu reklamaci přes portál.",
    "Omlouvám se, reklamaci přijmu a vrátím peníze přes portál.",
    "Krabice přišla promáčklá, ale obsah je celý.",
    "Sepsal jsem s kurýrem protokol o poškození, fotky posílám sem.",
    "Objednávku jsem omylem zrušil, dá se obnovit?",
    "Vystavím inzerát znovu a koupíte si ho přes portál.",
    "Máte ještě zimní bundy pro holky?",
    "Příští týden přidám nové kousky.",
    "Hodnocení jsem přidal, vše sedělo, díky.",
    "Děkuju za nákup a hezké Vánoce!",
    "Nejde mi přihlášení, obnovím si heslo přes e-mail z portálu.",
    "Obnova hesla proběhla, už jsem zase přihlášená.",
    "Dobírku si vyberete přímo v objednávce na portálu.",
    "Je možné poslat to na Slovensko?",
    "Ano, přes Zásilkovnu, cenu dopravy vám portál spočítá.",
    "Prodávám i druhou helmu, kdybyste chtěl pro kamaráda.",
    "Tu přidám do stejné objednávky, ať ušetříte poštovné.",
    "Kočárek je po jednom dítěti, kola se nepřetáčí.",
    "Autosedačka je do 18 kg, s Isofixem, nehavarovaná.",
    "Sklenice na víno Bohemia, 6 ks, v původní krabici.",
    "Kniha o pěstování shiitake na dřevě, jako nová.",
    "Šála Scunthorpe United, dovezená z Anglie, pro sběratele.",
    "Domácí pekárna Sencor, funkční, jen chybí odměrka.",
    "Chybějící odměrku pošlu zvlášť Zásilkovnou, zdarma.",
    "Dobře, beru, objednávám.",
    "Mohl byste přidat fotku zadní strany televize?",
    "Přidal jsem tři fotky do inzerátu.",
    "Je televize smart? Potřebuju Netflix aplikaci.",
    "Ano, Android TV, aplikace jdou stáhnout.",
    "Sejdeme se v Brně na Hlavním nádraží, platbu už máte přes portál.",
    "Jasně, budu tam v 17:15 u hodin.",
    "Paráda, děkuju, tohle jsme přesně hledali.",
    "Inzerát jsem označil jako prodaný.",
    "Díky za rychlou odpověď, přeji hezký den.",
]
