"""The rule engine: checks a text and returns a verdict with its findings.

Rules are data (`message_rules.models`, defaults in `defaults.py`); this module compiles
them once into an `Engine` and checks texts against it. `get_engine()` keeps the compiled
engine per process and rebuilds it when staff change a rule (a version stamp in the
database, bumped by a signal, read at most every `VERSION_TTL` seconds; in the process
that made the change, at once).

What a check does, cheapest first (see `normalize.py` for the views of the text):
1. Phrase rules on the skeleton: words with `*` for any inflected ending, `a|b`
   alternatives, `~`/`~N` for up to 3/N words in between. Only rules whose first word
   starts like a word of the text are tried (an index on the first two letters).
2. Regular-expression rules on the folded text.
3. Detectors in code: links and bare domains (tldextract's bundled suffix list, no
   network) not on the allowed list; e-mail addresses (also "name (at) host (dot) com");
   phone numbers (`phonenumbers.PhoneNumberMatcher`, run only when the text has enough
   digits); bank account numbers (IBAN with its checksum, the Czech and Hungarian domestic
   forms); payment card numbers (Luhn).
4. Exceptions: a finding that overlaps an allowlist phrase is dropped ("Scunthorpe",
   "szárny", "kieliszki do wina"); in categories that warnings talk about
   (`credentials_request`, `off_platform`) a finding after a negation in the same clause
   ("never give anyone your password") is dropped, unless the rule spells the negation
   itself ("nie klikaj, tylko zadzwoń").
"""

import bisect
import re
import threading
import time
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote

import phonenumbers
import tldextract
from stdnum import iban

from . import normalize, numberwords

CATEGORIES = (
    "prohibited_item",
    "off_platform",
    "external_link",
    "scam",
    "credentials_request",
    "profanity",
)
NEGATABLE_CATEGORIES = frozenset({"credentials_request", "off_platform"})
PHONE_REGIONS = ("PL", "CZ", "SK", "HU")
# Written the way these countries write them ("(212) 555-0187", "020 7946 0958"); numbers
# of any other country are found by their "+" or leading country code.
FOREIGN_PHONE_REGIONS = ("US", "GB")
VERSION_TTL = 2.0
# Without a word of its lists among the phrases, the model must be this sure (its
# thresholds let 0.5 % of the training's hard negatives through; ordinary text such as
# "<script>" or "...first, or your parcel waits" is not what they were drawn on). Swept in
# session 18 on the development sets: with the clean-heavy corpora ak-ao, sets 1-18 gave
# 177 missed offences and 50 false blocks (of 38,020) at 0.8, 149 and 67 at 0.75 (chosen
# then); with corpora ap and aq (warnings, Hungarian and English offences), sets 1-19 gave
# 133 and 93 at 0.75, 142 and 74 at 0.8, 163 and 58 at 0.85 (of 40,120).
UNLISTED_MODEL_MIN = 0.8
# As sure as this, the model needs neither a pattern's weak signal on a short line nor, for
# profanity, a listed word ("k o d  b l i k", a code asked for). Chosen on the development
# sets 1-7 (14,908 ordinary lines): at 0.99, recall +0.8 to +3.3 points in 11 of 35 cells
# and 3 more false blocks (one text and its letter forms); at 0.97, one more for little.
STRONG_MODEL = 0.99
_MARKUP_TAG = re.compile(
    r"</?(?:script|style|iframe|img|svg|a|b|i|u|em|strong|p|div|span|br|hr|table|tr|td|ul|ol"
    r"|li|h[1-6]|font|center|body|html|head|meta|link|form|input|button)\b[^<>]{0,200}>",
    re.IGNORECASE,
)

KIND_PHRASE, KIND_REGEX, KIND_ALLOW = "phrase", "regex", "allow"


class RuleError(ValueError):
    """A rule that cannot be compiled; the message says why (shown to staff in admin)."""


@dataclass(frozen=True)
class RuleSpec:
    category: str  # one of CATEGORIES ("" for allowlist exceptions)
    kind: str  # phrase | regex | allow
    pattern: str
    language: str = ""
    name: str = ""  # how findings name the rule

    @property
    def label(self) -> str:
        return self.name or f"{self.language or '*'}/{self.kind}:{self.pattern}"


@dataclass(frozen=True)
class Finding:
    category: str
    fragment: str
    start: int
    end: int
    rule: str

    def as_dict(self) -> dict:
        return {
            "category": self.category,
            "fragment": self.fragment,
            "start": self.start,
            "end": self.end,
            "rule": self.rule,
        }


@dataclass(frozen=True)
class Verdict:
    findings: tuple[Finding, ...] = ()

    @property
    def blocked(self) -> bool:
        return bool(self.findings)

    @property
    def verdict(self) -> str:
        return "block" if self.findings else "allow"

    @property
    def categories(self) -> list[str]:
        seen = {finding.category for finding in self.findings}
        return [category for category in CATEGORIES if category in seen]


# -- Compiling phrase rules -------------------------------------------------------------

GAP_TOKEN = re.compile(r"^~(\d*)$")  # a gap between groups: "~" or "~N"
GAP_SPLIT = re.compile(r"\s+(~\d*)\s+")
MAX_GAP = 8  # words a gap may span
DEFAULT_GAP = 3  # a bare "~"
_WORD_ALT = re.compile(r"^[^\s*|~();]+\*?$")
_W = "[a-z0-9]"


def word_regex(word: str, *, accent: bool) -> tuple[str, str]:
    """One word (`kurw*`) → (regex, its literal start)."""
    if not _WORD_ALT.match(word):
        raise RuleError(f"not a word: {word!r}")
    stem = word.endswith("*")
    literal = word.rstrip("*")
    if accent:
        literal = normalize.accent(literal).text
        return re.escape(literal) + (r"\w*" if stem else ""), literal
    literal = normalize.word_form(literal)
    if not re.fullmatch(r"[a-z0-9]+", literal):
        raise RuleError(f"use letters and digits only: {word!r}")
    return literal + (f"{_W}*" if stem else ""), literal


def compile_phrase(pattern: str, *, accent: bool = False) -> tuple[re.Pattern, list[str]]:
    """A phrase rule → (regex on the skeleton, or on the accent view; first-word starts).

    Grammar: phrases separated by `;` (any of them); a phrase is groups separated by gaps
    (`~` = up to 3 words, `~N` = up to N); a group is alternatives separated by `|`; an
    alternative is words separated by spaces; a word ending in `*` takes any ending.
    `kup*|zamow* ~2 mailem|przez maila; zamowie mailowo`.
    """
    pieces = [piece for piece in pattern.split(";") if piece.strip()]
    if len(pieces) > 1:
        compiled = [_compile_one(piece, accent=accent) for piece in pieces]
        source = "|".join(f"(?:{regex.pattern})" for regex, _starts in compiled)
        return re.compile(source), [start for _regex, starts in compiled for start in starts]
    if not pieces:
        raise RuleError("empty pattern")
    return _compile_one(pieces[0], accent=accent)


# A hyphen inside a word ("e-mail", "T-Mobile"): the text's words are split there too, so
# the rule's are ("e mail"); written as one word it could never match.
WORD_HYPHEN = re.compile(r"(?<=[^\W_])[-\u2010\u2011](?=[^\W_])")


def phrase_tokens(piece: str) -> list[str]:
    """One phrase (a `;` piece) → its groups and gaps in turn, as the compiler reads them
    (the admin's pattern preview reads them so too)."""
    return GAP_SPLIT.split(" ".join(WORD_HYPHEN.sub(" ", piece).split()))


def _compile_one(pattern: str, *, accent: bool) -> tuple[re.Pattern, list[str]]:
    tokens = phrase_tokens(pattern)
    if not tokens or not tokens[0] or GAP_TOKEN.match(tokens[0]) or GAP_TOKEN.match(tokens[-1]):
        raise RuleError("a phrase cannot be empty or start or end with ~")
    separator = r"\W+" if accent else " "
    parts: list[str] = []
    first_starts: list[str] = []
    for position, token in enumerate(tokens):
        gap = GAP_TOKEN.match(token)
        if gap:
            limit = int(gap.group(1) or DEFAULT_GAP)
            if limit > MAX_GAP:
                raise RuleError(f"a gap (~N) can span at most {MAX_GAP} words")
            parts.append(rf"(?:\W+\w+){{0,{limit}}}" if accent else f"(?: {_W}+){{0,{limit}}}")
            continue
        alternatives = []
        for alternative in token.split("|"):
            words = alternative.split()
            if not words:
                raise RuleError("an empty alternative (||)")
            compiled = [word_regex(word, accent=accent) for word in words]
            alternatives.append(separator.join(regex for regex, _start in compiled))
            if position == 0:
                first = compiled[0][1]
                if len(first) == 1 and len(words) > 1 and not words[0].endswith("*"):
                    first += " "  # "z pominieciem": indexed by "z "
                first_starts.append(first)
        if parts:
            parts.append(separator)
        parts.append("(?:" + "|".join(alternatives) + ")")
    if accent:
        source = r"(?<!\w)" + "".join(parts) + r"(?!\w)"
    else:
        source = "(?<![a-z0-9])" + "".join(parts) + "(?![a-z0-9])"
        if any(len(start) < 2 for start in first_starts):
            raise RuleError("the first word needs at least two letters before *")
    return re.compile(source), first_starts


def compile_regex(pattern: str) -> re.Pattern:
    try:
        return re.compile(pattern)
    except re.error as error:
        raise RuleError(str(error)) from error


def validate(*, kind: str, pattern: str) -> None:
    """Raise RuleError if the rule cannot be compiled (the admin form shows the message)."""
    if kind == KIND_REGEX:
        compiled = compile_regex(pattern)
        if compiled.search(""):
            raise RuleError("the expression matches an empty text")
    elif kind in (KIND_PHRASE, KIND_ALLOW):
        compile_phrase(pattern, accent=kind == KIND_ALLOW and not pattern.isascii())
    else:
        raise RuleError(f"unknown kind {kind!r}")


# -- Detectors ---------------------------------------------------------------------------

_SEP_WORDS = r"(?:dot|kropka|tecka|bodka|pont)"
_DOT = rf"(?:\.|\s*[\(\[\{{]\s*(?:\.|{_SEP_WORDS})\s*[\)\]\}}]\s*|\s+{_SEP_WORDS}\s+|\s\.\s)"
_AT = (
    r"(?:@|\s*[\(\[\{]\s*(?:@|at|malpa|zavinac|kukac)\s*[\)\]\}]\s*|\s+(?:malpa|zavinac|kukac)\s+"
    # a bare "at" only before a mail provider's name: "jo at hotmail dot co dot uk"
    r"|\s+at\s+(?=(?:gmail|googlemail|hotmail|outlook|yahoo|icloud|protonmail|proton|wp|o2"
    r"|interia|onet|seznam|centrum|azet|zoznam|freemail|citromail|gmx|live)\b))"
)
_LABEL = r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
_DOMAIN_RE = re.compile(
    # "hxxps://": a link defanged to pass filters, as scam reports and scammers write it.
    rf"(?<![\w@.\-/])(?P<scheme>h(?:tt|xx)ps?://|www{_DOT})?"
    rf"(?P<host>(?:{_LABEL}{_DOT})+[a-z]{{2,24}})"
    # not followed by more of a word, except a Hungarian case ending ("a jofogas.hu-n")
    rf"(?![\w@]|-(?![a-z]{{1,4}}(?![\w\-])))(?:-[a-z]{{1,4}}(?![\w\-]))?"
    rf"(?P<path>[/?#][^\s<>\"']*)?"
)
# Separators spelled as words or spaced ("kabát pont jó", "shop dot com"): a site only with
# a suffix sites are commonly under, not "jó" (Jordan's .jo) or "to" (Tonga's).
_SPELLED_DOT_RE = re.compile(rf"\s+{_SEP_WORDS}\s+|\s\.\s")
_COMMON_SUFFIXES = frozenset(
    {
        *("com", "net", "org", "info", "biz", "eu", "io", "me", "app", "xyz", "top", "pro"),
        *("pl", "cz", "sk", "hu", "de", "at", "uk", "co.uk", "us", "ru", "ua", "ro", "it"),
        *("fr", "es", "nl", "be", "ch", "se", "no", "dk", "fi"),
        *("shop", "store", "online", "site", "website", "club", "link", "click", "live"),
        *("tv", "cc", "ly", "gd", "gy", "ws"),  # link shorteners' and free hosts' suffixes
    }
)
# What every match of _DOMAIN_RE contains (two labels joined by a dot): a cheap scan that
# spares the costly one on ordinary prose, where sentences end with ". " or a new line.
_DOMAIN_HINT_RE = re.compile(rf"[a-z0-9]{_DOT}[a-z0-9]")
_EMAIL_RE = re.compile(
    rf"(?<![\w.+\-])(?P<local>[a-z0-9][a-z0-9._%+\-]*){_AT}"
    rf"(?P<host>(?:{_LABEL}{_DOT})+[a-z]{{2,24}})(?![\w\-])"
)
_DOT_SEP_RE = re.compile(_DOT)
# A link with a scheme, whatever its host: an IP address ("http://203.0.113.5/pay",
# "http://0xC0A80101/"), a name without a suffix, a bracketed IPv6 address.
_URL_RE = re.compile(
    r"(?<![a-z])(?:https?|hxxps?|ftps?)://(?:[^\s/?#@<>\"']*@)?(?P<host>\[[^\]\s]*\]|[^\s/?#:<>\"'\\]+)"
)
# Characters spelled out one at a time, with one kind of gap: "j a n @ g m a i l . c o m".
_SPACED_RUN_RE = re.compile(r"(?<!\S)(?:[a-z0-9@.\-] +){5,}[a-z0-9@.\-](?!\S)")
# A site named inside a link's path or query ("?url=https://evil-shop.com", "/r/evil.com").
_INNER_HOST_RE = re.compile(
    r"(?<![\w.\-])(?P<host>(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24})(?![\w\-])"
)
# Disguises of a phone number that the phone matcher does not read, undone in a copy of
# the same length: "601*234*567", "601_234_567", a number across lines, and the letters
# O and l (I) written for 0 and 1 next to a digit ("6O1 23l 567").
_PHONE_SEPARATORS = str.maketrans(
    {
        **dict.fromkeys("*_~\n\r\t", " "),
        # Digits of every script ("६०१२३४५६७"): the phone matcher reads a few of them.
        **{
            code: str(unicodedata.digit(chr(code)))
            for code in range(0x80, 0x20000)  # no digits beyond the first two planes
            if unicodedata.category(chr(code)) == "Nd"
        },
    }
)
_PHONE_LETTERS = re.compile(r"(?<=\d)[oOlI]|[oOlI](?=\d)")
# Bare words with these endings are files, not sites ("faktura.zip", "film.mov").
_FILE_SUFFIXES = frozenset({"zip", "mov", "py", "sh", "md", "rs", "pl.pl"})
_DIGITS_RE = re.compile(r"\d")
# Paying or collecting money (or card data) through a link: a payment page outside the
# site is a scam as well as a link ("zaplaťte přes tento odkaz: platba-rychle.net",
# "a pénzt itt veheti fel: http://…").
_PAYING = re.compile(
    r"\b(?:zaplat\w*|zaplac\w*|oplac\w*|doplat\w*|doplac\w*|platb\w*|platnos\w*|platit|placic"
    r"|pay|paying|payment|fizet\w*|kifizet\w*|befizet\w*|odbierz\w*|wyplat\w*|vyplat\w*"
    r"|prevzat\w*|prevziat\w*|receive your|claim|veheti fel|vedd fel|refund|zwrot\w*|vratk\w*"
    r"|visszaterit\w*|card details|dane karty|udaje karty|udaje o karte|kartyaadat\w*"
    # or one's details entered on it: "Dane do zamówienia uzupełnij tu: …", "fill in here"
    r"|fill in|fill out|uzupelnij\w*|wypelnij\w*|vyplnte|vyplnit|vypln|toltse ki|toltsd ki"
    r"|enter your)\b"
)


# -- Categories one finding implies in its message ------------------------------------------
#
# A message blocked for one category often is another as well, and the writer (and staff)
# should be told both: a link to the writer's shop on another marketplace "where it is
# cheaper" takes the sale off the site; a request for card details "to receive the refund"
# is the fake-refund scam; a scam that asks for the card details or a login is a request
# for credentials. Only a message already blocked gets a second category (nothing here
# blocks a message on its own), and only for words of the message itself.

# Channels and marketplaces elsewhere: a link into a messenger ("kliknij t.me/okazje") or
# to another marketplace, classifieds, shop or social page moves the trade off the site.
_ELSEWHERE_LINK = re.compile(
    r"^(?:https?://)?(?:www\.)?(?P<messenger>t\.me|telegram\.me|telegram\.dog|wa\.me|m\.me"
    r"|chat\.whatsapp\.com|api\.whatsapp\.com|signal\.me|signal\.group|invite\.viber\.com"
    r"|discord\.gg|discord\.com/invite)\b"
    r"|(?:^|[/.@])(?:olx|allegro|vinted|ebay|amazon|amzn|aliexpress|temu|etsy|depop|preloved"
    r"|gumtree|shpock|wallapop|kleinanzeigen|sprzedajemy|otomoto|jofogas|vatera|bazos|bazar"
    r"|sbazar|aukro|hyperinzerce|heureka|alza|facebook|fb|instagram|tiktok|marketplace)\."
    r"|facebook\.com/(?:marketplace|groups)"
)
# "cheaper there", "my other listings", "no commission there", "write there" (folded).
_TRADE_ELSEWHERE_CUE = re.compile(
    r"\b(?:taniej|taniutko|levnej\w*|lacnej\w*|olcsobb\w*|cheaper|for less"
    r"|bez (?:prowizji|provize|provizie|poplatk\w*)|no (?:platform )?fees?|without (?:the )?fees?"
    r"|nincs jutalek|jutalek nelkul|moje (?:inne|pozostale|dalsi|dalsie|ostatni\w*)"
    r" (?:aukcje|ogloszenia|oferty|inzeraty|veci|rzeczy)|dalsi inzeraty|dalsie inzeraty"
    r"|other listings|my (?:other )?(?:listings|shop|store|page|group)|moj (?:sklep|obchod)"
    r"|muj obchod|tobbi hirdetes\w*|hirdeteseim|(?:pisz|napisz|napis|napiste|pis|write|message"
    r" me|irj|kup|buy|order|zamow|objednej|objednajte|rendeld) (?:tam|there|ott)"
    r"|(?:tam|there|ott) (?:pisz|napis|write|irj|kupisz|buy|order|rendeld))\b"
)
# A pretext of money to be received, refunded or released (folded).
_MONEY_PRETEXT = re.compile(
    r"\b(?:zwrot\w*|vraceni|vratk\w*|vraten\w*|visszaterit\w*|refund\w*|odebrac|odbierz"
    r"|odebrania|wyplat\w*|vyplat\w*|kifizet\w*|prijem platby|overpa\w*|nadplat\w*"
    r"|preplat\w*|tulfizet\w*|pripis\w*|pripsan\w*|jovair\w*|zaksieg\w*|uvolnen\w*"
    r"|odblok\w*|felold\w*|receive (?:the |your )?(?:money|payment|funds)"
    r"|release (?:the |your )?(?:money|payment|funds|payout)|money is waiting"
    r"|pieniadze czekaja|penize cekaji|peniaze cakaju|penze (?:a rendszerben )?var\w*)\b"
)
# Someone writing as the site's support or security team (folded): asking for a login
# that way is phishing.
_STAFF_PRETEXT = re.compile(
    r"\b(?:dzial (?:obslugi|bezpieczenstwa)|obsluga klienta|zakaznick\w* podpor\w*"
    r"|zakaznick\w* servis|bezpecnostn\w* oddeleni\w*|z podpory|podpora portalu"
    r"|ugyfelszolgalat\w*|biztonsagi osztaly|support team|customer support|trust (?:and|&) safety"
    r"|security team)\b"
)
# A link whose host borrows a courier's, payment operator's or marketplace's name
# ("inpost-sledzenie.info", "evri-tracking-uk.info"): the real ones are on the allowed
# list, so a host found as a link that carries the name imitates it.
_BORROWED_NAMES = (
    r"(?:inpost|dpd|dhl|gls|ups|fedex|evri|hermes|royalmail|packeta|zasilkovna|foxpost|posta"
    r"|poczta|magyarposta|olx|allegro|vinted|paypal|revolut|blik|payu|przelewy24|gopay|barion"
    r"|stripe)"
)
_BORROWED_NAME_HOST = re.compile(
    rf"(?:^|[/.]|https?://(?:www\.)?){_BORROWED_NAMES}-|-{_BORROWED_NAMES}[\-.]"
)
# Card, bank or login details asked for (folded).
_CREDENTIAL_ASK = re.compile(
    r"\b(?:dane (?:karty|logowania|do logowania)|danych karty|numer\w* karty"
    r"|udaje (?:karty|o karte)|cislo karty|kartyaszam\w*|kartyaadat\w*|kartyajat"
    r"|card (?:details|number)|(?:enter|confirm|pop) your card|zadejte (?:udaje|kartu)"
    r"|zadate tam kartu|zadajte (?:udaje|kartu)"
    r"|potvrdte kartu|potvrdit kartu|potwierdz\w* (?:dane )?karty|potwierdz\w* karte"
    r"|erositse meg a kartyajat|adja meg a kartya\w*|kod\w* blik|blik kod\w*|kod\w* z sms"
    r"|sms kod\w*|kod sms|cvv|cvc|3d secure|zaloguj\w*|prihlaste|prihlasit|jelentkezzen be"
    # the code the bank sends: "napište mi kód z banky", "give me the code the bank sends"
    r"|kod z (?:banky|banku|banki)|banki kod\w*|banktol kapott kod\w*"
    # "potvrdit přijetí a zadat kartu, kam vám peníze pošlou", "megadni a kártyát"
    r"|zadat kartu|zadajte kartu|zadat kartu|megadni a kartyat|megadnia a kartyat"
    r"|podac (?:numer )?karty|enter (?:the|your) card"
    r"|code (?:the|your) bank sends|code from (?:the|your) bank"
    r"|sign in|log in|haslo|hasla|heslo|hesla|jelszo\w*|jelszav\w*|password)\b"
)


def _implied(text: str, folded, findings: list[Finding]) -> list[Finding]:
    """`findings` and the categories they imply in this message (see above)."""
    found = {finding.category for finding in findings}
    source = folded.text
    added: list[Finding] = []

    def imply(category: str, match: re.Match, rule: str) -> None:
        start, stop = folded.span(match.start(), match.end())
        added.append(Finding(category, text[start:stop], start, stop, rule))

    if "external_link" in found and "off_platform" not in found:
        links = [f for f in findings if f.category == "external_link"]
        elsewhere = [
            (f, match)
            for f in links
            if (match := _ELSEWHERE_LINK.search(f.fragment.lower())) is not None
        ]
        if elsewhere:
            added += [
                Finding(
                    "off_platform",
                    f.fragment,
                    f.start,
                    f.end,
                    "messenger link" if match["messenger"] else "a link to trade elsewhere",
                )
                for f, match in elsewhere
            ]
        elif cue := _TRADE_ELSEWHERE_CUE.search(source):
            imply("off_platform", cue, "a link to trade elsewhere")
    if "external_link" in found and "scam" not in found:
        borrowed = [
            f
            for f in findings
            if f.category == "external_link" and _BORROWED_NAME_HOST.search(f.fragment.lower())
        ]
        added += [
            Finding("scam", f.fragment, f.start, f.end, "a link in a courier's or payer's name")
            for f in borrowed
        ]
    if "credentials_request" in found and "scam" not in found:
        if pretext := _MONEY_PRETEXT.search(source):
            imply("scam", pretext, "details asked for to receive money")
        elif pretext := _STAFF_PRETEXT.search(source):
            imply("scam", pretext, "details asked for as the site's staff")
    if "scam" in found and "credentials_request" not in found:
        ask = _CREDENTIAL_ASK.search(source)
        if ask:
            imply("credentials_request", ask, "details asked for in a scam")
    return [*findings, *added] if added else findings


def _payment_links(folded: str, findings: list, add) -> None:
    """A scam finding beside each link found that money is to be paid or collected through
    (in its sentence or the one before)."""
    for finding in [f for f in findings if f.category == "external_link"]:
        before = _SENTENCE_BREAK.split(folded[max(0, finding.start - 160) : finding.start])
        after = _SENTENCE_BREAK.split(folded[finding.end : finding.end + 80])[0]
        if _PAYING.search(" ".join([*before[-2:], after])):
            add("scam", finding.start, finding.end, "payment link")


# A word with letters on both sides of one to three stars: "k*rva", "f**k", "č*ráku".
_MASKED_RE = re.compile(
    r"(?<![a-z*])(?:[a-z]+(?:\*{1,3}[a-z]+)+|\*{1,2}[a-z]{3,}(?:\*{1,3}[a-z]+)*)(?![a-z*])"
)
# "k.urwa", "k_urwa", "kur-wa", "k·urwa": a listed swear word split by one mark.
_SPLIT_RE = re.compile(r"(?<![a-z])[a-z]+[._\-·][a-z]+(?![a-z]|[._\-·][a-z])")
LEXICON = Path(__file__).resolve().parent / "data" / "lexicon"
_masked_index: dict[tuple[str, int], tuple[str, ...]] | None = None


