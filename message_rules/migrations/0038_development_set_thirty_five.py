"""What held-out set 35 (relayed e-mail as mail programs write it: signatures, quoted
replies, auto-replies, pasted orders, phishing letters dressed as the site or a courier),
read as a development set after its one measurement (session 24), showed the rules missed
or blocked wrongly.

Misses, as kinds: reviews sold in bundles "written from different accounts"; goods whose
origin "you'd better not ask about" (Czech, Slovak, Hungarian); replicas "indistinguishable
from the original" and forged handbags in Slovak; KMS activators and cracked Adobe; slow
lorises and macaws "without paperwork"; finishing the purchase on another marketplace;
cancelling on the site and transferring directly; deleting the listing so as not to pay
the commission; Snapchat; deposits for trying on a dress; payment confirmations "by e-mail
from the site" with "the money arrives in 3 days" or "don't wait for the money"; a starter
kit to buy before a job; payment only up front by transfer; a surcharge paid to the courier
(Czech, Slovak); re-entering the account password; an ID photo and bank login details
asked for in Hungarian; friends who "will pay you a visit, and it won't be pleasant",
broken legs, wishing someone dead, "szmata", "sprostá hus", "dozy cow".
Wrong blocks: the reader's words quoted in a reply that turns them down (read by the
engine now), "we cannot accept payment outside the portal", "airsoft ... no licence needed".
Databases loaded by 0002 get them; fresh ones have them from the defaults.
"""

from django.db import migrations

from message_rules.rule_changes import RuleChanges

