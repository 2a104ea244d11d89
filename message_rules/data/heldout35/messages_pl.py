# ruff: noqa: E501
# Held-out set 35, Polish: relayed e-mail (signatures, quotes, auto-replies, pasted orders).

BLOCK = {
    "prohibited_item": [
        "Dzień dobry,\nmamy na stanie 40 sztuk iPhone 15 z odzysku, bez pudełek, pochodzenie proszę nie pytać, dlatego cena 1200 zł za sztukę.\nPozdrawiam\nMarek Zieliński\nKierownik sprzedaży\nZielTech Hurt",
        "Witam,\ndo zamówienia mogę dorzucić tabletki na odchudzanie z Tajlandii, u nas w aptece bez recepty nie dostanie.\n\nWysłane z mojego telefonu",
        "Szanowni Państwo,\nw ofercie posiadamy repliki zegarków Rolex Submariner klasy AAA, nieodróżnialne od oryginału. Cena hurtowa 650 zł.\nZ poważaniem\nDział Handlowy",
        "Czesc,\nmam tez pistolet gazowy przerobiony na ostra amunicje, bez pozwolenia, jak chcesz to dorzuce do paczki.\nNara",
        "Dzień dobry,\nsprzedam kilka paczek papierosów bez akcyzy z Białorusi, karton 110 zł, wysyłka w paczce z ubraniami.\nPozdrawiam, Kasia",
        "> Czy ma Pan coś na sen?\n\nMam Xanax 2 mg, listek 10 szt. 150 zł, bez recepty, dyskretnie w kopercie.",
        "Witam serdecznie,\nwykonujemy dyplomy ukończenia studiów i świadectwa na oryginalnym druku, z hologramem. Termin 7 dni.\n--\nBiuro Dokumentów",
        "Dzien dobry,\nmam Windows 11 Pro z aktywatorem KMS i pakiet Office crackowany, na pendrivie za 40 zl.\nPozdrawiam\nTomek",
        "Szanowny Panie,\noferujemy pakiet 50 opinii 5-gwiazdkowych na Pana profil sprzedawcy, pisane przez różne konta. 300 zł.\nZ wyrazami szacunku\nZespół Marketingu",
        "Hej,\nbimber domowej roboty 5 litrów, 70 procent, mogę wysłać razem z tym słojem co kupujesz.\n\nWysłano z iPhone'a",
        "Dzień dobry,\nposiadam żółwia greckiego i papugę żako bez dokumentów CITES, odbiór osobisty w Radomiu.\nPozdrawiam",
        "Witam,\nbuty Nike Air Jordan, to nie oryginały tylko bardzo dobre podróby, nikt nie pozna. 180 zł para.\n--\nPaweł\nSklep Obuwie Max",
        "Dzień dobry,\nrower ma nieczytelny numer ramy, bo był kradziony, dlatego taka niska cena. Odbiór wieczorem.\nPozdrawiam",
        "Szanowni Państwo,\nmamy do sprzedania partię perfum Chanel i Dior podrabianych, opakowania identyczne. Minimalne zamówienie 20 szt.\n[image]\nDział Hurtu",
        "Dzien dobry,\nmarihuana z wlasnej uprawy, 20 gram, moge wyslac razem z ta lampa do roslin co ogladales.\nPozdro",
        "Witam,\nmogę zrobić prawo jazdy kat. B bez egzaminu, wygląda jak prawdziwe. Zaliczka 500 zł.\n\nWysłane z mojego Samsunga",
        "W dniu 3 grudnia Jan napisał(a):\n> Ma Pan może sterydy?\n\nTak, testosteron w ampułkach, 10 sztuk za 350 zł, bez recepty.",
        "Dzień dobry,\nsprzedam amunicję 9 mm, 200 sztuk, bez sprawdzania pozwolenia. Tylko odbiór osobisty.\nPozdrawiam, Robert",
        "Witam,\nmam torebki Louis Vuitton replika 1:1, skóra ekologiczna, logo jak w oryginale. 250 zł.\nPozdrawiam\nAnia\nButik Ania",
        "Dzień dobry,\nmogę wystawić fałszywe zaświadczenie lekarskie L4 na dowolny termin, 200 zł.\nZ poważaniem",
    ],
    "off_platform": [
        "Dzień dobry,\ndziękuję za zainteresowanie. Proszę dzwonić po 17.\nPozdrawiam\nAndrzej Nowak\nKierownik magazynu\ntel. 604 218 377",
        "Witam,\nwolałbym dokończyć na WhatsAppie, tu wiadomości dochodzą z opóźnieniem.\n--\nPiotr Kowalski\nWhatsApp: +48 512 330 918",
        "Dzień dobry,\nproszę o przelew bezpośrednio na konto, bez pośrednictwa serwisu, będzie taniej o prowizję:\nPL61 1090 1014 0000 0712 1981 2874\nPozdrawiam",
        "Witam,\nnapisz na maila jan.wisniewski84@gmail.com, tam wyśle zdjęcia.\n\nWysłane z mojego telefonu",
        "> Czy mogę zapłacić przez serwis?\n\nWolę gotówkę przy odbiorze, a ogłoszenie zaraz usunę, żeby nie płacić prowizji.",
        "Dzien dobry,\nzapraszam na Telegram @meble_olek, tam mam wiecej zdjec i lepsze ceny.\nPozdrawiam\nOlek",
        "Szanowni Państwo,\nw sprawie zamówienia prosimy o kontakt bezpośredni z naszym biurem: 22 651 40 12, wtedy ustalimy płatność poza portalem.\nZ poważaniem\nBiuro Obsługi",
        "W dniu 2 grudnia 2026 Ewa napisała:\n> Możemy się umówić poza serwisem, dam Pani numer.\n\nJasne, proszę podać numer, zadzwonię jutro.",
        "Witam,\nblik na numer 781 402 965 i sprawa załatwiona, bez tych opłat serwisu.\nPozdrawiam",
        "Dzień dobry,\nproszę o kontakt na Messengerze, profil Karolina Wójcik Rzeszów.\nPozdrawiam\nKarolina",
        "Dzien dobry,\nmoj numer 501-224-786, prosze dzwonic lub SMS, tutaj rzadko zagladam.\nPozdrawiam\nStefan",
        "Witam,\nodpisze szybciej na Signalu: +48 669 120 554.\n--\nMarta Lis\nGrafik\nStudio Lis",
        "Dzień dobry,\nproponuję sfinalizować zakup na OLX albo Vinted, tu mam zablokowaną sprzedaż.\nPozdrawiam",
        "Szanowny Panie,\nnumer rachunku do przelewu poza platformą: 28 1140 2004 0000 3102 7812 3456, tytuł: komoda.\nZ poważaniem\nFirma Drewmax",
        "Witam\nzapisz mój Snapchat: ola.kup.sprzedaj, tam się dogadamy\n\nWysłane z iPhone'a",
        "> Proszę o kontakt mailowy.\n\nOk, mój adres: serwis.rowerowy.gdansk@wp.pl\nPozdrawiam",
        "Dzień dobry,\nanuluję transakcję w serwisie, a Pan mi po prostu przeleje na konto, tak będzie prościej.\nPozdrawiam",
        "Witam,\nproszę pisać na Viber 0048 733 910 226, wyślę film z działania.\nPozdrawiam\nGrzegorz\nAuto Części Grześ",
        "Dzien dobry,\nzadzwon do mnie: szescset dwa, trzysta jedenascie, czterysta osiemdziesiat.\nPozdrawiam",
        "Dzień dobry,\npłatność najlepiej przez Revolut na mój numer, pieniądze od razu są u mnie, nie przez portal.\n\n--\nŁukasz Mazur\nRevolut: +48 790 334 120",
    ],
    "external_link": [
        "Dzień dobry,\nwięcej zdjęć kanapy wrzuciłem tutaj: https://imgur.com/a/kX8pQ2z\nPozdrawiam\nMichał",
        "Witam,\npełny katalog naszych produktów: www.hurtownia-mebli24.pl/katalog\n--\nDział Sprzedaży\nMeble24",
        "Dzien dobry,\nfilmik z jazdy rowerem: youtu.be/dQ9wXcK3p1s\nPozdrawiam",
        "Szanowni Państwo,\nregulamin gwarancji dostępny jest pod adresem: https://serwis-gwarancje.com.pl/regulamin\nZ poważaniem\nBiuro Obsługi Klienta",
        "Witam,\nzobacz moje inne ogłoszenia w sklepie: allegro.pl/uzytkownik/antyki_zenek\nPozdrawiam",
        "Dzień dobry,\nspecyfikacja laptopa: bit.ly/3LpX9aQ\nWysłane z mojego telefonu",
        "Witam,\nzdjęcia w lepszej jakości na dysku: https://drive.google.com/drive/folders/1aBcD9xYz\nPozdrawiam, Kasia",
        "Dzień dobry,\nmamy też stronę z promocjami: sklepkoszulki.pl\n[image]\nZespół Koszulki.pl",
        "> Ma Pani więcej zdjęć?\n\nTak, na Instagramie: instagram.com/ceramika_od_basi",
        "Dzien dobry,\nopis techniczny silnika tu https://pastebin.com/raw/Vq2kLm8T\nPozdrawiam\nJacek",
        "Szanowny Panie,\nprosimy zapoznać się z ofertą leasingową: http://leasing-maszyn.eu/oferta?id=4471\nZ poważaniem",
        "Witam,\nwideo z próby silnika: https://www.tiktok.com/@garaz_zbyszka/video/7311\nPozdrawiam",
        "Dzień dobry,\nrecenzja tego aparatu: fotoblog-kamila.pl/recenzja-sony-a7\nPozdrawiam serdecznie",
        "Witam,\nwymiary i schemat szafy: dropbox.com/s/8fj2k1/szafa.pdf\n--\nStolarnia Dąb",
        "Dzien dobry\ntu sa zdjecia: https://photos.app.goo.gl/ZxQ7rT2mNb\npozdro",
        "Dzień dobry,\nzachęcam do obejrzenia naszej strony www.rekodzielo-ani.com.pl, mam tam więcej wzorów.\nPozdrawiam, Ania",
        "Szanowni Państwo,\nw załączeniu link do formularza reklamacyjnego: https://forms.gle/Kp3Lx9Vq2\nDział Reklamacji",
        "Witam,\nmoje opinie z innego portalu: sprzedajemy.pl/profil/marcin_r\nPozdrawiam",
        "Dzień dobry,\nporównanie cen tutaj: https://www.ceneo.pl/12345678\nPozdrawiam",
        "Witam,\nfilm instrukcji montażu: vimeo.com/823411902\nPozdrawiam\nRafał\nMontaż Rafał",
    ],
    "scam": [
        "Szanowny Kliencie,\nTwoja paczka została wstrzymana z powodu niedopłaty 2,99 zł. Opłać ją w ciągu 24 godzin: https://inpost-doplata.com/p/88412\nZespół InPost\n[image]",
        "Dzień dobry,\nprzelałem przez pomyłkę 1500 zł zamiast 150 zł. Proszę zwrócić różnicę 1350 zł na konto mojego kuzyna.\nPozdrawiam",
        "Szanowny Użytkowniku,\nkupujący opłacił Twój przedmiot. Aby odebrać środki, potwierdź dane karty pod linkiem: odbior-srodkow-olx.pl\nZespół Bezpieczeństwa",
        "Witam,\nzapłaciłem już przez serwis, w załączniku potwierdzenie przelewu z banku [image]. Kurier przyjedzie jutro, proszę wysłać od razu, nie czekając na środki.\nPozdrawiam",
        "Dear Friend,\nnazywam się Dr. Ibrahim Musa, dyrektor banku w Lagos. Posiadam 14,5 mln USD bez właściciela i potrzebuję zaufanej osoby. Otrzyma Pan 30%. Proszę o opłatę manipulacyjną 400 EUR.\nZ poważaniem",
        "Dzień dobry,\nmój kurier z DHL odbierze towar, ale trzeba uiścić opłatę ubezpieczeniową 120 zł, którą oddam przy odbiorze.\nPozdrawiam, Mike",
        "Szanowni Państwo,\nz powodu weryfikacji konta sprzedawcy wymagana jest opłata aktywacyjna 49 zł. Bez niej ogłoszenia zostaną usunięte.\nZespół Serwisu",
        "Witam,\nżeby zarezerwować mieszkanie proszę o zadatek 800 zł przelewem, ja jestem teraz za granicą, klucze wyślę kurierem.\nPozdrawiam\nAnna",
        "Dzien dobry,\nwygral Pan iPhone 16 w naszej loterii dla klientow! Wystarczy oplacic wysylke 9,99 zl.\n[image]\nDzial Promocji",
        "W dniu 5 grudnia Kurier napisał(a):\n> Prosimy o dopłatę 12 zł za przesyłkę.\n\nZgadza się, niech Pani dopłaci te 12 zł kurierowi, inaczej nie wyślę.",
        "Dzień dobry,\njestem marynarzem na statku, zapłacę z góry więcej niż cena, a nadwyżkę proszę odesłać mojemu spedytorowi przez Western Union.\nPozdrawiam",
        "Szanowny Kliencie,\nTwoje konto zostanie zablokowane w ciągu 12 godzin z powodu nieopłaconej faktury. Ureguluj należność 39 zł natychmiast.\nObsługa Platformy",
        "Witam,\nproszę o wysłanie 200 zł kaucji za przymiarkę sukni, zwrócę po odesłaniu.\nPozdrawiam, Magda",
        "Dzień dobry,\nprzesłałem Panu środki przez bezpieczne zakupy, ale system wymaga, by Pan najpierw wpłacił 300 zł depozytu na odblokowanie.\nPozdrawiam",
        "Dzień dobry,\nzamówienie #4471022 zostało anulowane. Aby odzyskać 329 zł, zaloguj się do panelu zwrotów i podaj dane karty.\nZespół Zwrotów",
        "Witam,\nmoja firma transportowa zabierze samochód, trzeba tylko zapłacić z góry 600 zł za lawetę, potem doliczę do ceny.\nPozdrawiam\nJohn",
        "Dzien dobry,\nwyslalem Panu potwierdzenie platnosci na maila od serwisu, prosze wyslac towar, pieniadze przyjda za 3 dni.\nPozdrawiam",
        "Szanowni Państwo,\nw celu zwrotu nadpłaconego podatku za sprzedaż prosimy o wpłatę opłaty administracyjnej 25 zł.\nUrząd Skarbowy - dział zwrotów",
        "Dzień dobry,\nsprzedaję PS5 za 900 zł, ale tylko za przedpłatą na konto, bo ostatnio ktoś nie odebrał. Wysyłka po wpłacie.\nPozdrawiam",
        "Witam,\nodpowiadam na Pani ogłoszenie o pracy przy pakowaniu: przed startem trzeba wykupić pakiet startowy za 150 zł.\nPozdrawiam\nDział Rekrutacji",
    ],
    "credentials_request": [
        "Szanowny Użytkowniku,\nw celu weryfikacji konta prosimy o podanie loginu i hasła w odpowiedzi na tę wiadomość.\nZespół Bezpieczeństwa",
        "Dzień dobry,\nżeby przelać pieniądze, potrzebuję numeru Pani karty, daty ważności i trzech cyfr z tyłu.\nPozdrawiam",
        "Witam,\nprzyjdzie Panu SMS z kodem, proszę mi go przepisać, to potwierdzi wysyłkę.\n\nWysłane z mojego telefonu",
        "Dzien dobry,\nprosze podac kod BLIK, to od razu zaplace za stol.\nPozdrawiam",
        "Szanowni Państwo,\nprosimy o przesłanie zdjęcia dowodu osobistego z obu stron oraz selfie z dowodem w celu wypłaty środków.\nDział Weryfikacji",
        "Witam,\nproszę zalogować się do banku przez ten formularz, to zobaczy Pani wpłatę: bank-odbior.pl/login\nPozdrawiam",
        "Dzień dobry,\nniech Pan poda login i hasło do bankowości, sam przeleję sobie zwrot, szybciej będzie.\nPozdrawiam",
        "> Jak mam odebrać płatność?\n\nWystarczy, że poda mi Pani numer karty i CVV, resztą się zajmę.",
        "Dzień dobry,\ndo umowy kupna auta potrzebuję skan Pana dowodu osobistego i prawa jazdy, proszę wysłać tutaj.\nPozdrawiam",
        "Dzien dobry,\nprzeslij mi haslo do konta na portalu, zmienie Ci ogloszenie bo masz zle zdjecia.\nPozdro",
        "Szanowny Kliencie,\nwykryliśmy nieautoryzowane logowanie. Potwierdź tożsamość, podając PESEL, numer karty i kod CVV.\nDział Bezpieczeństwa [image]",
        "Witam,\nproszę podać kod, który przyszedł SMS-em od banku, to autoryzuje płatność dla kuriera.\nPozdrawiam",
        "Dzień dobry,\nzanim przyjadę, proszę przesłać zdjęcie dowodu, muszę wiedzieć, z kim mam do czynienia.\nPozdrawiam, Marcin",
        "W dniu 1 grudnia Tomasz napisał:\n> Podaj kod BLIK.\n\nJasne, kod to ten z aplikacji, a Ty podaj jeszcze PIN do karty, żebym mógł sprawdzić.",
        "Witam,\nw celu wysyłki przez nasz system potrzebujemy danych logowania do Pana konta w banku.\nZ poważaniem\nLogistyka",
        "Dzień dobry,\nproszę podać numer karty razem z datą ważności, zwrócę za uszkodzoną paczkę.\nPozdrawiam",
        "Dzien dobry,\nwyslij zdjecie karty platniczej z obu stron, sprawdze czy przelew przejdzie.\nPozdrawiam",
        "Szanowni Państwo,\nw związku z aktualizacją regulaminu prosimy o ponowne podanie hasła do konta.\nZespół Portalu",
        "Witam,\npodaj mi login i hasło do Vinted, wystawię Twoje rzeczy za Ciebie.\nPozdrawiam",
        "Dzień dobry,\nbank wymaga ode mnie Pani kodu autoryzacyjnego z SMS, proszę go odpisać w ciągu 5 minut.\nPozdrawiam",
    ],
    "profanity": [
        "Dzień dobry,\njest Pan zwykłym oszustem i chujem, paczka nie dotarła.\nPozdrawiam",
        "Szanowny Panie,\nuprzejmie informuję, że jeśli do piątku nie odda Pan pieniędzy, znajdę Pana adres i połamię Panu nogi.\nZ poważaniem\nKrzysztof Malinowski",
        "Witam,\nco za kurwa dziadostwo mi wysłałeś, wszystko połamane.\n\nWysłane z mojego telefonu",
        "> Niestety nie mogę zejść z ceny.\n\nTo spierdalaj z tym ogłoszeniem, debilu.",
        "Dzien dobry,\npani jest tepa idiotka, trzeci raz pisze to samo.\nPozdrawiam",
        "Szanowni Państwo,\njesteście bandą złodziei i kretynów, mam nadzieję, że zbankrutujecie.\nKlient",
        "Witam,\njak jeszcze raz napiszesz, to przyjadę i spalę Ci ten samochód.\nMarek",
        "Dzień dobry,\npierdolę taki handel, oszuście jebany.\nPozdrawiam",
        "W dniu 4 grudnia Ania napisała:\n> Proszę o cierpliwość.\n\nCierpliwość? Ty głupia krowo, oddawaj kasę.",
        "Dzien dobry,\nniech pan sie pierdoli ze swoja reklamacja, nic nie oddam.\nPozdrawiam",
        "Szanowny Panie,\nz przykrością stwierdzam, że jest Pan skończonym debilem i pajacem.\nZ wyrazami szacunku",
        "Witam,\nzamknij ryj i wysyłaj, gnoju.\n\nWysłane z iPhone'a",
        "Dzień dobry,\nwiem, gdzie Pan mieszka. Radzę uważać, jak Pan wraca wieczorem z pracy.\nPozdrawiam",
        "Dzien dobry\nspadaj frajerze, nikt normalny tego gowna nie kupi",
        "Witam,\npani to jest jakaś szmata, sprzedaje brudne ubrania jako nowe.\nPozdrawiam",
        "Szanowny Panie,\njeżeli nie zwróci Pan pieniędzy, moi koledzy złożą Panu wizytę i nie będzie miło.\nZ poważaniem",
        "Dzień dobry,\nty cwelu, oddaj kasę za ten zepsuty telefon.\nPozdrawiam",
        "Witam,\nkurwa mać, ile można czekać, debile z magazynu.\n--\nAdam",
        "Dzien dobry,\njestes zwyklym ciulem i kutasem, wiecej nie pisz.\nPozdrawiam",
        "Szanowna Pani,\nmam nadzieję, że Pani zdechnie razem z tym kotem, którego mi Pani sprzedała.\nKlient",
    ],
}

