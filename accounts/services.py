"""Account services: every write to accounts goes through here."""

from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from core.exceptions import DomainError
from outbox.models import OutboundEmail
from outbox.services import email_enqueue_rendered

from .marketplaces import Country, MarketplaceCode
from .models import (
    ADDRESS_SNAPSHOT_FIELDS,
    CommunicationSettings,
    DeliveryAddress,
    SellerEmailAddress,
    User,
)
from .validators import normalize_phone, normalize_postcode


def masked_mail_domain(*, marketplace: str) -> str:
    """SPEC §4: the Polish site's accounts use the Polish domain, all others the other."""
    if MarketplaceCode(marketplace) == MarketplaceCode.PL:
        return settings.MASKED_MAIL_DOMAIN_PL
    return settings.MASKED_MAIL_DOMAIN_INTERNATIONAL


def masked_email_address(*, account: User, order=None) -> str:
    """The address the other side sees for `account`, in `order` or outside any order.

    `fixedsenderidentifier+transactionidentifier@DOMAIN` for order mail, the fixed part
    alone otherwise; DOMAIN by the account's registration marketplace.
    """
    local = account.sender_id
    if order is not None:
        if account.pk not in (order.buyer_id, order.seller_id):
            raise DomainError(_("This account is not a party to that order."))
        local = f"{local}+{order.transaction_id}"
    return f"{local}@{masked_mail_domain(marketplace=account.registration_marketplace)}"


@transaction.atomic
def user_create(
    *,
    username: str,
    password: str | None,
    email: str,
    registration_marketplace: str,
    first_name: str = "",
    last_name: str = "",
    is_seller: bool = False,
) -> User:
    """Register an account. A seller's registration address becomes their primary one."""
    user = User(
        username=username,
        email=User.objects.normalize_email(email),
        first_name=first_name,
        last_name=last_name,
        registration_marketplace=MarketplaceCode(registration_marketplace),
        is_seller=is_seller,
    )
    user.set_password(password)
    user.full_clean(exclude=["password"])
    user.save()
    CommunicationSettings.objects.create(user=user)
    if is_seller:
        SellerEmailAddress.objects.create(
            seller=user, email=user.email, is_primary=True, verified_at=timezone.now()
        )
    return user


def user_set_language(*, user: User, language: str) -> User:
    if language not in dict(settings.LANGUAGES):
        raise DomainError(_("This language is not available."), code="language")
    User.objects.filter(pk=user.pk).update(language=language)
    user.language = language
    return user


def communication_settings_update(*, user: User, allina_enabled: bool) -> CommunicationSettings:
    with transaction.atomic():
        settings_row, _created = CommunicationSettings.objects.select_for_update().get_or_create(
            user=user
        )
        settings_row.allina_enabled = allina_enabled
        settings_row.save(update_fields=["allina_enabled", "updated_at"])
    return settings_row


@transaction.atomic
def seller_email_add(*, seller: User, email: str, verified: bool = False) -> SellerEmailAddress:
    """Add an address to My email addresses (unverified unless said otherwise)."""
    User.objects.select_for_update().get(pk=seller.pk)
    email = User.objects.normalize_email(email)
    active = SellerEmailAddress.objects.filter(seller=seller, removed_at__isnull=True)
    if active.filter(email__iexact=email).exists():
        raise DomainError(_("This address is already on your list."), code="duplicate")
    address = SellerEmailAddress(
        seller=seller,
        email=email,
        is_primary=not active.exists(),
        verified_at=timezone.now() if verified else None,
    )
    address.full_clean()
    address.save()
    return address


@transaction.atomic
def seller_email_set_primary(*, address: SellerEmailAddress) -> SellerEmailAddress:
    """Make a verified, active address the primary one; the old primary stays listed."""
    address = SellerEmailAddress.objects.select_for_update().get(pk=address.pk)
    if not address.is_active:
        raise DomainError(_("A removed address cannot be primary."), code="removed")
    if not address.is_verified:
        raise DomainError(_("Verify the address before making it primary."), code="unverified")
    SellerEmailAddress.objects.filter(seller_id=address.seller_id, is_primary=True).exclude(
        pk=address.pk
    ).update(is_primary=False)
    if not address.is_primary:
        address.is_primary = True
        address.save(update_fields=["is_primary"])
    return address


