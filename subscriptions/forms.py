from django import forms
from django.utils.translation import gettext_lazy as _

from community.forms import HoneypotMixin
from kernel.focus_areas import FocusArea


class SubscribeForm(HoneypotMixin):
    email = forms.EmailField(label=_("Your e-mail"))
    topic = forms.ChoiceField(label=_("Topic"), required=False,
                              choices=[("", _("All topics")), *FocusArea.choices])
    field_order = ["email", "topic", "homepage"]
