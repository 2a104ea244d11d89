# ruff: noqa: E501
"""Polish messages for held-out set 12 (written directly in Polish)."""

BLOCK = {
    "prohibited_item": [
        "mam zielone z holandii, 50 zl za gram, odbior na dzialce",
        "Masz może coś na imprezę? mefa albo chociaż ze dwie tabsy",
        "sprzedam bimber z wlasnej produkcji 70%, litr 60 zł, nalewki też są",
        "Oprócz rowerka mogę dorzucić testo i trena, cykl na 10 tyg, oryginalne ampułki",
        "tramal bez recepty, 20 tabletek, wysylka dyskretna",
        "Ma Pan jeszcze tego xanaxa? biorę cały blister",
        "Buty nike air jordan 1 – jakość 1:1, sprzedaję jako oryginał, nikt nie odróżni",
        "Mam papierosy bez akcyzy z Białorusi, karton 90 zł, pisz ile chcesz",
        "sprzedam konto na netflixie i spotify, przejęte, dane do logowania od razu",
        "Mam gnata, czeska klamka + amunicja, bez pozwolenia, ale pewny",
        "wódka ze wschodu, skrzynka 20 flaszek, taniej niż w sklepie",
        "iphone 15 pro z 'odzysku', bez pudełka i faktury, wiesz o co chodzi, 1500",
        "mam k o k s  czysty, 2 g na próbę, paczkomat",
        "Sprzedam hasz i kryształ, ilości hurtowe, tylko na poważnie",
        "Wino domowe z moich winogron, sprzedaję butelki po 25 zł, mogę wysłać 6 sztuk",
        """Dzień dobry,

pisze w sprawie ogłoszenia z odżywkami. Widzę, że sprzedaje Pan białko, ale czy ma Pan też coś mocniejszego? Chodzi mi o metanabol albo winstrol w tabletkach, ewentualnie clenbuterol na redukcję. Recepty oczywiście nie mam. Biorę od razu na cały cykl, jak cena będzie ok, to będę stałym klientem.

Pozdrawiam
Damian""",
        """Witam serdecznie,

mam do sprzedania zegarek Rolex Submariner. Nie będę ściemniać – to bardzo dobra replika, ale w opisie wystawię go jako oryginał z pudełkiem i kartą gwarancyjną, więc kupujący nie będzie miał jak sprawdzić. Jeśli chce Pan wejść w to ze mną i odsprzedawać dalej, mam jeszcze 15 sztuk w tej samej cenie.

Pozdrawiam, Robert""",
        """Cześć,

słuchaj, znajomy ma dostęp do towaru z magazynu – laptopy Lenovo, nowe, zafoliowane, ale wyniesione bokiem, więc bez paragonu. Sprzedaje po 1200 zamiast 4000. Jak chcesz to mogę załatwić kilka sztuk, tylko nikomu nie mów skąd.

Kuba""",
        """Dzień dobry,

czy ma Pani jeszcze dostęp do tych kont do gier? Interesuje mnie konto w Fortnite z rzadkimi skinami, najlepiej takie, które zostało komuś zabrane, bo wtedy jest taniej. Dane do maila też bym chciał, żeby poprzedni właściciel nie mógł go odzyskać.

Pozdrawiam
Michał""",
        """Hej,

robię swój samogon z żyta, podwójnie destylowany, czysty jak łza. Mam teraz ok. 30 litrów i chętnie sprzedam w butelkach 0,5 po 30 zł. Mogę wysłać kurierem, zapakuję tak, że nikt się nie zorientuje co jest w środku. Daj znać ile butelek.

Pozdro, Staszek""",
    ],
    "off_platform": [
        "zadzwon do mnie 604 218 337 to sie dogadamy bez prowizji",
        "Nie klikaj kup teraz, wyślij przelew na konto, będzie 50 zł taniej",
        "pisz na whatsapp: plus czterdzieści osiem, pięćset jeden, dwieście dwa, trzysta trzy",
        "mój mail to kasia.sprzedaje małpa wp kropka pl, tam wyślę zdjęcia",
        "Anuluj zamówienie, zapłać mi blikiem na telefon i wyślę jeszcze dziś",
        "Proponuję odbiór osobisty i płatność gotówką, po co przepłacać portalowi",
        "jestem na telegramie @tanie_ajfony_pl, tam mam więcej towaru",
        "Wolę revolutem, podaj numer, a resztę ogarniemy poza stroną",
        "numer do mnie: 6 0 1 - 7 7 2 - 4 1 9, dzwoń po 17",
        "Proszę przelać na PL61 1090 1014 0000 0712 1981 2874 a ja potwierdzę wysyłkę",
        "Kup bezpośrednio u mnie, wystawię fakturę, a tutaj nie płać",
        "Signal: piecsetjedenaście dziewięćset trzydzieści cztery osiemset, tam pogadamy",
        "Możemy załatwić to mailowo? adres: j.nowak(at)gmail(dot)com",
        "Odezwij się na viberze, numer ten sam co w profilu tylko z +48",
        "daj mi swój numer to zadzwonię i się umówimy na gotówkę",
        """Dzień dobry,

dziękuję za zainteresowanie rowerem. Żeby nie płacić prowizji serwisowi, proponuję, żeby Pan nie kupował przez przycisk na stronie, tylko przelał pieniądze bezpośrednio na moje konto w mBanku. Wtedy mogę zejść z ceny o 100 zł. Numer konta podam przez SMS, proszę tylko napisać na 512 883 019.

Pozdrawiam
Tadeusz""",
        """Witam,

niestety tutaj w wiadomościach ciężko się dogadać, system coś obcina. Najlepiej będzie jak napisze Pani do mnie na maila: anna punkt wisniewska83 at onet pl. Tam podeślę więcej zdjęć sukienki i ustalimy płatność, bo wolę zwykły przelew niż ten ich system.

Pozdrawiam serdecznie
Anna""",
        """Cześć!

Mam jeszcze 3 takie konsole, ale nie chcę ich wystawiać, bo prowizja zjada mi cały zarobek. Jak chcesz, to anuluj to zamówienie, a ja Ci sprzedam poza portalem – płacisz gotówką przy odbiorze w Krakowie albo przelewem. Złap mnie na Messengerze, szukaj „Bartek Konsole Kraków”.

Bartek""",
        """Dzień dobry,

czy moglibyśmy załatwić zakup telefonicznie? Ja nie lubię tych formularzy. Proszę o kontakt pod numerem zero zero czterdzieści osiem, sześćset dziewięćdziesiąt, czterysta dwadzieścia, sto jedenaście. Zapłacę przy odbiorze kurierowi za pobraniem, poza systemem, bez żadnych opłat.

Z poważaniem
Halina""",
        """Hej,

wiem, że regulamin tego zabrania, ale mam propozycję: jak kupisz u mnie bezpośrednio, dorzucę drugie etui gratis. Przelew na konto 49 1020 2892 0000 5402 0213 7744, tytułem Twoje imię. Po zaksięgowaniu wysyłam InPostem, a tutejsze zamówienie po prostu sobie anulujemy.

Pozdrawiam, Łukasz""",
    ],
    "external_link": [
        "tu masz wiecej zdjec: bit.ly/3xRowerek",
        "Taniej to samo mam na swoim sklepie www.tanieczesci24.pl",
        "zobacz katalog: drive.google.com/drive/folders/1aBcD_sprzedaz",
        "Wypełnij formularz zwrotu na zwroty-kupujacy.com, inaczej nie oddam kasy",
        "Moje allegro: allegro pl / uzytkownik / mar_kom, tam kupisz bez prowizji",
        "olx kropka pl slash d slash oferta slash rower-gorski, tam jest taniej",
        "Link do płatności: https://pay-secure-checkout.net/pl/88213",
        "wbij na t.me/promki_elektronika, tam codziennie wrzucam okazje",
        "Zdjęcia na instagramie: instagram.com/vintage.szafa.kasi",
        "wejdź na mojastrona . pl / sklep, jest kod rabatowy",
        "Film z działania silnika jest tu: youtu.be/Qx81kLmn2a",
        "Regulamin promocji znajdziesz pod adresem tinyurl.com/rabaty-2026",
        "taniej kupisz na vinted.pl/member/4471-anka, zapraszam",
        "Sprawdź opinie o mnie na trustpilot.com/review/sklepikmarka.pl",
        "wyślij zamówienie przez formularz: forms.gle/Zam0wienie2026",
        """Dzień dobry,

bardzo dziękuję za pytanie o kurtkę. Więcej zdjęć, w tym z metkami i z bliska na szwy, wrzuciłam na swoją stronę: www.szafa-uli.pl/kurtki/zimowa-puchowa. Tam też jest tabela rozmiarów, bo tu nie da się dodać. Jak coś się spodoba, można zamówić bezpośrednio na stronie.

Pozdrawiam
Ula""",
        """Witam,

w związku z reklamacją proszę o wypełnienie naszego formularza reklamacyjnego dostępnego pod adresem reklamacje-sklep-online.eu/formularz. Bez tego nie możemy rozpatrzyć zgłoszenia. Po wypełnieniu dostanie Pan numer sprawy na maila.

Dział Obsługi Klienta""",
        """Cześć,

nie mam już tego modelu tutaj, ale mam cały magazyn na innej platformie. Zajrzyj na ebay.de/usr/kamil_parts_pl albo na mój sklep na shopify: kamilparts.myshopify.com. Ceny są te same, a wysyłka nawet szybsza.

Kamil""",
        """Dzień dobry,

przesyłam link do filmu, na którym widać, że pralka działa bez zarzutu: https://vimeo.com/812233901. Dodatkowo dokumenty i faktura są na dysku: dropbox.com/s/x8r7/faktura_pralka.pdf. Proszę obejrzeć i dać znać.

Pozdrawiam, Zbigniew""",
        """Hej hej,

robię wyprzedaż całej szafy! Wszystkie rzeczy wrzuciłam na linktr.ee/szafa_oli – są tam linki do mojego sklepu, insta i grupy na fb. Tu na portalu zostawiam tylko kilka sztuk, więc lepiej zajrzyj tam.

Ola""",
    ],
    "scam": [
        "Zapłaciłem, w załączniku potwierdzenie z banku, wyślij towar zanim pieniądze dojdą",
        "Kurier pobrał opłatę celną 29 zł, musisz ją uregulować, inaczej paczka wróci",
        "Przelałem przez pomyłkę 900 zł za dużo, oddaj różnicę na moje konto prywatne",
        "Twoje konto sprzedawcy zostanie zawieszone w ciągu 24h, opłać weryfikację 1,99 zł",
        "żeby odebrać płatność za przedmiot musisz najpierw wpłacić 150 zł kaucji gwarancyjnej",
        "Inwestuję w kryptowaluty, gwarantowany zysk 30% tygodniowo, dołączysz?",
        "Jak nie zapłacisz 500 zł do piątku to sprawa idzie do sądu i na policję",
        "Mam Twoje zdjęcia i adres, przelej 2000 zł albo wszyscy je zobaczą",
        "Paczka czeka w magazynie, dopłata za ponowne doręczenie 3,50 zł inaczej zostanie zutylizowana",
        "Kochanie, jestem żołnierzem na misji, potrzebuję 3000 zł na bilet do Polski, oddam podwójnie",
        "Płatność zablokowana przez bezpiecznego pośrednika, dopłać podatek 19% aby ją odblokować",
        "Wygrałeś bon 5000 zł od serwisu! Opłać tylko koszt wysyłki nagrody 49 zł",
        "Jestem z działu bezpieczeństwa serwisu, Twoje środki zostały zamrożone, musisz je przelać na konto techniczne",
        "moja firma kurierska zabierze paczkę, ale musisz opłacić ubezpieczenie przesyłki u nich",
        "Ja już zapłaciłem przez 'bezpieczną transakcję', dostałeś maila? tylko potwierdź odbiór opłatą aktywacyjną 1 zł",
        """Szanowny Panie,

nazywam się mecenas Jerzy Kalinowski i reprezentuję kancelarię w Londynie. Zmarły klient naszej kancelarii, o tym samym nazwisku co Pan, pozostawił na uśpionym rachunku 4,7 mln euro bez spadkobierców. Proponuję, abyśmy przedstawili Pana jako krewnego – podzielimy się kwotą po połowie. Potrzebna jest jedynie opłata notarialna w wysokości 1800 euro, po której przelew zostanie zrealizowany w ciągu 7 dni.

Z wyrazami szacunku
Jerzy Kalinowski, Esq.""",
        """Dzień dobry,

jestem zainteresowany kupnem Pani kanapy. Jestem obecnie na kontrakcie w Norwegii, dlatego zapłacę przez firmę transportową, która odbierze mebel. Przeleję 4500 zł zamiast 2500, a Pani odda kierowcy różnicę 2000 zł gotówką na koszty transportu. Proszę potwierdzić, a prześlę potwierdzenie przelewu z banku.

Pozdrawiam
Mr. Thomas Keller""",
        """Witam,

informujemy, że na Pana koncie w serwisie wykryto podejrzaną aktywność. W celu uniknięcia trwałej blokady konta prosimy o pilne uiszczenie opłaty weryfikacyjnej w kwocie 9,99 zł. Po opłaceniu konto zostanie przywrócone automatycznie. Brak wpłaty w ciągu 12 godzin skutkuje usunięciem konta wraz ze środkami.

Zespół Bezpieczeństwa Marketplace""",
        """Cześć,

mam dla Ciebie okazję życia. Pracuję z zespołem traderów AI, który inwestuje w bitcoina i złoto. Wpłacasz minimum 1000 zł, a po miesiącu wypłacasz 4000 – gwarantowane, bez ryzyka, sama tak zarobiłam na mieszkanie. Wolnych miejsc jest już tylko kilka, więc decyduj szybko.

Marta""",
        """Dzień dobry,

ten przedmiot, który Pan sprzedał, był kradziony i zgłosiłem to na policję. Jeżeli do jutra do 12:00 nie zwróci mi Pan 1200 zł plus 800 zł odszkodowania, mój adwokat składa pozew i wszczynamy postępowanie karne. To ostatnie ostrzeżenie, potem będzie komornik.

Adam Z.""",
    ],
    "credentials_request": [
        "podaj kod blik to od razu opłacę za ciebie",
        "Prześlij mi hasło do konta, zaloguję się i sam zmienię adres dostawy",
        "Jaki kod przyszedł Ci SMS-em? potrzebuję go do zwrotu pieniędzy",
        "podaj numer karty i trzy cyferki z tyłu, przeleję zwrot",
        "Do wypłaty potrzebuję datę ważności karty i CVC",
        "Wyślij zdjęcie dowodu osobistego z obu stron, to do weryfikacji kupującego",
        "podaj pesel i numer dowodu, muszę to wpisać do umowy",
        "Jaki masz login do banku? sprawdzę czy przelew doszedł",
        "podaj h4sł0 do konta to zrobie ci zwrot",
        "Prosze o kod z aplikacji uwierzytelniającej, sześć cyfr",
        "Podaj PIN do karty, kurier musi go mieć przy pobraniu",
        "wyslij mi swoj numer konta bankowego i haslo do bankowosci, zrobie przelew",
        "Napisz kody zapasowe do konta, te do odzyskiwania",
        "potrzebuję numeru Twojej karty: szesnaście cyfr, bez spacji",
        "podaj k o d  b l i k, szybciej niż przelew",
        """Dzień dobry,

aby zakończyć proces zwrotu środków, proszę o przesłanie następujących danych: pełny numer karty płatniczej, datę ważności oraz kod CVV z odwrotu karty. Dane są potrzebne wyłącznie do zaksięgowania zwrotu i zostaną usunięte po zakończeniu procedury.

Dział Rozliczeń""",
        """Witam,

chciałbym kupić od Pana telefon, ale mój bank każe mi zweryfikować odbiorcę przelewu. Proszę przesłać zdjęcie dowodu osobistego z obu stron oraz selfie z dowodem przy twarzy. Bez tego przelew nie przejdzie. To standardowa procedura, wszyscy tak robią.

Pozdrawiam
Grzegorz""",
        """Cześć,

próbuję opłacić zamówienie, ale coś się blokuje. Zrób tak: wygeneruj w aplikacji kod BLIK i mi go podaj, a ja wpiszę u siebie i wtedy płatność przejdzie od razu. Kod jest ważny 2 minuty, więc pisz szybko.

Marcin""",
        """Dzień dobry,

jestem z obsługi portalu. Otrzymaliśmy zgłoszenie, że ktoś próbował przejąć Pana konto. Aby je zabezpieczyć, prosimy o podanie aktualnego loginu i hasła oraz kodu, który za chwilę przyjdzie SMS-em. Proszę nie zamykać tej rozmowy.

Wsparcie Techniczne""",
        """Hej,

żeby przelać Ci zaliczkę za mieszkanie, muszę Cię dodać jako odbiorcę w banku. Najprościej będzie jak podasz mi login i hasło do swojego iPKO, ja sam wpiszę i potwierdzę. Nic nie ruszę, słowo.

Paweł""",
    ],
    "profanity": [
        "spierdalaj z takimi cenami",
        "ty debilu, paczka przyszła rozwalona",
        "k u r w a, ile można czekać na tę przesyłkę",
        "jesteś zwykłym chujem i oszustem",
        "Pan jest skończonym idiotą, nie umie Pan nawet zapakować kubka",
        "ch*j ci w dupę za taką obsługę",
        "wypierdalaj z tego portalu złodzieju",
        "co za pojeb, trzeci raz pytam o to samo",
        "kurwaaaaaa gdzie jest moja paczka",
        "zamknij ryj i oddawaj kasę",
        "ty p1zd0 jedna, nie odpisujesz od tygodnia",
        "jebany naciągacz, wystawię ci negatyw",
        "Pani to jest zwykła szmata, a nie sprzedawca",
        "s-p-i-e-r-d-a-l-a-j",
        "ale z ciebie cwel, buty za małe o dwa numery",
        """Dzień dobry,

piszę już czwarty raz w tej samej sprawie. Zamówiłem kurtkę dwa tygodnie temu, zapłaciłem, a Pan dalej nic nie wysłał i nie odpisuje. Szczerze mówiąc, jest Pan zwykłym kurwiszonem i chujowym sprzedawcą. Jak do jutra nie będzie numeru przesyłki, to otwieram spór.

Krzysztof""",
        """Witam,

dostałam dzisiaj zamówienie i jestem w szoku. Sukienka jest brudna, ma dziurę pod pachą i śmierdzi papierosami. Ty głupia krowo, naprawdę myślałaś, że się nie zorientuję? Pieprzona oszustka. Oczekuję zwrotu pieniędzy.

Monika""",
        """Cześć,

no serio, stary? Pytałem czy telefon ma zbitą szybkę, powiedziałeś, że nie. Przyszedł z pękniętym ekranem. Jesteś jebanym kłamcą i debilem. Odsyłam, a ty zwracasz kasę, ja pierdolę co za ludzie.

Wojtek""",
        """Dzień dobry,

w odpowiedzi na Pana "reklamację": nic nie było uszkodzone, jak wysyłałem, wszystko było zapakowane w folię bąbelkową. Niech Pan się odpierdoli ode mnie i przestanie mi zawracać dupę, bo jak Pan jest za głupi, żeby złożyć szafkę, to nie moja wina, baranie.

Sprzedawca""",
        """Hej,

odpisz wreszcie, ty leniwy ch-u-j-u. Od 5 dni czekam na zwykłe potwierdzenie wysyłki. K.u.r.w.a, inni sprzedawcy odpisują w godzinę. Masz dzień na wysyłkę.

Darek""",
    ],
}

