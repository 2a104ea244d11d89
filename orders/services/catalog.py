"""Offers: what sellers list."""

import secrets
from decimal import Decimal

from django.core.files.storage import default_storage
from django.db import transaction
from django.utils.translation import gettext as _

from accounts.marketplaces import marketplace_get
from accounts.models import User
from core.exceptions import DomainError

from ..models import DeliveryOption, Offer


@transaction.atomic
def offer_create(
    *,
    seller: User,
    title: str,
    price: Decimal,
    marketplace: str,
    description: str = "",
    attributes: dict | None = None,
    stock: int = 1,
    delivery_options: list[dict],
) -> Offer:
    """List an offer in the marketplace's currency, with at least one delivery option."""
    if not seller.is_seller:
        raise DomainError(_("Only seller accounts can list offers."), code="not_seller")
    if not delivery_options:
        raise DomainError(_("Add at least one delivery option."), code="no_delivery")
    offer = Offer(
        seller=seller,
        title=title,
        description=description,
        price=price,
        currency=marketplace_get(marketplace).currency,
        marketplace=marketplace,
        attributes=attributes or {},
        stock=stock,
    )
    offer.full_clean()
    offer.save()
    for option in delivery_options:
        delivery_option = DeliveryOption(offer=offer, **option)
        delivery_option.full_clean()
        delivery_option.save()
    return offer


def offer_photo_set(*, offer: Offer, upload) -> Offer:
    """Give the offer a photo (ValidationError, translated, when the file is not one):
    kept as a page-size and a list-size WebP under new names; the old ones are removed."""
    from ..photos import PHOTO_SIZE, THUMB_SIZE, renditions

    photo, thumbnail = renditions(upload)
    stem = f"offers/{offer.pk}/{secrets.token_hex(6)}"
    old = [name for name in (offer.photo.name, offer.thumbnail.name) if name]
    offer.photo.name = default_storage.save(f"{stem}-{PHOTO_SIZE}.webp", photo)
    offer.thumbnail.name = default_storage.save(f"{stem}-{THUMB_SIZE}.webp", thumbnail)
    offer.save(update_fields=["photo", "thumbnail", "updated_at"])
    for name in old:
        default_storage.delete(name)
    return offer
