"""Staff review reports of bad translations and can see every translation's state."""

from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from . import services
from .models import MessageTranslation, TranslationCache, TranslationReport


class ReportInline(admin.TabularInline):
    model = TranslationReport
    extra = 0
    can_delete = False
    fields = ["reporter", "comment", "created_at", "reviewed_at", "reviewed_by"]
    readonly_fields = fields


@admin.register(MessageTranslation)
class MessageTranslationAdmin(admin.ModelAdmin):
    list_display = [
        "message_id",
        "source_language",
        "target_language",
        "status",
        "engine",
        "attempts",
        "created_at",
    ]
    list_filter = ["status", "engine", "source_language", "target_language"]
    search_fields = ["message__id", "text"]
    list_select_related = ["message"]
    raw_id_fields = ["message", "recipient"]
    readonly_fields = [
        "message",
        "recipient",
        "original_text",
        "source_language",
        "source_confidence",
        "target_language",
        "status",
        "text",
        "engine",
        "attempts",
        "error",
        "created_at",
        "updated_at",
        "translated_at",
    ]
    fields = readonly_fields
    inlines = [ReportInline]

    @admin.display(description=_("original"))
    def original_text(self, obj):
        return obj.message.text

    def has_add_permission(self, request):
        return False


@admin.register(TranslationReport)
class TranslationReportAdmin(admin.ModelAdmin):
    list_display = [
        "translation_summary",
        "reporter",
        "comment",
        "created_at",
        "reviewed_at",
    ]
    list_filter = [("reviewed_at", admin.EmptyFieldListFilter), "translation__engine"]
    list_select_related = ["translation", "reporter"]
    readonly_fields = [
        "translation",
        "original_text",
        "translated_text",
        "reporter",
        "comment",
        "created_at",
        "reviewed_at",
        "reviewed_by",
    ]
    fields = readonly_fields
    actions = ["mark_reviewed", "forget_cached_translation"]

    @admin.display(description=_("translation"))
    def translation_summary(self, obj):
        t = obj.translation
        return f"#{t.message_id} {t.source_language}→{t.target_language} ({t.engine})"

    @admin.display(description=_("original"))
    def original_text(self, obj):
        return obj.translation.message.text

    @admin.display(description=_("translation"))
    def translated_text(self, obj):
        return obj.translation.text

    def has_add_permission(self, request):
        return False

    @admin.action(description=_("Mark the selected reports reviewed"))
    def mark_reviewed(self, request, queryset):
        count = services.translation_reports_review(reports=queryset, staff=request.user)
        self.message_user(
            request,
            ngettext(
                "%(count)d report marked reviewed.", "%(count)d reports marked reviewed.", count
            )
            % {"count": count},
            messages.SUCCESS,
        )

    @admin.action(description=_("Forget the cached translation (the next one is made afresh)"))
    def forget_cached_translation(self, request, queryset):
        count = sum(
            services.translation_cache_forget(translation=report.translation)
            for report in queryset.select_related("translation__message")
        )
        self.message_user(
            request,
            ngettext(
                "%(count)d cached translation forgotten.",
                "%(count)d cached translations forgotten.",
                count,
            )
            % {"count": count},
            messages.SUCCESS,
        )


@admin.register(TranslationCache)
class TranslationCacheAdmin(admin.ModelAdmin):
    list_display = ["text_hash", "source_language", "target_language", "engine", "hits"]
    list_filter = ["engine", "source_language", "target_language"]
    readonly_fields = [
        "text_hash",
        "source_language",
        "target_language",
        "engine",
        "text",
        "hits",
        "created_at",
    ]

    def has_add_permission(self, request):
        return False