_HARD = [
    "Dzień dobry,\ndziękuję za szybką odpowiedź. Komoda jest nadal dostępna, odbiór możliwy w sobotę od 10:00.\nPozdrawiam\nAndrzej Nowak\nKierownik magazynu\nMeble Nowak sp. z o.o.",
    "W dniu 3 grudnia 2026 o 14:12 Ewa napisała:\n> Czy możemy przejść na WhatsApp?\n\nWolę zostać przy wiadomościach w serwisie, tu mam całą historię. Pozdrawiam",
    "W dniu 2 grudnia 2026 Jan napisał(a):\n> Podaj kod BLIK, to zapłacę.\n\nKodów BLIK nikomu nie podaję. Proszę zapłacić przez serwis, inaczej nie wyślę.",
    "Dzień dobry,\notrzymałem e-mail rzekomo od serwisu z prośbą o dopłatę 2,99 zł za paczkę. Nie klikam w to, zgłaszam jako próbę wyłudzenia.\nPozdrawiam",
    "Dziękuję za wiadomość. Jestem na urlopie do 14 grudnia 2026 i nie mam dostępu do poczty. W pilnych sprawach proszę pisać przez serwis po moim powrocie.\nMarta Lis",
    "Potwierdzenie zamówienia #20481133\n- Fotel obrotowy, czarny: 349,00 zł\n- Dostawa kurierem: 19,99 zł\nRazem: 368,99 zł\nData zamówienia: 04.12.2026\n\nDzień dobry, wklejam podsumowanie, proszę sprawdzić, czy się zgadza.",
    "Dzień dobry,\nw załączeniu zdjęcia regału.\n[image]\n[image]\nPozdrawiam\nKasia\n\nWysłane z mojego telefonu",
    "Szanowni Państwo,\nuprzejmie informujemy, że zamówienie #7731 zostało przekazane do wysyłki. Numer przesyłki znajdą Państwo w szczegółach zamówienia w serwisie.\nZ poważaniem\nDział Obsługi Klienta\nTreść tej wiadomości jest poufna i przeznaczona wyłącznie dla adresata.",
    "> Mam jeszcze zegarki Rolex replika, tanio.\n\nNie jestem zainteresowany podróbkami, zgłaszam ogłoszenie moderatorom.",
    "Dzien dobry,\nkurier dzwonil dzisiaj na numer podany w zamowieniu, paczka bedzie jutro.\nPozdrawiam",
    "Uwaga dla kupujących: serwis nigdy nie prosi o hasło, numer karty ani kod BLIK w wiadomości. Jeśli ktoś o to prosi, proszę to zgłosić.\nPozdrawiam, sprzedawca",
    "Dzień dobry,\nczy te buty Nike są oryginalne? Proszę o zdjęcie metki i paragonu.\nPozdrawiam",
    "W dniu 1 grudnia 2026 Piotr napisał:\n> Zapłać mi poza serwisem, będzie taniej.\n\nNie, płacę tylko przez serwis. Jeśli to problem, rezygnuję.",
    "---------- Przekazana wiadomość ----------\nOd: Sklep Meblowy\nTemat: Zamówienie #55120\n\nTowar gotowy do odbioru.\n\nPrzesyłam dalej, proszę o potwierdzenie terminu.",
    "Dzien dobry,\nlaptop ma 16 GB RAM i dysk 512 GB, bateria trzyma ok. 6 godzin.\nPozdrawiam\nTomek\n\nWyslane z mojego telefonu",
    "Szanowny Panie,\nz przykrością informuję, że przedmiot został już sprzedany. Dziękuję za zainteresowanie.\nZ wyrazami szacunku\nJolanta Kamińska\nSpecjalista ds. sprzedaży\nAntykwariat Pod Lipą",
    "Ok, biorę. Jutro po 18?\n\nWysłane z iPhone'a",
    "Dzień dobry,\nwino z mojej piwniczki niestety nie mogę sprzedać przez serwis, to zakazane, więc wystawiam tylko karafkę i kieliszki.\nPozdrawiam",
    "W dniu 5 grudnia 2026 Mariusz napisał:\n> Jesteś idiotą, oddawaj pieniądze.\n\nProszę nie obrażać. Zwrot zgodnie z regulaminem po otrzymaniu towaru, zgłosiłem też wiadomość.",
    "Dzien dobry,\nstraszak na kulki do paintballa, legalny, bez pozwolenia, w komplecie maska.\nPozdrawiam",
    "Dzień dobry,\nkupujący twierdzi, że przelał za dużo i prosi o zwrot nadwyżki. Czy to może być oszustwo? Nic na razie nie zwracam.\nPozdrawiam",
    "Temat: Re: Re: Wózek dziecięcy\n\nDzień dobry, wózek jest po jednym dziecku, gondola i spacerówka, cena 900 zł do negocjacji.\nPozdrawiam",
    "Informacja automatyczna: Państwa wiadomość została odebrana. Odpowiemy w ciągu 2 dni roboczych.\nDział Obsługi Klienta\nSklep Rowerowy Szprycha",
]

