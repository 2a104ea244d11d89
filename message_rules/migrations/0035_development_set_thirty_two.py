"""What held-out set 32 (collectibles, antiques, art, books, music and militaria), read as a
development set after its one measurement (session 23), showed the rules missed or blocked
wrongly.

Misses, as kinds: detector finds and hoards never reported to the conservator, the
archaeologists or the museum; grave goods dug up by the seller; items taken from churches
and altars "for a discreet buyer"; provenance and experts' letters made to order ("as if
from an auction"); graded card slabs re-sealed with another card; films ripped from
streaming and sold as collector's editions, bootlegs sold as first pressings, e-book
bundles stripped of DRM; counterfeit banknotes by their local names; "deactivated"
weapons that still work; extremist symbols made new for sale; unexploded mines and
grenades; ivory without an exemption; "my assistant has already paid", an expert's
valuation deposit, an escrow company offered by the buyer, a ring "held at customs";
overpayments refunded to another account or the shipper's, the card's PIN for a
courier's remote terminal, a bank login "to release the parcel", the card entered after
a confirmation click, a code "the site emailed you" or "from the app", Revolut to the
seller's name; threats (teeth knocked out) and insults.
Wrong blocks: the National Heritage Institute read as an inheritance scam.
Databases loaded by 0002 get them; fresh ones have them from the defaults.
"""

from django.db import migrations

from message_rules.rule_changes import RuleChanges

