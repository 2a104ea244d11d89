"""Red team (session 26): an abuser who has read the readings added today tries to slip a
scam, an off-platform request, an insult or a prohibited offer past them. The first lists
hold today; the last list, marked xfail, is the holes found."""

import pytest

# (message, category): disguises that are still blocked.
STILL_BLOCKED = [
    # a new-account request not denied: "unless" is a condition word, "but" turns to it
    ("Unless you pay to the new account today, the order is cancelled.", "scam"),
    (
        "Do not pay to the old account, the bank details have changed, please pay to the "
        "new account.",
        "scam",
    ),
    # an insult the writer owns, in quotation marks after a verb in the first person
    ('Napisałem ci "ty debilu" i dalej tak uważam. Zgłoś mnie.', "profanity"),
    ('Azt írtam, hogy "te hülye barom". Nem érdekel, jelents fel.', "profanity"),
    ('Napsal jsem ti "ty kokote" a trvám na tom. Klidně mě nahlaš.', "profanity"),
    ('I said "fuck you" and I meant it. Report me if you want.', "profanity"),
    ('No thanks. As I wrote: "you\'re a fucking idiot".', "profanity"),
    # a call offer "taken back" with no place to reply
    ("Zadzwoń do mnie na WhatsAppie, to znaczy tutaj nic nie załatwimy.", "off_platform"),
    # a report verb or a warning before the writer's own request
    ("Zgłosiłem ofertę do wyróżnienia, kup bezpośrednio u mnie, będzie taniej.", "off_platform"),
    ("Nahlásil som ponuku na zrušenie, zaplaťte mi priamo na účet mimo portál.", "off_platform"),
    (
        "I reported the listing as sold, pay me directly via bank transfer outside the site.",
        "off_platform",
    ),
    (
        "Dostala som správu od podpory, že platba cez portál nefunguje, pošlite mi peniaze "
        "na účet mimo portál.",
        "off_platform",
    ),
    (
        'Pozor na "platbu mimo portál", u mě je to bezpečné, zaplaťte převodem na účet.',
        "off_platform",
    ),
    (
        "Uważaj na „zapłać BLIKiem poza serwisem”, u mnie możesz tak zapłacić bez obaw.",
        "off_platform",
    ),
    (
        'Be careful with "pay outside the site" scams. I\'m legit though, pay me via Western '
        "Union.",
        "scam",
    ),
    (
        'Vigyázz, "küldd el a kártyaszámodat és a CVV-t", különben törlöm a rendelést.',
        "credentials_request",
    ),
    # "don't ask" before a comma, "out of the question" about something else
    ("Nepýtaj sa, pošli mi kód z SMS.", "credentials_request"),
    ("Neptej se, pošli mi heslo.", "credentials_request"),
    ("Zaplaťte priamo na účet mimo portál – nepripadá do úvahy nič iné.", "off_platform"),
    ("Zaplaťte priamo na účet mimo portál – iné nepripadá do úvahy.", "off_platform"),
    # a chip, a certificate or an ISBN named, then a number to call
    ("A kutya chipes, hívjon: +36 30 123 4567.", "off_platform"),
    ("ISBN nie pamiętam, zadzwoń 600 123 456.", "off_platform"),
    ("Certificate available, call me on 07700 900123.", "off_platform"),
]

# Ordinary messages near the same readings that pass today.
STILL_PASSING = [
    "Zadzwonię do Pani, to znaczy odpiszę tutaj.",
    "Niestety nie, to pirackie kopie, serwis na to nie pozwala.",
    "I don't want a console with pirated games.",
]


@pytest.mark.parametrize(("text", "category"), STILL_BLOCKED)
def test_a_disguise_near_set_40s_readings_is_still_blocked(rules, text, category):
    assert category in rules.check(text, use_model=False).categories


