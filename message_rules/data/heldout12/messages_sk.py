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

volám sa Ing. Hudec zo Slovenskej sporiteľne. Vašu platbu na portáli sme pozastavili pre podozrenie z podvodu. Aby sme ju mohli uvoľniť, pošlite mi sem svoje ID do George, heslo a kód z autorizačnej SMS.

Ďakujem""",
        """Ahoj,

predávam ti tie lyže, ale kvôli zmluve o predaji potrebujem tvoje rodné číslo, číslo občianskeho a fotku vodičáku. Je to kvôli tomu, keby boli reklamácie.

Tibor""",
        """Dobrý deň,

chcem Vám poslať peniaze cez Revolut, ale musíte mi najprv napísať kód, ktorý Vám príde do aplikácie, aby sa spárovali účty. Bez neho Vám platba nepríde.

Ľuboš""",
        """Čauko,

pri objednávke som sa pomýlil a dal som tvoj e-mail. Teraz ti príde e-mail na obnovenie hesla s kódom – prepošli mi ten kód, prosím, nech sa dostanem do svojho účtu.

Erik""",
        """Dobrý deň,

pre vystavenie záručného listu na práčku potrebujeme číslo Vašej platobnej karty, dátum platnosti a CVV. Kartu nebudeme zaťažovať, slúži len na identifikáciu zákazníka.

Servis Domáce spotrebiče""",
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

tie hokejky, čo ste mi poslali, sú obe zlomené pri čepeli. Ste obyčajný chuj a podvodník, veď ste to museli vidieť. Ak mi nevrátite peniaze, dám vám hodnotenie, aké si zaslúžite.

Róbert""",
        """Ty pako sprosté,

kočík mal byť „ako nový“ a kolesá sú vyžuté a rukoväť roztrhnutá. Choď do riti aj s tvojimi fotkami z roku pána.

Veronika""",
        """Hej ty,

trikrát si zrušil osobný odber v Košiciach, vždy päť minút pred časom. Si obyčajný kokot a mrhač času. Jebem na teba.

Laco""",
        """Dobrý deň,

to, čo ste napísali do recenzie, je lož. Korčule boli nabrúsené a bez chyby. Vy ste sprostá krava, čo nevie korčuľovať, a teraz to zvaľujete na mňa.

Predajca""",
        """Ahoj,

za 20 € si chceš kúpiť notebook za 300? Si normálne debil alebo len vyjebaný somár? Nepíš mi viac s takými ponukami, k.r.e.t.é.n.

Maroš""",
    ],
}

