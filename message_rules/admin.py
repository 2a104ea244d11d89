"""Staff edit the message rules and allowed link domains; a change takes effect at once.

Saving or deleting a rule bumps the rule set's version (signals.py), so every process
recompiles its rules on the next message (within engine.VERSION_TTL seconds; at once in
the process that saved). A pattern that cannot be compiled is refused by the form with
the reason.

Below the pattern the form shows how it reads (message_rules/pattern_preview.py): its
pieces, groups and gaps in plain words, and warnings for the usual traps. "Try it" checks
a pasted sample message against the rule as typed, without saving it: the form is bound
and validated as for a save, then shown again.
"""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from . import engine, pattern_preview
from .models import AllowedDomain, Rule

TRY = "_try"  # the name of the "Try it" submit button


class RuleAdminForm(forms.ModelForm):
    sample = forms.CharField(
        label=_("Sample message"),
        required=False,
        max_length=5000,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 4, "cols": 60}),
        help_text=_(
            "Paste a message and press “Try it”: you see whether this rule, as typed above, "
            "matches it and where. Nothing is saved."
        ),
    )

    class Meta:
        model = Rule
        fields = ("category", "language", "kind", "pattern", "note", "is_active")

    @property
    def trying(self) -> bool:
        return self.is_bound and TRY in self.data

    def is_valid(self) -> bool:
        # "Try it" validates the form as a save would, and then is never saved: the admin
        # shows a form that is not valid again, with its data (and no errors if it had none).
        return super().is_valid() and not self.trying

    def _value(self, name: str) -> str:
        if self.is_bound:
            return self.data.get(name) or ""
        value = self.initial.get(name, getattr(self.instance, name, ""))
        return value or ""

    @cached_property
    def reading(self) -> pattern_preview.Reading | None:
        """How the pattern as typed (or as stored, before any edit) reads."""
        pattern = self._value("pattern")
        if not pattern.strip():
            return None
        return pattern_preview.read_pattern(kind=self._value("kind"), pattern=pattern)

    @property
    def stored_rule_skipped(self) -> bool:
        """A stored rule the engine cannot compile: it is skipped, and finds nothing."""
        return (
            not self.is_bound
            and self.instance.pk is not None
            and self.reading is not None
            and bool(self.reading.errors)
        )

    @cached_property
    def trial(self) -> pattern_preview.Trial | None:
        """The sample tried against the pattern as typed (None: nothing to try)."""
        if not self.is_bound or self.reading is None or self.reading.errors:
            return None
        sample = self.cleaned_data.get("sample") if hasattr(self, "cleaned_data") else None
        if not sample or not sample.strip():
            return None
        return pattern_preview.try_pattern(
            kind=self._value("kind"),
            pattern=self._value("pattern"),
            text=sample,
            category=self._value("category"),
        )

    def clean(self):
        cleaned_data = super().clean()
        if self.reading is not None and "pattern" not in self.errors:
            for problem in self.reading.errors:
                if not problem.engine_says:  # Rule.clean() says that one
                    self.add_error("pattern", ValidationError(problem.message, code="reading"))
        return cleaned_data

    def _post_clean(self) -> None:
        super()._post_clean()
        # Rule.clean() repeats the engine's refusal in the engine's words (and, once the
        # pattern has an error, about the pattern as stored): the reading's explanation is
        # enough.
        errors = self._errors.get("pattern") if self._errors else None
        if errors and any(error.code == "reading" for error in errors.as_data()):
            errors.data[:] = [error for error in errors.as_data() if error.code == "reading"]


class RuleListForm(forms.ModelForm):
    """A row of the rule list: its "active" box (list_editable) is named after the rule,
    as the column's heading does not label it for a screen reader."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "is_active" in self.fields:
            self.fields["is_active"].widget.attrs["aria-label"] = _("Active: %(pattern)s") % {
                "pattern": self.instance.pattern
            }


@admin.register(Rule)
class RuleAdmin(admin.ModelAdmin):
    form = RuleAdminForm
    change_form_template = "admin/message_rules/rule/change_form.html"
    list_display = ("pattern", "category", "language", "kind", "is_active", "updated_at")
    list_filter = ("category", "language", "kind", "is_active")
    list_editable = ("is_active",)
    search_fields = ("pattern", "note")
    readonly_fields = ("created_at", "updated_at")
    fieldsets = (
        (None, {"fields": ("category", "language", "kind", "pattern")}),
        (None, {"fields": ("note", "is_active", *readonly_fields)}),
        (_("Try it"), {"fields": ("sample",)}),
    )
    actions = ("activate", "deactivate")

    def get_changelist_form(self, request, **kwargs):
        return super().get_changelist_form(request, **{"form": RuleListForm, **kwargs})

    def changelist_view(self, request, extra_context=None):
        # A rule stored past the form (a migration, a bulk update) that the engine cannot
        # compile is skipped without a word; the list says so, from the engine in use.
        skipped = [error for error in engine.get_engine().errors if error.startswith("#")]
        if skipped and request.method == "GET":
            self.message_user(
                request,
                ngettext(
                    "%(count)d active rule cannot be compiled, and the engine skips it: "
                    "%(rules)s. Open it to see why.",
                    "%(count)d active rules cannot be compiled, and the engine skips them: "
                    "%(rules)s. Open them to see why.",
                    len(skipped),
                )
                % {"count": len(skipped), "rules": "; ".join(skipped[:5])},
                level=messages.WARNING,
            )
        return super().changelist_view(request, extra_context)

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
