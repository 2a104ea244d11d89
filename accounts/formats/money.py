"""Prices in the reader's language: `1 234,50 zł`, `1 234 Kč`, `12,50 €`, `1 234 Ft`.

The language decides the number format and where the currency goes (CLDR data through
Babel); the currency decides the symbol. Koruna and forint prices are whole amounts in
practice, so their ",00" is dropped; a price with fillér or haléř keeps it.
"""

import copy
import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from babel import Locale
from babel.numbers import NumberPattern, parse_pattern
from django.utils import translation

# The UI languages and the country whose conventions they follow (English: en_GB, as the
# format module for "en" does).
LOCALES = {"pl": "pl_PL", "cs": "cs_CZ", "sk": "sk_SK", "hu": "hu_HU", "en": "en_GB"}
WHOLE_AMOUNT_CURRENCIES = {"CZK", "HUF"}
NBSP = "\u00a0"
# CLDR's currency spacing: "PLN1,234.50" reads as "PLN 1,234.50".
_CODE_BEFORE_DIGIT = re.compile(r"^(-?)([A-Z]{3})(?=\d)")


@lru_cache(maxsize=16)
def _patterns(locale_name: str) -> tuple[Locale, NumberPattern, NumberPattern]:
    locale = Locale.parse(locale_name)
    pattern = parse_pattern(locale.currency_formats["standard"])
    whole = copy.copy(pattern)
    whole.frac_prec = (0, 0)
    return locale, pattern, whole


def format_money(amount, currency: str, language: str | None = None) -> str:
    """`amount` of `currency` as the reader of `language` (default: the active one) writes it."""
    if amount is None or amount == "":
        return ""
    try:
        value = Decimal(str(amount))
    except InvalidOperation:
        return f"{amount} {currency}"
    language = (language or translation.get_language() or "en").split("-")[0]
    locale, pattern, whole = _patterns(LOCALES.get(language, "en_GB"))
    if currency in WHOLE_AMOUNT_CURRENCIES and value == value.to_integral_value():
        text = whole.apply(value, locale, currency=currency, currency_digits=False)
    else:
        text = pattern.apply(value, locale, currency=currency)
    return _CODE_BEFORE_DIGIT.sub(rf"\1\2{NBSP}", text)
