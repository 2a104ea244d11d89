# ruff: noqa: E501
# Held-out set 35, Hungarian: relayed e-mail (signatures, quotes, auto-replies, pasted orders).

BLOCK = {
    "prohibited_item": [
        "Tisztelt Vevő!\nRaktáron van 20 darab Makita fúrógép, a származásukat inkább ne firtassa, ezért ilyen olcsó, 12 000 Ft darabja.\nÜdvözlettel\nKovács Gábor\nértékesítési vezető\nSzerszám Nagyker Kft.",
        "Jó napot!\nA rendeléshez tudok tenni Xanaxot is, patikában recept nélkül nem kap, 20 szem 15 000 Ft.\nÜdv",
        "Tisztelt Partnerünk!\nKínálatunkban Rolex és Cartier órák replikái, 1:1 minőségben, senki nem veszi észre. Nagykereskedelmi ár 25 000 Ft.\nTisztelettel\nKereskedelmi osztály",
        "Szia,\nvan egy éles lőszerre átalakított gázpisztolyom is, engedély nélkül, berakom a csomagba, ha kell.\nCsá",
        "Jó napot!\nAdózatlan ukrán cigaretta eladó, kartonja 9 000 Ft, ruhák közé rejtve küldöm.\nÜdvözlettel, Kata",
        "> Van valami altatója?\n\nVan Rivotril, 30 szem 12 000 Ft, recept nélkül, diszkréten borítékban küldöm.",
        "Jó napot kívánok!\nKészítünk érettségi bizonyítványt és egyetemi diplomát eredeti nyomtatványon, hologrammal. Határidő 7 nap.\n--\nIrat Iroda",
        "Jo napot,\nWindows 11 Pro aktivátorral és crackelt Office pendrive-on, 5 000 Ft.\nÜdv\nTamás",
        "Tisztelt Uram!\nAjánlunk 50 db ötcsillagos értékelést az eladói profiljára, különböző fiókokból írva. 40 000 Ft.\nTisztelettel\nMarketing csapat",
        "Szia,\nházi pálinka, 5 liter, 55 fokos, zárjegy nélkül, el tudom küldeni azokkal a poharakkal együtt.\n\nAz iPhone-omról küldve",
        "Jó napot!\nVan egy görög teknősöm és egy jákó papagájom CITES papírok nélkül, átvétel Kecskeméten.\nÜdvözlettel",
        "Jó napot,\nNike Air Max cipők, nem eredetiek, de nagyon jó hamisítványok, senki nem veszi észre. 15 000 Ft.\n--\nPéter\nCipőbolt Péter",
        "Jo napot,\na bicikli vázszáma le van reszelve, mert lopott, ezért ilyen olcsó. Átvétel este Debrecenben.\nÜdv",
        "Tisztelt Partnerünk!\nEladó egy tétel hamisított Chanel és Dior parfüm, a dobozuk megegyezik az eredetivel. Minimum rendelés 20 db.\n[image]\nNagykereskedés",
        "Jó napot!\nSaját termesztésű fű, 10 gramm, elküldöm a növénylámpával együtt, amit nézett.\nÜdv",
        "Jó napot!\nB kategóriás jogosítványt tudok intézni vizsga nélkül, olyan, mint az igazi. Előleg 100 000 Ft.\n\nSamsung Galaxy készülékről küldve",
        "2026. dec. 3. napon János írta:\n> Van szteroidja?\n\nIgen, tesztoszteron ampullában, 10 darab 35 000 Ft, recept nélkül.",
        "Jó napot!\nEladó 9 mm-es lőszer, 200 darab, a fegyvertartási engedélyt nem kérem.\nÜdvözlettel, Róbert",
        "Jó napot!\nLouis Vuitton táska replika, a logó olyan, mint az eredetin, 20 000 Ft.\nÜdvözlettel\nAnita\nAnita Butik",
        "Jo napot,\nhamis orvosi igazolást tudok kiállítani bármilyen időpontra, 10 000 Ft.\nÜdvözlettel",
    ],
    "off_platform": [
        "Jó napot!\nKöszönöm az érdeklődést. 17 óra után hívjon.\nÜdvözlettel\nNagy András\nraktárvezető\ntel.: +36 30 218 3377",
        "Jó napot!\nInkább WhatsAppon intézzük, itt késve jönnek az üzenetek.\n--\nSzabó Péter\nWhatsApp: +36 20 330 9185",
        "Jó napot!\nKérem, közvetlenül a számlámra utaljon, az oldal megkerülésével, így nincs jutalék:\n11773016-01234567-00000000\nÜdvözlettel",
        "Jo napot,\nírjon e-mailt a toth.janos82@freemail.hu címre, oda küldöm a képeket.\n\nA telefonomról küldve",
        "> Fizethetek az oldalon keresztül?\n\nInkább készpénzben átvételkor, a hirdetést pedig törlöm, hogy ne kelljen jutalékot fizetni.",
        "Jó napot!\nÍrjon Telegramon: @butor_oli, ott több kép van és jobb árak.\nÜdv\nOli",
        "Tisztelt Ügyfelünk!\nA rendeléssel kapcsolatban keresse közvetlenül irodánkat: 06 1 456 7812, ott megbeszéljük a fizetést az oldalon kívül.\nTisztelettel\nÜgyfélszolgálat",
        "2026. dec. 2. napon Éva írta:\n> Megbeszélhetjük az oldalon kívül, megadom a számom.\n\nRendben, küldje a számot, holnap hívom.",
        "Jó napot!\nRevolutra küldje a 06 70 402 9651 számra, és kész, nincs oldalas díj.\nÜdvözlettel",
        "Jó napot!\nKeressen Messengeren, Kiss Katalin Szeged néven.\nÜdv\nKati",
        "Jo napot,\naz en szamom 06-30-224-7864, hivjon vagy SMS, ide ritkan nezek be.\nÜdv\nIstván",
        "Jó napot!\nSignalon gyorsabban válaszolok: +36 70 120 5540.\n--\nLengyel Márta\ngrafikus\nLengyel Stúdió",
        "Jó napot!\nJavaslom, hogy a Jófogáson vagy a Vaterán fejezzük be, itt le van tiltva az eladásom.\nÜdvözlettel",
        "Tisztelt Uram!\nA platformon kívüli fizetéshez a számlaszám: HU42 1177 3016 1111 1018 0000 0000, közlemény: komód.\nTisztelettel\nFaipari Bt.",
        "Szia\nmentsd el az Instám: eladok_bori, ott megbeszéljük\n\nAz iPhone-omról küldve",
        "> Kérem, e-mailben keressen.\n\nRendben, a címem: kerekpar.szerviz.gyor@gmail.com\nÜdv",
        "Jó napot!\nLemondom az ügyletet az oldalon, Ön pedig egyszerűen átutalja nekem, így egyszerűbb.\nÜdvözlettel",
        "Jó napot!\nViberen írjon: +36 30 910 2266, küldök videót.\nÜdv\nGergő\nAlkatrész Gergő",
        "Jo napot,\nhivjon: harminc, harom-egy-egy, negy-nyolc-nulla, ket-ket-het.\nÜdv",
        "Jó napot!\nA legjobb, ha Revoluton fizet közvetlenül nekem, nem az oldalon keresztül.\n\n--\nMolnár Lukács\nRevolut: +36 20 334 1209",
    ],
    "external_link": [
        "Jó napot!\nTöbb képet feltöltöttem a kanapéról ide: https://imgur.com/a/hT5rQ2x\nÜdv\nMihály",
        "Jó napot!\nTeljes katalógusunk: www.butor-nagyker.hu/katalogus\n--\nÉrtékesítés\nBútor Plusz",
        "Jo napot,\nvideó a motorról: youtu.be/Qm3pXs9LkT2\nÜdv",
        "Tisztelt Ügyfelünk!\nA garanciális feltételek itt érhetők el: https://garancia-szerviz.hu/feltetelek\nTisztelettel\nÜgyfélszolgálat",
        "Jó napot!\nTovábbi hirdetéseim: jofogas.hu/felhasznalo/regisegek_zoli\nÜdv",
        "Jó napot!\nA laptop adatai: bit.ly/3HpQ8xM\nA telefonomról küldve",
        "Jó napot!\nA képek jobb minőségben a meghajtón: https://drive.google.com/drive/folders/4BcD8eFg\nÜdv, Kata",
        "Jó napot!\nVan webáruházunk is akciókkal: polobolt.hu\n[image]\nPóló Bolt csapata",
        "> Van több képe?\n\nIgen, az Instagramon: instagram.com/keramia_bori",
        "Jo napot,\na motor műszaki leírása itt https://pastebin.com/raw/Tz8Lq2Vm\nÜdv\nJenő",
        "Tisztelt Uram!\nKérjük, tekintse meg lízingajánlatunkat: http://gep-lizing.eu/ajanlat?id=7741\nTisztelettel",
        "Jó napot!\nVideó a motor próbájáról: https://www.tiktok.com/@garazs_zoli/video/5512\nÜdv",
        "Jó napot!\nA fényképező tesztje: fotoblog-kata.hu/teszt-fuji-xt4\nÜdvözlettel",
        "Jó napot!\nA szekrény méretei és rajza: dropbox.com/s/7gh31/szekreny.pdf\n--\nAsztalosműhely",
        "Jo napot\nitt vannak a kepek: https://photos.app.goo.gl/Vb3nQ7rTz\nudv",
        "Jó napot!\nNézze meg az oldalamat: www.horgolt-kincsek.hu, ott több minta van.\nÜdv, Anna",
        "Tisztelt Ügyfelünk!\nA reklamációs űrlap elérhetősége: https://forms.gle/Hk8Px4Nw\nReklamációs osztály",
        "Jó napot!\nÉrtékeléseim egy másik oldalról: vatera.hu/profil/marton_r\nÜdv",
        "Jó napot!\nÁrösszehasonlítás itt: https://www.arukereso.hu/termek/88213\nÜdv",
        "Jó napot!\nSzerelési útmutató videón: vimeo.com/534120987\nÜdv\nRóbert\nSzerelés Róbert",
    ],
    "scam": [
        "Tisztelt Ügyfelünk!\nCsomagját 490 Ft hiányzó díj miatt visszatartottuk. Fizesse be 24 órán belül: https://gls-potdij.com/c/8841\nGLS csapat\n[image]",
        "Jó napot!\nTévedésből 150 000 Ft-ot utaltam 15 000 helyett. Kérem, a 135 000 Ft különbözetet küldje vissza az unokatestvérem számlájára.\nÜdvözlettel",
        "Kedves Felhasználó!\nA vevő kifizette a terméket. Az összeg fogadásához erősítse meg kártyaadatait: penz-fogadas-jofogas.hu\nBiztonsági csapat",
        "Jó napot!\nMár fizettem az oldalon, csatolom a banki visszaigazolást [image]. Holnap jön a futár, kérem, küldje azonnal, ne várjon a pénzre.\nÜdvözlettel",
        "Dear Friend,\nDr. Musa Abdullah vagyok, egy lagosi bank igazgatója. 11,2 millió USD gazdátlan összeg van nálam, megbízható partnert keresek. Önnek 30% jár. Kérem a 300 EUR kezelési díjat.\nTisztelettel",
        "Jó napot!\nAz én DPD futárom viszi el az árut, de ki kell fizetnie 25 000 Ft biztosítást, átvételkor visszaadom.\nÜdv, Mike",
        "Tisztelt Eladó!\nAz eladói fiók ellenőrzéséhez 2 990 Ft aktiválási díj szükséges. Enélkül a hirdetései törlődnek.\nAz oldal csapata",
        "Jó napot!\nA lakás lefoglalásához kérek 100 000 Ft foglalót, most külföldön vagyok, a kulcsot futárral küldöm.\nÜdvözlettel\nAnna",
        "Jo napot,\nÖn nyert egy iPhone 16-ot ügyfélsorsolásunkon! Csak a 990 Ft szállítási díjat kell kifizetni.\n[image]\nPromóciós osztály",
        "2026. dec. 5. napon Futár írta:\n> Kérjük a 800 Ft pótdíj befizetését.\n\nStimmel, fizesse ki a futárnak azt a 800 Ft-ot, különben nem küldöm.",
        "Jó napot!\nTengerész vagyok egy hajón, előre többet fizetek az árnál, a különbözetet kérem, küldje a szállítómnak Western Unionon.\nÜdvözlettel",
        "Tisztelt Ügyfelünk!\nFiókját 12 órán belül zároljuk egy kifizetetlen számla miatt. Rendezze a 4 990 Ft-ot azonnal.\nPlatform ügyfélszolgálat",
        "Jó napot!\nKérek 20 000 Ft kauciót a menyasszonyi ruha felpróbálásáért, visszaküldés után visszaadom.\nÜdv, Réka",
        "Jó napot!\nBiztonságos fizetéssel elküldtem a pénzt, de a rendszer azt kéri, hogy előbb fizessen be 30 000 Ft letétet a feloldáshoz.\nÜdvözlettel",
        "Jó napot!\nA #7723041 számú rendelését töröltük. A 19 990 Ft visszatérítéséhez lépjen be a visszatérítési felületre, és adja meg kártyaadatait.\nVisszatérítési csapat",
        "Jó napot!\nA szállítócégem elviszi az autót, csak előre kell fizetni 60 000 Ft-ot a trélerért, utána hozzáadom az árhoz.\nÜdv\nJohn",
        "Jo napot,\nelküldtem a fizetési visszaigazolást az oldal e-mailjéről, küldje az árut, a pénz 3 nap múlva érkezik.\nÜdv",
        "Tisztelt Adózó!\nAz eladásból származó adó-visszatérítéshez kérjük, fizessen be 1 500 Ft ügyintézési díjat.\nAdóhivatal - visszatérítési osztály",
        "Jó napot!\nEladó PS5 120 000 Ft-ért, de csak előre utalással, mert legutóbb valaki nem vette át. Küldés a fizetés után.\nÜdvözlettel",
        "Jó napot!\nJelentkezésére reagálok az otthoni csomagolós munkára: kezdés előtt meg kell vásárolni egy 25 000 Ft-os kezdőcsomagot.\nÜdvözlettel\nToborzás",
    ],
    "credentials_request": [
        "Kedves Felhasználó!\nFiókja ellenőrzéséhez kérjük, válaszában küldje el felhasználónevét és jelszavát.\nBiztonsági csapat",
        "Jó napot!\nHogy elküldhessem a pénzt, kell a kártyaszáma, a lejárati dátum és a hátoldali három számjegy.\nÜdvözlettel",
        "Jó napot!\nKapni fog egy SMS-kódot, kérem, írja vissza nekem, azzal igazolja a feladást.\n\nA telefonomról küldve",
        "Jo napot,\nkérem, küldje el a banki alkalmazás megerősítő kódját, utána rögtön fizetek az asztalért.\nÜdv",
        "Tisztelt Ügyfelünk!\nKérjük, küldje el személyi igazolványa mindkét oldalának fotóját és egy szelfit az igazolvánnyal a kifizetéshez.\nEllenőrzési osztály",
        "Jó napot!\nJelentkezzen be a bankjába ezen az űrlapon, ott látni fogja az utalást: bank-fogadas.hu/login\nÜdv",
        "Jó napot!\nAdja meg a netbank belépési adatait, magam utalom vissza a pénzt, gyorsabb lesz.\nÜdvözlettel",
        "> Hogyan kapom meg a fizetést?\n\nElég, ha elküldi a kártyaszámát és a CVV-t, a többit elintézem.",
        "Jó napot!\nAz autó adásvételi szerződéséhez kell a személyi igazolványa és jogosítványa szkennelve, küldje ide.\nÜdvözlettel",
        "Jo napot,\nküldd el a jelszavad a fiókodhoz, átírom a hirdetésed, rosszak a képek.\nCsá",
        "Tisztelt Ügyfelünk!\nJogosulatlan belépést észleltünk. Igazolja személyazonosságát adóazonosító jelével, kártyaszámával és CVV kódjával.\nBiztonsági osztály [image]",
        "Jó napot!\nKérem, küldje el a banktól SMS-ben kapott kódot, az engedélyezi a futár fizetését.\nÜdv",
        "Jó napot!\nMielőtt odamegyek, küldjön egy fotót a személyijéről, tudni akarom, kivel van dolgom.\nÜdv, Márk",
        "2026. dec. 1. napon Tamás írta:\n> Küldd el a megerősítő kódot.\n\nPersze, és te küldd el a kártyád PIN kódját is, hogy ellenőrizhessem.",
        "Jó napot!\nA rendszerünkön keresztüli feladáshoz szükségünk van a bankszámlája belépési adataira.\nTisztelettel\nLogisztika",
        "Jó napot!\nKüldje el a kártyaszámot a lejárati dátummal, visszatérítem a sérült csomag árát.\nÜdvözlettel",
        "Jo napot,\nküldjön fotót a bankkártyájáról mindkét oldalról, megnézem, átmegy-e az utalás.\nÜdv",
        "Tisztelt Felhasználó!\nA szabályzat frissítése miatt kérjük, adja meg újra fiókja jelszavát.\nAz oldal csapata",
        "Jó napot!\nAdd meg a Vinted belépésed és jelszavad, feltöltöm helyetted a cuccaidat.\nÜdv",
        "Jó napot!\nA bank kéri az Ön SMS-ben kapott engedélyező kódját, kérem, írja meg 5 percen belül.\nÜdvözlettel",
    ],
    "profanity": [
        "Jó napot!\nÖn egy közönséges csaló és egy faszfej, a csomag nem érkezett meg.\nÜdvözlettel",
        "Tisztelt Uram!\nTájékoztatom, hogy amennyiben péntekig nem adja vissza a pénzt, megkeresem, és eltöröm a lábát.\nTisztelettel\nHorváth Károly",
        "Jo napot,\nmi ez a kurva szar, minden össze van törve.\n\nA telefonomról küldve",
        "> Sajnos nem tudok engedni az árból.\n\nAkkor baszd meg a hirdetésedet, te hülye.",
        "Jó napot!\nÖn egy buta liba, harmadszor írom le ugyanazt.\nÜdv",
        "Tisztelt Cég!\nEgy rakás tolvaj és idióta banda vagytok, remélem, csődbe mentek.\nVásárló",
        "Jó napot!\nHa még egyszer ír, odamegyek és felgyújtom az autóját.\nMárk",
        "Jó napot!\nLeszarom az ilyen üzletet, te rohadt csaló.\nÜdv",
        "2026. dec. 4. napon Anna írta:\n> Kérem a türelmét.\n\nTürelmet? Te hülye tehén, add vissza a pénzt.",
        "Jo napot,\nmenjen a picsába a reklamációjával, nem adok vissza semmit.\nÜdv",
        "Tisztelt Uram!\nSajnálattal állapítom meg, hogy Ön egy komplett idióta és bohóc.\nTisztelettel",
        "Jó napot!\nPofa be és küldd már, te szemétláda.\n\nAz iPhone-omról küldve",
        "Jó napot!\nTudom, hol lakik. Azt tanácsolom, vigyázzon, amikor este hazamegy a munkából.\nÜdvözlettel",
        "Jo napot\nhúzz el, te balfasz, ezt a szart senki normális nem veszi meg",
        "Jó napot!\nÖn egy ribanc, koszos ruhát árul újként.\nÜdv",
        "Tisztelt Uram!\nHa nem adja vissza a pénzt, a barátaim meglátogatják, és az nem lesz kellemes.\nTisztelettel",
        "Jó napot!\nTe geci, add vissza a pénzt a törött telefonért.\nÜdv",
        "Jó napot!\nA kurva életbe, meddig kell még várni, ti idióták a raktárban.\n--\nÁdám",
        "Jo napot,\negy nyomorult seggfej vagy, ne írj többet.\nÜdv",
        "Tisztelt Hölgyem!\nRemélem, megdöglik azzal a macskával együtt, amit eladott nekem.\nVásárló",
    ],
}

