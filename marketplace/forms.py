from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _


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


class LanguageForm(forms.Form):
    language = forms.ChoiceField(label=_("Language"), choices=settings.LANGUAGES)
    next = forms.CharField(required=False, widget=forms.HiddenInput)
