"""Validation of the search query string: any input gets an answer, never an error page."""

import re

from django import forms
from django.utils.translation import gettext_lazy as _

from search.documents import ACTIVITY, ORGANIZATION, PAGE
from search.engines.base import MAX_PAGE

MAX_QUERY_LENGTH = 200
CONTROL_CHARACTERS = re.compile(r"[\x01-\x08\x0b-\x1f\x7f-\x9f]")

TYPE_LABELS = {PAGE: _("Pages"), ORGANIZATION: _("Organisations"), ACTIVITY: _("Activities")}
TOO_LONG = _("The search text is too long.")


class SearchForm(forms.Form):
    q = forms.CharField(required=False, max_length=MAX_QUERY_LENGTH, error_messages={"max_length": TOO_LONG})
    type = forms.ChoiceField(required=False, choices=[("", ""), *TYPE_LABELS.items()])
    page = forms.IntegerField(required=False, min_value=1, max_value=MAX_PAGE)

    def clean_q(self):
        # control characters cannot be part of anything worth finding
        return " ".join(CONTROL_CHARACTERS.sub(" ", self.cleaned_data["q"]).split())


class SuggestForm(forms.Form):
    q = forms.CharField(required=False, max_length=100, error_messages={"max_length": TOO_LONG})

    def clean_q(self):
        return " ".join(CONTROL_CHARACTERS.sub(" ", self.cleaned_data["q"]).split())