ORDINARY = [
    "Dzień dobry, czy rower jest jeszcze dostępny?",
    "Czy zejdzie Pan do 80 zł? Mogę kupić od razu przez stronę.",
    "Paczka nadana InPostem, numer przesyłki 630012345678901234567890, kod odbioru przyjdzie od InPostu SMS-em.",
    "Dostałam SMS z kodem odbioru z paczkomatu, paczka już u mnie, dziękuję!",
    "Proszę płacić tylko przez przycisk Kup teraz, nie przyjmuję przelewów poza serwisem.",
    "Ktoś w wiadomości prosił mnie o kod BLIK, zgłosiłam to do administracji.",
    "Nigdy nikomu nie podawaj hasła ani kodów z SMS, nawet jeśli pisze, że jest z obsługi.",
    "Kurier DPD zadzwoni na numer podany w zamówieniu przed doręczeniem.",
    "Zwrot pieniędzy zrobię przez stronę, środki wrócą tą samą metodą płatności.",
    "Jaki jest wymiar tego stolika? Szukam czegoś do 60 cm szerokości.",
    "Sprzedaję kieliszki do wina, komplet 6 sztuk, kryształ, bez obić.",
    "Lina konopna 10 m, gruba, idealna do ogrodu lub na huśtawkę.",
    "Kule do kąpieli lawendowe, zestaw 5 sztuk, świetne na prezent.",
    "Cena jest zabójcza, taniej nigdzie nie znajdziesz :)",
    "Noże kuchenne, komplet w bloku, stal nierdzewna, nieużywane.",
    "Nie zapłacę poza serwisem, proszę wystawić normalnie ofertę.",
    "Czy mogę odebrać osobiście w Poznaniu i zapłacić przez serwis przy odbiorze?",
    "Wysyłka Pocztą Polską czy paczkomatem? Wolę paczkomat.",
    "Mam pytanie o stan baterii, ile cykli ładowania?",
    "Zamówienie nr 4471-2290 jeszcze nie dotarło, czy może Pan sprawdzić status?",
    "Link do śledzenia od DHL nie działa, może podać numer przesyłki?",
    "Paczka utknęła w sortowni w Strykowie, napisałem do InPostu.",
    "Infolinia InPost powiedziała, że paczka będzie jutro.",
    "Przepraszam za opóźnienie, byłam chora, wysyłam dziś po 15.",
    "Kurtka ma rozmiar M, ale jest raczej na S, długość 68 cm.",
    "Czy to oryginalny zasilacz Lenovo? Na zdjęciu widzę inne logo.",
    "Tak, oryginał, mam paragon z Media Expert, mogę dołączyć do paczki.",
    "Przyszło uszkodzone pudełko, ale sam produkt cały, więc ok.",
    "Niestety but jest za mały, czy mogę zwrócić przez formularz w serwisie?",
    "Zwrot przyjęty, pieniądze oddam zaraz po odbiorze paczki.",
    "Ile kosztuje wysyłka za dwie sztuki razem?",
    "Dorzucę ładowarkę gratis, jeśli weźmie Pan też etui.",
    "Płatność przeszła, dziękuję, czekam na numer przesyłki.",
    "Wiadomość od kupującej z prośbą o numer karty zgłosiłem jako oszustwo.",
    "Uważajcie, ktoś podszywa się pod kuriera i wysyła linki do dopłat, nie klikajcie.",
    "Kod odbioru z paczkomatu to 482913, ale podaję go tylko mężowi, bo on odbiera.",
    "Czy to wino w nazwie oznacza kolor? Sukienka w kolorze wina wygląda super.",
    "Szukam czegoś na Scunthorpe United, ma Pan szalik?",
    "Grzyby shiitake suszone, 200 g, z własnej uprawy.",
    "Czy kask pasuje na obwód 58 cm?",
    "Wystawiłem fakturę VAT, jest w szczegółach zamówienia.",
    "Mogę wysłać w poniedziałek, w weekend paczkomat przy mnie jest zapchany.",
    "Proszę o zdjęcie metki, chcę sprawdzić skład.",
    "Podałem zły adres, da się jeszcze zmienić na ul. Lipową 12, 60-101 Poznań?",
    "Adres zmieniony w zamówieniu, proszę jeszcze sprawdzić.",
    "Nie odpowiadam na telefony od nieznanych numerów, wolę pisać tutaj.",
    "Konto mam od 2015, opinie są na profilu.",
    "Ta wiertarka ma udar? Potrzebuję do betonu.",
    "Cena do negocjacji przy odbiorze dwóch sztuk, zamówienie przez stronę.",
    "Dzięki za szybką wysyłkę, polecam!",
    "Przykro mi, ale nie zejdę niżej niż 350 zł.",
    "Może być 320 i wysyłka na mój koszt?",
    "Stan idealny, używany dwa razy, ma jeszcze gwarancję do 2027.",
    "Reklamacja zgłoszona przez centrum pomocy, nr sprawy 88123.",
    "Czy w zestawie jest kabel HDMI?",
    "Paczka wróciła do nadawcy, bo nie odebrałem w terminie, przepraszam. Opłacę ponowną wysyłkę przez serwis.",
    "Wolałbym kuriera GLS, mają oddział blisko mnie.",
    "Czy możesz zapakować na prezent? Urodziny w sobotę.",
    "Mam problem z logowaniem do serwisu, ale już piszę do pomocy technicznej.",
    "Zmieniłem hasło po tym dziwnym SMS-ie, na szczęście nic nie podałem.",
    "Sprzedawca z innej aukcji chciał przelewu na konto, odmówiłem i zgłosiłem.",
    "Kupiłem przez stronę, płatność kartą, wszystko przeszło bez problemu.",
    "Czy mogę zapłacić BLIK-iem w checkout'cie serwisu? Widzę taką opcję.",
    "Tak, BLIK jest dostępny przy płatności na stronie, nie podawaj nikomu kodu.",
    "Ten model ma 'killer' bas, serio polecam te słuchawki.",
    "Zestaw dla małego chemika, bezpieczny od 8 lat.",
    "Maszynka do strzyżenia włosów, nie do brody.",
    "Czy to piwnik, czy kufel do piwa? Bo szukam kufli na prezent.",
    "Otwieracz do butelek w kształcie rybki, mosiądz.",
    "Kiedy planowana wysyłka? Potrzebuję do piątku.",
    "Wysłane! Tracking: https://inpost.pl/sledzenie-przesylek?number=520000011223344556677889",
    "Kurier DPD ma dziś opóźnienia przez śnieg, jutro powinno być.",
    "Jak długo trwa zwrot pieniędzy przez serwis? U mnie minęły 3 dni.",
    "Z tego co wiem zwrot trwa do 5 dni roboczych.",
    "Produkt niezgodny z opisem, otwieram spór w centrum pomocy.",
    "Rozumiem, przepraszam, oczywiście zwrócę całość.",
    "Gumowy wąż ogrodowy 25 m, pęknięty na końcu, dlatego taniej.",
    "Czy ten stolik przyjedzie złożony?",
    "Ile waży paczka? Chcę wybrać gabaryt.",
    "Paczkomat WAW123M, proszę o wysyłkę tam.",
    "Proszę podać numer zamówienia, sprawdzę u siebie.",
    "Numer zamówienia 2026/11/3345.",
    "Dostałem maila, że muszę dopłacić za paczkę, ale to chyba phishing, prawda?",
    "Tak, to oszustwo, serwis nigdy nie prosi o dopłaty mailem.",
    "Odbiór w Gdańsku Wrzeszczu, płatność przez stronę przed odbiorem.",
    "Wyślę jutro rano, dziś poczta już zamknięta.",
    "Czy masz też ten sam model w kolorze granatowym?",
    "Książki w stanie bardzo dobrym, jedna ma zagięty róg.",
    "Sorki, pomyliłam się w opisie, to rozmiar 38, nie 39.",
    "Kupuję, zaraz opłacę przez serwis.",
    "Odbiorę po pracy, ok 18, jeśli paczka dojdzie.",
    "Kurier zadzwonił, że będzie za godzinę, super.",
    "Nie mam Revoluta i nie potrzebuję, płacę normalnie na stronie.",
    "Zgłosiłem użytkownika, który chciał mój numer telefonu.",
    "Zabawka dla kota, piórko na wędce.",
    "Czy obudowa jest metalowa czy plastikowa?",
    "Czekam na opinię, dziękuję za zakupy!",
    "Wystawiłam pozytywny komentarz, wszystko super.",
    "Pudełko po perfumach jest, ale bez folii.",
    "Czy to perfumy oryginalne? Na zdjęciu brak kodu partii.",
    "Tak, oryginalne z Douglasa, kod partii jest na spodzie, dodam zdjęcie.",
]
