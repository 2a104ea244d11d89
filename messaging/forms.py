from django import forms
from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _

from core.text import as_seen, visible

from .attachments import MAX_ATTACHMENTS, CheckedUpload, check_uploads
from .services import MAX_MESSAGE_LENGTH


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    widget = MultipleFileInput

    def clean(self, data, initial=None):
        files = data if isinstance(data, list | tuple) else [data] if data else []
        return [super(MultipleFileField, self).clean(item, initial) for item in files]


class MessageForm(forms.Form):
    """A reply or a question: text and up to five images or PDF files."""

    text = forms.CharField(
        label=_("Message"),
        max_length=MAX_MESSAGE_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": _("Write a message before sending.")},
    )
    attachments = MultipleFileField(
        label=_("Attachments"),
        required=False,
        # Formatted when shown, in the reader's language (a lazy string % … would be
        # translated once, at import).
        help_text=lazy(
            lambda: (
                _("Up to %(count)s images (JPEG, PNG, WebP, GIF) or PDF files, 10 MB each.")
                % {"count": MAX_ATTACHMENTS}
            ),
            str,
        )(),
        widget=MultipleFileInput(
            attrs={"accept": "image/jpeg,image/png,image/webp,image/gif,application/pdf"}
        ),
    )

    def clean_text(self) -> str:
        """The text as the reader would see it: right-to-left overrides resolved and bidi
        controls taken out ("\u202emoc.liamg@jan" is stored, and checked, as
        "jan@gmail.com"). A text of nothing visible (zero-width or format characters,
        spaces) is no message."""
        text = as_seen(self.cleaned_data["text"])
        if not visible(text):
            raise forms.ValidationError(self.fields["text"].error_messages["required"])
        return text

    def clean_attachments(self) -> list[CheckedUpload]:
        return check_uploads(self.cleaned_data.get("attachments") or [])
