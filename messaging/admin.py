"""Staff admin for threads, messages and attachments.

Conversations are the record of what buyers and sellers wrote, so staff read them here
and never edit them: every message enters through `messaging.services.message_submit`.
Message text is user input and is always shown escaped (no `mark_safe` on it).
"""

from django.contrib import admin
from django.db.models import QuerySet
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from .models import Attachment, Message, Thread


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
