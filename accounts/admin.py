"""Staff admin for accounts: users, sellers' e-mail addresses, delivery addresses, settings."""

from django import forms
from django.conf import settings
from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.utils.translation import gettext_lazy as _

from .models import CommunicationSettings, DeliveryAddress, SellerEmailAddress, TeamMember, User
from .services import masked_email_address


class SellerEmailAddressInline(admin.TabularInline):
    model = SellerEmailAddress
    fk_name = "seller"
    fields = ("email", "is_primary", "verified_at", "created_at", "removed_at")
    readonly_fields = ("created_at",)
    extra = 0


class DeliveryAddressInline(admin.StackedInline):
    model = DeliveryAddress
    fk_name = "buyer"
    fields = (
        ("first_name", "last_name"),
        ("street", "building_number", "apartment_number"),
        ("postcode", "city", "country"),
        "phone",
        "is_default",
        ("created_at", "updated_at"),
    )
    readonly_fields = ("created_at", "updated_at")
    extra = 0


class CommunicationSettingsInline(admin.StackedInline):
    model = CommunicationSettings
    fields = ("allina_enabled", "updated_at")
    readonly_fields = ("updated_at",)
    can_delete = False
    max_num = 1


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    fieldsets = (
        *DjangoUserAdmin.fieldsets,
        (
            _("Marketplace"),
            {
                "fields": (
                    "registration_marketplace",
                    "is_seller",
                    "language",
                    "sender_id",
                    "masked_email",
                )
            },
        ),
    )
    add_fieldsets = (
        *DjangoUserAdmin.add_fieldsets,
        (
            _("Marketplace"),
            {
                "classes": ("wide",),
                "fields": ("email", "registration_marketplace", "is_seller", "language"),
            },
        ),
    )
    readonly_fields = ("sender_id", "masked_email", "last_login", "date_joined")
    list_display = (
        "username",
        "email",
        "first_name",
        "last_name",
        "registration_marketplace",
        "is_seller",
        "is_staff",
        "date_joined",
    )
    list_filter = (
        "is_seller",
        "registration_marketplace",
        "is_staff",
        "is_superuser",
        "is_active",
        "groups",
    )
    search_fields = ("username", "email", "first_name", "last_name", "=sender_id")
    date_hierarchy = "date_joined"
    inlines = (SellerEmailAddressInline, DeliveryAddressInline, CommunicationSettingsInline)

    def get_inlines(self, request, obj):
        # The add page only creates the account; its addresses are added on the next page.
        return self.inlines if obj is not None else ()

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "language":
            return forms.ChoiceField(
                label=db_field.verbose_name,
                help_text=db_field.help_text,
                choices=[
                    ("", _("Language of the registration marketplace")),
                    *settings.LANGUAGES,
                ],
                required=False,
            )
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    @admin.display(description=_("masked e-mail address"))
    def masked_email(self, obj: User) -> str:
        if obj.pk is None:
            return ""
        return masked_email_address(account=obj)


@admin.register(SellerEmailAddress)
class SellerEmailAddressAdmin(admin.ModelAdmin):
    list_display = ("email", "seller", "is_primary", "verified", "active", "created_at")
    list_select_related = ("seller",)
    list_filter = (
        "is_primary",
        ("verified_at", admin.EmptyFieldListFilter),
        ("removed_at", admin.EmptyFieldListFilter),
    )
    search_fields = ("email", "seller__username", "seller__email")
    date_hierarchy = "created_at"
    autocomplete_fields = ("seller",)
    readonly_fields = ("created_at",)

    @admin.display(description=_("verified"), boolean=True, ordering="verified_at")
    def verified(self, obj: SellerEmailAddress) -> bool:
        return obj.is_verified

    @admin.display(description=_("active"), boolean=True, ordering="removed_at")
    def active(self, obj: SellerEmailAddress) -> bool:
        return obj.is_active


@admin.register(DeliveryAddress)
class DeliveryAddressAdmin(admin.ModelAdmin):
    list_display = ("__str__", "buyer", "postcode", "country", "phone", "is_default")
    list_select_related = ("buyer",)
    list_filter = ("country", "is_default")
    search_fields = (
        "buyer__username",
        "buyer__email",
        "last_name",
        "street",
        "city",
        "postcode",
        "phone",
    )
    autocomplete_fields = ("buyer",)
    readonly_fields = ("created_at", "updated_at")


@admin.register(CommunicationSettings)
class CommunicationSettingsAdmin(admin.ModelAdmin):
    list_display = ("user", "allina_enabled", "updated_at")
    list_select_related = ("user",)
    list_filter = ("allina_enabled",)
    search_fields = ("user__username", "user__email")
    autocomplete_fields = ("user",)

    def get_readonly_fields(self, request, obj=None):
        # The user is the primary key: changing it would make a new row, not move this one.
        if obj is not None:
            return ("user", "updated_at")
        return ("updated_at",)


@admin.register(TeamMember)
class TeamMemberAdmin(admin.ModelAdmin):
    """Staff see who works in which shop; invitations and access are the seller's
    (Team page), so the rows are read-only here."""

    list_display = ("name", "email", "seller", "member", "can_messages", "can_orders", "state")
    list_select_related = ("seller", "member")
    list_filter = (
        "can_messages",
        "can_orders",
        ("accepted_at", admin.EmptyFieldListFilter),
        ("deactivated_at", admin.EmptyFieldListFilter),
    )
    search_fields = ("name", "email", "seller__username", "member__username")
    date_hierarchy = "invited_at"
    readonly_fields = (
        "seller",
        "member",
        "name",
        "email",
        "can_messages",
        "can_orders",
        "invited_at",
        "accepted_at",
        "deactivated_at",
    )

    def has_add_permission(self, request) -> bool:
        return False

    @admin.display(description=_("state"))
    def state(self, obj: TeamMember) -> str:
        if obj.is_active:
            return _("Active")
        if obj.is_pending:
            return _("Invited, not joined yet")
        return _("Deactivated")