@transaction.atomic
def seller_email_remove(*, address: SellerEmailAddress) -> SellerEmailAddress:
    """Remove an address from the list; the row stays so old conversations still route."""
    address = SellerEmailAddress.objects.select_for_update().get(pk=address.pk)
    if address.is_primary:
        raise DomainError(
            _("Choose another primary address before removing this one."), code="primary"
        )
    others_verified = SellerEmailAddress.objects.filter(
        seller_id=address.seller_id, removed_at__isnull=True, verified_at__isnull=False
    ).exclude(pk=address.pk)
    if address.is_verified and address.is_active and not others_verified.exists():
        raise DomainError(
            _("This is your last verified address: add and verify another one first."),
            code="last_verified",
        )
    if address.removed_at is None:
        address.removed_at = timezone.now()
        address.save(update_fields=["removed_at"])
    return address


# Verifying an address in My email addresses: a signed link, mailed to that address,
# valid for SELLER_EMAIL_VERIFY_MAX_AGE. It names the address row, the seller and the
# address itself, so it verifies exactly that address for that seller and nothing else.

SELLER_EMAIL_VERIFY_SALT = "marketplace.seller-email-verify"
SELLER_EMAIL_VERIFY_MAX_AGE = timedelta(days=3)


def seller_email_verification_token(*, address: SellerEmailAddress) -> str:
    signer = signing.TimestampSigner(salt=SELLER_EMAIL_VERIFY_SALT)
    return signer.sign_object(
        {"id": address.pk, "seller": address.seller_id, "email": address.email.lower()}
    )


SELLER_EMAIL_VERIFICATION = "seller_email_verification"
SELLER_EMAIL_CAUSE = "accounts.selleremailaddress"


def seller_email_request(*, seller: User, email: str) -> SellerEmailAddress:
    """Add an unverified address and mail it a verification link (an outbox row written
    with the address, sent once it is committed)."""
    with transaction.atomic():
        address = seller_email_add(seller=seller, email=email)
        seller_email_verification_enqueue(address=address)
    return address


def seller_email_verification_enqueue(*, address: SellerEmailAddress) -> OutboundEmail | None:
    """Write the e-mail with the verification link to the address itself; call it in the
    transaction that adds the address. None for a verified or removed address."""
    if address.verified_at is not None or address.removed_at is not None:
        return None
    link = settings.SITE_URL.rstrip("/") + reverse(
        "seller_email_verify", args=[seller_email_verification_token(address=address)]
    )
    return email_enqueue_rendered(
        language=address.seller.ui_language,
        subject=lambda: _("Confirm your e-mail address"),
        template="marketplace/email/seller_email_verify.txt",
        context={"address": address, "link": link, "days": SELLER_EMAIL_VERIFY_MAX_AGE.days},
        kind=SELLER_EMAIL_VERIFICATION,
        cause_kind=SELLER_EMAIL_CAUSE,
        cause_id=address.pk,
        to=[address.email],
    )


@transaction.atomic
def seller_email_verify(*, seller: User, token: str) -> SellerEmailAddress:
    """Verify the address a link names, for the seller it names. A second click is harmless."""
    signer = signing.TimestampSigner(salt=SELLER_EMAIL_VERIFY_SALT)
    try:
        data = signer.unsign_object(token, max_age=SELLER_EMAIL_VERIFY_MAX_AGE)
    except signing.SignatureExpired:
        raise DomainError(
            _("This link has expired. Add the address again to get a new one."),
            code="expired",
        ) from None
    except signing.BadSignature:
        raise DomainError(_("This link is not valid."), code="invalid") from None
    if data.get("seller") != seller.pk:
        raise DomainError(
            _("This link verifies an address of another account. Log in as that seller."),
            code="other_account",
        )
    address = (
        SellerEmailAddress.objects.select_for_update()
        .filter(pk=data.get("id"), seller=seller)
        .first()
    )
    if address is None or address.email.lower() != data.get("email"):
        raise DomainError(_("This link is not valid."), code="invalid")
    if not address.is_active:
        raise DomainError(
            _("This address was removed from your list. Add it again to verify it."),
            code="removed",
        )
    if address.verified_at is None:
        address.verified_at = timezone.now()
        address.save(update_fields=["verified_at"])
    return address


