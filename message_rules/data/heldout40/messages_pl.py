# ruff: noqa: E501
"""Held-out set 40, Polish: pets, baby goods, books/vinyl/comics, games, bikes."""

import unicodedata

BLOCK = {
    "prohibited_item": [
        "Mam żółwie greckie z przemytu, bez CITES, 300 zł sztuka, nie pytaj skąd.",
        "szczeniaki york bez chipa i bez ksiazeczki, od znajomego ze wsi, 10 sztuk od reki, "
        "rodowodu nie bedzie",
        "Sprzedam pytona królewskiego i kameleona z odłowu, papierów brak, odbiór tylko "
        "wieczorem pod lasem.",
        "rower kradziony ale w super stanie, numer ramy zeszlifowany, 800 i jest twoj",
        "Mam klucze do gier z lewego źródła, Steam, 5 zł za klucz, jak zbanują to trudno.",
        "Przerobiona konsola Switch z wgranymi 200 piratami, tylko nie aktualizuj, bo się "
        "zablokuje.",
        "Lalki LOL podróbki z Chin, pudełka jak oryginał, sprzedajesz dalej jako oryginał i "
        "masz przebitkę.",
        "Replika ASG przerobiona na ostrą amunicję, strzela 9 mm, tylko dla zaufanych.",
        "Do paczki z komiksami mogę dorzucić trochę zielonego, 30 zł za gram, nikt nie "
        "sprawdza paczek z książkami.",
        "Papuga żako z odłowu, obrączki brak, dokumentów brak, ale cena dobra 1500.",
        "sprzedam konta steam z gierkami, z wycieku bazy, pelen dostep, 50 zl szt",
        "Mleko modyfikowane z kradzieży, całe palety Bebilon, bez paragonu, tanio.",
        "Mam też tabletki na odchudzanie z Tajlandii z sibutraminą, idą jak świeże bułki.",
        "Nóż sprężynowy i kastet w zestawie z plecakiem harcerskim, kto chętny?",
        "filmy na pendrive, 500 tytułów, nowości nagrane kamerą w kinie, 40 zł",
        "Szachy z prawdziwej kości słoniowej po dziadku, bez żadnych dokumentów, kupiec z "
        "zagranicy mile widziany.",
        "kon bez paszportu i bez czipa, papierow nie bedzie, 2 tys gotowka i zabierasz",
        "Dopalacze w saszetkach jako sól do kąpieli, wysyłam w pudełkach po klockach.",
        "Mam młode szczygły i makolągwy złapane w ogrodzie, śpiewają pięknie, 80 zł za ptaka.",
        "Pistolet hukowy przerobiony na ostrą, do tego amunicja, dyskretna wysyłka w "
        "pudełku po grze.",
    ],
    "off_platform": [
        "Zadzwoń do mnie: 6O1-234-567, dogadamy się bez prowizji.",
        "pisz na wasapa 512 345 678 to ci wysle filmiki szczeniakow i zrobimy bez portalu",
        "Mój numer: sześćset jeden, dwieście dwadzieścia dwa, trzysta trzydzieści trzy. "
        "Tylko SMS, tu nie odpisuję.",
        "Kupując bezpośrednio będzie taniej o 15%, napisz na jan.kowalski małpa gmail kropka com",
        "+48 698.112.443 – proszę o telefon, tam ustalimy przelew bezpośrednio na moje konto.",
        "Odezwij się na IG @hodowla_ragdoll_pl, wyślę więcej zdjęć i zrobimy to bez serwisu.",
        "Telegram: @rowery_krk, tam mam taniej, tutaj płacę prowizję.",
        "nie klikaj kup tylko zadzwoń 7 8 9 0 1 2 3 4 5",
        "daj maila to wysle fakture i zaplacisz mi na konto, bez tych oplat serwisu",
        "Zapraszam na Messengera, profil Hodowla Złota Łapa, tam ustalimy odbiór i płatność "
        "gotówką.",
        "Zamówię mailowo, podaj adres, to pogadamy poza serwisem.",
        "numer 5zero1 dwa3 4piec6 7osiem9 pisz smsa",
        "Mój numer to +48/601/777/312, dzwoń po 18, sprzedam pieska bez pośredników.",
        "Przejdźmy na Signala, tu mi wiadomości sprawdzają, a tam dogadamy cenę.",
        "napisz na discorda kuba_skiny4412 to oddam skina taniej bez marketu",
        "Wyślij mi swój numer, zadzwonię i umówimy się na gotówkę bez tej całej ochrony "
        "kupującego.",
        "anna punkt nowak (at) wp (kropka) pl – tam proszę pisać, tu rzadko zaglądam.",
        "Anuluj zamówienie, przelej mi bezpośrednio, wyślę kurierem na swój koszt i obaj "
        "oszczędzimy.",
        "Szukaj mnie na Vinted jako kowal_rowery_gdansk, tam to samo mam taniej.",
        "Numer telefonu dopisałem na zdjęciu nr 3 w ogłoszeniu, dzwoń, przez czat nie odpisuję.",
    ],
    "external_link": [
        "Więcej zdjęć szczeniąt tutaj: bit.ly/maltanczyki2026",
        "zobacz kolekcje winyli na www . winylownia-krakow . pl, tam taniej",
        "Klucze do gier po 10 zł: keyshop24 kropka pl",
        "Film z jazdy rowerem: https://tinyurl.com/rower-trek-film – pod filmem link do mojego "
        "sklepu.",
        "Hodowla ma stronę: hodowla-zlotalapa(kropka)com(slash)szczenieta, rezerwacja tylko tam.",
        "wejdz na t.me/tanie_konsole i kup tam",
        "Komiksy mam wystawione na vinted.pl/member/komiksowo – tam nie płacę prowizji.",
        "Ten sam fotelik jest taniej pod tym linkiem: amzn.to/3xYfot1",
        "Mam hurtownię: www.zabawki-hurt.pl – wpisz kod MARKET i zamawiaj u mnie.",
        "h t t p s : / / babyhurt . pl / wozki",
        "Rodowód i formularz rezerwacji z zaliczką: drive.google.com/file/d/1aBcDzz9Qp",
        "Rezerwacja szczeniaka tylko przez formularz: forms.gle/Rk8zP2mQ",
        "Pasza i suplementy dla koni taniej w moim sklepie: karmadlakoni . com . pl",
        "grupa na fb facebook.com/groups/rowerykrakowsprzedam, tam wystawiam wszystko taniej",
        "Aukcja na eBayu: ebay.com/itm/2345678901 – kup tam ode mnie, wyślę szybciej.",
        "wchodz na cutt.ly/skinyCS, skiny taniej niz na rynku steam",
        "Mam stronę www dot akwaria-mazury dot pl, zamówienia przyjmuję tylko tam.",
        "Aktualny cennik kociąt: tiny.cc/cennik-brytyjczyki",
        (
            "Proszę wejść na is.gd/dostawa_pl i potwierdzić dostawę, inaczej paczka wróci.",
            ["scam"],
        ),
        "zamawiaj na mojagra-sklep.pl – ten sam pad za 120 zł mniej",
    ],
    "scam": [
        "Szczeniak czeka, ale musi Pan wpłacić zadatek 800 zł przez Western Union, bo mam "
        "wielu chętnych. Hodowla jest w Kamerunie, wyślemy go samolotem.",
        "Transport psa kosztuje 450 zł za klatkę i ubezpieczenie, zwrotne po dostawie, proszę "
        "przelać do firmy przewozowej, dam dane.",
        "Przelałem za dużo, 1500 zamiast 500, proszę odesłać różnicę na konto mojego kuriera.",
        (
            "Twoja płatność została zablokowana. Aby ją odblokować, kliknij w link i potwierdź "
            "dane karty.",
            ["credentials_request"],
        ),
        "Paczka z wózkiem zatrzymana przez urząd celny, dopłać 129 zł cła, inaczej wraca do "
        "nadawcy.",
        "Zamiast sprzedawać rower zainwestuj ze mną w krypto DogeBreed, 300% w miesiąc, "
        "gwarantuję.",
        "Jestem na misji ONZ, syn odbierze konsolę przez DHL, zapłacę czekiem, proszę najpierw "
        "przesłać koszt wysyłki.",
        "Gratulacje! Wygrałeś PS5 w loterii serwisu, opłać tylko 9,99 zł za wysyłkę.",
        "Pański kot został zatrzymany na lotnisku, potrzebny certyfikat przeciw wściekliźnie "
        "za 1200 zł, płatne natychmiast, inaczej zwierzę trafi do schroniska.",
        (
            "Kupię od razu, zapłacę przez dostawę serwisu – dostaniesz link do odebrania "
            "pieniędzy, wpisz tam dane karty z kodem CVC.",
            ["credentials_request"],
        ),
        "dam ci karambita w cs za twojego motylka, tylko najpierw ty wysylasz, zaufaj mi brat, "
        "mam 500 pozytywow",
        "Jestem kurierem, paczka z książkami wymaga dopłaty 2,50 zł, zapłać w linku, który "
        "zaraz przyślę SMS-em.",
        "Wpłata za fotelik czeka na zatwierdzenie, musisz wpłacić 200 zł kaucji "
        "weryfikacyjnej, potem dostaniesz całość.",
        "Szczenięta doga ZA DARMO do dobrych rąk, płacisz tylko szczepienia i transport z "
        "Niemiec, 700 zł przedpłaty.",
        "Mam dla Pani voucher na 1000 zł do sklepu z zabawkami, wystarczy opłata aktywacyjna "
        "49 zł BLIKiem na mój numer.",
        "Twoje konto sprzedawcy zostanie zawieszone w ciągu 24h. Zweryfikuj tożsamość w "
        "formularzu, który przyślemy.",
        "Kuzyn z Anglii zapłaci, pieniądze przyjdą z banku w Lagos, zwróć mi 300 funtów "
        "różnicy przed wysyłką.",
        "kody do FIFA points 70% taniej, gwarantowane, platnosc tylko bitcoinem na portfel",
        "Wysłałem pieniądze, ale bank wymaga, żeby Pan opłacił podatek od transakcji 150 zł, "
        "zanim je dostanie.",
        "Przyjmuję tylko przedpłatę w Paysafecard, kod wyślij mi tutaj, wtedy nadam papugę.",
    ],
    "credentials_request": [
        "Podaj login i hasło do banku, sam sprawdzę, czy przelew doszedł.",
        "Wyślij mi kod BLIK, to odbiorę zapłatę za wózek.",
        "Potrzebuję numeru karty, daty ważności i trzech cyfr z tyłu, żeby zwrócić ci pieniądze.",
        "dej login i haslo do steama to przerzuce ci skiny, tak jest szybciej",
        "Przyjdzie Panu SMS z kodem, proszę mi go przepisać, to potwierdzenie dostawy.",
        "Podaj kod z aplikacji do weryfikacji dwuetapowej, bez tego nie przeniosę konta Fortnite.",
        "Prześlij zdjęcie dowodu z obu stron i karty płatniczej, dla bezpieczeństwa transakcji.",
        "Napisz mi numer karty i PIN, wpłacę zaliczkę za szczeniaka.",
        "jaki masz email i haslo do konta tutaj? zaloguje sie i sam zmienie adres wysylki",
        (
            "Podaj numer konta bankowego, przeleję bezpośrednio za rower i nie będzie prowizji.",
            ["off_platform"],
        ),
        "Kod CVC z karty jest potrzebny do zwrotu, bez tego nic nie zrobię.",
        "Daj dane do logowania na PSN, przeniosę gry na twoje konto.",
        "Przepisz mi kod, który dostałeś SMS-em z banku, blokada transakcji musi zostać zdjęta.",
        "daj login do ubisofta z rainbowem, sprawdze czy sa skiny i oddam",
        "Proszę podać login i hasło do bankowości internetowej, firma kurierska potrzebuje "
        "autoryzacji.",
        "podeslij zdjecie karty z obu stron, to wpisze sie jako odbiorca",
        "Wyślij hasło do Epic Games i kod 2FA, zrobię transfer konta na ciebie.",
        "Kod z Authenticatora Steam mi przepisz, bo wymiana się nie zatwierdzi.",
        "Podaj hasło do poczty, przyjdzie tam potwierdzenie z banku, ja to ogarnę.",
        "Ile masz kasy na koncie? Podaj login do aplikacji banku, sprawdzę czy cię stać na konia.",
    ],
    "profanity": [
        "Ty chuju, 200 zł za używany fotelik?",
        "spierdalaj z taka oferta",
        "Co za kurwa złodziej, rower wart 300, a on chce 2 tysiące.",
        "jestes debil czy udajesz? pisalem ze pies jest zarezerwowany",
        "Pierdolę tę transakcję i ciebie też.",
        "Znajdę cię i połamię ci nogi, zobaczysz.",
        "cwel jebany, nie wyslal gry",
        "Ty stara pizdo, nie będę się targował.",
        "zajebie cie jak jeszcze raz napiszesz",
        "Idź się jebać z tym swoim kundlem.",
        "ch*j ci w dupę, frajerze",
        "Głupia krowa, nie umie przeczytać opisu.",
        "k u r w a mać, ile można czekać na paczkę",
        "Ale z ciebie skurwysyn, dziecko płacze, bo zabawka przyszła zepsuta.",
        "pierdolony oszust, wiem gdzie mieszkasz i przyjade",
        "Spadaj debilu, nie sprzedam ci konsoli.",
        "Jesteś zwykłym ścierwem, hodowco od siedmiu boleści.",
        "morda w kubeł, gówno się znasz na winylach",
        "Ty pojebie, przecież pisałem rozmiar 56.",
        "Podpalę ci tę stajnię, jak nie oddasz pieniędzy.",
    ],
}

