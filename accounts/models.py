"""Accounts: users, sellers' e-mail addresses, buyers' delivery addresses, settings."""

import phonenumbers
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .identifiers import SENDER_ID_LENGTH, new_sender_id
from .marketplaces import Country, MarketplaceCode, marketplace_get
from .validators import phone_validator


class User(AbstractUser):
    """An account. One account can buy and sell; `is_seller` opens the seller panel."""

    registration_marketplace = models.CharField(
        _("registration marketplace"),
        max_length=2,
        choices=MarketplaceCode,
        default=MarketplaceCode.PL,
        help_text=_("Sets the default language and the masked e-mail domain."),
    )
    sender_id = models.CharField(
        _("fixed sender identifier"),
        max_length=SENDER_ID_LENGTH,
        unique=True,
        default=new_sender_id,
        editable=False,
        help_text=_("The first part of every masked address of this account."),
    )
    is_seller = models.BooleanField(_("seller"), default=False)
    is_team_member = models.BooleanField(
        _("team member"),
        default=False,
        editable=False,
        help_text=_("A login made from a seller's invitation: it works in that seller's panel."),
    )
    language = models.CharField(
        _("language"),
        max_length=5,
        blank=True,
        help_text=_("Empty: the language of the registration marketplace."),
    )

    class Meta(AbstractUser.Meta):
        swappable = "AUTH_USER_MODEL"
        constraints = [
            models.CheckConstraint(
                condition=models.Q(sender_id__regex=r"^[a-z0-9]{10}$"),
                name="user_sender_id_format",
            ),
        ]

    @property
    def display_name(self) -> str:
        return self.get_full_name() or self.username

    @property
    def ui_language(self) -> str:
        return self.language or marketplace_get(self.registration_marketplace).language

    @property
    def sides(self) -> tuple[str, ...]:
        """The sides of conversations and orders this account works on."""
        return ("buyer", "seller") if self.is_seller else ("buyer",)

    @property
    def person(self) -> "User":
        """Who is signed in: the account itself (a `SellerSeat` says otherwise)."""
        return self


class SellerSeat(User):
    """A seller's account as one of their team members works in it (accounts.team).

    Selectors and services take it wherever they take the seller: it *is* the seller's row
    (same primary key), so ownership checks, authorship and masked addresses are the
    shop's. It differs in what it may reach: only the seller's side of conversations and
    orders (the shop owner's own purchases stay private), and it knows the person behind it
    (`person`, `member`), for the audit trail, assignment and notes.
    """

    sides = ("seller",)

    class Meta:
        proxy = True
        verbose_name = _("seller seat")

    @property
    def person(self) -> User:
        return self._person

    @property
    def member(self) -> "TeamMember":
        return self._member


class SellerEmailAddress(models.Model):
    """An address in a seller's "My email addresses" list (SPEC §1, §4).

    Removing an address keeps the row (with `removed_at`), because mail in a conversation
    that used it must still be routed to the seller's primary address.
    """

    seller = models.ForeignKey(
        User, on_delete=models.CASCADE, related_name="email_addresses", verbose_name=_("seller")
    )
    email = models.EmailField(_("e-mail address"))
    is_primary = models.BooleanField(_("primary"), default=False)
    verified_at = models.DateTimeField(_("verified at"), null=True, blank=True)
    created_at = models.DateTimeField(_("added at"), default=timezone.now)
    removed_at = models.DateTimeField(_("removed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("seller e-mail address")
        verbose_name_plural = _("seller e-mail addresses")
        ordering = ["-is_primary", "created_at"]
        constraints = [
            models.UniqueConstraint(
                "seller",
                Lower("email"),
                condition=models.Q(removed_at__isnull=True),
                name="seller_email_unique_active",
            ),
            models.UniqueConstraint(
                fields=["seller"],
                condition=models.Q(is_primary=True),
                name="seller_email_one_primary",
            ),
            models.CheckConstraint(
                condition=models.Q(is_primary=False) | models.Q(removed_at__isnull=True),
                name="seller_email_primary_not_removed",
            ),
        ]
        indexes = [models.Index(Lower("email"), name="seller_email_lower_idx")]

    def __str__(self) -> str:
        return self.email

    @property
    def is_verified(self) -> bool:
        return self.verified_at is not None

    @property
    def is_active(self) -> bool:
        return self.removed_at is None


class DeliveryAddress(models.Model):
    """One of a buyer's delivery addresses (account details). Orders keep a snapshot."""

    buyer = models.ForeignKey(
        User,
        on_delete=models.CASCADE,
        related_name="delivery_addresses",
        verbose_name=_("buyer"),
    )
    first_name = models.CharField(_("first name"), max_length=100)
    last_name = models.CharField(_("last name"), max_length=100)
    street = models.CharField(_("street"), max_length=200)
    building_number = models.CharField(_("building number"), max_length=20)
    apartment_number = models.CharField(_("apartment number"), max_length=20, blank=True)
    postcode = models.CharField(_("postcode"), max_length=10)
    city = models.CharField(_("city"), max_length=100)
    country = models.CharField(_("country"), max_length=2, choices=Country)
    phone = models.CharField(
        _("phone"), max_length=16, validators=[phone_validator], help_text=_("With country code.")
    )
    is_default = models.BooleanField(_("default"), default=False)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("delivery address")
        verbose_name_plural = _("delivery addresses")
        ordering = ["-is_default", "created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["buyer"],
                condition=models.Q(is_default=True),
                name="delivery_address_one_default",
            ),
            models.CheckConstraint(
                condition=models.Q(phone__startswith="+"), name="delivery_address_phone_intl"
            ),
        ]

    def __str__(self) -> str:
        street = f"{self.street} {self.building_number}"
        return f"{self.first_name} {self.last_name}, {street}, {self.city}"

    @property
    def phone_display(self) -> str:
        """The stored E.164 number spaced for reading: '+48 601 234 567'."""
        try:
            number = phonenumbers.parse(self.phone, None)
        except phonenumbers.NumberParseException:
            return self.phone
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)

    def snapshot(self) -> dict[str, str]:
        """The address as an order keeps it: plain values, untouched by later edits."""
        return {field: getattr(self, field) for field in ADDRESS_SNAPSHOT_FIELDS}


