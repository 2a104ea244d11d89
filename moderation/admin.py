"""The staff queue of reports on buyers' details.

Reports come from sellers (the order page), so staff cannot add them here. Staff close an
open report either from the list (actions) or on its page (an outcome and a note for the
seller); both go through `moderation.services`, never a plain `save()`.
"""

from django import forms
from django.contrib import admin, messages
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from marketplace.exceptions import DomainError

from . import services
from .models import BuyerDetailsReason, BuyerDetailsReport, ReportStatus


class ReasonFilter(admin.SimpleListFilter):
    title = _("reason")
    parameter_name = "reason"

    def lookups(self, request, model_admin):
        return BuyerDetailsReason.choices

    def queryset(self, request, queryset):
        if self.value() in BuyerDetailsReason.values:
            return queryset.filter(**{self.value(): True})
        return queryset


class ReportReviewForm(forms.ModelForm):
    outcome = forms.ChoiceField(
        label=_("Outcome"),
        choices=[
            (ReportStatus.RESOLVED, _("Resolved: the buyer's details were dealt with")),
            (ReportStatus.REJECTED, _("Rejected: the buyer's details are fine")),
        ],
        widget=forms.RadioSelect,
    )

    class Meta:
        model = BuyerDetailsReport
        fields = ("staff_note",)


@admin.register(BuyerDetailsReport)
class BuyerDetailsReportAdmin(admin.ModelAdmin):
    list_display = (
        "created_at",
        "order_number",
        "reporter",
        "buyer",
        "reasons_display",
        "status",
        "resolved_by",
        "resolved_at",
    )
    list_select_related = ("order__buyer", "reporter", "resolved_by")
    list_filter = ("status", ReasonFilter, "order__marketplace")
    search_fields = (
        "=order__transaction_id",
        "reporter__username",
        "order__buyer__username",
    )
    date_hierarchy = "created_at"
    ordering = ("-created_at", "-id")
    show_full_result_count = False
    actions = ("resolve_selected", "reject_selected")
    form = ReportReviewForm
    review_fields = ("outcome", "staff_note")
    record_fields = (
        "order_link",
        "reporter",
        "buyer",
        "reasons_display",
        "comment",
        "status",
        "created_at",
        "resolved_by",
        "resolved_at",
    )

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("order__buyer", "reporter")

    def has_change_permission(self, request, obj=None):
        # A closed report is a record: staff see it, nobody edits it.
        if obj is not None and obj.status != ReportStatus.OPEN:
            return False
        return super().has_change_permission(request, obj)

    def get_fields(self, request, obj=None):
        if obj is not None and obj.status == ReportStatus.OPEN:
            return self.record_fields + self.review_fields
        return (*self.record_fields, "staff_note")

    def get_readonly_fields(self, request, obj=None):
        return self.record_fields

    def save_model(self, request, obj, form, change):
        try:
            services.buyer_details_report_resolve(
                report=obj,
                staff=request.user,
                outcome=form.cleaned_data["outcome"],
                note=form.cleaned_data.get("staff_note", ""),
            )
        except DomainError as error:
            self.message_user(request, error.message, messages.ERROR)

    @admin.display(description=_("order"), ordering="order__transaction_id")
    def order_number(self, obj: BuyerDetailsReport) -> str:
        return obj.order.transaction_id

    @admin.display(description=_("order"))
    def order_link(self, obj: BuyerDetailsReport):
        url = reverse("admin:orders_order_change", args=[obj.order_id])
        return format_html('<a href="{}">{}</a>', url, obj.order.transaction_id)

    @admin.display(description=_("buyer"), ordering="order__buyer__username")
    def buyer(self, obj: BuyerDetailsReport):
        return obj.order.buyer

    @admin.display(description=_("reasons"))
    def reasons_display(self, obj: BuyerDetailsReport) -> str:
        return "; ".join(str(label) for label in obj.reason_labels)

    def _close_selected(self, request, queryset, outcome: str) -> None:
        closed = skipped = 0
        for report in queryset.filter(status=ReportStatus.OPEN):
            try:
                services.buyer_details_report_resolve(
                    report=report, staff=request.user, outcome=outcome
                )
                closed += 1
            except DomainError:
                skipped += 1
        skipped += queryset.exclude(status=ReportStatus.OPEN).count()
        if closed:
            self.message_user(
                request,
                ngettext("%(count)d report closed.", "%(count)d reports closed.", closed)
                % {"count": closed},
                messages.SUCCESS,
            )
        if skipped:
            self.message_user(
                request,
                ngettext(
                    "%(count)d report was already closed and was left as it was.",
                    "%(count)d reports were already closed and were left as they were.",
                    skipped,
                )
                % {"count": skipped},
                messages.WARNING,
            )

    @admin.action(description=_("Resolve selected reports"), permissions=["change"])
    def resolve_selected(self, request, queryset):
        self._close_selected(request, queryset, ReportStatus.RESOLVED)

    @admin.action(description=_("Reject selected reports"), permissions=["change"])
    def reject_selected(self, request, queryset):
        self._close_selected(request, queryset, ReportStatus.REJECTED)