HAND = [
    # pets, breeders, horses, aquariums
    "Dzień dobry, czy szczeniak jest już zaszczepiony i odrobaczony?",
    "Czy piesek ma chip? Jeśli tak, proszę podać tylko, czy jest zarejestrowany w SAFE-ANIMAL.",
    "Numer chipa to 616093900123456, wpisałam go już do bazy, zmienimy właściciela przy odbiorze.",
    "Rodowód ZKwP nr PKR.IX-84512, matka ma wystawy z Poznania, ojciec z Krakowa.",
    "Kocięta ragdoll z hodowli zarejestrowanej w FIFe, odbiór po 13. tygodniu, z umową i "
    "książeczką.",
    "Czy mogę przyjechać w sobotę zobaczyć mamę szczeniąt? Jestem z Torunia, to ok. 2 godziny.",
    "Zadzwonię do swojego weterynarza i zapytam, czy ta karma jest dobra dla szczeniaka.",
    "Weterynarz powiedział, że przy tej rasie warto zrobić badanie bioderek, ma Pani wyniki "
    "rodziców?",
    "czy kotek jest przyzwyczajony do kuwety? mamy w domu juz jednego starszego kota",
    "Akwarium 112 l z pokrywą i filtrem kubełkowym, odbiór tylko osobisty w Gdyni, bo szkło.",
    "Ile waży zestaw akwariowy razem z szafką? Muszę wiedzieć, czy zmieszczę się w kombi.",
    "Siodło ujeżdżeniowe 17,5 cala, szerokość komory średnia, pasowało na wielkopolskiego "
    "wałacha.",
    "Czy czaprak jest w rozmiarze full? Mój koń ma 168 cm w kłębie.",
    "Ogłowie anatomiczne rozmiar cob, używane jeden sezon w stajni pod Wrocławiem.",
    "Kupiłam u Pani derkę i jest świetna, koń chodzi w niej cały tydzień. Dziękuję!",
    "Klatka dla świnek morskich 120 cm, z poidłem i domkiem, do odbioru w Lublinie.",
    "Czy terrarium ma certyfikowaną matę grzewczą? Chcę trzymać w nim gekona lamparciego z "
    "legalnej hodowli.",
    "Gekon ma dokument pochodzenia od hodowcy, nie podlega CITES, wszystko wysłałem w "
    "załączniku przez czat.",
    "Nie sprzedajemy zwierząt wysyłkowo. Odbiór osobisty, z umową kupna-sprzedaży.",
    "Szczepienie przeciw wściekliźnie było 12.09, wpis w paszporcie, pieczątka lecznicy.",
    "Paszport unijny dla psa jest, numer PL0123456 na pierwszej stronie, zdjęcie wrzuciłam.",
    "dzien dobry, czy ta buda jest ocieplana? mamy owczarka podhalanskiego i zime na podhalu",
    "Karma sucha 12 kg, data ważności 03/2027, worek nieotwierany, pies nie chciał jeść.",
    "Sprzedaję transporter dla kota, bo kot przeszedł na emeryturę i już nigdzie nie jeździ :)",
    "Czy obroża jest regulowana? Szyja mojego beagla ma 38 cm.",
    "Mam pytanie do hodowcy: ile szczeniaki jedzą dziennie i jaką karmą są karmione teraz?",
    "Odbiór szczeniaka możliwy po 8 tygodniu, wtedy dostanie Pan wyprawkę: karmę, kocyk, "
    "zabawkę z zapachem mamy.",
    "Uprzejmie informuję, że kocięta są już zarezerwowane. Kolejny miot planujemy na wiosnę.",
    "Pani Krystyno, czy Fredzio dobrze się czuje po podróży? Proszę dać znać, jak zaaklimatyzował "
    "się w nowym domu.",
    "Zadzwonię jutro do lecznicy w Bochni, bo tam był szczepiony, i poproszę o kopię karty.",
    "Filtr zewnętrzny do akwarium, wydajność 1000 l/h, sprawny, bez wkładów.",
    "Czy neonki są z Pani hodowli? Chciałabym 20 sztuk do akwarium 60 l.",
    "Krewetki Red Cherry 10 szt. za 40 zł, wysyłka w woreczku z tlenem w termoboksie przez serwis.",
    "W jakiej temperaturze trzymane są pielęgnice? Mam wodę z kranu w Krakowie, dość twardą.",
    "Toczek jeździecki rozmiar 55-57, z atestem VG1, nie był upadany.",
    "Sztyblety i czapsy dla dziecka, rozmiar 33, córka wyrosła po jednym sezonie w klubie.",
    "Czy mogę przymierzyć siodło na koniu? Stajnia jest w Zakrzewie, przyjadę z przyczepą po "
    "południu.",
    "kon sie nazywa Bursztyn, ma 9 lat, chodzi pod siodlem i w zaprzegu, paszport i chip sa",
    "Klacz ma paszport PZHK i chip, numer UELN 616001230456789, dokumenty do wglądu na miejscu.",
    "Pies jest po kastracji, co potwierdzi lecznica w Opolu, mam fakturę.",
    "Czy kot był testowany na FIV/FeLV? Chcę go połączyć z moją kotką.",
    "Hodowla należy do Związku Kynologicznego, numer przydomka 1234, wszystko sprawdzisz na "
    "stronie związku.",
    "szczeniaczek jest sliczny! czy moge przyjechac z dziecmi, zeby go poznaly?",
    "Nie wydam zwierzaka bez umowy adopcyjnej, proszę zrozumieć, to dla jego dobra.",
    "Poprosiłam sąsiada, żeby podjechał po karmę, bo sama nie dam rady dźwignąć 20 kg.",
    "Czy chomik jest samcem czy samiczką? Syn chce dać mu na imię Pikachu.",
    "Zadzwoniłam do schroniska w Chorzowie, mówią, że taką klatkę by przyjęli jako dar, więc "
    "może Pani ją po prostu oddać?",
    "Wysyłka karmy paczkomatem przez serwis, numer przesyłki pojawi się w zamówieniu.",
    "Kurier odbierze akwarium w palecie w czwartek, proszę być w domu między 9 a 15.",
    "Smycz automatyczna 8 m, do 50 kg, działa, tylko rączka trochę porysowana.",
    "Dzień dobry, czy papuga ma obrączkę zamkniętą i dokument z hodowli? Pytam, bo chcę "
    "zarejestrować ją w starostwie.",
    "Papużki faliste z mojej hodowli, obrączkowane, 60 zł para, odbiór Kielce.",
    "Przepraszam za zwłokę, byłam z psem u weterynarza, odpiszę wieczorem.",
    "Ile kosztuje szczeniak bez rodowodu? Bo w ogłoszeniu jest tylko cena z rodowodem.",
    "To niemożliwe, szczeniak bez rodowodu nie może być sprzedawany jako rasowy, proszę nie "
    "nalegać.",
    "Psy rasy amstaff sprzedajemy tylko osobom pełnoletnim, po podpisaniu umowy.",
    "Nie, jeża z lasu nie można sprzedać ani kupić. Proszę zadzwonić do ośrodka dla dzikich "
    "zwierząt w Przemyślu.",
    "Pytała Pani, czy można sprzedać tu żółwia błotnego – nie, to gatunek chroniony, ogłoszenie "
    "zgłosiłam do moderacji.",
    "Koń jest po przeglądzie dentystycznym i kowalu w zeszłym tygodniu, rachunki mam.",
    "Waga szczeniaka w 8 tygodniu: 4,2 kg, mama waży 28 kg.",
    # baby and kids
    "Wózek Bebetto 3w1, gondola plus spacerówka plus fotelik, kolor grafit, z torbą.",
    "Czy fotelik nie był w wypadku? Pytam, bo to dla mnie najważniejsze.",
    "Fotelik nie miał wypadku, kupiony nowy w sklepie w Łodzi, paragon i numer seryjny "
    "na naklejce.",
    "Numer seryjny fotelika: 1203-4455-78, norma R129, data produkcji 05/2024.",
    "Isofix działa, ale baza ma rysy z boku. Zdjęcia dorzucę wieczorem.",
    "czy wozek sie sklada jedna reka? mieszkam na 3 pietrze bez windy",
    "Mleko modyfikowane, 4 puszki, nieotwarte, data ważności 08/2027, dziecko okazało się "
    "alergikiem.",
    "Przepraszam, czy mleko nadal aktualne? Mogę odebrać dziś w Rzeszowie po pracy.",
    "Łóżeczko drewniane 120x60 z materacem kokosowym, rozbierane, odbiór Gliwice.",
    "Body i śpioszki rozmiar 62, paczka 20 sztuk, po jednym dziecku, prane w delikatnym proszku.",
    "Czy nosidełko jest ergonomiczne? Położna kazała szukać takiego z szerokim panelem.",
    "Lego Duplo farma, komplet z instrukcją, wszystkie klocki policzone.",
    "Lego Technic 42115, oryginał, kompletny, numery woreczków zgadzają się z instrukcją.",
    "Czy klocki są oryginalne Lego? Syn zbiera, więc zamienniki nas nie interesują.",
    "Tak, oryginalne, na każdym klocku jest napis LEGO, mogę zrobić zdjęcie w zbliżeniu.",
    "Laktator elektryczny Medela, części wyparzane, nowe końcówki dokupione.",
    "Rowerek biegowy dla dziecka 2-4 lata, koła pompowane, hamulec ręczny.",
    "Zabawki drewniane, kuchnia i zestaw garnków, mąż zrobił nam regał, więc kuchnia musi "
    "zniknąć.",
    "Mata edukacyjna z pałąkiem, grająca, baterie nowe, trochę zabawek dorzucę gratis.",
    "Proszę wysłać wózek przez kuriera z serwisu, zapłacę w zamówieniu, zwykła wysyłka "
    "gabarytowa.",
    "Czy cena 450 zł za wózek jest do negocjacji? Mogę zapłacić dziś przez serwis.",
    "Mogę zejść do 400 zł, jeśli odbierze Pani osobiście w Katowicach.",
    "Zestaw butelek Avent, 6 sztuk, smoczki na 0-3 m, wyparzone, bez pęknięć.",
    "Kojec składany, wjedzie do samochodu, idealny na wyjazd do babci.",
    "wanienka z termometrem i stojakiem, odbior Bialystok, dzis po 17",
    "Nianię elektroniczną sprawdzałam wczoraj, zasięg przez dwa piętra domu jest OK.",
    "Czy fotelik pasuje do Skody Fabii 2012? Nie mam w niej isofixa.",
    "Ten model montuje się pasami, więc w Fabii będzie dobrze. Instrukcja jest w kieszonce.",
    "Kombinezon zimowy 86, różowy, z odpinanymi rękawiczkami, stan bardzo dobry.",
    "Zestaw puzzli Trefl 6 pudełek, wszystkie kompletne, sprawdzałam z córką dwa wieczory.",
    "Dzień dobry, jestem babcią i kupuję wnukowi pierwszy rowerek. Czy 14 cali to dobry "
    "rozmiar dla czterolatka?",
    "Na wzrost ok. 100-110 cm 14 cali powinno pasować, ale najlepiej przymierzyć przy odbiorze.",
    "Lalka Barbie z lat 90., oryginalna, z pudełkiem, kolekcjonerska.",
    "Gra planszowa Pędzące Żółwie dla dzieci, kompletna, pudełko trochę przetarte.",
    "Hulajnoga dziecięca z regulacją kierownicy, świecące kółka działają.",
    "czy kocyk byl prany? corka ma atopowe zapalenie skory",
    "Krzesełko do karmienia, blat zdejmowany, pasy pięciopunktowe.",
    "Nie mogę przyjąć płatności gotówką za pośrednictwem sąsiadki, wolę przez serwis, bo mam "
    "ochronę kupującego.",
    "Sprzedaję wszystko z pokoju synka, bo przeprowadzamy się do Wrocławia. Pytajcie o zestawy.",
    # books, vinyl, films, comics
    "Książka w stanie bardzo dobrym, ISBN 978-83-240-5678-1, wydanie drugie, Znak 2019.",
    "Czy to pierwsze wydanie Wiedźmina z SuperNowej? Proszę o zdjęcie strony redakcyjnej.",
    "ISBN 83-7054-021-8, SuperNowa 1990, okładka przetarta, ale środek czysty.",
    "Winyl Czesław Niemen Enigmatic, Polskie Nagrania XL 0560, płyta VG+, okładka VG.",
    "Czy płyta trzeszczy? Mam gramofon Unitra i chcę to sprawdzić przed zakupem.",
    "Płyta była myta na maszynie, słuchałem jej w zeszłym tygodniu, trzaski minimalne na "
    "pierwszym utworze strony B.",
    "Numer matrycy w runoucie to SX 1234-A, to pierwsze tłoczenie.",
    "komiksy Kajko i Kokosz, 12 zeszytow, kilka z pierwszych wydan, cena za komplet",
    "Tytus, Romek i A'Tomek, księga XV, wydanie z 1987, bez wpisów.",
    "Czy mogę kupić tylko tom 3 i 5 z Thorgala? Reszta już mam.",
    "Wysyłam książki w kartonie przez serwis, zawsze zabezpieczam folią bąbelkową.",
    "Film DVD Kiler, wydanie z gazetą, płyta bez rys.",
    "Kolekcja Blu-ray Władcy Pierścieni, wersja rozszerzona, pudełka bez pęknięć.",
    "Kaseta VHS Misiek Uszatek, oryginalna, z naklejką dystrybutora.",
    "Czy te płyty CD są oryginałami? Widzę tylko zdjęcie okładek.",
    "Tak, wszystkie oryginalne, książeczki w środku, kod kreskowy na tylnej okładce.",
    "Podręczniki do 3 klasy liceum, Nowa Era, matematyka rozszerzona, bez zapisków.",
    "Atlas ptaków Polski, twarda oprawa, idealny dla dziecka, które lubi lornetkę.",
    "Mam też Harry'ego Pottera komplet 7 tomów w twardej oprawie, mogę dołożyć do zamówienia.",
    "Płyta Kult Spokojnie, reedycja z 2015, zafoliowana.",
    "czy masz moze jeszcze cos z Republiki na winylu? zbieram polski rock",
    "Mam też Republikę Nowe Sytuacje, ale okładka jest zalana, stąd niższa cena – 60 zł.",
    "Przepraszam, wystawiłem zły rok wydania. Poprawne: 1983, nie 1981.",
    "Komiks Batman Rok Pierwszy, Egmont, wydanie zbiorcze, stan jak nowy.",
    "Manga Naruto tomy 1-20, Japonica Polonica Fantastica, grzbiety proste.",
    "Proszę zapakować książki osobno, to prezent dla córki i dla syna.",
    "Książki mogę wysłać razem, zapłaci Pan jedną przesyłkę przez koszyk.",
    "Stare wydanie Pana Tadeusza z 1925, z pieczątką biblioteki szkolnej. Uczciwie piszę, "
    "bo niektórzy pytają.",
    "Gramofon Unitra G-602, igła nowa, pasek wymieniony u serwisanta w Tarnowie.",
    "Czy wzmacniacz jest sprawny na obu kanałach? Sprawdzałem w sklepie z winylami na "
    "Kazimierzu, grał.",
    "Wysłałem numer przesyłki w wiadomości z zamówienia, płyta powinna być jutro.",
    "Kolekcja Kaczora Donalda z lat 90., 80 zeszytów w segregatorach, dla kolekcjonera.",
    "Mam numery 1-40 bez 17 i 23, zaznaczyłem w opisie, żeby nie było niespodzianek.",
    "Plakat filmowy Seksmisja, oryginał z 1984, składany, stan widoczny na zdjęciach.",
    # games, consoles, keys, accounts
    "Konsola PS4 Slim 500 GB, dwa pady, oficjalne oprogramowanie, bez przeróbek.",
    "Numer seryjny konsoli: CUH-2216A 01-27452103, możesz sprawdzić gwarancję.",
    "czy pad dryfuje? bo mialem juz jeden taki i lewy grzybek chodzil sam",
    "Nie dryfuje, wymieniłem oba potencjometry w serwisie w Bydgoszczy, mam rachunek.",
    "Klucz do gry jest w zestawie z kartą graficzną, wyślę go po zakupie przez wiadomość "
    "w zamówieniu, jest nieużyty.",
    "Gra Wiedźmin 3 na PS5, wersja pudełkowa, płyta bez rys, z mapą.",
    "Wszystkie gry oryginalne, pudełkowe, na zdjęciu widać hologramy.",
    "Switch OLED, biały, oryginalny, z pudełkiem i paragonem z Media Expert.",
    "Czy Switch był przerabiany? Nie chcę konsoli z piratami, dziecko będzie grać online.",
    "Nie, czysta konsola, aktualny system, konto Nintendo usunę przy wysyłce.",
    "Konto na tym serwisie mam od 2015, 300 pozytywnych ocen, możesz zajrzeć.",
    "Kod rabatowy WIOSNA10 z serwisu działa też na gry? Chciałem kupić dwie.",
    "Sklep serwisu ma promocję na konsole, więc sprawdź, czy moja cena nadal ma sens.",
    "Zamiana? Dam FIFA 23 i Gran Turismo za Spider-Mana 2, dopłata 20 zł przez serwis.",
    "gierka jest na dysku ale zapis postaci zostawie jak chcesz, nie ma problemu",
    "Mam Xboxa Series S, 512 GB, pad, kabel, pudełko, odbiór Kraków Nowa Huta.",
    "Pytanie do ogłoszenia: czy PS5 ma napęd, czy to wersja digital?",
    "Wersja z napędem, model CFI-1216A. Plus stacja ładująca do padów.",
    "GameBoy Color z Pokemon Yellow, bateria zapisu wymieniona, gra oryginalna, sprawdziłem PCB.",
    "Czy kartridż N64 jest oryginalny? Na zdjęciu etykieta wygląda dziwnie.",
    "Etykieta jest wytarta, ale płytka ma oznaczenie Nintendo i datę 1998, dorzucę zdjęcie "
    "środka.",
    "Pegasus z 168 gier w jednym – wiem, że to nie oryginał, wystawiam jako ciekawostkę z "
    "dzieciństwa? Czy mogę to tu sprzedać?",
    "Niestety nie, te kartridże wielogrowe to pirackie kopie, serwis na to nie pozwala. "
    "Sprzedaj samą konsolę i pady.",
    "nie sprzedam ci konta z gry, to wbrew regulaminowi gry i tego serwisu, moge sprzedac "
    "sama konsole",
    "Karta podarunkowa PlayStation 100 zł, kupiona w Empiku, nie pasuje synowi, kod nieodkryty, "
    "wyślę kartę fizycznie.",
    "Steam Deck 512 GB, etui, szkło, stan idealny, gwarancja do marca.",
    "Czy mogę zobaczyć, jak chodzi na nim Cyberpunk? Przyjadę z synem na dworzec w Poznaniu.",
    "Myszka Logitech G Pro, bez pudełka, ślizgacze nowe.",
    "Mam sprawdzone 240 Hz na monitorze, wyślę filmik z ustawień przez czat.",
    "Słuchawki HyperX Cloud II, mikrofon odpinany, gąbki wymienione.",
    "Kierownica Logitech G29 z pedałami, do PS i PC, stoi w pudle, bo nie mam czasu grać.",
    "Figurka Amiibo Link, zamknięta w pudełku, dla kolekcjonera.",
    "Kolekcjonerka Diablo IV bez gry, kod był użyty, sprzedaję samą zawartość pudełka.",
    "Proszę o wysyłkę paczkomatem, opłacę od razu w zamówieniu.",
    "gg, dzieki za szybka wysylke, konsola smiga",
    "Zamówienie nr 2026/11/48213, czy jest już nadane? Dziecko czeka na prezent.",
    "Tak, nadane dziś, numer śledzenia masz w zamówieniu, jutro powinno być.",
    "Czy mogę zapłacić przy odbiorze? Nie mam karty, tylko konto w banku.",
    "Serwis ma płatność przy odbiorze dla tej oferty, wybierz ją w koszyku.",
    # bikes and sport
    "Rower Kross Level 3.0, rama L, numer ramy WTU123456789, mam fakturę z 2022.",
    "Czy rower jest zarejestrowany w bazie rowerów w Krakowie? Chcę sprawdzić numer ramy.",
    "Oczywiście, numer ramy podałem w opisie, można sprawdzić w policyjnej bazie, rower czysty.",
    "Hamulce tarczowe hydrauliczne, klocki nowe, przerzutka Deore 12 rzędów.",
    "Czy rower był serwisowany? Słyszałem, że łańcuch trzeba wymienić co 2000 km.",
    "Łańcuch wymieniony w sierpniu w serwisie na Mokotowie, przebieg po tym ok. 800 km.",
    "rowerek dzieciecy 20 cali, szprychy proste, opony prawie nowe",
    "Kask Giro rozmiar M, nie miał upadku, naklejka z datą produkcji 2024.",
    "Narty Rossignol 160 cm z wiązaniami, wiązania ustawione na but 305 mm.",
    "Buty narciarskie 27,5, flex 100, po jednym sezonie w Białce.",
    "Deska snowboardowa 152 cm, wiązania Burton M, smarowana w Zakopanem przed sprzedażą.",
    "Piłka meczowa Adidas, podpisana przez drużynę Wisły Płock, z certyfikatem klubu.",
    "Rolki dziecięce regulowane 30-33, z ochraniaczami i kaskiem w komplecie.",
    "Hantle regulowane 2x20 kg, ciężkie, więc wysyłka tylko kurierem przez serwis.",
    "Rower szosowy Merida Scultura, rama 54, waga 8,9 kg, koła karbonowe.",
    "Czy mogę zrobić jazdę próbną na osiedlu? Zostawię dowód osobisty w zastaw na czas jazdy.",
    "Jazda próbna jak najbardziej, dowodu nie trzeba, wystarczy, że zostawi Pan kluczyki od "
    "auta :)",
    "Rower elektryczny, bateria 500 Wh, zasięg około 80 km, ładowarka oryginalna.",
    "Licznik pokazuje 3412 km, zdjęcie wyświetlacza jest w ogłoszeniu.",
    "Fotelik rowerowy dla dziecka na tylny bagażnik, do 22 kg, pasy działają.",
    "Ergometr wioślarski Concept2, model D, monitor PM5, stoi w garażu w Sopocie.",
    "czy przyczepka rowerowa jest dla 1 czy 2 dzieci? i czy ma amortyzacje?",
    "Sprzedaję kolarzówkę taty, trochę się kurzy, ale jeździła co niedzielę do Kazimierza.",
    "Namiot 3-osobowy, tropik bez dziur, śledzie wszystkie, rozstawiałem w Bieszczadach.",
    "Wędka spinningowa 2,7 m z kołowrotkiem, odbiór przy stawie w Goczałkowicach albo wysyłka.",
    "Rękawice bokserskie 12 oz, Everlast, używane w klubie w Łodzi przez pół roku.",
    "Kijki trekkingowe, regulowane, węglowe, jeden grot trochę wytarty.",
    "Hulajnoga elektryczna Xiaomi, przebieg 1200 km, opony pełne, bez przeróbek prędkości.",
    "Czy rower był kupiony w Polsce? Pytam o gwarancję ramy.",
    "Kupiony w sklepie Decathlon w Gdańsku, paragon mam, gwarancja dożywotnia na ramę.",
    # payments, couriers, calls, marketplace itself
    "Zapłaciłam przez serwis, proszę potwierdzić, że pieniądze są zablokowane do czasu odbioru.",
    "Środki są u operatora płatności, dostanę je po Pani potwierdzeniu odbioru – tak działa "
    "ochrona.",
    "Zadzwonię do InPostu, bo paczkomat pokazuje, że skrytka jest uszkodzona.",
    "Paczka utknęła w sortowni w Strykowie, kurier mówi, że jutro dowiezie.",
    "Status przesyłki: w doręczeniu. Śledzenie: inpost.pl/sledzenie-przesylek?number="
    "612345678901234567890123",
    "Pod numerem przesyłki 00340434161234567890 widać, że paczka jest już w Poznaniu.",
    "Cena 1 299,00 zł z wysyłką, bez możliwości odbioru osobistego, bo mieszkam za granicą.",
    "Mogę dopłacić 15 zł za dodatkowe zabezpieczenie, tylko dodaj to do zamówienia.",
    "Na moim koncie w serwisie widzę, że zamówienie jest opłacone, dziękuję!",
    "Wystawiłem fakturę VAT w systemie serwisu, powinna być w zakładce Zamówienia.",
    "Mam kod rabatowy od serwisu na darmową dostawę, czy mogę go użyć przy tej aukcji?",
    "Czy mogę zapłacić BLIKiem w koszyku? Nie widzę tej opcji.",
    "BLIK jest w koszyku przy płatności, po wybraniu paczkomatu.",
    "Kupiłem przez przycisk Kup teraz, teraz czekam na potwierdzenie.",
    "Zwrot pieniędzy zlecony w zamówieniu, powinien wrócić na kartę w 3-5 dni roboczych.",
    "Link do mojej oferty w serwisie znajdziesz na moim profilu, zakładka Inne przedmioty "
    "sprzedającego.",
    "Dodałem zdjęcia pudełka do oferty, odśwież stronę ogłoszenia.",
    "Numer zamówienia 48213-PL, numer reklamacji R-2026-0415.",
    "Cena: 85,50 zł za sztukę, 150 zł za dwie.",
    "Wysłałem zapytanie do obsługi serwisu, czy mogę sprzedawać karmę otwartą. Odpisali, że "
    "nie, więc oferuję tylko zamknięte worki.",
    "Zapytam męża i oddzwonię do Pani... to znaczy odpiszę tutaj, przepraszam, przyzwyczajenie :)",
    "Pan z serwisu rowerowego dzwonił, że części przyjdą w czwartek, wtedy wystawię rower.",
    # scam warnings, refusals, complaints quoting insults
    "Dostałem wiadomość: 'podaj kod BLIK, to odbiorę płatność' – oczywiście nie podałem i "
    "zgłosiłem to.",
    "Ktoś mi napisał, że muszę zapłacić za transport psa z Kamerunu. To oszustwo, uważajcie.",
    "Nie wyślę żadnego kodu z SMS-a, płatność tylko przez serwis, tak jak w ofercie.",
    "Pani pisze, żebym kliknęła w link do odebrania pieniędzy – nie kliknę, kupujący płaci w "
    "koszyku, a ja dostaję pieniądze automatycznie.",
    "Proszę nie przesyłać mi numeru telefonu, rozmawiajmy tutaj, tak jest bezpieczniej dla nas "
    "obu.",
    "Nie przeleję zaliczki poza serwisem, przykro mi. Jeśli szczeniak jest dostępny, proszę "
    "wystawić go normalnie.",
    "Hodowca prosił o zadatek na Western Union, zrezygnowałam i zgłosiłam ogłoszenie.",
    "Kupujący napisał mi 'ty debilu', gdy odmówiłem zniżki. Zgłaszam tę wiadomość do moderacji.",
    "Jeśli paczka nie dotrze do piątku, złożę reklamację i wystawię negatywną ocenę.",
    "Zgłoszę to do serwisu, bo opis nie zgadza się ze stanem, wózek ma pęknięty stelaż.",
    "Zostawię opinię zgodną z prawdą – rower był brudny i miał luzy na sterach.",
    "Uprzedzam: jeśli nie zwróci Pan pieniędzy, sprawa trafi do rzecznika konsumentów.",
    "Ktoś chce ode mnie login i hasło do Steama 'do wymiany'. Nie dam, wymiana tylko w oknie "
    "wymiany Steama.",
    "Ostrzegam innych rodziców: ktoś podaje się za kuriera i każe dopłacić 2 zł w linku. "
    "To fałszywka.",
    "Otrzymałam informację, że moja płatność jest zablokowana i mam kliknąć link. Zignorowałam, "
    "w serwisie wszystko jest w porządku.",
    "Kupujący pytał, czy może zapłacić czekiem z zagranicy i przysłać nadwyżkę. Odmówiłam.",
    "Nie sprzedam papugi bez dokumentów, nawet za wyższą cenę. Proszę szukać w legalnej hodowli.",
    "Nie mam i nie będę mieć kluczy z szarego rynku, sprzedaję tylko nieużyte kody z pudełek.",
    "Pytasz, czy można tu sprzedać ASG po przeróbce – nie, a tym bardziej przeróbkę na ostrą, "
    "to przestępstwo.",
    "Ten człowiek napisał, że 'wie, gdzie mieszkam'. Zgłosiłem wiadomość i dzwonię na policję.",
    "Nie daję numeru telefonu, wszystko ustalimy w czacie, odpisuję szybko.",
    "Dostałem e-mail rzekomo od serwisu, że muszę zweryfikować konto. Adres nadawcy był dziwny, "
    "usunąłem.",
    "Nie płacę żadnego cła za przesyłkę krajową, to oszustwo. Paczka jedzie z Radomia.",
    "Ktoś obiecywał 300% zysku z krypto zamiast płacić za rower. Zablokowałem.",
    "Napisał do mnie 'frajerze, nie wyślę', a potem zniknął. Dołączam zrzut ekranu do zgłoszenia.",
    "Sprzedawca nie odpowiada od tygodnia, otworzyłem spór w serwisie.",
    # no-diacritics phone typing
    "dzien dobry, czy wozek jest jeszcze dostepny? moge odebrac jutro w Poznaniu",
    "prosze o wiecej zdjec klatki od spodu, czy nie ma rdzy",
    "czy piesek jest juz po pierwszym szczepieniu? i kiedy drugie?",
    "mam 2 dzieci i kota, czy szczeniak dobrze znosi koty?",
    "ile za komplet komiksow z wysylka do Szczecina?",
    "zaplace dzis wieczorem przez serwis, mozna wyslac jutro rano?",
    "czy ta gra ma polska wersje jezykowa? syn nie zna angielskiego",
    "tak, jest pelna polska wersja, dubbing i napisy",
    "rower jest po wymianie kasety i lancucha, jezdzi cicho",
    "czy siodlo ma jakies otarcia na tybince? prosze o zdjecie",
    "dzieki, paczka doszla cala, kotek juz bawi sie wedka z piorkami",
    "fotelik odbiore w sobote w Olsztynie, pasuje 11?",
    "nie mam paczkomatu w poblizu, moze byc kurier do domu?",
    "jak z terminem waznosci tej karmy? widze ze zostal rok",
    "prosze o numer zamowienia, bo nie widze panstwa wplaty w historii",
    "czy akwarium jest szczelne? stalo z woda w ostatnim tygodniu?",
    "stalo z woda caly miesiac, zero wyciekow, silikon nowy",
    "siema, konsola jeszcze jest? ile najnizej?",
    "1400 ostatnia, taniej nie zejde bo nowa kosztuje 2100",
    "moge podjechac po winyle w przerwie w pracy, bede kolo 13 na Ochocie",
    "czy lalki sa kompletne z ubrankami? corka zbiera",
    "wszystkie z ubrankami i butami, tylko jednej brakuje torebki",
    "pedigree numer w opisie to numer rodowodu, nie telefon, zeby nie bylo nieporozumien",
    "czy moge zaplacic raty przez serwis? widze opcje w koszyku",
    "kon jest spokojny przy ruchu ulicznym? bede jezdzic w terenie",
    "spokojny, jezdzimy po drodze do Kozienic co tydzien",
    "rowerek ma dzwonek? maly uwielbia dzwonic :)",
    "przepraszam ze tak pozno odpisuje, dziecko chore, jutro wysle",
    "zdrowia dla malego, nic sie nie dzieje, poczekam",
    "czy ten kask jest z homologacja CE? do szkolki rowerowej wymagaja",
    "tak, EN 1078, naklejka w srodku",
    "wysylka jutro, zapakuje ksiazki w dwa kartony zeby sie nie pogniotly",
    "czy klatka zmiesci sie w paczke gabarytowa? ma 120 cm dlugosci",
    "zadzwonie do kuriera i zapytam o wymiary, dam znac tu w czacie",
    "gre dostalem, kod z pudelka dziala, wszystko ok, polecam",
    "czy to wydanie ma obwolute? bo na zdjeciu jej nie widze",
    "obwoluta jest, tylko zdjalem do zdjecia zeby pokazac grzbiet",
    "mam pytanie czy rower mial wymieniana rame? bo numer na ramie inny niz w opisie",
    "pomylka w opisie, prawidlowy numer ramy to WSBC602123456, juz poprawilem",
    "Kot ma chip 900 164 000 987 654 i paszport, przy zmianie właściciela wpiszemy Pani dane "
    "w lecznicy.",
    "Rodowód FPL nr 0123/2026, dokumenty przekażę przy odbiorze w Bytomiu.",
    "Płyta ma numer katalogowy SX 2233 i kod kreskowy 5 907 783 412 345, to reedycja, nie oryginał.",
    "Pytałem w Klubie Miłośników Owczarka Niemieckiego w Zielonej Górze, hodowla jest tam "
    "zarejestrowana, wszystko się zgadza.",
    "Proszę się nie obrazić, ale wolę zapłacić przez serwis niż przelewem. Zawsze tak kupuję.",
    "Czy w cenie jest torba na wózek i śpiworek? W ogłoszeniu jest napisane, że tak.",
    "Wagi w opisie: wózek 11,8 kg, stelaż 7 kg, gondola 4,8 kg.",
    "Gram w Minecrafta z synem, konto jest jego i zostaje jego – sprzedaję tylko laptopa.",
    "Synek pyta, czy może sprzedać swoje konto w Fortnite. Wytłumaczyłam mu, że nie, regulamin "
    "gry i serwisu na to nie pozwala.",
    "Komplet naklejek Panini do albumu Mundial, brakuje 4 naklejek, numery w opisie: 112, 245, "
    "301, 388.",
    "Przejazd próbny konia zrobimy na ujeżdżalni w Łącku, instruktor będzie na miejscu.",
    "Zamówiłem kuriera na 10:00, paczka z fotelikiem już zapakowana i oklejona.",
    "Mój numer klienta w serwisie jest w profilu, jeśli obsługa będzie pytać o reklamację.",
    "Kod na grę jest w pudełku na kartce, nieodrapany. Nie wysyłam go wiadomością, po prostu "
    "dostaniesz pudełko.",
    "Gdyby coś było nie tak z rowerem, proszę pisać tu, w zamówieniu, rozwiążemy to.",
    "Jestem emerytką i nie znam się na tych komputerach, wnuczek wystawił mi ogłoszenie. Czy "
    "ktoś już kupił te książki kucharskie?",
]


