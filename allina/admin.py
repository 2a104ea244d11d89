"""Staff admin for Allina: label escalated questions (feedback `allina train` learns from).

The question list opens on the escalated ones (Allina stayed silent, or the buyer sent her
answer on with “Yes, send it”), with the seller's reply beside each, filters by language,
Allina's topic, label and seller, and the label editable in the list (or set for many at
once with an action). Every label goes through `allina.learning.question_label`, which
records who labelled and when. Everything else is read-only: questions come from the
flow, never from admin. Message text is user input and is shown escaped.
"""

from django import forms
from django.contrib import admin, messages
from django.db.models import Q, QuerySet
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from accounts.admin_mixins import ReadOnlyMixin
from core.exceptions import DomainError

from . import learning
from .models import Question, QuestionChoice, QuestionStatus, TopicSetting
from .settings_services import INTENTS, topic_label


class RouteFilter(admin.SimpleListFilter):
    """Where the question went; the list opens on the escalated ones."""

    title = _("route")
    parameter_name = "route"
    DEFAULT = "escalated"

    def lookups(self, request, model_admin):
        return [
            ("escalated", _("Escalated: Allina silent, or “Yes, send it”")),
            ("abstained", _("Allina stayed silent")),
            ("yes", _("“Yes, send it” after her answer")),
            ("no", _("“No thanks” after her answer")),
            ("off", _("Allina or the topic switched off")),
            ("all", _("All questions")),
        ]

    def value(self):
        return super().value() or self.DEFAULT

    def choices(self, changelist):
        for lookup, title in self.lookup_choices:
            yield {
                "selected": self.value() == lookup,
                "query_string": changelist.get_query_string({self.parameter_name: lookup}),
                "display": title,
            }

    def queryset(self, request, queryset: QuerySet) -> QuerySet:
        match self.value():
            case "escalated":
                return queryset.filter(
                    Q(status=QuestionStatus.ABSTAINED) | Q(choice=QuestionChoice.YES)
                )
            case "abstained":
                return queryset.filter(status=QuestionStatus.ABSTAINED)
            case "yes" | "no":
                return queryset.filter(choice=self.value())
            case "off":
                return queryset.filter(status=QuestionStatus.OFF)
        return queryset


class IntentFilter(admin.SimpleListFilter):
    title = _("Allina's topic")
    parameter_name = "intent"

    def lookups(self, request, model_admin):
        return [("null", _("None (she abstained)")), *[(i, topic_label(i)) for i in INTENTS]]

    def queryset(self, request, queryset):
        if self.value() == "null":
            return queryset.filter(intent__isnull=True)
        if self.value():
            return queryset.filter(intent=self.value())
        return queryset


class LabelFilter(admin.SimpleListFilter):
    title = _("staff label")
    parameter_name = "label"

    def lookups(self, request, model_admin):
        return [("none", _("Not labelled")), ("any", _("Labelled")), *learning.label_choices()[1:]]

    def queryset(self, request, queryset):
        match self.value():
            case None:
                return queryset
            case "none":
                return queryset.filter(staff_label="")
            case "any":
                return queryset.exclude(staff_label="")
        return queryset.filter(staff_label=self.value())


class QuestionLabelForm(forms.ModelForm):
    staff_label = forms.ChoiceField(
        label=_("staff label"), choices=learning.label_choices, required=False
    )

    class Meta:
        model = Question
        fields = ("staff_label",)


@admin.register(Question)
class QuestionAdmin(admin.ModelAdmin):
    form = QuestionLabelForm
    list_display = (
        "created_at",
        "question_text",
        "language",
        "allina_topic",
        "route",
        "seller",
        "seller_reply_text",
        "staff_label",
        "labelled_by",
    )
    list_display_links = ("created_at",)
    list_editable = ("staff_label",)
    list_filter = (
        RouteFilter,
        "language",
        IntentFilter,
        LabelFilter,
        ("seller", admin.RelatedOnlyFieldListFilter),
    )
    list_select_related = ("message", "seller", "seller_reply", "labelled_by")
    search_fields = ("message__text", "seller__username")
    show_full_result_count = False
    actions = ("label_out_of_scope", "clear_label")
    fields = (
        "message_text",
        "seller",
        "buyer",
        "thread",
        "created_at",
        "language",
        "intent",
        "confidence",
        "status",
        "answer_text",
        "answer_facts",
        "choice",
        "chosen_at",
        "seller_reply_full_text",
        "seller_replied_at",
        "staff_label",
        "labelled_by",
        "labelled_at",
    )
    readonly_fields = tuple(f for f in fields if f != "staff_label")

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def get_changelist_form(self, request, **kwargs):
        """The list's label column picks from the same choices as the change form."""
        return super().get_changelist_form(request, form=QuestionLabelForm, **kwargs)

    @admin.display(description=_("question"))
    def question_text(self, obj: Question) -> str:
        return Truncator(obj.message.text).chars(120)

    @admin.display(description=_("question"))
    def message_text(self, obj: Question) -> str:
        return obj.message.text

    @admin.display(description=_("Allina's topic"), ordering="intent")
    def allina_topic(self, obj: Question) -> str:
        return obj.intent or "null"

    @admin.display(description=_("route"))
    def route(self, obj: Question) -> str:
        if obj.choice:
            return obj.get_choice_display()
        return obj.get_status_display()

    @admin.display(description=_("seller's reply"))
    def seller_reply_text(self, obj: Question) -> str:
        return Truncator(obj.seller_reply.text).chars(120) if obj.seller_reply else "—"

    @admin.display(description=_("seller's reply"))
    def seller_reply_full_text(self, obj: Question) -> str:
        return obj.seller_reply.text if obj.seller_reply else "—"

    def save_model(self, request, obj, form, change):
        """Only the label is editable; the service records who labelled and when."""
        if "staff_label" in form.changed_data:
            try:
                learning.question_label(
                    question=obj, staff=request.user, label=form.cleaned_data["staff_label"]
                )
            except DomainError as error:
                self.message_user(request, error.message, messages.ERROR)
            obj.refresh_from_db()

    @admin.action(description=_("Label as out of scope (“null”: Allina should stay silent)"))
    def label_out_of_scope(self, request, queryset):
        self._label(request, queryset, learning.OUT_OF_SCOPE)

    @admin.action(description=_("Clear the staff label"))
    def clear_label(self, request, queryset):
        self._label(request, queryset, "")

    def _label(self, request, queryset, label: str) -> None:
        changed = learning.questions_label(
            question_ids=queryset.values_list("pk", flat=True), staff=request.user, label=label
        )
        self.message_user(
            request,
            ngettext("%(count)d question changed.", "%(count)d questions changed.", changed)
            % {"count": changed},
            messages.SUCCESS,
        )


@admin.register(TopicSetting)
class TopicSettingAdmin(ReadOnlyMixin, admin.ModelAdmin):
    """View-only: a topic switch belongs to the seller (Communication settings)."""

    list_display = ("seller", "intent", "enabled")
    list_filter = ("intent", "enabled")
    list_select_related = ("seller",)
    search_fields = ("seller__username",)
