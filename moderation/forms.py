from django import forms
from django.utils.translation import gettext_lazy as _

from .models import BuyerDetailsReason
from .services import COMMENT_MAX_LENGTH


class BuyerDetailsReportForm(forms.Form):
    reasons = forms.MultipleChoiceField(
        label=_("What is wrong with the buyer's details?"),
        choices=BuyerDetailsReason.choices,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose at least one problem with the buyer's details.")},
    )
    comment = forms.CharField(
        label=_("Comment (optional)"),
        required=False,
        max_length=COMMENT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