def _plain(text):
    """The same text typed on a phone without diacritics (ł and Ł mapped by hand)."""
    text = unicodedata.normalize("NFD", text.replace("ł", "l").replace("Ł", "L"))
    return "".join(c for c in text if not unicodedata.combining(c))


# Every fifth hand-written line and every sixth block text (from the third on) lose
# their diacritics in place, on top of those written without them.
HAND = [_plain(t) if i % 5 == 2 else t for i, t in enumerate(HAND)]
BLOCK = {
    cat: [
        (_plain(it) if isinstance(it, str) else (_plain(it[0]), it[1])) if i % 6 == 2 else it
        for i, it in enumerate(items)
    ]
    for cat, items in BLOCK.items()
}

_ITEMS = [
    "wózek Cybex",
    "fotelik Maxi-Cosi",
    "akwarium 60 l",
    "siodło skokowe",
    "klatkę dla królika",
    "komplet Harry'ego Pottera",
    "płytę Perfectu",
    "grę FIFA 24",
    "PS4 Pro",
    "rower Kross Hexagon",
    "kask Uvex",
    "łóżeczko turystyczne",
    "legowisko dla psa XL",
    "komiksy Asteriks",
    "narty Atomic",
]
_CITIES = [
    "Krakowie",
    "Gdańsku",
    "Lublinie",
    "Wrocławiu",
    "Poznaniu",
    "Łodzi",
    "Rzeszowie",
    "Szczecinie",
    "Opolu",
]
_TEMPLATES = [
    "Dzień dobry, chcę kupić {item}, czy oferta jest aktualna? Mogę odebrać w {city}.",
    "Biorę {item}, zapłacę przez serwis i poproszę o wysyłkę do {city}.",
    "czy {item} da sie odebrac osobiscie w {city}? zaplace w serwisie",
    "Ile wyniesie wysyłka za {item}? Mieszkam w {city}, wolę kuriera niż paczkomat.",
    "Zamówienie nr {n} (kupiłam {item}) – kiedy będzie nadane?",
    "Cena za {item} to {price} zł, mogę trochę zejść przy szybkim zakupie w serwisie.",
    "Chodzi mi o {item}: czy są wady, których nie widać na zdjęciach?",
    "Dziękuję za {item}, wszystko zgodne z opisem, ocena wystawiona.",
]
TEMPLATED = [
    t.format(
        item=item,
        city=_CITIES[(i + j) % len(_CITIES)],
        n=f"PL-{48200 + 37 * i + 5 * j}",
        price=90 + 35 * i + 10 * j,
    )
    for j, t in enumerate(_TEMPLATES)
    for i, item in enumerate(_ITEMS)
]

ALLOW = HAND + TEMPLATED
