"""What an SMTP failure means: worth retrying (4xx, no connection) or final (5xx)."""

import re
import smtplib

from django.utils.translation import gettext_noop

MAX_ERROR_LENGTH = 300
_UNSAFE_HEADER_CHARS = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]+")


def one_line(value: str, *, limit: int = 200) -> str:
    """One line of text: control characters (CR, LF, ...) become spaces."""
    return " ".join(_UNSAFE_HEADER_CHARS.sub(" ", value).split())[:limit]


def classify(error: BaseException) -> tuple[bool, str]:
    """(permanent?, a short reason a person can read) for a failed SMTP attempt."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        codes = [code for code, _text in error.recipients.values()]
        answers = "; ".join(f"{code} {_decode(text)}" for code, text in error.recipients.values())
        return bool(codes) and all(code >= 500 for code in codes), answers
    if isinstance(error, smtplib.SMTPAuthenticationError):
        # Our own credentials: an operator problem, not this message's. Keep retrying.
        return False, f"{error.smtp_code} {_decode(error.smtp_error)}"
    if isinstance(error, smtplib.SMTPResponseException):
        return error.smtp_code >= 500, f"{error.smtp_code} {_decode(error.smtp_error)}"
    if isinstance(error, smtplib.SMTPServerDisconnected | TimeoutError | OSError):
        # Stored in English and translated where a person reads it.
        return False, gettext_noop("The mail server could not be reached.")
    return False, str(error)


def _decode(text: bytes | str) -> str:
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return one_line(text, limit=MAX_ERROR_LENGTH)