def _delivery_address_clean(address: DeliveryAddress) -> None:
    """Check an address before it is written, reporting every field error at once.

    Text is stripped, the postcode checked against the country's format and the phone
    against the numbering plans; both are stored normalised ("110 00", E.164).
    """
    for name in ADDRESS_SNAPSHOT_FIELDS:
        value = getattr(address, name)
        if isinstance(value, str):
            setattr(address, name, value.strip())
    errors: dict[str, list[ValidationError]] = {}
    try:
        address.phone = normalize_phone(address.phone, country=address.country)
    except ValidationError as error:
        errors["phone"] = error.error_list
    if address.country in Country.values:
        try:
            address.postcode = normalize_postcode(
                country=address.country, postcode=address.postcode
            )
        except ValidationError as error:
            errors["postcode"] = error.error_list
    try:
        address.full_clean(exclude=["buyer", "is_default", *errors])
    except ValidationError as error:
        errors = error.update_error_dict(errors)
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def delivery_address_create(
    *, buyer: User, make_default: bool = False, **fields: str
) -> DeliveryAddress:
    """Add a delivery address; the buyer's first address becomes the default one."""
    User.objects.select_for_update().get(pk=buyer.pk)
    address = DeliveryAddress(buyer=buyer, **fields)
    _delivery_address_clean(address)
    existing = DeliveryAddress.objects.filter(buyer=buyer)
    if make_default:
        existing.filter(is_default=True).update(is_default=False)
    address.is_default = make_default or not existing.exists()
    address.save()
    return address


@transaction.atomic
def delivery_address_update(*, address: DeliveryAddress, **fields: str) -> DeliveryAddress:
    """Change an address. Orders placed with it keep their own snapshot, untouched."""
    unknown = set(fields) - set(ADDRESS_SNAPSHOT_FIELDS)
    if unknown:
        raise TypeError(f"Not an address field: {', '.join(sorted(unknown))}")
    address = DeliveryAddress.objects.select_for_update().get(pk=address.pk)
    for name, value in fields.items():
        setattr(address, name, value)
    _delivery_address_clean(address)
    address.save()
    return address


@transaction.atomic
def delivery_address_delete(*, address: DeliveryAddress) -> None:
    """Remove an address; if it was the default, the oldest remaining one takes over.

    Safe for orders: they keep a snapshot of the address, not a reference to it.
    Deleting an address that is already gone does nothing.
    """
    User.objects.select_for_update().get(pk=address.buyer_id)
    address = DeliveryAddress.objects.select_for_update().filter(pk=address.pk).first()
    if address is None:
        return
    was_default = address.is_default
    address.delete()
    if was_default:
        successor = (
            DeliveryAddress.objects.select_for_update()
            .filter(buyer_id=address.buyer_id)
            .order_by("created_at", "pk")
            .first()
        )
        if successor is not None:
            successor.is_default = True
            successor.save(update_fields=["is_default", "updated_at"])


@transaction.atomic
def delivery_address_set_default(*, address: DeliveryAddress) -> DeliveryAddress:
    """Make this address the buyer's default one; the previous default stays listed."""
    User.objects.select_for_update().get(pk=address.buyer_id)
    address = DeliveryAddress.objects.select_for_update().get(pk=address.pk)
    if not address.is_default:
        DeliveryAddress.objects.filter(buyer_id=address.buyer_id, is_default=True).update(
            is_default=False
        )
        address.is_default = True
        address.save(update_fields=["is_default", "updated_at"])
    return address