def _swear_words() -> dict[tuple[str, int], tuple[str, ...]]:
    """The swear words of the word lists (`data/lexicon/profanity.<lang>.txt`, the same
    the model reads; `#~` context-dependent words left out), folded, by first letter and
    length."""
    global _masked_index
    if _masked_index is None:
        index: dict[tuple[str, int], set[str]] = {}
        for path in sorted(LEXICON.glob("profanity.*.txt")):
            for line in path.read_text(encoding="utf-8").splitlines():
                entry = line.split("#", 1)[0].strip()
                if entry and " " not in entry:
                    word = normalize.fold(entry.rstrip("*")).text
                    index.setdefault((word[:1], len(word)), set()).add(word)
        _masked_index = {key: tuple(sorted(words)) for key, words in index.items()}
    return _masked_index


def _masked_swearing(folded, add) -> None:
    """Swear words with letters starred out: each run of stars stands for up to one letter
    more than it has stars, or for none ("pr*dele"), and the word must be a listed one
    ("k*rva" is "kurva"; "5*" or "**Note**" are no words with a letter on both sides of
    the stars)."""
    index = _swear_words()
    for match in _SPLIT_RE.finditer(folded.text):
        word = re.sub(r"[._\-·]", "", match.group())
        if word in index.get((word[:1], len(word)), ()):
            start, stop = folded.span(match.start(), match.end())
            add("profanity", start, stop, "masked swear word")
    for match in _MASKED_RE.finditer(folded.text):
        token = match.group()
        letters = len(token.replace("*", ""))
        if letters < 2:
            continue
        pieces = re.split(r"(\*+)", token)
        runs = [piece for piece in pieces if piece.startswith("*")]
        stars = sum(len(run) for run in runs)
        pattern = re.compile(
            "".join(
                f"[a-z]{{0,{len(piece) + 1}}}" if piece.startswith("*") else piece
                for piece in pieces
            )
        )
        for length in range(letters, letters + stars + len(runs) + 1):
            first = token[0] if token[0] != "*" else None
            candidates = (
                index.get((first, length), ())
                if first
                else [w for (_f, n), words in index.items() if n == length for w in words]
            )
            if any(pattern.fullmatch(word) for word in candidates):
                start, stop = folded.span(match.start(), match.end())
                add("profanity", start, stop, "masked swear word")
                break


# A word spelled out letter by letter past the lists: "t r á v a", "k.o.k.s", "h-u-b-y",
# "k u r w a": single letters, each after one to three marks or spaces.
_LETTER_RUN_RE = re.compile(r"(?<![a-z0-9])[a-z](?:[ .\-·_]{1,3}[a-z]){3,}(?![a-z0-9])")
# ... or with digits for letters: "c0ke", "tr4wka" (the phrase rules read "k0kain" already;
# a context-dependent word disguised so is no cola or grass).
_LEET_TOKEN_RE = re.compile(
    r"(?<![a-z0-9])(?=[a-z0-9]*\d)(?=[a-z0-9]*[a-z])[a-z0-9]{4,}(?![a-z0-9])"
)
_spelled_index: list[dict[str, str]] = []


def _spelled_words() -> dict[str, str]:
    """Folded single words of the word lists, to their category: prohibited goods with the
    context-dependent ones (`#~`: spelling "koks" out is the context), swear words without
    them."""
    if not _spelled_index:
        index: dict[str, str] = {}
        for category in ("prohibited_item", "profanity"):
            for path in sorted(LEXICON.glob(f"{category}.*.txt")):
                for line in path.read_text(encoding="utf-8").splitlines():
                    if category == "prohibited_item" and line.startswith("#~"):
                        line = line[2:]
                    entry = line.split("#", 1)[0].strip().rstrip("*")
                    word = normalize.fold(entry).text
                    if len(word) >= 4 and word.isalpha():
                        index.setdefault(word, category)
        _spelled_index.append(index)
    return _spelled_index[0]


def _spelled_out(folded, add) -> None:
    """A listed word spelled out (`_LETTER_RUN_RE`) or written with digits for letters
    (`_LEET_TOKEN_RE`), or its inflected form: the same word but for its last letter and up
    to two more ("t r á v u" is "tráva")."""
    index = _spelled_words()
    runs = [
        (match, re.sub(r"[^a-z]", "", match.group()), "word spelled out")
        for match in _LETTER_RUN_RE.finditer(folded.text)
    ] + [
        (match, normalize._deleet(match.group()), "word written with digits")
        for match in _LEET_TOKEN_RE.finditer(folded.text)
    ]
    for match, joined, rule in runs:
        if not joined.isalpha():
            continue
        category = index.get(joined)
        for cut in (1, 2, 3):
            if category is None and len(joined) - cut >= 4:
                stem = joined[:-cut]
                category = next(
                    (
                        index[word]
                        for word in (stem + ending for ending in _ENDINGS)
                        if word in index
                    ),
                    None,
                )
        if category is not None:
            start, stop = folded.span(match.start(), match.end())
            add(category, start, stop, rule)


_ENDINGS = ("", "a", "e", "i", "o", "u", "y")


