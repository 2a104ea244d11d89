"""Polish texts of held-out set 3 (hand-written, see build.py)."""

BLOCK = {
    "prohibited_item": [
        "masz jeszcze ten towar co ostatnio? biore 5g",
        "Sprzedam mefedron, kryształ czysty, wysyłka dyskretna w paczkomacie.",
        "elo, zielone jest? ile za dyche",
        "Mam do sprzedania kilka butelek bimbru z własnej produkcji, 70%, 40 zł za litr.",
        "Torebka LV replika 1:1, nie do odróżnienia od oryginału, mam też Gucci.",
        "sprzedam tramal i xanax bez recepty, pisz ile potrzebujesz",
        "Zrobię prawo jazdy kat. B, wpisane do systemu, 2500 zł, bez egzaminu.",
        "Dzień dobry, czy ma Pan może amunicję 9 mm? Nie mam pozwolenia, ale zapłacę więcej.",
        "kupie kokaine albo feta, najlepiej odbior osobisty w krakowie",
        'Mam nowe iPhone\'y z dostawy która "spadła z ciężarówki", bez pudełek, '
        "dlatego tak tanio. Nikt nie pyta skąd.",
        "sprzedam pistolet gazowy przerobiony na ostrą amunicję, bez papierów",
        "Dzień dobry,\n\nw ogłoszeniu jest sok, ale interesuje mnie co innego. Słyszałem, że"
        " ma Pan też wódkę z przemytu z Ukrainy po 25 zł za flaszkę. Wezmę dwie skrzynki, "
        "proszę o info.\n\nPozdrawiam",
        ("ma ktoś z.i.o.ł.o? ogarniam na weekend", "disguised"),
        "Sprzedam dowód osobisty kolekcjonerski z Twoimi danymi i zdjęciem, przechodzi "
        "kontrolę w sklepie i w banku.",
        "Witam, oferuję buty Nike Air Jordan, fake ale dobrej jakości, metki i pudełko jak "
        "oryginał. Ceny hurtowe od 10 par, mogę dorzucić koszulki Supreme podróbki.",
    ],
    "off_platform": [
        "Zadzwoń do mnie 602 118 447 to się dogadamy szybciej",
        "Taniej bez prowizji portalu, przelej mi na konto 12 1020 5558 0000 8902 3412 7788"
        " i wysyłam jeszcze dziś.",
        ("pisz na maila marek.kowal[at]wp.pl", "disguised"),
        "Nie kupuj przez stronę, oni biorą 10%. Zapłać mi BLIKiem na telefon i po sprawie.",
        ("mój nr: szesc zero jeden, trzy trzy dwa, osiem osiem siedem", "disguised"),
        "Jestem na WhatsAppie +48 511 203 774, tam wyślę więcej zdjęć.",
        "Dzień dobry,\n\nproponuję załatwić to poza serwisem, bo prowizja zjada mi cały "
        "zarobek. Proszę napisać na adres sklep.rowerowy kropka olsztyn małpa gmail kropka "
        "com, wyślę fakturę i numer konta.\n\nZ poważaniem\nTomasz",
        ("telegram: @wyprzedaz_tanio24", "disguised"),
        "odezwij się na priv na fejsie, Ania Malinowska z Gdańska, tam pogadamy o cenie",
        "Możemy zrobić tak, że anuluję zamówienie tutaj, a Pan mi przeleje 450 zł "
        "bezpośrednio, zaoszczędzi Pan na dostawie i prowizji.",
        ("5 0 1 . 4 4 2 . 9 0 3 dzwoń po 17", "disguised"),
        "Witam serdecznie,\n\nmam więcej takich lamp, ale nie chcę ich wystawiać tutaj. "
        "Jeśli Pani chce, proszę o kontakt na Signal pod numerem 790 665 120, wyślę "
        "katalog i zrobimy przelew na moje prywatne konto.\n\nPozdrawiam, Ewa",
        "Zamów u mnie mailowo, zamowienia.outlet@o2.pl, dostaniesz 15% rabatu",
        "Nie odpisuję tutaj regularnie, lepiej viber 0048 733 901 552",
        "Dzień dobry, czy możemy przenieść rozmowę na telefon? Mój numer to "
        "plus czterdzieści osiem, 530, 12, 44, 98. Wtedy ustalimy płatność gotówką przy "
        "odbiorze bez pośrednictwa portalu.",
    ],
    "external_link": [
        "Więcej zdjęć tu: bit.ly/3xKp9Qa",
        "Pełna oferta na moim sklepie www.tanie-opony24.pl, tam taniej",
        "zapłać przez ten link https://inpost-platnosc.com.pl/oplata/88231 bo inaczej paczka "
        "nie wyjdzie",
        "obczaj mój insta instagram.com/vintage_szafa_kasia",
        "Dzień dobry, w załączeniu link do formularza odbioru środków: "
        "https://olx-bezpieczna-dostawa.online/p/4471 Proszę uzupełnić dane karty.",
        ("zdjecia na drive: drive.google.com/drive/folders/1aB9xQ", "disguised"),
        "Więcej moich rzeczy znajdziesz na vinted.pl/member/88123-monia",
        ("link: tinyurl . com / paczka-pl", "disguised"),
        "Witam,\n\nniestety nie mogę tu dodać wszystkich rozmiarów. Cała kolekcja jest na "
        "naszej stronie https://www.modnakiecka.com.pl/kolekcja-zima, zamówienia powyżej "
        "200 zł z darmową dostawą.\n\nZespół Modna Kiecka",
        "tu masz film jak działa: youtu.be/Qw8xT2pLm0s",
        "Prosze potwierdzić adres dostawy na dpd-polska-dostawa.info/potwierdz",
        "Dzień dobry,\n\nnasz sklep internetowy ma lepsze ceny niż tutaj. Zapraszam: "
        "sklepzbutami(kropka)pl. Przy zamówieniu wpisz kod RABAT10.\n\nPozdrawiam",
        "katalog w pdf: wetransfer.com/downloads/7a1c93bd",
        "Grupa na fb z moimi wyprzedażami: facebook.com/groups/wyprzedaz.garazowa.lodz",
    ],
    "scam": [
        "Gratulacje! Twoje konto zostało wylosowane, odbierz nagrodę 5000 zł opłacając "
        "jedynie 49 zł opłaty manipulacyjnej.",
        "Kupuję, ale kurier z DHL odbierze paczkę, a pieniądze dostaniesz po kliknięciu w "
        "link weryfikacyjny, który wyślę. Trzeba tylko potwierdzić kartę.",
        "Szanowny Panie,\n\nnazywam się James Walker i jestem prawnikiem zmarłego klienta, "
        "który nie pozostawił spadkobierców. Na jego rachunku pozostało 4,5 mln USD. Proponuję "
        "podział 40/60, potrzebuję jedynie opłaty notarialnej 1200 zł na pokrycie "
        "dokumentów.\n\nZ wyrazami szacunku\nJames Walker",
        "Przelałem omyłkowo 900 zł za dużo, proszę odesłać różnicę na inne konto mojego "
        "brata zanim paczka wyjdzie.",
        "Pilne! Twoje konto zostanie zablokowane w ciągu 24h. Zweryfikuj dane płatnicze "
        "wpłacając 1 zł kaucji.",
        "paczka zatrzymana w urzędzie celnym, trzeba dopłacić 180 zł cła zanim ją wydadzą,"
        " przelej mi a ja załatwie",
        "Inwestuj w kryptowaluty z naszym robotem, zysk 30% tygodniowo gwarantowany. "
        "Wpłata od 1000 zł.",
        "Dzień dobry,\n\noferujemy pracę zdalną: przyjmowanie przelewów na Pana konto i "
        "przekazywanie ich dalej w bitcoinach. Prowizja 10% od każdej transakcji, 2 godziny "
        "dziennie. Na początek prosimy o wpłatę 300 zł na szkolenie.\n\nDział HR",
        "Zapłaciłem już przez bezpieczną dostawę, musi Pan teraz odebrać środki, wpisując "
        "dane karty na stronie kuriera. Inaczej pieniądze przepadną dziś o 18.",
        "Jestem za granicą, wyślę Ci czek na 3000 zł, resztę ponad cenę odeślesz kurierowi"
        " który odbierze towar.",
        "Wygrałeś iPhone 15 w naszej loterii klientów! Aby odebrać, opłać wysyłkę 9,99 zł.",
        "Witam, przy zakupie przez nasz serwis escrow pieniądze są bezpieczne. Proszę "
        "wpłacić kwotę na rachunek powierniczy, który podam, a sprzedawca wyśle towar.",
        "Dzień dobry,\n\npiszę z działu bezpieczeństwa. Wykryliśmy podejrzane logowanie na "
        "Pani konto. Aby uniknąć utraty środków, należy w ciągu godziny przelać saldo na "
        "bezpieczny rachunek techniczny.\n\nZespół Ochrony Konta",
        "hej, zrobimy tak: przelewam 2x tyle co chcesz, a ty oddajesz mi resztę na "
        "revolut kolegi, pilnie bo wyjeżdżam",
        "Twoja sprzedaż została opłacona. Aby otrzymać pieniądze musisz najpierw "
        "aktywować konto odbiorcy wpłacając 250 zł zwrotnej kaucji.",
    ],
    "credentials_request": [
        "podaj mi kod blik to zaplace za ciebie",
        "Prosze podać numer karty, datę ważności i kod CVV, przeleję zaliczkę.",
        "Wyślij mi kod z SMS-a który zaraz dostaniesz, to potwierdzenie transakcji.",
        "Dzień dobry,\n\naby zrealizować wypłatę, potrzebujemy loginu i hasła do bankowości "
        "elektronicznej. To standardowa procedura weryfikacji sprzedawcy. Proszę odpisać "
        "w tej wiadomości.\n\nDział Płatności",
        "jakie masz hasło do konta? zaloguje się i sam zmienie adres",
        "Proszę przesłać zdjęcie dowodu osobistego z obu stron do weryfikacji, inaczej nie wyślę.",
        "podaj pin do karty, wpłacę ci na nią od razu",
        "Potrzebuję numeru karty i trzech cyfr z tyłu, żeby zlecić zwrot.",
        "Witam, Pani dane są niekompletne. Proszę podać login do konta w portalu oraz kod "
        "autoryzacyjny 2FA, który przyszedł na telefon.",
        ("dawaj c.v.v. i date waznosci bo czas leci", "disguised"),
        "Szanowny Kliencie,\n\nw związku z aktualizacją systemu prosimy o podanie numeru "
        "karty płatniczej, daty ważności oraz kodu CVC w odpowiedzi na tę wiadomość. "
        "Brak odpowiedzi skutkuje blokadą konta.\n\nObsługa klienta",
        "wyslij mi 6 cyfr blik, zaplacisz za mnie, oddam gotowka",
        "Podeślij login i hasło do mbanku, zrobię Ci ten przelew sam bo nie umiesz",
        "Potwierdź tożsamość: przepisz kod, który wysłaliśmy SMS-em na Twój numer.",
        "Dzień dobry,\n\nżeby kurier mógł wypłacić Panu należność, potrzebuję zdjęcia "
        "karty bankowej z obu stron oraz selfie z dowodem. Proszę przesłać tutaj jak "
        "najszybciej.\n\nPozdrawiam",
    ],
    "profanity": [
        "kurwa ile można czekać na tą paczkę",
        "spierdalaj z taką ceną",
        "ty chuju, oszukałeś mnie",
        ("k.u.r.w.a mac, znowu nie ma towaru", "disguised"),
        "jestes zwyklym pierdolonym zlodziejem",
        "wsadź sobie ten rower w dupę",
        "Pan jest skończonym debilem i jebanym kłamcą.",
        ("ch*j ci w oko za takie ogloszenie", "disguised"),
        "Dzień dobry,\n\nzamówienie przyszło uszkodzone, a Pan od tygodnia nie odpisuje. "
        "Mam dosyć tego pierdolenia o poczcie, to Pan zapakował to gówno w gazetę. Proszę "
        "zwrócić pieniądze.\n\nKrzysztof",
        "zamknij ryj i wysylaj",
        "jebać cię i twoje ogłoszenia",
        "co za pizda, 3 dni na odpowiedz",
        "Witam,\n\nto jest kpina. Wysłałem pieniądze, a dostałem jakiś zjebany, porysowany "
        "telefon. Niech się Pan nie dziwi, że wystawię opinię, skurwysynu.\n\nMarcin",
        ("wypierdalaj frajerze", "typos"),
        "Kurwa mać, jak jeszcze raz napiszesz, to ci nogi z dupy powyrywam.",
    ],
}

