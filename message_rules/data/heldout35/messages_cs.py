# ruff: noqa: E501
# Held-out set 35, Czech: relayed e-mail (signatures, quotes, auto-replies, pasted orders).

BLOCK = {
    "prohibited_item": [
        "Dobrý den,\nmáme skladem 30 kusů notebooků Lenovo, původ neřešte, proto ta cena 4 000 Kč za kus.\nS pozdravem\nJiří Svoboda\nobchodní ředitel\nIT Velkoobchod Svoboda",
        "Dobry den,\nk objednavce muzu pribalit Rivotril, v lekarne bez receptu nedostanete, 20 tablet za 900 Kc.\nS pozdravem",
        "Vážení,\nnabízíme repliky hodinek Omega a Rolex v kvalitě 1:1, nikdo nepozná rozdíl. Velkoobchodní cena 1 500 Kč.\nS úctou\nObchodní oddělení",
        "Ahoj,\nmam i plynovku predelanou na ostry naboje, bez zbrojaku, klidne ji pribalim.\nZdar",
        "Dobrý den,\nprodám cigarety bez kolků z Ukrajiny, karton 600 Kč, pošlu schované v balíku s oblečením.\nS pozdravem, Lenka",
        "> Nemáte něco na hubnutí?\n\nMám efedrin, 50 tablet za 700 Kč, bez receptu, pošlu diskrétně.",
        "Dobrý den,\nvyrobíme vám maturitní vysvědčení nebo diplom z vysoké školy na originálním papíře. Dodání do týdne.\n--\nKancelář Dokumenty",
        "Dobry den,\nprodam Windows 10 Pro s crackem a Photoshop s aktivatorem na flashce, 300 Kc.\nS pozdravem\nPetr",
        "Vážený pane,\nnabízíme balíček 40 pětihvězdičkových hodnocení na váš profil prodejce, psané z různých účtů. 1 200 Kč.\nS pozdravem\nMarketingový tým",
        "Ahoj,\nslivovice vlastní výroby, 3 litry, 52 %, nekolkovaná, můžu poslat s tím demižonem.\n\nOdesláno z iPhonu",
        "Dobrý den,\nmám papouška ara a želvu bez papírů CITES, předání osobně v Jihlavě.\nS pozdravem",
        "Dobrý den,\nbundy Moncler, nejsou to originály, ale kvalitní kopie, 1 800 Kč.\n--\nMartin\nObchod Móda Martin",
        "Dobry den,\nkolo nema cislo ramu, protoze bylo kradene, proto je tak levne. Predani vecer.\nS pozdravem",
        "Vážení,\nnabízíme partii padělaných parfémů Dior a Chanel, krabičky identické s originálem. Minimální odběr 30 kusů.\n[image]\nVelkoobchod",
        "Dobrý den,\ntráva z vlastního pěstování, 10 gramů, pošlu k té pěstební lampě, co jste si prohlížel.\nZdravím",
        "Dobrý den,\nudělám vám řidičák skupiny B bez zkoušek, vypadá jako pravý. Záloha 5 000 Kč.\n\nOdesláno ze Samsungu",
        "Dne 3. prosince Jan napsal:\n> Máte anabolika?\n\nAno, testosteron v ampulích, 10 kusů za 2 500 Kč, bez receptu.",
        "Dobrý den,\nprodám náboje ráže 9 mm, 300 kusů, zbrojní průkaz nechci vidět.\nS pozdravem, Roman",
        "Dobrý den,\nkabelky Gucci replika, logo jako originál, 1 200 Kč.\nS pozdravem\nKlára\nButik Klára",
        "Dobry den,\nvystavim falesnou neschopenku na libovolny termin, 1 000 Kc.\nS pozdravem",
    ],
    "off_platform": [
        "Dobrý den,\nděkuji za zájem. Volejte po 17. hodině.\nS pozdravem\nPavel Dvořák\nvedoucí skladu\ntel. 603 214 587",
        "Dobrý den,\nradši to dořešíme na WhatsAppu, tady zprávy chodí pozdě.\n--\nTomáš Novotný\nWhatsApp: +420 777 312 905",
        "Dobrý den,\nprosím o platbu přímo na účet, mimo portál, ušetříme na poplatku:\n2401536789/2010\nS pozdravem",
        "Dobry den,\nnapiste mi na mail karel.horak77@seznam.cz, poslu fotky.\n\nOdeslano z telefonu",
        "> Můžu zaplatit přes portál?\n\nRadši hotově při předání a inzerát hned smažu, ať neplatím provizi.",
        "Dobrý den,\npište na Telegram @nabytek_pavel, tam mám víc fotek a lepší ceny.\nS pozdravem\nPavel",
        "Vážení,\nv záležitosti objednávky nás kontaktujte přímo na čísle 224 515 630, domluvíme platbu mimo portál.\nS pozdravem\nZákaznické centrum",
        "Dne 2. 12. 2026 Eva napsala:\n> Můžeme se domluvit mimo portál, dám vám číslo.\n\nJasně, pošlete číslo, zítra zavolám.",
        "Dobrý den,\npošlete to na můj účet CZ65 0800 0000 1920 0014 5399, bez poplatků portálu.\nS pozdravem",
        "Dobrý den,\nozvěte se na Messengeru, profil Lucie Marková Olomouc.\nS pozdravem\nLucie",
        "Dobry den,\nmoje cislo 731-228-964, volejte nebo SMS, sem moc nechodim.\nS pozdravem\nStanislav",
        "Dobrý den,\nrychleji odpovím na Signalu: +420 608 119 342.\n--\nMarta Veselá\ngrafička\nStudio Veselá",
        "Dobrý den,\nnavrhuji dokončit nákup na Bazoši nebo Vinted, tady mám zablokovaný prodej.\nS pozdravem",
        "Vážený pane,\nčíslo účtu pro platbu mimo platformu: 19-2000145399/0800, do zprávy napište komoda.\nS úctou\nTruhlářství Dub",
        "Ahoj\nulož si můj Instagram kupuj_u_misy a napiš tam, domluvíme se\n\nOdesláno z iPhonu",
        "> Prosím o kontakt e-mailem.\n\nOk, moje adresa: servis.kol.brno@email.cz\nS pozdravem",
        "Dobrý den,\nzruším transakci na portálu a vy mi to prostě pošlete na účet, bude to jednodušší.\nS pozdravem",
        "Dobrý den,\npište na Viber 00420 736 910 228, pošlu video.\nS pozdravem\nLukáš\nAutodíly Lukáš",
        "Dobry den,\nzavolejte mi: sedm set dvacet, tri sta jedenact, ctyri sta osmdesat.\nS pozdravem",
        "Dobrý den,\nzaplaťte mi radši přes Revolut na číslo, peníze mám hned, ne přes portál.\n\n--\nOndřej Beneš\nRevolut: +420 790 334 120",
    ],
    "external_link": [
        "Dobrý den,\nvíc fotek pohovky jsem nahrál sem: https://imgur.com/a/pL2qX8r\nS pozdravem\nMichal",
        "Dobrý den,\nkompletní katalog: www.velkoobchod-nabytek.cz/katalog\n--\nObchodní oddělení\nNábytek Plus",
        "Dobry den,\nvideo z jizdy: youtu.be/Hk29sLq0pXe\nS pozdravem",
        "Vážení,\nzáruční podmínky najdete na adrese: https://zaruky-servis.cz/podminky\nS pozdravem\nZákaznická podpora",
        "Dobrý den,\nmé další inzeráty: bazos.cz/uzivatel/starozitnosti_franta\nS pozdravem",
        "Dobrý den,\nspecifikace notebooku: bit.ly/4KqT8mZ\nOdesláno z telefonu",
        "Dobrý den,\nfotky ve vyšší kvalitě na disku: https://drive.google.com/drive/folders/9xYzAbC1\nS pozdravem, Jana",
        "Dobrý den,\nmáme i e-shop s akcemi: trickapraha.cz\n[image]\nTým Tričká Praha",
        "> Máte víc fotek?\n\nAno, na Instagramu: instagram.com/keramika_od_evy",
        "Dobry den,\ntechnicky popis motoru tady https://pastebin.com/raw/Lm9Qv2Kp\nS pozdravem\nJakub",
        "Vážený pane,\nseznamte se s naší leasingovou nabídkou: http://leasing-stroju.eu/nabidka?id=5520\nS úctou",
        "Dobrý den,\nvideo ze zkoušky motoru: https://www.tiktok.com/@garaz_zdenka/video/8812\nS pozdravem",
        "Dobrý den,\nrecenze toho foťáku: fotoblog-kamila.cz/recenze-canon-r6\nS pozdravem",
        "Dobrý den,\nrozměry a nákres skříně: dropbox.com/s/2kd81/skrin.pdf\n--\nTruhlářství Buk",
        "Dobry den\ntady jsou fotky: https://photos.app.goo.gl/Tq8rK2nVz\nzdravim",
        "Dobrý den,\nmrkněte na náš web www.rukodelky-jany.cz, mám tam víc vzorů.\nS pozdravem, Jana",
        "Vážení,\nodkaz na reklamační formulář: https://forms.gle/Wz7Lp3Qx\nReklamační oddělení",
        "Dobrý den,\nmoje hodnocení z jiného portálu: sbazar.cz/profil/martin_k\nS pozdravem",
        "Dobrý den,\nsrovnání cen tady: https://www.heureka.cz/produkt/12345\nS pozdravem",
        "Dobrý den,\nnávod k montáži na videu: vimeo.com/712349011\nS pozdravem\nRadek\nMontáže Radek",
    ],
    "scam": [
        "Vážený zákazníku,\nvaše zásilka byla pozastavena kvůli nedoplatku 29 Kč. Uhraďte jej do 24 hodin: https://zasilkovna-doplatek.com/z/4412\nTým Zásilkovny\n[image]",
        "Dobrý den,\nomylem jsem poslal 15 000 Kč místo 1 500 Kč. Vraťte prosím rozdíl 13 500 Kč na účet mého bratrance.\nS pozdravem",
        "Vážený uživateli,\nkupující zaplatil váš předmět. Pro přijetí peněz potvrďte údaje karty na: prijem-platby-bazos.cz\nBezpečnostní tým",
        "Dobrý den,\nuž jsem zaplatil přes portál, v příloze potvrzení z banky [image]. Kurýr přijede zítra, pošlete to hned a nečekejte na peníze.\nS pozdravem",
        "Dear Friend,\njsem Dr. Samuel Okoro, ředitel banky v Lagosu. Mám 12,8 milionu USD bez majitele a hledám důvěryhodnou osobu. Dostanete 30 %. Prosím o manipulační poplatek 350 EUR.\nS úctou",
        "Dobrý den,\nmůj kurýr z DPD vyzvedne zboží, ale musíte zaplatit pojištění 900 Kč, vrátím při převzetí.\nS pozdravem, Mike",
        "Vážení,\nz důvodu ověření účtu prodejce je vyžadován aktivační poplatek 199 Kč. Bez něj budou inzeráty smazány.\nTým portálu",
        "Dobrý den,\nna rezervaci bytu prosím zálohu 5 000 Kč, jsem teď v zahraničí, klíče pošlu kurýrem.\nS pozdravem\nAnna",
        "Dobry den,\nvyhral jste iPhone 16 v nasi zakaznicke soutezi! Staci zaplatit postovne 49 Kc.\n[image]\nOddeleni akci",
        "Dne 5. prosince Kurýr napsal:\n> Prosíme o doplatek 80 Kč za zásilku.\n\nTo sedí, doplaťte kurýrovi těch 80 Kč, jinak to nepošlu.",
        "Dobrý den,\njsem námořník na lodi, zaplatím předem víc, než je cena, a přebytek prosím pošlete mému přepravci přes Western Union.\nS pozdravem",
        "Vážený zákazníku,\nváš účet bude do 12 hodin zablokován kvůli nezaplacené faktuře. Uhraďte 249 Kč okamžitě.\nPodpora platformy",
        "Dobrý den,\npošlete prosím 1 000 Kč kauci za vyzkoušení šatů, vrátím po jejich vrácení.\nS pozdravem, Petra",
        "Dobrý den,\nposlal jsem vám peníze přes bezpečnou platbu, ale systém chce, abyste nejdřív vložil 1 500 Kč depozitu na odblokování.\nS pozdravem",
        "Dobrý den,\nobjednávka #5512043 byla zrušena. Pro vrácení 1 290 Kč se přihlaste do portálu vratek a zadejte údaje karty.\nTým vratek",
        "Dobrý den,\nmoje dopravní firma odveze auto, jen je třeba předem zaplatit 3 000 Kč za odtahovku, pak to připočtu.\nS pozdravem\nJohn",
        "Dobry den,\nposlal jsem vam potvrzeni platby na mail od portalu, poslete zbozi, penize prijdou za 3 dny.\nS pozdravem",
        "Vážení,\npro vrácení přeplatku daně z prodeje prosím uhraďte administrativní poplatek 150 Kč.\nFinanční úřad - oddělení vratek",
        "Dobrý den,\nprodám PS5 za 6 000 Kč, ale jen na zálohu předem na účet, minule mi někdo nepřevzal. Odeslání po platbě.\nS pozdravem",
        "Dobrý den,\nreaguji na váš inzerát na práci z domova: před začátkem je nutné koupit startovací balíček za 800 Kč.\nS pozdravem\nNáborové oddělení",
    ],
    "credentials_request": [
        "Vážený uživateli,\nza účelem ověření účtu nám v odpovědi zašlete přihlašovací jméno a heslo.\nBezpečnostní tým",
        "Dobrý den,\nabych vám mohl poslat peníze, potřebuji číslo vaší karty, platnost a tři číslice ze zadní strany.\nS pozdravem",
        "Dobrý den,\npřijde vám SMS s kódem, přepište mi ho, tím se potvrdí odeslání.\n\nOdesláno z telefonu",
        "Dobry den,\npotrebuju od vas overovaci kod z bankovni aplikace, pak hned zaplatim za stul.\nS pozdravem",
        "Vážení,\nzašlete nám prosím fotografii občanského průkazu z obou stran a selfie s dokladem kvůli výplatě peněz.\nOddělení ověření",
        "Dobrý den,\npřihlaste se do banky přes tento formulář, uvidíte platbu: banka-prijem.cz/login\nS pozdravem",
        "Dobrý den,\ndejte mi přihlašovací údaje do internetového bankovnictví, vrácení si převedu sám, bude to rychlejší.\nS pozdravem",
        "> Jak mám přijmout platbu?\n\nStačí, když mi pošlete číslo karty a CVV, zbytek zařídím.",
        "Dobrý den,\nke kupní smlouvě na auto potřebuji sken vašeho občanského průkazu a řidičáku, pošlete sem.\nS pozdravem",
        "Dobry den,\nposli mi heslo k uctu na portalu, upravim ti inzerat, mas spatne fotky.\nZdar",
        "Vážený zákazníku,\nzaznamenali jsme neoprávněné přihlášení. Potvrďte totožnost zadáním rodného čísla, čísla karty a CVV.\nBezpečnostní oddělení [image]",
        "Dobrý den,\npošlete mi kód, který vám přišel SMS od banky, autorizuje platbu pro kurýra.\nS pozdravem",
        "Dobrý den,\nnež přijedu, pošlete fotku občanky, chci vědět, s kým jednám.\nS pozdravem, Marek",
        "Dne 1. prosince Tomáš napsal:\n> Pošli ověřovací kód.\n\nJasně, a ty mi pošli ještě PIN ke kartě, ať si to můžu ověřit.",
        "Dobrý den,\npro odeslání přes náš systém potřebujeme přihlašovací údaje k vašemu bankovnímu účtu.\nS úctou\nLogistika",
        "Dobrý den,\npošlete číslo karty i s datem platnosti, vrátím peníze za poškozený balík.\nS pozdravem",
        "Dobry den,\nposlete fotku platebni karty z obou stran, overim, jestli platba projde.\nS pozdravem",
        "Vážení,\nv souvislosti s aktualizací podmínek vás žádáme o opětovné zadání hesla k účtu.\nTým portálu",
        "Dobrý den,\ndej mi login a heslo na Vinted, vystavím ti věci za tebe.\nS pozdravem",
        "Dobrý den,\nbanka po mně chce váš autorizační kód z SMS, pošlete ho prosím do 5 minut.\nS pozdravem",
    ],
    "profanity": [
        "Dobrý den,\njste obyčejný podvodník a kokot, balík nedorazil.\nS pozdravem",
        "Vážený pane,\ndovoluji si vás upozornit, že pokud mi do pátku nevrátíte peníze, najdu si vás a zlámu vám nohy.\nS úctou\nKarel Procházka",
        "Dobry den,\nco je to za zasrany kram, vsechno rozbity, ty vole.\n\nOdeslano z telefonu",
        "> Bohužel nemůžu jít s cenou dolů.\n\nTak se s tím inzerátem jdi vysrat, debile.",
        "Dobrý den,\nvy jste tupá kráva, píšu to potřetí.\nS pozdravem",
        "Vážení,\njste banda zlodějů a idiotů, doufám, že zkrachujete.\nZákazník",
        "Dobrý den,\njestli mi ještě jednou napíšete, přijedu a podpálím vám to auto.\nMarek",
        "Dobrý den,\nseru na takový obchod, ty zkurvený podvodníku.\nS pozdravem",
        "Dne 4. prosince Jana napsala:\n> Prosím o trpělivost.\n\nTrpělivost? Ty blbá huso, vrať prachy.",
        "Dobry den,\njdete do prdele s tou reklamaci, nic nevratim.\nS pozdravem",
        "Vážený pane,\ns politováním konstatuji, že jste naprostý debil a šašek.\nS úctou",
        "Dobrý den,\nzavři hubu a pošli to, hajzle.\n\nOdesláno z iPhonu",
        "Dobrý den,\nvím, kde bydlíte. Radím vám, dávejte si pozor, až půjdete večer z práce.\nS pozdravem",
        "Dobry den\nvypadni, ty jelito, tenhle hnus nikdo normalni nekoupi",
        "Dobrý den,\nvy jste nějaká děvka, prodáváte špinavé oblečení jako nové.\nS pozdravem",
        "Vážený pane,\npokud nevrátíte peníze, moji kamarádi vás navštíví a nebude to příjemné.\nS úctou",
        "Dobrý den,\nty zmrde, vrať prachy za ten rozbitý mobil.\nS pozdravem",
        "Dobrý den,\nkurva, jak dlouho mám čekat, vy idioti ze skladu.\n--\nAdam",
        "Dobry den,\njsi obycejny curak a mrdka, uz mi nepis.\nS pozdravem",
        "Vážená paní,\ndoufám, že chcípnete i s tou kočkou, co jste mi prodala.\nZákazník",
    ],
}

