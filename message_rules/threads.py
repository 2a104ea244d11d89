"""Scoring a conversation as a whole (issue #15, item 6).

Each message alone may pass the rules while the conversation is a fraud:

- **Escalation**: a writer opens friendly, then sends a link, then asks for money or for
  codes (a BLIK or SMS code, a card's digits, a password). Each delivered message of a
  thread is read for three signals — a link (any, allowed domains included), a request
  for money, a request for codes — by patterns and by the model's leaning (its
  probability for scam or credentials, below the blocking threshold). A writer's messages
  in one thread that go clean → link → money or codes within `ESCALATION_WINDOW` score
  the thread.
- **The same letter in many threads**: every delivered message of at least
  `MIN_LETTER_WORDS` words leaves a MinHash signature of its word 3-shingles (on the
  rules' skeleton, so disguises and diacritics do not matter), kept as LSH band keys
  (`MessageShingle`). When one writer's near-identical letter (sharing a band: about
  80 % alike) reaches `DUPLICATE_THREADS` threads within `DUPLICATE_WINDOW` and the
  letter carries a signal (a link, money, codes), or reaches twice as many threads
  whatever it says, the thread is scored.

  For a letter to many threads "money" means a *request* for money: a shop's template
  confirming a payment to its buyers ("payment received, we send it tomorrow") is how a
  shop works, so sentences confirming a payment are not read for it (`asks_for_money`).

A scored thread goes to the staff review queue (moderation's "suspicious conversation")
with the reasons and the thread's timeline; the messages stay delivered until staff
decide. The reasons and signals are stored as codes (`{"code", "params"}`, signal names)
and shown in the viewer's language (`reason_text`, `signal_label`). Runs as an
after-delivery hook, so every channel (web, relay, API) gets it.
"""

import hashlib
import logging
import re
from dataclasses import dataclass
from datetime import timedelta

import numpy as np
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext, ngettext

from messaging.models import Message, MessageState

from . import normalize

logger = logging.getLogger(__name__)

ESCALATION_WINDOW = timedelta(days=14)
ESCALATION_MESSAGES = 20  # a writer's latest messages in the thread that are read
DUPLICATE_WINDOW = timedelta(hours=48)
DUPLICATE_THREADS = 3
MIN_LETTER_WORDS = 12
LEANING = 0.25  # the model's probability for scam/credentials that counts as a signal
BANDS, ROWS = 16, 4
_PERMUTATIONS = BANDS * ROWS
_MASK = (1 << 61) - 1
_rng = np.random.default_rng(1511)
_A = _rng.integers(1, _MASK, size=_PERMUTATIONS, dtype=np.uint64)
_B = _rng.integers(0, _MASK, size=_PERMUTATIONS, dtype=np.uint64)

_LINK = re.compile(
    r"https?://|www\.|\b[a-z0-9-]+\.(?:com|net|org|info|io|me|ly|link|site|online|shop|store|"
    r"top|xyz|pl|cz|sk|hu|eu|uk|de)\b(?:/\S*)?",
    re.IGNORECASE,
)
_MONEY = re.compile(
    r"\b(?:pay\w*|paid|send|transfer|fee|deposit|money|wire|"
    r"zaplac\w*|wplac\w*|doplac\w*|oplac\w*|przelew\w*|przelej\w*|oplat\w*|pieniadz\w*|kase|"
    r"zaplat\w*|uhrad\w*|poplat\w*|penize|penaze|peniaze|posli\w*|poslet\w*|"
    r"fizes\w*|fizet\w*|utal\w*|dij\w*|penzt|penz)\b"
)
_CODES = re.compile(
    r"\b(?:blik|sms|code|codes|kod\w*|cvv|cvc|pin|password|haslo|hesl\w*|jelszo\w*|"
    r"login|card number|numer karty|cislo karty|kartyaszam\w*)\b"
)


# A sentence that confirms a payment (not a request for one), in the five languages.
_CONFIRMS_PAYMENT = re.compile(
    r"\b(?:payment (?:has been |was )?received|received your payment|thank you for (?:your )?"
    r"payment|thanks for (?:your )?payment|you paid|thank you for paying|"
    r"platnosc (?:zostala )?(?:otrzymana|zaksiegowana)|otrzymalismy (?:twoja |pana |pani )?"
    r"(?:platnosc|wplate|przelew)|wplata (?:dotarla|zaksiegowana)|"
    r"dziekujemy za (?:platnosc|wplate)|"
    r"platba (?:byla )?(?:prijata|pripsana)|platba bola (?:prijata|pripisana)|"
    r"(?:obdrzeli|prijali) (?:jsme|sme) (?:vasi |vasu )?platbu|"
    r"dekujeme za platbu|dakujeme za platbu|"
    r"(?:a )?fizetes(?:ed|e)? (?:megerkezett|beerkezett)|megkaptuk (?:a )?(?:fizetest|befizetest|"
    r"utalast)|koszonjuk a (?:fizetest|befizetest))\b"
)
_SENTENCE = re.compile(r"(?<=[.!?\n])\s+")


