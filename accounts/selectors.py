"""Permission-scoped reads of account data."""

from django.db.models import OuterRef, QuerySet, Subquery
from django.shortcuts import get_object_or_404

from outbox.models import EmailStatus as OutboxStatus
from outbox.models import OutboundEmail

from .models import CommunicationSettings, DeliveryAddress, SellerEmailAddress, User


def delivery_addresses_for_buyer(*, buyer: User) -> QuerySet[DeliveryAddress]:
    return DeliveryAddress.objects.filter(buyer=buyer)


def delivery_address_get_for_buyer(*, buyer: User, address_id: int) -> DeliveryAddress:
    """One of the buyer's own addresses; anyone else's is a 404, as if it did not exist."""
    return get_object_or_404(delivery_addresses_for_buyer(buyer=buyer), pk=address_id)


def seller_email_addresses_active(*, seller: User) -> QuerySet[SellerEmailAddress]:
    """The listed addresses; `verification_error` says why the verification e-mail to an
    address could not be delivered ("" or None when it was not given up)."""
    from .services import SELLER_EMAIL_CAUSE, SELLER_EMAIL_VERIFICATION

    failed = OutboundEmail.objects.filter(
        kind=SELLER_EMAIL_VERIFICATION,
        cause_kind=SELLER_EMAIL_CAUSE,
        cause_id=OuterRef("pk"),
        status=OutboxStatus.FAILED,
    ).order_by("-id")
    return SellerEmailAddress.objects.filter(seller=seller, removed_at__isnull=True).annotate(
        verification_error=Subquery(failed.values("last_error")[:1])
    )


def communication_settings_for_user(*, user: User) -> CommunicationSettings:
    """An account's settings; accounts without a row get the defaults (Allina on)."""
    try:
        return CommunicationSettings.objects.get(user=user)
    except CommunicationSettings.DoesNotExist:
        return CommunicationSettings(user=user)


def seller_email_get_for_seller(*, seller: User, address_id: int) -> SellerEmailAddress:
    """One of the seller's own listed addresses; anyone else's (or a removed one) is a 404."""
    return get_object_or_404(seller_email_addresses_active(seller=seller), pk=address_id)