# A messenger and a user name on it: "tg: @felgi_alu", "ig @bazar_lenka", "snap: peto_bb22",
# "skype: feri_bacsi_73", "discord: retrogamer#4471". The name needs an @ or a mark of a
# user name (a digit, "_", ".", "#"), so "ig: zdjęcia" or "Telegram: no" are none.
_HANDLE_RE = re.compile(
    r"\b(?:telegram|tg|ig|insta|instagram|snap|snapchat|skype|discord|signal|viber|whatsapp"
    r"|wapp|fb|facebook|messenger|kik|threema|tiktok)\b\s*(?:[:=]\s*@?|@)"
    r"(?:(?<=@)[a-z0-9][a-z0-9._#]{2,}|[a-z0-9]*[._#\d][a-z0-9._#]*[a-z0-9]|[a-z]+[._#\d][a-z0-9._#]*)"
)
# A user name a few words after a messenger or a payment app named in the sentence: "na
# Telegrame ako @sperky_ivka", "pošli mi to cez Revolut na @katka_ba" (an @ that starts a
# word, so no e-mail address).
_HANDLE_NEAR_RE = re.compile(
    r"\b(?:telegram\w*|insta\w*|instac\w*|snap\w*|skype\w*|discord\w*|signal\w*|viber\w*"
    r"|whatsapp\w*|messenger\w*|revolut\w*|tiktok\w*|facebook\w*|fb)\b"
    r"[^.!?\n@]{0,30}?(?<![\w.])@(?!all?egro\b)[a-z0-9][a-z0-9._]{2,}"
)
_PHONE_HINT = re.compile(r"(?:\+|\b)\d(?:[\s().\-/]{0,3}\d){6,}")
_CARD_RE = re.compile(r"(?<![\d\w])(?:\d[ \-]?){12,18}\d(?![\d\w])")
_IBAN_RE = re.compile(r"(?<![\w])([a-z]{2}\d{2}(?:[ ]?[0-9a-z]){11,30})(?![\w])")
_NRB_RE = re.compile(r"(?<![\d\w])(\d{2}(?:[ ]?\d{4}){6})(?![\d\w])")
_CZ_ACCOUNT_RE = re.compile(r"(?<![\d\w/\-])(?:\d{1,6}-)?\d{6,10} ?/ ?(\d{4})(?![\d\w/])")
_HU_ACCOUNT_RE = re.compile(r"(?<![\d\w\-])\d{8}-\d{8}(?:-\d{8})?(?![\d\w\-])")
_CZ_BANK_CODES = frozenset(
    [
        "0100",
        "0300",
        "0600",
        "0710",
        "0730",
        "0800",
        "2010",
        "2020",
        "2060",
        "2070",
        "2100",
        "2250",
        "2260",
        "2600",
        "2700",
        "3030",
        "3050",
        "3060",
        "4000",
        "4300",
        "5500",
        "5800",
        "6000",
        "6100",
        "6200",
        "6210",
        "6300",
        "6700",
        "6800",
        "7910",
        "7950",
        "7960",
        "7970",
        "7990",
        "8040",
        "8060",
        "8090",
        "8150",
        "8250",
        "0900",
        "1100",
        "5200",
        "6500",
        "8330",
        "8360",
    ]
)
_NEGATIONS = frozenset(
    [
        "zakaz",  # "punkt 4.2, zakaz płatności poza serwisem", "zákaz plateb mimo web"
        "nie",
        "ani",
        # "Nemám Telegram ani Signal", "Nemáme WhatsApp"
        "nemam",
        "nemame",
        "don",
        "nigdy",
        "nikomu",
        # "nic mimo portál neotvírám", "nič mimo portálu neotváram"
        "nic",
        "never",
        "dont",
        "not",
        "nobody",
        "noone",
        "nikdy",
        "nikomu",
        "nikdo",
        "ne",
        "nem",
        "soha",
        "sose",
        "sosem",
        # a refusal the writer already made: "Odmówiłem płatności poza serwisem", "Platbu
        # mimo portál jsem odmítl", "Refused to take payment off the site" (set 24)
        "odmowilem",
        "odmowilam",
        "odmowil",
        "odmowila",
        "odmitl",
        "odmitla",
        "odmitnul",
        "odmitnula",
        "odmietol",
        "odmietla",
        "refused",
        "declined",
        "elutasitottam",
        "senkinek",
        "senkivel",
        # "egyetlen korrepetitornak sincs szüksége a jelszóra"
        "sincs",
        # "žiadny lektor heslo nepotrebuje", "żaden serwis nie prosi o kod"
        "zadny",
        "zadna",
        "zadne",
        "ziadny",
        "ziadna",
        "ziadne",
        "zaden",
        "nincs",
        "nigdzie",
        "nesmite",
        "nesmiete",
        "nebudu",
        "nebudem",
        "nebudeme",
        # "nechci se bavit mimo portál", "nechcem prejsť mimo portál"
        "nechci",
        "nechcem",
        "nechceme",
    ]
)
_NEGATION_OVERRIDES = re.compile(
    r"zapomn|forget|zapomen|zabudn|felejt|wahaj|hesitate|vahej"
    # encouragement, not a warning: "don't wait, send ...", "nie ma sprawy, podaj ..."
    r"|\b(?:not wait|dont wait|not worry|no problem|not a problem|not lie|nobody will know"
    r"|no one will know|not tell|never cheat|nie czekaj|nie martw|nie ma sprawy|nie mow"
    r"|nie oszukuj|nikt sie nie dowie|necekej|necakaj|nebojte|neboj|nepodvad|nikomu nerikej"
    r"|nechci cekat|nechcem cakat"
    # "until": "Amíg nem küldöd el a személyid, …", "dopóki nie podasz kodu", "dokud
    # nepošleš" — a condition on the reader, not a refusal
    r"|\b(?:amig|mig|dopoki|dokud|dokial|kym)(?: [a-z]+)? (?:nem|nie|ne)|\buntil you"
    r"|nikomu nehovor|ne varj|ne aggodj|nem gond|ne szolj|nem csal|nem verlek|nincs gond"
    r"|zadny problem|ziadny problem|zaden problem"
    r"|nincs problema|nincs mit)"
)
# A word that starts a new clause: a negation before it belongs to the clause before
# ("nobody will know so pay outside the site", "nie oszukuję więc zapłać poza serwisem").
_CLAUSE_JOIN = frozenset(
    {
        "so",
        "just",
        "and",
        "then",
        "wiec",
        "tylko",
        "tak",
        "takze",
        "tedy",
        "preto",
        "szoval",
        "tehat",
        "es",
        "csak",
        "aztan",
    }
)
_CLAUSE_END = re.compile(r"[.;:!?,\n]")
# Before a finding a dash ends the clause too: "nem az alkalmazáson keresztül – küldd el a
# számodat" (the negation is of the clause before the dash, not of the request after it).
_CLAUSE_END_BEFORE = re.compile(r"[.;:!?,\n]| - ")
_CONTRACTED_NOT = re.compile(
    r"\b(can|won|don|didn|doesn|isn|aren|wasn|weren|wouldn|couldn|shouldn|haven|hasn)[' ]t\b"
)
# A full stop ends a sentence before a space or the end, not inside an elided number
# ("zavolejte na 777..., domluvíme se") or a decimal.
_SENTENCE_BREAK = re.compile(r"(?<!\.)\.(?=\s|$)|[!?\n]")
# Refusing verbs just after a phrase: "převody mimo portál neberu", "poza serwisem nie".
_REFUSAL_AFTER = re.compile(
    r"^(?:neberu|neberiem|neprijimam|neprijmu|neprijmem|nedelam|nerobim|neplatim"
    r"|neposilam|neposielam|nechci|nechcem|neakceptuj\w*|neposkytuj\w*|nefogadok"
    r"|nezaplatim|nedam|nedavam|nepodam|nesouhlasim|nesuhlasim|nejdem|nejdu|nepujdu|nepojdem"
    r"|nemusite|nemusis|nemusime|nekomunikuju|nekomunikuji|nekomunikujem|nepisu|nepisem"
    # "hotovost mimo web nemůžu", "hotovosť mimo stránky nemôžem"
    r"|nemuzu|nemuzeme|nemozem|nemozeme)$"
    # a refusal already made: "Platbu mimo portál jsem odmítl", "… som odmietol" (set 24)
    r"|^(?:jsem|som|sme|jsme) (?:odmitl\w*|odmitnul\w*|odmietol|odmietla|odmietli)$"
    # two words: "poza serwisem nie płacę", "a platformon kívül nem fizetek"
    r"|^(?:nie (?:place|zaplace|przyjmuje|wysylam|podam|dam|handluje|kupuje|sprzedaje|robie)"
    r"|nem (?:fizetek|fizteek|fogadok|adom|adok|kuldom|kuldok|vasarolok|veszek|rendelek|utalok"
    r"|valaszolok|valaszolunk"
    r"|megyek|cserelek|irok|jo|kuldunk|fizetunk|fogadunk|fogadunk el)"
    r"|nie (?:zrobie|wykonam|wysle|moge|mozemy)|nem (?:tudok|tudunk|csinalok|csinalunk)"
    # "Prevod mimo stránky robiť nebudem": an infinitive, then "won't"
    r"|i wont|i will not|no thanks|no thank you|[a-z]+(?:t|ti) nebud(?:u|em)"
    r"|nebud(?:u|em) platit)$"
)
_WHY_WOULD = re.compile(
    r"\bwhy (?:would|should) (?:i|you|we)\b|\bpo co (?:mi|ci|wam)\b|\bproc bych\b|\bnaco by som\b"
    r"|\bminek (?:nekem|neked)\b"
)
# A purpose clause after a comma ("…, abych to prodal levněji mimo web", "…, żeby sprzedać
# taniej poza serwisem"): a negation of the clause before reaches it.
_PURPOSE = re.compile(r"^\s*(?:abych|abys|aby som|aby|zeby|zebym|zebys|hogy|in order to)\b")
# A clause that opens with the writer's refusal: "I won't cancel the order to …", "Nie
# anuluję zamówienia, …", "Nem mondom le a rendelést, hogy …".
_REFUSING_OPENER = re.compile(
    r"^\W*(?:(?:hello|hi|hey|dzien dobry|witam|ahoj|dobry den|szia\w*|jo napot)\W+)?"
    r"(?:i (?:won|will|m|am) not(?: going to)?|i wont|nie anuluje|nie zamierzam"
    r"|nezrusim|nebudu|nebudem|nem mondom le|nem fogom)\b"
)
_REPORTED_BEFORE = re.compile(
    r"\b(?:nahlasil\w*|zglosil\w*|reported|jelentettem|odmowil\w*|odmitl\w*|odmietol\w*"
    r"|refused)\b"
)
# "Wrote", in the third person, folded: Polish, Czech and Slovak (Hungarian "írt"/"írta"
# differ in the readings that use it).
_WROTE_VERBS = r"napisal|napisala|napisali|napsal|napsala|napsali|pisal|pisala|pisali|psal|psala"
# Sent, in the third person: "przysłał", "poslala", not "przysłałem", "poslal jsem"
_SENT_THIRD_PERSON = (
    r"(?:przyslal|przyslala|przyslali|przyslaly|poslal|poslala|poslali|poslalo)\b"
    r"(?! jsem| jsme| jsi| jste| som| sme| si| ste)"
)
# Who wrote, in the third person, before a quotation: "Napisał „…”", "He wrote '…'".
_THIRD_PERSON_WROTE = re.compile(
    rf"\b(?:{_WROTE_VERBS}|he wrote|she wrote|they wrote|azt irta|irta"
    # "Pan mi przysłał wiadomość '…'", "Pán mi poslal '…'", "He messaged me '…'"
    # (the third person only: "Przysłałem ci wiadomość: …", "Poslal jsem vám zprávu" are
    # the writer's own)
    rf"|{_SENT_THIRD_PERSON}(?: mi)?(?: wiadomosc| zpravu| spravu)?"
    r"|messaged me|texted me|sent me)\s*[:,]?\s*[\"„“”'‘‚«]"
)
# A first-person refusal before coordinated verbs: "I won't cancel and repay outside the
# site", "nebudu rušit a platit mimo portál"; the negation reaches the second verb unless
# a new subject starts it ("I won't lie and you can pay outside").
_OWN_REFUSAL = re.compile(
    r"\b(?:i (?:won|will|can|wouldn|would|couldn|could) not|i (?:wont|cant|cannot)"
    r"|nebudu|nebudem|nie bede|nie zamierzam|nem fogok|nem fogom)(?: [a-z]+){0,3}$"
)
_SUBJECTS = frozenset(
    {"i", "you", "we", "he", "she", "they", "u", "ty", "ja", "my", "wy", "on", "ona", "oni"}
    | {"vy", "te", "en", "mi", "ti", "pan", "pani"}  # (two lines: the formatter's width)
)
# A verb, then "also not" after a phrase: "mimo portál platit taky ne", "tiež nie".
_ALSO_NOT = re.compile(
    r"^(?:[a-z]+ )?(?:taky|take|tez|tiez|rovnez|vubec|vobec|rozhodne) (?:ne|nie|nebudu|nebudem)\b"
)
# Ruled out right after the phrase: "paying outside the site isn't an option", "platba mimo
# web nepřipadá v úvahu", "nie wchodzi w grę", "szóba sem jöhet".
# The writer corrects themselves at once: "zavolám vám… teda odepíšu tady", "I'll call you
# back... I mean I'll reply here", "felhívom… vagyis itt válaszolok".
_SELF_CORRECTED = re.compile(
    r"^(?:\W*[a-z]+){0,2}\W*(?:to znaczy|znaczy|teda|tedy|vlastne|i mean|azaz|vagyis|helyesebben"
    r"|pardon)\b"
    # ... to reply here, not a reason to leave: "Hívjon fel, vagyis itt nem tudunk beszélni"
    r"(?![^.!?\n]{0,40}\b(?:nie|ne|nem|not|no|nic|semmi|nothing|nejde|neda|spatne|zle|rosszul"
    r"|useless|inkabb|rather|de|ale|but|mean it)\b)"
    r"(?=[^.!?\n]{0,40}\b(?:odpisz\w*|odpowi\w*|napisz\w*|napisze|pisze|piszmy|odepis\w*"
    r"|odpis\w*|napis\w*|pisu|pisem|pisme|valaszol\w*|irok|irjunk|reply|answer|write|message"
    r"|respond|chat)\b)"
    r"[^.!?\n]{0,40}\b(?:tutaj|tu|tady|tu|here|itt|w czacie|v chatu|v chate|on the site)\b"
)
_NOT_AN_OPTION = re.compile(
    r"^\W*(?:(?:isn\W?t|is not|is never|aren\W?t|are not) (?:an option|possible|allowed)"
    r"|(?:nepripad\w* v uvahu|nepripad\w* do uvahy|neprichadz\w* do uvahy)(?=\s*(?:[,.;!?]|$))"
    r"|nie wchodzi w gre"
    r"|nie ma mowy"
    r"|szoba sem jo\w*|nem johet szoba|nem opcio"
    # "Przelew poza serwisem odpada", "Paying outside the site is a no", "Převod mimo portál
    # ne, kupte přes tlačítko"
    r"|odpada|is a no|is a no go|is out of the question|not happening"
    # "kontakt poza serwisem jest zabroniony", "contact outside the site is forbidden"
    r"|(?:jest|je|is|are) (?:zabronion\w*|zakazan\w*|forbidden|prohibited|not allowed)"
    r"|tilos|tiltott"
    # "Mimo portálu naozaj nie, prepáčte" (set 23): an adverb before the refusing "no"
    r"|(?:naozaj|urcite|rozhodne|fakt|opravdu|really|definitely|tenyleg|biztosan"
    r"|naprawde|zdecydowanie) (?:nie|ne|not|nem)(?=\s*[,.;!]|$)"
    r"|(?:ne|nie|no|nem)(?=\s*[,.;!]))\b"
)
# After a phrase: "… mnie nie interesuje", "… mě nezajímá", "… ma nezaujíma", "… nem érdekel"
_NOT_INTERESTED = re.compile(
    r"^(?:(?:mnie|mne|me|ma|engem) )?(?:nie interesuje|nezajima|nezaujima|nem erdekel)\b"
)
# "nothing" between a phrase and the refusing verb: "mimo portálu nič platiť nebudem"
_NOTHING = frozenset({"nic", "nothing", "semmit", "semmi"})
# After a question, an answer that refuses it: "Pay outside the site? No thanks."
_REFUSING_ANSWER = re.compile(
    r"^\W*(?:no thanks|no thank you|no way|i wont|i will not|nie dziekuje|dziekuje wole"
    r"|w zadnym wypadku|ne dekuji|dekuji radeji|nie dakujem|dakujem radsej|nem koszonom"
    r"|koszonom nem|nem fogok|to nie|to ne|az nem|nie,? wole|ne,? radsi|ne,? radeji"
    r"|nie,? radsej|no,? i(?:d| would)? prefer|nem,? inkabb)\b"
)
# Someone else's request reported: who asked (before the finding in its sentence) and a
# verb of asking or saying (anywhere in it: Hungarian puts it last, "valaki ... SMS-kódokat
# kér"). Present tense too: "kupujący prosi, żebym ...".
_REPORTER_SUBJECT = re.compile(
    r"\b(?:someone|somebody|a buyer|the buyer|a seller|the seller|a guy|a scammer|the scammer"
    r"|the (?:previous|last|other) (?:buyer|seller)|another (?:buyer|seller)"
    r"|scammers|this person|this buyer|this seller|this guy|a customer|the customer"
    r"|ktos|kogos|kupujac\w*|sprzedajac\w*"
    r"|sprzedawc\w*|klient\w*|oszust\w*|nekdo|niekto|nekoho|niekoho|kupujici|kupujuci"
    r"|prodavajici|predavajuci|prodejce|predajca|podvodnik\w*|valaki|az elado|a vevo|kupec"
    r"|typ|typa|typek|typka|gosc|goscia|facet|faceta|chlapik|chlapek|chlap|egy pasas|a pasas"
    r"|zaujemca|zajemce|zainteresowan\w*|erdeklodo|interested buyer"
    # the other side of a service, a rental, a job or an animal's sale: "pronajímatel
    # chce platbu mimo portál", "a nyaraló tulajdonosa azt írta", "the landlord wants"
    r"|pronajimatel\w*|prenajimatel\w*|wynajmujac\w*|wlasciciel\w*|majitel\w*|berbeado\w*"
    r"|tulajdonos\w*|(?:the|a|my) (?:landlord|owner|employer|breeder|organi[sz]er)"
    r"|pracodawc\w*|zamestnavatel\w*|munkaltato\w*"
    r"|hodowc\w*|chovatel\w*|tenyeszto\w*|poradatel\w*|organizator\w*|szervezo\w*"
    r"|kolega|kolegyne|kolegyna|kolezanka|kollegam|a colleague|a neighbour|a neighbor"
    r"|sasiad\w*|soused\w*|sused\w*|szomszed\w*"
    r"|egy vevo|egy elado|a csalo|egy vevot|egy eladot|az eladot|a vevot|egy csalot"
    r"|egy srac|egy pali|egy no|egy noi|egy ferfi"
    # the site's rules quoted: "Regulamin mówi, że płatności poza serwisem nie są chronione"
    r"|regulamin\w*|pravidla|podminky|szabalyzat\w*|the rules|the terms"
    # the user a report is about: "Zgłaszam użytkownika, który napisał ...", "this user"
    r"|this user|the user|a user|uzytkownik\w*|uzivatel\w*|pouzivatel\w*|felhasznalo\w*"
    # "Zgłosiłem konto, które kazało mi ...", "I reported an account that asked me to ..."
    r"|kont[oa],? ktore|(?:ucet|uctu),? (?:ktery|ktory)|fiok\w*,? (?:ami|amely)"
    r"|(?:an|the|this) account(?: that| which)?"
    # "Pán psal, že přeplatil …": a gentleman who wrote (Czech, Slovak)
    r"|pan(?= (?:psal|pisal|napsal|napisal))|pani(?= (?:psala|pisala|napsala|napisala)))\b"
)
_REPORTING_VERB = re.compile(
    r"\b(?:told|asked|asks|wrote|writes|sent|texted|messaged|emailed|wants|wanted|keeps asking"
    r"|is asking|was asking|asking|said|says|claims|claimed|napisal\w*|pisal\w*|pisze|prosil\w*"
    r"|prosi|kazal\w*|kaze|wyslal\w*|chcial\w*|chce|zadal\w*|zada|twierdzi\w*|napsal\w*"
    r"|pise|psal\w*|chtel\w*|chcel\w*|poslal\w*|ziadal\w*|ziada|tvrdil\w*|tvrdi|irt|irta"
    r"|ptal\w*|pytal\w*|kerdez\w*|nazwal\w*|nazval\w*|called|nevezett"
    r"|irja|kert|kerte|keri|ker|kuldott|akart|akarta|akarja|allitja|szeretne|keresett"
    # proposing: "The seller suggested I cancel and buy 'direct'", "Predajca mi navrhol ..."
    r"|suggested|suggests|proposed|proposes|zaproponowal\w*|proponowal\w*|proponuje"
    r"|navrhl\w*|navrhol\w*|navrhuje|javasolta|javasolt|ajanlotta"
    # asking, saying, sending now: "nekdo se zeptal", "valaki megkérdezte", "this user is
    # sending everyone …", "jak kupujący mówi, że …"
    r"|zeptal\w*|spytal\w*|opytal\w*|zapytal\w*|megkerdez\w*|mowi|mowil\w*|rika|hovori"
    r"|mondja|wysyla\w*|posila|posiela|sending|sends|kuldoz\w*"
    # offering or listing it: "Kolega wystawił ogłoszenie z fałszywym certyfikatem"
    r"|wystawil\w*|vystavil\w*|listed|offered|oferowal\w*|nabizel\w*|nabidl\w*|ponukal\w*"
    r"|ponukol\w*|ajanlott\w*|kinalt\w*)\b"
)
# Who asked, left unnamed as these languages allow ("chtěl po mně platbu mimo web, odmítl
# jsem", "utalást kért az oldalon kívül, nemet mondtam"): a verb of asking in the third
# person, with the writer refusing it or reporting it in the same or the next sentence.
_ASKED_THIRD_PERSON = re.compile(
    r"\b(?:chtel|chtela|chteli|chcel|chcela|chceli|chcial|chciala|chcieli|zadal|zadala|ziadal"
    r"|ziadala|pytal|pytala|pytali|prosil|prosila|navrhl|navrhla|navrhol|zaproponowal|zaproponowala"
    r"|proponowal|proponowala|kert|kerte|javasolta|wanted|asked|suggested|proposed"
    # "poprosił mnie o numer karty", "ajánlottak" (they offered), "chce ode mne" (wants
    # of me): another's request, whoever it was
    r"|poprosil|poprosila|poprosili|ajanlottak|ajanlott|kinaltak|offered|nabizel|nabizela"
    r"|ponukal|ponukala|oferowal|oferowala|chce od(?:e|o)? (?:mne|mna|mnie)"
    # "Tutor zapytał mnie o hasło …", "Lektor ma požiadal o heslo …", "A tanár elkérte …"
    r"|zapytal|zapytala|zapytali|poziadal|poziadala|poziadali|pozadal|pozadala|elkerte|elkert"
    r"|chcel od(?:o)? mna|chtel po mne|chtela po mne|chcial ode mnie|chciala ode mnie"
    # "Kupující se ptal, jestli …", "Azt kérdezte, …", "Azt írja, kattintsak …"
    r"|ptal|ptala|ptali|kerdezte|kerdeztek|kerdezett|azt irja|azt irta|asked if|asked whether)\b"
    r"(?! (?:jsem|som|sem))"
)
_REFUSED_BY_ME = re.compile(
    r"\b(?:odmitl jsem|odmitla jsem|odmietol som|odmietla som|odmowilem|odmowilam"
    r"|nemet mondtam|nem fogadtam el|visszautasitottam|i refused|i said no|i declined"
    r"|nie zgodzilem sie|nie zgodzilam sie|nesouhlasil jsem|nesouhlasila jsem|nem adtam meg"
    r"|nem adtam oda|nem kuldtem el|nie podalem|nie podalam|nie dalem|nie dalam"
    r"|neposlal jsem|neposlala jsem|neposlal som|neposlala som|nedal jsem|nedala jsem"
    r"|nedal som|nedala som|nie podam|nic som neposlal\w*|nic jsem neposlal\w*|nic jsem neposlala"
    r"|nikomu nic neposlal\w*|nem adtam|nem kuldtem|i didn\W?t send|i did not send"
    r"|nem kattintok|nem kattintottam|nie kliknalem|nie kliknelam|neklikl\w*|neklikol\w*"
    r"|nekliknem|i didn\W?t click|i won\W?t click"
    # "Nic jsem nezaplatila a smazala ji", "I didn't pay"
    r"|nezaplatil\w* jsem|nezaplatil\w* som|nic jsem nezaplatil\w*|nic som nezaplatil\w*"
    r"|nie zaplacil\w*|nic nie zaplacil\w*|nem fizettem|i didn\W?t pay|i did not pay)\b"
    # the writer's own "I won't", said right after
    r"|\b(?:nic |nikomu |takze nic |tak nic |so )?(?:nevracim|nevratim|neposilam"
    r"|neposlu|neposlem|neposielam|nezaplatim|neplatim|nedam|nie oddam|nie zwroce|nie zaplace"
    r"|nie wysle|nie wysylam|nem fizetek|nem kuldok|nem kuldom|nem adom|i won\W?t|i didn\W?t"
    r"|i did not|i will not|i haven\W?t)\b"
)
# Someone else wrote to the writer: "Napsal mi kupující, ať …", "Písal mi niekto, že …",
# "Napisał do mnie ktoś, …", "Írt nekem valaki, hogy …", "Someone messaged me to …".
_WROTE_TO_ME = re.compile(
    rf"\b(?:{_WROTE_VERBS}) (?:mi|mne|do mnie)\b(?! (?:jsem|som|sem))"
    r"|\b(?:irt|irta|irtak) nekem\b|\b(?:wrote to me|messaged me|texted me|emailed me)\b"
)
# The reader addressed at the start ("Szanowny sprzedawco, mój bank wysłał …", "Vážený
# prodejce, …", "Dear seller, …"): a vocative, not someone whose words are reported.
_ADDRESS = re.compile(
    r"^\W*(?:(?:hello|hi|witam|dzien dobry|dobry den)\W+)?"
    r"(?:szanown\w*|drog\w*|vazen\w*|mil[ya]|kedves|tisztelt|dear)\s+(?:[a-z]+\s+)?[a-z]+\s*[,!:]"
)
# A listing or an offer the writer saw: "widziałam tu ogłoszenie", "viděla jsem inzerát",
# "láttam itt egy hirdetést", "I saw a listing here for".
_SAW_LISTING = re.compile(
    r"\b(?:widzial\w*|zobaczyl\w*|trafil\w* na|videl\w*|vidiel\w*|narazil\w* na|saw|seen"
    r"|spotted|came across|lattam|lattunk|talaltam|zglosil\w*|nahlasil\w*|reported"
    r"|jelentettem|bejelentettem)\b(?: [a-z]+){0,2}"
    r" (?:ogloszeni\w*|ofert\w*|aukcj\w*|inzerat\w*|ponuk\w*|nabidk\w*|hirdetes\w*|listing"
    r"|an ad|an advert|a post|an offer)\b"
    # ... or the listing named first and reported: "Ogłoszenie o papierosach bez akcyzy
    # zgłosiłam", "Nahlásila som inzerát s cigaretami bez kolkov"
    r"|^\W*(?:ogloszeni\w*|inzerat\w*|hirdetes\w*|the listing|a listing|the ad)\b"
    # ... or posted by someone: "Ktoś wrzucił ogłoszenie z …", "Někdo tu dal inzerát s …"
    r"|\b(?:wrzucil\w*|wystawil\w*|dal|dala|dali|pridal\w*|feltett\w*|posted|put up)"
    r"(?: [a-z]+){0,2} (?:ogloszeni\w*|inzerat\w*|hirdetes\w*|a listing|an ad|an advert)\b"
    r"|\b(?:nahlasil\w*|zglosil\w*|jelentettem|reported)(?: (?:som|jsem|jsme|sme))?"
    r" (?:ogloszeni\w*|inzerat\w*|hirdetes\w*|the listing|a listing|an ad)\b"
    # ... or a listing the writer reports: "Zgłaszam ogłoszenie z ostrą amunicją"
    r"|\b(?:zglaszam|reporting|i am reporting|im reporting|nahlasuji|nahlasujem|jelentem"
    r"|bejelentem)(?: (?!(?:my|moje|moj|moja|muj|sajat|az en)\b)[^\s,.;:]+){0,6}"
    r" (?:ogloszeni\w*|inzerat\w*|hirdetes\w*|listing|an ad|a post)\b"
    # ... or an offer named as such: "That offer of cheap red diesel sounds illegal"
    r"|\b(?:that|this|the|ta|tamta|tato|tahle|tato|ez az|az) (?:offer|oferta|nabidka|ponuka"
    r"|ajanlat)\b"
    # ... or "seen here" (on the site): "Láttam itt egy hidrokinonos krémet"
    r"|\b(?:widzial\w*|videl\w*|vidiel\w*|lattam|saw) (?:tu|tutaj|tady|itt|here)\b"
)
# A warning whose object is the quotation that follows: "Be careful with '…'", "Uważajcie
# na „…”", "Pozor na „…“", "Vigyázzatok az „…” kezdetű üzenetekkel".
_WARNED_OF = re.compile(
    r"\b(?:be careful (?:with|of)|beware of|watch out for|uwazaj\w* na|strzez\w* sie"
    r"|pozor na|dejte si pozor na|davejte si pozor na|dajte si pozor na|davajte si pozor na"
    r"|vigyazz\w*(?: a| az)?|ovakodj\w*(?: a| az)?)\W*$"
)
_REPORTER_FIXED = re.compile(
    r"\b(?:pretending to be|claiming to be|posing as|quote from|podaj\w* sie za"
    r"|podawal\w* sie za|podszyw\w*|vydava (?:se|sa) za|kiadja magat|adja ki magat"
    r"|kiadta magat|idezem)\b"
)
# Whoever asks, unnamed, in the finding's own clause: "ignore anyone asking you to pay
# outside the site", "nie odpowiadaj na wiadomości z prośbą o przelew poza serwisem" (not
# "ignore anyone asking you to pay on the site and pay outside the site to me").
_UNNAMED_ASKER = re.compile(
    r"\b(?:(?:jesli|jezeli|gdyby|if|pokud|jestli|kdyby|ak|keby|ha) (?:ktos|ktokolwiek|anyone"
    r"|anybody|someone|somebody|nekdo|niekto|valaki|az elado|a vevo|the seller|the buyer"
    r"|sprzedajacy|kupujacy|prodejce|predajca|kupujici|kupujuci)\b"
    # "Kdo chce fotku karty z obou stran, ten je podvodník": whoever asks, judged
    r"|(?:kdo|kto) (?:chce|chtel|pyta|ziada|zada)|whoever (?:asks|wants)|aki (?:ker|keri|akar)"
    r"|(?:anyone|anybody|people|someone|somebody) (?:who )?(?:asks|asking|asked|tells"
    r"|telling|writes|writing|wants|messaging|texting|contacting)"
    r"|(?:messages?|texts?|e ?mails?|wiadomos\w*|maile?\w*|sms\w*|zprav\w*|sprav\w*"
    r"|uzenet\w*) (?:z prosba|z prosbami|s zadosti|so ziadostou|asking|requesting"
    r"|that ask|which ask|ktore prosza|amelyek\w*|amik))\b"
)
_CLAUSE_SPLIT = re.compile(r"[,;:]|\b(?:and|but|then|oraz|ale|potem|pak|potom|aztan|de)\b")
# The writer reporting what they quote: "Zgłaszam użytkownika ...: „podaj numer karty”",
# "nahlasujem správu: „pošli mi kód“", "Reporting this user, they sent me: 'read me the
# code'". Only for quoted words: unquoted, "zgłaszam problem, podaj kod" is a request.
_REPORTING_FIRST = re.compile(
    r"\b(?:zglaszam\w*|zglosilem|zglosilam|nahlasuji|nahlasujem\w*|nahlasil jsem"
    r"|nahlasila jsem|nahlasil som|nahlasila som|jelentem|bejelentem|jelentettem"
    r"|reporting|i am reporting|im reporting|i report|i reported|ive reported"
    # quoting what came: "Cytuję, co dostałem: 'przepisz kod blik'"
    r"|cytuj\w*|cituji|citujem|quoting|i quote|heres what i got)\b"
)
# The writer disowning what is asked in their name: "proszę nie odpowiadać na prośby o
# przelew poza serwisem, to nie ja", "anyone asking you to pay outside the site, that
# isn't me".
_NOT_ME = re.compile(
    r"\b(?:to nie ja|to nie bylem ja|to nie bylam ja|nie ja pisalem|nie ja pisalam"
    r"|(?:that|it|this) (?:is|was)(?: not|nt) me|(?:thats|its) not me|not from me"
    r"|to nejsem ja|to nebyl jsem ja|to nebyla jsem ja|to nie som ja|to som nebol ja"
    r"|nem en vagyok|nem en voltam|nem en irtam|nem tolem)\b"
)
# An opening single quote: after a space, a colon or the start, before a letter
# ("they sent me: 'read me the code'"); an apostrophe sits between letters ("I'll").
_QUOTE_INSIDE = re.compile(r'["„“«]')
_QUOTE_MARKS = re.compile(r'["„“”«»]')
_OPEN_SINGLE = re.compile(r"(?:^|(?<=[\s:(]))['‘‚](?=\w|$)")
_CLOSE_SINGLE = re.compile(r"(?<=[\w.!?,])['’](?=[\s.,!?;:)]|$)")
# "I got a text saying ...", "watch out ...": a report or a warning only where the same or
# the next sentence also judges it (fake, a scam, suspicious, reported); a scammer writes
# "I got a message from the site, send me the code" and "watch out, the link expires".
_RECEIVED = re.compile(
    r"\b(?:(?:i|we) (?:got|received) this\b"
    r"|(?:i|we|my \w+) (?:got|received|had|get|keep getting)\b[^.!?]{0,30}\b"
    r"(?:texts?|sms|messages?|e ?mails?|letters?|calls?|links?|requests?|whatsapps?|dms?"
    r"|offers?)\b"
    r"|(?:message|text|sms|e ?mail|letter) saying|(?:message|text|sms|e ?mail) came in"
    r"|watch out|beware|be careful|heads up"
    # "Nie klikajcie w linki 'odbierz pieniądze'", "Neklikejte na odkazy …", "Don't click"
    r"|nie klikaj\w*|neklikej\w*|neklikaj\w*|don\W?t click|do not click|never click"
    r"|ne\s+kattints\w*|figyelem"
    r"|(?:dostalem|dostalam|dostalismy|otrzymalem|otrzymalam|przyszla(?: mi)?|przyszedl(?: mi)?"
    r"|przyszlo(?: mi)?)\b[^.!?]{0,30}\b(?:wiadomos\w*|sms\w*|mail\w*|list\w*|link\w*"
    r"|prosb\w*|ofert\w*|propozycj\w*)"
    # "Dostala som správu: „…“", "Přišla mi zpráva", "Kaptam egy üzenetet: „…”"
    r"|\b(?:dostal\w*|obdrzel\w*|obdrzal\w*|prisl[ao](?: mi)?|kaptam|kaptunk|jott(?: egy)?)\b"
    r"[^.!?]{0,30}\b(?:zprav\w*|sprav\w*|sms\w*|e ?mail\w*|uzenet\w*|level\w*)"
    r"|uwazaj\w*|ostrzegam|uwaga"
    r"|(?:dostal jsem|dostala jsem|dostal som|dostala som|mne prisla|mi prisla|mi prisel"
    r"|dostal|dostala|dostali|dostalo"
    r"|mi prislo|pisla mi|pisal mi|pisala mi|prisla|prisel|prisiel|prislo)"
    r"\b[^.!?]{0,30}\b(?:zprav\w*|sprav\w*|sms\w*|mail\w*|dopis\w*|list\w*|odkaz\w*"
    r"|zadost\w*|ziadost\w*|ponuk\w*|nabidk\w*)"
    r"|pozor|varuj\w*"
    # "Psal mi nějaký kupec, ať ...", "Napisał mi ktoś, żebym ...": who wrote, then what
    r"|(?:psal|psala|napsal|napsala|pisal|pisala|napisal|napisala) mi\b"
    r"|(?:^|(?<=[.!?,] ))(?:got|had|received) (?:a|an|this|some)\b[^.!?]{0,30}"
    r"\b(?:texts?|sms|messages?|e ?mails?|letters?|calls?|links?)\b"
    r"|kaptam egy\b|(?:uzenetet|levelet|sms\w*(?:\W?t)?|e\W?mailt) kaptam\b"
    rf"|(?:mi )?{_SENT_THIRD_PERSON}(?: mi)?\b[^.!?]{{0,20}}"
    r"\b(?:wiadomos\w*|zprav\w*|sprav\w*|sms\w*|mail\w*)"
    r"|(?:kaptam|jott egy|jott)\b[^.!?]{0,30}"
    r"\b(?:uzenet\w*|sms\w*|e[ -]?mail\w*|level\w*|linke?\w*|kerese\w*|keres|ajanlat\w*)"
    r"|vigyazat|vigyazz\w*|figyelmeztet\w*"
    # "Forwarding this to support: '…'", "Přeposílám: …"
    r"|(?:forwarding|forwarded) (?:this|it)\b|przekazuj\w* (?:to|dalej|do)"
    r"|przesylam (?:to|dalej|do)\b|preposil\w*|preposiel\w*|tovabbit\w*"
    r")"
)
# "Niektórzy piszą o gwarantowanych zyskach …, nie dajcie się nabrać": others' offers, the
# finding in the clause that names them (not "Niektórzy piszą o oszustach: przelej mi …").
_OTHERS_WRITE = re.compile(
    r"\b(?:niektorzy|nekteri|niektori|some people|sokan|egyesek) (?:pisz\w*|pisou|pisu|write"
    r"|irnak|oferuj\w*|nabizeji|ponukaju|offer|promise|obiecuj\w*|slibuj\w*|slubuj\w*|igernek)\b"
)
# Calling a message one got strange: "dostałem dziwną wiadomość", "divná zpráva".
_STRANGE = r"dziwn\w*|divn\w*|cudn\w*|furcsa\w*|strange|weird"
# Asking whether it was the reader: "was that you?", "czy to Pan?", "maga volt az?"
_WAS_IT_YOU = (
    r"was (?:it|that) you|is (?:that|this) you|czy to (?:pan|pani|ty|wy)|to pan|to pani"
    r"|jste to vy|jste to byl\w*|ste to vy|boli ste to vy|on volt az|maga volt az|te voltal"
)
_JUDGED = re.compile(
    r"\b(?:fake|scam(?![\w-])|scams|fraud\w*|phishing|suspicious|reported|oszust\w*"
    r"|podejrzan\w*|falszyw\w*|zglosil\w*|podvod\w*|podezrel\w*|podozriv\w*|falesn\w*"
    r"|przekret\w*|naciagan\w*"
    # a warning not to fall for it: "nie dajcie się nabrać", "nenechte se napálit"
    r"|nie dajcie sie nabrac|nie daj sie nabrac|nenechte se napalit|nenechte se nachytat"
    r"|nedajte sa nachytat|nedajte sa oklamat|ne doljetek be|ne dolj be|don\W?t fall for"
    r"|falosn\w*|nahlasil\w*|csalas\w*|gyanus\w*|hamis\w*|atveres\w*|jelentettem"
    r"|feljelentettem|bejelentettem"
    # doubting it: "Seems dodgy", "is that real?", "czy to prawda?", "je to pravda?"
    r"|dodgy|shady|sketchy|is (?:that|this|it) (?:real|legit|genuine|true)|legit\W*\?"
    r"|czy to prawda|czy to prawdziwe|je to pravda|je to realne|igaz ez|valodi ez"
    # "Czy ta wiadomość od „Działu Bezpieczeństwa” jest prawdziwa?"
    r"|(?:prawdziw\w*|pravdiv\w*|skutocn\w*|skutecn\w*|real|genuine|valodi|igazi|hiteles)(?= ?\?)"
    # ... or ignoring it: "nereagovala som", "nem reagáltam", "I ignored it"
    r"|nereagoval\w*|nem reagaltam|nie odpowiedzial\w*|neodpovedal\w*|zignorowal\w*"
    # ... or asking how to block the sender: "hogyan tilthatom le?"
    r"|tilthatom le|how (?:do|can) i block"
    # ... or not taking it: "neprijal som", "nie przyjąłem", "nem fogadtam el"
    r"|neprijal\w* (?:som|jsem)|nie przyjal\w*|nem fogadtam el|didn\W?t accept|did not accept"
    r"|ignoroval\w*|ignored it|ignored them|didn\W?t reply|did not reply"
    r"|didn\W?t click|did not click|nie kliknal\w*|neklikl\w*|neklikol\w*|nem kattintottam"
    r"|not clicking|nie klikam|neklikam|neklikn\w*|nem kattintok|(?:is )?using your name"
    r"|(?:got|was|been) (?:removed|banned|blocked)|usunie\w*|zbanowan\w*|odstranen\w*"
    r"|zablokovan\w*|kitiltott\w*|torolt\w*"
    r"|luckily|na szczescie|nastesti|nastastie|szerencsere"
    # worried by it: "Pisał mi, żebym zapłaciła poza stroną, to mnie niepokoi"
    r"|mnie niepokoi|me znepokojuje|ma znepokojuje|ez aggaszt|aggaszt engem|worries me"
    # asking how to report it: "Jak to nahlásit?", "How do I report this?"
    r"|jak (?:to|ho|ji) nahlasit|ako (?:to|ho|ju) nahlasit|jak (?:to|go|ja) zglosic"
    r"|how (?:do i|can i|to|should i) report|hogyan (?:jelentsem|lehet jelenteni)"
    r"|trick\w*|trukk\w*|sztuczk\w*|trik\w*|podfuk\w*|nahlaste|zglos(?:cie|c)\b|report it"
    r"|blocked (?:him|her|them)|letiltottam|allitolagos|rzekom\w*|so called|takzvan\w*"
    r"|udajn\w*|supposedly|allegedly"
    r"|(?:dozwolon\w*|povolen\w*|megengedett|allowed)(?= ?\?)"
    r"|(?:neni|nie je|nie jest|isn\W?t|is not) (?:od|from)"
    r" (?:webu|portalu|stranky|serwisu|the site)"
    # the real money arrives elsewhere; passed to the security team; "ignore and report"
    r"|(?:prawdziwe|skutecne|skutocne|real|valodi|igazi) (?:pieniadze|penize|peniaze|money|penz)"
    r"|przeslal\w* (?:do|dalej)|przekazal\w* (?:do|dalej)|forwarded (?:it |this )?to"
    r"|preposlal\w*|tovabbitottam|ignore and report|ignoruj\w* (?:a|i) (?:nahlas|zglos)\w*"
    rf"|{_STRANGE}"
    r"|nem tettem meg|nem tettem|neudelal\w* jsem|neurobil\w* som|nie zrobil\w*"
    # "didn't fall for it", "nie dałem się nabrać", "nenechal jsem se nachytat"
    r"|didn\W?t fall for it|did not fall for it|not falling for it|nie dal\w* sie nabrac"
    r"|nenechal\w* (?:jsem|som) (?:se|sa) (?:nachytat|oklamat|napalit)|nem dol\w* be"
    # asking whether it was really the other party is judging it too
    rf"|{_WAS_IT_YOU}"
    # ... or saying it cannot have been: "that wasn't you, was it?", "to chyba nie od Pana?"
    r"|(?:that|it|this) (?:wasn\W?t|was not|isn\W?t|is not) you|nie od (?:pana|pani|ciebie)"
    r"|to nie (?:pan|pani|ty)|neboli ste vy|neboli vy|nebyl jste vy|nebyli jste vy"
    r"|nebyl vy|nebyla vy|nebyli vy"
    r"|nebola ste vy|nebyla jste vy|nem on volt|nem te voltal|ez nem on)\b"
)
# A request made to the reader at the finding itself ("send ME YOUR code", "pošlete mi",
# Hungarian imperatives): never a report, whoever is named before it.
_ADDRESSED = re.compile(
    r"\b(?:me|your|yours|mi|mnie|twoj\w*|swoj\w*|mne|tvuj|tvoj\w*|vas|vase\w*|vasi\w*|svuj"
    r"|svoj\w*|nekem|kuldd|kuldje|add meg|adja meg|ird|irja meg|kattints|kattintson|fizess"
    r"|fizessen"
    r"|fizesd|utald|utalja|diktald|mondd"
    # imperatives: "podaj kod BLIK", "pošlete kód", "kliknij link"
    r"|podaj|podajcie|wyslij|wyslijcie|przeslij|napisz|daj|kliknij|zaplac|wpisz|przepisz"
    r"|posli|poslete|poslite|napis|napiste|klikni|kliknete|kliknite|zaplat|zaplatte"
    r"|prepis|prepiste|zadejte|zadajte|uvedte|dejte|dajte)\b"
)
# English imperatives, not after "to" ("told me to click" reports).
_EN_IMPERATIVE = re.compile(
    r"(?<!\bto )\b(?:send|give|tell|click|pay|enter|type|share|confirm|transfer)\b"
)
# "asked me to", "told me to": the writer was asked, not asking.
_REPORTED_ME = re.compile(
    r"\b(?:asked|told|wants|wanted|asks|tells|texted|messaged|offering|offered) me\b"
    r"|\b(?:tried|trying) to sell me\b"
)
# "..., abyste mi poslal kód", "żebyś mi podał": a request to the reader just before.
_ASKED_OF_READER = re.compile(r"\b(?:abyste|abys|aby ste|at|zebys|zeby pan|zeby pani) mi$")
# "..., ať mu pošlu číslo karty, že mi pošle peníze": asked for someone else, so the "mi"
# after it is the reported speaker's, not a request to the reader.
_ASKED_FOR_THEM = re.compile(
    r"\b(?:at|aby|abych|zeby|zebym|nech|niech) (?:mu|jej|jim|im)(?: [a-z]+)?$"
    # "Niekto mi napísal, aby som klikol na link a zadal číslo karty, že mi pošle ..."
    r"|\b(?:aby som|abych|zebym|zebych)(?: [a-z]+){0,5}$"
    # "Someone told me to scan a QR code and pay …": an infinitive, not an imperative
    r"|\b(?:told|asked|wanted|tells|asks|wants) (?:me|us|you) to$"
    # "Someone tried to sell me homemade spirits"
    r"|\b(?:tried|trying|tries|wanted|wants) to$"
    # "Kupující se ptal, jestli může poslat mi přeplatek": another's question, reported
    r"|\b(?:ptal|ptala|ptali|pytal|pytala|pytali|zapytal|zapytala|zapytali|asked)"
    r" (?:jestli|zda|ci|czy|if|whether)"
    # ... not one the reader is asked in: "se ptal, jestli můžete poslat mi …" relays it
    r"(?: (?!(?:you|muzete|muzes|mozesz|mozecie|mozete|mozes|byste|bys)\b)[a-z]+){0,3}$"
)
# "Każą mi podać dane karty", "they want me to ...": unnamed askers, in a message that
# judges what it got ("Is this message real?").
_TOLD_ME = re.compile(
    r"\b(?:kaza|kazal|kazala|kazalo|kazali|kazaly|kaze|kazou|kazu|chca|chcieli|chteji|chcu"
    r"|they (?:want|told|tell|ask|asked|wanted)) (?:mi|mnie|me|po mne|odo mna)"
    r"(?: to| zebym| abych| aby som)?$"
)
REPORTABLE_CATEGORIES = frozenset({"credentials_request", "off_platform", "scam"})
# A phrase rule's link (a QR code, a channel, a profile to search for) names no address a
# detector would find: reported, it is reported ("told me to scan a QR code, I didn't").
_PHRASE_REPORTABLE = REPORTABLE_CATEGORIES | {"external_link"}
_PHRASE_NEGATABLE = NEGATABLE_CATEGORIES | {"external_link"}  # "Don't scan any QR codes"
# Czech and Slovak negate a verb with a prefix: "neplaťte", "neposílejte", "nesdieľajte".
_PREFIX_NEGATION = re.compile(
    r"^ne(?:plat|kupuj|posil|posiel|sdel|zdiel|dav|klik|uvad|poskyt|pis|vol|prevad"
    r"|odesil|zasil|zadav|vypln|prepis|diktuj|tlac|tahn|nut|presouv|presuv|lak"
    r"|vrac|zrus|rus|prodav|predav|prijim|prijm|ptej|pytaj)[a-z]*$"
    # the writer's own "I won't pay": "Nezaplatím mimo portál" (not "pokud nezaplatíte …")
    r"|^nezaplatim(?:e)?$"
)