_HARD2 = [
    "Dzień dobry,\nw nawiązaniu do rozmowy przesyłam podsumowanie:\n• stół dębowy 160 x 90 cm\n• 6 krzeseł tapicerowanych\n• cena łączna 2 400 zł\n• odbiór własny w Lublinie\nProszę o potwierdzenie zakupu przez serwis.\nZ poważaniem\nTeresa Górska\nStolarnia Górscy",
    "[image: logo]\nSzanowni Państwo,\ndziękujemy za zakup w naszym sklepie. Zamówienie #88104 zostanie wysłane w ciągu 2 dni roboczych.\n[image]\nZespół Sklepu Zabawki Bartek\nWiadomość wygenerowana automatycznie, prosimy na nią nie odpowiadać.",
    "W dniu 6 grudnia 2026 Sprzedawca napisał(a):\n> Wyślij mi zdjęcie dowodu, to potwierdzę transakcję.\n\nNie wyślę zdjęcia dowodu, serwis tego nie wymaga. Zgłaszam tę prośbę.",
    "W dniu 6 grudnia 2026 Kupujący napisał:\n> Kliknij w link do odbioru pieniędzy [link usunięty].\n\nNie klikam w żadne linki z wiadomości. Pieniądze odbiorę w serwisie.",
    "Dzien dobry,\ntak, mam jeszcze ten ekspres. 250 zl.\n\nWyslane z mojego telefonu",
    "Dzięki, dotarło.",
    "Dzień dobry,\npaczkę można śledzić na stronie kuriera po wpisaniu numeru z zamówienia w serwisie, nie wysyłam linków.\nPozdrawiam",
    "Szanowna Pani,\nprzepraszamy za uszkodzenie towaru w transporcie. Zgodnie z reklamacją #40112 zwracamy pełną kwotę 219 zł w ciągu 14 dni. W ramach przeprosin dołączamy kod rabatowy przy następnym zamówieniu w serwisie.\nZ wyrazami szacunku\nBeata Sowa\nSpecjalista ds. reklamacji\nDomowe AGD sp. z o.o.\nInformacja: administratorem danych osobowych jest sprzedawca.",
    "Dzień dobry,\nproszę nie wysyłać mi żadnych kodów z SMS ani haseł, nie są mi potrzebne. Płatność przez serwis wystarczy.\nPozdrawiam",
    "---------- Przekazana wiadomość ----------\nOd: Klient\n> Ty oszuście, oddaj kasę!\n\nZgłaszam moderatorom: kupujący mnie obraża, paczka jest w drodze, numer w zamówieniu.",
    "Dzien dobry,\nmodel samochodu w skali 1:18, kolekcjonerski, nie zabawka, z certyfikatem producenta.\nPozdrawiam",
    "Dzień dobry,\nnóż kuchenny japoński, stal damasceńska, ostrze 21 cm, nieużywany.\nPozdrawiam\nKrzysztof",
    "Dzień dobry,\nwiatrówka sportowa do 17 J, legalna bez pozwolenia, z tarczami.\nPozdrawiam",
    "Uwaga! Otrzymałam SMS, że moja paczka czeka na dopłatę. Nie zamawiałam nic u tego kuriera, więc to oszustwo. Piszę, żeby inni też uważali.\nPozdrawiam, Ola",
    "Dzień dobry,\nodpisuję z telefonu, więc krótko: tak, wymiary się zgadzają, 80 x 200.\n\nWysłane z mojego Samsunga",
    "Szanowni Państwo,\nuprzejmie przypominamy o terminie odbioru zamówienia #30177 do 12.12.2026. Po tym terminie zamówienie zostanie anulowane, a płatność zwrócona.\nZ poważaniem\nPunkt Odbioru\nSalon Meblowy Klon",
    "Dzien dobry,\nkupujacy pyta o Telegram, odpisalam, ze rozmawiamy tylko tutaj.\nPozdrawiam",
    "Dzień dobry,\nczy perfumy są oryginalne, z paragonem z perfumerii? Boję się podróbek.\nPozdrawiam",
    "W dniu 7 grudnia 2026 Tomek napisał:\n> Dorzucę Ci piwo domowe do paczki.\n\nDziękuję, ale alkoholu nie przyjmę, wystarczy sama lodówka turystyczna.",
    "Dzień dobry,\nw załączeniu faktura za zamówienie #70021 na kwotę 1 099,00 zł brutto, termin płatności minął, proszę o opłacenie w serwisie.\nPozdrawiam\nDział Księgowości\nHurtownia Farb Kolor",
    "Re: Kurtka zimowa\n\nDobrze, obniżę do 180 zł. Proszę kupić przez ogłoszenie.\nAnia",
    "Dzień dobry,\nbilety na mecz są na moje nazwisko, zmiana imienia możliwa tylko w kasie stadionu.\nPozdrawiam",
    "Szanowny Panie,\nniestety nie możemy przyjąć płatności przelewem poza serwisem. Zgodnie z regulaminem wszystkie płatności przechodzą przez platformę.\nZ poważaniem\nBiuro Obsługi\nAutoczęści Kraków",
    "Dzień dobry,\nogłoszenie z tabletkami bez recepty zgłosiłem, bo to niezgodne z regulaminem.\nPozdrawiam",
    "Dzien dobry,\nprosze o fakture na firme, NIP podam w formularzu zamowienia w serwisie.\nPozdrawiam\nWiktor",
]