_HARD = [
    "Jó napot!\nKöszönöm a gyors választ. A komód még elérhető, szombaton 10 órától átvehető.\nÜdvözlettel\nNagy András\nraktárvezető\nNagy Bútor Kft.",
    "2026. dec. 3., 14:12 időpontban Éva írta:\n> Átmehetünk WhatsAppra?\n\nInkább maradnék az oldal üzenetküldőjénél, itt megvan az egész előzmény. Üdv",
    "2026. dec. 2. napon János írta:\n> Küldje el az SMS-kódot, és fizetek.\n\nSMS-kódot senkinek nem adok ki. Kérem, az oldalon fizessen, különben nem küldöm.",
    "Jó napot!\nKaptam egy e-mailt állítólag a futárszolgálattól, 490 Ft pótdíjat kérnek. Nem kattintok rá, csalásként jelentem.\nÜdvözlettel",
    "Köszönöm levelét. 2026. december 14-ig szabadságon vagyok, e-mailjeimet nem olvasom. Sürgős ügyben visszatérésem után az oldalon keresztül írjon.\nLengyel Márta",
    "Rendelés visszaigazolása #50713366\n- Irodai forgószék, fekete: 34 990 Ft\n- Futárszolgálat: 1 990 Ft\nÖsszesen: 36 980 Ft\nRendelés dátuma: 2026.12.04.\n\nJó napot, bemásolom az összesítőt, kérem, nézze meg, stimmel-e.",
    "Jó napot!\nCsatolom a polc fotóit.\n[image]\n[image]\nÜdv\nKata\n\nA telefonomról küldve",
    "Tisztelt Ügyfelünk!\nTájékoztatjuk, hogy a #7731 számú rendelését átadtuk a futárszolgálatnak. A csomagszámot a rendelés részleteinél találja az oldalon.\nTisztelettel\nÜgyfélszolgálat\nEz az üzenet bizalmas, kizárólag a címzettnek szól.",
    "> Van még Rolex replika órám, olcsón.\n\nHamisítványok nem érdekelnek, a hirdetést jelentem a moderátoroknak.",
    "Jo napot,\na futár ma felhívta a rendelésben megadott számot, holnap jön a csomag.\nÜdv",
    "Figyelem, vevők: az oldal soha nem kér üzenetben jelszót, kártyaszámot vagy SMS-kódot. Ha valaki ilyet kér, jelentsék.\nÜdv, az eladó",
    "Jó napot!\nEredetiek ezek az Adidas cipők? Kérek fotót a címkéről és a blokkról.\nÜdvözlettel",
    "2026. dec. 1. napon Péter írta:\n> Fizess az oldalon kívül, olcsóbb lesz.\n\nNem, csak az oldalon fizetek. Ha ez gond, elállok.",
    "---------- Továbbított üzenet ----------\nFeladó: Bútor Plusz\nTárgy: Rendelés #55120\n\nAz áru átvehető.\n\nTovábbítom, kérem, erősítse meg az időpontot.",
    "Jo napot,\na laptopban 16 GB RAM és 512 GB SSD van, az akku kb. 6 órát bír.\nÜdv\nTamás\n\nA telefonomról kuldve",
    "Tisztelt Uram!\nSajnálattal közlöm, hogy a termék már elkelt. Köszönöm érdeklődését.\nTisztelettel\nSzűcs Jolán\nértékesítési munkatárs\nHárs Antikvárium",
    "Oké, viszem. Holnap 18 után?\n\nAz iPhone-omról küldve",
    "Jó napot!\nA pincémből származó bort az oldalon nem árulhatom, ezért csak a kancsót és a poharakat hirdetem.\nÜdvözlettel",
    "2026. dec. 5. napon Márió írta:\n> Hülye vagy, add vissza a pénzt.\n\nKérem, ne sértegessen. A visszatérítés a szabályok szerint az áru visszaérkezése után jár, az üzenetet jelentettem.",
    "Jo napot,\nairsoft fegyver műanyag golyóhoz, legális, engedély nem kell, maszk is jár hozzá.\nÜdv",
    "Jó napot!\nA vevő azt állítja, hogy többet utalt, és kéri a különbözet visszaküldését. Lehet ez csalás? Egyelőre semmit nem küldök vissza.\nÜdvözlettel",
    "Tárgy: Vá: Vá: Babakocsi\n\nJó napot, a babakocsi egy gyerek után van, mózeskosár és sportrész, 60 000 Ft, alkuképes.\nÜdv",
    "Automatikus válasz: üzenetét megkaptuk. 2 munkanapon belül válaszolunk.\nÜgyfélszolgálat\nKüllő Kerékpárbolt",
]