# Words that say what a number is when they come just before it: an order, a parcel, an
# invoice, a postcode. Such a number is not a phone or card number.
_NUMBER_NAMES = re.compile(
    r"(?:order|objedn|zamowien|zamówien|rendel|faktur|invoice|tracking|zasielk|zásielk|"
    r"zasilk|zásilk|przesylk|przesyłk|paczk|kovetes|követés|csomag|shipment|parcel|"
    r"sledov|sledzen|śledzen|postcode|zip|psc|psč|iranyito|irányító|kod pocztowy|"
    r"kód pocztowy|ref|awb|#|č\.|c\.|ean|gtin|sku|imei|serial|s/n|sn:|part|model|"
    r"katalog|czesci|części|produktu|product|dilu|dílu|dielu|cikkszám|cikkszam|termékkód|"
    r"seryjn|výrobní|vyrobni|výrobné|vyrobne|gyári|gyari|wysyłk|wysylk|"
    r"termekkod|nip|regon|ičo|ico|dič|dic|adószám|adoszam|vat|ofert|inzerat|inzerát|"
    r"hirdet|listing|balik|balík|item|nadani|nadania|nadanie|feladas|feladási|vratk|vrátk|"
    r"azonosító|azonosito|\bzam\b|\bobj\b|ticket|hlasen|hlásen|bejelent|zgloszen|zgłoszen|"
    r"\bigi\b|\bgia\b|certyfikat|certifikát|certifikat|certificate|tanúsítvány|tanusitvany|"
    r"\bchip|\bčip|\bcip\b|mikrochip|microchip|transponder|\bisbn|\bissn|"
    r"report|transakc|transaction|tranzakci|company number|company no|registration number"
    # an appliance's product number, a payout's operation, a factory or a claim number
    # (set 41: "PNC 914 550 307 00", "numer operacji 7734010028", "REK-2026-221457")
    r"|krs|\bpnc|operac|operác|fabryczn|reklamac|reklamác|\brek-"
    # a shoe's style code (set 42: "numerem stylu 555088-134")
    r"|\bstyl\w*|style code)[^\d\n]{0,48}$"
    # "numery 0009234362 i 7483907070": the next number of a list the name began
    r"|(?:order|objedn|zamowien|zamówien|rendel|faktur|invoice|zasielk|zásielk|zasilk|"
    r"zásilk|przesylk|przesyłk|paczk|csomag|parcel)[^\n]{0,40}\d{6}\s*"
    r"(?:,|\b(?:i|a|and|és|es|oraz|or|albo|nebo|alebo|vagy)\b)\s*$",
    re.IGNORECASE,
)
# ... or just after it: "a 7032487298 számú rendelés", "a 0580873761 rendelés".
_NUMBER_NAMED_AFTER = re.compile(
    r"^\s*(?:(?:számú|szamu|sz\.)\s+)?(?:meg)?(?:rendel|csomag|számla|szamla|küldemény|kuldemeny)",
    re.IGNORECASE,
)
# ... a tax number named after it: "ez a 12345678-2-42 az adószámom", "is my VAT number"
# (not after a request to call: "Volejte 777 123 456, je to moje IČO")
_TAX_NUMBER_NAMED_AFTER = re.compile(
    r"^\s*(?:(?:to|is|je|az)\s+)?(?:(?:my|mój|moj|moje|můj|muj|môj)\s+)?"
    r"(?:(?:nip|vat number|vat no|ičo|ico|dič|dic)\b|adószám|adoszam)",
    re.IGNORECASE,
)
# Words of a request to call or write: between a name and the number they make it a contact
# ("zamówienie, zadzwoń 601 234 567" is a phone, not an order number).
_CONTACT_WORDS = re.compile(
    r"zadzwo|dzwon|dzwoń|call|ring|text|tel\b|tel\.|telefon|phone|whats|sms|volej|volaj|zavolej|"
    r"zavolaj|hivj|hívj|hivjon|hívjon|hivd|hívd|kontakt|contact|napis|napiš|napíš|írj|irj|"
    r"pisz|viber|signal|telegram|mobil|komork|komórk|handy|wa\.me"
    # details at a number: "Pies ma chip, szczegóły pod numerem 600 …"
    r"|szczeg\w* pod numerem|info\w* pod numerem|podrobnost\w* na (?:cisle|čísle)"
    # a person's number after a parcel was named: "balík nechal u souseda, jeho číslo …"
    r"|\b(?:jeho|jej|jeji|její|jego|his|her) (?:cislo|číslo|numer|number)\b",
    re.IGNORECASE,
)
_PERSONS_NUMBER = re.compile(r"(?:jeho|jej|jeji|její|jego|his|her) ", re.IGNORECASE)
_PERSON = re.compile(
    r"\b(?:sous\w*|sasiad\w*|sused\w*|szomszed\w*|neighbou?r\w*|syn\w*|son|brat\w*|brother"
    r"|siostr\w*|sestr\w*|sister|kurier\w*|kuryr\w*|courier|driver|ridic\w*|vodic\w*|kierowc\w*"
    r"|manzel\w*|maz\w*|zon\w*|wife|husband|kolega\w*|kolegy\w*|colleague)\b"
)
# "call 07698 775 104": a number the reader is asked to call or text, whatever the
# numbering plan says of its range (the phone matchers want a number valid in the plan).
_CALL_NUMBER_RE = re.compile(
    r"\b(?:call|ring|text|whatsapp|zadzwon\w*|dzwon\w*|zavolej\w*|zavolaj\w*|volej\w*"
    r"|volaj\w*|hivj\w*|hivd)\b\W{0,3}(?:(?:me|mi|mu|on|at|na|us|nam)\W{1,3}){0,2}"
    r"(\+?\(?\d[\d ()\-./]{7,18}\d)(?![\d.,/]?\d)"
)
_TIME_RANGE = re.compile(r"\b\d{1,2}[.:]\d{2}\s?[-/]\s?\d{1,2}[.:]\d{2}\b")
_SHORT_DATE = re.compile(r"\b\d{1,2}[./]\d{1,2}[./]\d{2}\b")
# Dates: "03.12.2026", "3. 12. 2026", "2026-12-03", and the Hungarian "2026. 12. 03."
# (with spaces, as Hungarian mail clients write it in a quoted reply's header).
_DATE_RE = re.compile(
    r"\b\d{1,2}\s?[./-]\s?\d{1,2}\s?[./-]\s?(?:19|20)\d\d\b"
    r"|\b(?:19|20)\d\d\s?[./-]\s?\d{1,2}\s?[./-]\s?\d{1,2}\b"
)
_GROUPED_RE = re.compile(r"(?<![\w+.,/])\(?\d{1,4}\)?(?:[ .\-]\(?\d{1,4}\)?){2,5}(?![\w.,/]?\d)")
# In the skeleton's spelling (a repeated letter counts once: "thre", "nula", "keto").
_DIGIT_WORDS = (
    "zero|jeden|jedna|jedno|dwa|trzy|cztery|piec|szesc|siedem|osiem|dziewiec|"
    "nula|dva|tri|ctyri|styri|pet|pat|sest|sedm|sedem|osm|osem|devet|devat|"
    "egy|keto|ket|harom|negy|ot|hat|het|nyolc|kilenc|tiz|husz|harminc|negyven|"
    "otven|hatvan|hetven|nyolcvan|kilencven|"
    "oh|one|two|thre|four|five|six|seven|eight|nine"
)
# Digit words, and digits among them ("6 zero 1 2 three 4 5 six 7").
_SPELLED_RE = re.compile(
    rf"(?<= )(?:(?:{_DIGIT_WORDS}|\d{{1,3}}) (?:\. )?){{6,}}(?:{_DIGIT_WORDS}|\d{{1,3}})(?= )"
)


def _spelled_in_ascii(text: str, folded, match: re.Match) -> bool:
    """Whether the host of `match` (in the folded view) is written in plain ASCII in the
    text: "inpоst.pl" with a Cyrillic "о" folds to an allowed domain but leads to another
    site (its punycode), so only the ASCII spelling is the allowed one. (The text the
    rules check is NFKC-normalised: fullwidth letters are ASCII by then, as for a
    browser.)"""
    start, stop = folded.span(match.start("host"), match.end("host"))
    return text[start:stop].isascii()


def _undisguised(text: str) -> str:
    """`text` with a phone number's disguises undone, one character for one."""
    return _PHONE_LETTERS.sub(lambda m: "0" if m.group() in "oO" else "1", text).translate(
        _PHONE_SEPARATORS
    )


# A courier's or the post's public help line, named as such before the number in its
# sentence ("Infolinia DHL to 42 6 345 345", "A Magyar Posta ügyfélszolgálata a 06 1 767
# 8200"): the policy lets it pass.
_HELPLINE = re.compile(
    r"\b(?:infolini\w*|infolink\w*|helpline|hotline|customer service|customer line"
    r"|zakaznick\w* (?:link\w*|centr\w*|servis\w*)|ugyfelszolgalat\w*|biur\w* obslug\w*"
    r"|call ?cent\w*)\b"
)
_COURIER_NAME = re.compile(
    r"\b(?:dhl|dpd|gls|ups|fedex|inpost\w*|poczt\w*|posta|posty|poste|postou|posti|postan"
    r"|packet\w*|zasilkovn\w*|foxpost\w*|royal mail|evri|ppl|sps|geis|express one)\b"
)


def _public_helpline(text: str, start: int) -> bool:
    before = _SENTENCE_BREAK.split(normalize.fold(text[max(0, start - 100) : start]).text)[-1]
    return bool(_HELPLINE.search(before) and _COURIER_NAME.search(before))


def _names_a_number(text: str, start: int, stop: int | None = None) -> bool:
    """The number at `start` is named as an order, parcel, invoice or postcode number:
    by a word shortly before it, with no request to call or write in between, or (given
    its `stop`) by the Hungarian "számú rendelés" just after it."""
    before = text[max(0, start - 64) : start]
    named = _NUMBER_NAMES.search(before)
    if named and not _CONTACT_WORDS.search(before[named.start() :]):
        return True
    if named:
        cue = _CONTACT_WORDS.search(before[named.start() :])
        if _PERSONS_NUMBER.match(cue.group()) and not _PERSON.search(
            normalize.fold(before[named.start() : named.start() + cue.start()]).text
        ):
            return True  # "zásilka…, její číslo": the parcel's own number
    if stop is None:
        return False
    if _NUMBER_NAMED_AFTER.match(text[stop : stop + 40]):
        return True
    return bool(_TAX_NUMBER_NAMED_AFTER.match(text[stop : stop + 40])) and not (
        _CONTACT_WORDS.search(_SENTENCE_BREAK.split(text[max(0, start - 64) : start])[-1])
    )


# A company's tax or registration number named just before a number spelled out in words
# ("NIP pięć dwa jeden …", "IČO dva osm …", "company number zero eight …"); a phone's name
# or a request to call in between makes it a phone again.
_TAX_NUMBER_NAMED = re.compile(
    r"\b(?:nip|regon|krs|ico|dic|ic dph|adoszam\w*|cegjegyzekszam\w*|vat (?:number|no|id)"
    r"|company (?:number|no|registration number)|registration number)\b[^\d\n]{0,24}$"
)


def _names_a_tax_number(text: str, start: int) -> bool:
    before = text[max(0, start - 40) : start]
    named = _TAX_NUMBER_NAMED.search(normalize.fold(before).text)
    return named is not None and not _CONTACT_WORDS.search(
        normalize.fold(before).text[named.start() :]
    )


def _luhn(digits: str) -> bool:
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char)
        if position % 2:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def _iban_valid(value: str) -> bool:
    """A real IBAN: a country that has them, that country's length and format, and the
    check digits (python-stdnum); "RR618351012CZ", a Czech Post parcel, is none."""
    return iban.is_valid(value.upper())


def _card_network(digits: str) -> bool:
    if len(digits) == 16 and digits[0] in "456":
        return digits[0] != "5" or digits[1] in "12345"
    if len(digits) == 16 and digits[:2] in {"22", "23", "24", "25", "26", "27"}:
        return True
    return len(digits) == 15 and digits[:2] in {"34", "37"}


# -- The engine --------------------------------------------------------------------------


@dataclass(eq=False)
class _Phrase:
    spec: RuleSpec
    regex: re.Pattern
    negation_words: frozenset[str]


