# ruff: noqa: E501  (data: one rule per line reads better than wrapped strings)
"""The project's default rules, loaded by the data migration; staff edit them in admin.

Written for this project by its developers (no third-party word list is copied), and
released under the project's own licence. Phrase syntax (message_rules/engine.py): words
are matched without diacritics and case, with disguises undone; `*` = any ending (for
inflected forms), `a|b` = either word, `~` = up to 3 words in between (`~N`: up to N).
"""

PROFANITY = "profanity"
PROHIBITED = "prohibited_item"
OFF = "off_platform"
SCAM = "scam"
CREDENTIALS = "credentials_request"
LINK = "external_link"

# (category, language, pattern): phrase rules.
PHRASES: list[tuple[str, str, str]] = [
    # -- Swear words ------------------------------------------------------------------
    (PROFANITY, "pl", "kurw*|skurw*|kurewsk*"),
    (PROFANITY, "pl", "chuj*|huj|huja|huje|hujem|hujowy*"),
    (
        PROFANITY,
        "pl",
        "jeb*|zajeb*|wyjeb*|pojeb*|odjeb*|najeb*|rozjeb*|dojeb*|zjeb*|przejeb*|przyjeb*|ujeb*|wjeb*",
    ),
    (
        PROFANITY,
        "pl",
        "pierdol*|spierdal*|spierdol*|wypierdal*|wypierdol*|odpierdal*|odpierdol*|rozpierdal*|rozpierdol*|napierdal*|zapierdal*|zapierdol*|popierdol*",
    ),
    (
        PROFANITY,
        "pl",
        "pizd*|cipa|ciul|ciula|ciule|ciulu|ciulem|ciulowy*|kutas|kutasa|kutasy|kutasie|kutasem|dupek|dupku|dupki|debil*|kretyn*|idiot*|frajer*|gnoj*|szmato",
    ),
    (PROFANITY, "pl", "sraj*|srac|sral*|zesra*|posra*|zasra*|gowno|gowna|gownian*"),
    (
        PROFANITY,
        "cs",
        "kurv*|zkurv*|pic|pica|pico|pice|picu|picou|picus*|picovin*|picovat*|kokot*|prdel*|hovn*|zmrd*|mrdat*|mrdk*|mrdal*|mrdn*|curak*|hajzl*|kreten*|sracka|sracky|sracku|srat|seru|serou|zasran*|posran*|usran*|vyser*",
    ),
    (
        PROFANITY,
        "sk",
        "skurv*|jebnut*|jebat*|pojeban*|dojeban*|do riti|rit|kokotina|chujovin*|pojeb*|sprosta krava|debilko",
    ),
    (PROFANITY, "sk", "v riti"),
    (
        PROFANITY,
        "hu",
        "kurv*|basz*|kibasz*|elbasz*|megbasz*|lebasz*|felbasz*|bazd*|bazmeg*|fasz*|lofasz*|geci*|picsa|picsab*|picsat|picsad*|picsaj*|szar|szart|szarul|szaros*|szarsag*|szarban|szarba|szarhazi|leszar*|seggfej*|segglyuk*|rohadek*|buzeraal*|anyad picsaja",
    ),
    (
        PROFANITY,
        "en",
        "fuck*|motherfuck*|fck|fcking|fuk|fukin*|shit*|bullshit*|shite|cunt*|bitch*|asshole*|arsehole*|dumbass*|jackass*|bastard*|wanker*|wank|twat*|dickhead*|dick|dicks|prick|pricks|whore*|slut*|piss off|pissed off|son of a bitch|moron*",
    ),
    # -- Prohibited items -------------------------------------------------------------
    (
        PROHIBITED,
        "",
        "marihuan*|marijuan*|kokain*|cocain*|amfetamin*|amphetamin*|metamfetamin*|methamphetamin*|mefedron*|mephedron*|pervitin*|heroin|heroina|heroiny|heroinu|heroinou|heroint|extaz*|ecstasy|extasy|mdma|lsd|dopalacz*|haszysz*|hasis*|hashish|fentanyl*|psylocyb*|psilocyb*|lysohlav*|crystal meth|meth|tramadol*|xanax*|oxycodon*|oksykodon*|oxykodon*|anabolik*",
    ),
    (PROHIBITED, "pl", "grzyb* halucynogen*|zielsko na sprzedaz|gandzi*|skun na gramy"),
    (
        PROHIBITED,
        "",
        "wodk*|wodeczk*|bimber*|bimbr*|vodk*|palink*|slivovic*|borovick*|whisky|whiskey|tequil*|absynt*|absint*|absinth*|moonshine|palenk*|nalewk*|likier*|liker*|rum|rumu|rumem|gin|gina|ginu|koniak*|konak*|brandy|samogon*",
    ),
    (
        PROHIBITED,
        "pl",
        "sprzeda*|oferuj*|dorzuc*|doloz*|dodam*|dolacz*|mam ~2 alkohol*|piw*|win|wina|wino|winko|winka|trunk*",
    ),
    (PROHIBITED, "cs", "prod*|nabiz*|pribal*|pridam|privez* ~2 alkohol*|piv*|vin*|lihovin*"),
    (PROHIBITED, "sk", "preda*|ponuk*|pribal*|pridam ~2 alkohol*|piv*|vin*|liehovin*"),
    (
        PROHIBITED,
        "hu",
        "elado*|eladn*|arul*|kinal*|kuld* ~2 alkohol*|bor|bort|borok*|palinka*|palinkat|vodka*",
    ),
    (PROHIBITED, "hu", "hazi palink*|hazipalink*"),
    (
        PROHIBITED,
        "en",
        "sell*|sold|offer*|throw in|include ~2 alcohol*|beer*|wine*|liquor*|booze|spirits",
    ),
    (
        PROHIBITED,
        "",
        "pornograf* dzieci*|dzieci* pornograf*|child porn*|kid porn*|detsk* pornograf*|detsk* porno*|gyerekporno*|gyermekpornog*",
    ),
    (PROHIBITED, "", "pedofil* ~2 zdjec*|film*|video*|material*"),
    (
        PROHIBITED,
        "",
        "bron* paln* bez pozwol*|bez pozwol* na bron*|zbran* bez zbrojn*|zbran* bez povoleni*|firearm*|unregistered gun*|lofegyver*|ostr* amunicj*|live ammunition|ostre strelivo|ostre naboje",
    ),
    # -- Trading outside the platform -------------------------------------------------
    (OFF, "pl", "kupuj*|kup|kupi*|zamow*|zamawia*|zaplac*|placac*|zakup* ~2 bezposredni*"),
    (OFF, "pl", "bezposredni* ~3 taniej"),
    (OFF, "pl", "taniej ~3 bezposredni*|poza|bez alegro|na konto|przelewem"),
    (
        OFF,
        "pl",
        "poza alegro|poza alegrem|poza platform*|poza serwis*|poza portal*|bez alegro|z pominieciem alegro|bez prowizj* alegro",
    ),
    (OFF, "pl", "omin* ~2 alegro|prowizj*"),
    (OFF, "pl", "nie klikaj*|nie kupuj*|nie zamawiaj* ~3 zadzwo*|napisz*|dzwon*"),
    (OFF, "pl", "zadzwon|zadzwoncie|zadzwonie"),
    (OFF, "pl", "zadzwon*|dzwon*|dzwoncie ~2 do mnie|pod numer|na numer|na komork*|na moj*"),
    (
        OFF,
        "pl",
        "zamow*|zamowie|kup*|kupie ~2 mailowo|mailem|emailem|telefonicznie|przez maila|przez telefon|na maila",
    ),
    (
        OFF,
        "pl",
        "napisz*|pisz*|pisac|odezwij*|kontakt* ~2 na maila|na mail|mailowo|na email|na e mail|na priv|na priw|na pw|na gmail*|prywatnie|na whatsap*|na telegram*|na mesenger*|na viber*|na fb|na facebook*|na sms|smsem",
    ),
    (OFF, "pl", "whatsap*|telegram*|viber*|mesenger*|signal* ~2 numer|nr|kontakt*|pisz*|napisz*"),
    (OFF, "pl", "wysl*|wyslij* ~2 sms*|esemes*"),
    (
        OFF,
        "pl",
        "przelew*|przelej*|przelac|wplac* ~3 na moje konto|na prywatne konto|na konto prywatne|na moj rachunek|bezposrednio na konto",
    ),
    (OFF, "pl", "blik*|przelew* ~2 na telefon|na numer telefonu|na moj numer"),
    (OFF, "pl", "anuluj* ~3 zamowieni*|transakcj* ~4 taniej|bezposredni*|przelew*|poza"),
    (
        OFF,
        "pl",
        "moj* sklep* internetow*|nasz* sklep* internetow*|moj* stron* internetow*|na mojej stronie|na naszej stronie",
    ),
    (OFF, "pl", "w moim sklepie|w naszym sklepie"),
    (
        OFF,
        "pl",
        "kup*|zamow*|wystaw*|znajdziesz|szukaj*|sprzedam|mam ~3 olx*|vinted*|ebay*|amazon*|aliexpres*|gumtre*|sprzedajemy|otomoto|alegro lokalnie",
    ),
    (
        OFF,
        "cs",
        "mimo alegro|mimo alegra|mimo platform*|mimo portal*|bez alegra|bez alegro|bez poplatk* alegr*",
    ),
    (OFF, "cs", "obejit* ~2 alegro|alegra|poplatk*"),
    (OFF, "cs", "koup*|kupt*|objedn*|zaplat* ~2 prim*"),
    (OFF, "cs", "prim* ode me|prim* ode mne|prim* u me|prim* u mne|prim* u nas"),
    (OFF, "cs", "levnej* ~3 prim*|mimo|na ucet"),
    (OFF, "cs", "prim* ~3 levnej*"),
    (OFF, "cs", "zavolej*|volej*|zavolat ~2 mi|na cislo|na tel*|na mobil*"),
    (
        OFF,
        "cs",
        "napis*|pis*|kontakt* ~2 na mail*|na email*|na e mail*|mailem|emailem|na whatsap*|na sms|na mesenger*|na telegram*|na viber*|soukrom*",
    ),
    (OFF, "cs", "objedn*|koup* ~2 mailem|emailem|telefonicky|telefonem|pres mail*|pres email*"),
    (
        OFF,
        "cs",
        "posl*|zasl*|prevest|preved*|zaplat* ~3 na muj ucet|na ucet|prevodem na ucet|primo na ucet",
    ),
    (
        OFF,
        "cs",
        "muj* e shop*|nas* e shop*|muj* eshop*|nas* eshop*|na mem eshop*|na nasem eshop*|na nasem web*|na mem web*",
    ),
    (
        OFF,
        "cs",
        "koup*|objedn*|najdete|mam ~3 sbazar*|bazos*|vinted*|ebay*|amazon*|aliexpres*|aukro*",
    ),
    (OFF, "sk", "mimo alegra|mimo alegro|mimo platform*|mimo portal*|bez alegra"),
    (OFF, "sk", "obist* ~2 alegr*|poplatk*"),
    (OFF, "sk", "kup*|objedn*|zaplat* ~2 priam*"),
    (OFF, "sk", "priam* odo mna|priam* u mna|priam* u nas"),
    (OFF, "sk", "lacnejsi*|lacnejsie|lacnejs* ~3 priam*|mimo|na ucet"),
    (OFF, "sk", "priam* ~3 lacnejsi*|lacnejsie"),
    (OFF, "sk", "zavolaj*|volaj* ~2 mi|na cislo|na tel*|na mobil*"),
    (
        OFF,
        "sk",
        "napis*|pis*|kontakt* ~2 na mail*|na email*|na e mail*|mailom|emailom|na whatsap*|na sms|na mesenger*|na telegram*|sukromn*",
    ),
    (OFF, "sk", "objedn*|kup* ~2 mailom|emailom|telefonicky|telefonom|cez mail*|cez email*"),
    (
        OFF,
        "sk",
        "posl*|zasl*|prevedt*|preved*|zaplat* ~3 na moj ucet|na ucet|prevodom na ucet|priamo na ucet",
    ),
    (
        OFF,
        "sk",
        "moj* e shop*|nas* e shop*|moj* eshop*|nas* eshop*|na mojom eshop*|na nasom eshop*|na nasom web*|na mojom web*",
    ),
    (OFF, "sk", "kup*|objedn*|najdete|mam ~3 bazos*|vinted*|ebay*|amazon*|aliexpres*"),
    (OFF, "hu", "alegron kivul|platformon kivul|oldalon kivul|alegro nelkul"),
    (OFF, "hu", "alegro* ~2 kivul"),
    (OFF, "hu", "megkerul* ~2 alegro*"),
    (
        OFF,
        "hu",
        "kozvetlen* ~3 tolem|tolunk|nalam|olcsob*|megvehet*|vasarol*|rendel*|utal*|fizet*",
    ),
    (OFF, "hu", "olcsob* ~3 kozvetlen*|kivul|nalam|tolem"),
    (OFF, "hu", "hivj*|hivjon|hivjal|csorgess* ~2 fel|meg|ezen|telefon*|szamon"),
    (
        OFF,
        "hu",
        "irj*|keress* ~2 emailt|e mailt|mailt|emailben|e mailben|whatsap*|sms*|viber*|mesenger*|telegram*|privatban|priviben",
    ),
    (OFF, "hu", "rendel*|vasarol* ~2 emailben|e mailben|telefonon|mailben"),
    (OFF, "hu", "utal* ~3 szamlamra|bankszamlamra|kozvetlenul|szamlaszam*|a szamlamra"),
    (OFF, "hu", "webshopom*|webaruhazam*|webshopunk*|webaruhazunk*|sajat oldal*"),
    (OFF, "hu", "vedd|vegye|rendeld|rendelje|megtalal* ~3 jofogas*|vatera*|vinted*|ebay*|amazon*"),
    (
        OFF,
        "en",
        "outside|off|bypass*|avoid*|without|skip* ~2 alegro|the platform|the site|platform fee*|the marketplace",
    ),
    (OFF, "en", "buy|buying|order|ordering|purchase|purchasing|pay|paying ~2 direct*"),
    (OFF, "en", "direct* from me|direct* from us"),
    (OFF, "en", "cheaper ~3 direct*|outside|via bank|by bank"),
    (OFF, "en", "direct* ~3 cheaper"),
    (
        OFF,
        "en",
        "call|ring|text|phone|whatsap*|message|contact|email|mail|dm ~2 me ~3 on|at|via|directly|privately",
    ),
    (OFF, "en", "call me|text me|ring me|whatsap* me|dm me|reach me on|reach me at"),
    (OFF, "en", "dont click ~3 call*"),
    (OFF, "en", "order*|buy ~2 by email|by phone|over the phone|via email"),
    (
        OFF,
        "en",
        "bank transfer|wire|pay|send ~3 to my account|to my bank|directly to me|my bank account",
    ),
    (
        OFF,
        "en",
        "pay*|send*|transfer* ~3 via paypal|through paypal|by paypal|on paypal|revolut|venmo|zelle|cash app",
    ),
    (
        OFF,
        "en",
        "my online shop|my online store|my own website|my webshop|our webshop|our online store|our website",
    ),
    (OFF, "en", "buy|order|find|get ~3 on ebay|on amazon|on vinted|on aliexpress|on olx"),
    (OFF, "", "przez paypal*|paypalem|revolut*"),
    (OFF, "", "paypal* ~2 przyjaciol*"),
    # -- Scam phrasing ----------------------------------------------------------------
    (SCAM, "", "western union|moneygram|money gram"),
    (
        SCAM,
        "en",
        "inheritance|beneficiary|next of kin|transfer fee*|processing fee*|clearance fee*|release fee*",
    ),
    (SCAM, "en", "overpa*|over pa* ~6 refund*|return*|send back*|difference|excess"),
    (
        SCAM,
        "en",
        "refund|send back|return ~2 the difference|the excess|the balance ~4 overpa*|extra",
    ),
    (
        SCAM,
        "en",
        "my shipping agent*|our shipping agent*|courier agent*|delivery agent*|pickup agent*|shipping company agent*",
    ),
    (
        SCAM,
        "en",
        "prince|barrister|diplomat|attorney|general|widow ~6 fund*|million*|inheritance|consignment",
    ),
    (SCAM, "en", "million dollar*|million usd|million euro*|million pound*|lottery|lotto winner*"),
    (SCAM, "en", "won ~3 prize"),
    (SCAM, "en", "claim ~2 prize|reward|funds|payment"),
    (
        SCAM,
        "en",
        "click|open|visit ~3 link ~4 receive|confirm|release|accept|claim ~3 payment|funds|money",
    ),
    (SCAM, "en", "verify|confirm ~3 card ~3 receive*|payment|funds"),
    (SCAM, "pl", "spadk* ~4 milion*|dolar*|funt*|zmarl*"),
    (SCAM, "pl", "spadkobierc*|dziedzictw*"),
    (SCAM, "pl", "odziedzicz* ~3 milion*"),
    (SCAM, "pl", "nadplat*|nadplac*|nadwyzk* ~5 zwroc*|odesl*|odeslij*|zwrot* roznic*|roznic*"),
    (SCAM, "pl", "odeslij*|zwroc*|oddaj* ~2 roznic* ~3 nadplat*|nadwyzk*"),
    (SCAM, "pl", "wygral*|wygrana|wygrales|wygralas ~4 loteri*|nagrod*|konkurs*|milion*"),
    (SCAM, "pl", "loteri*"),
    (
        SCAM,
        "pl",
        "kliknij*|wejdz*|otworz* ~3 link* ~4 odebra*|otrzyma*|potwierdz*|odblokow* ~3 platnos*|pieniad*|srodk*|przelew*|wyplat*",
    ),
    (SCAM, "pl", "potwierdz*|zweryfikuj* ~3 dane kart* ~4 otrzyma*|odebra*|wyplat*|platnos*"),
    (SCAM, "pl", "moj kurier ~2 odbierze|przyjedzie|odbierze"),
    (SCAM, "pl", "agent* kurier*|kurier* agent*"),
    (SCAM, "pl", "oplat* ~3 celn* ~4 zwolni*"),
    (SCAM, "pl", "pieniadze ~3 zablokowan* ~4 oplat*"),
    (SCAM, "cs", "dedictv*|loteri*|vyherc*|kuryrni agent*"),
    (SCAM, "cs", "dedic* ~3 milion*"),
    (SCAM, "cs", "preplat* ~6 vrat*|posl*|rozdil*"),
    (SCAM, "cs", "vrat* ~2 rozdil* ~4 preplat*|navic"),
    (SCAM, "cs", "muj kuryr ~2 vyzvedn*|prevezm*"),
    (
        SCAM,
        "cs",
        "kliknet*|kliknete|kliknite|otevrete ~3 odkaz* ~4 platb*|penez*|prevzit*|obdrzet*|prijet*",
    ),
    (SCAM, "sk", "dedicstv*|loteri*|kurierny agent*"),
    (SCAM, "sk", "dedic* ~3 milion*"),
    (SCAM, "sk", "preplat* ~6 vrat*|posl*|rozdiel*"),
    (SCAM, "sk", "moj kurier ~2 vyzdvihn*|prevezm*"),
    (SCAM, "sk", "kliknite|kliknete|otvorte ~3 odkaz* ~4 platb*|penazi*|peniaz*|prevzat*|prijat*"),
    (SCAM, "hu", "orokseg*|lottonyeremeny*|futarugynok*|szallitasi ugynok*"),
    (SCAM, "hu", "orokos* ~3 millio*"),
    (SCAM, "hu", "nyert* ~3 lotto*|sorsolas*|nyeremeny*"),
    (SCAM, "hu", "tulfizet* ~6 kulonbozet*|visszautal*|kuldje vissza|kuldd vissza"),
    (SCAM, "hu", "kulonbozet* ~3 visszautal*"),
    (SCAM, "hu", "kattints*|kattintson ~3 link* ~4 penz*|fizetes*|atutal*|osszeg*"),
    (
        SCAM,
        "",
        "bitcoin*|btc|krypto*|crypto*|kryptowalut*|kriptovalut* ~3 zaplac*|zaplace|zaplatim|zaplatim|pay|payment|platb*|platnos*|fizet*",
    ),
    (
        SCAM,
        "",
        "zaplac*|zaplace|pay|zaplatim|fizetek ~3 bitcoin*|btc|kryptowalut*|crypto*|kriptovalut*",
    ),
    # -- Requests for passwords and payment details -----------------------------------
    (
        CREDENTIALS,
        "pl",
        "podaj*|podac|podawa*|prosz* o|prosze|wysl*|wyslij*|przeslij*|przesl*|napisz*|potrzebuj*|zdradz*|udostepnij*|daj|dajcie|wpisz* tutaj ~3 hasl*|login*|loginu|pin|pinu|cvv|cvc|cvv2|blik*|kod* blik*|numer* kart*|nr kart*|dan* kart*|numer* kont*|nr kont*|numer* rachunk*|kod* sms*|kod* z sms*|kod* weryfikac*|kod* autoryzac*|dan* logowania|dan* do logowania",
    ),
    (
        CREDENTIALS,
        "pl",
        "hasl*|kod* blik*|cvv|cvc|numer* kart*|dan* do logowania|dan* logowania|numer* kont* ~2 prosz*|podaj*|wysl*|wyslij*|przeslij*|potrzebuj*|potrzebne|potrzebny",
    ),
    (
        CREDENTIALS,
        "pl",
        "jakie|jaki ~2 masz|ma pan|ma pani|twoje|pana|pani ~2 hasl*|login*|pin|numer* kart*|numer* kont*|cvv|kod* blik*",
    ),
    (
        CREDENTIALS,
        "en",
        "send|give|provide|share|tell|need|want|require|confirm|forward|reply with ~3 password*|passcode*|pin|pin code|login|login details|credentials|card number*|card details|cvv|cvc|cvv2|security code|blik*|blik code|bank account*|account number*|account details|sort code|iban|sms code*|verification code*|one time code*|otp",
    ),
    (
        CREDENTIALS,
        "en",
        "what is|whats ~2 your ~2 password*|pin|login|card number*|cvv|cvc|account number*|blik code",
    ),
    (
        CREDENTIALS,
        "cs",
        "posl*|zasl*|uved*|sdel*|napis*|potrebuj*|dejte|dej|nadiktuj* ~3 hesl*|prihlasovac* udaj*|login*|pin|cvv|cvc|cisl* kart*|udaj* o karte|udaj* z karty|cisl* uct*|kod* blik*|blik kod*|kod* z sms*|overovac* kod*",
    ),
    (
        CREDENTIALS,
        "cs",
        "hesl*|cisl* kart*|cisl* uct*|cvv|kod* blik* ~2 posl*|zasl*|napis*|potrebuj*|prosim",
    ),
    (
        CREDENTIALS,
        "sk",
        "posl*|zasl*|uved*|napis*|potrebuj*|dajte|daj|povedz*|prezrad* ~3 hesl*|prihlasovac* udaj*|login*|pin|cvv|cvc|cisl* kart*|udaj* o karte|udaj* z karty|cisl* uct*|kod* blik*|kod* zo sms*|kod* z sms*|overovac* kod*",
    ),
    (
        CREDENTIALS,
        "sk",
        "hesl*|cisl* kart*|cisl* uct*|cvv|kod* blik* ~2 posl*|zasl*|napis*|potrebuj*|prosim",
    ),
    (
        CREDENTIALS,
        "hu",
        "kuld*|add|adja|adjad|ird|irja|mond*|diktal* ~3 jelszo*|jelszav*|belepes* adat*|bejelentkez* adat*|pin*|cvv*|cvc*|kartyaszam*|kartya szam*|kartyaadat*|kartya adat*|szamlaszam*|bankszamlaszam*|sms kod*|ellenorzo kod*|blik*",
    ),
    (
        CREDENTIALS,
        "hu",
        "jelszo*|jelszav*|kartyaszam*|kartyaadat*|szamlaszam*|bankszamlaszam*|cvv*|pin* ~3 kerem|kernem|kuldje|kuldd|add meg|adja meg|irja meg|ird meg|szuksegem|szukseg|kell",
    ),
    (CREDENTIALS, "", "login ~2 i|and|a|es ~2 hasl*|password*|heslo|jelszo*"),
]