_HARD2 = [
    "Jó napot!\nA megbeszéltek alapján küldöm az összesítőt:\n• tölgy étkezőasztal 160 x 90 cm\n• 6 kárpitozott szék\n• teljes ár 180 000 Ft\n• személyes átvétel Pécsen\nKérem, erősítse meg a vásárlást az oldalon.\nÜdvözlettel\nGál Teréz\nGál Asztalosműhely",
    "[image: logo]\nTisztelt Vásárlónk!\nKöszönjük, hogy nálunk vásárolt. A #88104 számú rendelést 2 munkanapon belül feladjuk.\n[image]\nJátékbolt Bence csapata\nEz egy automatikus üzenet, kérjük, ne válaszoljon rá.",
    "2026. dec. 6. napon Eladó írta:\n> Küldjön fotót a személyijéről, és jóváhagyom az ügyletet.\n\nSzemélyi fotót nem küldök, az oldal nem kéri. Ezt a kérést jelentem.",
    "2026. dec. 6. napon Vevő írta:\n> Kattintson a linkre a pénz fogadásához [link eltávolítva].\n\nÜzenetekben kapott linkekre nem kattintok. A pénzt az oldalon veszem át.",
    "Jo napot,\nigen, a kavefozo meg megvan. 15 000 Ft.\n\nA telefonomrol kuldve",
    "Köszi, megjött.",
    "Jó napot!\nA csomagot a futárcég oldalán követheti a rendelésben szereplő számmal, linket nem küldök.\nÜdv",
    "Tisztelt Hölgyem!\nElnézést kérünk a szállítás közben megsérült áruért. A #40112 számú reklamáció alapján a teljes 21 990 Ft-ot 14 napon belül visszautaljuk. Kárpótlásul kedvezményt adunk a következő vásárlásához az oldalon.\nTisztelettel\nSólyom Beáta\nreklamációs ügyintéző\nOtthon Háztartási Gép Kft.\nTájékoztatás: a személyes adatok kezelője az eladó.",
    "Jó napot!\nKérem, ne küldjön nekem SMS-kódot vagy jelszót, nincs rá szükségem. Az oldalon keresztüli fizetés elég.\nÜdvözlettel",
    "---------- Továbbított üzenet ----------\nFeladó: Vevő\n> Te csaló, add vissza a pénzt!\n\nJelentem a moderátoroknak: a vevő sértegetett, a csomag úton van, a szám a rendelésben szerepel.",
    "Jo napot,\n1:18-as méretarányú autómodell, gyűjtői darab, nem játék, gyártói tanúsítvánnyal.\nÜdv",
    "Jó napot!\nJapán konyhakés, damaszkuszi acél, 21 cm-es penge, használatlan.\nÜdvözlettel\nKristóf",
    "Jó napot!\nSportlégpuska 7,5 joule alatt, 18 év felett szabadon tartható, céltáblákkal.\nÜdv",
    "Figyelem! SMS-t kaptam, hogy a csomagom pótdíjra vár. Ennél a futárnál nem rendeltem semmit, tehát csalás. Azért írom, hogy mások is vigyázzanak.\nÜdv, Olga",
    "Jó napot!\nMobilról írok, ezért röviden: igen, a méret stimmel, 80 x 200.\n\nSamsung Galaxy készülékről küldve",
    "Tisztelt Vásárlónk!\nEmlékeztetjük, hogy a #30177 számú rendelés 2026.12.12-ig vehető át. Ezután a rendelést töröljük, a fizetést visszautaljuk.\nTisztelettel\nÁtvételi pont\nJuhar Bútorház",
    "Jo napot,\na vevő Telegramot kérdezett, visszaírtam, hogy csak itt beszélünk.\nÜdv",
    "Jó napot!\nEredetiek a parfümök, parfümériás blokkal? Tartok a hamisítványoktól.\nÜdvözlettel",
    "2026. dec. 7. napon Tamás írta:\n> Beteszek a csomagba egy kis házi pálinkát is.\n\nKöszönöm, de alkoholt nem fogadok el, elég a hűtőtáska.",
    "Jó napot!\nCsatolom a #70021 számú rendelés 54 990 Ft-os bruttó számláját, a határidő lejárt, kérem, fizesse ki az oldalon.\nÜdvözlettel\nKönyvelés\nSzín Festéknagyker",
    "Vá: Télikabát\n\nRendben, engedek 18 000 Ft-ra. Kérem, a hirdetésen keresztül vegye meg.\nAnna",
    "Jó napot!\nA meccsjegyek az én nevemre szólnak, névváltoztatás csak a stadion pénztárában lehetséges.\nÜdv",
    "Tisztelt Uram!\nSajnos nem fogadhatunk el az oldalon kívüli átutalást. A szabályzat szerint minden fizetés a platformon keresztül történik.\nTisztelettel\nÜgyfélszolgálat\nAutóalkatrész Miskolc",
    "Jó napot!\nA recept nélküli tablettás hirdetést jelentettem, mert szabályellenes.\nÜdvözlettel",
    "Jo napot,\ncégre kérem a számlát, az adószámot az oldalon a rendelési űrlapon adom meg.\nÜdv\nViktor",
]

