"""The four national marketplaces and what each one implies.

They are fixed by the product (SPEC §1), so they are code, not rows: a choice on every
account, offer and order, with the language, currency and country that go with it.
"""

from dataclasses import dataclass

from django.db import models
from django.utils.translation import gettext_lazy as _


class MarketplaceCode(models.TextChoices):
    PL = "pl", _("Poland (allegro.pl)")
    CZ = "cz", _("Czechia (allegro.cz)")
    SK = "sk", _("Slovakia (allegro.sk)")
    HU = "hu", _("Hungary (allegro.hu)")


class Currency(models.TextChoices):
    PLN = "PLN", "PLN"
    CZK = "CZK", "CZK"
    EUR = "EUR", "EUR"
    HUF = "HUF", "HUF"


class Country(models.TextChoices):
    PL = "PL", _("Poland")
    CZ = "CZ", _("Czechia")
    SK = "SK", _("Slovakia")
    HU = "HU", _("Hungary")


@dataclass(frozen=True, slots=True)
class Marketplace:
    code: str
    language: str
    currency: str
    country: str
    site: str


MARKETPLACES: dict[str, Marketplace] = {
    MarketplaceCode.PL: Marketplace("pl", "pl", Currency.PLN, Country.PL, "allegro.pl"),
    MarketplaceCode.CZ: Marketplace("cz", "cs", Currency.CZK, Country.CZ, "allegro.cz"),
    MarketplaceCode.SK: Marketplace("sk", "sk", Currency.EUR, Country.SK, "allegro.sk"),
    MarketplaceCode.HU: Marketplace("hu", "hu", Currency.HUF, Country.HU, "allegro.hu"),
}


def marketplace_get(code: str) -> Marketplace:
    return MARKETPLACES[MarketplaceCode(code)]


def currency_matches_marketplace() -> models.Q:
    """The condition "the currency is the marketplace's own", for check constraints."""
    condition = models.Q()
    for code, marketplace in MARKETPLACES.items():
        condition |= models.Q(marketplace=code, currency=marketplace.currency)
    return condition
