from django import forms
from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _

from messaging.forms import MultipleFileField, MultipleFileInput

from .models import BuyerDetailsReason, ReportCategory
from .screenshots import MAX_SCREENSHOT_BYTES, MAX_SCREENSHOTS, CleanScreenshot, screenshots_clean
from .services import COMMENT_MAX_LENGTH, DESCRIPTION_MAX_LENGTH


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


class MessageReportForm(forms.Form):
    """Report a received message: what is wrong, a description and 1–5 screenshots."""

    category = forms.ChoiceField(
        label=_("What is wrong with this message?"),
        choices=ReportCategory.choices,
        initial=ReportCategory.OTHER,
    )
    description = forms.CharField(
        label=_("Description"),
        max_length=DESCRIPTION_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": _("Describe what is wrong with the message.")},
    )
    screenshots = MultipleFileField(
        label=_("Screenshots"),
        required=False,  # "at least one" is checked with the files, in the user's words
        # Formatted when shown, in the reader's language (a lazy string % … would be
        # translated once, at import).
        help_text=lazy(
            lambda: (
                _("1 to %(count)d PNG, JPEG or WebP images, %(size)d MB each, showing the sender.")
                % {"count": MAX_SCREENSHOTS, "size": MAX_SCREENSHOT_BYTES // (1024 * 1024)}
            ),
            str,
        )(),
        widget=MultipleFileInput(attrs={"accept": "image/png,image/jpeg,image/webp"}),
    )

    def clean_screenshots(self) -> list[CleanScreenshot]:
        return screenshots_clean(self.cleaned_data.get("screenshots") or [])
