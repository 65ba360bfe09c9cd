"""The directory's filter form: a GET form whose choices come from the vocabularies in the database."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from kernel.focus_areas import FocusArea
from kernel.params import StrictIntegerField

MAX_QUERY_LENGTH = 100


class DirectoryFilterForm(forms.Form):
    q = forms.CharField(label=pgettext_lazy("verb", "Search"), required=False, max_length=MAX_QUERY_LENGTH, strip=True)
    category = forms.ChoiceField(label=_("Category"), required=False)
    focus = forms.ChoiceField(label=_("Focus area"), required=False)
    language = forms.ChoiceField(label=_("Language"), required=False)
    area = forms.ChoiceField(label=_("Area of town"), required=False)
    open_now = forms.ChoiceField(label=_("Open now"), required=False, choices=[("", ""), ("1", _("Open now"))])
    page = StrictIntegerField(label=_("Page"), required=False, min_value=1, max_value=100_000)

    def __init__(self, data, *, categories, focus_areas, languages, areas):
        """Each vocabulary is a list of (code, label) pairs."""
        super().__init__(data)
        blank = [("", _("All"))]
        self.fields["category"].choices = blank + list(categories)
        self.fields["focus"].choices = blank + list(focus_areas or [(f.value, f.label) for f in FocusArea])
        self.fields["language"].choices = blank + list(languages)
        self.fields["area"].choices = blank + list(areas)

    def valid_filters(self) -> dict:
        """The cleaned values of the fields that were given and understood; invalid ones are left out."""
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value not in (None, "")}

    def invalid_fields(self) -> list[str]:
        self.is_valid()
        return [self.fields[name].label for name in self.errors]