_HARD = [
    "Dobrý den,\nděkuji za rychlou odpověď. Komoda je stále k dispozici, vyzvednutí možné v sobotu od 10:00.\nS pozdravem\nPavel Dvořák\nvedoucí skladu\nNábytek Dvořák s.r.o.",
    "Dne 3. 12. 2026 v 14:12 Eva napsala:\n> Můžeme přejít na WhatsApp?\n\nRadši zůstanu u zpráv na portálu, mám tu celou historii. S pozdravem",
    "Dne 2. 12. 2026 Jan napsal:\n> Pošlete mi kód z SMS, zaplatím.\n\nKódy z SMS nikomu neposílám. Zaplaťte prosím přes portál, jinak neodešlu.",
    "Dobrý den,\ndostal jsem e-mail údajně od portálu s žádostí o doplatek 29 Kč za zásilku. Neklikám na to, hlásím jako podvod.\nS pozdravem",
    "Děkuji za zprávu. Jsem na dovolené do 14. prosince 2026 a nemám přístup k poště. V naléhavých věcech pište přes portál po mém návratu.\nMarta Veselá",
    "Potvrzení objednávky #30581144\n- Kancelářská židle, černá: 2 490 Kč\n- Doprava kurýrem: 99 Kč\nCelkem: 2 589 Kč\nDatum objednávky: 4. 12. 2026\n\nDobrý den, vkládám shrnutí, zkontrolujte prosím, jestli sedí.",
    "Dobrý den,\nv příloze fotky regálu.\n[image]\n[image]\nS pozdravem\nJana\n\nOdesláno z telefonu",
    "Vážení,\ndovolujeme si vás informovat, že objednávka #7731 byla předána k odeslání. Číslo zásilky najdete v detailu objednávky na portálu.\nS pozdravem\nZákaznické centrum\nObsah této zprávy je důvěrný a určený pouze adresátovi.",
    "> Mám ještě hodinky Rolex replika, levně.\n\nO padělky nemám zájem, inzerát nahlásím moderátorům.",
    "Dobry den,\nkuryr dnes volal na cislo z objednavky, balik bude zitra.\nS pozdravem",
    "Upozornění pro kupující: portál nikdy nežádá ve zprávě heslo, číslo karty ani kód z SMS. Pokud o to někdo žádá, nahlaste to.\nS pozdravem, prodejce",
    "Dobrý den,\njsou ty boty Adidas originální? Prosím o fotku štítku a účtenky.\nS pozdravem",
    "Dne 1. 12. 2026 Petr napsal:\n> Zaplať mi mimo portál, bude to levnější.\n\nNe, platím jen přes portál. Jestli to vadí, odstupuji.",
    "---------- Přeposlaná zpráva ----------\nOd: Nábytek Plus\nPředmět: Objednávka #55120\n\nZboží připraveno k vyzvednutí.\n\nPřeposílám, prosím o potvrzení termínu.",
    "Dobry den,\nnotebook ma 16 GB RAM a disk 512 GB, baterie vydrzi asi 6 hodin.\nS pozdravem\nPetr\n\nOdeslano z telefonu",
    "Vážený pane,\ns lítostí oznamuji, že předmět je již prodán. Děkuji za zájem.\nS úctou\nJitka Kratochvílová\nspecialistka prodeje\nAntikvariát U Lípy",
    "Ok, beru. Zítra po 18?\n\nOdesláno z iPhonu",
    "Dobrý den,\nvíno ze svého sklepa přes portál prodávat nesmím, takže nabízím jen karafu a skleničky.\nS pozdravem",
    "Dne 5. 12. 2026 Radek napsal:\n> Jsi idiot, vrať peníze.\n\nProsím neurážejte. Vrácení podle pravidel po obdržení zboží, zprávu jsem nahlásil.",
    "Dobry den,\nairsoftova zbran na kulicky, legalni, bez zbrojniho prukazu, v baleni maska.\nS pozdravem",
    "Dobrý den,\nkupující tvrdí, že poslal víc peněz, a chce vrátit přeplatek. Může to být podvod? Zatím nic nevracím.\nS pozdravem",
    "Předmět: Re: Re: Kočárek\n\nDobrý den, kočárek je po jednom dítěti, korba i sportka, cena 4 500 Kč k jednání.\nS pozdravem",
    "Automatická odpověď: Vaše zpráva byla přijata. Odpovíme do 2 pracovních dnů.\nZákaznické centrum\nCykloobchod Šlapka",
]

