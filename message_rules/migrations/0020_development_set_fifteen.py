"""What held-out set 15, read as a development set after its one measurement (session 17,
at its start), showed the rules missed: goods from a source "better not talked about",
stolen goods that work, "don't ask which cars" catalytic converters, fruit brandies, hash
by the gram, crystals or caps, an ID card on any name, copies resold as genuine, "super
clones"; a fee for "seller protection" or to release a payout; a listing taken down to be
paid directly, a QR payment from a bank, "instead of the site", "Venmo me", "directly to
our company account"; a QR code, a channel, a profile or a page found by search outside
the site; insults. And exceptions: dropping a parcel off is no move off the site; from
corpora ah and ai read before training, the Czech and Slovak "frajer" as a compliment, a
writer calling themselves an idiot, an item listed on OLX before.
Databases loaded by 0002 get them; fresh ones have them from the defaults.
"""

from django.db import migrations

ADDED_PHRASES = [
    ('prohibited_item', '', 'zdroj*|zdroja|zrodla|zrodel|helyrol|helyrol van|source|place ~4 radsi nemluvit|radsej nehovorit|lepiej nie mowic|lepiej nie pytac|jobb nem beszelni|jobb nem kerdezni|better not talk*|better not say|better not ask|best not ask*'),
    ('prohibited_item', '', 'doklad nechtej|doklad nechtejte|doklad nechciet|doklad nechcite; hlavne se neptej* na doklad|hlavne sa nepytaj* na doklad|csak a szamlat ne kerdezz*|just dont ask for a receipt|just dont ask for the receipt'),
    ('prohibited_item', '', 'kradenej|kradeny|kradena|kradene|kradnuty|kradnuta|ukradeny|ukradena|ukradnuty|ukradnuta|kradzion*|ukradzion*|stolen|nicked|pinched|lopott ~6 funguj*|dziala|works|rides|runs|jezdi|jazdi|mukodik|jede|ide|perfect*|idealn*|hibatlan*'),
    ('prohibited_item', '', 'prosim|csak|just|jen|radsi|radsej|lepiej|hlavne|len|only|but ~2 nepytaj*|neptej*|nie pytaj*|ne kerdezz*|dont ask ~2 z akych|z jakych|z jakich|milyen|which|what ~1 aut|auta|autokbol|autorol|cars|car|samochodow|vozidiel|vozidel'),
    ('prohibited_item', '', 'merunkovic*|hruskovic*|visnovic*|jablkovic*|trnkovic*|morusovic*'),
    ('prohibited_item', '', 'hasis*|hasik* ~6 vezmu|beru|zoberiem|g|gramu|gramy|gram|gramov; ten has|ten hasik|ten hash ~3 z minula|z minule|co minule|jak minule|jako minule|ako minule'),
    ('prohibited_item', '', 'krystal*|kristal*|crystal*|krysztal* ~2 alebo|nebo|vagy|or|albo|czy ~1 kapsl*|kapszul*|kapsul*|caps|capsules|pixy|piksy|bombk*; kapsl*|kapszul*|kapsul*|caps|capsules ~2 alebo|nebo|vagy|or|albo|czy ~1 krystal*|kristal*|crystal*|krysztal*'),
    ('prohibited_item', '', 'prawo jazdy|prawa jazdy|dowod* osobist*|dowod|ridicak*|obcank*|vodicak*|obciansk*|jogositvany*|szemelyi*|driving licen*|passport*|id card* ~4 na hocijake meno|na hocake meno|na hociake meno|na lubovolne meno|any name you want; na overen* v banke|projde overenim v bance|przejdzie weryfikacj* w banku|atmegy a banki'),
    ('prohibited_item', '', 'sell them on as genuine|sell them as genuine|resell as genuine|resell them as genuine|resell as original|sell on as genuine|as an original resell|prodat jako original*|prodejte jako original*|predat ako original*|sprzedac jako oryginal*|sprzedawac jako oryginal*|eladhatod eredetikent|eladhatja eredetikent|eredetikent eladhat*; super clone*|superclone*|superklon*|szuperklon*|box and papers as an original|box and papers as original'),
    ('scam', '', 'oplac*|zaplac*|zaplat*|uhrad*|pay|fizet*|fizess*|fizetnie ~3 ochron* sprzedawc*|ochran* prodejc*|ochran* predajc*|seller protection|eladoi vedelem*|eladovedelem*'),
    ('scam', '', 'oplac*|zaplac*|zaplat*|uhrad*|fizess*|fizetni|pay ~8 zanim|before|nez|pred|mielott ~4 wyplac*|vyplat*|kifizet*|pays out|pay out|releases|uvoln*|odblok*'),
    ('off_platform', '', 'stahn*|zrus*|smaz*|usun*|zdejm*|take down|remove|torold|torolje|vedd le|vegye le ~3 inzerat*|ogloszeni*|aukcj*|the listing|the ad|hirdetes* ~8 posl*|zaplat*|zaplac*|prevod*|przelej|przelew*|pay|utal*|prim*|bezposr*|directly|kozvetlen*|rovnou|napriamo; qr platb* ~4 banky|banka|banku|bankou|ucet|uctu'),
    ('off_platform', 'en', 'instead of ~3 the site|the platform|the marketplace|alegro|the app; venmo me|zelle me|revolut me|paypal me|cash app me; pay*|transfer*|send*|wire*|paid ~3 directly|straight ~2 to our|to my|into our|into my ~2 account|company account|bank account|business account'),
    ('external_link', '', 'zeskanuj*|naskenuj*|oskenuj*|scan|olvasd be|olvassa be|szkenneld|szkennelje ~3 kod* qr|qr kod*|qr code*|qr kodot ~8 stron*|strank*|web*|page|site|oldal*|sklep*|eshop*'),
    ('external_link', '', 'moj kanal|muj kanal|moj kanal|moim kanale|csatornam*|my channel|moj profil|muj profil|my profile ~3 na twitch*|na youtub*|na yt|on twitch|on youtube|on yt|on insta*|na insta*|na tiktok*|on tiktok|a youtube*|a twitch*|youtubeon|twitchen|tiktokon|instan|instagramon'),
    ('external_link', '', 'hledej*|najdi*|najdete|najdes|szukaj*|znajdz*|look up|search for|find|keress*|hladaj*|vyhladaj* ~2 na instagram*|na insta|na fb|na facebook*|na tiktok*|na youtub*|on instagram|on insta|on facebook|on tiktok|on youtube|on yt|az instan|instagramon|facebookon|tiktokon|youtubeon ~3 profil*|konto|ucet|uctu|account|page|channel|kanal*|oldal*|csatorn*'),
    ('external_link', '', 'googl* ~8 mam strank*|mam stranku|moja strona|moja stronka|moje stranky|moju stranku|my page|my site|my website|az oldalam*|oldalamon|nase strank*|nasza stron*|nasza strone|our site|our page|our website; mam stranku|moja strona|moje stranky|my page|my site|my website|az oldalam* ~6 googl*'),
    ('profanity', 'pl', 'choj|chooj|choja|chojem'),
    ('profanity', 'cs', 'ty coura|obycejna coura|stara coura|jste coura|jsi coura|si coura|drz hubu|drzte hubu'),
    ('profanity', 'sk', 'drz hubu|drzte hubu|zavri hubu|zavrite hubu|stara krava'),
    ('profanity', 'hu', 'fogd be a pofad|fogja be a pofajat|pofa be|agyatlan tehen|te tehen|buta tehen|hulye tehen|te liba|buta liba'),
    ('profanity', 'en', 'lying cow|stupid cow|silly cow|fat cow|you cow|old cow|you pig|grubby pig|filthy pig|fat pig|dirty pig|greedy pig|common tart|you tart|cheap tart|fat slag|ugly slag|old slag|filthy slag|dirty slag|shut your gob|shut your face|shut your trap|shut your mouth'),
]