@dataclass
class Engine:
    rules: Sequence[RuleSpec] = ()
    allowed_domains: Iterable[str] = ()
    version: int = 0
    _by_start: dict[str, list[_Phrase]] = field(default_factory=dict, repr=False)
    _regex_rules: list[tuple[RuleSpec, re.Pattern]] = field(default_factory=list, repr=False)
    _allow_skeleton: list[tuple[RuleSpec, re.Pattern]] = field(default_factory=list, repr=False)
    _allow_accent: list[tuple[RuleSpec, re.Pattern]] = field(default_factory=list, repr=False)
    errors: list[str] = field(default_factory=list)
    model: object = None  # model.RulesModel, or None: rules only

    def __post_init__(self) -> None:
        self._domains = frozenset(
            d.lower().strip().lstrip("@").strip(".") for d in self.allowed_domains
        )
        self._extract = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
        for spec in self.rules:
            try:
                self._add(spec)
            except RuleError as error:  # a broken rule is skipped, never the whole engine
                self.errors.append(f"{spec.label}: {error}")

    def _add(self, spec: RuleSpec) -> None:
        if spec.kind == KIND_REGEX:
            self._regex_rules.append((spec, compile_regex(spec.pattern)))
        elif spec.kind == KIND_ALLOW:
            accent = not spec.pattern.isascii()
            regex, _starts = compile_phrase(spec.pattern, accent=accent)
            (self._allow_accent if accent else self._allow_skeleton).append((spec, regex))
        elif spec.kind == KIND_PHRASE:
            regex, starts = compile_phrase(spec.pattern)
            words = {
                normalize.word_form(w.rstrip("*")) for w in re.split(r"[\s|;]+", spec.pattern)
            }
            phrase = _Phrase(spec, regex, frozenset(words & _NEGATIONS))
            for start in set(starts):
                # Indexed by the first three characters of the word (two for a shorter one).
                bucket = self._by_start.setdefault(start[:3], [])
                if phrase not in bucket:
                    bucket.append(phrase)
        else:
            raise RuleError(f"unknown kind {spec.kind!r}")

    # -- checking

    def check(
        self,
        text: str,
        *,
        region: str | None = None,
        ignore_emails=(),
        use_model: bool = True,
        quotable: Iterable[str] | None = None,
    ) -> Verdict:
        """`quotable`: the texts the writer may quote as the reader's own (the reader's
        earlier messages in the thread); a refused "> " quote found in none of them is the
        writer's own words. None: no thread to compare with, a refused quote is cleared."""
        folded = normalize.fold(text)
        skeleton = normalize.skeleton(folded)
        findings: list[Finding] = []

        def add(category: str, start: int, end: int, rule: str) -> None:
            findings.append(Finding(category, text[start:end], start, end, rule))

        # 1. Phrase rules, tried only where a word starts like their first word.
        sk = skeleton.text
        # Categories whose phrases the writer refused, warned of or reported: the model's
        # decision for the same category rests on the same words ("Nalewka nie na sprzedaż,
        # sprzedam karafki" is no offer for the model either).
        refused: set[str] = set()
        quoted_refused = _refused_mail_quotes(text, quotable) if ">" in text else ()
        position = 1
        length = len(sk)
        while position < length:
            end = sk.find(" ", position)
            by_three = self._by_start.get(sk[position : position + 3], ())
            by_two = self._by_start.get(sk[position : position + 2], ())
            candidates = (*by_three, *by_two) if by_two else by_three
            if candidates:
                for phrase in candidates:
                    match = phrase.regex.match(sk, position)
                    if match is None:
                        continue
                    start, stop = skeleton.span(match.start(), match.end())
                    category = phrase.spec.category
                    if quoted_refused and _in_spans(quoted_refused, start, stop):
                        refused.add(category)  # the reader's words, turned down below
                        continue
                    if (
                        (category in _PHRASE_NEGATABLE and _negated(text, start, stop, phrase))
                        or (category in _PHRASE_REPORTABLE and _reported(text, start, stop))
                        or (category in _PHRASE_REPORTABLE and _quoted_back(text, start, stop))
                        or (
                            category == "prohibited_item"
                            and (
                                _item_negated(text, start, stop)
                                or _reported_and_refused(text, folded.text, start, stop)
                                or _asked_and_answered_no(text, start, stop)
                            )
                        )
                    ):
                        refused.add(category)
                        continue
                    if category == "profanity" and _insult_reported(
                        text, folded.text, start, stop
                    ):
                        continue
                    if category == "scam" and (
                        _denied_charge(text, start) or _denied_new_account(text, start, stop)
                    ):
                        continue
                    if category == "credentials_request" and (
                        _resume(text, start, stop) or _own_credential(text, start, stop)
                    ):
                        continue
                    add(phrase.spec.category, start, stop, phrase.spec.label)
            position = end + 1

        # 2. Staff's regular expressions on the folded text.
        for spec, regex in self._regex_rules:
            for match in regex.finditer(folded.text):
                if match.end() > match.start():
                    start, stop = folded.span(match.start(), match.end())
                    add(spec.category, start, stop, spec.label)

        # 3. Detectors.
        links = self._links(text, folded, add)
        if links:
            _payment_links(folded.text, findings, add)
        self._emails(text, folded, add, ignore_emails)
        if len(_DIGITS_RE.findall(folded.text)) >= 4:
            undisguised = _undisguised(folded.text)  # one character for one: same offsets
            if len(_DIGITS_RE.findall(undisguised)) >= 7:
                self._numbers(text, folded, undisguised, add, region, taken=links)
        tax_numbers = self._spelled_phones(text, folded, skeleton, add)
        if "@" in folded.text or ":" in folded.text:
            for match in _HANDLE_RE.finditer(folded.text):
                start, stop = folded.span(match.start(), match.end())
                add("off_platform", start, stop, "messenger handle")
            for match in _HANDLE_NEAR_RE.finditer(folded.text) if "@" in folded.text else ():
                start, stop = folded.span(match.start(), match.end())
                add("off_platform", start, stop, "messenger handle")
        if "*" in folded.text or _SPLIT_RE.search(folded.text):
            _masked_swearing(folded, add)
        if _LETTER_RUN_RE.search(folded.text) or _LEET_TOKEN_RE.search(folded.text):
            _spelled_out(folded, add)
        if "@" in folded.text or "." in folded.text:
            self._spaced_contacts(folded, add)

        # 4. The learned model (model.py), when it is sure: the phrases that weighed most.
        # It adds a category the rules did not find (theirs explain themselves better); it
        # does not judge contact details or links beside an address the rules allow (the
        # platform's masked address, a courier's page, the writer's own).
        # On a short line it also needs a weak signal from the patterns (`_weak_signal`).
        # Profanity it finds only with a word of its swear-word lists among the words that
        # weighed (disguised, inflected or without diacritics: the lists are matched on the
        # skeleton): around swear words its training lines say "where is my parcel", and
        # without one it took that, or "szárazra" (dry), for swearing. Neither applies
        # when it is at least STRONG_MODEL sure.
        # Words a rule has already explained get no second reason from the model ("napíšte
        # mi svoje číslo" is off-platform by a rule; the model read it as a card number).
        if self.model is not None and use_model:
            model_view = skeleton
            # The model reads a letter without its salutation and closing (as it was
            # trained: `model.model_input`): names and courtesies are in every kind of
            # letter, and "Vážený pane" or "Jana" weighed for a category on their own.
            body = normalize.letter_body(text)
            if "<" in text and _MARKUP_TAG.search(text):
                # Markup typed into a message is shown as text, but its tag names are no
                # words of the writer's ("<script>" read as a prescription); blanked to
                # spaces, so the phrases shown keep their places in the text.
                body = _MARKUP_TAG.sub(lambda match: " " * len(match.group()), body)
            refused_quotes = (*quoted_refused, *_refused_quotations(text))
            for begin, end in refused_quotes:
                # the model reads the writer's own words, not a quote the reply refused
                body = body[:begin] + re.sub(r"[^\n]", " ", body[begin:end]) + body[end:]
            if body is not text:
                model_view = normalize.skeleton(normalize.fold(body))
            decision = self.model.predict_skeleton(model_view)
            if (
                decision is not None
                and (
                    not model_is_short(skeleton.text)
                    or decision.lexical
                    or decision.probability >= STRONG_MODEL
                    or _weak_signal(folded.text, decision.category)
                )
                and (
                    decision.category != "profanity"
                    or decision.lexical
                    or decision.probability >= STRONG_MODEL
                )
                and (decision.lexical or decision.probability >= UNLISTED_MODEL_MIN)
                and decision.category not in {finding.category for finding in findings}
                and decision.category not in refused
                and not _explained(decision.spans, findings)
                # the number words the model weighed are a company's tax number
                and not (
                    decision.category == "off_platform"
                    and decision.spans
                    and all(_in_spans(tax_numbers, begin, end) for begin, end in decision.spans)
                )
                and not _mostly_warned(text, decision)
                and not _asks_what_it_is(text, decision)
                and not (
                    decision.category in ("off_platform", "external_link")
                    and self._has_allowed_address(folded.text, ignore_emails)
                )
            ):
                rule = f"model ({decision.probability:.2f})"
                for start, stop in decision.spans or ((0, len(text)),):
                    add(decision.category, start, stop, rule)

        if findings:
            findings = self._drop_allowed(text, folded, skeleton, findings)
        if findings:
            findings = _implied(text, folded, findings)
        return Verdict(tuple(_dedupe(findings, text)))

    def _has_allowed_address(self, folded: str, ignore_emails) -> bool:
        ignored = {email.lower() for email in ignore_emails}
        for match in _EMAIL_RE.finditer(folded):
            host = _DOT_SEP_RE.sub(".", match.group("host"))
            if self.domain_allowed(host) or match.group().replace(" ", "") in ignored:
                return True
        if _DOMAIN_HINT_RE.search(folded):
            for match in _DOMAIN_RE.finditer(folded):
                if self.domain_allowed(_DOT_SEP_RE.sub(".", match.group("host"))):
                    return True
        return False

    def domain_allowed(self, host: str) -> bool:
        host = host.lower().strip(".")
        while host:
            if host in self._domains:
                return True
            _, _, host = host.partition(".")
        return False

    def _links(self, text: str, folded, add) -> list[tuple[int, int]]:
        """Links and bare domains not on the allowed list; returns every link's span."""
        spans: list[tuple[int, int]] = []
        source = folded.text
        if "://" not in source and (
            _DOMAIN_HINT_RE.search(source) is None
            or (
                "." not in source
                and not any(w in source for w in ("dot", "kropka", "tecka", "bodka", "pont"))
            )
        ):
            return spans
        for match in _DOMAIN_RE.finditer(source) if _DOMAIN_HINT_RE.search(source) else ():
            host = _DOT_SEP_RE.sub(".", match.group("host"))
            parts = self._extract(host)
            if not parts.suffix or not parts.domain:
                continue
            if not match.group("scheme"):
                # A two-letter name is a site with a path ("is.gd/mikiny", "ow.ly/aB3x9"),
                # not alone ("np.pl"-like abbreviations).
                short = len(parts.domain) < 3 and len(match.group("path") or "") < 3
                if parts.suffix in _FILE_SUFFIXES or short:
                    continue
                if (
                    _SPELLED_DOT_RE.search(match.group("host"))
                    and parts.suffix not in _COMMON_SUFFIXES
                ):
                    continue
                # "dziękuję.Pozdrawiam": a sentence without a space, not a site.
                start, stop = folded.span(match.start("host"), match.end("host"))
                original = text[start:stop]
                tail = original.rsplit(".", 1)[-1] if "." in original else ""
                if tail[:1].isupper() and not original.isupper():
                    continue
                if parts.domain.isdigit():
                    continue
            registered = f"{parts.domain}.{parts.suffix}"
            start, stop = folded.span(match.start(), match.end())
            spans.append((start, stop))
            if _spelled_in_ascii(text, folded, match) and (
                self.domain_allowed(host) or self.domain_allowed(registered)
            ):
                inner = self._inner_site(match.group("path") or "")
                if inner:  # "https://inpost.pl/?next=https://evil-shop.com": the other site
                    add("external_link", start, stop, f"link:{inner}")
                continue
            add("external_link", start, stop, f"link:{registered}")
        for match in _URL_RE.finditer(source):
            start, stop = folded.span(match.start(), match.end())
            if any(s < stop and start < e for s, e in spans):
                continue  # its host is a domain, judged above
            spans.append((start, stop))
            host = match.group("host").strip("[]")
            if host and not self.domain_allowed(host):
                add("external_link", start, stop, f"link:{host}")
        return spans

    def _spaced_contacts(self, folded, add) -> None:
        """An address or a domain spelled out one character at a time
        ("j a n @ g m a i l . c o m", "e v i l - s h o p . p l"): read without the gaps."""
        for run in _SPACED_RUN_RE.finditer(folded.text):
            value = "".join(run.group().split())
            if "@" not in value and "." not in value:
                continue
            email = _EMAIL_RE.search(value)
            domain = email or _DOMAIN_RE.search(value)
            if domain is None:
                continue
            host = domain.group("host")
            parts = self._extract(host)
            if not parts.suffix or len(parts.domain) < 2 or self.domain_allowed(host):
                continue
            start, stop = folded.span(run.start(), run.end())
            if email:
                add("off_platform", start, stop, "e-mail address")
            else:
                add("external_link", start, stop, f"link:{parts.domain}.{parts.suffix}")

    def _inner_site(self, path: str) -> str:
        """A site not allowed named inside an allowed link's path or query (a redirect's
        target, percent-encoded or not), or ""."""
        for match in _INNER_HOST_RE.finditer(unquote(path).lower()):
            parts = self._extract(match.group("host"))
            if (
                parts.suffix
                and len(parts.domain) >= 3
                and parts.suffix not in _FILE_SUFFIXES
                and not self.domain_allowed(f"{parts.domain}.{parts.suffix}")
            ):
                return f"{parts.domain}.{parts.suffix}"
        return ""

    def _emails(self, text: str, folded, add, ignore_emails) -> None:
        source = folded.text
        if "@" not in source and not re.search(r"\bat\b|malpa|zavinac|kukac", source):
            return
        ignored = {address.lower() for address in ignore_emails}
        for match in _EMAIL_RE.finditer(source):
            host = _DOT_SEP_RE.sub(".", match.group("host"))
            parts = self._extract(host)
            if not parts.suffix:
                continue
            if f"{match.group('local')}@{host}" in ignored:
                continue
            if _spelled_in_ascii(text, folded, match) and self.domain_allowed(host):
                continue  # the platform's own masked addresses, couriers' addresses
            start, stop = folded.span(match.start(), match.end())
            add("off_platform", start, stop, "e-mail address")

    def _numbers(
        self, text: str, folded, undisguised: str, add, region: str | None, taken
    ) -> None:
        """Card, bank account and phone numbers (not those inside a link); `undisguised`
        is `_undisguised(folded.text)`."""
        source = folded.text
        taken = list(taken)

        def free(start: int, stop: int) -> bool:
            return not any(s <= start and stop <= e for s, e in taken)

        for match in _CARD_RE.finditer(source):
            digits = re.sub(r"\D", "", match.group())
            start, stop = folded.span(match.start(), match.end())
            if (
                _card_network(digits)
                and _luhn(digits)
                and free(start, stop)
                and not _names_a_number(text, start)
            ):
                add("credentials_request", start, stop, "payment card number")
                taken.append((start, stop))
        for regex, rule in (
            (_IBAN_RE, "bank account number (IBAN)"),
            (_NRB_RE, "bank account number"),
        ):
            for match in regex.finditer(source):
                value, end = match.group(1), match.end()
                if regex is _NRB_RE:
                    value = "PL" + value.replace(" ", "")
                else:  # the words after an IBAN written in groups are not part of it
                    while not _iban_valid(value) and " " in value:
                        value = value.rsplit(" ", 1)[0]
                    end = match.start(1) + len(value)
                start, stop = folded.span(match.start(), end)
                if _iban_valid(value) and free(start, stop):
                    add("off_platform", start, stop, rule)
                    taken.append((start, stop))
        for match in _CZ_ACCOUNT_RE.finditer(source):
            start, stop = folded.span(match.start(), match.end())
            if match.group(1) in _CZ_BANK_CODES and free(start, stop):
                add("off_platform", start, stop, "bank account number")
                taken.append((start, stop))
        for match in _HU_ACCOUNT_RE.finditer(source):
            start, stop = folded.span(match.start(), match.end())
            if not free(start, stop):
                continue
            add("off_platform", start, stop, "bank account number")
            taken.append((start, stop))
        regions = ((region,) if region else PHONE_REGIONS) + FOREIGN_PHONE_REGIONS
        seen: set[tuple[int, int]] = set()
        # The matcher reads only the text around each run of digits, not a long message.
        for hint in _PHONE_HINT.finditer(undisguised):
            low, high = folded.span(hint.start(), hint.end())
            low, high = max(0, low - 4), high + 4
            window = _undisguised(text[low:high])
            for code in regions:
                for found in phonenumbers.PhoneNumberMatcher(
                    window, code, leniency=phonenumbers.Leniency.VALID
                ):
                    start, stop = low + found.start, low + found.end
                    if (start, stop) in seen or not free(start, stop):
                        continue
                    if found.raw_string.isdigit() and not 9 <= len(found.raw_string) < 12:
                        continue  # one short or long run of digits: an order or tracking no.
                    if _names_a_number(text, start, stop) or _DATE_RE.search(found.raw_string):
                        continue
                    if _public_helpline(text, start):
                        continue
                    seen.add((start, stop))
                    add("off_platform", start, stop, "phone number")
        # Any country's number written with its country code but no "+": "234-1-776-2397".
        for match in _GROUPED_RE.finditer(source):
            start, stop = folded.span(match.start(), match.end())
            if any(s < stop and start < e for s, e in seen) or not free(start, stop):
                continue
            digits = re.sub(r"\D", "", match.group())
            if _DATE_RE.search(match.group()):
                continue
            if (
                not 10 <= len(digits) <= 15
                or digits[0] == "0"
                or _names_a_number(text, start, stop)
            ):
                continue
            try:
                number = phonenumbers.parse("+" + digits)
            except phonenumbers.NumberParseException:
                continue
            if phonenumbers.region_code_for_number(number) in (None, "ZZ"):
                continue
            # Grouped like a phone number and led by a country's code: a phone, even when
            # that country's plan says the number is one digit short or long.
            if phonenumbers.is_possible_number(number) or len(match.group().split("-")) >= 4:
                seen.add((start, stop))
                add("off_platform", start, stop, "phone number")
        for match in _CALL_NUMBER_RE.finditer(source):
            start, stop = folded.span(match.start(1), match.end(1))
            if any(s < stop and start < e for s, e in seen) or not free(start, stop):
                continue
            digits = re.sub(r"\D", "", match.group(1))
            if not 9 <= len(digits) <= 13 or _DATE_RE.search(match.group(1)):
                continue
            if _TIME_RANGE.search(match.group(1)) or _SHORT_DATE.search(match.group(1)):
                continue
            if _names_a_number(text, start, stop) or _public_helpline(text, start):
                continue
            seen.add((start, stop))
            add("off_platform", start, stop, "phone number")

    def _spelled_phones(self, text, folded, skeleton, add) -> list[tuple[int, int]]:
        """A phone number written as words: seven or more digit words in a row. Returns the
        spans of number words named as a company's tax or registration number instead."""
        tax_numbers: list[tuple[int, int]] = []
        for match in _SPELLED_RE.finditer(skeleton.text):
            words = [word for word in match.group().split() if word != normalize.SENTENCE_MARK]
            if len(words) >= 7 and sum(not word.isdigit() for word in words) >= 2:
                before = skeleton.text[max(0, match.start() - 30) : match.start()].split()[-2:]
                if numberwords.counting(words) and not any(
                    word.isdigit() or numberwords.morphemes(word) for word in before
                ):
                    continue  # "jeden, dwa, trzy, … dziesięć": counting, no number
                start, stop = skeleton.span(match.start(), match.end())
                if _names_a_tax_number(text, start):
                    tax_numbers.append((start, stop))
                    continue  # "NIP pięć dwa jeden …", "company number zero eight one …"
                add("off_platform", start, stop, "phone number in words")
        # Tens and hundreds too, glued or apart: "sedmsetdvacetčtyři / stodvanáct / …";
        # digits and words glued: "09zero5 12three 45six"
        for run in [
            *numberwords.phone_runs(folded.text),
            *numberwords.glued_phone_runs(folded.text),
        ]:
            start, stop = folded.span(run.start, run.stop)
            if _names_a_tax_number(text, start):
                tax_numbers.append((start, stop))
                continue
            add("off_platform", start, stop, "phone number in words")
        return tax_numbers

    def _drop_allowed(self, text, folded, skeleton, findings: list[Finding]) -> list[Finding]:
        """Findings no allowlist exception overlaps (looked for near each finding only)."""
        accented: list[str] = []  # the accent view, made once if an exception needs it
        return [
            finding
            for finding in findings
            if finding.category == "external_link"
            or not self._overlaps_allowed(finding, text, skeleton, 120, accented)
        ]

    def _overlaps_allowed(self, finding, text, skeleton, margin, accented_cache) -> bool:
        low, high = max(0, finding.start - margin), finding.end + margin
        sk_low = max(0, bisect.bisect_left(skeleton.index, low) - 1)
        sk_high = min(len(skeleton.text), bisect.bisect_right(skeleton.index, high) + 1)
        for _spec, regex in self._allow_skeleton:
            for match in regex.finditer(skeleton.text, sk_low, sk_high):
                start, end = skeleton.span(match.start(), match.end())
                if (
                    start < finding.end
                    and finding.start < end
                    and not _contact_past_allowed(text, finding, start, end)
                ):
                    return True
        if self._allow_accent:
            if not accented_cache:
                accented_cache.append(normalize.accent(text).text)
            accented = accented_cache[0]
            for _spec, regex in self._allow_accent:
                for match in regex.finditer(accented, low, min(len(accented), high)):
                    if (
                        match.start() < finding.end
                        and finding.start < match.end()
                        and not _contact_past_allowed(text, finding, match.start(), match.end())
                    ):
                        return True
        return False


# The exception for the listing's call button ("przycisk „Zadzwoń”", "the call button").
_CALL_BUTTON = re.compile(r"\b(?:przycisk\w*|tlacitk\w*|tlacidl\w*|button)\b")


def _contact_past_allowed(text: str, finding, start: int, end: int) -> bool:
    """A contact request the exception stops short of: "Kliknij przycisk i zadzwoń do mnie",
    "use the button to call me on …", "Nie działa przycisk, zadzwoń na WhatsApp" (the
    exception names the listing's button, not the writer or a messenger)."""
    if finding.category != "off_platform" or not _CALL_BUTTON.search(
        normalize.fold(text[start:end]).text
    ):
        return False
    overhang = normalize.fold(finding.fragment[max(0, end - finding.start) :]).text
    after = normalize.fold(text[end : end + 40]).text
    return bool(
        (finding.end > end and re.match(r"\W*(?:do )?(?:me|mi|mnie|mne|nekem)\b", overhang))
        or re.match(rf"\W*(?:na|on|via|przez|pres|cez|w) {_MESSENGER.pattern}", after)
    )


# Czech "něm" (him, it) after a preposition folds to Hungarian "nem" (not): "je na něm
# Activation Lock", "v něm" are no negation. Only in a text written with "ě", which
# Hungarian has not ("Na, nem adom" stays a refusal).
_CZ_PREPOSITIONS = frozenset({"na", "v", "ve", "o", "po", "pri", "za", "nad", "pod"})


# Words of Czech and Slovak that Hungarian has not, and the other way round: a text
# written without diacritics ("je na nem Activation Lock") is told by its small words.
_CZ_SK_WORDS = frozenset(
    {"je", "jsem", "jsi", "jsou", "neni", "nejsou", "se", "si", "uz", "jen", "taky", "mam"}
    | {"mate", "prodam", "predam", "som", "sa", "aj", "ako", "jak", "ktery", "ktory", "ze"}
    | {"pro", "pre", "bez", "ale", "nebo", "alebo", "jeste", "este", "ani"}
)
_HU_WORDS = frozenset(
    {"az", "egy", "es", "hogy", "van", "nincs", "meg", "csak", "mert", "vagy", "ha", "ez"}
    | {"nekem", "igen", "koszonom", "kell", "lesz", "volt", "mar", "mint", "itt", "nagyon"}
)


def _czech(text: str) -> bool:
    """Written in Czech (or Slovak): with "ě", "ř" or "ů", or, without diacritics, with at
    least two of their small words and none of Hungarian's."""
    low = text.lower()
    if "ě" in low or "ř" in low or "ů" in low:
        return True
    words = set(re.findall(r"[a-z]+", normalize.fold(text).text))
    return len(words & _CZ_SK_WORDS) >= 2 and not words & _HU_WORDS


def _without_cz_nem(words: list[str], context: list[str] | None = None, *, text: str) -> list[str]:
    """`words` without a "nem" that follows a Czech preposition (in `context`, the words
    `words` ends, when given), if `text` (the whole message) is Czech or Slovak."""
    if "nem" not in words or not _czech(text):
        return words
    context = words if context is None else context
    offset = len(context) - len(words)
    return [
        word
        for i, word in enumerate(words)
        if not (word == "nem" and i + offset > 0 and context[i + offset - 1] in _CZ_PREPOSITIONS)
    ]


# A messenger asked for inside the finding ("Írj WhatsAppon, SMS").
_MESSENGER = re.compile(r"\b(?:whatsap\w*|viber\w*|telegram\w*|messenger\w*|signal\w*)")

# Polish, Czech and Slovak "and" (English and Hungarian ones end the clause: `_CLAUSE_JOIN`).
_AND_WORDS = frozenset({"a", "i", "aj", "oraz"})
# An affirmative imperative, the forms a request takes (not an infinitive: "nebudu platit a
# posílat peníze mimo portál" is one refusal of two verbs).
_IMPERATIVE_WORDS = (
    r"posli|poslete|poslite|posilej|posilejte|posielaj|posielajte|napis|napiste|pis|piste"
    r"|zavolej|zavolejte|zavolaj|zavolajte|volej|volejte|volaj|volajte|dej|dejte|daj|dajte"
    r"|zaplat|zaplatte|uved|uvedte|sdel|sdelte|zdielaj|zdielajte|nadiktuj|nadiktujte|diktuj"
    r"|klikni|kliknete|kliknite|klikejte|klikaj|vypln|vyplnte|zadej|zadejte|zadaj|zadajte"
    r"|prepis|prepiste|kontaktuj|kontaktujte|ozvi|ozvete|ozvite|stahni|stahnete|stiahni"
    r"|stiahnite|otevri|otevrete|otvor|otvorte|preved|prevedte|pridej|pridaj"
    r"|wyslij|wyslijcie|podaj|podajcie|napisz|napiszcie|zadzwon|zadzwoncie|dzwon|dzwoncie"
    r"|przelej|przelejcie|wplac|zaplac|zaplaccie|kliknij|kliknijcie|wejdz|dajcie|przeslij"
    r"|podeslij|odpisz|skontaktuj|dodaj|podyktuj|wpisz|pisz|piszcie|odezwij|odezwijcie"
)
_IMPERATIVE = re.compile(rf"^(?:{_IMPERATIVE_WORDS})$")
# Small words between "and" and the imperative: "Nie płać i potem podaj mi …", "Neplaťte a
# hned mi pošlete …".
_BEFORE_IMPERATIVE = frozenset(
    {"mi", "mu", "nam", "potem", "pak", "potom", "hned", "ihned", "szybko", "rychle", "teraz"}
    | {"ted", "rovnou", "zaraz", "tylko", "jen", "len", "juz", "uz", "prosze", "prosim"}
    # red team s27: "Nie płać i natychmiast podaj …", "a okamžitě mi pošlete", "po prostu"
    | {"natychmiast", "okamzite", "po", "prostu", "proste", "jednoducho"}
    # red team s28: "Nie płać i od razu podaj …", "koniecznie", "najpierw", "nejdřív"
    | {"od", "razu", "koniecznie", "najpierw", "nejdriv", "nejprve", "najprv", "rovno"}
)


def _after_new_imperative(words: list[str], inside: list[str]) -> list[str]:
    """The words a negation before the phrase may come from, without a negated imperative
    that "and" and an affirmative one follow: "Neplaťte a pošlete mi kód z SMS", "Nie płać i
    wyślij mi kod BLIK" ask for the code; "Neplaťte předem a mimo portál" (one verb, two
    objects) stays a warning."""
    for position in range(len(words) - 1, -1, -1):
        if words[position] in _AND_WORDS:
            following = [*words[position + 1 :], *inside[:3]]
            while len(following) > 1 and following[0] in _BEFORE_IMPERATIVE:
                following = following[1:]
            negated = any(w in _NEGATIONS or _PREFIX_NEGATION.match(w) for w in words[:position])
            if negated and following and _IMPERATIVE.match(following[0]):
                return words[position + 1 :]
            break
    return words


def _negated(text: str, start: int, stop: int, phrase: _Phrase | None = None) -> bool:
    """A warning or a refusal: a negation among the six words before in the same clause,
    inside the match, or a refusing verb just after it ("převody mimo portál neberu")."""
    before = text[max(0, start - 80) : start]
    clauses = _CLAUSE_END_BEFORE.split(normalize.fold(before).text)
    clause = clauses[-1]
    if len(clauses) > 1 and _PURPOSE.match(clause):
        # "Objednávku nezruším, abych to prodal levněji mimo web": the purpose clause
        # belongs to the refused verb before it
        clause = f"{clauses[-2]} {clause}"
    clause = _CONTRACTED_NOT.sub(r"\1 not", clause)  # "can't" folds to "can t"
    words = re.findall(r"[a-z]+", clause)[-6:]
    if _REFUSING_OPENER.match(clause):
        words = ["not", *words]  # "I won't cancel the order to do it cheaper off the site"
    for position in range(len(words) - 1, -1, -1):  # only the clause the phrase is in
        if words[position] in _CLAUSE_JOIN:
            # "I won't cancel and repay outside the site": one negated will, two verbs
            after = words[position + 1 : position + 2]
            if not (
                words[position] in _COORDINATING
                and _OWN_REFUSAL.search(" ".join(words[:position]))
                and not (after and after[0] in _SUBJECTS)
            ):
                words = words[position + 1 :]
            break
    # "don't bother with checkout": the contraction is the rule's own word ("dont")
    inside = re.findall(r"[a-z]+'t\b|[a-z]+", normalize.fold(text[start:stop]).text)
    inside = [word.replace("'", "") for word in inside]
    words = _after_new_imperative(words, inside)
    tail = normalize.fold(text[stop : stop + 60]).text
    following = re.findall(r"[a-z]+", _CLAUSE_END.split(tail)[0])[:3]
    if following and following[0] in _NOTHING:
        following = following[1:]
    # "mimo portál platit taky ne", "mimo portálu platiť tiež nie": a verb, "also not"
    also_not = _ALSO_NOT.match(" ".join(following))
    # a prefix-negated verb a few words on: "Fotku občanky mi prosím neposílejte"
    late_refusal = any(_PREFIX_NEGATION.match(word) for word in following[:3])
    # Hungarian puts the object first: "az oldalon kívül fizetést nem fogadok el"
    if len(following) == 3 and following[1] == "nem":
        late_refusal = late_refusal or bool(
            _REFUSAL_AFTER.match(" ".join(following[1:]))
            # "Írj WhatsAppon, SMS-re nem válaszolok": no answer by SMS, WhatsApp asked for
            and not (following[2].startswith("valaszol") and _MESSENGER.search(" ".join(inside)))
        )
    # Hungarian "never" before the verb: "A személyim fotóját sosem küldöm el"
    late_refusal = late_refusal or bool(following and following[0] in ("sosem", "soha"))
    # "gotówka do ręki mnie nie interesuje", "hotovost mě nezajímá", "nem érdekel"
    late_refusal = late_refusal or bool(_NOT_INTERESTED.match(" ".join(following)))
    following = following[:2]
    own = phrase.negation_words if phrase is not None else frozenset()
    negations = [
        w
        for w in [
            *_without_cz_nem(words, text=text),
            *_without_cz_nem(inside, text=text),
        ]
        if w in _NEGATIONS or _PREFIX_NEGATION.match(w)
    ]
    negations = [w for w in negations if w not in own]
    if re.search(r"\bno need\b", " ".join(words)):  # "no need for anyone to share passwords"
        negations.append("no need")
    if _WHY_WOULD.search(" ".join(words)):  # "Why would I need your account number?"
        negations.append("why would")
    if (
        late_refusal
        or also_not
        or any(_REFUSAL_AFTER.match(word) for word in following)
        or (following and _REFUSAL_AFTER.match(" ".join(following)))
    ):
        negations.append(following[0])
    if _NOT_AN_OPTION.match(tail):  # "platba mimo web nepřipadá v úvahu"
        negations.append("not an option")
    if _SELF_CORRECTED.match(tail):  # "oddzwonię do Pani… to znaczy odpiszę tutaj"
        negations.append("self-corrected")
    question = re.match(r"[^.!?\n]{0,30}\?", tail)  # "przelew na konto? Nie, wolę …"
    if question and _REFUSING_ANSWER.match(tail[question.end() :].strip()):
        negations.append("?")
    if not negations:
        return False
    return not _NEGATION_OVERRIDES.search(" ".join(words + inside))


# Saying that nobody charges it: "Evri don't charge redelivery fees", "InPost nie pobiera
# opłat za ponowne doręczenie", "Packeta si neúčtuje poplatek", "a posta nem kér díjat".
# Only a verb of charging or asking, negated, right before the phrase: "you won't get the
# parcel unless you pay the redelivery fee" stays a scam.
_DENIED_CHARGE = re.compile(
    r"(?:\b(?:not|never|nie|nigdy|nikdy|ne|nem|soha|sosem|no one|nobody|nikt)"
    r" (?:[a-z]+ )?(?:charge[sd]?|ask[s]?|request[s]?|require[s]?|demand[s]?|pobiera\w*"
    r"|wymaga\w*|zada\w*|ziada\w*|kernek|ker|kerunk|szamol\w*|uctuj\w*|vyzaduj\w*"
    r"|pozaduj\w*|chce|chca)"
    r"|\b(?:neuctuj|nevyzaduj|nepozaduj|nezada|neziada|neber|nechce)\w*)"
    r"(?: (?:si|sobie|zadne|zadnych|zadnej|any|a|an|for|za|od|vas|vam|ci|you|semmilyen|semmi"
    r"|nijake|zadny|zadnou|oplat\w*|poplat\w*)){0,2} ?$"
)