ADDED_PHRASES = [
    (
        "prohibited_item",
        "",
        "pakiet* ~4 opini*|recenzj*|ocen*; "
        "opini*|recenzj*|ocen*|hodnocen*|hodnoten*|recenzi*|ertekeles*|reviews ~4 z roznych kont|z "
        "ruznych uctu|z roznych uctov|kulonbozo fiokokbol|from different accounts; "
        "ajanlunk|kinalunk|ajanlok|kinalok ~4 otcsillagos ertekeles*|pozitiv ertekeles*; balicek ~3 "
        "hodnocen*|recenz*; balik ~3 recenzi*|hodnoten*; bundle|pack ~5 reviews",
    ),
    (
        "prohibited_item",
        "",
        "puvod* ~2 neres*|neresit*; povod* ~2 neries*|nerieste; inkab ne firtas*|inkab ne kerdez*|inkab "
        "ne faggas*|ne firtassa|ne firtasd; origin ~3 dont ask|better not ask; na nerozoznanie od "
        "original*|nerozoznateln* od original*|k nerozeznani od original*|nerozeznateln* od original*; "
        "falsovan* ~2 kabel*|tas*|tasiek|hodin*|hodink*|obuv*|tenis*|parfum*|okuliar*",
    ),
    (
        "prohibited_item",
        "",
        "kms activator|kms aktivator*|cracked adobe*|cracked photoshop|cracked office|cracked "
        "software|crackovany office|crackovany adobe; slow loris*|outloni*; macaw*|ara hyacint*|ary "
        "hyacint* ~6 no paperwork|no papers|without paperwork|bez papier*|bez dokument*|papirok nelkul",
    ),
    (
        "off_platform",
        "",
        "sfinaliz*|dokoncz*|dokonc*|dokoncit|dokoncit|dokoncime|finish|complete|befejez* ~3 na olx|na "
        "vinted*|na bazos*|na sbazar*|na modrom konik*|na jofogas*|na vatera*|on ebay|on vinted|on "
        "gumtree|a jofogason|a vaterin; zakup|nakup|kupno|transakc* ~2 na olx|na vinted*|na bazos*|na "
        "modrom konik*",
    ),
    (
        "off_platform",
        "",
        "lemond* ~8 atutal*; utalja nekem|utald nekem|atutalja nekem|atutald nekem; usun* ~2 ogloszen* "
        "~6 prowizj*; listing down|take the listing|delete the listing|remove the listing ~6 "
        "commission|fees; nie placic prowizji|nie zaplacic prowizji|avoid the commission|dont pay the "
        "commission|not pay the commission; add my snapchat|add me on snapchat|my snapchat|snapchat "
        "is|snapchat username|snap me|moj snapchat|muj snapchat|napisz na snapchat*|pis na snapchat*",
    ),
    (
        "scam",
        "",
        "kaucj* ~3 przymiark*|przymierzeni*|przymierzenie; kauc* ~3 vyzkouseni|vyskusanie|vyskusania|na "
        "vyzkouseni; kaucio* ~4 felprobal*; deposit ~3 to try on|for trying on|to try it on",
    ),
    (
        "scam",
        "",
        "wyslalem|przeslalem ~3 potwierdzeni* platnosci; poslal jsem|poslala jsem ~3 potvrzeni platby; "
        "poslal som|poslala som ~3 potvrdenie platby; elkuldtem ~3 fizetesi visszaigazolas*; ive sent "
        "you|i sent you|i have sent you ~3 payment confirmation",
    ),
    (
        "scam",
        "",
        "wyslac|wyslij|wysylac|nadac ~4 towar|paczk* ~4 pieniadze przyjd*|pieniadze dojd*; "
        "zbozi|tovar|zasilk*|balik*|balicek ~5 penize prijdou za|peniaze pridu za; post the item|send "
        "the item|ship the item|post it|ship it ~4 money arrives|money will arrive; arut|csomagot ~5 a "
        "penz ~2 mulva erkezik; necekejte na penize|necakajte na peniaze|ne varjon a penzre|without "
        "waiting for the funds|without waiting for the money|dont wait for the money|nie czekaj na "
        "pieniadze|nie czekajac na pieniadze",
    ),
    (
        "scam",
        "",
        "trzeba|musisz|nalezy ~3 wykupic|kupic|oplacic ~2 pakiet startow*; nutne|musite|musis ~3 "
        "koupit|zaplatit ~2 startovac* balic*; treba|musite ~3 kupit|zaplatit ~2 startovac* balik*; meg "
        "kell vasarolni ~6 kezdocsomag*|kezdo csomag*; need to buy|have to buy|must buy|must pay for ~2 "
        "starter kit|starter pack",
    ),
    (
        "scam",
        "",
        "len|iba ~3 zaloh* vopred; de csak elore utal*|csak elore utalassal mert; up front by bank "
        "transfer|upfront by bank transfer|by bank transfer up front; jen|pouze ~3 zaloh* predem; "
        "doplatte|doplat ~3 kuryrovi|kurierovi",
    ),
    (
        "credentials_request",
        "",
        "zadani hesla|zadanie hesla|opetovne zadani|opatovne zadanie|ponowne wpisanie hasla|ponownie "
        "wpisac haslo|jelszo* ujboli megadas*|jelszav* ujboli megadas*; re enter your|reenter your ~3 "
        "password; kuldjon egy|kuldjon|kuldje el ~2 fotot|fenykepet|kepet ~3 szemelyi*|igazolvany*; "
        "szukseg* ~5 belepesi adat*|jelszav*|jelszo*|bejelentkezesi adat*",
    ),
    (
        "profanity",
        "",
        "jakas szmata|ty szmata|jestes szmata|zwykla szmata; pani to ~3 szmata; wizyt* ~6 nie bedzie "
        "milo; koledzy|kumple ~3 zloza ~2 wizyt*; navstivi|navstivia ~5 nebude to prijemne; meglatogat* "
        "~5 nem lesz kellemes; pay you a visit ~6 not be pleasant|wont be pleasant|wont be nice",
    ),
    (
        "profanity",
        "",
        "zlamu vam nohy|zlamu ti nohy|polamem vam nohy|polamem ti nohy|eltorom a labat|eltorom a "
        "labad|break your legs|polamie ci nogi|polamie panu nogi|polamie pani nogi|polamie wam "
        "nogi|polamu ci nogi; nadzieje ze ~3 zdechn*; doufam ze ~3 chcipn*; dufam ze ~3 zdochn*; remelem "
        "~3 megdogl*; hope you die|hope you rot|zdechnij|chcipni|zdochni|dogolj meg; ty sprost* hus*|ty "
        "hlup* hus*|vy sprost* hus*|dozy cow|stupid cow|silly cow|you cow|daft cow|thick cow",
    ),
]

ADDED_EXCEPTIONS = [
    (
        "",
        "nemozeme|nemozem|nemuzeme|nemuzu|nemuzem|nie mozemy|nie moge|nem tudunk|we cannot|we can "
        "t|cannot ~4 mimo portal*|mimo platform*|poza serwis*|poza platform*|az oldalon kivul|outside "
        "the site|off the site",
    ),
    (
        "",
        "airsoft* ~3 fegyver*|puska*|pisztoly*|rifle*|gun*|pistol*|karabin*|pusk*|pistol*|zbran*|bron*",
    ),
]

ADDED_REGEXES = []

CHANGED_PHRASES = []

REMOVED_EXCEPTIONS = []

CHANGES = RuleChanges(
    ADDED_PHRASES, ADDED_EXCEPTIONS, ADDED_REGEXES, CHANGED_PHRASES, REMOVED_EXCEPTIONS
)


class Migration(migrations.Migration):
    dependencies = [("message_rules", "0037_development_set_thirty_four")]

    operations = [CHANGES.operation()]
