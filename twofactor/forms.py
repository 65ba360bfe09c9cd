"""The one field of every two-factor step: a code from the authenticator app or a recovery code."""

from django import forms
from django.utils.translation import gettext_lazy as _


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code from your authenticator app, or a recovery code"), max_length=64, strip=True,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "text", "autocapitalize": "off",
                                      "spellcheck": "false"}))

    def clean_code(self):
        code = self.cleaned_data["code"]
        if "\x00" in code:
            raise forms.ValidationError(_("This code is not right. Try again."))
        return code
