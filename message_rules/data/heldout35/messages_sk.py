# ruff: noqa: E501
# Held-out set 35, Slovak: relayed e-mail (signatures, quotes, auto-replies, pasted orders).

BLOCK = {
    "prohibited_item": [
        "Dobrý deň,\nmáme na sklade 25 kusov bicyklov Specialized, pôvod radšej neriešte, preto cena 300 € za kus.\nS pozdravom\nĽubomír Hudák\nobchodný riaditeľ\nVeloSklad Hudák s.r.o.",
        "Dobry den,\nk objednavke mozem pribalit Neurol, v lekarni bez receptu nedostanete, 30 tabliet za 40 €.\nS pozdravom",
        "Vážení,\nponúkame repliky slnečných okuliarov Ray-Ban a Prada, na nerozoznanie od originálu. Veľkoobchodná cena 25 €.\nS úctou\nObchodné oddelenie",
        "Čau,\nmám aj plynovku prerobenú na ostré náboje, bez zbrojného preukazu, pokojne ju pribalím k tomu stanu.\nZdravím",
        "Dobrý deň,\npredám cigarety bez kolkov z Ukrajiny, kartón 28 €, pošlem skryté v balíku s hračkami.\nS pozdravom, Zuzka",
        "> Nemáte niečo na spanie?\n\nMám Rivotril, 20 tabliet za 50 €, bez receptu, pošlem diskrétne v obálke.",
        "Dobrý deň,\nvyrobíme vám maturitné vysvedčenie alebo diplom z univerzity s hologramom. Termín 5 dní.\n--\nKancelária Doklady Prešov",
        "Dobry den,\nOffice 2021 s crackom a Windows s aktivatorom na USB klúči, 15 €.\nS pozdravom\nMatúš",
        "Vážený pán,\nponúkame balík 30 kladných recenzií na váš predajný profil, písané z rôznych účtov. 60 €.\nS pozdravom\nMarketingový tím",
        "Ahoj,\ndomáca borovička, 5 litrov, 50 %, nekolkovaná, viem poslať spolu s tými pohármi.\n\nOdoslané z iPhonu",
        "Dobrý deň,\nmám sokola a jastraba bez papierov, odchytené vo voľnej prírode, odovzdanie v Žiline.\nS pozdravom",
        "Dobrý deň,\ntenisky Balenciaga, nie sú originál, ale top kópia, nikto nespozná. 70 €.\n--\nRasťo\nObuv Rasťo Košice",
        "Dobry den,\nnotebook je z kradnutej zasielky, preto nemam doklad ani krabicu. Odovzdanie vecer v Trnave.\nS pozdravom",
        "Vážení,\nmáme na predaj zásielku falšovaných kabeliek Michael Kors, balenie ako originál. Minimálny odber 15 ks.\n[image]\nVeľkoobchod",
        "Dobrý deň,\nhašiš, 5 gramov, pošlem spolu s tou vodnou fajkou, čo ste si pozerali.\nZdravím",
        "Dobrý deň,\nvybavím vodičák skupiny B bez skúšok, vyzerá ako pravý. Záloha 300 €.\n\nOdoslané zo Samsungu",
        "Dňa 3. decembra Ján napísal:\n> Máte anaboliká?\n\nÁno, stanozolol v tabletách, 100 kusov za 90 €, bez receptu.",
        "Dobrý deň,\npredám náboje do brokovnice, 200 kusov, zbrojný preukaz nepotrebujem vidieť.\nS pozdravom, Igor",
        "Dobrý deň,\npeňaženky Hermès replika, logo ako originál, 45 €.\nS pozdravom\nMonika\nButik Monika Nitra",
        "Dobry den,\nvystavim falosne potvrdenie o pracovnej neschopnosti na hocijaky termin, 60 €.\nS pozdravom",
    ],
    "off_platform": [
        "Dobrý deň,\nďakujem za záujem. Volajte po 17. hodine.\nS pozdravom\nMiroslav Kováč\nvedúci skladu\ntel. 0905 214 587",
        "Dobrý deň,\nradšej to dokončíme cez WhatsApp, tu správy chodia neskoro.\n--\nPeter Baláž\nWhatsApp: +421 911 312 905",
        "Dobrý deň,\nprosím o platbu priamo na účet mimo portálu, ušetríme poplatok:\nSK31 1200 0000 1987 4263 7541\nS pozdravom",
        "Dobry den,\nnapiste mi na mail jozef.sulik88@azet.sk, poslem fotky.\n\nOdoslane z telefonu",
        "> Môžem zaplatiť cez portál?\n\nRadšej v hotovosti pri odovzdaní a inzerát hneď zmažem, nech neplatím províziu.",
        "Dobrý deň,\npíšte na Telegram @nabytok_miro, tam mám viac fotiek a lepšie ceny.\nS pozdravom\nMiro",
        "Vážení,\nvo veci objednávky nás kontaktujte priamo na čísle 02 5441 6630, dohodneme platbu mimo portálu.\nS pozdravom\nZákaznícke centrum",
        "Dňa 2. 12. 2026 Katka napísala:\n> Môžeme sa dohodnúť mimo portálu, dám vám číslo.\n\nJasné, pošlite číslo, zajtra zavolám.",
        "Dobrý deň,\npošlite to na môj účet SK89 0900 0000 0051 2233 4455, bez poplatkov portálu.\nS pozdravom",
        "Dobrý deň,\nozvite sa na Messengeri, profil Veronika Horváthová Banská Bystrica.\nS pozdravom\nVeronika",
        "Dobry den,\nmoje cislo 0948-228-964, volajte alebo SMS, sem moc nechodim.\nS pozdravom\nŠtefan",
        "Dobrý deň,\nrýchlejšie odpíšem na Signali: +421 907 119 342.\n--\nJana Mrázová\ngrafička\nŠtúdio Mráz",
        "Dobrý deň,\nnavrhujem dokončiť nákup na Bazoši alebo Modrom koníku, tu mám zablokovaný predaj.\nS pozdravom",
        "Vážený pán,\nčíslo účtu na platbu mimo platformy: SK12 0200 0000 0031 2456 7890, do správy napíšte stolík.\nS úctou\nStolárstvo Buk Zvolen",
        "Ahoj\nulož si môj Instagram predaj_u_ivky a napíš tam, dohodneme sa\n\nOdoslané z iPhonu",
        "> Prosím o kontakt e-mailom.\n\nOk, moja adresa: servis.bicyklov.kosice@gmail.com\nS pozdravom",
        "Dobrý deň,\nzruším transakciu na portáli a vy mi to jednoducho pošlete na účet, bude to jednoduchšie.\nS pozdravom",
        "Dobrý deň,\npíšte na Viber 00421 917 910 228, pošlem video.\nS pozdravom\nMarián\nAutodiely Marián",
        "Dobry den,\nzavolajte mi: nula deväťsto štrnásť, tristo jedenásť, štyristo osemdesiat.\nS pozdravom",
        "Dobrý deň,\nzaplaťte mi radšej cez Revolut na číslo, peniaze mám hneď, nie cez portál.\n\n--\nOndrej Szabó\nRevolut: +421 944 334 120",
    ],
    "external_link": [
        "Dobrý deň,\nviac fotiek sedačky som nahral sem: https://imgur.com/a/zR4kT9w\nS pozdravom\nMichal",
        "Dobrý deň,\nkompletný katalóg: www.velkoobchod-drevo.sk/katalog\n--\nObchodné oddelenie\nDrevo Liptov",
        "Dobry den,\nvideo z jazdy na skutri: youtu.be/Rt83kLp2sQw\nS pozdravom",
        "Vážení,\nzáručné podmienky nájdete na adrese: https://zaruka-servis.sk/podmienky\nS pozdravom\nZákaznícka podpora",
        "Dobrý deň,\nmoje ďalšie inzeráty: bazar.sk/pouzivatel/starozitnosti_fero\nS pozdravom",
        "Dobrý deň,\nparametre tabletu: bit.ly/3ZkQ7pW\nOdoslané z telefónu",
        "Dobrý deň,\nfotky vo vyššej kvalite na disku: https://drive.google.com/drive/folders/7QwErTy2\nS pozdravom, Lucia",
        "Dobrý deň,\nmáme aj e-shop s akciami: vysivky-orava.sk\n[image]\nTím Výšivky Orava",
        "> Máte viac fotiek?\n\nÁno, na Instagrame: instagram.com/keramika_z_modry",
        "Dobry den,\ntechnicky popis kotla tu https://pastebin.com/raw/Xp2Lq8Vn\nS pozdravom\nJuraj",
        "Vážený pán,\noboznámte sa s našou lízingovou ponukou: http://lizing-traktorov.eu/ponuka?id=6631\nS úctou",
        "Dobrý deň,\nvideo zo skúšky motorovej píly: https://www.tiktok.com/@garaz_dusana/video/9921\nS pozdravom",
        "Dobrý deň,\nrecenzia toho objektívu: fotoblog-petra.sk/recenzia-nikon-z50\nS pozdravom",
        "Dobrý deň,\nrozmery a nákres kuchynskej linky: dropbox.com/s/9ak21/linka.pdf\n--\nStolárstvo Javor",
        "Dobry den\ntu su fotky: https://photos.app.goo.gl/Mn4sT8qLz\nzdravim",
        "Dobrý deň,\npozrite si našu stránku www.cipky-od-heleny.sk, mám tam viac vzorov.\nS pozdravom, Helena",
        "Vážení,\nodkaz na reklamačný formulár: https://forms.gle/Ty6Hp2Mw\nReklamačné oddelenie",
        "Dobrý deň,\nmoje hodnotenia z iného portálu: modrykonik.sk/profil/zuzka_t\nS pozdravom",
        "Dobrý deň,\nporovnanie cien tu: https://www.pricemania.sk/produkt/55821\nS pozdravom",
        "Dobrý deň,\nnávod na montáž na videu: vimeo.com/633219087\nS pozdravom\nRado\nMontáže Rado",
    ],
    "scam": [
        "Vážený zákazník,\nvaša zásielka bola pozastavená pre nedoplatok 1,20 €. Uhraďte ho do 24 hodín: https://sps-doplatok.com/z/7712\nTím Slovenskej pošty\n[image]",
        "Dobrý deň,\nomylom som poslal 900 € namiesto 90 €. Vráťte prosím rozdiel 810 € na účet môjho švagra.\nS pozdravom",
        "Vážený používateľ,\nkupujúci zaplatil váš predmet. Na prijatie peňazí potvrďte údaje karty na: prijem-platby-bazar.sk\nBezpečnostný tím",
        "Dobrý deň,\nuž som zaplatil cez portál, v prílohe potvrdenie z banky [image]. Kuriér príde zajtra, pošlite to hneď a nečakajte na peniaze.\nS pozdravom",
        "Dear Friend,\nsom Barrister James Adeyemi z Lagosu. Váš vzdialený príbuzný zanechal 9,6 milióna USD a vy ste dedič. Na uvoľnenie prosím o poplatok 450 €.\nS úctou",
        "Dobrý deň,\nmôj kuriér z GLS vyzdvihne tovar, ale musíte zaplatiť poistenie 35 €, vrátim pri prevzatí.\nS pozdravom, Mike",
        "Vážení,\nz dôvodu overenia účtu predajcu je potrebný aktivačný poplatok 9,90 €. Bez neho budú inzeráty zmazané.\nTím portálu",
        "Dobrý deň,\nna rezerváciu chaty v Tatrách prosím zálohu 250 €, som v zahraničí, kľúče pošlem kuriérom.\nS pozdravom\nAnna",
        "Dobry den,\nvyhrali ste Samsung Galaxy v nasej zakaznickej sutazi! Staci zaplatit postovne 2,99 €.\n[image]\nOddelenie akcii",
        "Dňa 5. decembra Kuriér napísal:\n> Prosíme o doplatok 4 € za zásielku.\n\nTo sedí, doplaťte kuriérovi tie 4 €, inak to nepošlem.",
        "Dobrý deň,\nsom vojak na misii, zaplatím vopred viac, ako je cena, a prebytok prosím pošlite môjmu prepravcovi cez Western Union.\nS pozdravom",
        "Vážený zákazník,\nváš účet bude do 12 hodín zablokovaný pre nezaplatenú faktúru. Uhraďte 14,90 € okamžite.\nPodpora platformy",
        "Dobrý deň,\npošlite prosím 40 € zálohu na vyskúšanie kočíka, vrátim po jeho vrátení.\nS pozdravom, Petra",
        "Dobrý deň,\nposlal som vám peniaze cez bezpečnú platbu, ale systém chce, aby ste najskôr vložili 60 € depozitu na odblokovanie.\nS pozdravom",
        "Dobrý deň,\nobjednávka #6620154 bola zrušená. Na vrátenie 79 € sa prihláste do portálu vratiek a zadajte údaje karty.\nTím vratiek",
        "Dobrý deň,\nmoja prepravná firma odvezie auto, len treba vopred zaplatiť 150 € za odťahovku, potom to pripočítam.\nS pozdravom\nJohn",
        "Dobry den,\nposlal som vam potvrdenie platby na mail od portalu, poslite tovar, peniaze prídu o 3 dni.\nS pozdravom",
        "Vážení,\nna vrátenie preplatku dane z predaja prosím uhraďte administratívny poplatok 8 €.\nFinančná správa - oddelenie vratiek",
        "Dobrý deň,\npredám Xbox Series X za 280 €, ale len na zálohu vopred na účet, minule mi ho niekto neprevzal. Odoslanie po platbe.\nS pozdravom",
        "Dobrý deň,\nreagujem na váš inzerát na brigádu z domu: pred začiatkom treba kúpiť štartovací balík za 35 €.\nS pozdravom\nNáborové oddelenie",
    ],
    "credentials_request": [
        "Vážený používateľ,\nna overenie účtu nám v odpovedi pošlite prihlasovacie meno a heslo.\nBezpečnostný tím",
        "Dobrý deň,\naby som vám mohol poslať peniaze, potrebujem číslo vašej karty, platnosť a tri čísla zo zadnej strany.\nS pozdravom",
        "Dobrý deň,\npríde vám SMS s kódom, prepíšte mi ho, tým sa potvrdí odoslanie.\n\nOdoslané z telefónu",
        "Dobry den,\npotrebujem od vas overovaci kod z bankovej aplikacie, potom hned zaplatim za stolicky.\nS pozdravom",
        "Vážení,\npošlite nám prosím fotografiu občianskeho preukazu z oboch strán a selfie s dokladom kvôli výplate peňazí.\nOddelenie overenia",
        "Dobrý deň,\nprihláste sa do banky cez tento formulár, uvidíte platbu: banka-prijem.sk/login\nS pozdravom",
        "Dobrý deň,\ndajte mi prihlasovacie údaje do internet bankingu, vrátenie si prevediem sám, bude to rýchlejšie.\nS pozdravom",
        "> Ako mám prijať platbu?\n\nStačí, keď mi pošlete číslo karty a CVV, zvyšok zariadim.",
        "Dobrý deň,\nku kúpnej zmluve na auto potrebujem sken vášho občianskeho preukazu a vodičského preukazu, pošlite sem.\nS pozdravom",
        "Dobry den,\nposli mi heslo k uctu na portali, upravim ti inzerat, mas zle fotky.\nZdravim",
        "Vážený zákazník,\nzaznamenali sme neoprávnené prihlásenie. Potvrďte totožnosť zadaním rodného čísla, čísla karty a CVV.\nBezpečnostné oddelenie [image]",
        "Dobrý deň,\npošlite mi kód, ktorý vám prišiel SMS z banky, autorizuje platbu pre kuriéra.\nS pozdravom",
        "Dobrý deň,\nskôr ako prídem, pošlite fotku občianky, chcem vedieť, s kým jednám.\nS pozdravom, Marek",
        "Dňa 1. decembra Tomáš napísal:\n> Pošli overovací kód.\n\nJasné, a ty mi pošli ešte PIN ku karte, nech si to môžem overiť.",
        "Dobrý deň,\nna odoslanie cez náš systém potrebujeme prihlasovacie údaje k vášmu bankovému účtu.\nS úctou\nLogistika",
        "Dobrý deň,\npošlite číslo karty aj s dátumom platnosti, vrátim peniaze za poškodený balík.\nS pozdravom",
        "Dobry den,\nposlite fotku platobnej karty z oboch stran, overim, ci platba prejde.\nS pozdravom",
        "Vážení,\nv súvislosti s aktualizáciou podmienok vás žiadame o opätovné zadanie hesla k účtu.\nTím portálu",
        "Dobrý deň,\ndaj mi login a heslo na Vinted, vystavím ti veci za teba.\nS pozdravom",
        "Dobrý deň,\nbanka odo mňa chce váš autorizačný kód z SMS, pošlite ho prosím do 5 minút.\nS pozdravom",
    ],
    "profanity": [
        "Dobrý deň,\nste obyčajný podvodník a kokot, balík neprišiel.\nS pozdravom",
        "Vážený pán,\ndovoľujem si vás upozorniť, že ak mi do piatka nevrátite peniaze, nájdem si vás a polámem vám nohy.\nS úctou\nJozef Kmeť",
        "Dobry den,\nco je to za posraty kram, vsetko rozbite, ty debil.\n\nOdoslane z telefonu",
        "> Žiaľ, nemôžem ísť s cenou dole.\n\nTak si ten inzerát strč do riti, debil.",
        "Dobrý deň,\nvy ste tupá krava, píšem to tretíkrát.\nS pozdravom",
        "Vážení,\nste banda zlodejov a idiotov, dúfam, že skrachujete.\nZákazník",
        "Dobrý deň,\nak mi ešte raz napíšete, prídem a podpálim vám tú garáž.\nMarek",
        "Dobrý deň,\nserem na taký obchod, ty zkurvený podvodník.\nS pozdravom",
        "Dňa 4. decembra Jana napísala:\n> Prosím o trpezlivosť.\n\nTrpezlivosť? Ty sprostá hus, vráť prachy.",
        "Dobry den,\nchodte do piče s tou reklamaciou, nic nevratim.\nS pozdravom",
        "Vážený pán,\ns poľutovaním konštatujem, že ste úplný debil a šašo.\nS úctou",
        "Dobrý deň,\nzavri hubu a pošli to, hajzel.\n\nOdoslané z iPhonu",
        "Dobrý deň,\nviem, kde bývate. Radím vám, dávajte si pozor, keď pôjdete večer z roboty.\nS pozdravom",
        "Dobry den\nvypadni, ty chuj, tento hnus nikto normalny nekupi",
        "Dobrý deň,\nvy ste nejaká štetka, predávate špinavé oblečenie ako nové.\nS pozdravom",
        "Vážený pán,\nak nevrátite peniaze, moji kamaráti vás navštívia a nebude to príjemné.\nS úctou",
        "Dobrý deň,\nty kretén, vráť prachy za ten rozbitý mobil.\nS pozdravom",
        "Dobrý deň,\nkurva, ako dlho mám čakať, vy idioti zo skladu.\n--\nAdam",
        "Dobry den,\nsi obycajny pičus a kokotina, uz mi nepis.\nS pozdravom",
        "Vážená pani,\ndúfam, že zdochnete aj s tým psom, čo ste mi predali.\nZákazník",
    ],
}

