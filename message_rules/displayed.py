"""What a recipient will see of a message, as one text for the rules to check.

The rules used to read only `message.text`, the text/plain part of a relayed e-mail,
while the Message Center shows its HTML part: a link, a phone number or a request for a
BLIK code in the HTML part (or in an `href` only) went through. Now they read all of it:
the text, the HTML part as text with every link target and `mailto:` address written out,
and the attachments' file names; normalised (NFKC), text under a right-to-left override
put in the order it is seen, and the format characters that hide text from the rules
(zero-width spaces and joiners, bidi controls) taken out.
"""

import unicodedata
from html.parser import HTMLParser

from core.text import as_seen
from messaging.models import Message

MAX_CHECKED = 40_000  # characters; a relayed body is cut at 10,000 and its HTML at 30,000


class _Shown(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs) -> None:
        for name, value in attrs:
            if name in ("href", "src", "title", "alt") and value:
                self.parts.append(f" {value.removeprefix('mailto:')} ")
        if tag in ("br", "p", "div", "li", "tr", "td", "h1", "h2", "h3", "blockquote"):
            self.parts.append("\n")

    def handle_data(self, data) -> None:
        self.parts.append(data)


def html_shown(html: str) -> str:
    """The HTML part's text with its link targets, as a reader could see or follow them."""
    parser = _Shown()
    parser.feed(html)
    parser.close()
    return "".join(parser.parts)


def clean(text: str) -> str:
    text = unicodedata.normalize("NFKC", as_seen(text))
    return "".join(char for char in text if unicodedata.category(char) != "Cf")


def displayed_text(message: Message, *, attachment_names: list[str] | None = None) -> str:
    parts = [message.text or ""]
    if message.html:
        parts.append(html_shown(message.html))
    if attachment_names is None:
        attachment_names = list(message.attachments.values_list("original_name", flat=True))
    parts.extend(attachment_names)
    return clean("\n\n".join(part for part in parts if part))[:MAX_CHECKED]
