"""Staff admin for threads, messages and attachments.

Conversations are the record of what buyers and sellers wrote, so staff read them here
and never edit them: every message enters through `messaging.services.message_submit`.
Message text is user input and is always shown escaped (no `mark_safe` on it).
"""

import re

from django import forms
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db.models import QuerySet
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from .models import Attachment, Message, RelayAllowlistEntry, Thread


class ReadOnlyMixin:
    """View-only: the admin shows these records but cannot add or change them."""

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class ThreadSubjectFilter(admin.SimpleListFilter):
    title = _("subject")
    parameter_name = "subject"

    def lookups(self, request, model_admin):
        return [("order", _("About an order")), ("offer", _("About an offer"))]

    def queryset(self, request, queryset: QuerySet) -> QuerySet:
        if self.value() == "order":
            return queryset.filter(order__isnull=False)
        if self.value() == "offer":
            return queryset.filter(offer__isnull=False)
        return queryset


class MessageInline(ReadOnlyMixin, admin.TabularInline):
    model = Message
    fields = ("created_at", "author", "text", "channel", "state")
    readonly_fields = fields
    ordering = ("created_at", "id")  # newest last, as the conversation reads
    show_change_link = True
    can_delete = False
    extra = 0

    def has_delete_permission(self, request, obj=None):
        return False

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("author")


@admin.register(Thread)
class ThreadAdmin(ReadOnlyMixin, admin.ModelAdmin):
    list_display = ("id", "buyer", "seller", "subject", "created_at", "last_message_at")
    list_display_links = ("id",)
    list_select_related = ("buyer", "seller", "order", "offer")
    list_filter = (ThreadSubjectFilter,)
    search_fields = (
        "buyer__username",
        "seller__username",
        "=order__transaction_id",
    )
    date_hierarchy = "last_message_at"
    show_full_result_count = False
    fields = ("buyer", "seller", "order", "offer", "created_at", "last_message_at")
    readonly_fields = fields
    inlines = (MessageInline,)

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("buyer", "seller", "order", "offer")

    @admin.display(description=_("subject"))
    def subject(self, obj: Thread) -> str:
        if obj.order_id is not None:
            return _("Order %(transaction_id)s") % {"transaction_id": obj.order.transaction_id}
        return _("Offer: %(title)s") % {"title": obj.offer.title}


class AttachmentInline(ReadOnlyMixin, admin.TabularInline):
    model = Attachment
    fields = ("original_name", "file", "content_type", "size", "created_at")
    readonly_fields = fields
    can_delete = False
    extra = 0

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Message)
class MessageAdmin(ReadOnlyMixin, admin.ModelAdmin):
    list_display = ("short_text", "author", "thread", "channel", "state", "created_at")
    list_select_related = ("author", "thread__buyer", "thread__seller")
    list_filter = ("state", "channel")
    search_fields = ("text",)
    date_hierarchy = "created_at"
    show_full_result_count = False
    fields = (
        "thread",
        "author",
        "text",
        "channel",
        "state",
        "created_at",
        "buyer_read_at",
        "seller_read_at",
    )
    readonly_fields = fields
    inlines = (AttachmentInline,)

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related("author", "thread__buyer", "thread__seller")
        )

    @admin.display(description=_("text"), ordering="text")
    def short_text(self, obj: Message) -> str:
        # A plain string: the admin escapes it.
        return Truncator(obj.text).chars(80)


@admin.register(Attachment)
class AttachmentAdmin(ReadOnlyMixin, admin.ModelAdmin):
    list_display = ("original_name", "message", "content_type", "size", "created_at")
    list_select_related = ("message__author",)
    search_fields = ("original_name",)
    date_hierarchy = "created_at"
    fields = ("message", "original_name", "file", "content_type", "size", "created_at")
    readonly_fields = fields

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("message__author")


_DOMAIN_LABEL = r"(?!-)[a-z0-9-]{1,63}(?<!-)"
_DOMAIN_RE = re.compile(rf"^{_DOMAIN_LABEL}(\.{_DOMAIN_LABEL})+$", re.IGNORECASE)


class RelayAllowlistEntryForm(forms.ModelForm):
    """One of three shapes: `@domain`, `name@domain` or `domain` (see the model)."""

    class Meta:
        model = RelayAllowlistEntry
        fields = ("pattern", "note", "is_active")

    def clean_pattern(self) -> str:
        pattern = self.cleaned_data["pattern"].strip()
        if pattern.startswith("@"):
            valid = bool(_DOMAIN_RE.match(pattern[1:]))
        elif "@" in pattern:
            try:
                validate_email(pattern)
                valid = True
            except ValidationError:
                valid = False
        else:
            valid = bool(_DOMAIN_RE.match(pattern))
        if not valid:
            raise ValidationError(
                _("Enter @domain (every address at exactly that domain), name@domain or domain."),
                code="invalid",
            )
        return pattern


@admin.register(RelayAllowlistEntry)
class RelayAllowlistEntryAdmin(admin.ModelAdmin):
    """Couriers, payment operators and sales tools whose mail reaches buyers (SPEC §4).

    Matching is exact: `@inpost.pl` does not cover `mail.inpost.pl`; list subdomains
    separately. Deactivate an entry rather than deleting it, so the change is visible.
    """

    form = RelayAllowlistEntryForm
    list_display = ("pattern", "note", "is_active", "created_at")
    list_filter = ("is_active",)
    search_fields = ("pattern", "note")
    list_editable = ("is_active",)
    fields = ("pattern", "note", "is_active", "created_at")
    readonly_fields = ("created_at",)
    actions = ("deactivate",)

    @admin.action(description=_("Deactivate the selected entries"))
    def deactivate(self, request, queryset: QuerySet) -> None:
        updated = queryset.update(is_active=False)
        self.message_user(request, _("%(count)d entries deactivated.") % {"count": updated})
