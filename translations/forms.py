"""Admin forms: choosing what to export, uploading a file to import, reviewing a translation."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from directory.models import Organization
from kernel import languages
from translations import content
from translations.exchange import FORMATS
from translations.models import Status

MAX_UPLOAD = 5 * 1024 * 1024


def language_choices(codes):
    return [(c, f"{languages.get(c).name_local} ({c})") for c in codes]


def scope_choices():
    choices = [("all", _("Everything")), ("directory", _("The whole directory"))]
    for page in Page.objects.filter(depth__gt=1).order_by("path").specific():
        if content.is_translatable(type(page)):
            indent = "\u2003" * max(page.depth - 2, 0)
            choices.append((f"section:{page.pk}", f"{indent}{page.title} +"))
            choices.append((f"page:{page.pk}", f"{indent}{page.title}"))
    return choices


class ExportForm(forms.Form):
    scope = forms.ChoiceField(label=_("What"), help_text=_("“+” means the page and everything under it."))
    language = forms.ChoiceField(label=_("Language"))
    format = forms.ChoiceField(label=_("Format"), choices=[(f, f.upper()) for f in FORMATS])

    def __init__(self, *args, codes=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["scope"].choices = scope_choices()
        self.fields["language"].choices = language_choices(codes)


class MachineDraftForm(forms.Form):
    scope = forms.ChoiceField(label=_("What"), help_text=_("“+” means the page and everything under it."))
    language = forms.ChoiceField(label=_("Language"))

    def __init__(self, *args, codes=(), **kwargs):
        super().__init__(*args, **kwargs)
        listings = [(f"listing:{pk}", name) for pk, name in
                    Organization.objects.order_by("name").values_list("pk", "name")]
        self.fields["scope"].choices = [(_("Pages"), [c for c in scope_choices() if c[0] != "all"]),
                                        (_("Organisations"), listings)]
        self.fields["language"].choices = language_choices(
            [c for c in codes if languages.get(c).machine_translatable])


class ImportForm(forms.Form):
    file = forms.FileField(label=_("File"), help_text=_("XLIFF 2.0 (.xlf) or PO (.po) exported from here."))
    language = forms.ChoiceField(label=_("Language"))
    status = forms.ChoiceField(
        label=_("Status"),
        choices=[(Status.MACHINE, Status.MACHINE.label), (Status.REVIEWED, Status.REVIEWED.label)],
        help_text=_("Choose “reviewed” only if a speaker of the language has checked the text."),
    )

    def __init__(self, *args, codes=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = language_choices(codes)

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD:
            raise forms.ValidationError(_("The file is too large."))
        return upload


class ReviewForm(forms.Form):
    content_type = forms.IntegerField(widget=forms.HiddenInput)
    object_id = forms.IntegerField(widget=forms.HiddenInput)
    language = forms.ChoiceField(widget=forms.HiddenInput)

    def __init__(self, *args, codes=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = [(c, c) for c in codes]