ADDRESS_SNAPSHOT_FIELDS = (
    "first_name",
    "last_name",
    "street",
    "building_number",
    "apartment_number",
    "postcode",
    "city",
    "country",
    "phone",
)


class CommunicationSettings(models.Model):
    """A seller's Communication settings (SPEC §5): Allina on by default."""

    user = models.OneToOneField(
        User,
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="communication_settings",
        verbose_name=_("user"),
    )
    allina_enabled = models.BooleanField(_("Allina answers buyers' questions"), default=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("communication settings")
        verbose_name_plural = _("communication settings")

    def __str__(self) -> str:
        return str(self.user)


class TeamPermission(models.TextChoices):
    MESSAGES = "messages", _("Message Center: read and answer conversations")
    ORDERS = "orders", _("Orders: see orders and add shipments")


class TeamMember(models.Model):
    """A person who works in a seller's panel with their own login (SPEC: a shop with
    several people answering). One row from the invitation on: `member` is empty until the
    invitation is accepted; a deactivated member keeps the row (their notes and replies
    stay attributed) and their login is switched off.
    """

    seller = models.ForeignKey(
        User, on_delete=models.CASCADE, related_name="team", verbose_name=_("seller")
    )
    member = models.OneToOneField(
        User,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="team_membership",
        verbose_name=_("login"),
    )
    name = models.CharField(_("name"), max_length=150)
    email = models.EmailField(_("e-mail address"))
    can_messages = models.BooleanField(
        _("Message Center"), default=True, help_text=TeamPermission.MESSAGES.label
    )
    can_orders = models.BooleanField(
        _("Orders"), default=False, help_text=TeamPermission.ORDERS.label
    )
    token_hash = models.CharField(max_length=64, blank=True, editable=False)
    invited_at = models.DateTimeField(_("invited at"), default=timezone.now)
    accepted_at = models.DateTimeField(_("joined at"), null=True, blank=True)
    deactivated_at = models.DateTimeField(_("deactivated at"), null=True, blank=True)

    class Meta:
        verbose_name = _("team member")
        verbose_name_plural = _("team members")
        ordering = ["name", "pk"]
        constraints = [
            models.UniqueConstraint(
                "seller",
                Lower("email"),
                condition=models.Q(deactivated_at__isnull=True),
                name="team_member_email_unique_active",
            ),
        ]
        indexes = [models.Index(fields=["token_hash"], name="team_member_token_idx")]

    def __str__(self) -> str:
        return self.name

    @property
    def is_active(self) -> bool:
        return self.accepted_at is not None and self.deactivated_at is None

    @property
    def is_pending(self) -> bool:
        return self.accepted_at is None and self.deactivated_at is None

    def can(self, permission: str) -> bool:
        return self.is_active and bool(getattr(self, f"can_{permission}"))