_HARD = [
    "Dobrý deň,\nďakujem za rýchlu odpoveď. Šatníková skriňa je stále k dispozícii, vyzdvihnutie v sobotu od 10:00 v Poprade.\nS pozdravom\nMiroslav Kováč\nvedúci skladu\nNábytok Kováč s.r.o.",
    "Dňa 3. 12. 2026 o 14:12 Katka napísala:\n> Môžeme prejsť na WhatsApp?\n\nRadšej ostanem pri správach na portáli, mám tu celú históriu. S pozdravom",
    "Dňa 2. 12. 2026 Ján napísal:\n> Pošlite mi kód z SMS, zaplatím.\n\nKódy z SMS nikomu neposielam. Zaplaťte prosím cez portál, inak neodošlem.",
    "Dobrý deň,\ndostal som e-mail údajne od Slovenskej pošty so žiadosťou o doplatok 1,20 €. Neklikám na to, nahlasujem ako podvod.\nS pozdravom",
    "Ďakujem za správu. Som na dovolenke do 14. decembra 2026 a nemám prístup k pošte. V naliehavých veciach píšte cez portál po mojom návrate.\nJana Mrázová",
    "Potvrdenie objednávky #40692255\n- Detská postieľka, biela: 129,00 €\n- Doprava kuriérom: 4,90 €\nSpolu: 133,90 €\nDátum objednávky: 4. 12. 2026\n\nDobrý deň, vkladám súhrn, skontrolujte prosím, či sedí.",
    "Dobrý deň,\nv prílohe fotky knižnice.\n[image]\n[image]\nS pozdravom\nLucia\n\nOdoslané z telefónu",
    "Vážení,\ndovoľujeme si vás informovať, že objednávka #8842 bola odovzdaná na odoslanie. Číslo zásielky nájdete v detaile objednávky na portáli.\nS pozdravom\nZákaznícke centrum\nObsah tejto správy je dôverný a určený iba adresátovi.",
    "> Mám ešte okuliare Ray-Ban replika, lacno.\n\nO falzifikáty nemám záujem, inzerát nahlásim moderátorom.",
    "Dobry den,\nkurier dnes volal na cislo z objednavky, balik bude zajtra v Trencine.\nS pozdravom",
    "Upozornenie pre kupujúcich: portál nikdy nežiada v správe heslo, číslo karty ani kód z SMS. Ak o to niekto žiada, nahláste to.\nS pozdravom, predajca",
    "Dobrý deň,\nsú tie tenisky New Balance originálne? Prosím o fotku štítku a bločku.\nS pozdravom",
    "Dňa 1. 12. 2026 Peter napísal:\n> Zaplať mi mimo portálu, bude to lacnejšie.\n\nNie, platím len cez portál. Ak to vadí, odstupujem.",
    "---------- Preposlaná správa ----------\nOd: Drevo Liptov\nPredmet: Objednávka #66231\n\nTovar pripravený na vyzdvihnutie.\n\nPreposielam, prosím o potvrdenie termínu.",
    "Dobry den,\ntablet ma 8 GB RAM a 256 GB pamate, baterka vydrzi cely den.\nS pozdravom\nMatúš\n\nOdoslane z telefonu",
    "Vážený pán,\ns ľútosťou oznamujem, že predmet je už predaný. Ďakujem za záujem.\nS úctou\nAlžbeta Vargová\nšpecialistka predaja\nAntikvariát Pod Hradom",
    "Ok, beriem. Zajtra po 18?\n\nOdoslané z iPhonu",
    "Dobrý deň,\nslivovicu z pivnice cez portál predávať nesmiem, takže ponúkam len ten sklenený demižón.\nS pozdravom",
    "Dňa 5. 12. 2026 Rado napísal:\n> Si idiot, vráť peniaze.\n\nProsím neurážajte. Vrátenie podľa pravidiel po doručení tovaru, správu som nahlásil.",
    "Dobry den,\nvzduchovka na terce, legalna do 16 joulov, bez zbrojneho preukazu, s diabolkami.\nS pozdravom",
    "Dobrý deň,\nkupujúci tvrdí, že poslal viac peňazí, a chce vrátiť preplatok. Môže to byť podvod? Zatiaľ nič nevraciam.\nS pozdravom",
    "Predmet: Re: Re: Lyže\n\nDobrý deň, lyže sú po dvoch sezónach, viazanie nastavené, cena 180 € dohodou.\nS pozdravom",
    "Automatická odpoveď: Vaša správa bola prijatá. Odpovieme do 2 pracovných dní.\nZákaznícke centrum\nCyklo Tatry",
]