_HARD2 = [
    "Dobrý den,\nna základě telefonátu kurýra posílám shrnutí:\n• jídelní stůl z buku 160 x 90 cm\n• 6 čalouněných židlí\n• celková cena 12 000 Kč\n• osobní odběr v Pardubicích\nProsím o potvrzení nákupu přes portál.\nS pozdravem\nTereza Horská\nTruhlářství Horský",
    "[image: logo]\nVážení,\nděkujeme za nákup v našem obchodě. Objednávka #88104 bude odeslána do 2 pracovních dnů.\n[image]\nTým obchodu Hračky Bára\nZpráva byla vygenerována automaticky, neodpovídejte na ni.",
    "Dne 6. 12. 2026 Prodejce napsal:\n> Pošlete mi fotku občanky, potvrdím transakci.\n\nFotku občanky neposílám, portál to nevyžaduje. Tuto žádost hlásím.",
    "Dne 6. 12. 2026 Kupující napsal:\n> Klikněte na odkaz pro přijetí peněz [odkaz odstraněn].\n\nNa žádné odkazy ze zpráv neklikám. Peníze si převezmu na portálu.",
    "Dobry den,\nano, kavovar jeste mam. 1 200 Kc.\n\nOdeslano z telefonu",
    "Díky, dorazilo.",
    "Dobrý den,\nzásilku sledujte na stránce dopravce podle čísla z objednávky na portálu, odkazy neposílám.\nS pozdravem",
    "Vážená paní,\nomlouváme se za poškození zboží při přepravě. Na základě reklamace #40112 vracíme celou částku 1 190 Kč do 14 dnů. Jako omluvu přikládáme slevu na příští nákup na portálu.\nS úctou\nBeáta Sovová\nreklamační specialistka\nDomácí spotřebiče s.r.o.\nInformace: správcem osobních údajů je prodávající.",
    "Dobrý den,\nneposílejte mi prosím žádné kódy z SMS ani hesla, nepotřebuji je. Platba přes portál stačí.\nS pozdravem",
    "---------- Přeposlaná zpráva ----------\nOd: Zákazník\n> Ty podvodníku, vrať prachy!\n\nHlásím moderátorům: kupující mě uráží, balík je na cestě, číslo je v objednávce.",
    "Dobry den,\nmodel auta v meritku 1:18, sberatelsky, ne hracka, s certifikatem vyrobce.\nS pozdravem",
    "Dobrý den,\njaponský kuchyňský nůž, damascenská ocel, čepel 21 cm, nepoužitý.\nS pozdravem\nKryštof",
    "Dobrý den,\nvzduchovka do 7,5 J, volně prodejná od 18 let, s terči.\nS pozdravem",
    "Pozor! Přišla mi SMS, že můj balík čeká na doplatek. U toho dopravce jsem nic neobjednávala, takže je to podvod. Píšu, ať jsou ostatní opatrní.\nS pozdravem, Olga",
    "Dobrý den,\npíšu z mobilu, takže krátce: ano, rozměry sedí, 80 x 200.\n\nOdesláno ze Samsungu",
    "Vážení,\nupozorňujeme na termín vyzvednutí objednávky #30177 do 12. 12. 2026. Poté bude objednávka zrušena a platba vrácena.\nS pozdravem\nVýdejní místo\nNábytek Javor",
    "Dobry den,\nkupujici se ptal na Telegram, odepsala jsem, ze komunikujeme jen tady.\nS pozdravem",
    "Dobrý den,\njsou ty parfémy originální, s účtenkou z parfumerie? Bojím se padělků.\nS pozdravem",
    "Dne 7. 12. 2026 Tomáš napsal:\n> Přihodím ti do balíku domácí pivo.\n\nDěkuji, ale alkohol nepřijmu, stačí jen ta chladnička.",
    "Dobrý den,\nv příloze faktura k objednávce #70021 na 5 490 Kč s DPH, splatnost uplynula, uhraďte ji prosím na portálu.\nS pozdravem\nÚčtárna\nVelkoobchod Barvy Kolor",
    "Re: Zimní bunda\n\nDobře, slevím na 900 Kč. Kupte prosím přes inzerát.\nAnna",
    "Dobrý den,\nvstupenky na zápas jsou na moje jméno, změna jména je možná jen na pokladně stadionu.\nS pozdravem",
    "Vážený pane,\nbohužel nemůžeme přijmout platbu převodem mimo portál. Podle pravidel jdou všechny platby přes platformu.\nS pozdravem\nZákaznické centrum\nAutodíly Ostrava",
    "Dobrý den,\ninzerát s prášky bez receptu jsem nahlásil, je to proti pravidlům.\nS pozdravem",
    "Dobry den,\nprosim o fakturu na firmu, ICO doplnim do formulare objednavky na portalu.\nS pozdravem\nViktor",
]

