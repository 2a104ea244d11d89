from django import forms
from django.conf import settings
from django.contrib.auth import password_validation
from django.contrib.auth.validators import UnicodeUsernameValidator
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from .marketplaces import Country
from .models import DeliveryAddress, User
from .validators import normalize_phone, normalize_postcode


class LanguageForm(forms.Form):
    language = forms.ChoiceField(label=_("Language"), choices=settings.LANGUAGES)
    next = forms.CharField(required=False, widget=forms.HiddenInput)


class DeliveryAddressForm(forms.ModelForm):
    """The shape of a delivery address; the service checks it again before writing.

    The country comes first: it decides the postcode format. Never `.save()`d: views pass
    `cleaned_data` to `delivery_address_create` / `delivery_address_update`.
    """

    # Typed with spaces or a leading 00, so longer than the stored E.164 form.
    phone = forms.CharField(
        label=_("Phone"),
        max_length=30,
        help_text=_("With the country code, for example +48 601 234 567."),
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
    )

    class Meta:
        model = DeliveryAddress
        fields = (
            "country",
            "first_name",
            "last_name",
            "street",
            "building_number",
            "apartment_number",
            "postcode",
            "city",
            "phone",
        )
        widgets = {
            "country": forms.Select(attrs={"autocomplete": "country"}),
            "first_name": forms.TextInput(attrs={"autocomplete": "given-name"}),
            "last_name": forms.TextInput(attrs={"autocomplete": "family-name"}),
            "street": forms.TextInput(attrs={"autocomplete": "address-line1"}),
            "building_number": forms.TextInput(attrs={"autocomplete": "off"}),
            "apartment_number": forms.TextInput(attrs={"autocomplete": "off"}),
            "postcode": forms.TextInput(attrs={"autocomplete": "postal-code"}),
            "city": forms.TextInput(attrs={"autocomplete": "address-level2"}),
        }

    def __init__(self, *args, **kwargs) -> None:
        instance = kwargs.get("instance")
        if instance is not None and instance.pk:
            # Several forms can be open on Account details: keep their field ids apart.
            kwargs.setdefault("auto_id", f"id_address{instance.pk}_%s")
        super().__init__(*args, **kwargs)
        self.fields["country"].choices = Country.choices  # no empty "---------" choice
        if instance is not None and instance.phone:
            self.initial["phone"] = instance.phone_display  # spaced, as people type it

    def clean_postcode(self) -> str:
        postcode = self.cleaned_data["postcode"]
        country = self.cleaned_data.get("country")
        if not country:
            return postcode  # the country's own error says what to fix first
        return normalize_postcode(country=country, postcode=postcode)

    def clean_phone(self) -> str:
        return normalize_phone(
            self.cleaned_data["phone"], country=self.cleaned_data.get("country", "")
        )

    def add_service_errors(self, error: ValidationError) -> None:
        """Show what the service refused next to the fields it names."""
        if not hasattr(error, "error_dict"):
            self.add_error(None, error)
            return
        for field, errors in error.error_dict.items():
            self.add_error(field if field in self.fields else None, errors)


class SellerEmailForm(forms.Form):
    email = forms.EmailField(
        label=_("Add an e-mail address"),
        max_length=254,
        help_text=_("We send a confirmation link to it; it works once you click it."),
    )


class TeamInviteForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=150)
    email = forms.EmailField(label=_("E-mail address"), max_length=254)
    can_messages = forms.BooleanField(
        label=_("Message Center: read and answer conversations"), required=False, initial=True
    )
    can_orders = forms.BooleanField(
        label=_("Orders: see orders and add shipments"), required=False
    )

    def clean_name(self):
        name = " ".join(self.cleaned_data["name"].split())
        if not name:
            raise ValidationError(_("Enter the person's name."), code="required")
        return name


class TeamPermissionsForm(forms.Form):
    can_messages = forms.BooleanField(
        label=_("Message Center: read and answer conversations"), required=False
    )
    can_orders = forms.BooleanField(
        label=_("Orders: see orders and add shipments"), required=False
    )


class TeamJoinForm(forms.Form):
    """The invited person's own login: a new account that works only for the shop."""

    username = forms.CharField(
        label=_("Login"),
        max_length=150,
        help_text=_("Letters, digits and @ . + - _ only."),
        widget=forms.TextInput(attrs={"autocomplete": "username", "autocapitalize": "none"}),
    )
    password1 = forms.CharField(
        label=_("Password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )
    password2 = forms.CharField(
        label=_("Password again"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )
    language = forms.ChoiceField(label=_("Language"), choices=settings.LANGUAGES)

    def clean_username(self):
        username = self.cleaned_data["username"].strip().lower()
        UnicodeUsernameValidator()(username)
        if User.objects.filter(username__iexact=username).exists():
            raise ValidationError(_("This login is taken. Choose another."), code="taken")
        return username

    def clean(self):
        data = super().clean()
        first, second = data.get("password1"), data.get("password2")
        if first and second and first != second:
            self.add_error("password2", _("The two passwords differ."))
        elif first:
            try:
                password_validation.validate_password(first)
            except ValidationError as error:
                self.add_error("password1", error)
        return data