# The writer reported or refused what they quote: "ten użytkownik proponował mi podróbki
# jako oryginał, zgłoszone", "someone messaged me saying they've got 'weed for sale', I've
# reported them". For prohibited goods a report needs this as well as who asked: "a buyer
# asked me for weed, I have some" is an offer.
# Reporting it, done or about to be: read after a reported request (`_REPORT_DONE`) and
# as the opening of a reply below a quoted block (`_REFUSING_REPLY`).
_REPORT_WORDS = (
    r"zglosil\w*|zgloszon\w*|zglaszam|zglosze|zglosimy|reported|reporting|i\W?ll report"
    r"|i will report|nahlasil\w*|nahlasen\w*|nahlasuj\w*|nahlasim|nahlasime|jelentettem"
    r"|jelentve|bejelentettem|bejelentem|jelentem"
    # (not "bejelentés után utalok", after the report I transfer)
    r"|bejelentes(?!\w* utan\b)\w*"
    # "Hlásím to správci", "Hlásím uživatele, který …", "hlásím urážlivou zprávu"
    r"|hlasim (?:to|ho|ji|je|tu|tuto|toho|uzivatel\w*|pouzivatel\w*|urazliv\w*)"
    r"|hlaseni|nahlaseni"
)
_REPORT_DONE = re.compile(
    rf"\b(?:{_REPORT_WORDS}|odmitl\w*|odmietol\w*|zgloszeni\w*|my report|to moderation"
    # asking the moderators to act: "proszę moderację o reakcję"
    r"|prosze moderacj\w*|prosim moderator\w*|prosim moderaci\w*|kerem a moderator\w*"
    r"|asking the moderators"
    # sent to them: "zrzut ekranu wysłany do moderatorów", "screenshot sent to the moderators"
    r"|do moderatorow|moderatorom|moderatorum|a moderatoroknak|to the moderators"
    r"|odmowil\w*|refused|declined|nemet mondtam|visszautasitottam"
    # staying on the site instead: "…, ale wolę tu pisać", "but I'd rather keep it here"
    r"|wole (?:tu |tutaj )?pisac(?: tu| tutaj)?|radsi (?:pisu|piseme) (?:tady|tu)"
    r"|radsej (?:pisem|piseme) (?:tu|tuna|tu na)|inkabb itt (?:irok|irjunk|maradok)"
    r"|(?:rather|prefer to) (?:keep it|write|chat|talk|stay) here)\b"
    # blocked them, passed it to support, or asked whether it was the reader
    r"|\b(?:zablokowal\w*|zablokoval\w*|blocked (?:them|him|her)|letiltottam|preposlal\w*"
    rf"|przekazal\w*|tovabbitottam|forwarded (?:it|this|the \w+)|{_WAS_IT_YOU})\b"
    # "povedal som, že ďakujem, nie", "mondtam, hogy köszönöm, nem"
    r"|\b(?:dakujem|dekuji|dziekuje|koszonom|thanks|thank you)\W+(?:nie|ne|nem|but no)\b"
    r"|\bno thanks\b|\bno thank you\b"
    # warning the others, refusing, blocking: "Neudělala jsem to, varuji ostatní",
    # "Poďakovala som a odmietla", "Nic jsem nenapsala a blokla ho", "Neposlem."
    r"|\b(?:varuji ostatni|varujem ostatnych|ostrzegam (?:innych|was|wszystkich)|uwazajcie"
    r"|warning (?:others|everyone)|figyelmeztetek mindenkit|odmietl\w*|blokl\w*|blokol\w*"
    r"|neposlem|neposlu|nie wysle|nem kuldom el"
    # "Tohle nedělám", "Ilyet nem csinálok", "Tego nie robię", "I don't do that"
    r"|tohle nedelam|to nedelam|toto nerobim|to nerobim|ilyet nem csinalok|ezt nem csinalom"
    r"|tego nie robie|nie robie tego|i don\W?t do that|i do not do that)\b"
    # about to report it, or calling it strange: "chciałbym zgłosić użytkownika",
    # "dostałem dziwną wiadomość o papierosach bez akcyzy"
    rf"|\b(?:zglosic|nahlasit|jelenteni|bejelenteni|(?:want|like) to report|{_STRANGE})\b"
    # "Radši to nahlásím", "zgłoszę to", "I'll report it"
    r"|\b(?:jelenteni fogom|going to report|should i report|shall i report|jelentsem"
    # answering that there is no such thing here: "powiedziałam, że takich rzeczy nie ma na
    # portalu", "řekla jsem mu, že to na portálu není", "hogy az oldalon ilyen nincs"
    r"|takich rzeczy nie ma|to na portalu neni|to na portali nie je|ilyen nincs|no such thing"
    # asking how to block the sender: "hogyan tilthatom le?", "how do I block them?"
    r"|tilthatom le|letiltani|how (?:do|can) i block|jak (?:go|ich|ja) zablokowac"
    r"|jak (?:ho|je) zablokovat|ako (?:ho|ich) zablokovat)\b"
    # asking whether it is allowed: "Czy to w ogóle dozwolone?", "Is that even allowed here?"
    r"|\b(?:dozwolon\w*|povolen\w*|megengedett|allowed)(?: (?:here|tu|tady|itt|tutaj))? ?\?"
    # keeping out of it: "Nechci se do toho zaplést", "I'm not interested"
    r"|\b(?:nechci se do toho zaplest|nechcem sa do toho zapliest|nie chce sie w to mieszac"
    r"|nie chce sie w to wplatac|nem akarok (?:ebbe )?belekeveredni|i dont want to get involved"
    r"|i\W?m not interested|i am not interested)\b"
)


def _reported_and_refused(text: str, folded: str, start: int, stop: int) -> bool:
    """`_reported`, in a message (`folded`: all of it, folded) where the writer reported or
    refused it."""
    return _REPORT_DONE.search(folded) is not None and _reported(text, start, stop)


# "wyzywa od idiotów", "nadává mi do debilů", "calls you an idiot": the word named, not said
_NAME_CALLING = re.compile(
    r"\b(?:wyzywa\w*|wyzwal\w*|nadava\w*|nadaval\w*|calls?|called|calling)"
    r"(?: (?:mnie|nas|mi|nam|me|you|us|him|her|them))? (?:od|do|an?|the)(?: [a-z]+){0,2}$"
    # "Nazwał mnie debilem", "Nazval mě debilem": the insult in the instrumental case
    r"|\b(?:nazwal\w*|nazval\w*) (?:mnie|me|ma|nas)(?: w wiadomosci| ve zprave| v sprave)?$"
    # "Napísali ste mi, že som hlúpa …", "You wrote that I'm a …"
    r"|\b(?:napisali ste mi|napisal ste mi|napisala ste mi|napsal jste mi|napsala jste mi"
    r"|napsali jste mi|napisal mi|napisala mi|napsal mi|napsala mi|you wrote|you said"
    r"|he wrote|she wrote|azt irtad|azt irta) (?:ze|that|hogy) (?:som|jsem|jestem|i am|i m|im"
    r"|vagyok)$"
)


# The quoted insult was aimed at the writer: "called me", "mi napísal", "nazwał mnie"
_INSULTED_ME = re.compile(
    r"\b(?:called me|calls me|mi napisal\w*|mi napsal\w*|mi pisal\w*|mi psal\w*|nazwal\w* mnie"
    r"|nazval\w* me|nazval\w* ma|wyzwal\w* mnie|engem \w+ nevezett|nekem irta|azt irta nekem)\b"
)


# Who wrote it, right before the quotation the insult opens: "napisał mi 'ty …'", "mi
# napsal 'ty …'", "azt írta nekem, hogy 'te …'", "He wrote 'you …'", "called me 'you …'".
_INSULT_QUOTED_FROM = re.compile(
    # (the third person only: "Jak już napisałem: „…”" is the writer's own)
    rf"\b(?:{_WROTE_VERBS}|(?<!\bi )(?<!\bwe )(?:wrote|said)"
    # (got: not "You got 'you stupid cow' from me")
    r"|called me|calls me|irta|irt|nazwal\w*|(?:azt )?kaptam|(?<!\byou )(?<!\bu )got"
    r"|nazval\w*)(?: (?:mi|me|mne|do mnie|nekem|to me))?(?:\W+hogy)?\W*$"
)


def _insult_reported(text: str, folded: str, start: int, stop: int) -> bool:
    """An insult the writer received and quotes or names in a report, not their own."""
    return bool(
        (
            _quoted(text, start)
            and (
                _reported_and_refused(text, folded, start, stop)
                # 'the previous buyer called me a "lying cow"'
                or (_insulted_me(text, start) and _reported(text, start, stop))
            )
        )
        # "wyzywa od idiotów … zgłosiłam": the word named, the writer reported it
        or (_name_called(text, start) and _REPORT_DONE.search(folded))
        # "Kupujący napisał mi 'ty debilu' … Zgłaszam tę wiadomość"
        or (_insult_quoted_from(text, start) and _REPORT_DONE.search(folded))
    )


def _insult_quoted_from(text: str, start: int) -> bool:
    sentence = _SENTENCE_BREAK.split(text[max(0, start - 120) : start])[-1]
    opening = max(sentence.rfind(mark) for mark in "\"'„“‚‘«")
    if opening < 0 or re.search("[\"'”’»“]", sentence[opening + 1 :]):
        return False  # no quotation open at the insult
    before = normalize.fold(sentence[:opening]).text
    return _INSULT_QUOTED_FROM.search(" ".join(re.findall(r"[a-z]+|,", before))) is not None


def _insulted_me(text: str, start: int) -> bool:
    sentence = _SENTENCE_BREAK.split(text[max(0, start - 120) : start])[-1]
    return _INSULTED_ME.search(normalize.fold(sentence).text) is not None


def _name_called(text: str, start: int) -> bool:
    before = normalize.fold(text[max(0, start - 40) : start]).text
    if _NAME_CALLING.search(" ".join(re.findall(r"[a-z]+", before))) is not None:
        return True
    # "mě nazval idiotem", "ma nazval idiotom"; Hungarian after the word: "idiótának nevezett"
    words = re.findall(r"[a-z]+", before)[-2:]
    if words and words[-1].startswith("nazval") and (len(words) < 2 or words[0] in _ME):
        return True
    end = start
    while end < len(text) and text[end].isalnum():
        end += 1
    after = normalize.fold(text[end : end + 20]).text
    return re.match(r"^\W*(?:nevezett|nevezte|hivott|hivta)\b", after) is not None


_ME = frozenset({"me", "ma", "mnie", "mne", "mi", "nas", "nami"})


# The reader's own words quoted back and turned down: "napisałeś 'daj numer'. podziękuję",
# "'zadzwoń' — nie mogę, jestem w pracy", "honestly the 'give me your number' thing is a
# red flag", "jak jeszcze jedna osoba zaproponuje mi 'przelew na telefon' to zacznę krzyczeć".
_YOU_SAID = re.compile(
    r"\b(?:you said|you wrote|you asked|napisal(?:es|as)|napsal jsi|napsala jsi|napisal si"
    r"|napisala si|azt irtad|irtad|mondtad|azt irta|napsal jste|napsala jste|napsali jste"
    r"|napisali ste|napisal ste|napisala ste|napisal pan|napisala pani|napisali panstwo)\W*$"
)
_QUOTED_BACK_AFTER = re.compile(
    r"^[^.!?]{0,40}?\b(?:nie moge|nemuzu|nemozem|nem tudok|i can\W?t|i cannot|podziekuje"
    r"|dekuji nechci|passzolom|i\W?ll pass|no thanks|red flag|varovn\w*|into jel|warning sign"
    r"|nefunguje|nie dziala|not how this works|nem igy mukodik|tak to nejde|zaczne krzyczec"
    r"|zacnu rvat|zacnem kricat|vynecham|vynechavam|to vynecham|bez urazy|no offence|nem sertesbol"
    r"|not happening|nope)\b"
)


_AGREED_AFTER = re.compile(
    r"\b(?:let\W?s do|lets do|do it|deal|agreed|but yes|zrobmy|zrobimy|zgoda|udelejme|udelame"
    r"|urobme|urobime|csinaljuk|megcsinaljuk|legyen igy|souhlasim|suhlasim|zgadzam sie|rendben"
    r"|ano|igen|tak)\b"
)
_QUOTATION = re.compile(r'["„“«]([^"„“”«»\n]{2,200})["”“»]')


def _refused_quotations(text: str) -> tuple[tuple[int, int], ...]:
    """Quotations the writer quotes back to the reader ("You wrote "…"", "Napsal jste „…“")
    and turns down right after: 'You wrote "cancel the order and pay cash". No thanks, …'."""
    if not _QUOTE_MARKS.search(text):
        return ()
    spans = []
    for match in _QUOTATION.finditer(text):
        before = _SENTENCE_BREAK.split(text[max(0, match.start() - 60) : match.start()])[-1]
        words = " ".join(re.findall(r"[a-z]+", normalize.fold(before).text))
        after = text[match.end() : match.end() + 240].lstrip(" .,!:;-–—")
        first = _SENTENCE_BREAK.split(normalize.fold(after).text, maxsplit=1)[0]
        if _AGREED_AFTER.search(first):
            continue
        if _YOU_SAID.search(words) and after and _refusing_reply(after, text):
            spans.append((match.start(), match.end()))
    return tuple(spans)


def _quoted_back(text: str, start: int, stop: int) -> bool:
    """The finding sits inside quotation marks the writer opened, and the words around
    them quote it back (before it) or turn it down (after the closing mark)."""
    sentence_start = max(0, start - 120)
    before = _SENTENCE_BREAK.split(text[sentence_start:start])[-1]
    opened = len(_QUOTE_MARKS.findall(before)) % 2 == 1 or len(_OPEN_SINGLE.findall(before)) > len(
        _CLOSE_SINGLE.findall(before)
    )
    if not opened:
        return False
    # the closing mark: after the finding, or inside it ("'ring me' — I can't")
    closing = re.compile(r"[\"“”»'’](?=\W|$)").search(text, start + 1, stop + 80)
    if closing is None:
        return False
    words_before = " ".join(
        re.findall(r"[a-z]+", normalize.fold(before[: before.rfind(_last_quote(before))]).text)
    )
    after = normalize.fold(text[closing.end() : closing.end() + 80]).text
    if _CANT_WRITE_HERE.search(re.split(r"[.!?\n]", after, maxsplit=1)[0]):
        return False  # 'Napisz na "WhatsApp" — tu nie mogę pisać': an excuse, not a refusal
    if _AGREED_AFTER.search(re.split(r"[.!?\n]", after.lstrip(" .,!:;-"), maxsplit=1)[0]):
        return False  # 'Napsal jste „zaplaťte mimo portál“, souhlasím': agreed to
    if _QUOTED_BACK_AFTER.match(after) or _YOU_SAID.search(words_before):
        return True
    # "Wiadomość brzmiała: 'podaj kod z SMS …'. Nie podałem, …", "He wrote: '…'. I didn't"
    reply = text[closing.end() : closing.end() + 240].lstrip(" .,!:;-–—")
    return bool(_SOMEONE_WROTE.search(words_before) and reply and _refusing_reply(reply, text))


_SOMEONE_WROTE = re.compile(
    r"\b(?:he|she|they|someone|somebody|the seller|the buyer) (?:wrote|said|asked|texted|sent)"
    rf"|\b(?:{_WROTE_VERBS}|irta|irtak|kerte|brzmial\w*|znela|znel|znelo|znie|szolt|hangzott"
    r"|read|said|wrote)\W*$"
)
_CANT_WRITE_HERE = re.compile(
    r"\b(?:pisac|pisat|psat|odpisywac|odepisovat|odpisovat|write|reply|answer|irni|valaszolni"
    r"|komunikowac|komunikovat|tu|tutaj|tady|itt|here)\b.*\b(?:pisac|pisat|psat|odpisywac"
    r"|odepisovat|odpisovat|write|reply|answer|irni|valaszolni|tu|tutaj|tady|itt|here)\b"
)


# A relayed e-mail's quoted earlier message ("> " lines, with the "W dniu … napisał:",
# "On … wrote:", "… írta:" line above them) whose offence the writer's reply below turns
# down at once: "> Podaj kod BLIK.\n\nKodów BLIK nikomu nie podaję.", "> Jsi idiot …\n\n
# Prosím neurážejte.", "> Zavolaj …\n\nĎakujem, ale radšej píšem sem." A reply that agrees
# ("Zgadza się, niech Pani dopłaci …", "To sedí …", "Sure, …") leaves the quoted words the
# writer's own; the reply itself is checked as any text, and links, phones, addresses and
# handles in a quote are found by the detectors whatever the reply says.
_MAIL_QUOTE_LINE = re.compile(r"^[ \t]*>.*$", re.M)
# Agreeing although a negation is in it: "Nie ma problemu", "Nevadí", "Neboj", "nem gond".
_AGREEING = re.compile(
    r"\b(?:nie ma (?:problemu|sprawy)|no problem\w*|no worries|not a problem|nem gond\w*"
    r"|nem problema|neni problem|nie je problem|ziadny problem|zadny problem|semmi gond"
    r"|why not|miert ne|czemu nie|proc ne|preco nie"
    r"|nie mam nic przeciw\w*|nie widze przeszkod|nic nie szkodzi|nemam nic proti|nic proti tomu"
    r"|nemam s tym problem|nemam s tim problem|nem banom|nincs akadalya|not a bad idea"
    r"|i don\W?t mind|don\W?t mind|nobody will know|no one will know|nikt sie nie dowie"
    r"|nikdo se to nedozvi|nikto sa to nedozvie|senki nem tudja meg|ze bych byl\w* proti"
    r"|ze by som bol\w* proti|never thought of it|ani slowa wiecej|sose banjuk)\b"
)
_NE_WORD_AGREEING = (
    "nebo",
    "neboj",
    "nebojte",
    "nez",
    "nech",
    "nechaj",
    "neco",
    "nekdo",
    "nekde",
    "nekdy",
    "nekter",
    "nejak",
    "nejlep",
    "nejvic",
    "nejen",
    "nejsp",
    "nedel",
    "nesk",
    "nevad",
    "nemec",
    "nemc",
    "netto",
    "nehled",
    "neha",
    "nemes",
    "nemzet",
    "neve",
    "nev",
)
# A reply that opens with a negation, or with one of the words a reply declines with.
_REFUSING_WORDS = (_NEGATIONS - {"zakaz"}) | frozenset(
    {
        "nope",
        "niestety",
        "bohuzel",
        "zial",
        "sajnos",
        "nincs",
        "nothing",
        "nikto",
        "nemozem",
        "nemuzu",
        "nemozeme",
        "nemuzeme",
    }
)
_REFUSING_REPLY = re.compile(
    r"\b(?:don\W?t|won\W?t|can\W?t|cannot|isn\W?t|doesn\W?t|wouldn\W?t|shan\W?t|no need"
    r"|didn\W?t|did not|haven\W?t|never did"
    r"|no thanks|no thank you|prosze nie|prosim ne\w*|kerem ne|please don\W?t|please stop"
    r"|wole|wolalbym|wolalabym|radsi|radsej|inkabb|i\W?d rather|rather|prefer\w*|preferuj\w*"
    r"|brzmi jak|zni jako|znie to|znie ako|sounds like|ugy hangzik|wyglada na|vypada jako"
    r"|vyzera (?:to )?ako|looks like|nie trzeba|neni treba|netreba|nem kell|nie potrzebuj\w*"
    rf"|{_REPORT_WORDS}|odmawiam|odmitam|odmietam|visszautasit\w*)\b"
)
_THANKS = re.compile(
    r"^\W*(?:dziekuje|dzieki|dekuji|dekujeme|diky|dakujem|dakujeme|vdaka|koszonom"
    r"|koszi|thanks|thank you|cheers|kerem|prosim|prosze|please)\W*$"
)


_CZ_SK_LETTERS = re.compile(r"[ěřůčšžťďňľĺŕôä]")


def _refusing_reply(reply: str, whole: str = "") -> bool:
    """The reply's first sentence turns down what was quoted above it (`whole`: the text
    the reply is part of, to tell its language by)."""
    whole = whole or reply
    sentence = _SENTENCE_BREAK.split(normalize.fold(reply[:240]).text, maxsplit=1)[0]
    sentence = _AGREEING.sub(" ", sentence)
    clauses = sentence.split(",")
    opening = clauses[0]
    if _THANKS.match(opening) and len(clauses) > 1:
        opening = clauses[1]  # "Dziękuję, ale alkoholu nie przyjmę"
    if _REFUSING_REPLY.search(opening):
        return True
    for word in re.findall(r"[a-z]+", opening):
        if word in _REFUSING_WORDS:
            return True
        # Czech and Slovak deny with a prefix: "neposílám", "nedávám", "nekoupím", "není"
        if (
            word.startswith("ne")
            and len(word) >= 4
            and not word.startswith(_NE_WORD_AGREEING)
            and (_czech(whole) or _CZ_SK_LETTERS.search(whole.lower()))
        ):
            return True
    return False


def _quote_folded(text: str) -> str:
    """A text as a quote of it is compared: "> " markers taken out, folded, whitespace
    collapsed (a mail client wraps and re-indents what it quotes)."""
    unquoted = re.sub(r"(?m)^[ \t]*(?:>[ \t]*)+", "", text)
    return " ".join(normalize.fold(unquoted).text.split())


def _refused_mail_quotes(
    text: str, quotable: Iterable[str] | None = None
) -> tuple[tuple[int, int], ...]:
    """Spans of the quoted blocks (with their "… wrote:" line) that the writer's reply
    right below turns down; with `quotable` (the reader's earlier texts), only those
    quoting one of them: a quote the writer made up ("> Zadzwoń 601 234 567" above
    "Nie.") is the writer's own words."""
    earlier: tuple[str, ...] | None = None
    blocks: list[list[int]] = []
    for match in _MAIL_QUOTE_LINE.finditer(text):
        if blocks and not text[blocks[-1][1] : match.start()].strip():
            blocks[-1][1] = match.end()
        else:
            blocks.append([match.start(), match.end()])
    refused = []
    for start, end in blocks:
        reply = text[end:].lstrip()
        if not reply or not _refusing_reply(reply):
            continue
        if quotable is not None:
            if earlier is None:
                earlier = tuple(_quote_folded(item) for item in quotable if item)
            quote = _quote_folded(text[start:end])
            if not any(quote in item for item in earlier):
                continue
        # the attribution line right above: "W dniu 2 grudnia 2026 Jan napisał(a):"
        above = text.rfind("\n", 0, max(0, start - 1))
        header = text[above + 1 : start]
        if header.rstrip().endswith(":") and "\n" not in header.strip():
            start = above + 1
        refused.append((start, end))
    return tuple(refused)


def _in_spans(spans, start: int, stop: int) -> bool:
    return any(begin <= start and stop <= end for begin, end in spans)


def _last_quote(before: str) -> str:
    marks = [m.group() for m in re.finditer(r"[\"„“«'‘‚]", before)]
    return marks[-1] if marks else ""


def _quoted(text: str, start: int) -> bool:
    """Inside quotation marks opened earlier in the same sentence (double, or single ones:
    "dostałem wiadomość 'spadaj idioto'")."""
    sentence = _SENTENCE_BREAK.split(text[max(0, start - 200) : start])[-1]
    return len(_QUOTE_MARKS.findall(sentence)) % 2 == 1 or len(
        _OPEN_SINGLE.findall(sentence)
    ) > len(_CLOSE_SINGLE.findall(sentence))


# A warning not to pay to a new account, or a denial that the account changed: "Kérjük,
# ne fizessenek semmilyen új számlára", "Nie płaćcie na nowe konto", "Please do not pay to
# any new account", "a bankszámlánk nem változott", "our bank details have not changed".
# Not when the finding turns to the new account ("Ne a régi számlára fizessenek, hanem az
# új számlára").
_PAY_VERB = re.compile(
    r"^(?:pay|transfer|remit|settle|plac|wplac|przelew|przelac|oplac|zaplac|plat|zaplat|uhrad"
    r"|posil|posiel|prevad|fizet|fizess|utal)"
)
_DONT_BEFORE = re.compile(
    r"\b(?:not|never|nie|nigdy|ne|nikdy|nem|soha|sose|sosem|dont|do not|don t)"
    r"(?: (?:prosze|prosim|kerjuk|kerem|please|wcale))?$"
)
_NOT_CHANGED = re.compile(
    r"\b(?:not|never|nem|nie|sie nie)\s+(?:\w+\s+)?(?:changed|valtozott|megvaltozott"
    r"|zmienil\w*|zmenil\w*)\b|\bnezmen\w*|\bnezmien\w*|\bhasn\W?t changed|\bhaven\W?t changed"
)
_IF_WORDS = frozenset(
    {"jesli", "jezeli", "gdy", "dopoki", "if", "unless", "until", "pokud", "jestli", "kdyz"}
    | {"dokud", "ak", "kym", "ked", "ha", "amig", "mig"}
    # "Amennyiben nem utal az új számlára", "Should you not pay …", "Gdyby Pan nie …"
    | {"amennyiben", "hogyha", "should", "gdyby", "jakby", "kdyby", "keby", "pokial", "case"}
)
# The negation is about the channel, not the account: "Nie płać na nowe konto przez serwis"
_CHANNEL_AFTER = re.compile(
    r"^\W*(?:przez|poprzez|through|via|pres|cez|skrz|az oldalon|a portalon|w serwisie"
    r"|on the site|na portalu|na portali)\b"
)
_TURNS_TO = re.compile(r"\b(?:hanem|but|ale|lecz|tylko|csak|instead|jen|len|only)\b")


def _denied_new_account(text: str, start: int, stop: int) -> bool:
    finding = normalize.fold(text[start:stop]).text
    if _TURNS_TO.search(finding):
        return False
    if _NOT_CHANGED.search(finding):
        return True
    if not _PAY_VERB.match(finding):
        return False
    before = _CLAUSE_END.split(normalize.fold(text[max(0, start - 40) : start]).text)[-1]
    before = _CONTRACTED_NOT.sub(r"\1 not", before)
    words = re.findall(r"[a-z]+", before)
    if _IF_WORDS.intersection(words):
        return False  # "Jeśli nie zapłacisz 2000 zł …, wyślę": a threat, not a warning
    if _CHANNEL_AFTER.match(normalize.fold(text[stop : stop + 30]).text):
        return False
    return _DONT_BEFORE.search(" ".join(words)) is not None


def _denied_charge(text: str, start: int) -> bool:
    before = _CLAUSE_END.split(normalize.fold(text[max(0, start - 60) : start]).text)[-1]
    before = _CONTRACTED_NOT.sub(r"\1 not", before)
    return _DENIED_CHARGE.search(" ".join(re.findall(r"[a-z]+", before))) is not None