_HARD3 = [
    "Dobrý den,\nděkuji za zprávu. Do 2. ledna 2027 jsem v pracovní neschopnosti. Zprávy se nepřeposílají, zopakujte prosím dotaz na portálu po tomto datu.\nS pozdravem\nIvana Šimková\nvedoucí prodeje\nTextil Šimek",
    "Dne 4. 12. 2026 Karel napsal:\n> Mám i iPhony bez krabic, neptej se odkud, levně.\n\nTo zní jako kradené zboží, nekoupím. Vaši zprávu jsem předal portálu.",
    "Dne 4. 12. 2026 Zuzana napsala:\n> Zavolej, číslo mám v profilu.\n\nDěkuji, ale radši píšu sem, pak zůstane všechno v historii.",
    "Vážení zákazníci,\nvarujeme před falešnými zprávami, které se vydávají za náš obchod. Nikdy nežádáme údaje karty ani přihlášení přes odkaz. Všechny platby probíhají na portálu.\nS pozdravem\nTým obchodu Sport Olymp",
    "Dobry den,\nty mikiny nejsou padelky, mam uctenky z obchodu v Brne, muzu poslat fotku.\nS pozdravem\nKuba",
    "Ok\n\nOdesláno z iPhonu",
    "Dobrý den,\nodpovídám na včerejší dotaz:\n> Má autosedačka homologaci?\nAno, homologace i návod jsou v balení, sedačka nebyla v nehodě.\nS pozdravem\nJohana",
    "Vážený pane,\njménem firmy děkuji za objednávku #1200457 v hodnotě 18 450 Kč. Zboží doručíme vlastní dopravou ve dnech 15.-17. prosince 2026. Řidič se ozve telefonicky na číslo uvedené v objednávce.\nS úctou\nRenata Bartošová\nkoordinátorka logistiky\nNábytek Bartoš v.o.s.\n\nTato zpráva je obchodním sdělením a není nabídkou ve smyslu občanského zákoníku.",
    "Dobrý den,\nomlouvám se, ale pod 4 000 Kč nepůjdu, kolo je po servisu.\nS pozdravem\nLeoš\n\nOdesláno z telefonu",
    "Dobry den,\nkuryr PPL nechal oznameni, balik si zitra vyzvednu na vydejnim miste.\nS pozdravem",
    "Dne 5. 12. 2026 Igor napsal:\n> Pošli heslo k účtu, opravím ti inzerát.\n\nHeslo nikomu nedávám, inzerát si opravím sám. Děkuji.",
    "Dobrý den,\nhlásím problém: někdo ve zprávě tvrdí, že je zaměstnanec portálu, a chce aktivační poplatek. Asi je to podvod, prosím o ověření.\nS pozdravem\nHana",
    "Předmět: Fwd: Záruka\n\nPřeposílám znění záručního listu:\n- záruční doba: 24 měsíců\n- oprava v autorizovaném servisu\n- nutný doklad o koupi\nS pozdravem",
    "Dobrý den,\nkonzole PS4 Slim, 1 TB, dva ovladače, hry FIFA 23 a Gran Turismo. Cena 3 500 Kč.\nS pozdravem\nDaniel",
    "Dobry den,\nomlouvam se za chybu v minule zprave, rozmery jsou 120 x 60, ne 160 x 60.\nS pozdravem",
    "Vážená paní,\nv odpovědi na reklamaci sdělujeme, že boty budou vyměněny za nový pár ve velikosti 39. Starý pár prosím pošlete zpět do 14 dnů.\nS pozdravem\nReklamační oddělení\nObuv Krok\n[image]",
    "Dobrý den,\nšlo by vyzvednutí v Liberci v neděli?\nS pozdravem",
    "Dobrý den,\nna dobírku neposílám, jen přes portál s ochranou kupujícího.\nS pozdravem",
    "Dne 6. 12. 2026 Adam napsal:\n> Mám k tomu i aktivátor na Windows, přihodím.\n\nNení třeba, licenci si koupím v obchodě. Pošlete prosím jen notebook.",
    "Dobrý den,\npíšu za tátu, který prodává nářadí ze své dílny. Vše je funkční, seznam níže:\n- úhlová bruska\n- aku vrtačka se dvěma bateriemi\n- svěrák\nS pozdravem\nMonika",
]