# (category, language, pattern): regular expressions on lowercase text without diacritics.
REGEXES: list[tuple[str, str, str]] = [
    # Masked swear words: "k***a", "f**k", "ch*j", "p*erdol".
    (
        PROFANITY,
        "",
        r"\b(?:k[\*#]+rw\w*|k[\*#]+a\b|f[\*#]+c?k\w*|ch[\*#]+j\w*|p[\*#]+erd\w*|sh[\*#]+t\w*|j[\*#]+b\w*)",
    ),
    # A BLIK code handed over: six digits right after "blik".
    (CREDENTIALS, "", r"\bblik\w*\W{1,6}(?:\w+\W+){0,3}?\d{3}[ \-]?\d{3}\b"),
    # A CVV handed over.
    (CREDENTIALS, "", r"\b(?:cvv2?|cvc2?)\W{0,4}\d{3,4}\b"),
    # A password handed over: "hasło: xyz", "password is xyz", "heslo je xyz".
    (
        CREDENTIALS,
        "",
        r"\b(?:haslo|password|heslo|jelszo|jelszavam)\s*(?::|=|to|is|je|:\s*je)\s*\S{4,}",
    ),
]

# (language, pattern): allowlist exceptions. A finding these overlap is dropped.
ALLOW: list[tuple[str, str]] = [
    # English: innocent words that contain or resemble a swear word.
    ("en", "shitake|shiitake|shitakes|shiitakes"),
    ("en", "dickens|dickensian|dickinson"),
    ("en", "cocktail*|peacock*|hancock*|scunthorpe|penistone|cumbria*|sussex|essex"),
    ("en", "assess*|class*|passag*|bass|bassist|cassette*"),
    (
        "en",
        "rum cake|rum raisin|wine glass*|wine rack*|wine opener*|wine cooler*|wine bottle opener*|wine red|beer glass*|beer mug*|beer opener*|bottle opener*|wine stopper*|wine decanter*",
    ),
    (
        "en",
        "password manager*|password protected|password reset|new password|default password; reset* ~2 password*; forgot* ~3 password*; change* ~3 password*",
    ),
    ("en", "heroine*|methane|methanol|method*"),
    (
        "en",
        "gin glass*|whisky glass*|whiskey glass*|whisky stones|whiskey stones|vodka glass*|tequila glass*|shot glass*",
    ),
    ("en", "pay* ~3 on alegro|through alegro|via alegro"),
    # Polish.
    ("pl", "ciułam|ciułać|ciułała|ciułał|ciułamy|ciułanie|ciułania"),
    ("pl", "pierdoł*"),
    (
        "pl",
        "kieliszk*|kufl*|kufel|otwieracz*|stojak*|korkociag*|karafk*|szklan*|szklank*|drozdz*|balon*|gasior*|ocet|octu|sos*|kolor*|aromat*|olejek ~2 win*|wina|wino|piw*|wodk*|wodeczk*|nalewk*|whisk*|rum*",
    ),
    ("pl", "zestaw* ~3 win*|piw*|nalewk*"),
    (
        "pl",
        "bez alkoholu|bezalkohol*|alkohol* izopropyl*|na bazie alkohol*; alkohol* etylow* ~2 do czyszczen*",
    ),
    ("pl", "bezposredni* ~2 przez alegro|na alegro|w alegro"),
    ("pl", "debiut*"),
    # Czech and Slovak.
    ("cs", "picasso|picassov*|pickup|picknick*"),
    (
        "cs",
        "sklenic*|otvirak*|stojan*|pohar*|otvarak* ~2 vin*|piv*; vinn* sklenic*|pivn* sklenic*|vinoteka|vinn* pohar*|pivn* pohar*",
    ),
    (
        "cs",
        "prima|primarn*; prim* ~2 na alegru|pres alegro|v alegru|na alegre|cez alegro|v alegre",
    ),
    ("cs", "debilitat*"),
    ("sk", "ritual*|ritmus*|ritm*"),
    # Hungarian: "fa" (wood) + "sz..." compounds, "szár" (stalk), "baszk" (Basque).
    (
        "hu",
        "faszén*|faszerkezet*|faszobor*|faszekrény*|faszerszám*|faszállít*|faszál*|faszeg*|faszenet|faszálka*|faszőnyeg*|faszín*",
    ),
    ("hu", "faszen|faszenes|faszenet|faszerkezet*|faszobor*"),
    (
        "hu",
        "szár|szára|szárat|szárak*|szárny*|szárít*|száraz*|szárú|szárnyas*|szárma*|szarvas*|szarka*|szarufa*|szarv*",
    ),
    ("hu", "baszk*|bazsalik*"),
    (
        "hu",
        "boros pohár*|borospohár*|boros üveg*|borosüveg*|bornyitó*|dugóhúzó*|söröskorsó*|sörös korsó*|sörnyitó*|sörös pohár*|pálinkás pohár*|pálinkáspohár*|borhűtő*|borállvány*|bortartó*",
    ),
    ("hu", "kozvetlen* ~3 alegron|alegro*|a futar*"),
]