ORDINARY = [
    "Dobrý deň, aká je dĺžka tých lyží? Mám 172 cm.",
    "Lyže majú 165, na vašu výšku akurát na rekreačné lyžovanie.",
    "Lyžiarky sú veľkosť 27,5, vložky sú ešte pevné.",
    "Hokejky máte aj ľavé? Syn strieľa zľava.",
    "Obe sú ľavé, flex 50, jedna má oblepenú čepeľ.",
    "Korčule Bauer, veľkosť 40, nabrúsené pred mesiacom.",
    "Kroj je z Detvy, vyšívaný ručne, bez poškodenia.",
    "Knihu Dobšinského rozprávok máte ešte? To staré vydanie z 80. rokov.",
    "Áno, mám, väzba drží, len obal je trochu ošúchaný.",
    "Stan pre 4 osoby, raz použitý na Zemplínskej Šírave.",
    "Elektrokolobežka Xiaomi, kúpená v Alze, bloček priložím.",
    "LEGO Technic je kompletné, skontroloval som podľa návodu.",
    "Nintendo Switch OLED, dva ovládače, hry nie sú v cene.",
    "Zimné pneumatiky 205/55 R16, dezén 6 mm, rok výroby 2022.",
    "Detská postieľka aj s matracom, z nefajčiarskej domácnosti.",
    "Dali by ste to za 60 eur? Zaplatím hneď cez portál.",
    "Za 65 by som to pustil, poštovné cez Packetu na moje náklady.",
    "Dobre, posielam ponuku cez tlačidlo Ponúknuť cenu.",
    "Prijal som ponuku, môžete zaplatiť v objednávke.",
    "Zaplatené kartou cez portál, ďakujem.",
    "Odoslané cez SPS, číslo zásielky nájdete v detaile objednávky.",
    "BalíkoBOX Slovenskej pošty mi poslal SMS s kódom, zásielku som vybral.",
    "DPD Pickup v Lidli, tam by mi to vyhovovalo najviac.",
    "GLS ParcelShop na benzínke pri mne, môže byť?",
    "Kuriér 123kuriér volal na číslo z objednávky, že príde po obede.",
    "Zásielka stojí v depe v Žiline, volal som na ich linku, vraj zajtra.",
    "Sledovanie: https://tracking.packeta.com/sk/?id=Z1234567890",
    "Dopravu zaplatíte pri objednávke na portáli, nie mne.",
    "Ospravedlňujem sa, objednávku som zrušil omylom, dá sa obnoviť?",
    "Nie, ale pridám inzerát znova a kúpite ho cez portál.",
    "Vrátenie peňazí prebehne cez portál na vašu kartu.",
    "Peniaze sú späť na účte, vďaka za korektnosť.",
    "Niekto mi poslal SMS, že mám doplatiť clo 1,99 € cez link, ignorovala som to.",
    "Dobre ste spravili, portál nikdy takto neplatí ani nepýta.",
    "Kupujúci chcel moje prihlasovacie údaje do banky, nahlásil som ho a zablokoval.",
    "Nikomu nepíšte kódy z banky, ani keď sa tvári ako kuriér.",
    "Prosím vás, nepíšte mi na WhatsApp, dohodnime sa tu.",
    "Mimo portálu neplatím, bez urážky, mám zlú skúsenosť.",
    "Rozumiem, ja tiež predávam len cez portál.",
    "Prišla mi správa, že mi zablokujú účet, nahlásila som ju podpore.",
    "Podpora mi potvrdila, že to bol podvod, účet je v poriadku.",
    "Zmenila som si heslo a zapla dvojfázové overenie.",
    "Fľaša na vodu, nerez, 750 ml, nepoužitá.",
    "Poháre na pálenku, 6 ks, brúsené sklo, iba poháre.",
    "Vínové poháre Rona, sada 6, v pôvodnom balení.",
    "Korenie údená paprika, domáca, 100 g.",
    "Konopné semienka na pečenie, bio, 500 g.",
    "Nôž na chlieb, čepeľ 20 cm, nový.",
    "Cena je fakt bomba, to vám garantujem.",
    "Strelecké slúchadlá na hluk pri kosení trávy, nie na strelnicu.",
    "Kúpeľové bomby pre deti, bez parfumu.",
    "Predávam set na pečenie zákuskov, formičky aj vrecúška.",
    "Aký je rozmer postieľky? Potrebujem do 125 cm.",
    "120 x 60 cm, vonkajší rozmer 126, tak to bude tesné.",
    "Je bicykel vhodný pre 10-ročného?",
    "Rám 24 palcov, pre 9 až 12 rokov ideálny.",
    "Sú na kolobežke škrabance?",
    "Len drobné na blatníku, fotky som pridal.",
    "Koľko kilometrov má kolobežka najazdené?",
    "Podľa aplikácie 412 km.",
    "Mohol by som si to prísť pozrieť v Trenčíne?",
    "Jasné, v sobotu doobeda, platba cez portál pri osobnom odbere.",
    "Adresa predajne je v podpise: Predajňa Kamzík, Hlavná 5, Poprad.",
    "Faktúru nájdete v objednávke na portáli.",
    "Ste platca DPH?",
    "Nie, som neplatca, faktúra bude bez DPH.",
    "Tovar nezodpovedá fotkám, otvorím reklamáciu cez portál.",
    "Mrzí ma to, reklamáciu prijmem a peniaze vrátim cez portál.",
    "Balík prišiel mokrý, spísal som s kuriérom zápis o škode.",
    "Kuriér SPS mi poradil, aby som to riešil cez predajcu.",
    "Pošlem vám fotky poškodenia sem do správ.",
    "Môžete mi to odložiť do piatku? Zaplatím cez portál vo výplatný deň.",
    "Do piatku podržím, potom to dám znova do predaja.",
    "Kedy budete mať znova zimné bundy?",
    "Budúci týždeň pridám nové kúsky.",
    "Je to originálny obal od Samsungu?",
    "Áno, originál, kupovaný v Orange predajni.",
    "Máte ešte záručný list?",
    "Mám, záruka platí do marca 2027.",
    "Ste zo Serede? Mohol by som to vyzdvihnúť po práci.",
    "Som z Galanty, ale v Seredi pracujem, stretneme sa tam.",
    "Objednávka č. 2026-SK-30177, kedy to odošlete?",
    "Zajtra ráno, Packeta to doručí do dvoch dní.",
    "Vďaka, tešíme sa, dcéra bude mať radosť.",
    "Hodnotenie som pridal, všetko sedelo.",
    "Ďakujem za nákup a pekné sviatky!",
    "Nefunguje mi prihlásenie do portálu, musím si obnoviť heslo cez e-mail.",
    "Obnova hesla fungovala, už som prihlásený.",
    "Platba Google Pay cez portál prešla bez problémov.",
    "Dá sa zaplatiť aj na dobierku cez portál?",
    "Áno, dobierku si vyberiete priamo v objednávke.",
    "Škatuľa je trochu potlačená, obsah v poriadku.",
    "Nechce sa mi telefonovať, radšej si píšme tu.",
    "Kuriér môže volať na číslo z objednávky, to je v poriadku.",
    "Bol to killer výpredaj, všetko do hodiny preč.",
    "Kúpim aj druhú hokejku, ak ešte je.",
    "Je, pridám ju do tej istej objednávky s poštovným zadarmo.",
    "Aká je výška stola? Potrebujem ho k pianu.",
    "75 cm, nastaviteľné nohy o 3 cm.",
    "Dobre, beriem, objednávam.",
    "Stretnutie v Bratislave Aupark, platba je už na portáli.",
]
