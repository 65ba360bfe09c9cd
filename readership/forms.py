from django import forms
from django.utils.translation import gettext_lazy as _

from community.forms import CleanCharField, HoneypotMixin

KINDS = [("page", "page"), ("actor", "actor")]
ANSWERS = [("yes", "yes"), ("no", "no")]


class VoteForm(forms.Form):
    kind = forms.ChoiceField(choices=KINDS)
    id = forms.IntegerField(min_value=1)
    answer = forms.ChoiceField(choices=ANSWERS)


class CommentForm(HoneypotMixin):
    kind = forms.ChoiceField(choices=KINDS, widget=forms.HiddenInput)
    id = forms.IntegerField(min_value=1, widget=forms.HiddenInput)
    answer = forms.ChoiceField(choices=ANSWERS, required=False, widget=forms.HiddenInput)
    message = CleanCharField(label=_("What was missing or hard to understand?"), max_length=2000,
                             widget=forms.Textarea(attrs={"rows": 4}))
    field_order = ["kind", "id", "answer", "message", "homepage"]
