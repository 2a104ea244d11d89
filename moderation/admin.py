"""Staff review in Django admin: the review queue, buyer details reports, decisions.

The review queue (`ModerationCase`) lists every report of a message, every report of
buyer details and every message the message rules blocked, with one status and one
decision each. Reports come from users, so staff cannot add them here; staff decide an
entry on its page (an action, a sanction, a note for the reporter) or from the list
(actions); both go through `moderation.services.case_decide`, never a plain `save()`.
The buyer details reports keep their own list too (the record the Orders tab shows).
"""

from datetime import timedelta

from django import forms
from django.contrib import admin, messages
from django.http import Http404, HttpResponseRedirect
from django.template.defaultfilters import linebreaks_filter
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from accounts.admin_mixins import ReadOnlyMixin
from core.exceptions import DomainError
from message_rules.models import MessageCheck
from message_rules.threads import reason_text, signal_label
from messaging.models import MessageState
from messaging.services import thread_subject

from . import selectors, services
from .models import (
    QUEUE_CATEGORIES,
    BuyerDetailsReason,
    BuyerDetailsReport,
    CaseKind,
    CaseStatus,
    DecisionAction,
    MessagingSuspension,
    ModerationCase,
    ModerationDecision,
    ReportStatus,
    Sanction,
)


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


# --- the review queue ----------------------------------------------------------------------


class CategoryFilter(admin.SimpleListFilter):
    title = _("category")
    parameter_name = "category"

    def lookups(self, request, model_admin):
        return QUEUE_CATEGORIES

    def queryset(self, request, queryset):
        if self.value() in dict(QUEUE_CATEGORIES):
            # categories is a JSON list of slugs: the quoted slug matches exactly one item.
            return queryset.filter(categories__icontains=f'"{self.value()}"')
        return queryset


class AgeFilter(admin.SimpleListFilter):
    title = _("age")
    parameter_name = "age"
    BOUNDS = {
        "day": (None, 1),
        "3days": (1, 3),
        "week": (3, 7),
        "older": (7, None),
    }

    def lookups(self, request, model_admin):
        return [
            ("day", _("Less than a day")),
            ("3days", _("1 to 3 days")),
            ("week", _("3 to 7 days")),
            ("older", _("More than a week")),
        ]

    def queryset(self, request, queryset):
        if self.value() not in self.BOUNDS:
            return queryset
        now = timezone.now()
        newest, oldest = self.BOUNDS[self.value()]
        if newest is not None:
            queryset = queryset.filter(created_at__lte=now - timedelta(days=newest))
        if oldest is not None:
            queryset = queryset.filter(created_at__gt=now - timedelta(days=oldest))
        return queryset


class CaseDecisionForm(forms.ModelForm):
    action = forms.ChoiceField(label=_("Your decision"), widget=forms.RadioSelect)
    sanction = forms.ChoiceField(
        label=_("Sender"),
        choices=Sanction.choices,
        required=False,
        widget=forms.RadioSelect,
        help_text=_("Upholding a report warns or suspends the sender."),
    )
    suspension_days = forms.IntegerField(
        label=_("Suspension (days)"),
        min_value=1,
        max_value=services.MAX_SUSPENSION_DAYS,
        initial=services.DEFAULT_SUSPENSION_DAYS,
    )
    note = forms.CharField(
        label=_("Note for the reporter"),
        required=False,
        max_length=services.COMMENT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Shown to the reporter together with the outcome."),
    )

    class Meta:
        model = ModerationCase
        fields = ()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            allowed = services.ALLOWED_ACTIONS[self.instance.kind]
            self.fields["action"].choices = [
                (value, label) for value, label in DecisionAction.choices if value in allowed
            ]

    # A refusal is shown at the choice it is about (case_decision_check's codes).
    ERROR_FIELDS = {"action": "action", "sanction": "sanction", "sanction_required": "sanction"}

    def clean(self):
        cleaned = super().clean()
        action, sanction = cleaned.get("action"), cleaned.get("sanction") or ""
        if action:
            try:
                services.case_decision_check(case=self.instance, action=action, sanction=sanction)
            except DomainError as error:
                self.add_error(
                    self.ERROR_FIELDS.get(error.code),
                    forms.ValidationError(error.message, code=error.code),
                )
        return cleaned

    def full_clean(self) -> None:
        super().full_clean()
        # The admin puts a group of radio buttons in a <fieldset> that names only its help
        # text, and Django then names neither on the buttons: each names the group's error
        # (and help) itself, so a screen reader reads the error with the choice.
        for name in self.errors:
            field = self.fields.get(name)
            if field is not None and isinstance(field.widget, forms.RadioSelect):
                bound = self[name]
                described_by = [f"{bound.auto_id}_error"]
                if bound.help_text:
                    described_by.append(f"{bound.auto_id}_helptext")
                field.widget.attrs["aria-describedby"] = " ".join(described_by)