BODIES = [
    "Dzień dobry, czy ta kurtka jest jeszcze dostępna?",
    "czy rozmiar M odpowiada 38?",
    "Ile wynosi długość rękawa od ramienia?",
    "Czy mogę prosić o zdjęcie metki?",
    "hej, czy zejdziesz troche z ceny? dam 150 zl",
    "Mogę zaproponować 280 zł zamiast 320 zł?",
    "Dziękuję, zamówienie opłacone przez serwis.",
    "Paczka dotarła w całości, wszystko zgodne z opisem. Dziękuję!",
    "czy wysyłka bedzie dzisiaj czy dopiero w poniedziałek?",
    "Wyślę jutro rano paczkomatem InPost.",
    "Nadałam paczkę, numer przesyłki jest w szczegółach zamówienia.",
    "Czy telefon ma jakieś rysy na ekranie?",
    "Bateria trzyma około 85%, nie było wymieniane.",
    "Czy buty były noszone?",
    "Tak, noszone dwa razy, stan bardzo dobry.",
    "Czy stół da się rozłożyć? Jakie ma wymiary?",
    "Wymiary: 120 x 80 cm, po rozłożeniu 160 cm.",
    "dzieki za szybka odpowiedz",
    "Super, biorę. Zaraz kupię przez przycisk Kup teraz.",
    "Czy możliwy jest odbiór osobisty w Poznaniu?",
    "Niestety nie wysyłam za granicę.",
    "Czy ta sukienka jest w kolorze granatowym czy czarnym?",
    "Na zdjęciu wygląda na ciemniejszą, w rzeczywistości jest granatowa.",
    "Czy mogę zwrócić produkt, jeśli nie będzie pasował?",
    "Tak, zwrot jest możliwy w ciągu 14 dni przez formularz w zamówieniu.",
    "Paczka jeszcze nie przyszła, czy może Pan sprawdzić status?",
    "Według śledzenia paczka jest w sortowni w Strykowie.",
    "Przepraszam za opóźnienie, byłem chory i nie mogłem nadać wcześniej.",
    "Czy książki są z biblioteczki bez zapachu dymu?",
    "Książki z domu bez zwierząt i bez palaczy.",
    "ile kosztuje wysylka do Wroclawia?",
    "Wysyłka kosztuje 12,99 zł paczkomatem albo 18 zł kurierem.",
    "Czy konsola ma dwa pady?",
    "W zestawie jest jeden pad i kabel HDMI.",
    "Dziękuję, wystawię pozytywną opinię.",
    "Rower ma przerzutki Shimano Altus, opony nowe.",
    "Czy wózek jest kompletny, z gondolą i spacerówką?",
    "Czy mogę zarezerwować do piątku? Dostanę wypłatę.",
    "Nie rezerwuję, kto pierwszy kupi przez serwis, ten ma.",
    "Czy zabawka ma atest CE?",
    "Klocki są kompletne, sprawdzone z instrukcją.",
    "Proszę o wysyłkę w kartonie, nie w folii.",
    "Oczywiście, zapakuję porządnie w karton i folię bąbelkową.",
    "czy to oryginalny Lego czy zamiennik?",
    "Oryginalne Lego, kupione w sklepie, mam paragon.",
    "Jaki jest przebieg tego telefonu? Żartuję, chodzi mi o cykle baterii :)",
    "Przyszła zła wielkość, zamawiałam 40 a przyszło 39.",
    "Bardzo przepraszam za pomyłkę, proszę zgłosić zwrot, pokryję koszt wysyłki.",
    "Czy laptop ma polską klawiaturę?",
    "Ma polski układ klawiatury, podświetlenie działa.",
    "Kiedy mniej więcej mogę się spodziewać paczki?",
    "Zwykle 1-2 dni robocze od nadania.",
    "czy sa jeszcze te sloiki po 2 zl?",
    "Mam jeszcze 30 sztuk, mogę wysłać w jednej paczce.",
    "Czy obraz jest oprawiony?",
    "Rama drewniana, bez szyby.",
    "Zamówienie anulowane na Pani prośbę, środki wrócą na konto w ciągu kilku dni.",
    "Czy kurtka jest wodoodporna?",
    "Jest to softshell, wytrzyma lekki deszcz.",
    "Czy kafelki są z jednej partii?",
    "Zostało 3,5 m2 z jednej partii, kolor identyczny.",
    "Czy można prać w pralce?",
    "Tylko pranie ręczne w 30 stopniach.",
    "Wielkie dzięki, córka zachwycona!",
    "Jaki model ma ten ekspres?",
    "To DeLonghi Magnifica S, odkamieniony w zeszłym miesiącu.",
    "witam czy te buty sa na szeroka stope",
    "Raczej standardowa szerokość, na szeroką może być ciasno.",
    "Przesyłam dodatkowe zdjęcia w galerii ogłoszenia.",
    "Czy fotelik ma bazę isofix?",
    "Fotelik bez bazy, mocowany pasami.",
    "Czy mógłby Pan dodać do paczki jeszcze tę czapkę z drugiego ogłoszenia?",
    "Jasne, połączę to w jedno zamówienie, proszę kupić oba przedmioty.",
    "ok dzieki, to czekam",
    "Nie ma problemu, miłego dnia!",
    "Czy spodnie mają długość 32?",
    "Długość wewnętrzna nogawki 81 cm.",
    "Czy opona ma datę produkcji z tego roku?",
    "DOT 2324, czyli 23. tydzień 2024 roku.",
    "Czy drukarka drukuje w kolorze?",
    "Tak, tusze są w połowie pełne.",
    "Dostałam paczkę, ale brakuje ładowarki, która była w opisie.",
    "Faktycznie, zapomniałem. Wyślę ładowarkę osobno na mój koszt.",
    "czy mozna odebrac w sobote po 10?",
    "Piękna rzecz, szkoda że za mała. Powodzenia w sprzedaży!",
    "Czy to ostatnia sztuka?",
    "Cena jest do negocjacji przy zakupie kilku rzeczy.",
    "zrobie paczke razem z tamtymi spodniami, bedzie taniej na wysylce",
    "Przepraszam, ale przedmiot został już sprzedany.",
]