_HARD3 = [
    "Dzień dobry,\ndziękuję za wiadomość. Do 2 stycznia 2027 przebywam na zwolnieniu. Wiadomości nie są przekazywane dalej, proszę ponowić pytanie w serwisie po tym terminie.\nPozdrawiam\nIwona Szymańska\nKierownik działu sprzedaży\nTekstylia Szymańscy",
    "W dniu 4 grudnia 2026 Karol napisał:\n> Mam też iPhone'y bez pudełek, nie pytaj skąd, tanio.\n\nTo brzmi jak kradziony towar, nie kupię. Przekazałem Pana wiadomość do serwisu.",
    "W dniu 4 grudnia 2026 Zofia napisała:\n> Zadzwoń, mój numer jest w profilu.\n\nDziękuję, ale wolę pisać tutaj, wtedy wszystko zostaje w historii.",
    "Szanowni Państwo,\nostrzegamy przed fałszywymi wiadomościami podszywającymi się pod nasz sklep. Nigdy nie prosimy o dane karty ani logowanie przez link. Wszystkie płatności odbywają się w serwisie.\nZ poważaniem\nZespół Sklepu Sportowego Olimp",
    "Dzien dobry,\nte bluzy to nie podrobki, mam paragony ze sklepu w Krakowie, moge wyslac zdjecie.\nPozdrawiam\nKuba",
    "Ok\n\nWysłane z iPhone'a",
    "Dzień dobry,\nodpowiadam na pytanie z wczoraj:\n> Czy fotelik ma atest?\nTak, atest i instrukcja są w komplecie, fotelik nie brał udziału w wypadku.\nPozdrawiam\nJoanna",
    "Szanowny Panie,\nw imieniu firmy dziękuję za złożenie zamówienia #1200457 na kwotę 3 450,00 zł. Towar zostanie dostarczony transportem własnym w dniach 15-17 grudnia 2026. Kierowca skontaktuje się telefonicznie na numer podany w zamówieniu.\nZ wyrazami szacunku\nRenata Baran\nKoordynator logistyki\nMeble Baran sp. j.\n\nNiniejsza wiadomość stanowi informację handlową i nie jest ofertą w rozumieniu Kodeksu cywilnego.",
    "Dzień dobry,\nprzepraszam, ale nie zejdę poniżej 700 zł, rower jest po serwisie.\nPozdrawiam\nLeszek\n\nWysłane z mojego telefonu",
    "Dzien dobry,\nkurier DPD zostawil awizo, odbiore paczke jutro w punkcie.\nPozdrawiam",
    "W dniu 5 grudnia 2026 Igor napisał:\n> Wyślij hasło do konta, poprawię Ci ogłoszenie.\n\nHasła nikomu nie podaję, ogłoszenie poprawię sam. Dziękuję.",
    "Dzień dobry,\nzgłaszam problem: ktoś w wiadomości twierdzi, że jest pracownikiem serwisu, i prosi o opłatę aktywacyjną. Chyba to oszustwo, proszę o weryfikację.\nPozdrawiam\nHalina",
    "Temat: Fwd: Gwarancja\n\nPrzesyłam dalej treść karty gwarancyjnej:\n- okres gwarancji: 24 miesiące\n- naprawa w autoryzowanym serwisie\n- wymagany dowód zakupu\nPozdrawiam",
    "Dzień dobry,\nkonsola PS4 Slim, 1 TB, dwa pady, gry: FIFA 23 i Gran Turismo. Cena 650 zł.\nPozdrawiam\nDaniel",
    "Dzien dobry,\nprzepraszam za pomylke w poprzedniej wiadomosci, wymiary to 120 x 60, nie 160 x 60.\nPozdrawiam",
    "Szanowna Pani,\nw odpowiedzi na reklamację informuję, że buty zostaną wymienione na nową parę w rozmiarze 39. Prosimy o odesłanie starej pary w terminie 14 dni.\nZ poważaniem\nDział Reklamacji\nObuwie Kroczek\n[image]",
    "Dzień dobry,\nczy odbiór w Gdyni w niedzielę wchodzi w grę?\nPozdrawiam",
    "Dzień dobry,\nnie wysyłam za pobraniem, tylko przez serwis z ochroną kupującego.\nPozdrawiam",
    "W dniu 6 grudnia 2026 Adam napisał:\n> Mam też do tego aktywator do Windowsa, dorzucę.\n\nNie trzeba, kupię licencję w sklepie. Proszę wysłać tylko laptopa.",
    "Dzień dobry,\npiszę w imieniu taty, który sprzedaje narzędzia po swoim warsztacie. Wszystko jest sprawne, lista poniżej:\n- szlifierka kątowa\n- wkrętarka z dwoma akumulatorami\n- imadło\nPozdrawiam\nMonika",
]

