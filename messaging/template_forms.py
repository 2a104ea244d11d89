"""The reply template form: a name, the text, and the same text in the buyer's languages."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .reply_templates import MAX_BODY, PLACEHOLDERS, placeholder_errors


class ReplyTemplateForm(forms.Form):
    name = forms.CharField(label=gettext_lazy("Name"), max_length=80, strip=True)
    body = forms.CharField(
        label=gettext_lazy("Text"),
        max_length=MAX_BODY,
        widget=forms.Textarea(attrs={"rows": 6}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["body"].help_text = _("Placeholders you can use: %(names)s.") % {
            "names": ", ".join("{" + name + "}" for name in PLACEHOLDERS)
        }
        for code, name in settings.LANGUAGES:
            self.fields[f"variant_{code}"] = forms.CharField(
                label=_("Text in %(language)s") % {"language": name},
                max_length=MAX_BODY,
                required=False,
                widget=forms.Textarea(attrs={"rows": 3}),
                help_text=_("Used when the buyer's language is this one."),
            )

    def _clean_text(self, name):
        text = self.cleaned_data.get(name, "")
        unknown = placeholder_errors(text)
        if unknown:
            raise forms.ValidationError(
                _("Unknown placeholder %(names)s. You can use: %(known)s.")
                % {
                    "names": ", ".join("{" + n + "}" for n in unknown),
                    "known": ", ".join("{" + n + "}" for n in PLACEHOLDERS),
                },
                code="placeholder",
            )
        return text

    def clean(self):
        cleaned = super().clean()
        for name in list(self.fields):
            if name == "body" or name.startswith("variant_"):
                try:
                    cleaned[name] = self._clean_text(name)
                except forms.ValidationError as error:
                    self.add_error(name, error)
        return cleaned

    def variants(self) -> dict[str, str]:
        return {
            code: self.cleaned_data.get(f"variant_{code}", "")
            for code, _name in settings.LANGUAGES
            if self.cleaned_data.get(f"variant_{code}")
        }

    @classmethod
    def initial_for(cls, template) -> dict:
        initial = {"name": template.name, "body": template.body}
        for code, text in template.variants.items():
            initial[f"variant_{code}"] = text
        return initial