_GREET = [
    "Dobrý den,",
    "Dobry den,",
    "Vážení,",
    "Ahoj,",
    "Vážená paní,",
    "Zdravím,",
    "Dobrý večer,",
    "Vážený pane,",
]
_BODY = [
    "je kolo ještě k dispozici? Můžu si ho vyzvednout ve čtvrtek po práci.",
    "děkuji, balík dorazil dnes ráno v perfektním stavu.",
    "prosím o rozměry skříně: výška, šířka a hloubka.",
    "je cena 3 500 Kč za pohovku k jednání?",
    "dnes jsem odeslal objednávku #{n}, číslo zásilky je v detailu na portálu.",
    "podle domluvy snižuji cenu na 2 800 Kč, kupte prosím přes tlačítko v inzerátu.",
    "má telefon zámek iCloud? Prosím o fotku nastavení.",
    "bohužel musím vyzvednutí přesunout na pondělí, omlouvám se.",
    "má kočárek v balení pláštěnku?",
    "potvrzuji osobní předání v sobotu v 11:00 před obchodem.",
    "mají ty pneumatiky ještě vzorek přes 5 mm?",
    "vrácení za objednávku #{n} ve výši 890 Kč bylo zadáno, peníze přijdou do pár dnů.",
    "jsou knihy z domácnosti bez zvířat? Ptám se kvůli alergii.",
    "zásilka se mi vrátila jako nevyzvednutá, mám ji poslat znovu?",
    "má konzole oba ovladače a nabíječku?",
    "reklamaci přijímám, pošlete prosím bundu zpět v původním obalu.",
    "při nákupu prosím zvolte vyzvednutí na výdejním místě.",
    "jsou vstupenky na koncert na jméno? Dá se jméno změnit?",
    "pračka byla používaná dva roky, bez závad, odvoz z přízemí.",
    "děkuji za hodnocení, budu se těšit příště.",
    "má vrtačka druhou baterii?",
    "mám dotaz na stav displeje, jsou vidět škrábance při zapnutí?",
    "fakturu vystavím po připsání platby na portálu.",
    "oblečení je ve velikosti 86, celkem 14 kusů, cena za vše 600 Kč.",
    "omlouvám se za zpoždění, kurýr v pátek nepřijel.",
    "můžu poprosit o fotku spodku židle? Chci vidět uchycení.",
    "odeslání možné zítra, pokud platba dorazí do 12:00.",
    "funguje lampa s LED žárovkami?",
    "objednávka #{n} je zabalená, čekám na kurýra.",
    "přišla mi zpráva od někoho, kdo se vydává za kurýra a chce doplatek. Nahlásil jsem to na portálu.",
    "někdo po mně chtěl kód z SMS, samozřejmě jsem odmítl a uživatele zablokoval.",
    "s platbou mimo portál nesouhlasím, použijte prosím platbu v inzerátu.",
]
_CLOSE = [
    "S pozdravem",
    "S úctou",
    "Děkuji a zdravím",
    "Hezký den",
    "Mějte se",
    "S přátelským pozdravem",
]
_SIG = [
    "Anna Králová",
    "Tomáš Černý\nspecialista zákaznické podpory\nKola Černý s.r.o.",
    "Jana",
    "Jakub Pokorný\nmajitel\nTruhlářství Pokorný",
    "Lenka Marešová\nobchodní oddělení\nTextil Marešová",
    "Petr\n\nOdesláno z telefonu",
    "Eva Horáková\núčetní\nÚčetní kancelář Horáková",
    "Martin\n\nOdesláno z iPhonu",
    "Zákaznické centrum\nElektro Domov\nTato zpráva může obsahovat důvěrné informace. Pokud nejste adresátem, zprávu prosím smažte.",
    "Michal Kučera\nvedoucí směny\nCentrální sklad",
]
_QUOTE = [
    "",
    "\n\nDne {d}. 12. 2026 v 9:{m} Zákazník napsal:\n> Dobrý den, je předmět k dispozici?\n> Děkuji",
    "\n\n> Je odeslání možné ještě tento týden?",
    "\n\n-----Původní zpráva-----\nPředmět: Dotaz k inzerátu\n> Prosím o více podrobností.",
]

