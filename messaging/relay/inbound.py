"""One received e-mail -> a message in its thread, through the one pipeline (SPEC §4, §9).

`relay_inbound` is called by the SMTP server (server.py) once the whole message is in.
It decides nothing about who may write: the sender rules (rules.py) do, on the SPF/DKIM/
DMARC verdict of auth.py. It turns untrusted bytes into a message:

- the body is the text/plain part, else the text/html part converted to text; the HTML
  part, if any, is stored only as `nh3.clean` returns it (without images: remote images
  would tell the sender when and where the recipient reads);
- any charset is decoded, undecodable bytes become U+FFFD, malformed MIME is read as far
  as it goes; nothing here raises on bad input;
- attachments pass `messaging.attachments.check_upload`, as on the web (at most
  `MAX_ATTACHMENTS`); every file that is dropped is noted in the text;
- a quoted reply history at the end of a plain-text reply is cut off;
- the sender's Message-ID with a digest of the stored content (without an ID, a hash of
  the bytes) makes a retried delivery store nothing new, while a different message
  reusing a Message-ID is stored.

All recipients of one e-mail (and the files) are stored in one transaction, a plain
message for one recipient in one INSERT: a failure stores nothing or the whole message,
the server answers 4xx, the sending MTA retries and its Message-ID finds what is stored.
Each message is stored in its thread as `queued`, waiting for the pipeline
(`messaging.services.message_accept`); the stages (message rules, translation, Allina)
run in a task once the relay has answered 250, as an MTA queues what it accepted, so the
SMTP reply waits only for the sender rules and the INSERT.
"""

import contextlib
import email
import email.policy
import email.utils
import hashlib
import html as html_lib
import logging
import re
import unicodedata
from email.headerregistry import HeaderRegistry
from email.message import EmailMessage

import charset_normalizer
import nh3
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import IntegrityError, connection, transaction
from django.db.models import Q
from django.utils.translation import gettext as _

from core.exceptions import DomainError
from core.text import visible
from messaging.attachments import (
    CALENDAR,
    MAX_ATTACHMENTS,
    PKCS7_MIME,
    PKCS7_SIGNATURE,
    CheckedUpload,
    check_mail_part,
)
from messaging.models import Message, Thread
from messaging.services import MAX_EMAIL_TEXT_LENGTH, message_accept, thread_get_or_create

from . import auth, automatic, bounces, rules
from .addresses import Recipient, UnknownRecipient, resolve_recipient
from .outbound import party_addresses_masked

logger = logging.getLogger(__name__)

MAX_HTML_LENGTH = 500_000
# Bytes charset-normalizer reads to name an unknown charset (it is slow on megabytes).
MAX_DETECTION_BYTES = 64 * 1024
# Parts looked at as attachments; the rest of a flood of parts is dropped unread.
MAX_ATTACHMENT_CANDIDATES = 20
HTML_TAGS = nh3.ALLOWED_TAGS - {"img", "map", "area"}
# Links in a relayed HTML part: web pages and e-mail addresses only. Other schemes (tel:,
# sms:, xmpp:, sip:, bitcoin:, magnet:, ...) open a way off the platform that the link's
# text need not show; their text stays, as plain text.
HTML_URL_SCHEMES = {"http", "https", "mailto"}


class SenderRefused(Exception):
    """The sender may not write to this recipient; `reason` tells them what to do."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


# MIME limits (#17): a message of 233,000 tiny parts took 25 s to parse and held others
# up. Real mail has a handful of parts, rarely a few dozen, and nests a few levels; the
# raw bytes are scanned for boundary lines and declared boundaries (a fraction of a
# millisecond a megabyte) before anything is parsed.
MAX_MIME_PARTS = 500
MAX_MIME_MULTIPARTS = 50
_BOUNDARY_DECLARATION_RE = re.compile(rb"(?i)boundary\s*=")


class ContentRefused(Exception):
    """The message's structure is beyond what the relay takes (554 5.6.0)."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def mime_limits_check(data: bytes) -> None:
    """Refuse a message with more parts or nested multiparts than real mail has; the
    counts are upper bounds read off the bytes (a `--` line in a signature counts too)."""
    if data.count(b"\n--") > 2 * MAX_MIME_PARTS:
        raise ContentRefused(f"Too many MIME parts (at most {MAX_MIME_PARTS} are taken)")
    if len(_BOUNDARY_DECLARATION_RE.findall(data, 0, len(data))) > MAX_MIME_MULTIPARTS:
        raise ContentRefused(
            f"Too many nested MIME multiparts (at most {MAX_MIME_MULTIPARTS} are taken)"
        )


