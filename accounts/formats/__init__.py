"""Per-language date and number formats (FORMAT_MODULE_PATH), where Django's own differ
from what the marketplace shows: each module starts from Django's and overrides a little.

Prices are not formatted here but by `accounts.formats.money.format_money` (the `money`
template filter), because they need the currency as well as the language.
"""