def asks_for_money(text: str) -> bool:
    """The money signal of a letter, leaving out the sentences that confirm a payment:
    a shop's "payment received" template is not a request for money."""
    folded = normalize.fold(text).text
    asked = " ".join(
        sentence for sentence in _SENTENCE.split(folded) if not _CONFIRMS_PAYMENT.search(sentence)
    )
    return bool(asked.strip()) and signals(asked).money


def reason_text(reason) -> str:
    """A stored reason (`{"code", "params"}`) in the active language; an older entry's
    English sentence as it was stored."""
    if isinstance(reason, str):
        return reason
    code, params = reason.get("code"), reason.get("params", {})
    if code == "same_letter":
        threads = int(params.get("threads", 0))
        return ngettext(
            "same letter in %(threads)s thread within 48 h",
            "same letter in %(threads)s threads within 48 h",
            threads,
        ) % {"threads": threads}
    if code == "escalation":
        return gettext("escalation: friendly first, then a link, then money or codes")
    return str(code)


def signal_label(name: str) -> str:
    """A stored signal name ("link", "money", "codes", "same letter") in the active
    language."""
    labels = {
        "link": gettext("sends a link"),
        "money": gettext("asks for money"),
        "codes": gettext("asks for codes"),
        "same letter": gettext("the same letter in many threads"),
    }
    return labels.get(name, name)


@dataclass(frozen=True)
class Signals:
    link: bool = False
    money: bool = False
    codes: bool = False

    @property
    def any(self) -> bool:
        return self.link or self.money or self.codes

    def names(self) -> list[str]:
        return [name for name in ("link", "money", "codes") if getattr(self, name)]


_HOST = re.compile(r"(?:https?://)?(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,})\b", re.IGNORECASE)


def _foreign_link(text: str) -> bool:
    """A link or domain in `text` that is not on the rules' allowed list (couriers,
    payment operators, the marketplace)."""
    from .engine import get_engine

    engine = get_engine()
    return any(not engine.domain_allowed(host) for host in _HOST.findall(text))


def pattern_signals(folded: str) -> Signals:
    """The signals the patterns alone find in a folded text (no model)."""
    return Signals(
        link=bool(_LINK.search(folded)),
        money=bool(_MONEY.search(folded)),
        codes=bool(_CODES.search(folded)),
    )


def signals(text: str) -> Signals:
    folded = normalize.fold(text).text
    found = pattern_signals(folded)
    link, money, codes = found.link, found.money, found.codes
    from .engine import get_engine

    model = get_engine().model
    if model is not None and len(folded) >= 12 and not (money and codes):
        scores = model.scores(text)
        money = money or scores.get("scam", 0) >= LEANING
        codes = codes or scores.get("credentials_request", 0) >= LEANING
    return Signals(link=link, money=money, codes=codes)


# -- Near-duplicate letters -------------------------------------------------------------


def band_keys(text: str) -> list[int]:
    """LSH band keys of the MinHash of the text's word 3-shingles ([] for a short text)."""
    words = normalize.skeleton(normalize.fold(text)).text.split()
    words = [word for word in words if word != normalize.SENTENCE_MARK]
    if len(words) < MIN_LETTER_WORDS:
        return []
    shingles = {" ".join(words[i : i + 3]) for i in range(len(words) - 2)}
    hashes = np.array(
        [
            int.from_bytes(hashlib.blake2b(s.encode(), digest_size=8).digest(), "little") & _MASK
            for s in shingles
        ],
        dtype=np.uint64,
    )
    # (a * x + b) mod 2^61-1 for each permutation; uint64 wraps, which still mixes well.
    signature = ((np.outer(hashes, _A) + _B) & np.uint64(_MASK)).min(axis=0)
    keys = []
    for band in range(BANDS):
        chunk = signature[band * ROWS : (band + 1) * ROWS].tobytes()
        digest = hashlib.blake2b(chunk + bytes([band]), digest_size=8).digest()
        keys.append(int.from_bytes(digest, "little", signed=True))
    return keys


