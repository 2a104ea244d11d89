# ruff: noqa: E501
"""Czech messages for held-out set 12 (written directly in Czech)."""

BLOCK = {
    "prohibited_item": [
        "mam travu z vlastni pestirny, 150 kc gram, osobne v Brne",
        "Nemáš perník? Stačí půl gama na víkend.",
        "prodám slivovici z domácí pálenice, 52 %, litr za 350",
        "K té čince ti můžu prodat i anaboliky, stanozolol a testosteron, ampule z Řecka",
        "neurol bez receptu, 3 platíčka, diskrétně balíkovnou",
        "Jaké máš extáčka? Chci tak deset kusů na festival.",
        "Kabelka Louis Vuitton, kopie, ale prodávám jako originál s účtenkou",
        "Cigarety bez kolků z Ukrajiny, karton 700 Kč",
        "prodám hacknutý účet na Steamu s CS2 skiny, původní majitel o tom neví",
        "Sehnal bych ti pistoli bez zbrojáku, CZ 75, čistá",
        "Vodka z Polska ve velkém, bez dokladů, 20 lahví",
        "ukradený kolo, proto tak levně, papíry nejsou",
        "mám h e r o i n, malé dávky, jen osvědčeným",
        "Víno z mého sklepa prodávám, Ryzlink 2022, 12 lahví za 1500",
        "Mám subutex a rivotril, kdo chce, ozvěte se",
        """Dobrý den,

mám zájem o tu posilovací lavici. Jen bych se chtěl zeptat, jestli nemáte i něco na nabírání, slyšel jsem od kluků z gymu, že prodáváte i steroidy. Šlo by mi o dianabol a boldenon na první cyklus, recept samozřejmě nemám. Zaplatím hned.

Díky, Radek""",
        """Ahoj,

mám na prodej airpodsky a iPhony, jsou to repliky z Číny, ale vypadají úplně stejně a v inzerátu je dám jako originál s krabicí. Jestli chceš dělat přeprodej, můžu ti dát 20 kusů za dobrou cenu, nikdo to nepozná.

Tomáš""",
        """Dobrý den,

pálíme doma meruňkovici a hruškovici, letos se moc povedla. Prodávám po půllitrech za 250 Kč, při odběru pěti a víc sleva. Pošlu zabalené v bublinkové fólii, na balík napíšu, že je to sirup.

S pozdravem
Jaroslav""",
        """Čau,

kámoš dělá ve skladu elektra a občas něco „vypadne“ z palety. Teď mám čtyři PlayStationy 5, nové, zabalené, ale bez dokladu, protože jsou prostě ukradené ze skladu. Dám ti jednu za 5 tisíc.

Libor""",
        """Dobrý den,

nabízím přístupy k cizím účtům na Netflix, HBO Max a Disney+. Jsou to účty, ke kterým jsme získali hesla z úniku dat, fungují spolehlivě, majitelé si ničeho nevšimnou. Cena 99 Kč za měsíc, hromadně levněji.

Admin""",
    ],
    "off_platform": [
        "zavolej mi na 777 412 908, domluvíme se bez poplatků",
        "Neobjednávej přes tlačítko, pošli mi to na účet, ušetříme oba",
        "napiš na whatsapp, plus čtyři sta dvacet, sedm set dvacet čtyři, tři sta jedna, sto dvanáct",
        "můj e-mail: pavla.prodej zavináč seznam tečka cz",
        "Zrušte objednávku a zaplaťte mi převodem, pošlu ještě dnes",
        "Radši hotově při předání, ať to nejde přes portál",
        "jsem na telegramu @levne_mobily_cz",
        "Pošlete to přes Revolut na moje číslo, zbytek vyřešíme mimo stránky",
        "tel. 6 0 2 – 3 3 1 – 8 4 5, volejte po páté",
        "Číslo účtu 2001234567/2010, po zaplacení odešlu",
        "Kupte to rovnou ode mě, dám vám fakturu, tady nic neplaťte",
        "Signal: sedm set třicet dva, nula nula osm, devět set čtyřicet",
        "Můžeme to vyřídit mailem? mirek.koupe(at)email(dot)cz",
        "ozvi se na viberu, číslo máš v profilu, jen s +420",
        "pošli mi svoje číslo, zavolám a domluvíme hotovost",
        """Dobrý den,

děkuji za zájem o kočárek. Abychom nemuseli platit provizi portálu, navrhuji, abyste ho nekupovala přes tlačítko Koupit, ale poslala peníze přímo na můj účet u Fio banky. Slevím vám pak 300 Kč. Číslo účtu vám pošlu SMSkou, napište mi na 731 556 204.

S pozdravem
Jitka""",
        """Ahoj,

tady v chatu se to špatně píše, napiš mi radši na mail: ondra tečka novak92 zavináč gmail tečka com. Tam ti pošlu víc fotek a domluvíme platbu, přes jejich systém to nechci.

Ondra""",
        """Dobrý den,

takových notebooků mám víc, ale nechci je sem dávat kvůli poplatkům. Když objednávku zrušíte, prodám vám ho napřímo – buď hotově při osobním předání v Ostravě, nebo převodem. Najdete mě na Facebooku jako „Notebooky Ostrava Pavel“.

Pavel""",
        """Dobrý den,

já tyhle formuláře nemám ráda, raději to vyřídíme po telefonu. Zavolejte mi na nula nula čtyři dva nula, šest sedm osm, devět nula jedna, dva tři čtyři. Zaplatím dobírkou mimo systém, bez poplatků.

Věra Malá""",
        """Čau,

vím, že to podle pravidel nejde, ale kdybys to koupil přímo ode mě, přihodím ti druhý ovladač zdarma. Pošli 3500 na CZ65 0800 0000 1920 0014 5399, do zprávy dej své jméno. Po připsání to posílám Zásilkovnou a tady to zrušíme.

Kuba""",
    ],
    "external_link": [
        "víc fotek najdeš tady: bit.ly/kolo-fotky",
        "Levněji to mám na svém e-shopu www.levnedily24.cz",
        "katalog je tady: drive.google.com/drive/folders/9xYz_katalog",
        "Vyplňte reklamační formulář na reklamace-zakaznik.com, jinak peníze nevrátím",
        "na bazoši to mám levněji: bazos tečka cz lomeno inzerat",
        "Platební brána: https://secure-platba-online.net/cz/44120",
        "mrkni na t.me/slevy_elektro_cz, dávám tam akce každý den",
        "Fotky mám na instagramu: instagram.com/satnik.terezy",
        "koukni na mojestranka . cz / obchod, je tam slevový kód",
        "Video, jak motor běží: youtu.be/Zk92hPq1",
        "Podmínky akce najdete na tinyurl.com/akce-2026-cz",
        "mám to i na vinted.cz/member/9921-eva, klidně tam",
        "recenze na mě: heureka.cz/obchody/muj-shop",
        "objednávku pošli přes formulář forms.gle/ObjednavkaCZ",
        "aukro cz slash muj-profil, tam to seženeš bez provize",
        """Dobrý den,

děkuji za dotaz na bundu. Další fotky včetně detailů švů a visaček jsem nahrála na svůj web: www.satnik-hanky.cz/bundy/zimni-perova. Je tam i tabulka velikostí, kterou sem bohužel nejde vložit. Když se vám bude líbit, můžete si ji objednat přímo tam.

S pozdravem
Hana""",
        """Dobrý den,

pro vyřízení reklamace prosím vyplňte náš formulář na adrese reklamace-obchod-online.eu/formular. Bez něj nemůžeme požadavek zpracovat. Po vyplnění vám přijde číslo případu e-mailem.

Zákaznické oddělení""",
        """Ahoj,

tenhle model už tady nemám, ale mám celý sklad jinde. Mrkni na ebay.de/usr/honza_dily_cz nebo na můj shopify obchod: honzadily.myshopify.com. Ceny stejné, doprava rychlejší.

Honza""",
        """Dobrý den,

posílám odkaz na video, kde je vidět, že pračka funguje bez problémů: https://vimeo.com/723311904. Doklady a záruční list jsou na dropbox.com/s/p2k9/zarucni_list.pdf. Podívejte se a dejte vědět.

Zdeněk""",
        """Ahojky,

vyprodávám celý šatník! Všechno je na linktr.ee/satnik_kaji, odkazy na můj obchod, insta i skupinu na FB. Tady na portálu nechávám jen pár kousků, takže radši koukni tam.

Kája""",
    ],
    "scam": [
        "Zaplatil jsem, v příloze potvrzení z banky, pošlete zboží ještě než peníze dorazí",
        "Kurýr vyžaduje clo 89 Kč, musíte ho doplatit, jinak se zásilka vrací",
        "Omylem jsem poslal o 2000 Kč víc, vraťte mi rozdíl na můj soukromý účet",
        "Váš prodejní účet bude do 24 hodin pozastaven, zaplaťte ověřovací poplatek 29 Kč",
        "abyste dostal peníze za zboží, musíte nejdřív složit vratnou kauci 500 Kč",
        "Investuju do kryptoměn, garantovaný výnos 25 % týdně, přidáš se?",
        "Když nezaplatíte do pátku 3000, podávám trestní oznámení a jdu k soudu",
        "Mám tvoje fotky a adresu, pošli 5000 nebo je uvidí všichni",
        "Zásilka je ve skladu, za opětovné doručení doplaťte 39 Kč, jinak bude zlikvidována",
        "Miláčku, jsem voják na misi v Sýrii, potřebuji 20 000 na letenku, vrátím dvojnásob",
        "Platba je zadržena bezpečným prostředníkem, doplaťte daň 21 % pro uvolnění",
        "Vyhrál jste poukaz 10 000 Kč! Zaplaťte jen poštovné výhry 149 Kč",
        "Jsem z bezpečnostního oddělení portálu, vaše prostředky byly zmrazeny, převeďte je na technický účet",
        "můj kurýr si to vyzvedne, ale musíte u nich zaplatit pojištění zásilky",
        "Už jsem zaplatil přes 'bezpečnou platbu', přišel ti mail? jen potvrď aktivační platbou 1 Kč",
        """Vážený pane,

jmenuji se JUDr. Robert Morgan a zastupuji advokátní kancelář v Londýně. Náš zesnulý klient se stejným příjmením jako vy zanechal na spícím účtu 3,2 milionu eur bez dědiců. Navrhuji, abychom vás představili jako příbuzného, částku si rozdělíme napůl. Potřebný je pouze notářský poplatek 1 500 eur, po jehož zaplacení bude převod proveden do 7 dnů.

S úctou
JUDr. Robert Morgan""",
        """Dobrý den,

mám zájem o vaši sedačku. Jsem momentálně pracovně v Dánsku, proto zaplatím přes přepravní firmu, která sedačku vyzvedne. Pošlu vám 25 000 místo 15 000 Kč a vy rozdíl 10 000 předáte řidiči v hotovosti na dopravu. Potvrďte prosím, pošlu potvrzení o platbě.

S pozdravem
Mr. James Walker""",
        """Dobrý den,

na vašem účtu byla zjištěna podezřelá aktivita. Abyste předešli trvalému zablokování, uhraďte prosím ověřovací poplatek 49 Kč. Po zaplacení bude účet automaticky obnoven. Neuhrazení do 12 hodin znamená smazání účtu včetně prostředků.

Bezpečnostní tým Marketplace""",
        """Ahoj,

mám pro tebe příležitost. Spolupracuju s týmem AI obchodníků, kteří investují do bitcoinu a zlata. Vložíš minimálně 5 000 Kč a za měsíc vybereš 20 000 – garantovaně, bez rizika, takhle jsem si vydělala na auto. Míst je už jen pár.

Lenka""",
        """Dobrý den,

věc, kterou jste mi prodal, byla kradená a nahlásil jsem to na policii. Pokud mi do zítřka do 12:00 nevrátíte 4 000 Kč plus 3 000 odškodné, můj advokát podá žalobu a zahájíme trestní stíhání. Je to poslední varování, pak přijde exekutor.

Milan""",
    ],
    "credentials_request": [
        "napiš mi heslo k účtu, přihlásím se a změním adresu sám",
        "Jaký kód ti přišel SMSkou? potřebuju ho na vrácení peněz",
        "pošli číslo karty a ty tři čísla vzadu, pošlu ti vratku",
        "Na výplatu potřebuju platnost karty a CVC",
        "Pošlete fotku občanky z obou stran, je to kvůli ověření kupujícího",
        "napište rodné číslo a číslo OP, musím to dát do smlouvy",
        "Jaké máš přihlašovací jméno do banky? zkontroluju, jestli platba přišla",
        "napiš h3sl0 k účtu a udělám ti refund",
        "Prosím o kód z ověřovací aplikace, šest číslic",
        "Řekněte mi PIN ke kartě, kurýr ho potřebuje na dobírku",
        "pošli číslo účtu a heslo do internetbankingu, udělám převod",
        "Napiš záložní kódy k účtu, ty na obnovu",
        "potřebuju číslo tvé karty, šestnáct číslic bez mezer",
        "pošli mi ověřovací k ó d, co ti teď přišel",
        "Jaké je heslo k tvému e-mailu? pošlu tam fakturu přímo",
        """Dobrý den,

pro dokončení vrácení peněz nám prosím zašlete tyto údaje: celé číslo platební karty, datum platnosti a kód CVV ze zadní strany. Údaje slouží pouze k zaúčtování vratky a po skončení procesu budou smazány.

Oddělení plateb""",
        """Dobrý den,

rád bych od vás koupil telefon, ale moje banka po mně chce ověření příjemce. Pošlete mi prosím fotku občanského průkazu z obou stran a selfie s průkazem u obličeje. Bez toho platba neprojde. Je to standardní postup.

Zdraví
Vojtěch""",
        """Ahoj,

snažím se zaplatit, ale něco se sekne. Udělej to takhle: přihlas se do bankovnictví, a jak ti přijde potvrzovací SMS kód, pošli mi ho sem. Já to u sebe zadám a platba projde hned. Kód platí jen pár minut, tak piš rychle.

Marek""",
        """Dobrý den,

jsem z podpory portálu. Obdrželi jsme hlášení, že se někdo pokusil převzít váš účet. Pro jeho zabezpečení nám prosím sdělte své přihlašovací jméno a heslo a také kód, který vám za chvíli přijde SMS. Nezavírejte prosím tento chat.

Technická podpora""",
        """Čau,

abych ti mohl poslat zálohu, musím si tě přidat jako příjemce. Nejjednodušší bude, když mi dáš přihlašovací údaje do George, já to tam sám zadám a potvrdím. Na nic jiného nesáhnu, slibuju.

Petr""",
    ],
    "profanity": [
        "naser si s takovou cenou",
        "ty debile, balík přišel rozbitej",
        "k u r v a, jak dlouho mám ještě čekat",
        "jsi obyčejnej kokot a podvodník",
        "Jste úplný idiot, neumíte ani zabalit hrnek",
        "vyser si oko, takhle se neprodává",
        "táhni do prdele, zloději",
        "ty vole, ty jsi fakt dement, potřetí se ptám na to samý",
        "kurvaaaaaa kde je můj balík",
        "drž hubu a vrať prachy",
        "ty pi.čo, týden neodpovídáš",
        "zasranej šmejd, dám ti negativní hodnocení",
        "Vy jste normální kráva, ne prodavačka",
        "d-e-b-i-l-e",
        "ty hajzle, boty jsou o dvě čísla menší",
        """Dobrý den,

píšu už počtvrté kvůli stejné věci. Bundu jsem objednal před dvěma týdny, zaplatil jsem a vy pořád nic neposíláte a neodpovídáte. Upřímně, jste obyčejnej hajzl a zkurvenej prodejce. Jestli do zítřka nebude číslo zásilky, otevírám spor.

Jiří""",
        """Dobrý den,

dnes mi přišla objednávka a jsem v šoku. Šaty jsou špinavé, mají díru v podpaží a smrdí cigaretama. Ty blbá krávo, fakt sis myslela, že si toho nevšimnu? Zasraná podvodnice. Chci vrátit peníze.

Monika""",
        """Čau,

vážně, kámo? Ptal jsem se, jestli má mobil rozbitý displej, říkal jsi, že ne. Přišel s prasklým. Jsi prolhanej kretén a čůrák. Posílám zpátky a ty vracíš prachy, do prdele s takovejma lidma.

Vašek""",
        """Dobrý den,

k vaší „reklamaci“: nic nebylo poškozené, když jsem to posílal, všechno bylo v bublinkové fólii. Jděte do hajzlu a přestaňte mě otravovat, když jste moc blbej na to, abyste složil skříňku, není to moje chyba, vy pitomče.

Prodejce""",
        """Ahoj,

tak už odepiš, ty línej z.m.r.d.e. Pět dní čekám na obyčejné potvrzení odeslání. K u r v a, jiní prodejci odpovídají do hodiny. Máš den.

Dan""",
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
