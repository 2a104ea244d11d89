"""Staff edit the message rules and allowed link domains; a change takes effect at once.

Saving or deleting a rule bumps the rule set's version (signals.py), so every process
recompiles its rules on the next message (within engine.VERSION_TTL seconds; at once in
the process that saved). A pattern that cannot be compiled is refused by the form with
the reason.
"""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from .models import AllowedDomain, Rule


@admin.register(Rule)
class RuleAdmin(admin.ModelAdmin):
    list_display = ("pattern", "category", "language", "kind", "is_active", "updated_at")
    list_filter = ("category", "language", "kind", "is_active")
    list_editable = ("is_active",)
    search_fields = ("pattern", "note")
    readonly_fields = ("created_at", "updated_at")
    fields = ("category", "language", "kind", "pattern", "note", "is_active", *readonly_fields)
    actions = ("activate", "deactivate")

    @admin.action(description=_("Activate the selected rules"))
    def activate(self, request, queryset):
        for rule in queryset:  # one save each, so the rule set is recompiled
            rule.is_active = True
            rule.save(update_fields=["is_active", "updated_at"])

    @admin.action(description=_("Deactivate the selected rules"))
    def deactivate(self, request, queryset):
        for rule in queryset:
            rule.is_active = False
            rule.save(update_fields=["is_active", "updated_at"])


@admin.register(AllowedDomain)
class AllowedDomainAdmin(admin.ModelAdmin):
    list_display = ("domain", "kind", "note", "is_active")
    list_filter = ("kind", "is_active")
    search_fields = ("domain", "note")
    fields = ("domain", "kind", "note", "is_active", "created_at")
    readonly_fields = ("created_at",)