class TemporaryAuthFailure(Exception):
    """The sender could not be authenticated because DNS did not answer: try later."""


def relay_inbound(
    *,
    mail_from: str,
    rcpt_tos: list[str],
    data: bytes,
    peer,
    helo: str = "",
    recipients: dict[str, Recipient] | None = None,
    returned: list[str] | None = None,
    verdict: auth.AuthResult | None = None,
    hand_over=None,
) -> list[Message]:
    """Store `data` for every recipient; return the messages (new or already stored).

    Raises `UnknownRecipient` (no such recipient / no conversation) or `SenderRefused`
    (the sender rules, or the pipeline's domain rules, refuse it); anything else is our
    own failure and the caller answers with a temporary error.
    `recipients` are those the server already resolved at RCPT, by address; the others
    are resolved here. `returned`: the return paths of our e-mails among the recipients
    (outbox/returns.py): a delivery report to one, or a null-sender report to anyone, is
    applied to the e-mail it is about; a robot's answer to one goes to the conversation
    (bounces.py). `verdict`: the SPF/DKIM/DMARC verdict when the caller has it (the
    server asks DNS in threads of its own), else it is found here. `hand_over` is passed
    to `message_accept`.
    """
    mime_limits_check(data)
    recipients = dict(recipients or {})
    if mail_from.strip() == "<>":
        mail_from = ""  # the null sender (bounces, auto-replies), as aiosmtpd hands it over
    parsed = _parse(data)
    returned = returned or []
    rcpt_tos = [address for address in rcpt_tos if address not in returned]
    forced_robot = ""
    if returned or not mail_from:
        if bounces.is_report(parsed):
            bounces.report_take(message=parsed, returned=bounces.return_path_rows(returned))
            return []
        if returned:
            answered = bounces.answer_recipients(bounces.return_path_rows(returned))
            recipients.update(answered)
            rcpt_tos = [*rcpt_tos, *answered]
            forced_robot = automatic.AUTO_REPLIED if answered else ""
            if not rcpt_tos:
                return []  # a robot answering the system's own e-mail: nobody reads it
    # The raw fields, read once: the rules and the authentication check take the From
    # address from the same value (email.utils.getaddresses), the check its headers.
    headers = [(name, str(value)) for name, value in parsed.raw_items()]
    header_from = next((_clean_header(v) for k, v in headers if k.lower() == "from"), "")
    peer_ip = peer[0] if isinstance(peer, tuple | list) and peer else str(peer or "")
    if verdict is None:
        verdict = auth.authenticate(
            data, envelope_from=mail_from, peer_ip=peer_ip, helo=helo, headers=headers
        )
    automatic.check_loop(headers)
    content = _content(parsed, data)
    message_id = _message_id(parsed, data, content)
    robot = (
        automatic.classify(
            headers=headers, envelope_from=mail_from, subject=_header(parsed, "Subject")
        )
        or forced_robot
    )

    decisions = []
    for address in dict.fromkeys(rcpt_tos):  # each recipient once, in order
        recipient = recipients.get(address) or resolve_recipient(address)
        decision = rules.decide(
            recipient=recipient, envelope_from=mail_from, header_from=header_from, auth=verdict
        )
        if not decision.allowed:
            if decision.unauthenticated and verdict.temporary:
                raise TemporaryAuthFailure(decision.reason)
            raise SenderRefused(decision.reason)
        decisions.append((recipient, decision))

    store = {
        "content": content,
        "message_id": message_id,
        "envelope_from": mail_from,
        "robot": robot,
        "hand_over": hand_over,
    }
    # For one recipient and no attachment the message is one INSERT, atomic by itself:
    # no BEGIN and COMMIT round trips. Otherwise everything is one transaction.
    alone = len(decisions) == 1 and not content.attachments and not connection.in_atomic_block
    try:
        with contextlib.nullcontext() if alone else transaction.atomic():
            return [_store(recipient=r, decision=d, **store) for r, d in decisions]
    except IntegrityError:
        # A retried delivery, or the same message delivered twice at once (the unique
        # Message-ID per thread): what is stored stays, the rest is stored now.
        with transaction.atomic():
            return [
                _store(recipient=r, decision=d, stored_first=True, **store) for r, d in decisions
            ]


