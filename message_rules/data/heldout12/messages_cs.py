# ruff: noqa: E501
"""Czech messages for held-out set 12 (written directly in Czech)."""

BLOCK = {
    "prohibited_item": [
        'hele máš ještě tu sativu z minula? vzal bych deset gramů na chatu',
        'Prodám tuzemák a domácí višňovku po dědovi, 3 litry, odvoz z Valašska',
        'na tu mikinu bych přihodil i pár krystalů, kdybys chtěl, víš čeho',
        'sháním Rohypnol, recept nemám, platím dobře',
        'Dresy Sparty, čínská kopie, ale v inzerátu píšu originál z fanshopu',
        'Tabák bez kolku, kilo za 1200, dovoz z Polska autem',
        'Mám na prodej plynovku předělanou na ostrou, bez papírů',
        'koks dobrej, pražská kvalita, 1 g za 2 litry',
        'ten skútr je kradenej, proto za pět, techničák není',
        'prodám účty do Netflixu, hesla jsou z úniku, běží dál',
        'Becherovka ve velkém, 50 lahví, bez dokladů, z kamionu',
        'houbičky lysohlávky sušený, 5 g, poštou',
        'm ě ř í c í váhu a k tomu t r á v u, dohromady levněji',
        'Vlastní víno z Mikulova, Pálava 2023, karton šesti lahví za 900, pošlu',
        'Ritalin a Modafinil pro studenty, bez receptu, Zásilkovnou',
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
        'bazoš je lepší, tady nekupuj, napiš mi SMS na 603 998 114',
        'přes QR platbu mi to pošli přímo, poplatek portálu si ušetříme',
        'Jsem k zastižení na telefonu sedm nula dva, sto jedenáct, dvě stě dvacet dva',
        'adresa pro objednávky: prodej.kola zavinac centrum tecka cz',
        'Stornuj to tady a pošli peníze na Revolut @radek_brno, dám ti slevu',
        'Dáme to osobně u Anděla, dáš mi tři tisíce v hotovosti a je to',
        'Můj Telegram je @mobily_levne_praha, tady už moc nepíšu',
        'Účet u Airbank 1234567890/3030, po připsání posílám PPL',
        'zavolej +420 7 3 1 . 2 2 2 . 3 3 3 a domluvíme se',
        'Objednej si to u mě přímo, pošlu zálohovou fakturu mimo portál',
        'Najdeš mě na WhatsAppu pod číslem v profilu, jen bez nuly na začátku',
        'pošli mi kontakt na sebe, mail nebo telefon, a tady to zrušíme',
        'Tady se nedohodneme, napiš mi na Messenger, Jitka Benešová Brno',
        'Dobírkou mimo systém to bude levnější, napište číslo a adresu',
        'piš na Signal, číslo 7 2 4 nula nula 1 8 8 9',
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
        'fotky z chaty jsou na zonerama.com/kolo2026, mrkni',
        'Levněji na mém e-shopu: kolaszedem cz',
        'koukni na video na youtu.be/Ck92pLx, tam je vidět, že to jede',
        'Pro vrácení vyplňte formulář na vraceni-zbozi.online',
        'mám to i na sbazar.cz/kolaradek, tam bez poplatku',
        'Platbu proveďte na https://platebni-brana-cz.top/pay/55120',
        'Skupina s akcemi: chat.whatsapp.com/Lk2pQkolaCZ',
        'moje fotky šatů: pinterest.com/satnikkaterina',
        'web: w w w . d o m a c i - m y d l a . cz',
        'podmínky soutěže na bitly.com/soutez-cz-2026',
        'Dejte mi like na facebook.com/kolaszedem a dostanete slevu',
        'hodnocení mám na zbozi.cz/obchod/12345',
        'Objednávky přes tally.so/r/objednavka-kola',
        'ceník je na sheets.google.com/kola-cenik-2026',
        'aukro tečka cz lomeno uzivatel lomeno kola_radek',
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
        'dobrý den, jsem z Alzy, vaše reklamace je schválená, jen uhraďte manipulační poplatek 149 Kč',
        'Pane, exekutorský úřad: dlužíte 3 870 Kč za nezaplacenou dálniční známku, zaplaťte dnes, jinak obstavíme účet',
        'Kupující zaplatil přes ČSOB Bezpečný převod, peníze uvolníte zaplacením 250 Kč za aktivaci',
        'Zdarma iPhone za recenzi! Stačí zaplatit clo 79 Kč, jinak propadá',
        'Zlato, tady Tvůj syn, mám nové číslo, pošli mi rychle 9 800 na nájem, vysvětlím večer',
        'Kupuju pro bratra do Německa, pošlu šek na 30 000, vy mi vrátíte 12 000 na dopravu',
        'Máte neuhrazenou pokutu od Městské policie, 500 Kč do 24 h, jinak předáme soudu',
        'Bitcoin ETF pro Čechy: vložte 6 000 Kč, za měsíc garantovaně 60 000',
        'Na Vašem účtu Vinted čeká výplata, pro převod zaplaťte ověření 1,90 €',
        'Vím, kde bydlíš a kde máš děti ve školce. 20 tisíc do pátku, jinak uvidíš',
        'ČEZ: přeplatek 2 340 Kč vám vrátíme po zaplacení administrativního poplatku 90 Kč',
        'Jste v užším výběru na brigádu s výdělkem 4000/den, jen pošlete vstupní kauci 1 500',
        'Zásilka z Číny zadržena celní správou, doplatek 187 Kč, jinak bude zničena',
        'Zaplatil jsem omylem dvakrát, prosím vraťte jednu platbu na účet mé matky',
        'Jako prodejce máte nárok na dotaci 15 000 Kč od EU, stačí zaplatit 300 Kč za zpracování',
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
        'a jaký máš PIN k bankomatové kartě? bez toho ti tu dobírku nevyplatím',
        'Nahraj mi prosím fotku řidičáku a pasu, ověřujeme každého kupujícího',
        'pošlete mi číslo pojištěnce a rodné číslo, vyplním za vás reklamační protokol',
        'kód na přihlášení do Bankovní identity mi nadiktuj, přihlásím tě sám',
        'Jaké je heslo k tvému Apple ID? nastavím ti ten iPhone, co jsem prodal',
        'Pošli kód z Moneta Smart Banky, ať vidím, že jsi reálný člověk',
        'napiš mi údaje ke kartě: číslo, měsíc/rok, a to bezpečnostní číslo',
        'Přihlašovací jméno a heslo do Seznamu, prosím, pošlu přes něj záruku',
        'jaký máš login na tenhle portál? přepíšu ti adresu doručení',
        'potřebuju fotku karty z obou stran, kvůli vrácení peněz',
        'pošli ty záložní kódy od Googlu, ať můžu obnovit účet z tvého telefonu',
        'Ověřovací SMS od portálu ti přišla omylem, přepošli mi ji, to je můj kód',
        'napište číslo svého bankovního účtu a heslo k aplikaci, vrátím zálohu',
        'pošli mi CVV, bez toho mi bankovní převod nepovolí',
        'h e s l o k e-mailu mi pošli, přidám tě do sdílené složky s fakturami',
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
        'ty jsi ale vypatlaná slepice, napsala jsem velikost jasně',
        'seru ti na recenzi, ty buzerante',
        'ten tvůj mobil je šunt a ty jsi zmrd',
        'nech si ty kecy, ty píčo',
        'Vy jste normálně magor, poslat to bez bublinkové fólie',
        'ty kreténe, kolik lidí už jsi takhle ojebal?',
        'naval prachy, ty vyžírko',
        'já se z tebe poseru, ty tupoune',
        'odprejskni, ty čůráku',
        'ty krávo, neumíš číst?',
        'ty sr4či, tři dny bez odpovědi',
        'do p.r.d.e.l.e s tebou a tvým krámem',
        'ty zkurvysyne, vrať mi peníze',
        'to jsi celej ty, blbečku jeden zasranej',
        'vole, ty jsi ale debílek, to je jiná barva',
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
    "Dobrý den, je kolo ještě k mání?",
    "Dal byste to za 800 Kč? Koupím hned přes stránky.",
    "Balík jsem poslala Zásilkovnou, číslo zásilky Z 4512 3390 12, kód k vyzvednutí vám přijde od Zásilkovny.",
    "Přišla mi SMS s kódem pro výdejní box, balík už mám, díky!",
    "Plaťte prosím jen přes tlačítko Koupit, převody mimo portál nepřijímám.",
    "Někdo mi v chatu psal o kód z SMS, nahlásila jsem to podpoře.",
    "Nikdy nikomu nedávejte heslo ani ověřovací kódy, ani když tvrdí, že je z podpory.",
    "Kurýr PPL vám zavolá na číslo uvedené v objednávce.",
    "Vrácení peněz udělám přes stránky, peníze přijdou stejnou cestou, jak jste platil.",
    "Jaké rozměry má ten stolek? Hledám něco do 60 cm.",
    "Prodám sklenice na víno, 6 kusů, křišťál, bez oťuků.",
    "Konopné lano 10 m, silné, ideální na houpačku.",
    "Koupelové bomby s levandulí, sada 5 kusů, hezký dárek.",
    "Cena je fakt zabijácká, levněji to neseženete :)",
    "Kuchyňské nože v bloku, nerez, nepoužité.",
    "Mimo portál platit nebudu, vystavte to prosím normálně.",
    "Můžu si to vyzvednout osobně v Brně a zaplatit přes portál?",
    "Pošlete to Balíkovnou, nebo Zásilkovnou? Radši Zásilkovnu.",
    "Kolik má baterie cyklů?",
    "Objednávka č. 5521-3390 ještě nedorazila, můžete se podívat na stav?",
    "Odkaz na sledování od DPD mi nejde otevřít, pošlete číslo zásilky?",
    "Balík uvízl na depu v Jažlovicích, psal jsem na zákaznickou linku PPL.",
    "Na lince Zásilkovny mi řekli, že to bude zítra.",
    "Omlouvám se za zpoždění, byla jsem nemocná, posílám dnes.",
    "Bunda je M, ale spíš na S, délka 68 cm.",
    "Je to originální nabíječka Lenovo? Na fotce vidím jiné logo.",
    "Ano, originál, mám účtenku z Alzy, přiložím ji.",
    "Přišla pomačkaná krabice, ale výrobek je v pořádku.",
    "Bota je bohužel malá, můžu ji vrátit přes formulář na portálu?",
    "Vrácení přijato, peníze pošlu hned, jak mi balík dorazí.",
    "Kolik stojí poštovné za dva kusy dohromady?",
    "Přidám nabíječku zdarma, když si vezmete i obal.",
    "Platba prošla, díky, čekám na číslo zásilky.",
    "Zprávu od kupujícího, který chtěl číslo mé karty, jsem nahlásil jako podvod.",
    "Pozor, někdo se vydává za kurýra a posílá odkazy na doplatky, neklikejte na ně.",
    "Šaty v barvě vína vypadají skvěle, máte je i v M?",
    "Sušené houby shiitake, 200 g, z vlastního pěstování.",
    "Vejde se helma na obvod hlavy 58 cm?",
    "Fakturu jsem vystavil, je v detailu objednávky.",
    "Pošlu v pondělí, o víkendu má pobočka zavřeno.",
    "Pošlete prosím fotku štítku, chci zkontrolovat složení.",
    "Zadal jsem špatnou adresu, jde ještě změnit na Lipová 12, 602 00 Brno?",
    "Adresu jsem v objednávce upravil, zkontrolujte prosím.",
    "Neznámá čísla nezvedám, radši píšu tady.",
    "Účet tu mám od roku 2016, hodnocení najdete v profilu.",
    "Má ta vrtačka příklep? Potřebuju do betonu.",
    "Při odběru dvou kusů slevím, objednávka přes portál.",
    "Díky za rychlé odeslání, doporučuju!",
    "Bohužel níž než 3 500 nepůjdu.",
    "Co třeba 3 200 a poštovné platím já?",
    "Stav perfektní, použité dvakrát, záruka do 2027.",
    "Reklamace podaná přes centrum pomoci, číslo případu 77123.",
    "Je v balení HDMI kabel?",
    "Balík se vrátil, nestihl jsem ho vyzvednout, pardon. Nové poštovné zaplatím přes portál.",
    "Radši bych GLS, mají pobočku kousek ode mě.",
    "Můžete to zabalit jako dárek? Narozeniny jsou v sobotu.",
    "Mám problém s přihlášením na portál, už jsem psal na podporu.",
    "Po té divné SMS jsem si změnil heslo, naštěstí jsem nic nevyplnil.",
    "Prodejce z jiného inzerátu chtěl převod na účet, odmítl jsem a nahlásil ho.",
    "Koupil jsem přes stránky kartou, všechno proběhlo v pohodě.",
    "Tahle sluchátka mají killer basy, fakt doporučuju.",
    "Chemická sada pro malé vědce, bezpečná od 8 let.",
    "Kdy to zhruba odešlete? Potřebuju to do pátku.",
    "Odesláno! Sledování: https://tracking.packeta.com/cs/?id=Z4512339012",
    "DPD má dnes kvůli sněhu zpoždění, zítra by to mělo být.",
    "Jak dlouho trvá vrácení peněz přes portál? U mě už 3 dny.",
    "Pokud vím, vratka trvá do 5 pracovních dnů.",
    "Zboží neodpovídá popisu, otevírám spor v centru pomoci.",
    "Rozumím, omlouvám se, samozřejmě vrátím celou částku.",
    "Zahradní hadice 25 m, na konci prasklá, proto levněji.",
    "Přijde ten stolek složený?",
    "Kolik váží balík? Vybírám velikost.",
    "Pošlete to prosím na Z-BOX Praha Vršovice.",
    "Napište mi číslo objednávky, podívám se.",
    "Číslo objednávky 2026/11/7789.",
    "Přišel mi mail, že mám doplatit za balík, to je asi phishing, ne?",
    "Ano, to je podvod, portál po vás doplatky mailem nikdy nechce.",
    "Předání v Plzni, platba přes portál předem.",
    "Pošlu zítra ráno, dneska už má pošta zavřeno.",
    "Máte ten model i v tmavě modré?",
    "Knížky ve velmi dobrém stavu, jedna má ohnutý roh.",
    "Pardon, spletla jsem se v popisu, je to velikost 38, ne 39.",
    "Beru, hned zaplatím přes portál.",
    "Vyzvednu po práci kolem šesté, jestli to dorazí.",
    "Kurýr volal, že bude za hodinu, super.",
    "Revolut nemám a nepotřebuju, platím normálně na stránkách.",
    "Nahlásil jsem uživatele, který chtěl moje telefonní číslo.",
    "Hračka pro kočku, peříčko na prutu.",
    "Je kryt kovový nebo plastový?",
    "Díky za nákup, budu rád za hodnocení!",
    "Dala jsem pozitivní hodnocení, vše super.",
    "Krabička od parfému je, ale bez fólie.",
    "Je ten parfém originál? Na fotce nevidím kód šarže.",
    "Ano, originál z Notina, kód šarže je na dně, přidám fotku.",
    "Pivní sklenice s logem Plzně, sada 4 ks, nepoužité.",
    "Otvírák na lahve ve tvaru ryby, mosaz.",
    "Dobrý den, chodí vám faktura i na firmu? Potřebuju IČO na dokladu.",
    "Zásilka je v Z-BOXu, kód na otevření jste dostal v aplikaci Zásilkovny.",
    "Můžu přes platební bránu portálu zaplatit Apple Pay? Tam jsem to viděl.",
    "Hodnocení mám 4,9 z 300 prodejů, klidně se podívejte.",
]