# (domain, kind, note): links that pass. Couriers' tracking pages and the platform.
ALLOWED_DOMAINS: list[tuple[str, str, str]] = [
    ("allegro.pl", "platform", "Polish site"),
    ("allegro.cz", "platform", "Czech site"),
    ("allegro.sk", "platform", "Slovak site"),
    ("allegro.hu", "platform", "Hungarian site"),
    ("allegro.com", "platform", ""),
    ("allegromail.pl", "platform", "masked addresses"),
    ("allegromail.com", "platform", "masked addresses"),
    ("allegrostatic.com", "platform", "images"),
    ("inpost.pl", "courier", "InPost tracking"),
    ("inpost.cz", "courier", ""),
    ("inpost.sk", "courier", ""),
    ("inpost.hu", "courier", ""),
    ("inpost.eu", "courier", ""),
    ("paczkomaty.pl", "courier", ""),
    ("dpd.com.pl", "courier", "DPD tracking"),
    ("dpd.com", "courier", ""),
    ("dpd.cz", "courier", ""),
    ("dpd.sk", "courier", ""),
    ("dpd.hu", "courier", ""),
    ("mojapaczka.dpd.com.pl", "courier", ""),
    ("dhl.com", "courier", "DHL tracking"),
    ("dhl.pl", "courier", ""),
    ("dhl.de", "courier", ""),
    ("dhlparcel.pl", "courier", ""),
    ("ups.com", "courier", "UPS tracking"),
    ("gls-group.eu", "courier", "GLS tracking"),
    ("gls-group.com", "courier", ""),
    ("gls-poland.com", "courier", ""),
    ("gls-czech.com", "courier", ""),
    ("gls-slovakia.sk", "courier", ""),
    ("gls-hungary.com", "courier", ""),
    ("fedex.com", "courier", ""),
    ("tnt.com", "courier", ""),
    ("poczta-polska.pl", "courier", "Poczta Polska tracking"),
    ("pocztex.pl", "courier", ""),
    ("emonitoring.poczta-polska.pl", "courier", ""),
    ("orlenpaczka.pl", "courier", ""),
    ("paczkawruchu.pl", "courier", ""),
    ("postaonline.cz", "courier", "Česká pošta tracking"),
    ("ceskaposta.cz", "courier", ""),
    ("ppl.cz", "courier", ""),
    ("zasilkovna.cz", "courier", "Zásilkovna/Packeta tracking"),
    ("packeta.com", "courier", ""),
    ("packeta.sk", "courier", ""),
    ("packeta.hu", "courier", ""),
    ("posta.sk", "courier", "Slovenská pošta tracking"),
    ("tracking.posta.sk", "courier", ""),
    ("posta.hu", "courier", "Magyar Posta tracking"),
    ("foxpost.hu", "courier", ""),
    ("expressone.hu", "courier", ""),
    ("sameday.hu", "courier", ""),
    ("geis.pl", "courier", ""),
    ("geis-group.cz", "courier", ""),
    ("furgonetka.pl", "courier", ""),
    ("apaczka.pl", "courier", ""),
    ("allekurier.pl", "courier", ""),
    ("parcelsapp.com", "courier", "parcel tracking aggregator"),
    ("17track.net", "courier", "parcel tracking aggregator"),
    ("przelewy24.pl", "payment", ""),
    ("payu.pl", "payment", ""),
    ("payu.com", "payment", ""),
    ("tpay.com", "payment", ""),
]