def _store(
    *,
    recipient: Recipient,
    decision,
    content,
    message_id,
    envelope_from,
    robot="",
    hand_over=None,
    stored_first=False,
):
    author = decision.author
    thread = _thread_for(recipient=recipient, author=author, known=decision.thread)
    if author is None and recipient.account.pk != thread.buyer_id:
        raise SenderRefused(_("Mail from this sender is accepted only for buyers."))
    if author is not None and (
        author.pk == recipient.account.pk or author.pk not in (thread.buyer_id, thread.seller_id)
    ):
        raise SenderRefused(_("You are not part of this conversation."))
    message = None
    if stored_first:
        message = Message.objects.filter(thread=thread, inbound_message_id=message_id).first()
    sender_address = (decision.external_sender or envelope_from or "")[:254]
    text, html = content.text, content.html
    if author is not None and message is None:
        text, html = party_addresses_masked(thread=thread, texts=[text, html])
    try:
        # Stored as received before the 250; the pipeline runs in a task after commit.
        message = message or message_accept(
            thread=thread,
            author=author,
            text=text,
            attachments=content.attachments,
            external_sender=sender_address if author is None else "",
            sender_address=sender_address,
            inbound_message_id=message_id,
            html=html,
            automatic=robot,
            hand_over=hand_over,
        )
    except DomainError as error:
        raise SenderRefused(error.message) from error
    if (
        author is not None
        and author.pk == thread.seller_id
        and decision.seller_email
        and thread.seller_email_id != decision.seller_email.pk
    ):
        # Mail from the buyer in this conversation goes to the address the seller used.
        Thread.objects.filter(pk=thread.pk).update(seller_email=decision.seller_email)
    return message


def _thread_for(*, recipient: Recipient, author, known: Thread | None = None) -> Thread:
    if recipient.order is not None:
        order = recipient.order
        if known is not None and known.order_id == order.pk:
            thread = known  # the sender rules found it already
        else:
            # Read with the order at RCPT; none yet: the first message opens it.
            thread = recipient.thread or thread_get_or_create(buyer=order.buyer, order=order)
        # Both parties came with the order: the pipeline reads them without a query.
        if thread.buyer_id == order.buyer_id and thread.seller_id == order.seller_id:
            thread.buyer, thread.seller = order.buyer, order.seller
        return thread
    account = recipient.account
    thread = None
    if author is not None:
        thread = (
            Thread.objects.filter(offer__isnull=False)
            .filter(Q(buyer=account, seller=author) | Q(buyer=author, seller=account))
            .order_by("-last_message_at", "-id")
            .first()
        )
    if thread is None:
        raise UnknownRecipient(_("no conversation with this recipient"))
    return thread


# -- Parsing untrusted mail ---------------------------------------------------------------


class Content:
    def __init__(self, text: str, html: str, attachments: list[CheckedUpload]):
        self.text, self.html, self.attachments = text, html, attachments


_HEADER_CLASSES: dict[str, type] = {}
# Parsed MIME structure headers shared by all messages: mail from the same programs
# repeats them (`text/plain; charset="utf-8"`, `base64`, `inline`), and the parsed header
# objects are immutable. Values naming a multipart boundary or a file are unique and
# not kept; the cache is emptied when it fills.
_SHARED_HEADERS = frozenset(
    {"content-type", "content-transfer-encoding", "content-disposition", "mime-version"}
)
_SHARED_MAX_LENGTH = 100
_SHARED_MAX_ENTRIES = 1000
_shared_parsed: dict[tuple[str, str], object] = {}


class _HeaderFactory(HeaderRegistry):
    """The standard library's header registry, made cheaper: each header class is built
    once per process (the standard registry creates a new class at every header access),
    each header value is parsed once per message (the message's `Content-Type` alone is
    read a dozen times while it is taken apart), and common MIME structure headers once
    per process (above)."""

    def __init__(self):
        super().__init__()
        self._parsed: dict[tuple[str, str], object] = {}

    def __getitem__(self, name):
        key = name.lower()
        cls = _HEADER_CLASSES.get(key)
        if cls is None:
            cls = _HEADER_CLASSES[key] = super().__getitem__(name)
        return cls

    def __call__(self, name, value):
        key = (name, value)
        header = self._parsed.get(key)
        if header is None:
            header = _shared_parsed.get(key)
        if header is None:
            header = self._parsed[key] = self[name](name, value)
            if _shareable(name, value):
                if len(_shared_parsed) >= _SHARED_MAX_ENTRIES:
                    _shared_parsed.clear()
                _shared_parsed[key] = header
        return header