ADDED_PHRASES = [
    (
        "prohibited_item",
        "",
        "konserwator* ~3 nie wie|nic nie wie; nie zglasza*|nie zglosil* ~4 konserwator*|archeolog*|muzeum; nehlasil*|nenahlasil* ~4 archeolog*|pamiatkar*|pamatkar*|muzeu*; archeolog*|pamiatkar*|pamatkar* ~3 nehlasil*|nenahlasil*|jsem to nehlasil|som to nehlasil; nem jelentettem|nem jelentettuk|nem jelentettem be ~4 muzeum*; muzeumnak nem jelentettem; didnt report it|never reported it|not reported ~4 finds liaison|flo|museum|coroner|the council",
    ),
    (
        "prohibited_item",
        "",
        "kopane noca|wykopane przez nas|wykopal* sami|vykopali jsme to sami|vykopali sme to sami|vykopal jsem to sam|mi astuk ki|magunk astuk ki|dug up ourselves|we dug up|dug it up ourselves|z cmentarzyska|z grobu kurhanow*|z hrobu|z pohrebist*|z hrobky|grave goods|from a burial|sirmelleklet*|sirlelet*|ijaszsir*",
    ),
    (
        "prohibited_item",
        "",
        "z kosciola ~6 zdjet*|ukradzion*|wyniesion*; z cerkvi ~6 zobran*|ukradnut*; zdjety z oltarza|zdjeta z oltarza|z oltarza w zeszlym|zobran* minuly rok|ukradnut* z cerkvi|ukradnut* z drevenej cerkvi|ukradnut* z kostol*|ukraden* z kostel*|z kostela ukraden*|levettek az oltarrol|stolen from a church|discreet buyer|diskretn* kup*|diszkret vevo*|dyskretn* kupc*; oltarrol ~3 vettek le; from a church ~4 discreet",
    ),
    (
        "prohibited_item",
        "",
        "proweniencj*|provenienc*|povod|provenance|szakvelemeny* ~6 dorob*|dodela*|dorobi*|megcsinal*|knock* up|make up|made up; knock* up|make up|dorobi*|dorobie ~3 proweniencj*|provenienc*|provenance; jak z aukcji|jakby z aukcji|jako z aukce|ako z aukcie|mintha aukciorol|came through christies|came through sothebys|came through bonhams",
    ),
    (
        "prohibited_item",
        "",
        "slab* ~6 przeklejon*|przeklej*|znovu zavar*|resealed|re sealed|inna karta|ina karta|jina karta|masik kartya|different card inside; bootleg* ~8 jako|ako|as|kent|eredeti*|original*|prvni vylisek|prvy vylisok|first press*|pierwsze wydanie",
    ),
    (
        "prohibited_item",
        "",
        "film* ~6 z netflix*|zo streamovania|ze streamovani|ze streamingu|z serwisow|streamingbol|off the streaming|from streaming|from netflix; jako wydania kolekcjonerskie|jako sberatelskou edici|ako zberatelsku ediciu|gyujtoi kiadaskent|as collectors editions|as limited collectors editions|as limited collector* edition*; ebook*|e book*|e knih*|e konyv* ~6 bez zabezpieczen*|bez ochrany|masolasvedelem nelkul|stripped of drm|drm stripped|bez drm",
    ),
    (
        "prohibited_item",
        "",
        "falesn*|falosn*|hamis|counterfeit|falszyw*|podrobion* ~3 petitisicovk*|tisicovk*|stovk*|dvoutisicovk*|huszezres*|tizezres*|otezres*|ezres*|notes|tenners|twenties|fifties|setki|stowki|dwusetki|piecsetki|dvadsatk*|padesatk*|eurobankovk*",
    ),
    (
        "prohibited_item",
        "",
        "akoze znefunkcnen*|akoby znefunkcnen*|jakoby znehodnocen*|sold as deactivated but|deactivated but the bolt|bolt still works|da sa sprevadzkovat|da se zprovoznit|mozna przywrocic|can be put back in an hour|can be reactivated|no deac cert|no deactivation cert*|nevybuchnut*|nevybuchl*|niewybuch*|fel nem robbant*|mills bomb|fuse is still in|fuse still in|not sure if its inert|neviem ci zneskodnen*|nevim jestli zneskodnen*",
    ),
    (
        "prohibited_item",
        "",
        "swastyk*|swastik*|odznaki ss|ss odznak*|hlinkov* gard*|horogkereszt*|nyilaskereszt*|national action ~8 nowe|nove|uj|new|na sprzedaz|na predaj|eladasra|to sell|ruch*|hnut*|mozgalm*|movement|the lads",
    ),
    (
        "prohibited_item",
        "",
        "slonovin*|kosc* sloniow*|elefantcsont*|ivory|tusk ~6 bez cites|bez papier*|bez dokladu|no exemption|without cites|no certificate|papir nelkul|papirok nelkul|declared as",
    ),
    (
        "scam",
        "",
        "asystentka|asistentka|asszisztensem|my assistant|my secretary|moja sekretarka ~4 zaplacil*|zaplatila|fizetett|has paid|already paid|paid; ekspert*|expert*|szakert*|znalec ~8 zaliczk*|zaloh*|eloleg*|deposit; deposit for the report|deposit for the valuation|zaliczk* za ekspertyz*|zaloh* za expertiz*|zaloh* za expertiz*; letetet ajanlok|letet ~4 cegen keresztul; je na celnici|je na colnici|customs are holding|vamon van|a vamon ~8 zaplat*|zaplatte|pay|fizes*|utal*",
    ),
    (
        "scam",
        "",
        "terminal* zdaln*|terminalem zdalnie|terminalem na dalku|terminalom na dialku|tavolrol fogadja|takes the payment remotely|payment remotely on; zasilk*|zasielk*|parcel|csomag* ~8 prihlaseni do banky|prihlasenie do banky|bank login|banki belepes*|internet banking; kiadasahoz ~6 banki|belepes*; kliknij* ~6 potwierdz* odbior*",
    ),
    (
        "off_platform",
        "",
        "zwroc*|odesl*|oddaj*|przelej|vrat*|posl*|utal*|refund*|wire|send ~6 na konto kuriera|na konto przewoznika|na ucet prepravce|na ucet prepravcu|szallito szamlajara|to my shipper|to the shipper; nadplat*|rozdil|rozdiel|kulonbozet*|difference ~6 na inne konto|na jiny ucet|na iny ucet|masik szamlara|another account|different account; revoluton|revolutra|revolutem|na revolut|via revolut|on revolut|by revolut|przez revolut|cez revolut|pres revolut",
    ),
    (
        "credentials_request",
        "",
        "odfot* ~3 kart*; kart* ~4 spredu aj zozadu|spredu i zozadu; megadni a kartyat|megadni a kartyajat; send me the code|give me the code|tell me the code ~6 site|emailed|texted|sent you; give us the code|send us the code|read us the code",
    ),
    (
        "profanity",
        "",
        "zeby powybijam|powybijam ci zeby|wybije ci zeby|vymlatim ti zuby|vyrazim ti zuby|kiverem a fogad|knock your teeth out|duren|durniu|gnido|gnida|ty hnida|hnido|blba babo|hulye tyuk|rohadt kufar|shyster|you vermin|spal sie razem|zhor aj s|burn with all your|burn in hell",
    ),
]

ADDED_EXCEPTIONS = [
    (
        "pl",
        "instytu* dziedzictwa|dziedzictwa narodowego|dziedzictwo kulturowe|dziedzictwa kulturowego|dziedzictwem kulturowym",
    )
]

ADDED_REGEXES = []

CHANGED_PHRASES = []

REMOVED_EXCEPTIONS = []

CHANGES = RuleChanges(
    ADDED_PHRASES, ADDED_EXCEPTIONS, ADDED_REGEXES, CHANGED_PHRASES, REMOVED_EXCEPTIONS
)


class Migration(migrations.Migration):
    dependencies = [("message_rules", "0034_development_set_thirty_one")]

    operations = [CHANGES.operation()]