_HARD3 = [
    "Jó napot!\nKöszönöm üzenetét. 2027. január 2-ig betegszabadságon vagyok. Az üzeneteket nem továbbítjuk, kérem, ezután tegye fel újra a kérdését az oldalon.\nÜdvözlettel\nSimon Ivett\nértékesítési vezető\nSimon Textil Kft.",
    "2026. dec. 4. napon Károly írta:\n> Van doboz nélküli iPhone-om is, ne kérdezd, honnan, olcsón.\n\nEz lopott árunak hangzik, nem veszem meg. Az üzenetét továbbítottam az oldalnak.",
    "2026. dec. 4. napon Zsófia írta:\n> Hívj fel, a számom a profilomban van.\n\nKöszönöm, de inkább itt írok, így minden megmarad az előzményekben.",
    "Tisztelt Vásárlóink!\nFigyelmeztetünk a boltunk nevében küldött hamis üzenetekre. Soha nem kérünk kártyaadatot vagy linken keresztüli bejelentkezést. Minden fizetés az oldalon történik.\nÜdvözlettel\nOlimp Sportbolt csapata",
    "Jo napot,\nezek a pulóverek nem hamisítványok, van blokkom a győri boltból, tudok fotót küldeni.\nÜdv\nKuba",
    "Oké\n\nAz iPhone-omról küldve",
    "Jó napot!\nA tegnapi kérdésére válaszolok:\n> Van a gyerekülésnek tanúsítványa?\nIgen, a tanúsítvány és a leírás is megvan, az ülés nem volt balesetben.\nÜdv\nJohanna",
    "Tisztelt Uram!\nCégünk nevében köszönöm a #1200457 számú, 245 000 Ft értékű rendelését. Az árut saját szállítással 2026. december 15. és 17. között szállítjuk. A sofőr a rendelésben megadott számon telefonon jelentkezik.\nTisztelettel\nBarta Renáta\nlogisztikai koordinátor\nBarta Bútor Bt.\n\nEz az üzenet kereskedelmi tájékoztató, nem minősül a Ptk. szerinti ajánlatnak.",
    "Jó napot!\nSajnálom, de 60 000 Ft alá nem megyek, a bicikli szervizelve van.\nÜdv\nLászló\n\nA telefonomról küldve",
    "Jo napot,\na Foxpost futár értesítőt hagyott, holnap átveszem a csomagot az automatánál.\nÜdv",
    "2026. dec. 5. napon Igor írta:\n> Küldd el a jelszavad, kijavítom a hirdetésed.\n\nJelszót senkinek nem adok meg, a hirdetést magam javítom. Köszönöm.",
    "Jó napot!\nProblémát jelzek: valaki üzenetben azt állítja, hogy az oldal munkatársa, és aktiválási díjat kér. Szerintem csalás, kérem, ellenőrizzék.\nÜdvözlettel\nHalina",
    "Tárgy: Fwd: Garancia\n\nTovábbítom a garanciajegy szövegét:\n- jótállási idő: 24 hónap\n- javítás márkaszervizben\n- vásárlási bizonylat szükséges\nÜdv",
    "Jó napot!\nPS4 Slim konzol, 1 TB, két kontroller, FIFA 23 és Gran Turismo játékkal. Ára 65 000 Ft.\nÜdv\nDániel",
    "Jo napot,\nelnézést az előző üzenetben elkövetett hibáért, a méret 120 x 60, nem 160 x 60.\nÜdv",
    "Tisztelt Hölgyem!\nReklamációjára válaszolva tájékoztatjuk, hogy a cipőt új, 39-es párra cseréljük. Kérjük, a régi párt 14 napon belül küldje vissza.\nÜdvözlettel\nReklamációs osztály\nLépés Cipőbolt\n[image]",
    "Jó napot!\nSzóba jöhet az átvétel vasárnap Szolnokon?\nÜdv",
    "Jó napot!\nUtánvéttel nem küldök, csak az oldalon keresztül vevővédelemmel.\nÜdv",
    "2026. dec. 6. napon Ádám írta:\n> Van hozzá Windows aktivátorom is, odaadom.\n\nNem kell, a licencet boltban veszem meg. Kérem, csak a laptopot küldje.",
    "Jó napot!\nApám nevében írok, aki a műhelye szerszámait árulja. Minden működik, a lista:\n- sarokcsiszoló\n- akkus csavarozó két akkuval\n- satu\nÜdvözlettel\nMónika",
]

