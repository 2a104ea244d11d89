"""Validators for account data that several apps share.

Postcodes follow the rules of the address's country; phone numbers must carry a country
code and be real numbers (checked with `phonenumbers`, Google's libphonenumber), and are
stored in E.164 ("+48601234567"). The country of a phone need not be the address's
country: people keep foreign phones.
"""

import re
from dataclasses import dataclass

import phonenumbers
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from .marketplaces import Country

# The shape of a stored (E.164) number; the model keeps it as a last line of defence.
phone_validator = RegexValidator(
    r"^\+[1-9]\d{7,14}$",
    _("Enter the phone number with its country code, for example +48 601 234 567."),
    code="invalid_phone",
)

PHONE_EXAMPLES: dict[str, str] = {
    Country.PL: "+48 601 234 567",
    Country.CZ: "+420 601 123 456",
    Country.SK: "+421 905 123 456",
    Country.HU: "+36 30 123 4567",
}
# What people type between the digits; anything else (letters, "ext.") is refused.
PHONE_CHARACTERS = re.compile(r"^[\d\s+\-()./]+$")
PHONE_SEPARATORS = re.compile(r"[\s\-()./]")


@dataclass(frozen=True, slots=True)
class PostcodeRule:
    pattern: re.Pattern[str]  # groups are the digits; `stored` puts them together
    stored: str
    example: str
    message: Promise


POSTCODE_RULES: dict[str, PostcodeRule] = {
    Country.PL: PostcodeRule(
        re.compile(r"^(\d{2})-(\d{3})$"),
        "{}-{}",
        "00-950",
        _(
            "Enter a Polish postcode: two digits, a hyphen and three digits, "
            "for example %(example)s."
        ),
    ),
    Country.CZ: PostcodeRule(
        re.compile(r"^(\d{3}) ?(\d{2})$"),
        "{} {}",
        "110 00",
        _("Enter a Czech postcode: five digits, for example %(example)s."),
    ),
    Country.SK: PostcodeRule(
        re.compile(r"^(\d{3}) ?(\d{2})$"),
        "{} {}",
        "811 01",
        _("Enter a Slovak postcode: five digits, for example %(example)s."),
    ),
    Country.HU: PostcodeRule(
        re.compile(r"^(\d{4})$"),
        "{}",
        "1051",
        _("Enter a Hungarian postcode: four digits, for example %(example)s."),
    ),
}


def normalize_postcode(*, country: str, postcode: str) -> str:
    """The postcode as stored ('11000' -> '110 00' in Czechia), or ValidationError."""
    rule = POSTCODE_RULES[Country(country)]
    match = rule.pattern.match(" ".join((postcode or "").split()))
    if match is None:
        raise ValidationError(
            rule.message, code="invalid_postcode", params={"example": rule.example}
        )
    return rule.stored.format(*match.groups())


def validate_postcode(*, country: str, postcode: str) -> None:
    normalize_postcode(country=country, postcode=postcode)


def normalize_phone(value: str, *, country: str = "") -> str:
    """'+48 601-234-567' -> '+48601234567', or ValidationError.

    The number must start with its country code ("+" or "00" before it) and be a number
    that can exist in that country's numbering plan. `country` (the address's) only picks
    the example shown in the message.
    """
    example = PHONE_EXAMPLES.get(country, PHONE_EXAMPLES[Country.PL])
    text = (value or "").strip()
    if text.startswith("00"):
        text = "+" + text[2:]
    if not text.startswith("+"):
        raise ValidationError(
            _("Enter the phone number with its country code, for example %(example)s."),
            code="phone_country_code",
            params={"example": example},
        )
    invalid = ValidationError(
        _(
            "This is not a valid phone number. Check the country code and the digits, "
            "for example %(example)s."
        ),
        code="invalid_phone",
        params={"example": example},
    )
    if not PHONE_CHARACTERS.match(text) or "+" in text[1:]:
        raise invalid
    try:
        number = phonenumbers.parse(PHONE_SEPARATORS.sub("", text), None)
    except phonenumbers.NumberParseException as error:
        raise invalid from error
    if not phonenumbers.is_valid_number(number):
        raise invalid
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
