"""Allina's switches in Communication settings (SPEC §5)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .settings_services import topic_choices


def _allina_topic_choices() -> list[tuple[str, str]]:
    return topic_choices()


class CommunicationSettingsForm(forms.Form):
    allina_enabled = forms.BooleanField(
        label=_("Let Allina answer buyers' questions she knows the answer to"),
        required=False,
        help_text=_(
            "Allina answers from your order, payment and shipment data. The buyer can "
            "still send the question to you. Her answers do not count in your customer "
            "service metrics."
        ),
    )
    allina_topics = forms.MultipleChoiceField(
        label=_("Topics Allina answers"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        choices=_allina_topic_choices,
        help_text=_("Questions on a topic you untick go straight to you."),
    )
    # Present when the form showed the topics: a client that did not leaves them alone.
    topics_shown = forms.BooleanField(required=False, initial=True, widget=forms.HiddenInput)