HARD = [
    "Kurier zadzwoni do Pani przed doręczeniem, proszę mieć telefon przy sobie.",
    "Odbiór z paczkomatu kodem z SMS-a, który dostanie Pani od InPostu.",
    "Nigdy nikomu nie podawaj hasła ani kodu BLIK, nawet jeśli ktoś podaje się za obsługę.",
    "Płatność tylko przez serwis, tak jest bezpieczniej dla nas obojga.",
    "Link do śledzenia przesyłki znajdzie Pan w mailu z potwierdzeniem zamówienia.",
    "Nie mogę się zalogować na swoje konto w serwisie, dlatego odpisuję z opóźnieniem.",
    "Zresetowałem hasło i już działa, zamówienie widzę w historii.",
    "Zestaw noży kuchennych Zwilling, 6 sztuk, ostrza bez wyszczerbień.",
    "Kieliszki do wina, 6 sztuk, sprzedawane puste, bez alkoholu oczywiście :)",
    "Ta cena to bomba, biorę od razu!",
    "Kosiarka żyłkowa do trawy, działa bez zarzutu.",
    "Zwrot pieniędzy został zlecony przez serwis, powinien być w 3 dni.",
    "Czy mogę zapłacić BLIKiem przy zakupie na stronie? Nie mam karty.",
    "Tak, w koszyku serwisu jest płatność BLIK, kartą i szybkim przelewem.",
    "Numer zamówienia: 2026/11/48213, proszę o sprawdzenie.",
    "Cena 1 299 zł, w zestawie etui i szkło hartowane.",
    "Otrzymałem SMS-a z kodem odbioru, paczka odebrana, dziękuję.",
    "Uważaj na oszustów, którzy piszą o 'bezpiecznej dostawie' z linkiem, to nie ja.",
    "Pieniądze z serwisu już przyszły, dziękuję za szybką płatność.",
    "Kurier DPD dzwonił, ale mnie nie było, dostawa przełożona na jutro.",
    "Proszę nie wysyłać pieniędzy nikomu poza serwisem, ja korzystam tylko z tutejszej płatności.",
    "Pistolet na bańki mydlane dla dzieci, na baterie, działa.",
    "Kieliszki do wódki, komplet 12 sztuk, szkło kryształowe, puste.",
    "Koszulka z nadrukiem 'Killer Queen', oryginalny merch zespołu.",
    "Czy paczka jest ubezpieczona na wypadek zgubienia?",
    "Zapłaciłem, ale w aplikacji widzę status 'oczekuje na płatność'. Co robić?",
    "Proszę zgłosić to do obsługi serwisu przez formularz reklamacji, oni to rozwiążą.",
    "Kod do paczkomatu przyszedł mi SMS-em, ale skrytka się nie otworzyła, "
    "zgłosiłam to InPostowi.",
    "Książka 'Zbrodnia i kara', wydanie z 1987 roku.",
    "Gra 'Call of Duty' na PS5, płyta bez rys.",
    "Sprzedaję nóż do chleba i tasak, stal nierdzewna.",
    "Czy opłata za wysyłkę jest wliczona w cenę?",
    "Wysłałam paczkę priorytetem przez Pocztę Polską, numer śledzenia jest w zamówieniu.",
    "Dostałem dziwną wiadomość od kogoś, kto chce mój numer karty. Zgłosiłem to do moderacji.",
    "Hasło do wifi w tym routerze jest na naklejce od spodu, zresetowane do fabrycznych.",
    "Ten szampon jest super, wszystkie włosy jak nowe.",
    "Likier? Nie, to butelka po likierze przerobiona na lampę, pusta.",
    "Cena do negocjacji, ale tylko przez opcję 'Zaproponuj cenę' w serwisie.",
    "Płatność przy odbiorze jest dostępna w opcjach dostawy na stronie.",
    "Proszę podać w zamówieniu numer telefonu dla kuriera, bo bez tego DPD nie przyjmie.",
    "Zdjęcia dowodu wysyłki dodałem w zakładce zamówienia.",
    "Czy zwrot dostanę na kartę, którą płaciłem?",
    "Strzelba na wodę dla dzieci, 2 sztuki, nowe.",
    "Towar zgodny z opisem, polecam sprzedającego.",
    "Biorę za 200 zł, jeśli akceptujesz ofertę w serwisie.",
    "Ojej, zapomniałem dodać adresu, już poprawiam w zamówieniu.",
    "Bilety na koncert zostały przesłane przez serwis jako plik PDF w zamówieniu.",
]

