# ruff: noqa: E501
"""Slovak messages for held-out set 12 (written directly in Slovak, own scenarios)."""

BLOCK = {
    "prohibited_item": [
        "mas este tu zelenu? vezmem 5g na vikend",
        "Predám domácu borovičku, pálená u deda na Orave, 0,7 za 15 €",
        "k tomu proteinu mam aj oxandrolon, 50 tabliet, bez receptu",
        "Zoženieš mi lexaurin? recept nemám, zaplatím viac",
        "tenisky Adidas Yeezy, 100% fake ale v inzeráte píšem originál, nikto nespozná",
        "cigy bez kolku z Ukrajiny, kartón 25 €, aj Marlboro",
        "predám pištoľ Glock, bez zbrojného preukazu, ani sa nepýtam na papiere",
        "pervitin po gramoch, kvalita top, Bratislava Petržalka",
        "Mám kradnutý bicykel Specialized, preto len 300 €, doklady nemám",
        "predávam ukradnuté účty na Instagrame s 50k followermi, aj s prihlasovacími údajmi",
        "Mám slivovicu 60 % z vlastného kotla, 10 litrov, pošlem kuriérom",
        "mám extázy a lsd, pre známych zľava",
        "k a n a b i s, kvalitný, osobný odber Košice",
        "víno z vlastnej pivnice na predaj, Frankovka 2023, demižón 25 l",
        "Mám tramadol a diazepam, bez receptu, diskrétne balené",
        """Dobrý deň,

píšem ohľadom inzerátu na rybárske potreby. Kamarát mi povedal, že od Vás sa dá zohnať aj niečo iné ako návnady. Potreboval by som tak 10 gramov trávy a nejaké tabletky na párty, cena nehrá rolu. Môžeme sa stretnúť pri Dunaji v sobotu?

Ďakujem, Marián""",
        """Ahoj,

mám veľa parfumov Chanel a Dior, sú to kópie z Turecka, ale balenie je úplne ako originál aj s hologramom. Predávam ich ako originály z duty free, ľudia to berú. Ak chceš, môžeš ich predávať ďalej, pri 30 kusoch ti dám po 12 €.

Silvia""",
        """Dobrý deň,

ponúkam loveckú brokovnicu a k tomu aj malokalibrovku. Zbrojný preukaz od Vás nepotrebujem, zbrane nie sú nikde evidované, predám aj s nábojmi. Odovzdanie osobne niekde pri Banskej Bystrici.

Ivan""",
        """Čauko,

mám partiu mobilov, Samsung S24, úplne nové. Sú z kamiónu, čo sa „stratil“ na D1, takže bez faktúry a bez záruky. Ak vezmeš päť, dám ti ich po 250 € kus. Bez otázok.

Rišo""",
        """Dobrý deň,

predávam domácu hruškovicu a marhuľovicu z našej pálenice, každý rok ju robíme z vlastného ovocia. Fľaša 0,5 l za 12 €, pri odbere 6 kusov zľava. Zabalím do kartónu ako džús, kuriér nič nepozná.

S pozdravom
Jozef Mráz""",
    ],
    "off_platform": [
        "zavolaj mi na 0905 123 456, dohodneme sa bez poplatkov",
        "nekupuj cez stránku, pošli mi to na účet, dám ti 10 € dole",
        "píš na whatsapp plus štyristo dvadsaťjeden, deväťsto osem, stodvadsaťtri, štyristo päťdesiatšesť",
        "môj mail je lucia.bazar zavináč azet bodka sk",
        "Zruš objednávku a zaplať mi cez revolut, pošlem hneď",
        "lepšie v hotovosti pri odovzdaní v Trnave, nech nemusíme platiť portálu",
        "nájdeš ma na telegrame ako @lacne_bicykle_sk",
        "IBAN SK31 1200 0000 1987 4263 7541, po pripísaní posielam",
        "tel: 0 9 1 1 / 2 2 3 / 4 4 5, volaj po šiestej",
        "Kúp to radšej priamo odo mňa, faktúru ti vystavím, tu neplať nič",
        "na signali som pod číslom deväťsto štrnásť, sto dva, tristo tri",
        "pošli mi objednávku radšej mailom: predaj.nabytok(zavinac)gmail(bodka)com",
        "Nebudem to predávať cez toto, napíš mi na Facebooku, Peter Kollár Žilina",
        "daj mi svoje číslo, zavolám ti a dohodneme sa na hotovosti",
        "ozvi sa cez viber, číslo máš pod fotkou, len pridaj +421",
        """Dobrý deň,

ďakujem za záujem o detskú postieľku. Keďže portál si berie vysoký poplatok, navrhujem, aby ste ju nekupovali cez tlačidlo, ale poslali peniaze priamo na môj účet v Tatra banke. Zľavím Vám 15 €. Číslo účtu Vám pošlem SMS-kou, stačí napísať na 0948 772 301.

S pozdravom
Monika""",
        """Ahoj,

tu sa mi to zle píše z mobilu a správy mi chodia neskoro. Napíš mi radšej na viber alebo whatsapp na nula deväť nula štyri, päťsto päťdesiat, tristo tridsať. Tam ti pošlem video, ako motorka štartuje, a dohodneme sa na platbe, cez portál to nechcem.

Tomáš""",
        """Dobrý deň,

tie zimné pneumatiky mám ešte dve sady, ale sem ich nedávam kvôli provízii. Ak zrušíte túto objednávku, predám Vám ich napriamo – buď hotovosť pri odovzdaní v Prešove, alebo prevod na účet. Ozvite sa na mail pneu.presov@post.sk.

Štefan""",
        """Dobrý deň,

ja som staršia pani a s týmto systémom si neviem rady. Radšej mi zavolajte, číslo je plus 421, 903, 118, 642, a dohodneme sa. Zaplatíte poštovou poukážkou priamo mne, nie cez tú stránku, tak to bude pre obe strany jednoduchšie.

Helena""",
        """Čau,

viem, že pravidlá to nedovoľujú, ale ak to kúpiš priamo odo mňa, pribalím ti aj druhú batériu zdarma. Pošli 180 € na SK89 0900 0000 0051 2345 6789, do poznámky daj meno. Po pripísaní to posielam cez Packetu a tu objednávku zrušíme.

Maťo""",
    ],
    "external_link": [
        "viac fotiek máš tu: bit.ly/kocik-foto",
        "lacnejšie to mám na mojom e-shope www.nahradnediely-sk.sk",
        "pozri si video: youtube.com/watch?v=8kLm2Qp",
        "Reklamáciu vyplň na reklamacie-zakaznik.eu, inak peniaze nevrátim",
        "na bazari to mám lacnejšie, bazar bodka sk lomka inzerat",
        "zaplať cez tento link: https://platba-rychla.com/sk/11930",
        "pridaj sa na t.me/zlavy_elektronika_sk",
        "mám to aj na instagrame: instagram.com/satnik_zuzky",
        "mrkni na mojobchod . sk / akcia, máš tam kupón",
        "Podmienky nájdeš na tinyurl.com/akcia-sk-2026",
        "vinted.sk/member/55012-janka, tam mám aj ďalšie veci",
        "recenzie o mne sú na heureka.sk/obchody/moj-obchod",
        "objednávku mi pošli cez formulár forms.gle/ObjednavkaSK",
        "katalog na docs.google.com/spreadsheets/d/1Qw_cennik",
        "moj profil na ebay bodka de, user marian_sk",
        """Dobrý deň,

ďakujem za otázku ohľadom svadobných šiat. Viac fotiek aj s detailmi čipky som dala na svoju stránku www.svadobne-saty-zuzana.sk/predaj. Sú tam aj merania, lebo sem ich nejde vložiť. Ak sa Vám budú páčiť, objednať sa dajú priamo tam a pošlem ich hneď.

Zuzana""",
        """Ahoj,

prikladám odkaz na celý zoznam kníh, ktoré predávam: https://docs.google.com/document/d/1abcXYZ_knihy. Vyber si, čo chceš, a pošli mi to cez formulár na forms.gle/KnihyObjednavka. Je to rýchlejšie ako tu.

Lenka""",
        """Dobrý deň,

pre zrýchlenie vybavenia vrátenia peňazí prosím kliknite na overovací odkaz sk-vratenie-platby.com/overenie a zadajte číslo objednávky. Systém potom peniaze automaticky pošle.

Zákaznícka podpora""",
        """Čau,

ten model tu už nemám, ale mám ich v mojej skupine na Facebooku: facebook.com/groups/bicykle.bazar.sk. Tam dávam aj fotky nových kúskov a ceny sú nižšie. Pridaj sa.

Mirec""",
        """Dobrý deň,

prosím pozrite si certifikát pravosti hodiniek na tomto odkaze: dropbox.com/s/h7q2/certifikat.pdf a video z chodu strojčeka na vimeo.com/99812345. Ak bude všetko ok, dajte vedieť.

S pozdravom
Ľubomír""",
    ],
    "scam": [
        "Už som zaplatil, pozri screenshot z banky, pošli tovar ešte dnes",
        "Kuriér chce za doručenie colný poplatok 4,90 €, musíš ho uhradiť cez link od nich",
        "Poslal som omylom o 200 € viac, vráť mi rozdiel na môj súkromný účet",
        "Váš účet bude zablokovaný, pre odblokovanie uhraďte poplatok 2,99 €",
        "Aby si dostal peniaze za predaj, musíš najprv zaplatiť poistenie transakcie 35 €",
        "Moja firma investuje do AI tradingu, garantujem 40 % mesačne",
        "Ak do zajtra nezaplatíte 300 €, idem na súd a na políciu",
        "Mám tvoje intímne fotky, pošli 500 € alebo ich pošlem tvojej rodine",
        "Zásielka nemohla byť doručená, za nové doručenie zaplaťte 1,50 € inak bude vrátená",
        "zlato, som lekárka v Jemene, potrebujem 2000 € na colné vybavenie môjho balíka so zlatom",
        "Platba čaká u nášho zmluvného escrow agenta, uhraďte daň 20 % na uvoľnenie",
        "Gratulujeme, vyhrali ste iPhone 16! Zaplaťte len 2 € za poštovné",
        "Som z oddelenia bezpečnosti, vaše peniaze sú ohrozené, presuňte ich na bezpečný účet",
        "vyzdvihne to môj kuriér, ale najprv musíš zaplatiť registráciu predajcu u nich",
        "Platbu som poslal cez 'bezpečné odovzdanie', potvrď prijatie zaplatením 1 € na aktiváciu",
        """Dobrý deň,

som pán Abdul Karim, riaditeľ banky v Burkina Faso. Na našom účte leží 8,5 milióna dolárov po zosnulom zahraničnom klientovi, ktorý nemal dedičov. Hľadám spoľahlivého partnera, ktorý by prijal tieto peniaze, za čo dostane 40 %. Najprv je potrebné zaplatiť poplatok za prevodný certifikát 950 €.

S úctou
Abdul Karim""",
        """Dobrý deň,

mám záujem o Vaše auto. Som momentálne na nákladnej lodi a nemôžem prísť, preto pošlem šek na 12 000 € namiesto 9 000 €. Rozdiel 3 000 € pošlete môjmu prepravcovi cez Western Union, ktorý auto vyzdvihne. Čakám na Vaše potvrdenie.

Capt. Steven Brown""",
        """Vážený zákazník,

Vaša zásielka č. SK88120 je zadržaná na colnici. Na jej uvoľnenie je potrebné uhradiť clo a DPH vo výške 3,85 € do 48 hodín. V opačnom prípade bude zásielka zničená a voči Vám bude začaté konanie.

Colný úrad – oddelenie zásielok""",
        """Ahoj,

pred rokom som bola na tom zle a teraz mám z investícií do kryptomien 5 000 € mesačne. Môj mentor ti pomôže tiež – stačí vložiť 250 € na jeho platformu a za 2 týždne máš 2 500 €, garantované. Ponuka platí len dnes.

Simona""",
        """Dobrý deň,

predali ste mi pokazený notebook. Ak mi do piatku nevrátite 800 € plus 500 € ako odškodné, zverejním Vaše meno, adresu a fotky na všetkých skupinách a podám trestné oznámenie. Právnik už pripravuje žalobu.

Róbert""",
    ],
    "credentials_request": [
        "napíš mi heslo do účtu, prihlásim sa a opravím adresu",
        "aký kód ti prišiel v SMS? potrebujem ho na vrátenie platby",
        "pošli číslo karty aj CVV, hodím ti tam peniaze",
        "potrebujem platnosť karty a tie tri čísla zozadu",
        "pošli fotku občianskeho z oboch strán na overenie",
        "napíš rodné číslo a číslo OP, dávam to do zmluvy",
        "aké máš prihlasovacie meno do internet bankingu?",
        "daj mi h e s l o od mailu, pošlem ti tam faktúru",
        "pošli kód z Google Authenticatora, tých šesť čísel",
        "povedz mi PIN ku karte, kuriér ho potrebuje",
        "pošli mi číslo účtu a prihlasovacie údaje do banky, spravím prevod za teba",
        "napíš záložné kódy k účtu",
        "potrebujem číslo karty, šestnásť číslic",
        "pošli overovací kód čo ti teraz prišiel, rýchlo",
        "aké je heslo k tvojmu účtu tu na portáli? skontrolujem objednávku",
        """Dobrý deň,

na dokončenie vrátenia peňazí potrebujeme nasledujúce údaje: celé číslo karty, dátum platnosti a CVC kód zo zadnej strany karty. Údaje budú použité iba na pripísanie platby a následne vymazané.

Platobné oddelenie""",
        """Dobrý deň,

chcem kúpiť váš kočík, ale moja banka mi nedovolí poslať peniaze neovereným osobám. Pošlite mi prosím fotku občianskeho preukazu z oboch strán a selfie s preukazom. Je to štandardný postup.

Ďakujem, Patrik""",
        """Ahoj,

nejde mi zaplatiť, tak to spravíme takto: prihlás sa do Tatra banky a keď ti príde potvrdzovací kód, napíš mi ho sem. Ja ho zadám u seba a platba prejde. Kód platí iba chvíľu.

Dušan""",
        """Dobrý deň,

kontaktujem Vás z podpory portálu. Zaznamenali sme pokus o prihlásenie z cudziny. Na zabezpečenie účtu nám prosím pošlite svoj e-mail, heslo a kód, ktorý Vám príde SMS-kou. Nezatvárajte chat.

Podpora""",
        """Čau,

aby som ti mohol poslať zálohu na byt, potrebujem tvoje prihlasovacie údaje do SLSP, ja to tam sám zadám a potvrdím. Nič iné nespravím, sľubujem. Ak prídu nejaké kódy, pošli mi ich tiež.

Juraj""",
    ],
    "profanity": [
        "choď do piče s takou cenou",
        "ty debil, balík prišiel rozbitý",
        "k u r v a, koľko ešte budem čakať",
        "si obyčajný kokot a podvodník",
        "Ste úplný idiot, neviete ani zabaliť pohár",
        "jebem ti na taký predaj",
        "vypadni do riti, zlodej",
        "ty kretén, tretí raz sa pýtam to isté",
        "kurvaaaa kde je môj balík",
        "drž hubu a vráť prachy",
        "ty p1č0, týždeň neodpisuješ",
        "posratý podvodník, dám ti negatívne hodnotenie",
        "ste obyčajná krava, nie predajkyňa",
        "j-e-b-n-u-t-ý",
        "ty chuj, topánky sú o dve čísla menšie",
        """Dobrý deň,

píšem už štvrtýkrát. Objednal som si kabát pred dvoma týždňami, zaplatil som a vy stále nič neposielate a neodpisujete. Ste obyčajný zmrd a posratý predajca. Ak do zajtra nebude číslo zásielky, otváram spor.

Peter""",
        """Dobrý deň,

dnes mi prišli šaty a som v šoku. Sú špinavé, majú dieru a smrdia cigaretami. Ty sprostá krava, fakt si si myslela, že si to nevšimnem? Zasraná podvodníčka. Chcem späť peniaze.

Martina""",
        """Čau,

vážne? Pýtal som sa, či má mobil rozbitý displej, povedal si, že nie. Prišiel s prasknutým. Si prolhaný debil a kokot. Posielam späť a ty vraciaš peniaze, do riti s takými ľuďmi.

Miro""",
        """Dobrý deň,

k Vašej „reklamácii“: nič nebolo poškodené, keď som to posielal. Choďte do piče a prestaňte ma otravovať, ak ste príliš tupý na to, aby ste poskladali skrinku, nie je to moja chyba, vy idiot.

Predajca""",
        """Ahoj,

tak už odpíš, ty lenivý k.o.k.o.t. Päť dní čakám na potvrdenie. J e b e m, iní predajcovia odpisujú do hodiny.

Dano""",
    ],
}