_HARD2 = [
    "Dobrý deň,\nposielam zhrnutie podľa našej dohody:\n• jedálenský stôl z jaseňa 180 x 90 cm\n• 4 čalúnené stoličky\n• celková cena 520 €\n• osobný odber v Trenčíne\nProsím o potvrdenie kúpy cez portál.\nS pozdravom\nTerézia Lukáčová\nStolárstvo Lukáč",
    "[image: logo]\nVážení,\nďakujeme za nákup v našom obchode. Objednávka #99215 bude odoslaná do 2 pracovných dní.\n[image]\nTím obchodu Hračky Tatranka\nSpráva bola vygenerovaná automaticky, neodpovedajte na ňu.",
    "Dňa 6. 12. 2026 Predajca napísal:\n> Pošlite mi fotku občianky, potvrdím transakciu.\n\nFotku občianky neposielam, portál to nevyžaduje. Túto žiadosť nahlasujem.",
    "Dňa 6. 12. 2026 Kupujúci napísal:\n> Kliknite na odkaz na prijatie peňazí [odkaz odstránený].\n\nNa žiadne odkazy zo správ neklikám. Peniaze si prevezmem na portáli.",
    "Dobry den,\nano, mixer este mam. 45 €.\n\nOdoslane z telefonu",
    "Vďaka, prišlo.",
    "Dobrý deň,\nzásielku sledujte na stránke prepravcu podľa čísla z objednávky na portáli, odkazy neposielam.\nS pozdravom",
    "Vážená pani,\nospravedlňujeme sa za poškodenie tovaru pri preprave. Na základe reklamácie #51223 vraciame celú sumu 64,90 € do 14 dní. Ako ospravedlnenie prikladáme zľavu na ďalší nákup na portáli.\nS úctou\nBeáta Sokolová\nšpecialistka reklamácií\nDomáce spotrebiče Zvolen s.r.o.\nInformácia: prevádzkovateľom osobných údajov je predávajúci.",
    "Dobrý deň,\nneposielajte mi prosím žiadne kódy z SMS ani heslá, nepotrebujem ich. Platba cez portál stačí.\nS pozdravom",
    "---------- Preposlaná správa ----------\nOd: Zákazník\n> Ty podvodník, vráť prachy!\n\nNahlasujem moderátorom: kupujúci ma uráža, balík je na ceste, číslo je v objednávke.",
    "Dobry den,\nmodel traktora Zetor v mierke 1:32, zberatelsky, nie hracka, s krabickou.\nS pozdravom",
    "Dobrý deň,\nvaláška z Terchovej, ručne kovaná, dekoratívna, na zavesenie na stenu.\nS pozdravom\nKristián",
    "Dobrý deň,\nluk na terčovú lukostreľbu, 30 libier, s tulcom a 6 šípmi.\nS pozdravom",
    "Pozor! Prišla mi SMS, že môj balík čaká na doplatok. U toho prepravcu som nič neobjednávala, takže je to podvod. Píšem, nech sú ostatní opatrní.\nS pozdravom, Oľga",
    "Dobrý deň,\npíšem z mobilu, takže stručne: áno, rozmery sedia, 90 x 200.\n\nOdoslané zo Samsungu",
    "Vážení,\nupozorňujeme na termín vyzdvihnutia objednávky #30177 do 12. 12. 2026. Potom bude objednávka zrušená a platba vrátená.\nS pozdravom\nVýdajné miesto\nNábytok Smrek Žilina",
    "Dobry den,\nkupujuci sa pytal na Telegram, odpisala som, ze komunikujeme len tu.\nS pozdravom",
    "Dobrý deň,\nsú tie hodinky originálne, s bločkom od predajcu? Bojím sa falzifikátov.\nS pozdravom",
    "Dňa 7. 12. 2026 Tomáš napísal:\n> Pribalím ti do balíka domácu slivovicu.\n\nĎakujem, ale alkohol neprijmem, stačí len ten súdok na kapustu.",
    "Dobrý deň,\nv prílohe faktúra k objednávke #70021 na 219 € s DPH, splatnosť uplynula, uhraďte ju prosím na portáli.\nS pozdravom\nÚčtovné oddelenie\nVeľkoobchod Farby Kolor Prešov",
    "Re: Zimná bunda\n\nDobre, zľavím na 45 €. Kúpte prosím cez inzerát.\nAnna",
    "Dobrý deň,\nlístky na Slovan sú na moje meno, zmena mena je možná len na pokladni štadióna.\nS pozdravom",
    "Vážený pán,\nžiaľ, nemôžeme prijať platbu prevodom mimo portálu. Podľa pravidiel idú všetky platby cez platformu.\nS pozdravom\nZákaznícke centrum\nAutodiely Košice",
    "Dobrý deň,\ninzerát s tabletkami bez receptu som nahlásil, je to proti pravidlám.\nS pozdravom",
    "Dobry den,\nprosim o fakturu na firmu, ICO doplnim do formulara objednavky na portali.\nS pozdravom\nViktor",
]