# Saying what an item is *not*: "sok z pigwy, nie nalewka", "kozmetika bez THC", "no
# alcohol", "pálinkát nem árulok", "THC-mentes", "alkoholmentes", "alcohol-free". Only right
# next to the word: "Xanax bez recepty" and "no questions asked, weed" are still offers.
_ITEM_NEGATION_BEFORE = frozenset(
    {"nie", "ne", "nem", "no", "not", "non", "bez", "without", "nincs", "zero", "nulla"}
    # "żadnej broni ani amunicji", "žádné zbraně ani náboje", "no gun nor ammunition"
    | {"ani", "nor", "zadnej", "zadnych", "zadne", "zadny", "zadna", "zadnou", "zadnego"}
    | {"ziadne", "ziadny", "ziadna", "ziadnu", "ziadnej", "ziadnych", "semmi", "semmilyen"}
    # "V pravidlech: nesmí se prodávat alkohol", "nelze prodávat"
    | {"nesmi", "nesmie", "nelze", "nemozno"}
)
# An empty bottle "po likierze", "od slivovice": a container named by what it held.
_EMPTY_OF = re.compile(
    r"\b(?:butel\w*|flaszk\w*|flach\w*|lahv\w*|flas\w*|flias\w*|flaska\w*|puszk\w*|puszc\w*"
    r"|plechov\w*|krabic\w*|pudel\w*|tub\w*)(?: (?:jak|jako|ako|like))? (?:po|od)$"
)
# "Likier? Nie, to butelka ...": the item asked about and denied.
_ITEM_FREE_OF_QUESTION = re.compile(
    r"^\s*\?\s*(?:nie|ne|nem|no|not)\b"
    r"(?!\W*(?:ma sprawy|ma problemu|problem|prob|gond|worries|way|biggie|doubt))"
)
_ONLY = frozenset({"just", "only", "tylko", "jen", "len", "csak", "nejen", "nielen"})
_ITEM_FREE_OF = re.compile(r"^[\s-]*(?:free|mentes\w*|nelkul\w*|nelkuli)\b")
_ITEM_REFUSAL_AFTER = re.compile(
    r"^\W*(?:(?:nie|ne|nem|not|dont|do not|i dont|i do not) ?)"
    r"(?:sprzeda\w*|handluj\w*|oferuj\w*|predav\w*|prodav\w*|prodam|predam|arul\w*"
    r"|adok|adom|adjuk|adunk|kuldok|sell\w*|offer\w*)\b"
    r"|^\W*(?:nepredav\w*|neprodav\w*|neprodam|nepredam|neposil\w*|neposiel\w*)\b"
    # "slivovicu z pivnice cez portál predávať nesmiem": selling it, the writer may not
    r"|^\W*(?:[a-z]+\W+){0,5}(?:predavat|prodavat|sprzedawac|arulni|sell it) (?:nesmiem"
    r"|nesmieme|nesmim|nesmime|nemozem|nemuzu|nie moge|nie mozemy|nem szabad|nem tudom)\b"
    # "domáce víno sa tu predávať nesmie", "nie wolno", "is not allowed"
    r"|^\W*(?:[a-z]+\W+){0,2}(?:nesmie|nesmi|nesmime|nelze|nie wolno|nie mozna|nem szabad"
    r"|nem lehet|is not allowed|isnt allowed|not allowed)\b"
    # "Ta pálenka na fotce není na prodej, to je jen kredenc", "the whisky in the photo's no
    # for sale, just the cabinet"
    r"|^\W*(?:[a-z]+\W+){0,4}(?:neni na prodej|nie je na predaj|ne je na predaj|nie jest na"
    r" sprzedaz|nem elado|not for sale|no for sale|isnt for sale|is not for sale)\b"
    # "Nalewka nie na sprzedaż, ale …", "slivovice ne na prodej"
    r"|^\W*(?:nie|ne|not) (?:na sprzedaz|do sprzedania|na prodej|na predaj|for sale)\b"
    # "slivovici ani víno neprodávám", "pálinkát és bort nem árulok": a second item, refused
    r"|^\W*(?:ani|i|a|es|and|or|nor|oraz|lub) [a-z]+ (?:neprodav\w*|nepredav\w*"
    r"|(?:nie|nem|not|dont|do not) (?:sprzeda\w*|arul\w*|sell\w*|prodav\w*|predav\w*))\b"
    # said to be against the law: "radar jammers are illegal here, I don't sell them",
    # "rušičky radarů jsou zakázané", "Red diesel isn't allowed in road cars", "tilos" (no
    # copula in Hungarian); not "… are illegal, but they work"
    r"|^\W*(?:[a-z]+\W+){0,2}(?:(?:is|are|jsou|je|su|sa|jest|was|were) (?:illegal|banned"
    r"|prohibited|forbidden|zakazan\w*|zabronion\w*|nielegaln\w*|nelegaln\w*|not allowed"
    r"|not legal)|(?:isn\W?t|aren\W?t) (?:allowed|legal)|tilos\w*|illegalis\w*|tiltott)\b"
    r"(?![^.!?]{0,25}\b(?:ale|but|de|viszont|however|though|yet|still|mimo to|megis)\b)"
)
# "I'm not selling the whisky, just the glasses", "I don't sell the sloe gin, but the
# decanters are for sale", "nie sprzedaję nalewki, tylko karafki": a refusing verb a few
# words before the item, and what is sold instead said after it.
_ITEM_NOT_SOLD_BEFORE = re.compile(
    r"\b(?:(?:not|dont|do not|nie|ne|nem) (?:sell\w*|selling|sprzeda\w*|prodav\w*|predav\w*"
    r"|arul\w*|adom el)|neprodav\w*|nepredav\w*|neprodam|nepredam)(?: [a-z]+){0,3}$"
)
# "nie sprzedaję butelki whisky, jest na zdjęciu przypadkiem", "it's in the photo by accident"
_IN_THE_PHOTO_AFTER = re.compile(
    r"^[^.!?]{0,40}?\b(?:na zdjeciu|na fotce|na fotke|na fotografii|na obrazku|in the photo"
    r"|in the pic|in the picture|a kepen|a fotón|a foton)\b"
)
_INSTEAD_AFTER = re.compile(
    r"^[^.!?]{0,30}?\b(?:but|just|only|ale|lecz|tylko|jen|jenom|len|iba|csak|hanem)\b"
)
# Ammunition "do gry planszowej" (tokens of a board game), "for the board game".
_GAME_AFTER = re.compile(
    r"^\W*(?:do gry|for the game|for a game|do hry|ke hre|pre hru|na hru|a jatekhoz|jatekhoz"
    r"|board game|planszow\w*|deskov\w*|spolocensk\w*|tarsasjatek\w*)"
)

# "… but I don't sell it, just the shot glasses", "ale tu neprodávám, prodávám jen ty
# panáky", "de azt nem árulom, csak a poharakat": the item not for sale, said later in its
# sentence, the refusal ending a clause ("ale nie sprzedaję jej tutaj, pisz na …" is not).
_ITEM_NOT_SOLD_LATER = re.compile(
    r"^[^.!?]{0,40}?\b(?:ale|but|de|lecz|no)\b[^.!?]{0,25}?\b(?:don\W?t sell|don not sell"
    r"|do not sell|not selling|neprodavam|nepredavam|nie sprzedaje|nem arulom|nem adom el)\b"
    r"(?: (?:it|them|ju|ji|jej|go|azt|tu))?\s*(?:[,.;!]|$)"
)
_ITEM_REFUSAL_INSIDE = re.compile(
    r"\b(?:nie|ne|nem|not|dont|do not) (?:sprzeda\w*|handluj\w*|oferuj\w*|predav\w*|prodav\w*"
    r"|prodam|predam|arul\w*|adok|adom|adjuk|adunk|sell\w*|offer\w*)\b"
)

# What an offer goes *without* is no absent item: "bez recepty", "bez pozwolenia", "no
# script", "bez papírů CITES", "without a licence".
_PAPERS = re.compile(
    r"^(?:recept|pozwolen|licenc|licens|papier|papir|prescri|script|scr1pt|permit|certific"
    r"|povolen|engedely|cites|paragon|doklad|faktur|akcyz|banderol|zbrojn|serial|igazolas"
    r"|vizsga|receptre|orvosi|lekar|id\b|questions)"
)


_SCENTED = re.compile(
    r"\b(?:swiec\w*|swieczk\w*|svick\w*|sviec\w*|sviecok|gyerty\w*|candle\w*|wax melt\w*"
    r"|dyfuzor\w*|difuzer\w*|diffuser\w*|illatgyerty\w*|illatosit\w*)\b"
)
_BOOK = re.compile(
    r"\b(?:ksiazk\w*|kniha|knihu|knihy|knizk\w*|konyv\w*|book|books|cookbook|novel"
    r"|powiesc\w*|regeny\w*|wydanie|kiadas\w*|edition|vydani|vydanie|poradnik\w*"
    r"|prirucka|kezikonyv\w*|szolo|dvd|film|plakat\w*|poster"
    # a record's or a band's: "Płyta „Heroina” zespołu Strachy na Lachy"
    r"|plyt\w*|album\w*|lemez\w*|vinyl\w*|winyl\w*|zespol\w*|kapel\w*|egyuttes\w*)\b"
)
# A pet's name: "Bimber – tak się nazywa nasz kot", "Pálinka – így hívják a kutyánkat".
_NAMED = re.compile(
    r"\b(?:nazywa\w*|imie|imieniem|jmenuj\w*|jmeno|jmenem|vola|volaju|volame|hivjak|hivjuk"
    r"|hivnak|neve|named|called|name)\b"
)
_PET = re.compile(
    r"\b(?:kot|kota|kotem|kotka|kotek|kocur\w*|kocour\w*|kocka|kocku|macsk\w*|cica\w*|pies"
    r"|psa|psem|pes|psik\w*|pejsk\w*|kutya\w*|cat|dog|puppy|kitten|horse|kon|konia|papug\w*"
    r"|papous\w*|pet|krolik\w*|kralik\w*|nyul\w*|chomik\w*|krecek)\b"
)
_COORDINATING = frozenset(
    {"i", "a", "and", "or", "nor", "ani", "es", "vagy", "oraz", "lub", "albo", "nebo", "alebo"}
)


# Drink, spirits and food, for the words around a spirit's name that make it an ingredient,
# a fruit's purpose, a recipe or the writer's own use (set 33: food sold between
# neighbours).
_DONT_ASK_BEFORE = re.compile(
    r"\b(?:nie pytac|nie pytajcie|nie pytaj|neptejte se|neptej se|nepytajte sa|nepytaj sa"
    r"|stop asking|dont ask|do not ask|ne kerdezze|ne kerdezd|ne kerdezzenek)"
    r"(?: (?:o|na|po|about|me about|rola))?(?: [a-z]+){0,2}$"
)
_FOOD_WITH = re.compile(
    r"\b(?:ciast\w*|czekoladk\w*|pralink\w*|praline\w*|bonbon\w*|tort\w*|sernik\w*"
    r"|babk\w*|kolac\w*|dort\w*|vanock\w*|cake\w*|chocolates?|babas?|truffles?|sutemeny\w*"
    r"|torta\w*|wisni\w*|wisnie|visne|visn[eiy]|cherries|rozink\w*|raisins?|hrozienk\w*"
    r"|mazsola\w*|meggy\w*|cseresznye\w*)"
    r"(?: [a-z]+){0,2} (?:z|ze|s|se|so|with|in|v|vo|w|we|na|nasaczon\w*|namocen\w*|feed)$"
)
_INGREDIENT_AFTER = re.compile(
    r"^\W*(?:[a-z]+ ){0,2}?(?:do ciasta|do testa|do cesta|do pieczenia|na peceni|na pecenie"
    r"|for baking|for the cake|sutemenybe|a sutibe|flavou?ring|aroma\w*|pro vuni|na vonu"
    r"|na zapach|recipe)\b"
)
# (a recipe for a spirit: "recept na višňovicu"; "recept na Xanax" is a prescription, and
# only spirits come here)
_RECIPE_BEFORE = re.compile(r"\b(?:recept\w*|recipe)(?: na| for| a| az)?(?: [a-z]+)?$")
_OWN_USE_AFTER = re.compile(
    r"^[^.!?]{0,50}?\b(?:(?:tylko|jen|jenom|len|iba|csak|only) (?:dla siebie|dla nas|pro sebe"
    r"|pre seba|pre nas|pro nas|magunknak|magamnak|for myself|for ourselves|at home|doma"
    r"|w domu|otthon)|(?:at home|doma|w domu|otthon) (?:only|tylko|jen|len|csak))\b"
    r"(?![^.!?]{0,25}\b(?:ale|but|de|viszont|however|mozem|moge|muzu|can)\b)"
)
_FRUIT = re.compile(
    r"\b(?:wisni\w*|wisnie|aroni\w*|sliw\w*|sliv\w*|svestk\w*|visn\w*|ceresn\w*|szilv\w*"
    r"|barack\w*|meggy\w*|sloes?|damsons?|cherries|plums?|owoc\w*|ovoc\w*|gyumolcs\w*|fruit"
    r"|jablk\w*|jabl\w*|grusz\w*|hrusk\w*|orzech\w*|orech\w*|trnk\w*|tarnin\w*)\b"
)
# What is sold instead, said after it: "Děda pálil slivovici …, ale my prodáváme jen
# povidla", "mi csak lekvárt árulunk"
_ONLY_OTHER_SOLD_AFTER = re.compile(
    r"^[^.!?]{0,40}?\b(?:(?:prodavame|predavame|prodavam|predavam|sprzedaje|sprzedajemy|sell)"
    r" (?:jen|jenom|len|iba|tylko|only)|(?:we|i) (?:only|just) sell|csak \w+ arul\w*)\b"
)
_SPIRIT = re.compile(
    r"\b(?:wodk|wodeczk|bimb|vodk|palink|palenk|slivovic|borovick|whisk|rum|gin\b|brandy"
    r"|likier|liker|nalewk|visnovic|visnovk|cognac|koniak|konak|moonshine|spirit|alkohol"
    r"|alcohol|wine|win[oa]\b|vin[oa]\b|piw|piv|beer|tequila|rakij|szilvapalink|barackpalink"
    r"|meggypalink|kortepalink|gyumolcspalink|cherry brandy|sloe gin|liqueur)"
)
_NO_IDEA_AFTER = re.compile(
    r"^[^.!?]{0,30}\?\s*(?:nie wiem|nevim|neviem|no idea|nem tudom|fogalmam sincs"
    r"|nie mam pojecia|netusim|netusim)\b"
)


def _named_as_food(text: str, start: int, word_end: int) -> bool:
    """A spirit named as an ingredient ("czekoladki z likierem", "cherries in brandy", "Rum
    do ciasta"), in a recipe ("recept na višňovicu"), as what fruit is for ("Wiśnie na
    nalewkę"), as kept for the writer's own use ("Pálinkát csak magunknak főzünk"), or
    after "don't ask about" ("proszę nie pytać o nalewki")."""
    before = " ".join(re.findall(r"[a-z]+", normalize.fold(text[max(0, start - 60) : start]).text))
    after = normalize.fold(text[word_end : word_end + 60]).text
    if _DONT_ASK_BEFORE.search(before) or _FOOD_WITH.search(before):
        return True
    if _INGREDIENT_AFTER.match(after) or _RECIPE_BEFORE.search(before):
        return True
    if _OWN_USE_AFTER.match(after) or _NO_IDEA_AFTER.match(after):
        return True
    if _ONLY_OTHER_SOLD_AFTER.match(after):
        return True
    # "Wiśnie na nalewkę", "Aronia na sok lub nalewkę": what the fruit is for (a fruit named
    # besides the spirit's own name: "pálí na chalupě slivovici" is no fruit sold)
    words = before.split()
    purpose = words[-1:] == ["na"] or (
        len(words) >= 3 and words[-3] == "na" and words[-1] in _COORDINATING
    )
    return purpose and bool(
        _FRUIT.search(normalize.fold(text[:start] + " " + text[word_end:]).text)
    )


# Asking whether it may be listed, and answering no: "Czy można wystawić nalewkę domową?
# Chyba nie, więc …", "Can I list homemade sloe gin? Probably not, so …". "Can I sell you
# some?" with no answer, or answered yes, stays an offer.
_MAY_I = re.compile(
    r"^\W*(?:czy (?:moge|mozna|wolno)|moge|mozna|wolno|mohu|muzu|muze se|smim|da se|mozem|moze sa"
    r"|smiem|da sa|lehet|szabad|can i|may i|could i|am i allowed to|is it ok to|is it okay to"
    r"|is it allowed to)\b"
)
_ANSWERED_NO = re.compile(
    r"^\W*(?:chyba nie|raczej nie|pewnie nie|pewno nie|nie|asi ne|asi nie|spis ne|skor nie"
    r"|zrejme nie|mozna ne|mozno nie|myslim ze ne|myslim ze nie|gondolom nem|szerintem nem|nem"
    r"|valoszinuleg nem|probably not|i guess not|i doubt it|i suppose not|no)\b"
    # the answer ends its clause: not "No problem", "Nie wiem", "Nem tudom", "No?"
    r"(?=[ \t]*(?:[,.;!]|$))"
)
_TO_YOU = re.compile(r"\b(?:you|ya|ci|ti|tobie|tobe|wam|vam|panu|pani|neked|nektek|onnek)\b")
# what follows the answer still offers it: a "but", a price or amount, a contact
_STILL_OFFERED = re.compile(
    r"\b(?:ale|but|de|lecz|jednak|however|viszont|anyway|stejne|aj tak|i tak|mimo to|akkor is"
    r"|dm|pm|priv|message|ozv\w*|napis\w*|irj\w*|contact|kontakt\w*|zadzwon\w*|call|text)\b"
    r"|\d+\s*(?:zl|kc|czk|ft|huf|eur|e|gbp|usd|g|gram\w*|grammj\w*|l|litr\w*|liter\w*|ml)\b|[€$£]"
    r"|\ba gram\b|\bza gram\b|\bpo \d+"
)
# ... and after another's question "answered no" (red team s28: "— no, not below 300
# pounds, I post it without prescription"): a price in words, a floor, the writer's posting
_STILL_OFFERED_AFTER_NO = re.compile(
    r"\d+\s*(?:pounds?|quid|bucks|dollars?|euros?|zlotych|zloty|korun\w*|forint\w*)\b"
    r"|\b(?:below|cheaper|taniej|ponizej|levneji|lacnejsie|olcsobban|i post|i ship"
    r"|i\W?ll (?:post|ship|send)|wysle|wysylam|poslu|posilam|kuldom|postazom)\b"
)


# Another's question reported and answered no right after the item: "Pan pytał, czy mogę
# sprzedać samogon — nie, nie handluję alkoholem", "A lady asked for cherry brandy — I
# haven't got any".
_ANSWERED_NO_AFTER = re.compile(
    r"^[^.!?\n]{0,40}?\s[-\u2013\u2014]\s*(?:(?:nie|ne|nem|no)\s*[,.;!]"
    r"|(?:nie mam|nemam|nincs|i haven\W?t got|i have not got|i don\W?t have)\b)"
    # not "— nie, nie ma sprawy", "— I don't have a problem with that"
    r"(?!\s*(?:nie ma (?:sprawy|problemu)|no problem|zaden problem|nemam problem|neni problem"
    r"|nem gond|semmi gond|(?:nie mam |nemam |nincs )?(?:problem\w*|klopot\w*|gond)"
    r"|(?:a |any )?problem))"
)


def _asked_of_me_answered_no(text: str, start: int, stop: int) -> bool:
    sentence = _SENTENCE_BREAK.split(text[max(0, start - 120) : start])[-1]
    if not _ASKED_THIRD_PERSON.search(normalize.fold(sentence).text):
        return False
    after = normalize.fold(text[stop : stop + 200]).text
    answer = _ANSWERED_NO_AFTER.match(after)
    if not answer:
        return False
    rest = _SENTENCE_BREAK.split(after[answer.end() :])[0]
    return not (_STILL_OFFERED.search(rest) or _STILL_OFFERED_AFTER_NO.search(rest))


def _asked_and_answered_no(text: str, start: int, stop: int) -> bool:
    if _asked_of_me_answered_no(text, start, stop):
        return True
    sentence = _SENTENCE_BREAK.split(text[max(0, start - 120) : start])[-1]
    question = re.match(r"[^.!?\n]{0,80}\?", text[stop : stop + 81])
    if question is None or not _MAY_I.match(normalize.fold(sentence).text):
        return False
    if _TO_YOU.search(normalize.fold(sentence + text[start : stop + question.end()]).text):
        return False  # "Can I sell you some?": an offer to the reader, not a may-I
    rest = normalize.fold(text[stop + question.end() :]).text
    answer = _ANSWERED_NO.match(rest)
    return bool(answer) and not _STILL_OFFERED.search(rest[answer.end() :])


_ANSWER_NO_FIRST = re.compile(
    r"^\W*(?:(?:niestety|bohuzel|bohuzial|sajnos|unfortunately|sorry)\W+)?(?:nie|ne|nem|no)"
    r"\s*[,.!;:\u2013\u2014-]"
)
_NOT_ALLOWED = re.compile(
    r"\b(?:nie pozwala\w*|nepovoluj\w*|nepovoli\w*|nem enged\w*|doesn\W?t allow|does not allow"
    r"|don\W?t allow|not allowed|nie jest dozwolon\w*|neni povolen\w*|nie je povolen\w*|tilos"
    r"|zakazan\w*)"
)
_DONT_WANT = re.compile(
    r"\b(?:i do not want|i dont want|i don not want|i don t want|nie chce|nechci|nechcem"
    r"|nem akarok|nem kerek)"
    r"(?: (?!(?:duzo|wiele|wiecej|za|moc|vic|viac|vela|much|more|for|sokat|tobbet|ert)\b)[a-z]+)"
    r"{0,4}$"
)


def _item_negated(text: str, start: int, stop: int) -> bool:
    """A prohibited item named as absent or refused, right at the word."""
    if _PAPERS.match(normalize.fold(text[start:stop]).text.lstrip()):
        return False
    word_end = stop
    while word_end < len(text) and (text[word_end].isalnum()):
        word_end += 1  # the rest of the word: "alkohol|mentes"
    word = normalize.fold(text[start:word_end]).text
    if re.search(r"(?:mentes\w*|free)$", word):
        return True
    if _SPIRIT.search(word) and _named_as_food(text, start, word_end):
        return True
    # a scent's name in quotation marks: the "Moonshine" candle, „Babiččina slivovice"
    if _QUOTE_MARKS.search(text[max(0, start - 2) : start]) and _SCENTED.search(
        normalize.fold(text).text
    ):
        return True
    # the subject of a book: "Książka „Nalewki babuni”", "Pálinkafőzésről szóló könyv"
    # ("Book: Cocaine Nights": a colon or a comma does not end a book's sentence)
    clause_before = _SENTENCE_BREAK.split(normalize.fold(text[max(0, start - 50) : start]).text)[
        -1
    ]
    clause_after = _CLAUSE_END.split(normalize.fold(text[word_end : word_end + 50]).text)[0]
    # (a title in quotation marks: the word after it, „Kokain éjszakák" Ballard-könyv)
    after_words = 4 if _QUOTE_MARKS.search(text[max(0, start - 2) : start]) else 1
    # (an item's name, not a deed: "Stamp albums …, took them while he was in hospital")
    named_item = len(text[start:stop].split()) <= 3
    if named_item and (
        _BOOK.search(" ".join(re.findall(r"[a-z]+", clause_before)[-6:]))
        or _BOOK.search(" ".join(re.findall(r"[a-z]+", clause_after)[:after_words]))
    ):
        return True
    sentence = normalize.fold(
        _SENTENCE_BREAK.split(text[max(0, start - 80) : start])[-1]
        + text[start:word_end]
        + _SENTENCE_BREAK.split(text[word_end : word_end + 80])[0]
    ).text
    if _NAMED.search(sentence) and _PET.search(sentence):
        return True
    before = _CLAUSE_END.split(normalize.fold(text[max(0, start - 40) : start]).text)[-1]
    after_clause = normalize.fold(text[word_end : word_end + 60]).text
    if _GAME_AFTER.match(after_clause):
        return True
    if _ITEM_NOT_SOLD_BEFORE.search(
        " ".join(re.findall(r"[a-z]+", _CONTRACTED_NOT.sub(r"\1 not", before)))
    ) and (_INSTEAD_AFTER.match(after_clause) or _IN_THE_PHOTO_AFTER.match(after_clause)):
        return True
    last = re.findall(r"[a-z]+", _CONTRACTED_NOT.sub(r"\1 not", before))[-3:]
    words = last[-2:]
    if len(last) == 3 and last[0] in _ITEM_NEGATION_BEFORE and last[2] in _COORDINATING:
        words = last  # "bez CBD i THC", "no alcohol or tobacco"
    if any(w in _ITEM_NEGATION_BEFORE for w in _without_cz_nem(words, last, text=text)):
        # "not just weed", "nie tylko wódka", "nejen tráva": more, not less
        return not any(w in _ONLY for w in words)
    if _EMPTY_OF.search(" ".join(last)):  # "w puszkę jak po whisky": three words
        return True
    # "Niestety nie, te kartridże to pirackie kopie, serwis na to nie pozwala": an answer
    # no, the item named as the reason it is not allowed
    sentence_before = _SENTENCE_BREAK.split(normalize.fold(text[max(0, start - 80) : start]).text)[
        -1
    ]
    sentence_after = _SENTENCE_BREAK.split(normalize.fold(text[word_end : word_end + 80]).text)[0]
    not_allowed = _NOT_ALLOWED.search(sentence_after)
    if (
        _ANSWER_NO_FIRST.match(sentence_before)
        and not_allowed
        and not _STILL_OFFERED.search(sentence_before[3:])
        and not _STILL_OFFERED.search(sentence_after[not_allowed.end() :])
    ):
        return True
    # "I don't want a console with pirated games": the writer does not want it
    if _DONT_WANT.search(" ".join(re.findall(r"[a-z]+", _CONTRACTED_NOT.sub(r"\1 not", before)))):
        return True
    after = normalize.fold(text[word_end : word_end + 40]).text
    return bool(
        # the refusal inside the rule's own words: "Játékfiókot nem árulok"
        _ITEM_REFUSAL_INSIDE.search(normalize.fold(text[start:stop]).text)
        or _ITEM_FREE_OF.match(after)
        or _ITEM_REFUSAL_AFTER.match(after)
        or _ITEM_NOT_SOLD_LATER.match(
            _CONTRACTED_NOT.sub(r"\1 not", normalize.fold(text[word_end : word_end + 90]).text)
        )
        or _ITEM_FREE_OF_QUESTION.match(after)
    )