ORDINARY = [
    "Dobrý deň, je kočík ešte dostupný?",
    "Dali by ste to za 70 €? Kúpim hneď cez stránku.",
    "Balík som poslala cez Packetu, číslo zásielky Z 8812 4401 23, kód na vyzdvihnutie Vám príde od Packety.",
    "Prišla mi SMS s kódom do Z-BOXu, balík mám, ďakujem!",
    "Plaťte prosím len cez tlačidlo Kúpiť, prevody mimo portálu neprijímam.",
    "Niekto mi v chate písal, nech mu pošlem kód z SMS, nahlásila som to podpore.",
    "Nikdy nikomu nedávajte heslo ani kódy z SMS, ani keď tvrdí, že je z podpory.",
    "Kuriér SPS vám zavolá na číslo uvedené v objednávke.",
    "Vrátenie peňazí spravím cez stránku, prídu Vám rovnakou cestou.",
    "Aké rozmery má ten stolík? Hľadám niečo do 60 cm.",
    "Predám poháre na víno, 6 kusov, krištáľ.",
    "Konopné lano 10 m, hrubé, na hojdačku.",
    "Kúpeľové bomby s levanduľou, sada 5 kusov.",
    "Cena je fakt vražedná, lacnejšie to nenájdete :)",
    "Kuchynské nože v stojane, nehrdzavejúca oceľ, nepoužité.",
    "Mimo portálu platiť nebudem, prosím vystavte to normálne.",
    "Môžem si to vyzdvihnúť osobne v Nitre a zaplatiť cez portál?",
    "Pošlete to cez Packetu alebo Slovenskou poštou? Radšej Packeta.",
    "Koľko cyklov má batéria?",
    "Objednávka č. 6621-4490 ešte neprišla, môžete sa pozrieť na stav?",
    "Odkaz na sledovanie od GLS mi nejde, pošlete číslo zásielky?",
    "Balík uviazol v triediacom centre v Senci, písal som na infolinku kuriéra.",
    "Na infolinke Slovenskej pošty mi povedali, že zajtra.",
    "Prepáčte za meškanie, bola som chorá, posielam dnes.",
    "Bunda je M, ale skôr na S, dĺžka 68 cm.",
    "Je to originálna nabíjačka? Na fotke vidím iné logo.",
    "Áno, originál, mám bloček z Datartu, priložím ho.",
    "Krabica prišla pokrčená, ale výrobok je v poriadku.",
    "Topánka je malá, môžem ju vrátiť cez formulár na portáli?",
    "Vrátenie prijaté, peniaze pošlem hneď ako dorazí balík.",
    "Koľko stojí poštovné za dva kusy spolu?",
    "Pridám nabíjačku zdarma, ak si vezmete aj obal.",
    "Platba prešla, ďakujem, čakám na číslo zásielky.",
    "Správu od kupujúceho, ktorý chcel číslo mojej karty, som nahlásil ako podvod.",
    "Pozor, niekto sa vydáva za kuriéra a posiela odkazy na doplatky, neklikajte.",
    "Šaty vo farbe vína vyzerajú super, máte ich aj v M?",
    "Sušené huby shiitake, 200 g.",
    "Zmestí sa prilba na obvod 58 cm?",
    "Faktúru som vystavil, je v detaile objednávky.",
    "Pošlem v pondelok, cez víkend je pobočka zatvorená.",
    "Pošlite prosím fotku štítku, chcem skontrolovať zloženie.",
    "Zadal som zlú adresu, dá sa ešte zmeniť na Hlavná 12, 040 01 Košice?",
    "Adresu som v objednávke upravil.",
    "Neznáme čísla nedvíham, radšej píšem tu.",
    "Účet tu mám od 2017, hodnotenia sú v profile.",
    "Má tá vŕtačka príklep? Potrebujem do betónu.",
    "Pri dvoch kusoch zľavím, objednávka cez portál.",
    "Vďaka za rýchle odoslanie, odporúčam!",
    "Nižšie ako 150 € ísť nemôžem.",
    "Čo tak 140 a poštovné platím ja?",
    "Stav výborný, použité dvakrát, záruka do 2027.",
    "Reklamácia podaná cez centrum pomoci, číslo prípadu 66123.",
    "Je v balení HDMI kábel?",
    "Balík sa vrátil, nestihol som ho vyzdvihnúť, prepáčte. Nové poštovné zaplatím cez portál.",
    "Radšej DPD, majú výdajné miesto blízko.",
    "Môžete to zabaliť ako darček? Meniny sú v sobotu.",
    "Mám problém s prihlásením na portál, už som písal podpore.",
    "Po tej divnej SMS som si zmenil heslo, nič som nevyplnil.",
    "Predajca z iného inzerátu chcel prevod na účet, odmietol som a nahlásil ho.",
    "Kúpil som cez stránku kartou, všetko prebehlo v pohode.",
    "Tieto slúchadlá majú killer basy, odporúčam.",
    "Chemická súprava pre malých vedcov, od 8 rokov.",
    "Kedy približne odošlete? Potrebujem do piatku.",
    "Odoslané! Sledovanie: https://tracking.packeta.com/sk/?id=Z8812440123",
    "Kuriér má dnes kvôli snehu meškanie.",
    "Ako dlho trvá vrátenie peňazí cez portál?",
    "Pokiaľ viem, do 5 pracovných dní.",
    "Tovar nezodpovedá popisu, otváram spor v centre pomoci.",
    "Rozumiem, ospravedlňujem sa, samozrejme vrátim celú sumu.",
    "Záhradná hadica 25 m, na konci prasknutá, preto lacnejšie.",
    "Príde ten stolík zložený?",
    "Koľko váži balík?",
    "Pošlite to prosím na Z-BOX Bratislava Ružinov.",
    "Napíšte mi číslo objednávky, pozriem sa.",
    "Číslo objednávky 2026/11/5512.",
    "Prišiel mi mail, že mám doplatiť za balík, to je asi phishing, nie?",
    "Áno, to je podvod, portál nikdy nechce doplatky mailom.",
    "Odovzdanie v Žiline, platba cez portál vopred.",
    "Pošlem zajtra ráno, dnes už je pošta zatvorená.",
    "Máte ten model aj v tmavomodrej?",
    "Knihy vo veľmi dobrom stave, jedna má ohnutý roh.",
    "Prepáč, pomýlila som sa v popise, je to veľkosť 38.",
    "Beriem, hneď zaplatím cez portál.",
    "Vyzdvihnem po práci okolo šiestej.",
    "Kuriér volal, že bude o hodinu, super.",
    "Revolut nemám, platím normálne cez stránku.",
    "Nahlásil som používateľa, ktorý chcel moje telefónne číslo.",
    "Hračka pre mačku, pierko na prútiku.",
    "Je kryt kovový alebo plastový?",
    "Ďakujem za nákup, budem rád za hodnotenie!",
    "Dala som pozitívne hodnotenie, všetko super.",
    "Je ten parfum originál? Na fotke nevidím kód šarže.",
    "Áno, originál z Notina, kód šarže je na dne.",
    "Otvárač na fľaše v tvare rybky, mosadz.",
    "Pohár na pivo s logom Zlatého Bažanta, nepoužitý.",
    "Dobrý deň, viete mi vystaviť faktúru na firmu s IČO?",
    "Zásielka je v Z-BOXe, kód na otvorenie máte v aplikácii Packeta.",
    "Dá sa cez platobnú bránu portálu zaplatiť Google Pay?",
    "Hodnotenie mám 4,9 z 200 predajov.",
    "Vymenil som si po tom podvodnom maile heslo, podpora mi potvrdila, že účet je v poriadku.",
]