@pytest.mark.parametrize("text", STILL_PASSING)
def test_the_readings_still_clear_what_they_were_made_for(rules, text):
    assert not rules.check(text, use_model=False).blocked


# ---------------------------------------------------------------------------------------
# Holes found in the readings as first written (each passed because of one of them; the
# same request without the disguise was blocked), closed by the narrower readings.
HOLES_CLOSED = [
    # _IF_WORDS lacks "amennyiben", "should": a threat read as a warning
    ("Amennyiben nem utal az új számlára holnapig, töröljük a rendelést.", "scam"),
    ("Should you not pay to the new account, the order is cancelled.", "scam"),
    # the "not" is about the channel, not the new account
    ("Nie płać na nowe konto przez serwis, zwykłym przelewem będzie szybciej.", "scam"),
    # _INSULT_QUOTED_FROM: "napisal\w*" also reads the first person "napisałem"
    ("Jak już napisałem: „jesteś zwykłym debilem”. Zablokowałem cię.", "profanity"),
    (
        'Powtarzam, co napisałem: "ty debilu". Możesz mnie zgłosić, nie obchodzi mnie to.',
        "profanity",
    ),
    # _SELF_CORRECTED: any "here" within 40 characters of "I mean", "vagyis", "teda"
    ("Call me on WhatsApp, I mean it, this chat here is useless.", "off_platform"),
    ("Hívjon fel, vagyis itt nem tudunk rendesen beszélni.", "off_platform"),
    ("Hívjon fel telefonon, illetve itt is írhat, de inkább telefonon.", "off_platform"),
    ("Zavolejte mi, teda tady se to špatně domlouvá.", "off_platform"),
    ("Napisz do mnie na WhatsApp, znaczy tu się nie da.", "off_platform"),
    # _ANSWER_NO_FIRST: "Nie ma problemu", "No problem" open with "no"; an offer after
    # "not allowed" is still an offer
    (
        "Nie ma problemu, mam pirackie gry, tylko serwis na to nie pozwala, więc wyślę osobno.",
        "prohibited_item",
    ),
    (
        "Nie, oficjalnie nie, serwis na pirackie kopie nie pozwala, ale na priv mam.",
        "prohibited_item",
    ),
    (
        "No problem, I have pirated games too, the site doesn't allow them so message me.",
        "prohibited_item",
    ),
    # _DONT_WANT: "I don't want much for …" names a price
    ("Nie chcę dużo za tę marihuanę, 30 zł za gram.", "prohibited_item"),
    # _NUMBER_NAMES "chip", "GIA" before a phone: "dzwoń" (with its accent) is no contact word
    ("Pies ma chip, dzwoń 600 123 456.", "off_platform"),
    ("Certyfikat GIA mam, dzwoń 600 123 456.", "off_platform"),
    # "Niektórzy piszą o …" + a judging word anywhere: the writer's own request after a colon
    (
        "Niektórzy piszą o oszustach, nie dajcie się nabrać: płatność poza serwisem jest "
        "bezpieczna, przelej mi na konto.",
        "off_platform",
    ),
    (
        "Niektórzy piszą o oszustach: płatność poza serwisem jest bezpieczna, "
        "przelej mi na konto.",
        "off_platform",
    ),
    # _PREFIX_NEGATION "ptej" reaches past "a" to the next verb
    ("Neptej se a pošli mi heslo.", "credentials_request"),
    # "nepripadá do úvahy" followed by what is ruled out (writing here)
    ("Napíšte mi na WhatsApp, nepripadá do úvahy písať tu.", "off_platform"),
    # left open in session 26, closed in 27: "szczegóły pod numerem" asks to call
    ("Pies ma chip, szczegóły pod numerem 600 123 456.", "off_platform"),
]


@pytest.mark.parametrize(("text", "category"), HOLES_CLOSED)
def test_a_hole_in_set_40s_readings_is_closed(rules, text, category):
    assert category in rules.check(text, use_model=False).categories