GREETINGS = [
    "Dzień dobry,",
    "Witam,",
    "Cześć,",
    "hej",
    "Dzien dobry",
    "Szanowna Pani,",
    "Dobry wieczór,",
    "Witam serdecznie,",
]

SIGNOFFS = [
    "Pozdrawiam",
    "Pozdrawiam serdecznie\nAnna",
    "Z poważaniem\nPiotr Nowak",
    "Dziękuję i pozdrawiam",
    "pzdr",
    "Miłego dnia!\nKasia",
    "Z góry dziękuję,\nMichał",
]

QUOTE_INTRO = "W dniu 03.12.2026 o 14:12 sprzedający napisał(a):"

LONG_LETTERS = {
    "prohibited_item": [
        "Cześć,\n\npiszę w sprawie tego ogłoszenia z suplementami. Potrzebuję czegoś "
        "mocniejszego na siłownię, kolega mówił, że ogarniasz testosteron i clenbuterol "
        "bez recepty. Wezmę cykl na 8 tygodni, zapłacę ile trzeba, byle wysyłka była "
        "dyskretna.\n\nDzięki, Kuba",
        "Dzień dobry,\n\nmamy w hurtowni zegarki Rolex i Omega, kopie najwyższej jakości, "
        "z grawerem i papierami jak w salonie. Klient nie odróżni od oryginału. Przy "
        "zamówieniu 5 sztuk cena 450 zł za sztukę. Mogę też zrobić fałszywy certyfikat "
        "autentyczności.\n\nPozdrawiam\nHurtownia",
    ],
    "off_platform": [
        "Dzień dobry Pani,\n\nwidzę, że interesuje się Pani wózkiem. Portal dolicza "
        "prowizję, więc proponuję prościej: proszę zrobić przelew na moje konto w "
        "PKO, numer 48 1020 1026 0000 1502 0331 2870, a ja wyślę wózek kurierem jeszcze "
        "dziś. Potwierdzenie proszę wysłać SMS-em na 694 220 135.\n\nPozdrawiam\nKarolina",
        "Hej,\n\nzanim kupisz tutaj, daj znać prywatnie, bo mam dla ciebie lepszą ofertę. "
        "Dodaj mnie na Instagramie albo napisz na Telegramie, nick @bartek_elektronika. "
        "Tam mam jeszcze trzy takie słuchawki i zrobię ci cenę bez tej całej prowizji "
        "portalu.\n\nNara",
    ],
    "external_link": [
        "Dzień dobry,\n\ndziękuję za zakup. Żeby przyspieszyć wysyłkę, proszę "
        "potwierdzić adres i opłacić ubezpieczenie paczki na stronie przewoźnika: "
        "https://inpost-ubezpieczenie.pl-odbior.net/form?id=33910. Bez tego paczkomat nie "
        "przyjmie przesyłki.\n\nZ poważaniem\nSprzedający",
        "Witam serdecznie,\n\nnie mam już tego modelu tutaj, ale na mojej stronie "
        "www.rowery-od-mariusza.pl jest jeszcze cała seria, także w kolorze czarnym. "
        "Proszę zamawiać przez formularz na stronie, wysyłam w 24 godziny.\n\nMariusz",
    ],
    "scam": [
        "Dzień dobry,\n\njestem kapitanem statku handlowego i obecnie przebywam na morzu, "
        "dlatego nie mogę odebrać przedmiotu osobiście. Mój agent przeleje Panu 5000 zł, "
        "czyli więcej niż cena. Różnicę 3200 zł proszę przesłać Western Union na dane "
        "agenta, który przyjedzie po towar. Sprawa jest pilna.\n\nCaptain Robert",
        "Szanowny Użytkowniku,\n\nTwoja transakcja została wstrzymana przez dział "
        "bezpieczeństwa. Aby odblokować wypłatę, musisz w ciągu 2 godzin wpłacić zwrotną "
        "opłatę weryfikacyjną 199 zł. Po tym czasie środki kupującego przepadną, a konto "
        "zostanie trwale usunięte.\n\nDział Weryfikacji Transakcji",
    ],
    "credentials_request": [
        "Cześć,\n\nchcę zapłacić, ale moja karta nie przechodzi. Zróbmy tak: zaraz dostaniesz "
        "ode mnie prośbę o kod, wygeneruj w aplikacji banku kod BLIK i podaj mi go tutaj, "
        "ja wtedy zapłacę za zamówienie, a tobie oddam gotówką przy odbiorze. Szybko "
        "proszę, bo kod ważny 2 minuty.\n\nDzięki",
        "Dzień dobry,\n\nz naszego systemu wynika, że nie potwierdził Pan danych do wypłaty. "
        "Proszę odpisać z nazwą banku, loginem i hasłem do bankowości internetowej oraz "
        "numerem PESEL. Po weryfikacji środki zostaną zaksięgowane automatycznie.\n\n"
        "Zespół Wypłat",
    ],
    "profanity": [
        "Słuchaj no,\n\nzamówiłem u ciebie buty w rozmiarze 43, przyszły 41 i jeszcze "
        "śmierdzą. Piszę trzeci raz i nic. Jesteś zwykłym chujem, a nie sprzedawcą. "
        "Zwracaj kasę, bo opiszę cię wszędzie, gdzie się da, ty pierdolony "
        "oszuście.\n\nAdam",
        "Dzień dobry,\n\nbardzo się starałam być miła, ale już nie mogę. Obiecał Pan "
        "wysyłkę w poniedziałek, jest piątek. Niech Pan się pierdolnie w ten pusty łeb i "
        "w końcu nada tę paczkę, bo mam dość tego kurewskiego cyrku.\n\nMonika",
    ],
}
