"""Checking a message against the rules, recording the result, telling the writer why."""

import tldextract
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.marketplaces import marketplace_get
from messaging.models import Message, MessageState, RelayAllowlistEntry

from . import engine
from .displayed import displayed_text
from .models import Category, MessageCheck, Verdict

MAX_FRAGMENT_SHOWN = 60
# How many of the thread's latest rows `quotable_texts` reads (a mail client quotes the
# message it answers, rarely one from long before).
MAX_QUOTABLE_ROWS = 200


def message_check(*, message: Message) -> engine.Verdict:
    """The rules' verdict on what the recipient will see of a message (displayed.py: the
    text, the HTML part with its link targets, file names), with what its writer may
    quote of themselves.

    Either party's real e-mail addresses in a relayed e-mail (a signature, a quoted
    "... wrote:") were replaced by their masked addresses when it was stored
    (`messaging.relay.outbound.party_addresses_masked`), so one still found here is one
    that hid from the replacement ("jan<b></b>@example.com", a zero-width space in it)
    and would be shown as it is: a finding like any other address.
    """
    author = message.author
    region = None
    if author is not None:
        region = marketplace_get(author.registration_marketplace).country
    return engine.check(
        displayed_text(message), region=region, quotable=quotable_texts(message=message)
    )


def quotable_texts(*, message: Message) -> tuple[str, ...]:
    """What the writer of `message` may quote as the reader's own words (a "> " block
    their reply turns down, engine `_refused_mail_quotes`): the texts of the thread's
    earlier messages written by anyone else that the reader wrote or was shown (their own
    in any state, anyone's delivered), and their translations (what the writer was shown
    of them). One query."""
    rows = (
        Message.objects.filter(
            Q(author__isnull=False) | Q(state=MessageState.DELIVERED),
            thread_id=message.thread_id,
            created_at__lte=message.created_at,
        )
        .exclude(pk=message.pk)
        .exclude(author_id=message.author_id)
        .order_by("-created_at", "-id")
        .values_list("text", "translations__text")[:MAX_QUOTABLE_ROWS]
    )
    texts: dict[str, None] = {}
    for text, translated in rows:
        texts[text] = None
        if translated:
            texts[translated] = None
    return tuple(texts)


# What an allowlisted courier's or payment operator's notice carries by nature: its own
# hotline, its own contact address. Everything else (scam phrasing, requests for
# passwords or card details, prohibited items, swearing, card and bank numbers, links to
# anyone else's site) is checked as in any message.
_SENDER_MAY = {"phone number", "e-mail address"}


_extract = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)  # bundled list only


def _registered(domain: str) -> str:
    parts = _extract(domain)
    return f"{parts.domain}.{parts.suffix}".lower() if parts.suffix else domain.lower()


def external_sender_domains(message: Message) -> set[str]:
    """The registered domains an allowlisted sender may link to: its own (from the
    sender's address) and every domain staff allowlisted for the relay."""
    domains = {_registered(message.sender_address.rpartition("@")[2])}
    for pattern in RelayAllowlistEntry.objects.filter(is_active=True).values_list(
        "pattern", flat=True
    ):
        domains.add(_registered(pattern.rpartition("@")[2]))
    return {domain for domain in domains if domain}


def message_check_external(*, message: Message) -> engine.Verdict:
    """An allowlisted sender's mail (no author): checked like any message, but its own
    tracking or payment links, hotline and address pass (issue #15: 44 of 44 advance-fee
    letters sent from an allowlisted courier domain reached the buyer)."""
    verdict = engine.check(displayed_text(message))
    allowed = external_sender_domains(message)
    kept = tuple(
        finding
        for finding in verdict.findings
        if not (
            finding.rule in _SENDER_MAY
            or (finding.rule.startswith("link:") and finding.rule[5:].lower() in allowed)
        )
    )
    return engine.Verdict(findings=kept)


def message_check_record(
    *, message: Message, verdict: engine.Verdict, again: bool = False
) -> MessageCheck:
    """Keep what the rules found for staff (the moderation queue reads it).

    One check per message: a message that takes the path again (`again`: the buyer's [yes,
    send it] after Allina) updates it; a first pass writes it with one INSERT.
    """
    values = {
        "verdict": Verdict.BLOCK if verdict.blocked else Verdict.ALLOW,
        "categories": verdict.categories,
        "findings": [finding.as_dict() for finding in verdict.findings],
        "created_at": timezone.now(),
    }
    if again:
        check, _created = MessageCheck.objects.update_or_create(message=message, defaults=values)
        return check
    return MessageCheck.objects.create(message=message, **values)


def _shown(fragment: str) -> str:
    fragment = " ".join(fragment.split())
    if len(fragment) > MAX_FRAGMENT_SHOWN:
        fragment = fragment[: MAX_FRAGMENT_SHOWN - 1] + "…"
    return fragment


def category_label(category: str) -> str:
    return str(Category(category).label)


def blocked_reason(findings) -> str:
    """Which part broke which rule, in the active language (one line per finding).

    `findings` are engine Findings or their stored dicts.
    """
    lines = []
    seen = set()
    for finding in findings:
        data = finding if isinstance(finding, dict) else finding.as_dict()
        key = (data["category"], data["fragment"].lower())
        if key in seen:
            continue
        seen.add(key)
        lines.append(
            _("“%(fragment)s”: %(rule)s")
            % {"fragment": _shown(data["fragment"]), "rule": category_label(data["category"])}
        )
    return "\n".join([_("Your message was not sent because it breaks the message rules:"), *lines])