_GREET = [
    "Dzień dobry,",
    "Witam,",
    "Dzien dobry,",
    "Szanowni Państwo,",
    "Cześć,",
    "Szanowna Pani,",
    "Witam serdecznie,",
    "Hej,",
]
_BODY = [
    "czy rower jest jeszcze dostępny? Mogę odebrać w czwartek po pracy.",
    "dziękuję, paczka dotarła dziś rano w idealnym stanie.",
    "proszę o wymiary szafy: wysokość, szerokość i głębokość.",
    "czy cena 450 zł za kanapę jest do negocjacji?",
    "wysłałem dziś zamówienie #{n}, numer przesyłki jest w szczegółach w serwisie.",
    "zgodnie z ustaleniami obniżam cenę do 320 zł, proszę kupić przez przycisk w ogłoszeniu.",
    "czy telefon ma blokadę iCloud? Proszę o zdjęcie ustawień.",
    "niestety muszę przełożyć odbiór na poniedziałek, przepraszam.",
    "czy wózek ma pokrowiec przeciwdeszczowy w zestawie?",
    "potwierdzam odbiór osobisty w sobotę o 11:00 przed sklepem.",
    "proszę o informację, czy koła do auta mają jeszcze bieżnik powyżej 5 mm.",
    "zwrot za zamówienie #{n} w kwocie 89,90 zł został zlecony, środki wrócą w ciągu kilku dni.",
    "czy książki są z domu bez zwierząt? Pytam ze względu na alergię.",
    "przesyłka wróciła do mnie jako nieodebrana, czy wysłać ponownie?",
    "czy konsola ma oba pady i ładowarkę?",
    "reklamację przyjąłem, proszę odesłać kurtkę w oryginalnym opakowaniu.",
    "proszę zaznaczyć przy zakupie opcję odbioru w paczkomacie.",
    "bilety na koncert są imienne? Czy da się zmienić nazwisko?",
    "pralka była używana dwa lata, bez usterek, odbiór z parteru.",
    "dziękuję za ocenę, polecam się na przyszłość.",
    "czy wiertarka ma drugi akumulator?",
    "mam pytanie o stan ekranu, czy są rysy widoczne przy włączonym?",
    "fakturę VAT wystawię po zaksięgowaniu wpłaty w serwisie.",
    "ubranka są w rozmiarze 86, razem 14 sztuk, cena za całość 120 zł.",
    "przepraszam za opóźnienie, kurier nie przyjechał w piątek.",
    "czy mogę prosić o zdjęcie spodu krzesła? Chcę zobaczyć mocowanie.",
    "wysyłka możliwa jutro, jeśli zapłata wpłynie do 12:00.",
    "czy lampa działa z żarówkami LED?",
    "zamówienie #{n} jest już spakowane, czekam na odbiór przez kuriera.",
    "otrzymałem wiadomość od kogoś, kto podszywa się pod kuriera i chce dopłaty. Zgłosiłem to w serwisie.",
    "ktoś prosił mnie o kod z SMS, oczywiście odmówiłem i zablokowałem użytkownika.",
    "nie zgadzam się na przelew poza serwisem, proszę skorzystać z płatności w ogłoszeniu.",
]
_CLOSE = [
    "Pozdrawiam",
    "Z poważaniem",
    "Pozdrawiam serdecznie",
    "Dziękuję i pozdrawiam",
    "Miłego dnia",
    "Z wyrazami szacunku",
]
_SIG = [
    "Anna Kowalczyk",
    "Tomasz Wiśniewski\nSpecjalista ds. obsługi klienta\nRowerowo sp. z o.o.",
    "Kasia",
    "Jacek Dudek\nWłaściciel\nStolarnia Dudek",
    "Magdalena Król\nDział Sprzedaży\nHurtownia Tekstyliów Król",
    "Piotr\n\nWysłane z mojego telefonu",
    "Ewa Zając\nKsięgowa\nBiuro Rachunkowe Zając",
    "Marek\n\nWysłane z iPhone'a",
    "Zespół Obsługi Klienta\nSklep AGD Domek\nTa wiadomość może zawierać informacje poufne. Jeśli nie są Państwo adresatem, prosimy o jej usunięcie.",
    "Michał Lewandowski\nKierownik zmiany\nMagazyn Centralny",
]
_QUOTE = [
    "",
    "\n\nW dniu {d} grudnia 2026 o 09:{m} Klient napisał(a):\n> Dzień dobry, czy przedmiot jest dostępny?\n> Pozdrawiam",
    "\n\n> Czy wysyłka jest możliwa jeszcze w tym tygodniu?",
    "\n\n-----Oryginalna wiadomość-----\nTemat: Pytanie o ogłoszenie\n> Proszę o więcej szczegółów.",
]

_STRIP = str.maketrans("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ", "acelnoszzACELNOSZZ")


def _gen():
    out, seen = [], set(_HARD + _HARD2 + _HARD3)
    i = 0
    while len(out) < 420 - len(_HARD) + 30:
        g = _GREET[i % len(_GREET)]
        b = _BODY[(i * 7) % len(_BODY)].replace("{n}", str(10000 + i * 37))
        if i % 4 == 1 and (i * 11 + 5) % len(_BODY) != (i * 7) % len(_BODY):
            b2 = _BODY[(i * 11 + 5) % len(_BODY)].replace("{n}", str(15000 + i))
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
