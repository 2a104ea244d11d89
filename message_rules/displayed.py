"""What a recipient will see of a message, as one text for the rules to check.

The rules used to read only `message.text`, the text/plain part of a relayed e-mail,
while the Message Center shows its HTML part: a link, a phone number or a request for a
BLIK code in the HTML part (or in an `href` only) went through. Now they read all of it:
the text, the HTML part as text with every link target and `mailto:` address written out,
and the attachments' file names; normalised (NFKC), text under a right-to-left override
put in the order it is seen, and the format characters that hide text from the rules
(zero-width spaces and joiners, bidi controls) taken out.

The HTML part is read as a browser lays it out (tests/security/test_mail_attacks.py has
an attack for each rule here): a block element (a heading, `<pre>`, `<hr>`, a list, a
table row) starts a new line and a table cell is set apart, so words in two blocks are not
read as one; a ruby annotation (`<rt>`) and struck-through text are read apart from the
text around them and `<rp>` (hidden) not at all, so "ku<rt>x</rt>rwa" and
"ku<s>x</s>rwa" read "kurwa"; `<bdo dir="rtl">` text is read reversed, as shown; an
ordered list's `start` is read (the browser shows it as the first item's number); a link
target is read as the browser follows it (tabs and new lines taken out, `\\` as `/`,
`//host` and `http:host` with their scheme, percent-escapes decoded). Everything is
checked, however long: a relayed text or HTML part is bounded where it is stored.
"""

import re
import unicodedata
from html.parser import HTMLParser
from urllib.parse import unquote

import icalendar

from core.text import as_seen
from messaging.attachments import CALENDAR
from messaging.models import Message

