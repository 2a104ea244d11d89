"""Validators for account data that several apps share."""

import re

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _

from .marketplaces import Country

phone_validator = RegexValidator(
    r"^\+[1-9]\d{7,14}$",
    _("Enter the phone number with its country code, for example +48 601 234 567."),
    code="invalid_phone",
)

POSTCODE_FORMATS: dict[str, tuple[re.Pattern[str], str]] = {
    Country.PL: (re.compile(r"^\d{2}-\d{3}$"), "00-950"),
    Country.CZ: (re.compile(r"^\d{3} ?\d{2}$"), "110 00"),
    Country.SK: (re.compile(r"^\d{3} ?\d{2}$"), "811 01"),
    Country.HU: (re.compile(r"^\d{4}$"), "1051"),
}


def normalize_phone(value: str) -> str:
    """'+48 601-234-567' -> '+48601234567'; the validator then checks the shape."""
    return re.sub(r"[\s\-().]", "", value or "")


def validate_postcode(*, country: str, postcode: str) -> None:
    pattern, example = POSTCODE_FORMATS[Country(country)]
    if not pattern.match(postcode.strip()):
        raise ValidationError(
            _("Enter a postcode in the format used in %(country)s, for example %(example)s."),
            code="invalid_postcode",
            params={"country": Country(country).label, "example": example},
        )