ADDED_EXCEPTIONS = [
    ('en', 'drop it off|drop off|dropped off|drops off|dropping off|drop them off|drop the parcel off|drops it off|dropped it off|dropping it off'),
    ('', 'frajersk*|frajerin*|frajerstv*|budete frajer|budes frajer|frajer ze|je frajer'),
    ('', 'im such an idiot|im an idiot|i am an idiot|i was an idiot|what an idiot i am|jestem idiota|jestem idiotka|ale ze mnie idiot*|jsem idiot|jsem to ale idiot|som idiot|som ja ale idiot'),
    ('pl', 'wystawial* ~3 wczesniej ~2 na olx|na vinted|na facebook*|na allegro lokalnie'),
]


def forwards(apps, schema_editor):
    Rule = apps.get_model("message_rules", "Rule")
    RuleSetVersion = apps.get_model("message_rules", "RuleSetVersion")
    if not Rule.objects.exists():
        return  # an empty database: 0002 loads the defaults, these included
    for category, language, pattern in ADDED_PHRASES:
        Rule.objects.get_or_create(
            category=category, language=language, kind="phrase", pattern=pattern
        )
    for language, pattern in ADDED_EXCEPTIONS:
        Rule.objects.get_or_create(category="", language=language, kind="allow", pattern=pattern)
    version, _created = RuleSetVersion.objects.get_or_create(pk=1)
    RuleSetVersion.objects.filter(pk=1).update(version=version.version + 1)


def backwards(apps, schema_editor):
    Rule = apps.get_model("message_rules", "Rule")
    for category, language, pattern in ADDED_PHRASES:
        Rule.objects.filter(
            category=category, language=language, kind="phrase", pattern=pattern
        ).delete()
    for language, pattern in ADDED_EXCEPTIONS:
        Rule.objects.filter(category="", language=language, kind="allow", pattern=pattern).delete()


class Migration(migrations.Migration):
    dependencies = [("message_rules", "0019_development_set_fourteen")]

    operations = [migrations.RunPython(forwards, backwards)]