class StaffNoticeForm(forms.Form):
    text = forms.CharField(
        label=_("Notice"),
        max_length=services.COMMENT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_(
            "Both the buyer and the seller see it in this conversation, marked as a notice "
            "from staff. It is checked by the message rules like any message."
        ),
    )


def _when(value) -> str:
    return date_format(timezone.localtime(value), "SHORT_DATETIME_FORMAT")


def _message_admin_link(message) -> str:
    url = reverse("admin:messaging_message_change", args=[message.pk])
    return format_html('<a href="{}">#{}</a>', url, message.pk)


@admin.register(ModerationCase)
class ModerationCaseAdmin(admin.ModelAdmin):
    list_display = (
        "created_at",
        "kind",
        "summary",
        "thumbnails",
        "sender",
        "reporter",
        "categories_display",
        "marketplace",
        "status",
    )
    list_select_related = (
        "message__author",
        "message_report__reporter",
        "buyer_details_report__order",
        "buyer_details_report__reporter",
    )
    list_filter = ("status", "kind", CategoryFilter, "marketplace", AgeFilter)
    search_fields = (
        "=message_report__sender_login",
        "=message__author__username",
        "=message_report__reporter__username",
        "=buyer_details_report__order__transaction_id",
    )
    ordering = ("-created_at", "-id")
    show_full_result_count = False
    form = CaseDecisionForm
    actions = ("dismiss_selected", "release_selected", "uphold_warn_selected")
    record_fields = (
        "kind",
        "status",
        "created_at",
        "marketplace",
        "categories_display",
        "message_display",
        "thread_score_display",
        "conversation_display",
        "sender_history_display",
        "report_display",
        "screenshots_display",
        "findings_display",
        "buyer_details_display",
        "notice_display",
        "decision_display",
    )
    decision_fields = ("action", "sanction", "suspension_days", "note")

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        # A decided entry is a record: staff see it, nobody changes it.
        if obj is not None and obj.status != CaseStatus.OPEN:
            return False
        return super().has_change_permission(request, obj)

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related(*self.list_select_related)
            .prefetch_related("message_report__screenshots")
        )

    def get_urls(self):
        notice = self.admin_site.admin_view(self.notice_view)
        return [
            path("<int:case_id>/notice/", notice, name="moderation_moderationcase_notice"),
            *super().get_urls(),
        ]

    def notice_view(self, request, case_id: int):
        """Staff write a notice into the reported conversation (services.staff_notice_post):
        both parties see it in the thread; the message rules apply to it like to any
        message, and a blocked notice is shown back with the reason, the text kept."""
        case = (
            ModerationCase.objects.select_related(
                "message__thread__buyer", "message__thread__seller", "message__thread__order"
            )
            .filter(pk=case_id)
            .first()
        )
        if case is None or case.message_id is None or not self.has_view_permission(request, case):
            raise Http404
        thread = case.message.thread
        form = StaffNoticeForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            try:
                notice = services.staff_notice_post(
                    staff=request.user, thread=thread, text=form.cleaned_data["text"]
                )
            except DomainError as error:
                form.add_error(None, error.message)
            else:
                if notice.state == MessageState.DELIVERED:
                    self.message_user(
                        request, _("The notice is in the conversation."), messages.SUCCESS
                    )
                    return HttpResponseRedirect(
                        reverse("admin:moderation_moderationcase_change", args=[case.pk])
                    )
                for line in notice.stop_reason.splitlines() or [_("The notice was stopped.")]:
                    form.add_error(None, line)
        context = {
            **self.admin_site.each_context(request),
            "title": _("Write a notice into the conversation"),
            "case": case,
            "thread": thread,
            "subject": thread_subject(thread),
            "form": form,
            "opts": self.model._meta,
        }
        status = 422 if request.method == "POST" else 200
        return TemplateResponse(
            request, "admin/moderation/staff_notice.html", context, status=status
        )

    def changelist_view(self, request, extra_context=None):
        # Messages the rules blocked since the queue was last opened join it now.
        services.blocked_messages_enqueue()
        return super().changelist_view(request, extra_context)

    def get_fields(self, request, obj=None):
        if obj is not None and obj.status == CaseStatus.OPEN:
            undecided = tuple(f for f in self.record_fields if f != "decision_display")
            return undecided + self.decision_fields
        return self.record_fields

    def get_readonly_fields(self, request, obj=None):
        return self.record_fields

    def save_model(self, request, obj, form, change):
        try:
            services.case_decide(
                case=obj,
                staff=request.user,
                action=form.cleaned_data["action"],
                sanction=form.cleaned_data.get("sanction") or "",
                suspension_days=form.cleaned_data.get("suspension_days")
                or services.DEFAULT_SUSPENSION_DAYS,
                note=form.cleaned_data.get("note", ""),
            )
        except DomainError as error:
            request._moderation_refused = True
            self.message_user(request, error.message, messages.ERROR)

    def response_change(self, request, obj):
        if getattr(request, "_moderation_refused", False):
            return HttpResponseRedirect(request.path)
        return super().response_change(request, obj)

    # --- columns and record fields ---

    @admin.display(description=_("about"))
    def summary(self, obj: ModerationCase) -> str:
        if obj.kind == CaseKind.BUYER_DETAILS_REPORT:
            return obj.buyer_details_report.order.transaction_id
        text = obj.message_report.message_text if obj.message_report_id else obj.message.text
        return text[:80] + ("…" if len(text) > 80 else "")

    @admin.display(description=_("sender"))
    def sender(self, obj: ModerationCase) -> str:
        if obj.message_report_id:
            return obj.message_report.sender_login or obj.message_report.sender_address
        if obj.message_id:
            message = obj.message
            return message.author.username if message.author_id else message.sender_address
        return "—"

    @admin.display(description=_("reported by"))
    def reporter(self, obj: ModerationCase) -> str:
        if obj.message_report_id:
            return obj.message_report.reporter.username
        if obj.buyer_details_report_id:
            return obj.buyer_details_report.reporter.username
        return _("message rules")

    @admin.display(description=_("categories"))
    def categories_display(self, obj: ModerationCase) -> str:
        labels = dict(QUEUE_CATEGORIES)
        return ", ".join(str(labels.get(value, value)) for value in obj.categories) or "—"

    def _screenshots(self, obj: ModerationCase, size: int):
        if not obj.message_report_id:
            return "—"
        rows = []
        for shot in obj.message_report.screenshots.all():
            # Scaled with width/height attributes: the admin's CSP allows no inline styles.
            scale = min(size / shot.width, size / shot.height, 1)
            rows.append(
                (
                    reverse("moderation:screenshot_file", args=[shot.pk]),
                    shot.original_name or f"#{shot.pk}",
                    max(1, round(shot.width * scale)),
                    max(1, round(shot.height * scale)),
                )
            )
        return format_html_join(
            " ",
            '<a href="{0}" title="{1}"><img class="report-screenshot" src="{0}" alt="{1}" '
            'width="{2}" height="{3}" loading="lazy"></a>',
            rows,
        )

    @admin.display(description=_("screenshots"))
    def thumbnails(self, obj: ModerationCase):
        return self._screenshots(obj, 64)

    @admin.display(description=_("screenshots"))
    def screenshots_display(self, obj: ModerationCase):
        return self._screenshots(obj, 320)

    @admin.display(description=_("message"))
    def message_display(self, obj: ModerationCase):
        if not obj.message_id:
            return "—"
        message = obj.message
        author = message.author.username if message.author_id else message.sender_address
        return format_html(
            "{} · {} · {} · {}<blockquote>{}</blockquote>",
            _message_admin_link(message),
            author,
            _when(message.created_at),
            message.get_state_display(),
            linebreaks_filter(message.text, autoescape=True),
        )

    @admin.display(description=_("why the conversation was scored"))
    def thread_score_display(self, obj: ModerationCase):
        """A suspicious conversation (message_rules/threads.py): the reasons, and the
        thread's timeline as it was then, each message's signals beside it."""
        details = obj.details or {}
        if obj.kind != CaseKind.SUSPICIOUS_THREAD or not details:
            return "—"
        reasons = format_html_join(
            "", "<li>{}</li>", ((reason_text(r),) for r in details.get("reasons", []))
        )
        rows = format_html_join(
            "",
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            (
                (
                    row.get("at", "")[:16].replace("T", " "),
                    row.get("state", ""),
                    ", ".join(signal_label(s) for s in row.get("signals", [])) or "—",
                    row.get("text", ""),
                )
                for row in details.get("timeline", [])
            ),
        )
        return format_html(
            "<ul>{}</ul><table><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>"
            "</thead><tbody>{}</tbody></table>",
            reasons,
            _("when"),
            _("state"),
            _("signals"),
            _("message"),
            rows,
        )

    @admin.display(description=_("conversation"))
    def conversation_display(self, obj: ModerationCase):
        """The messages around the one in question, each with its state and translations:
        what each party saw, and in which language."""
        messages_around = selectors.case_conversation(case=obj)
        if not messages_around:
            return "—"
        thread = obj.message.thread
        rows = []
        for message in messages_around:
            if message.author_id:
                side = _("buyer") if message.author_id == thread.buyer_id else _("seller")
                author = f"{message.author.username} ({side})"
            else:
                author = message.sender_address or _("Marketplace staff")
            translations = format_html_join(
                "",
                '<div class="translation"><small>{} → {}</small> {}</div>',
                (
                    (t.source_language, t.target_language, t.text)
                    for t in message.translations.all()
                    if t.text
                ),
            )
            rows.append(
                format_html(
                    "<li{}><small>{} · {} · {} · {}</small><br>{}{}</li>",
                    format_html(' class="case-message"><strong>{}</strong', _("This message:"))
                    if message.pk == obj.message_id
                    else "",
                    _message_admin_link(message),
                    author,
                    _when(message.created_at),
                    message.get_state_display(),
                    linebreaks_filter(message.text, autoescape=True),
                    translations,
                )
            )
        subject = thread_subject(thread)
        return format_html(
            '<p><a href="{}">{}</a></p><ol class="case-conversation">{}</ol>',
            reverse("admin:messaging_thread_change", args=[thread.pk]),
            subject,
            format_html_join("", "{}", ((row,) for row in rows)),
        )

    @admin.display(description=_("sender's history"))
    def sender_history_display(self, obj: ModerationCase):
        history, count = selectors.sender_history(case=obj)
        if not history:
            return _("No other entries about this sender.")
        items = format_html_join(
            "",
            '<li><a href="{}">{}</a> · {} · {}</li>',
            (
                (
                    reverse("admin:moderation_moderationcase_change", args=[case.pk]),
                    _when(case.created_at),
                    case.get_status_display(),
                    (case.message.text[:80] if case.message_id else ""),
                )
                for case in history
            ),
        )
        total = ngettext(
            "%(count)d other entry about this sender",
            "%(count)d other entries about this sender",
            count,
        ) % {"count": count}
        return format_html("<p>{}</p><ul>{}</ul>", total, items)

    @admin.display(description=_("notice"))
    def notice_display(self, obj: ModerationCase):
        if not obj.message_id:
            return "—"
        url = reverse("admin:moderation_moderationcase_notice", args=[obj.pk])
        return format_html('<a href="{}">{}</a>', url, _("Write a notice into the conversation"))

    @admin.display(description=_("report"))
    def report_display(self, obj: ModerationCase):
        if not obj.message_report_id:
            return "—"
        report = obj.message_report
        return format_html(
            "{}: <strong>{}</strong> · {}<br>{}: {} &lt;{}&gt;<blockquote>{}</blockquote>",
            _("reported by"),
            report.reporter.username,
            report.get_category_display(),
            _("sender"),
            report.sender_login or "—",
            report.sender_address,
            linebreaks_filter(report.description, autoescape=True),
        )

    @admin.display(description=_("message rules found"))
    def findings_display(self, obj: ModerationCase):
        if not obj.message_id:
            return "—"
        try:
            check = obj.message.rules_check
        except MessageCheck.DoesNotExist:  # a message blocked before the rules recorded it
            return "—"
        findings = check.findings or []
        if not findings:
            return "—"
        return format_html_join(
            "",
            "<div>{}: <mark>{}</mark> <small>{}</small></div>",
            (
                (
                    finding.get("category", ""),
                    finding.get("fragment", ""),
                    finding.get("rule", ""),
                )
                for finding in findings
                if isinstance(finding, dict)
            ),
        )

    @admin.display(description=_("buyer details report"))
    def buyer_details_display(self, obj: ModerationCase):
        if not obj.buyer_details_report_id:
            return "—"
        report = obj.buyer_details_report
        return format_html(
            '<a href="{}">{}</a> · {}: {}<br>{}<br>{}',
            reverse("admin:orders_order_change", args=[report.order_id]),
            report.order.transaction_id,
            _("reported by"),
            report.reporter.username,
            "; ".join(str(label) for label in report.reason_labels),
            report.comment,
        )

    @admin.display(description=_("recorded decision"))
    def decision_display(self, obj: ModerationCase):
        decision = getattr(obj, "decision", None) if obj.status != CaseStatus.OPEN else None
        if decision is None:
            return "—"
        until = (
            format_html(" ({} {})", _("until"), _when(decision.suspended_until))
            if decision.suspended_until
            else ""
        )
        return format_html(
            "{} · {}{} · {} {}<br>{}",
            decision.get_action_display(),
            decision.get_sanction_display() if decision.sanction else "—",
            until,
            decision.staff.username,
            _when(decision.created_at),
            decision.note,
        )

    # --- list actions ---

    def _decide_selected(self, request, queryset, **decision) -> None:
        done = refused = 0
        for case in queryset:
            try:
                services.case_decide(case=case, staff=request.user, **decision)
                done += 1
            except DomainError:
                refused += 1
        if done:
            self.message_user(
                request,
                ngettext("%(count)d entry decided.", "%(count)d entries decided.", done)
                % {"count": done},
                messages.SUCCESS,
            )
        if refused:
            self.message_user(
                request,
                ngettext(
                    "%(count)d entry was left as it was (already decided, or the action does "
                    "not apply to it).",
                    "%(count)d entries were left as they were (already decided, or the action "
                    "does not apply to them).",
                    refused,
                )
                % {"count": refused},
                messages.WARNING,
            )

    @admin.action(description=_("Dismiss selected reports"), permissions=["change"])
    def dismiss_selected(self, request, queryset):
        self._decide_selected(request, queryset, action=DecisionAction.DISMISS)

    @admin.action(description=_("Release selected blocked messages"), permissions=["change"])
    def release_selected(self, request, queryset):
        self._decide_selected(request, queryset, action=DecisionAction.RELEASE)

    @admin.action(description=_("Uphold selected and warn the senders"), permissions=["change"])
    def uphold_warn_selected(self, request, queryset):
        self._decide_selected(
            request, queryset, action=DecisionAction.UPHOLD, sanction=Sanction.WARNING
        )


class RecordAdmin(ReadOnlyMixin, admin.ModelAdmin):
    """Records staff read and never edit."""


@admin.register(ModerationDecision)
class ModerationDecisionAdmin(RecordAdmin):
    list_display = (
        "created_at",
        "case",
        "action",
        "sanction",
        "suspended_until",
        "staff",
        "target_user",
    )
    list_select_related = ("case", "staff", "target_user")
    list_filter = ("action", "sanction")
    search_fields = ("=staff__username", "=target_user__username")
    ordering = ("-created_at", "-id")
    show_full_result_count = False


@admin.register(MessagingSuspension)
class MessagingSuspensionAdmin(RecordAdmin):
    list_display = ("user", "created_at", "until")
    list_select_related = ("user",)
    search_fields = ("=user__username",)
    ordering = ("-until",)