# Elements a browser lays out as blocks of their own: a line break before and after.
_BLOCKS = frozenset(
    {
        *("address", "article", "aside", "blockquote", "br", "caption", "center", "dd"),
        *("details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure"),
        *("footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr"),
        *("legend", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table"),
        *("tbody", "tfoot", "thead", "tr", "ul"),
    }
)
_CELLS = frozenset({"td", "th"})
# Shown above the text (ruby) or struck through, which a reader skips inside a word
# ("ku<s>x</s>rwa" reads "kurwa"): read apart, after the text.
_ANNOTATIONS = frozenset({"rt", "rtc", "del", "s", "strike"})
_HIDDEN = frozenset({"rp", "script", "style", "template", "title", "head"})
_URL_ATTRIBUTES = frozenset({"href", "src", "action", "formaction", "cite", "background"})
_TEXT_ATTRIBUTES = frozenset({"title", "alt"})
_UNFOLLOWED = re.compile(r"[\t\n\r]")
_C0_AND_SPACE = "".join(map(chr, range(0x21)))


def followed(url: str) -> str:
    """A link target as a browser follows it (the WHATWG URL parser's lenient parts)."""
    url = _UNFOLLOWED.sub("", url).strip(_C0_AND_SPACE)
    url = unquote(url.replace("\\", "/"))
    scheme, colon, rest = url.partition(":")
    if url.startswith("//"):
        return "https:" + url
    if colon and scheme.lower() in ("http", "https") and not rest.startswith("//"):
        return f"{scheme}://{rest.lstrip('/')}"
    if colon and scheme.lower() == "mailto":
        return rest
    return url


class _Shown(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.annotations: list[str] = []
        self.hidden = 0
        self.annotated = 0
        self.reversed_from: list[int | None] = []

    def handle_starttag(self, tag, attrs) -> None:
        self._open(tag, attrs)
        if tag in _HIDDEN:
            self.hidden += 1
        elif tag in _ANNOTATIONS:
            self.annotated += 1
        elif tag == "bdo":
            rtl = any(name == "dir" and (value or "").lower() == "rtl" for name, value in attrs)
            self.reversed_from.append(len(self.parts) if rtl else None)

    def handle_startendtag(self, tag, attrs) -> None:
        self._open(tag, attrs)

    def _open(self, tag, attrs) -> None:
        for name, value in attrs:
            if not value:
                continue
            if name in _URL_ATTRIBUTES:
                self.parts.append(f" {followed(value)} ")
            elif name in _TEXT_ATTRIBUTES:
                self.parts.append(f" {value} ")
            elif name == "start" and tag == "ol":
                self.parts.append(f"\n{value}. ")
        self._separate(tag)

    def handle_endtag(self, tag) -> None:
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _ANNOTATIONS:
            self.annotated = max(0, self.annotated - 1)
        elif tag == "bdo" and self.reversed_from:
            start = self.reversed_from.pop()
            if start is not None:
                self.parts[start:] = ["".join(self.parts[start:])[::-1]]
        self._separate(tag)

    def _separate(self, tag) -> None:
        if tag in _BLOCKS:
            self.parts.append("\n")
        elif tag in _CELLS:
            self.parts.append(" ")

    def handle_data(self, data) -> None:
        if self.hidden:
            return
        if self.annotated:
            self.annotations.append(data)
        else:
            self.parts.append(data)


def html_shown(html: str) -> str:
    """The HTML part's text with its link targets, as a reader could see or follow them."""
    parser = _Shown()
    parser.feed(html)
    parser.close()
    return "".join(parser.parts) + "\n" + " ".join(parser.annotations)


def clean(text: str) -> str:
    text = unicodedata.normalize("NFKC", as_seen(text))
    return "".join(char for char in text if unicodedata.category(char) != "Cf")


_BLANK_LINES = re.compile(r"\n\s*\n")
_ONE_CHARACTER_LINES = re.compile(r"(?:^[ \t]*\w[ \t]*(?:\n|$)){3,}", re.MULTILINE)


def columns(text: str) -> str:
    """Words written down a column, one letter a line ("k\\nu\\nr\\nw\\na"), as they
    are read: one word a line, to be checked after the text."""
    return "\n".join(
        "".join(match.group().split())
        for match in _ONE_CHARACTER_LINES.finditer(_BLANK_LINES.sub("\n", text))
    )


# What a calendar program shows of an invitation as text the writer wrote (RFC 5545
# properties, read by `icalendar`), and the links behind them (ALTREP). The organiser's and
# attendees' addresses are not read: a mail program writes its user's real address there
# (the file is not masked; docs/message-rules.md).
_CALENDAR_SHOWN = frozenset(
    {"SUMMARY", "DESCRIPTION", "LOCATION", "URL", "COMMENT", "CONTACT", "X-ALT-DESC"}
)
MAX_CALENDAR_READ = 64 * 1024


def calendar_shown(attachment) -> str:
    """The texts of a calendar invitation the recipient's calendar shows (the title, the
    description, the place, links), as one text; a file the parser cannot read is
    checked whole, as text."""
    try:
        with attachment.file.open("rb") as file:
            raw = file.read(MAX_CALENDAR_READ)
    except OSError:
        return ""
    try:
        calendar = icalendar.Calendar.from_ical(raw)
    except ValueError:
        return raw.decode("utf-8", "replace")
    shown = []
    for component in calendar.walk():
        for name, value in component.property_items(recursive=False):
            if name.upper() not in _CALENDAR_SHOWN:
                continue
            text = str(value)
            shown.append(html_shown(text) if name.upper() == "X-ALT-DESC" else text)
            link = getattr(value, "params", {}).get("ALTREP")
            if link:
                shown.append(followed(str(link)))
    return "\n".join(shown)


def displayed_text(message: Message, *, attachment_names: list[str] | None = None) -> str:
    parts = [message.text or ""]
    if message.html:
        parts.append(html_shown(message.html))
    if attachment_names is None:
        attachment_names = []
        for attachment in message.attachments.all():
            attachment_names.append(attachment.original_name)
            if attachment.content_type == CALENDAR:
                attachment_names.append(calendar_shown(attachment))
    parts.extend(attachment_names)
    parts = [clean(part) for part in parts if part]
    vertical = [column for column in map(columns, parts[:2]) if column]
    return "\n\n".join(parts + vertical)