_HARD3 = [
    "Dobrý deň,\nďakujem za správu. Do 2. januára 2027 som na PN. Správy sa nepreposielajú, zopakujte prosím otázku na portáli po tomto dátume.\nS pozdravom\nIveta Šimková\nvedúca predaja\nTextil Liptov",
    "Dňa 4. 12. 2026 Karol napísal:\n> Mám aj notebooky bez dokladov, nepýtaj sa odkiaľ, lacno.\n\nZnie to ako kradnutý tovar, nekúpim. Vašu správu som postúpil portálu.",
    "Dňa 4. 12. 2026 Zuzana napísala:\n> Zavolaj, číslo mám v profile.\n\nĎakujem, ale radšej píšem sem, potom ostane všetko v histórii.",
    "Vážení zákazníci,\nvarujeme pred falošnými správami, ktoré sa vydávajú za náš obchod. Nikdy nežiadame údaje karty ani prihlásenie cez odkaz. Všetky platby prebiehajú na portáli.\nS pozdravom\nTím obchodu Šport Kriváň",
    "Dobry den,\ntie dresy nie su falzifikaty, mam blocky z obchodu v Bratislave, mozem poslat fotku.\nS pozdravom\nKubo",
    "Ok\n\nOdoslané z iPhonu",
    "Dobrý deň,\nodpovedám na včerajšiu otázku:\n> Má autosedačka homologizáciu?\nÁno, homologizácia aj návod sú v balení, sedačka nebola v nehode.\nS pozdravom\nJohana",
    "Vážený pán,\nv mene firmy ďakujem za objednávku #1200457 v hodnote 745 €. Tovar doručíme vlastnou dopravou 15. až 17. decembra 2026. Vodič sa ozve telefonicky na číslo uvedené v objednávke.\nS úctou\nRenáta Bartošová\nkoordinátorka logistiky\nNábytok Bartoš v.o.s.\n\nTáto správa je obchodným oznámením a nie je ponukou v zmysle Obchodného zákonníka.",
    "Dobrý deň,\nprepáčte, ale pod 160 € nepôjdem, bicykel je po servise.\nS pozdravom\nĽuboš\n\nOdoslané z telefónu",
    "Dobry den,\nkurier Packeta nechal oznamenie, balik si zajtra vyzdvihnem na vydajnom mieste v Piestanoch.\nS pozdravom",
    "Dňa 5. 12. 2026 Igor napísal:\n> Pošli heslo k účtu, opravím ti inzerát.\n\nHeslo nikomu nedávam, inzerát si opravím sám. Ďakujem.",
    "Dobrý deň,\nnahlasujem problém: niekto v správe tvrdí, že je zamestnanec portálu, a chce aktivačný poplatok. Asi je to podvod, prosím o overenie.\nS pozdravom\nHana",
    "Predmet: Fwd: Záruka\n\nPreposielam znenie záručného listu:\n- záručná doba: 24 mesiacov\n- oprava v autorizovanom servise\n- potrebný doklad o kúpe\nS pozdravom",
    "Dobrý deň,\nNintendo Switch OLED, dva Joy-Cony, hry Mario Kart a Zelda. Cena 230 €.\nS pozdravom\nDaniel",
    "Dobry den,\nospravedlnujem sa za chybu v minulej sprave, rozmery su 120 x 60, nie 160 x 60.\nS pozdravom",
    "Vážená pani,\nv odpovedi na reklamáciu oznamujeme, že čižmy budú vymenené za nový pár vo veľkosti 39. Starý pár prosím pošlite späť do 14 dní.\nS pozdravom\nReklamačné oddelenie\nObuv Krôčik\n[image]",
    "Dobrý deň,\nšlo by vyzdvihnutie v Ružomberku v nedeľu?\nS pozdravom",
    "Dobrý deň,\nna dobierku neposielam, len cez portál s ochranou kupujúceho.\nS pozdravom",
    "Dňa 6. 12. 2026 Adam napísal:\n> Mám k tomu aj crack na Office, pribalím.\n\nNetreba, licenciu si kúpim v obchode. Pošlite prosím len notebook.",
    "Dobrý deň,\npíšem za otca, ktorý predáva náradie zo svojej dielne v Skalici. Všetko je funkčné, zoznam nižšie:\n- uhlová brúska\n- aku skrutkovač s dvoma batériami\n- zverák\nS pozdravom\nMonika",
]