_GREET = [
    "Jó napot!",
    "Jo napot,",
    "Tisztelt Vevő!",
    "Szia,",
    "Kedves Eladó!",
    "Üdvözlöm!",
    "Jó estét!",
    "Tisztelt Uram!",
]
_BODY = [
    "megvan még a bicikli? Csütörtökön munka után el tudnám hozni.",
    "köszönöm, a csomag ma reggel tökéletes állapotban megérkezett.",
    "kérem a szekrény méreteit: magasság, szélesség, mélység.",
    "alkuképes a kanapé 45 000 Ft-os ára?",
    "ma feladtam a #{n} számú rendelést, a csomagszám az oldalon a részleteknél van.",
    "a megbeszéltek szerint 38 000 Ft-ra csökkentem az árat, kérem, a hirdetés gombjával vásárolja meg.",
    "van a telefonon iCloud-zár? Kérek egy képet a beállításokról.",
    "sajnos az átvételt hétfőre kell tennem, elnézést.",
    "jár esővédő a babakocsihoz?",
    "megerősítem a személyes átvételt szombaton 11:00-kor az üzlet előtt.",
    "van még a gumikon 5 mm feletti mintázat?",
    "a #{n} számú rendelés 8 990 Ft-os visszatérítését elindítottam, pár napon belül megérkezik.",
    "állatmentes háztartásból vannak a könyvek? Allergia miatt kérdezem.",
    "a csomag átvétel hiányában visszajött, küldjem újra?",
    "megvan mindkét kontroller és a töltő a konzolhoz?",
    "a reklamációt elfogadom, kérem, küldje vissza a kabátot az eredeti csomagolásban.",
    "vásárláskor kérem, a csomagautomatás átvételt válassza.",
    "névre szólóak a koncertjegyek? Át lehet íratni?",
    "a mosógép két évet volt használva, hibátlan, földszintről kell elvinni.",
    "köszönöm az értékelést, máskor is szívesen.",
    "van második akku a fúrógéphez?",
    "a kijelző állapotáról kérdeznék: látszanak karcok bekapcsolt állapotban?",
    "a számlát az oldalon beérkezett fizetés után állítom ki.",
    "a ruhák 86-os méretűek, összesen 14 darab, egyben 9 000 Ft.",
    "elnézést a késésért, a futár pénteken nem jött ki.",
    "kérhetnék egy képet a szék aljáról? A rögzítést szeretném látni.",
    "holnap fel tudom adni, ha a fizetés 12:00-ig beérkezik.",
    "működik a lámpa LED izzóval?",
    "a #{n} számú rendelés becsomagolva várja a futárt.",
    "kaptam egy üzenetet valakitől, aki futárnak adja ki magát és pótdíjat kér. Jelentettem az oldalon.",
    "valaki SMS-kódot kért tőlem, természetesen megtagadtam, és letiltottam a felhasználót.",
    "az oldalon kívüli utalásba nem megyek bele, kérem, a hirdetésnél fizessen.",
]
_CLOSE = [
    "Üdvözlettel",
    "Tisztelettel",
    "Köszönöm, üdv",
    "Szép napot",
    "Minden jót",
    "Baráti üdvözlettel",
]
_SIG = [
    "Kovács Anna",
    "Varga Tamás\nügyfélszolgálati munkatárs\nKerékpár Varga Kft.",
    "Kata",
    "Fehér Jakab\ntulajdonos\nFehér Asztalosműhely",
    "Király Magdolna\nértékesítés\nTextil Nagyker Bt.",
    "Péter\n\nA telefonomról küldve",
    "Balogh Éva\nkönyvelő\nBalogh Könyvelőiroda",
    "Márk\n\nAz iPhone-omról küldve",
    "Ügyfélszolgálat\nOtthon Műszaki Áruház\nEz az üzenet bizalmas információt tartalmazhat. Ha nem Ön a címzett, kérjük, törölje.",
    "Lakatos Mihály\nműszakvezető\nKözponti Raktár",
]
_QUOTE = [
    "",
    "\n\n2026. dec. {d}., 9:{m} időpontban Vevő írta:\n> Jó napot, elérhető még a termék?\n> Köszönöm",
    "\n\n> Még ezen a héten fel tudja adni?",
    "\n\n-----Eredeti üzenet-----\nTárgy: Kérdés a hirdetésről\n> Kérek több részletet.",
]

_STRIP = str.maketrans("áéíóöőúüűÁÉÍÓÖŐÚÜŰ", "aeiooouuuAEIOOOUUU")


def _gen():
    out, seen = [], set(_HARD + _HARD2 + _HARD3)
    i = 0
    while len(out) < 420 - len(_HARD) + 30:
        g = _GREET[i % len(_GREET)]
        b = _BODY[(i * 7) % len(_BODY)].replace("{n}", str(40000 + i * 47))
        if i % 4 == 1 and (i * 11 + 5) % len(_BODY) != (i * 7) % len(_BODY):
            b2 = _BODY[(i * 11 + 5) % len(_BODY)].replace("{n}", str(45000 + i))
            b = b + " " + b2[0].upper() + b2[1:]
        c = _CLOSE[(i * 5) % len(_CLOSE)]
        s = _SIG[(i * 3) % len(_SIG)]
        q = (
            _QUOTE[(i // 3) % len(_QUOTE)]
            .replace("{d}", str(1 + i % 28))
            .replace("{m}", f"{i % 60:02d}")
        )
        b = b[0].upper() + b[1:] if g.endswith("!") else b
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
