"""What held-out set 34 (single turns of long threads, written by people in a hurry or
upset, across all goods), read as a development set after its one measurement (session
23), showed the rules missed or blocked wrongly.

Misses, as kinds: a little weed or ecstasy thrown in "as a sorry", cracked Windows and
pirated games in a bundle, fake reviews sold, "the LV bag is a copy" said plainly, a
degree certificate from any university; a payment confirmation "you can ship, the money
arrives in 48 hours", a deposit "and I'll reserve it", a "transport guarantee" to the
seller's account, the rich widow; username and password "to confirm the account", a
driving licence photo "for the courier's insurance"; Snapchat, Revolut and "transfer it
straight to me" in Hungarian; threats (the car smashed, a punch in the face) and insults.
Wrong blocks: Czech "je to fuk" (it doesn't matter) read as English swearing; most of the
others were the reader's words quoted back and turned down, read by the engine now.
Databases loaded by 0002 get them; fresh ones have them from the defaults.
"""

from django.db import migrations

from message_rules.rule_changes import RuleChanges

ADDED_PHRASES = [
    (
        "prohibited_item",
        "",
        "ziola w gratisie|troche ziola|trochu travy zdarma|travy zdarma|vrecko travy|egy kis fu|fu ajandekba|bag of weed|extasy*|extazy*|crackowan*|crackelt*|cracked windows|crack windows|windows crack|piracka fifa|pirack* gr*|piratsk* fif*|kaloz fifa|pirated fifa|fejkow* opini*|falszyw* opini*|kamu ertekeles*|hamis ertekeles*|falesn* recenz*|falosn* recenz*|fake reviews|degree certificate|certificate from any uni*",
    ),
    (
        "prohibited_item",
        "",
        "lv|louis|rolex*|gucci|prada|chanel*|cartier|omega ~4 to kopia|je kopie|je kopia|is a replica|is a copy|je replika|to replika|masolat*; dyplom* ~3 dowoln* uczelni; diplom* ~3 jakekoli* skol*|akejkolvek skol*",
    ),
    (
        "scam",
        "",
        "potwierdzeni* ~6 mozesz wysylac|mozesz nadac|wysylaj; kasa dojdzie|pieniadze dojda|money arrives in|penize prijdou|peniaze pridu ~3 48|24|h|godzin*|hodin*|hours; kepernyokep* ~8 kuldd|add fel; deposit ~4 ill reserve|i ll reserve|to reserve it|and ill hold; transport guarantee|gwarancj* transportow*|zaruk* za dopravu|szallitasi garancia*; wdow* ~8 mln|milion*|dolar*; vdov* ~8 mil|milion*|dolar*; widow ~8 million|fund|dollars",
    ),
    (
        "credentials_request",
        "",
        "zdjeci* prawa jazdy|nazw* uzytkownika i haslo|login i haslo|username and password|uzivatelske jmeno a heslo|prihlasovaci jmeno a heslo|felhasznalonev* es jelszo*|fotot a jogositvany*|driving licence photo|driving license photo|photo of your driving licence|photo of your licence; jogositvany* ~3 fot*",
    ),
    (
        "off_platform",
        "",
        "adj hozza ~2 snap*|insta*|face*|tiktok*; utald egyenesen nekem|utald kozvetlenul|egyenesen nekem utald|nem az oldalon keresztul|ne az oldalon keresztul|ne az oldalon",
    ),
    (
        "profanity",
        "",
        "samochod rozwale|rozwale ci|dostaniesz w ryj|dostanes do huby|dostanes po hube|szajba verlek|szajon verlek|punch your face in|smash your car|glupia suka|ty suko|ubohej luzr|ubohy luzer|ty luzre|pathetic loser|szanalmas luzer|szarert|ezt a szart",
    ),
]

ADDED_EXCEPTIONS = [
    (
        "cs",
        "je to fuk|to je fuk|mi je to fuk|je mi to fuk|mne je to fuk|to je mi fuk|to je mne fuk",
    )
]

ADDED_REGEXES = []

CHANGED_PHRASES = []

REMOVED_EXCEPTIONS = []

CHANGES = RuleChanges(
    ADDED_PHRASES, ADDED_EXCEPTIONS, ADDED_REGEXES, CHANGED_PHRASES, REMOVED_EXCEPTIONS
)


class Migration(migrations.Migration):
    dependencies = [("message_rules", "0036_development_set_thirty_three")]

    operations = [CHANGES.operation()]
