"""Forms of the member pages and the public report and suggest forms."""

from __future__ import annotations

import re
from datetime import time

from django import forms
from django.contrib.auth.password_validation import password_validators_help_text_html
from django.utils.translation import gettext_lazy as _

from community.models import Role
from community.uploads import validate_logo
from directory.models import Language, PhoneType, Weekday
from kernel import languages

# C0/C1 control characters except tab, newline and carriage return
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


class CleanCharField(forms.CharField):
    """Text as typed, minus invisible control characters (which Django would otherwise reject or store)."""

    def to_python(self, value):
        if isinstance(value, str):
            value = CONTROL_CHARACTERS.sub("", value)
        return super().to_python(value)


class HoneypotMixin(forms.Form):
    """A field people never see or fill in; a form that arrives with it filled in was sent by a robot."""

    homepage = forms.CharField(label=_("Leave this field empty"), required=False,
                               widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}))

    @property
    def is_spam(self) -> bool:
        return bool(self.data.get("homepage"))


class ReportForm(HoneypotMixin):
    message = CleanCharField(label=_("What is wrong or missing?"), max_length=5000, widget=forms.Textarea)
    email = forms.EmailField(label=_("Your e-mail (optional, if we may ask you something)"), required=False)
    field_order = ["message", "email", "homepage"]


class SuggestForm(HoneypotMixin):
    name = CleanCharField(label=_("Name of the organisation"), max_length=200)
    website = forms.URLField(label=_("Website (optional)"), required=False, max_length=500, assume_scheme="https")
    message = CleanCharField(label=_("What does it do, and where?"), max_length=5000, widget=forms.Textarea)
    email = forms.EmailField(label=_("Your e-mail (optional, if we may ask you something)"), required=False)
    field_order = ["name", "website", "message", "email", "homepage"]


class ClaimForm(HoneypotMixin):
    email = forms.EmailField(label=_("Your e-mail"))
    message = CleanCharField(label=_("How are you connected to the organisation?"), max_length=2000,
                             widget=forms.Textarea)
    field_order = ["email", "message", "homepage"]


class SetPasswordForm(forms.Form):
    password1 = forms.CharField(label=_("Password"), strip=False,
                                widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
                                help_text=password_validators_help_text_html())
    password2 = forms.CharField(label=_("Password again"), strip=False,
                                widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}))

    def clean(self):
        data = super().clean()
        if data.get("password1") and data.get("password1") != data.get("password2"):
            self.add_error("password2", _("The two passwords are not the same."))
        return data


class InviteForm(forms.Form):
    email = forms.EmailField(label=_("E-mail"))
    role = forms.ChoiceField(label=_("Role"), choices=Role.choices, initial=Role.EDITOR)
    language = forms.ChoiceField(label=_("Language of the e-mail"), choices=[(lang.code, lang.name_local)
                                                                              for lang in languages.TABLE])


class ReviewForm(forms.Form):
    message = CleanCharField(label=_("Message to the author"), required=False, max_length=2000,
                             widget=forms.Textarea(attrs={"rows": 3}))
    override_conflict = forms.BooleanField(
        label=_("I have compared the changes: approve even though the listing changed after this request"),
        required=False)


# --- the member's edit form ------------------------------------------------------------------------

def _text_attrs(code: str) -> dict:
    lang = languages.BY_CODE[code]
    return {"lang": code, "dir": lang.direction, "rows": 4}


class ListingForm(forms.Form):
    """Organisation-level facts: a description per language, contact details, languages served, logo."""

    email = forms.EmailField(label=_("E-mail"), required=False)
    website = forms.URLField(label=_("Website"), required=False, max_length=500, assume_scheme="https")
    languages = forms.MultipleChoiceField(label=_("Languages you serve in"), required=False,
                                          widget=forms.CheckboxSelectMultiple)
    logo = forms.FileField(label=_("Logo (PNG, JPEG, WebP or GIF, at most 2 MB)"), required=False)
    message = CleanCharField(label=_("Message to the moderator (optional)"), required=False, max_length=2000,
                             widget=forms.Textarea(attrs={"rows": 3}))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["languages"].choices = [(lang.code, lang.display_name) for lang in Language.objects.all()]
        for lang in languages.TABLE:
            self.fields[f"description_{lang.field_suffix}"] = CleanCharField(
                label=lang.name_local, required=False, max_length=5000,
                widget=forms.Textarea(attrs=_text_attrs(lang.code)))

    def description_fields(self):
        return [self[f"description_{lang.field_suffix}"] for lang in languages.TABLE]

    def clean_logo(self):
        upload = self.cleaned_data.get("logo")
        return validate_logo(upload) if upload else None


