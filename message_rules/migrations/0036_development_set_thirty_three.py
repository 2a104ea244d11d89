"""What held-out set 33 (food, drink, home-made goods, plants and garden produce, sold
between neighbours), read as a development set after its one measurement (session 23),
showed the rules missed.

Misses, as kinds: psilocybe spores "for microscopy" with growing advice, cannabis seeds
with instructions to grow them under a lamp, poppy straw for brewing, khat, meat from home
slaughter without a vet, expired food relabelled, a forged sanitary certificate, raw milk
from an unregistered cow delivered to kindergartens; a payment-confirmation screenshot
"you can ship now", "the bank has confirmed", a storage fee for a held parcel on a page
sent by text, a deposit for the Christmas pig "trust me as a neighbour", a deposit by bank
transfer beside a Viber number, a personal number asked for a loyalty scheme; "follow me
on Insta" without an @; insults (parasite, old witch, nutter, "stupid as a ram") and a
threat to smash the hives.
Wrong blocks were mostly spirits named as an ingredient, in a recipe, as fruit's purpose
or as kept for the writer's own use: the engine reads those (no rule change).
Databases loaded by 0002 get them; fresh ones have them from the defaults.
"""

from django.db import migrations

from message_rules.rule_changes import RuleChanges

ADDED_PHRASES = [
    (
        "prohibited_item",
        "",
        "zarodnik*|spory|spor|spora|sporak*|spores|spore ~4 do mikroskop*|na mikroskop*|pro mikroskop*|for microscopy|mikroszkop*; lysiczk*|lysohlav*|psilocyb*|magic mushroom* ~8 podloz*|substrat*|pestovan*|grow kit|how to grow|jak zrobic|jak wyhodowac",
    ),
    (
        "prohibited_item",
        "",
        "nasion* konop*|semin* konop*|semien* konop*|kendermag*|cannabis seed* ~6 feminiz*|automat*|autoflower*|pod lamp*|pod lampou|lampa alatt|under a lamp|grow*|wyhodowac|pestovat|termeszt*",
    ),
    (
        "prohibited_item",
        "",
        "makowin*|slom* makow*|makovin*|makgubo*|poppy straw|poppy pods ~6 wywar*|odvar*|fozet*|tea|na odvar|do wywaru|na wywar; khat|khatot|khatu|qat",
    ),
    (
        "prohibited_item",
        "",
        "z uboju domowego|uboj* domow*|bez weterynarza|bez badania weterynaryjnego|allatorvos nelkul|bez veterinare|bez veterinara|no vet check*|without a vet|bity w stodole|az udvaron vagtuk",
    ),
    (
        "prohibited_item",
        "",
        "po terminie ~6 przeklej*|nowe daty|nowa date; prebalim ~4 datum|novy datum spotreby|nove datum spotreby|nowe daty waznosci|nowa date waznosci|uj lejarat*|new best before|new use by|relabel* ~4 dat*|expired",
    ),
    (
        "prohibited_item",
        "",
        "wzor z pieczatk*|lewy certyfikat|lewe zaswiadczeni*|lewa pieczatk*; certyfikat* ~4 lewy|lewe|lewa; z neprihlasen* krav*|od neprihlasen* krav*|od neregistrovan* krav*|z neregistrovan* krav*|bejelentetlen tehen*|unregistered cow|unregistered herd|z nierejestrowan* krow*|od nierejestrowan* krow*",
    ),
    (
        "scam",
        "",
        "screen*|screenshot*|kepernyokep* ~8 mozesz wysylac|mozete posielat|muzete posilat|kuldheted|you can post|you can send|you can ship|post the|send the|vydejte|add ki|hand over; no need to check|nie musisz sprawdzac|nie trzeba sprawdzac|neni treba kontrolovat|netreba kontrolovat|nem kell tovabb ellenorizni|nem kell ellenorizni",
    ),
    (
        "scam",
        "",
        "bank has confirmed|bank confirmed|bank potwierdzil|banka potvrdila|a bank visszaigazolta ~6 send|post|wyslij|wysylaj|posli|poslete|kuldd|kuldje; zaplat* skladne|oplac* magazynowanie|oplat* za magazyn*|tarolasi dij*; pay the ~3 storage fee; storage fee ~8 page|text|sms|link; zaufaj mi jak sasiad*|verte mi ako sused*|ver mi ako sused*|verte mi jako soused*|ver mi jako soused*|trust me as a neighbour|bizz bennem mint szomszed*",
    ),
    (
        "scam",
        "",
        "przelej|wplac|posli|poslete|utald|send the|send me the|send us the ~3 zaliczk*|zaloh*|foglalo*|deposit ~3 na konto|na ucet|bank transfer|by transfer; utald a foglalot|utald az eloleget; pesel|rodne cislo|taj szam*|szemelyi szam*|national insurance ~8 program*|scheme|husegprogram*|zarejestruj*|zaregistruj*|regisztral*|sign you up",
    ),
    (
        "off_platform",
        "",
        "kovess* ~2 insta*|instagram*; follow me on insta*|obserwuj mnie na insta*|sleduj me na insta*|sleduj ma na insta*",
    ),
    (
        "profanity",
        "",
        "ty pasozycie|pasozycie|zdychaj|you parasite|drop dead|stara striga|ty striga|old witch|you old witch|magora|ty magore|agyatlan liba|sprosty ako baran|hlupy ako baran|smash your hives|rozwale ci ule|rozbiju ti ule|rozbijem ti ule|szetverem a kaptar*",
    ),
]

ADDED_EXCEPTIONS = []

ADDED_REGEXES = []

CHANGED_PHRASES = []

REMOVED_EXCEPTIONS = []

CHANGES = RuleChanges(
    ADDED_PHRASES, ADDED_EXCEPTIONS, ADDED_REGEXES, CHANGED_PHRASES, REMOVED_EXCEPTIONS
)


class Migration(migrations.Migration):
    dependencies = [("message_rules", "0035_development_set_thirty_two")]

    operations = [CHANGES.operation()]