_GREET = [
    "Dobrý deň,",
    "Dobry den,",
    "Vážení,",
    "Ahoj,",
    "Vážená pani,",
    "Zdravím,",
    "Dobrý večer,",
    "Vážený pán,",
]
_BODY = [
    "je bicykel ešte k dispozícii? Môžem si ho vyzdvihnúť vo štvrtok po práci v Banskej Bystrici.",
    "ďakujem, balík prišiel dnes ráno v perfektnom stave.",
    "prosím o rozmery komody: výška, šírka a hĺbka.",
    "je cena 150 € za sedačku na dohodu?",
    "dnes som odoslal objednávku #{n}, číslo zásielky je v detaile na portáli.",
    "podľa dohody znižujem cenu na 120 €, kúpte prosím cez tlačidlo v inzeráte.",
    "má mobil zámok iCloud? Prosím o fotku nastavení.",
    "žiaľ, musím vyzdvihnutie presunúť na pondelok, ospravedlňujem sa.",
    "má kočík v balení pláštenku a fusak?",
    "potvrdzujem osobné odovzdanie v sobotu o 11:00 pred obchodným centrom v Nitre.",
    "majú tie zimné pneumatiky ešte dezén nad 5 mm?",
    "vrátenie za objednávku #{n} vo výške 39,90 € bolo zadané, peniaze prídu o pár dní.",
    "sú knihy z domácnosti bez zvierat? Pýtam sa kvôli alergii.",
    "zásielka sa mi vrátila ako nevyzdvihnutá, mám ju poslať znova?",
    "má konzola oba ovládače a nabíjačku?",
    "reklamáciu prijímam, pošlite prosím bundu späť v pôvodnom obale.",
    "pri nákupe prosím zvoľte vyzdvihnutie v Z-BOXe.",
    "sú lístky na hokej na meno? Dá sa meno zmeniť?",
    "chladnička bola používaná tri roky, bez porúch, odvoz z prízemia v Martine.",
    "ďakujem za hodnotenie, teším sa nabudúce.",
    "má skrutkovač druhú batériu?",
    "mám otázku na stav displeja, sú vidieť škrabance pri zapnutí?",
    "faktúru vystavím po pripísaní platby na portáli.",
    "oblečenie je vo veľkosti 92, spolu 12 kusov, cena za všetko 25 €.",
    "ospravedlňujem sa za meškanie, kuriér v piatok neprišiel.",
    "môžem poprosiť o fotku spodku stoličky? Chcem vidieť uchytenie.",
    "odoslanie možné zajtra, ak platba príde do 12:00.",
    "funguje luster s LED žiarovkami?",
    "objednávka #{n} je zabalená, čakám na kuriéra.",
    "prišla mi správa od niekoho, kto sa vydáva za kuriéra a chce doplatok. Nahlásil som to na portáli.",
    "niekto odo mňa chcel kód z SMS, samozrejme som odmietol a používateľa zablokoval.",
    "s platbou mimo portálu nesúhlasím, použite prosím platbu v inzeráte.",
]
_CLOSE = [
    "S pozdravom",
    "S úctou",
    "Ďakujem a zdravím",
    "Pekný deň",
    "Majte sa",
    "S priateľským pozdravom",
]
_SIG = [
    "Anna Kráľová",
    "Tomáš Čierny\nšpecialista zákazníckej podpory\nBicykle Čierny s.r.o.",
    "Lucia",
    "Juraj Pokorný\nmajiteľ\nStolárstvo Pokorný Zvolen",
    "Zuzana Mareková\nobchodné oddelenie\nTextil Mareková",
    "Matúš\n\nOdoslané z telefónu",
    "Eva Horváthová\núčtovníčka\nÚčtovná kancelária Horváthová",
    "Martin\n\nOdoslané z iPhonu",
    "Zákaznícke centrum\nElektro Domov Prešov\nTáto správa môže obsahovať dôverné informácie. Ak nie ste adresátom, správu prosím zmažte.",
    "Michal Kučera\nvedúci zmeny\nCentrálny sklad Senec",
]
_QUOTE = [
    "",
    "\n\nDňa {d}. 12. 2026 o 9:{m} Zákazník napísal:\n> Dobrý deň, je predmet k dispozícii?\n> Ďakujem",
    "\n\n> Je odoslanie možné ešte tento týždeň?",
    "\n\n-----Pôvodná správa-----\nPredmet: Otázka k inzerátu\n> Prosím o viac podrobností.",
]

_STRIP = str.maketrans("áäčďéíĺľňóôŕšťúýžÁÄČĎÉÍĹĽŇÓÔŔŠŤÚÝŽ", "aacdeillnoorstuyzAACDEILLNOORSTUYZ")


def _gen():
    out, seen = [], set(_HARD + _HARD2 + _HARD3)
    i = 0
    while len(out) < 420 - len(_HARD) + 30:
        g = _GREET[i % len(_GREET)]
        b = _BODY[(i * 7) % len(_BODY)].replace("{n}", str(30000 + i * 43))
        if i % 4 == 1 and (i * 11 + 5) % len(_BODY) != (i * 7) % len(_BODY):
            b2 = _BODY[(i * 11 + 5) % len(_BODY)].replace("{n}", str(35000 + i))
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