def _shareable(name: str, value: str) -> bool:
    lowered = value.lower()
    return (
        name.lower() in _SHARED_HEADERS
        and len(value) <= _SHARED_MAX_LENGTH
        and "boundary" not in lowered
        and "name" not in lowered  # filename=, name=
    )


def _parse(data: bytes) -> EmailMessage:
    """`data` parsed with the standard library's modern API (`email.policy.default`), with
    a header factory of its own (above)."""
    policy = email.policy.default.clone(header_factory=_HeaderFactory())
    return email.message_from_bytes(data, policy=policy)


_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]+")


def _clean_text(value: str) -> str:
    """Storable text: no NUL (PostgreSQL refuses it), no lone surrogates."""
    value = value.replace("\x00", "")
    return value.encode("utf-8", "replace").decode("utf-8")


def _clean_header(value: str) -> str:
    """One line of text: CR, LF and other control characters become spaces."""
    return " ".join(_CONTROL_RE.sub(" ", _clean_text(value)).split())[:998]


def _header(message: EmailMessage, name: str) -> str:
    try:
        value = message.get(name)
        return _clean_header(str(value)) if value is not None else ""
    except Exception:  # the header parser fails on some malformed values
        for key, raw in message.raw_items():
            if key.lower() == name.lower():
                return _clean_header(str(raw))
        return ""


def _message_id(message: EmailMessage, data: bytes, content: "Content") -> str:
    """What makes a delivery "the same message" in its thread: the sender's Message-ID
    with a digest of what is stored of it (text, HTML part, files), so a retried delivery
    (the same message, perhaps with another Received header) stores nothing new while a
    different message reusing a Message-ID is stored (#17: it was silently dropped). An
    ID too long for the column is kept as its own digest, never cut short."""
    digest = hashlib.sha256()
    for part in (content.text, content.html):
        digest.update(part.encode("utf-8", "surrogatepass") + b"\0")
    for upload in content.attachments:
        digest.update(f"{upload.original_name}\0{upload.size}\0".encode("utf-8", "surrogatepass"))
    body = digest.hexdigest()[:16]
    value = _header(message, "Message-ID")
    if not value:
        return "sha256:" + hashlib.sha256(data).hexdigest()
    if len(value) > 200:
        value = "sha256:" + hashlib.sha256(value.encode()).hexdigest()
    return f"{value}#{body}"


def _decode(part) -> str:
    try:
        raw = part.get_payload(decode=True)
    except Exception:
        raw = None
    if raw is None:
        payload = part.get_payload()
        return _clean_text(payload) if isinstance(payload, str) else ""
    return _clean_text(decode_bytes(raw, _safe(part.get_content_charset, None)))


def decode_bytes(raw: bytes, charset: str | None) -> str:
    """Text of `raw` in its declared charset; when the label is unknown (`x-unknown`, a
    typo) or the bytes are not in it, the charset charset-normalizer finds (#17: such text
    became replacement characters); as a last resort UTF-8 with U+FFFD."""
    if charset:
        try:
            return raw.decode(charset)
        except (LookupError, UnicodeDecodeError, ValueError):
            pass
    else:
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            pass
    best = charset_normalizer.from_bytes(raw[:MAX_DETECTION_BYTES]).best()
    if best is not None:
        try:
            return raw.decode(best.encoding, errors="replace")
        except LookupError:
            pass
    return raw.decode("utf-8", errors="replace")


# Names given to a file that arrived without one, by what it is.
_DEFAULT_NAMES = {
    CALENDAR: "invite.ics",
    PKCS7_SIGNATURE: "smime.p7s",
    PKCS7_MIME: "smime.p7m",
}
_BODY_TYPES = ("text/plain", "text/html")