def _mostly_warned(text: str, decision) -> bool:
    """Most of the phrases that weighed for the model sit in a negated clause ("please
    don't send me a photo of your ID") or a reported sentence: the same exceptions as the
    phrase rules get, for the categories they apply to."""
    spans = decision.spans
    if spans and decision.category == "prohibited_item":
        # The items its word lists name decide ("Konopné semínko …, bez THC" with a
        # greeting among the phrases; "no licence needed" beside a glock); else most.
        # A listing with the item reported ("ogłoszenie z tabletkami bez recepty
        # zgłosiłem"), as the phrase rules read it.
        folded = normalize.fold(text).text

        def warned(start: int, stop: int) -> bool:
            return (
                _item_negated(text, start, stop)
                or _reported_and_refused(text, folded, start, stop)
                or _asked_and_answered_no(text, start, stop)
            )

        if decision.item_spans:
            return all(warned(start, stop) for start, stop in decision.item_spans)
        negated = sum(warned(start, stop) for start, stop in spans)
        if negated * 2 > len(spans):
            return True
        # "Pytał pan o Ozempic — nie, nie sprzedaję leków, to nielegalne bez recepty": an
        # item asked for and answered no, every phrase that weighed in that one sentence
        for start, stop in spans:
            if _asked_of_me_answered_no(text, start, stop):
                breaks = [m.end() for m in _SENTENCE_BREAK.finditer(text, 0, start)]
                begin = breaks[-1] if breaks else 0
                after = _SENTENCE_BREAK.search(text, stop)
                end = after.end() if after else len(text)
                return all(begin <= low and high <= end for low, high in spans)
        return False
    if spans and decision.category == "profanity":
        # an insult received and reported, as the phrase rules read it
        folded = normalize.fold(text).text
        if decision.item_spans:  # the swear words its lists name decide
            return all(
                _insult_reported(text, folded, start, stop) for start, stop in decision.item_spans
            )
        reported = sum(_insult_reported(text, folded, start, stop) for start, stop in spans)
        return reported * 2 > len(spans)
    if not spans or decision.category not in REPORTABLE_CATEGORIES:
        return False
    warned = sum(
        (decision.category in NEGATABLE_CATEGORIES and _negated(text, start, stop))
        or _reported(text, start, stop)
        for start, stop in spans
    )
    return warned * 2 > len(spans)


# Asking what an item in hand is, or whether it is genuine: "Are these steroids? The label
# looks odd.", "Jsou to steroidy?", "How can I tell if a Canada Goose jacket is fake?",
# "Dziwne, że Chanel za 150 zł, na pewno oryginał?". The model reads the item's name; a
# buyer asking for one ("Do you have steroids?") opens otherwise.
_WHAT_IS_IT = re.compile(
    r"^\W*(?:(?:so |but |and |hmm )?(?:are (?:these|those|they|them)|is (?:it|this|that)"
    r"|how (?:can|do|would) (?:i|you) tell|how to tell|jsou to|je to|su to|sú to|ezek|ez|az"
    r"|czy to|czy te|to sa|to jest|jak (?:poznac|rozpoznac|poznam|poznat|rozeznat)"
    r"|ako (?:spoznat|rozoznat|poznat)|honnan tudom|hogyan (?:ismerem|lehet) fel\w*)"
    r"|(?:nem|nie|neni|nie je|not) (?:replik\w*|podrob\w*|hamis\w*|kopi\w*|fake|a fake|a copy))\b"
)
_GENUINE_ASKED = re.compile(
    r"\b(?:na pewno|naprawde|urcite|opravdu|naozaj|tenyleg|biztos|really|definitely)"
    r" (?:oryginal\w*|original\w*|prav\w*|eredeti|valodi|real|genuine|authentic)\b"
)
_DOUBTED = re.compile(
    rf"\b(?:{_STRANGE}|odd|looks? off|suspicious|podejrzan\w*|podezrel\w*|podozriv\w*"
    r"|gyanus\w*)\b"
)
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")


def _asks_what_it_is(text: str, decision) -> bool:
    """A prohibited-item decision of the model whose phrases all sit in a question about
    what the item in hand is, or in a sentence doubting it, with such a question in the
    message."""
    if decision.category != "prohibited_item" or not decision.spans:
        return False
    sentences = [
        (match.start(), match.end(), normalize.fold(match.group()).text)
        for match in _SENTENCE.finditer(text)
    ]
    asked = False
    for start, stop, folded in sentences:
        question = folded.rstrip().endswith("?")
        what = question and (_WHAT_IS_IT.search(folded) or _GENUINE_ASKED.search(folded))
        asked = asked or bool(what)
        holds = any(start <= s < stop for s, _e in decision.spans)
        if holds and not (what or _DOUBTED.search(folded)):
            return False
    return asked


_MESSAGE_NAMED = re.compile(
    r"\b(?:sms\w*|texts?|texted|messages?|messaged|zprav\w*|sprav\w*|wiadomos\w*|uzenet\w*"
    r"|e ?mail\w*|ogloszeni\w*|inzerat\w*|hirdetes\w*|listing|the ad)\b"
)
# What someone sent or wrote the writer: "Serwis wysłał mi kod SMS", "pisał do mnie na
# WhatsAppie", "mi písal na WhatsApp", "sent me a code".
_SENT_ME = re.compile(
    r"^(?:wyslal|wyslala|wyslali|przyslal|przyslala|poslal|poslala|poslali|sent|kuldott"
    rf"|{_WROTE_VERBS}|wrote|messaged|texted|irt|irta)\b"
)
_TO_ME = re.compile(r"^\W*(?:mi|me|mnie|do mnie|nekem|to me)\b")
# "Banka mi poslala ověřovací kód …, zadal jsem ho a je zaplaceno": the writer used it.
_USED_IT_MYSELF = re.compile(
    r"\b(?:zadal jsem|zadala jsem|zadal som|zadala som|wpisalem|wpisalam|i entered it"
    r"|i typed it in|beirtam|megadtam)\b"
)
_NEVER_GIVE = re.compile(r"\b(?:nikomu|nikdy|never|soha|senkinek|nikdo|nikto)\b")


def _sent_to_me(text: str, start: int, stop: int, folded_before: str) -> bool:
    """The finding opens with what someone sent or wrote the writer, in a message that
    reports it, judges it or warns never to give it (not "sent YOU a code")."""
    finding = normalize.fold(text[start:stop]).text
    verb = _SENT_ME.match(finding)
    if verb is None:
        return False
    # "Serwis wysłał mi kod", "Portál mi při přihlášení poslal kód"
    if not (
        _TO_ME.match(finding[verb.end() :])
        or re.search(r"\bmi\b(?:\W+\w+){0,3}\W*$", folded_before)
    ):
        return False
    whole = normalize.fold(text).text
    return bool(
        _REPORT_DONE.search(whole)
        or _JUDGED.search(whole)
        or _NEVER_GIVE.search(whole)
        or _USED_IT_MYSELF.search(whole)
    )


# Where a forwarded or quoted message starts: "---------- Forwarded message ---------",
# "Wiadomość przekazana", "Přeposlaná zpráva", "Preposlaná správa", "Továbbított üzenet",
# or a line opened by ">".
_FORWARD_MARKER = re.compile(
    r"-{3,}\s*(?:forwarded message|original message|wiadomosc przekazana|przekazana wiadomosc"
    r"|wiadomosc oryginalna|preposlana zprava|puvodni zprava|preposlana sprava|povodna sprava"
    r"|tovabbitott uzenet|eredeti uzenet)"
)


# The writer keeping the sale on the site: "przyjmuję płatność tylko przez koszyk w
# serwisie", "platby přijímám jen přes košík na portálu", "I only take payment through
# the site's checkout" (folded).
_ONLY_THROUGH_THE_SITE = re.compile(
    r"\b(?:tylko|jedynie|jen|jenom|pouze|len|iba|only|csak|kizarolag)\b[^.!?\n]{0,40}"
    r"\b(?:przez|w|pres|na|cez|na|through|via|on|az|a)\b[^.!?\n]{0,20}"
    r"\b(?:koszyk\w*|serwis\w*|kosik\w*|portal\w*|site|sites|checkout|oldal\w*|kosar\w*)"
)


def _forwarded_and_judged(text: str, start: int) -> bool:
    """The finding sits in a message the writer forwards or quotes, and the writer's own
    part before it reports or judges it ("przesyłam dalej wiadomość … Nie podałam i
    zgłosiłam, wygląda jak oszustwo. ---- Wiadomość przekazana ---- > Prosimy o podanie
    kodu BLIK"). A writer who forwards an offer without judging it has made it theirs."""
    folded = normalize.fold(text[:start]).text
    marker = next(reversed(list(_FORWARD_MARKER.finditer(folded))), None)  # the last one
    line_start = text.rfind("\n", 0, start) + 1
    if marker is not None:
        own = folded[: marker.start()]
    elif text[line_start:start].lstrip().startswith(">"):
        # A reply quoting the reader's own lines: the writer's part is every line that is
        # not quoted, above or below ("> Can you give me your account number? / Sorry, I
        # only take payment through the site's checkout").
        lines = [line for line in text.split("\n") if not line.lstrip().startswith(">")]
        own = normalize.fold("\n".join(lines)).text
        if _ONLY_THROUGH_THE_SITE.search(own):
            return True
    else:
        return False
    return bool(_REPORT_DONE.search(own) or _JUDGED.search(own))


_MESSAGE_WORD = re.compile(
    r"\b(?:wiadomos\w*|sms\w*|e ?mail\w*|zprav\w*|sprav\w*|uzenet\w*|level\w*|messages?"
    r"|texts?)\b"
)


def _reported(text: str, start: int, stop: int) -> bool:
    """The writer reports what someone else asked for ("someone told me to click a link to
    receive my money, I reported them", "Prodejce chtěl, ať mu napíšu na WhatsApp"), or
    what they received and call fake ("I got a text saying my parcel needs a fee. It's
    fake"): the writer is not the one asking. Who asked must come before the finding in its
    sentence, and the finding must not itself speak to the reader ("..., send me your
    code"), unless it sits in quotation marks (the scammer's words, quoted)."""
    if _forwarded_and_judged(text, start):
        return True
    low = max(0, start - 200)
    opening = _QUOTE_INSIDE.search(text, start, stop) or _OPEN_SINGLE.search(text, start, stop)
    if opening and len(_QUOTE_MARKS.findall(text, low, start)) % 2 == 0:
        # The reporting words and the quote in one finding ('napisał do mnie "podaj kod
        # BLIK"'): what is reported starts at the quotation mark.
        start = opening.end()
    before = _SENTENCE_BREAK.split(text[low:start])[-1]
    after = _SENTENCE_BREAK.split(text[stop : stop + 200])[0]
    folded_before = normalize.fold(before).text
    quoted = len(_QUOTE_MARKS.findall(before)) % 2 == 1 or len(_OPEN_SINGLE.findall(before)) > len(
        _CLOSE_SINGLE.findall(before)
    )
    if _sent_to_me(text, start, stop, folded_before):
        return True
    # A message received, its words after a colon: "Dostałam wiadomość: podaj dane karty, …
    # Zgłaszam to" reads as a quotation (what follows must still judge, refuse or report it).
    # (Not a colon after a quotation closed: "Przysłał mi wiadomość 'wyślij numer karty',
    # wolę tu pisać: wyślij numer karty tutaj".)
    colon = before.rfind(":")
    named = before[:colon] if colon >= 0 else ""
    after_colon = False
    if not quoted and named and not (_QUOTE_MARKS.search(named) or _OPEN_SINGLE.search(named)):
        named = normalize.fold(named).text
        quoted = after_colon = bool(_RECEIVED.search(named) and _MESSAGE_WORD.search(named))
    if not quoted:
        at = normalize.fold(text[start : stop + 30]).text
        at = _REPORTED_ME.sub(" ", " ".join(re.findall(r"[a-z]+", at)))
        words = " ".join(at.split()[: len(text[start:stop].split()) + 1])
        tail = " ".join(re.findall(r"[a-z]+", folded_before)[-3:])
        if not _ASKED_FOR_THEM.search(tail) and (
            _ADDRESSED.search(words)
            or _ASKED_OF_READER.search(tail)
            or _EN_IMPERATIVE.search(f"{tail} {words}", len(tail) + 1)
        ):
            return False
    if _REPORTER_FIXED.search(folded_before):
        return True
    # "Widziałam tu ogłoszenie kremu z hydrochinonem, myślałam że to zakazane, zgłosić?":
    # a listing the writer saw, judged or about to be reported
    if _SAW_LISTING.search(folded_before) and (
        _REPORT_DONE.search(normalize.fold(text).text) or _JUDGED.search(normalize.fold(text).text)
    ):
        return True
    if _TOLD_ME.search(" ".join(re.findall(r"[a-z]+", folded_before)[-4:])) and _JUDGED.search(
        normalize.fold(text).text
    ):
        return True
    if _UNNAMED_ASKER.search(_CLAUSE_SPLIT.split(folded_before)[-1]):
        return True
    if quoted and _REPORTING_FIRST.search(folded_before):
        return True
    if quoted and _WARNED_OF.search(folded_before):
        return True  # "Be careful with 'guaranteed return' gold schemes"
    if (
        quoted
        and _THIRD_PERSON_WROTE.search(folded_before)
        and (
            _REPORT_DONE.search(normalize.fold(text).text)
            or _JUDGED.search(normalize.fold(text[start : stop + 300]).text)
        )
    ):
        return True  # 'Napisał „dodaj mnie na WhatsAppie” — odmówiłam i zgłosiłam.'
    rest = _SENTENCE_BREAK.split(text[stop : stop + 400])
    following = normalize.fold(" ".join([text[start:stop], *rest[:2]])).text
    if _NOT_ME.search(following):
        return True
    if (
        _ASKED_THIRD_PERSON.search(folded_before)
        and (
            _REFUSED_BY_ME.search(following)
            or _JUDGED.search(following)
            # "Sprzedawca poprosił mnie o numer karty. Czy to normalne? Zgłosiłem to."
            or _REPORT_DONE.search(normalize.fold(" ".join(rest[:3])).text)
            # "nahlásil som predajcu, chcel aby som …" (reported, not "passed on")
            or _REPORTED_BEFORE.search(folded_before)
        )
    ):
        return True
    # "Napsal mi kupující, ať mu vrátím přeplatek … Žádný přeplatek není, takže nic
    # nevracím.", "Písal mi niekto, že …, ak mu pošlem peniaze na Revolut. Nepošlem."
    if _WROTE_TO_ME.search(folded_before) and (
        _REFUSED_BY_ME.search(following)
        or _JUDGED.search(following)
        or _REPORT_DONE.search(normalize.fold(" ".join(rest[:3])).text)
    ):
        return True
    sentence = normalize.fold(f"{before} {text[start:stop]} {after}").text
    subject = _REPORTER_SUBJECT.search(_ADDRESS.sub("", _QUOTE_MARKS.sub("", folded_before)))
    # Quoted words: the verb may come first ("Napisał do mnie ktoś: '...'").
    if subject and _REPORTING_VERB.search(
        _QUOTE_MARKS.sub("", sentence), 0 if quoted else subject.end()
    ):
        return True
    # A question about another's request, the verb first as these languages ask it:
    # "Prečo chce majiteľ chaty platbu mimo portálu?", "Why does the landlord want …?"
    if (
        subject
        and text[stop + len(after) : stop + len(after) + 1] == "?"
        and _REPORTING_VERB.search(_QUOTE_MARKS.sub("", sentence))
    ):
        return True
    # 'my mum got a "hi mum, new number" text': the message named after the quote, or just
    # named in its sentence ('"Hi Mum …" – that's how the text to my mum started');
    # "I got a message asking me to …": the message the finding starts with
    if quoted:
        received = _RECEIVED.search(sentence) or _MESSAGE_NAMED.search(sentence)
    else:
        received = _RECEIVED.search(f"{folded_before} {normalize.fold(text[start:stop]).text}")
    received = received or _OTHERS_WRITE.search(_CLAUSE_END.split(folded_before)[-1])
    if not received:
        return False
    # the two sentences after it with their full stops and question marks ("dozwolone?")
    breaks = list(_SENTENCE_BREAK.finditer(text, stop, stop + 400))
    end = breaks[1].end() if len(breaks) > 1 else min(len(text), stop + 400)
    judged_in = normalize.fold(f"{before} {text[start:end]}").text
    # ... or refused or reported by the writer: 'Dostałam wiadomość: „Podaj kod BLIK …”. Nie
    # podałam.', "Kaptam egy üzenetet: '…' – jelentem a hirdetést."
    told_after = normalize.fold(text[stop:end]).text
    if after_colon:
        # the quotation runs to the end of its sentence: the report or refusal follows it
        # (not "Dostałam wiadomość z banku: podaj numer karty, zgłaszam wypłatę")
        closing = _SENTENCE_BREAK.search(text, stop, end)
        told_after = normalize.fold(text[closing.end() : end]).text if closing else ""
    return bool(
        _JUDGED.search(judged_in)
        or _REFUSED_BY_ME.search(told_after)
        or (
            _REPORT_DONE.search(told_after)
            # not a threat to report the reader, nor the request made again after it:
            # "– nahlásím vás, pokud ho nepošlete", "Podaj go, inaczej zgłaszam …"
            and not _REPORT_THREAT.search(told_after)
            and not _REQUEST_AGAIN.search(told_after)
        )
    )


# A report held over the reader: "or I report you", "inaczej zgłaszam", "ha nem utalod".
_REPORT_THREAT = re.compile(
    r"\b(?:if you don\W?t|if not|or i|or else|otherwise|unless|inaczej|jesli nie|jezeli nie"
    r"|jinak|pokud (?:\w+ )?ne\w*|kdyz ne|inak|ak nie|ha nem|kulonben|kulomben)\b"
)
# The request made again: "Podaj go", "Pošlete ho", "just send it", "Żartuję, przelej."
_REQUEST_AGAIN = re.compile(
    rf"\b(?:{_IMPERATIVE_WORDS}|kuldd|utald|fizess)\b"
    r"|(?<!never )(?<!dont )(?<!not )\b(?:send|pay|give|transfer) (?:it|me|now|the)\b"
)


# "CV" is a résumé; the skeleton counts a repeated letter once, so a rule's "cvv" (a card's
# code) reads it too: "CV wysłałem przez formularz", "pošlete CV".
_RESUME = re.compile(r"(?<![\w*])cv(?![\w*])", re.IGNORECASE)
_CREDENTIAL_WORD = re.compile(
    r"(?i)cvv|cvc|kart|card|pin\b|hasl|hesl|jelsz|passw|login|blik|kod|code|szam|cisl|numer"
)


_YOURS = frozenset(
    {"your", "you", "twoj", "twoje", "twojego", "twoja", "tvuj", "tvoje", "tvoj", "tvoja"}
    | {"vas", "vase", "vasu", "svuj", "svoj", "swoj", "swoje", "swojego", "pana", "pani"}
)


_MY_SECRET = re.compile(
    r"\b(?:my|moj|muj|moje|mojego|moja|meho|mym) (?:pin|pin code|password|haslo|hasla|heslo"
    r"|hesla|kod|code)\b"
)


def _own_credential(text: str, start: int, stop: int) -> bool:
    """The writer's own secret named ("sure, and I'll send my PIN too, lol — no"): no
    request of the reader's."""
    folded = normalize.fold(text[start:stop]).text
    words = set(re.findall(r"[a-z]+", folded))
    return bool(_MY_SECRET.search(folded)) and not words & _YOURS


def _resume(text: str, start: int, stop: int) -> bool:
    """The finding's only credential word is "CV" as written: a résumé, not a card's code."""
    fragment = text[start:stop]
    return bool(_RESUME.search(fragment)) and not _CREDENTIAL_WORD.search(
        _RESUME.sub(" ", normalize.fold(fragment).text)
    )


def _dedupe(findings: list[Finding], text: str) -> list[Finding]:
    """One finding per stretch of text and category: overlapping ones are merged
    ("Buy directly" + "directly from me" → "Buy directly from me"); ordered by position."""
    merged: list[Finding] = []
    for finding in sorted(findings, key=lambda f: (f.category, f.start, -f.end)):
        last = merged[-1] if merged else None
        if last is not None and last.category == finding.category and finding.start < last.end:
            if finding.end > last.end:
                merged[-1] = Finding(
                    last.category,
                    text[last.start : finding.end],
                    last.start,
                    finding.end,
                    last.rule,
                )
            continue
        merged.append(finding)
    return sorted(merged, key=lambda f: (f.start, -f.end))


# -- The per-process compiled rule set ---------------------------------------------------

_lock = threading.Lock()
_state: dict = {"engine": None, "checked_at": 0.0}


def build_engine() -> Engine:
    """Compile the active rules and allowed domains from the database.

    A database whose rule set was never set up (no version row: the data migration has
    not run, or a test flushed the tables) is checked with the project's defaults rather
    than with no rules at all. Once staff have edited anything the row exists, and what
    is in the tables is what applies, even if that is nothing.
    """
    from .models import AllowedDomain, Rule, RuleSetVersion

    if not RuleSetVersion.objects.filter(pk=1).exists():
        return default_engine()
    version = RuleSetVersion.current()
    specs = [
        RuleSpec(
            category=rule.category,
            kind=rule.kind,
            pattern=rule.pattern,
            language=rule.language,
            name=f"#{rule.pk} {rule.language or '*'}/{rule.kind}:{rule.pattern}",
        )
        for rule in Rule.objects.filter(is_active=True).order_by("pk")
    ]
    domains = AllowedDomain.objects.filter(is_active=True).values_list("domain", flat=True)
    return Engine(rules=specs, allowed_domains=list(domains), version=version, model=_model())


def get_engine() -> Engine:
    """The compiled rule set, rebuilt when the rules' version stamp changes."""
    from .models import RuleSetVersion

    now = time.monotonic()
    engine = _state["engine"]
    if engine is not None and now - _state["checked_at"] < VERSION_TTL:
        return engine
    with _lock:
        engine = _state["engine"]
        if engine is None or RuleSetVersion.current() != engine.version:
            engine = build_engine()
            _state["engine"] = engine
        _state["checked_at"] = now
    return engine


def invalidate() -> None:
    """Forget the compiled rule set in this process (other processes see the version)."""
    with _lock:
        _state["engine"] = None
        _state["checked_at"] = 0.0


def check(text: str, **kwargs) -> Verdict:
    return get_engine().check(text, **kwargs)


def default_engine() -> Engine:
    """The project's default rules (defaults.py) compiled without the database."""
    from . import defaults

    specs = [
        RuleSpec(category, KIND_PHRASE, pattern, language)
        for category, language, pattern in defaults.PHRASES
    ]
    specs += [
        RuleSpec(category, KIND_REGEX, pattern, language)
        for category, language, pattern in defaults.REGEXES
    ]
    specs += [RuleSpec("", KIND_ALLOW, pattern, language) for language, pattern in defaults.ALLOW]
    return Engine(
        rules=specs,
        allowed_domains=[domain for domain, *_ in defaults.ALLOWED_DOMAINS],
        model=_model(),
    )


def model_is_short(skeleton_text: str) -> bool:
    from .model import is_short

    return is_short(skeleton_text)


_CONTACT_CUE = re.compile(r"@|\d(?:\D{0,3}\d){4}")


def _explained(spans, findings) -> bool:
    """Whether every phrase the model weighed lies inside a rule's finding."""
    return bool(spans) and all(
        any(finding.start <= start and stop <= finding.end for finding in findings)
        for start, stop in spans
    )


def _weak_signal(folded: str, category: str) -> bool:
    """Something the patterns notice, too weak to block on: a link, a word for money or
    codes (threads.py's patterns), an @ or five digits close together. A short line the
    model alone flags is blocked only with one: a few words give the model too little
    to go on ("Do you also have it in blue?"), and everyday chat is mostly short lines.
    For a scam, money and digits are no signal on their own: a short line with a price
    is everyday talk ("je za 150 Kč i doprava?"); it needs a link, codes or an @."""
    from .threads import pattern_signals

    signals = pattern_signals(folded)
    if category == "scam":
        return signals.link or signals.codes or "@" in folded
    return bool(_CONTACT_CUE.search(folded)) or signals.any


def _model():
    """The learned model beside the rules (model.py), unless settings turn it off."""
    from django.conf import settings

    if not getattr(settings, "MESSAGE_RULES_MODEL", True):
        return None
    from .model import get_model

    try:
        return get_model()
    except Exception:  # the rules still apply; a broken model never stops the message path
        import logging

        logging.getLogger(__name__).exception("message rules: the model is unusable")
        return None