class PhoneForm(forms.Form):
    id = forms.IntegerField(required=False, widget=forms.HiddenInput)
    number = CleanCharField(label=_("Phone number"), max_length=40, required=False)
    type = forms.ChoiceField(label=_("Type"), choices=PhoneType.choices, initial=PhoneType.VOICE)

    def clean_number(self):
        number = self.cleaned_data["number"]
        if number and not re.fullmatch(r"[+0-9 ()\-]{5,40}", number):
            raise forms.ValidationError(_("Enter a phone number with digits, spaces and dashes only."))
        return number


class ServiceForm(forms.Form):
    """A service, in the language of the page (other languages are kept as they are)."""

    id = forms.IntegerField(required=False, widget=forms.HiddenInput)
    name = CleanCharField(label=_("Name of the service"), max_length=200, required=False)
    description = CleanCharField(label=_("Description"), max_length=5000, required=False,
                                 widget=forms.Textarea(attrs={"rows": 3}))
    url = forms.URLField(label=_("Web page"), required=False, max_length=500, assume_scheme="https")


class LocationForm(forms.Form):
    id = forms.IntegerField(required=False, widget=forms.HiddenInput)
    name = CleanCharField(label=_("Name of the place"), max_length=200, required=False)
    address_1 = CleanCharField(label=_("Street address"), max_length=200, required=False)
    postal_code = CleanCharField(label=_("Postal code"), max_length=20, required=False)
    city = CleanCharField(label=_("City"), max_length=100, required=False)


class HoursForm(forms.Form):
    weekday = forms.TypedChoiceField(label=_("Day"), choices=[("", "–"), *Weekday.choices], coerce=int,
                                     required=False, empty_value=None)
    opens = forms.TimeField(label=_("Opens"), required=False, widget=forms.TimeInput(attrs={"type": "time"},
                                                                                     format="%H:%M"))
    closes = forms.TimeField(label=_("Closes"), required=False, widget=forms.TimeInput(attrs={"type": "time"},
                                                                                       format="%H:%M"))

    def clean(self):
        data = super().clean()
        filled = [data.get("weekday") is not None, data.get("opens") is not None, data.get("closes") is not None]
        if any(filled) and not all(filled):
            raise forms.ValidationError(_("Give the day, the opening time and the closing time."))
        opens, closes = data.get("opens"), data.get("closes")
        # A closing time at or before the opening time means "open across midnight" in the directory;
        # that is only meant when the place closes in the small hours.
        if opens is not None and closes is not None and closes <= opens and (closes > LATEST_OVERNIGHT_CLOSE
                                                                              or closes == opens):
            raise forms.ValidationError(CLOSES_BEFORE_OPENS)
        return data


LATEST_OVERNIGHT_CLOSE = time(6)
CLOSES_BEFORE_OPENS = _("The closing time must be after the opening time (or, for hours past midnight, "
                        "at 06:00 at the latest).")


class UniqueIdFormSet(forms.BaseFormSet):
    """Each existing row (phone, service, place) at most once: a form changed outside the page could
    send the same id twice."""

    def clean(self):
        super().clean()
        seen = set()
        for form in self.forms:
            if self.can_delete and self._should_delete_form(form):
                continue
            pk = form.cleaned_data.get("id") if hasattr(form, "cleaned_data") else None
            if pk is None:
                continue
            if pk in seen:
                raise forms.ValidationError(DUPLICATE_ROW)
            seen.add(pk)


DUPLICATE_ROW = _("The same entry appears twice in the form. Nothing was saved; open the form again.")


PhoneFormSet = forms.formset_factory(PhoneForm, formset=UniqueIdFormSet, extra=1, max_num=20, validate_max=True, can_delete=True)
ServiceFormSet = forms.formset_factory(ServiceForm, formset=UniqueIdFormSet, extra=1, max_num=50, validate_max=True, can_delete=True)
LocationFormSet = forms.formset_factory(LocationForm, formset=UniqueIdFormSet, extra=1, max_num=20, validate_max=True, can_delete=True)
HoursFormSet = forms.formset_factory(HoursForm, extra=2, max_num=30, validate_max=True)