def _content(message: EmailMessage, data: bytes) -> Content:
    plain_part = html_part = None
    candidates = []
    for part in _leaf_parts(message):
        content_type = _safe(part.get_content_type, "application/octet-stream").lower()
        disposition = _safe(part.get_content_disposition, None)
        filename = _safe(part.get_filename, None)
        is_body = disposition != "attachment" and not filename
        if part.get_content_maintype() == "multipart":
            # A multipart without a boundary (or with one never used) is read as one text
            # body, as mail programs show it, instead of being lost (#17).
            if plain_part is None and is_body:
                plain_part = part
            continue
        if is_body and content_type == "text/plain" and plain_part is None:
            plain_part = part
        elif is_body and content_type == "text/html" and html_part is None:
            html_part = part
        elif filename or disposition == "attachment" or content_type not in _BODY_TYPES:
            # Files, and every other part (a calendar invitation, an S/MIME signature): kept
            # if they pass the content checks, noted in the text if not.
            candidates.append((filename or _DEFAULT_NAMES.get(content_type), part))

    html = html_text = ""
    if html_part is not None:
        html = nh3.clean(
            _decode(html_part)[:MAX_HTML_LENGTH], tags=HTML_TAGS, url_schemes=HTML_URL_SCHEMES
        ).strip()
        html_text = _html_to_text(html)
        if not visible(html_text):
            html = ""  # the page would show an empty bubble where the e-mail shows the text
    if plain_part is not None:
        text = _strip_quoted_reply(_decode(plain_part))
    else:
        text = html_text if html else ""
    # Nothing visible (spaces, zero-width or blank characters): the subject, else a note.
    text = text.strip() if visible(text) else ""
    if not text:
        subject = _header(message, "Subject")
        text = subject if visible(subject) else _("(no text)")

    attachments, notes = [], []
    for index, (filename, part) in enumerate(candidates):
        name = _clean_header(filename or "") or _("unnamed file")
        if index >= MAX_ATTACHMENT_CANDIDATES or len(attachments) >= MAX_ATTACHMENTS:
            notes.append(
                _("[attachment %(name)s was not accepted: at most %(limit)d files per message]")
                % {"name": name, "limit": MAX_ATTACHMENTS}
            )
            continue
        try:
            raw = part.get_payload(decode=True) or b""
            upload = SimpleUploadedFile(filename or "attachment", raw)
            attachments.append(check_mail_part(upload))
        except ValidationError:
            notes.append(_("[attachment %(name)s was not accepted]") % {"name": name})
        except Exception:
            logger.info("unreadable attachment part skipped", exc_info=True)
            notes.append(_("[attachment %(name)s was not accepted]") % {"name": name})
    suffix = ("\n\n" + "\n".join(notes)) if notes else ""
    # The whole text is kept (the web view folds a long one); only beyond what any letter
    # needs is it cut, and then it says so.
    limit = MAX_EMAIL_TEXT_LENGTH - len(suffix)
    if len(text) > limit:
        text = text[: limit - 2].rstrip() + " …"
    return Content(text=text + suffix, html=html, attachments=attachments)


def _safe(method, default):
    try:
        return method()
    except Exception:
        return default


def _leaf_parts(message: EmailMessage):
    try:
        for part in message.walk():
            if not part.is_multipart():
                yield part
    except Exception:  # a broken MIME tree: what was read so far is what we have
        logger.info("malformed MIME structure", exc_info=True)


_BLOCK_END_RE = re.compile(r"(?i)<br\s*/?>|</(p|div|tr|li|h[1-6]|table|blockquote)\s*>")


def _html_to_text(html: str) -> str:
    text = nh3.clean(_BLOCK_END_RE.sub("\n", html), tags=set())
    text = html_lib.unescape(text).replace("\xa0", " ")
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


_ATTRIBUTION_RE = re.compile(r"(wrote|napisał|napisała|napsal|napísal|írta|schrieb)\b.*:$", re.I)


def _strip_quoted_reply(text: str) -> str:
    """Cut a trailing block of `>` lines and the "On ... wrote:" line before it."""
    lines = unicodedata.normalize("NFC", text).splitlines()
    end = len(lines)
    while end and (not lines[end - 1].strip() or lines[end - 1].lstrip().startswith(">")):
        end -= 1
    if end == len(lines) or not any(line.lstrip().startswith(">") for line in lines[end:]):
        return text
    if end and _ATTRIBUTION_RE.search(lines[end - 1].strip()):
        end -= 1
    kept = "\n".join(lines[:end]).strip()
    return kept or text