def _duplicate_threads(message: Message, keys: list[int]) -> list[int]:
    from .models import MessageShingle

    since = timezone.now() - DUPLICATE_WINDOW
    return list(
        MessageShingle.objects.filter(
            author_id=message.author_id, band__in=keys, created_at__gte=since
        )
        .values_list("thread_id", flat=True)
        .distinct()
    )


# -- Escalation ---------------------------------------------------------------------------


def _escalation(message: Message) -> list[dict] | None:
    """The writer's messages in this thread, oldest first, with their signals, if they
    escalate: a first message with no signal, later a link, then (at or after the link)
    a request for money or codes. None otherwise."""
    since = timezone.now() - ESCALATION_WINDOW
    own = list(
        Message.objects.filter(
            thread_id=message.thread_id,
            author_id=message.author_id,
            state=MessageState.DELIVERED,
            created_at__gte=since,
        )
        .order_by("-created_at", "-id")
        .values("id", "text", "created_at")[:ESCALATION_MESSAGES]
    )[::-1]
    if len(own) < 2:
        return None
    marked = [{**row, "signals": signals(row["text"])} for row in own]
    if marked[0]["signals"].any:
        return None
    link_at = next((i for i, row in enumerate(marked) if row["signals"].link), None)
    if link_at is None:
        return None
    asks = any(row["signals"].money or row["signals"].codes for row in marked[link_at:])
    return marked if asks else None


# -- The hook ---------------------------------------------------------------------------


def _timeline(message: Message, highlighted: dict[int, list[str]]) -> list[dict]:
    rows = (
        Message.objects.filter(thread_id=message.thread_id)
        .order_by("created_at", "id")
        .values("id", "author_id", "created_at", "state", "text")[:50]
    )
    return [
        {
            "id": row["id"],
            "author_id": row["author_id"],
            "at": row["created_at"].isoformat(),
            "state": row["state"],
            "text": row["text"][:500],
            "signals": highlighted.get(row["id"], []),
        }
        for row in rows
    ]


def thread_scoring_hook(*, message: Message, delivery) -> None:
    """After delivery: keep the letter's signature; score the thread; queue it if it is
    suspicious. In a savepoint: a failure here is logged and never undoes the delivery."""
    if message.author_id is None or not message.text:
        return
    try:
        with transaction.atomic():
            _score(message)
    except Exception:
        logger.exception("thread scoring failed for message %s", message.pk)


def _score(message: Message) -> None:
    from moderation.services import suspicious_thread_enqueue

    from .models import MessageShingle

    reasons: list[dict] = []
    categories: list[str] = []
    highlighted: dict[int, list[str]] = {}

    keys = band_keys(message.text)
    if keys:
        others = [t for t in _duplicate_threads(message, keys) if t != message.thread_id]
        now = timezone.now()
        MessageShingle.objects.bulk_create(
            [
                MessageShingle(
                    author_id=message.author_id,
                    thread_id=message.thread_id,
                    message=message,
                    band=key,
                    created_at=now,
                )
                for key in keys
            ]
        )
        threads = len(others) + 1
        letter = signals(message.text) if threads >= DUPLICATE_THREADS else Signals()
        # A shop answers many buyers alike (reply templates with a courier's tracking
        # link): a link counts only outside the allowed domains, and a letter without any
        # signal only from a buyer writing to many sellers.
        suspicious_letter = (
            (letter.money and asks_for_money(message.text))
            or letter.codes
            or (letter.link and _foreign_link(message.text))
        )
        from_buyer = message.author_id == message.thread.buyer_id
        if threads >= DUPLICATE_THREADS and (
            suspicious_letter or (from_buyer and threads >= 2 * DUPLICATE_THREADS)
        ):
            reasons.append({"code": "same_letter", "params": {"threads": threads}})
            categories.append("scam")
            highlighted[message.pk] = ["same letter", *letter.names()]

    current = signals(message.text)
    escalated = _escalation(message) if current.money or current.codes else None
    if escalated:
        reasons.append({"code": "escalation", "params": {}})
        categories.append("scam")
        for row in escalated:
            if row["signals"].any:
                highlighted.setdefault(row["id"], []).extend(row["signals"].names())

    if not reasons:
        return
    suspicious_thread_enqueue(
        message=message,
        categories=sorted(set(categories)),
        details={"reasons": reasons, "timeline": _timeline(message, highlighted)},
    )