_STRIP = str.maketrans("áčďéěíňóřšťúůýžÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ", "acdeeinorstuuyzACDEEINORSTUUYZ")


def _gen():
    out, seen = [], set(_HARD + _HARD2 + _HARD3)
    i = 0
    while len(out) < 420 - len(_HARD) + 30:
        g = _GREET[i % len(_GREET)]
        b = _BODY[(i * 7) % len(_BODY)].replace("{n}", str(20000 + i * 41))
        if i % 4 == 1 and (i * 11 + 5) % len(_BODY) != (i * 7) % len(_BODY):
            b2 = _BODY[(i * 11 + 5) % len(_BODY)].replace("{n}", str(25000 + i))
            b = b + " " + b2[0].upper() + b2[1:]
        c = _CLOSE[(i * 5) % len(_CLOSE)]
        s = _SIG[(i * 3) % len(_SIG)]
        q = (
            _QUOTE[(i // 3) % len(_QUOTE)]
            .replace("{d}", str(1 + i % 28))
            .replace("{m}", f"{i % 60:02d}")
        )
        t = f"{g}\n{b}\n{c}\n{s}{q}"
        if i % 5 in (1, 3):
            t = t.translate(_STRIP)
        if t not in seen:
            seen.add(t)
            out.append(t)
        i += 1
    return out


ALLOW = _HARD + _HARD2 + _HARD3 + _gen()

# Phishing letters and fee pretexts that also carry a link or ask for card data.
_EXTRA = {
    ("scam", 0): ["external_link"],
    ("scam", 2): ["external_link", "credentials_request"],
    ("scam", 14): ["credentials_request"],
    ("scam", 18): ["off_platform"],
    ("credentials_request", 5): ["external_link", "scam"],
    ("credentials_request", 10): ["scam"],
}
for (_cat, _k), _more in _EXTRA.items():
    BLOCK[_cat][_k] = (BLOCK[_cat][_k], _more)
