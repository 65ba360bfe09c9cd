"""Admin wiring: the Translations menu item and views, translator assignments, and editor checks."""

import copy
import json

from django import forms
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import include, path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel
from wagtail.admin.viewsets.model import ModelViewSet

from kernel import languages
from translations import content, services, urls
from translations.lix import SWEDISH_CODES, lix
from translations.models import TranslatorProfile


@hooks.register("register_admin_urls")
def register_urls():
    return [path("translations/", include(urls, namespace="translations"))]


class TranslationsMenuItem(MenuItem):
    def is_shown(self, request):
        return bool(services.editable_languages(request.user))


@hooks.register("register_admin_menu_item")
def register_menu_item():
    return TranslationsMenuItem(gettext_lazy("Translations"), reverse("translations:index"),
                                icon_name="globe", order=250)


# --- translator assignments ------------------------------------------------------------------------

class TranslatorProfileForm(WagtailAdminModelForm):
    language_codes = forms.MultipleChoiceField(
        label=gettext_lazy("Languages"), widget=forms.CheckboxSelectMultiple,
        choices=[(c, f"{languages.get(c).name_local} ({c})") for c in languages.TRANSLATED_CODES],
    )

    def save(self, commit=True):
        profile = super().save(commit=commit)
        if commit:
            services.assign_languages(profile.user, profile.language_codes)
        return profile


TranslatorProfile.base_form_class = TranslatorProfileForm


class TranslatorViewSet(ModelViewSet):
    model = TranslatorProfile
    icon = "user"
    add_to_settings_menu = True
    menu_label = gettext_lazy("Translators")
    list_display = ["user", "language_codes"]
    panels = [FieldPanel("user"), FieldPanel("language_codes")]


@hooks.register("register_admin_viewset")
def register_translator_viewset():
    return TranslatorViewSet("translators")


# --- page editor: translators keep to their languages; LIX of the Swedish text ----------------------

def _comparable(value) -> str:
    if hasattr(value, "stream_block"):
        value = value.stream_block.get_prep_value(value)
    if isinstance(value, (list, dict)):
        value = json.dumps(content.without_ids(value), sort_keys=True, ensure_ascii=False)
    return content.plain_text(str(getattr(value, "source", value) or ""))


def forbidden_changes(user, page, form) -> list[str]:
    """Fields of a bound page form that change text in a language ``user`` may not edit."""
    restricted = services.restricted_languages(user)
    if not restricted:
        return []
    columns = [
        languages.field_name(name, code)
        for name in content.translatable_fields(type(page)) + tuple(content.NOT_CONTENT)
        for code in restricted
        if languages.field_name(name, code) in form.fields
    ]
    before = {column: _comparable(getattr(page, column, "")) for column in columns}
    form.is_valid()  # this writes the submitted values into the form's instance
    return [c for c in columns if c in form.cleaned_data and _comparable(form.cleaned_data[c]) != before[c]]


@hooks.register("before_edit_page")
def check_translation_languages(request, page):
    if request.method != "POST":
        _show_lix(request, page)
        return None
    if not services.restricted_languages(request.user) or not content.is_translatable(type(page)):
        return None
    form_class = page.get_edit_handler().get_form_class()
    form = form_class(request.POST, request.FILES, instance=copy.copy(page), parent_page=page.get_parent(),
                      for_user=request.user)
    changed = forbidden_changes(request.user, page, form)
    if changed:
        messages.error(request, _("You may only edit translations into your own languages. Nothing was saved."))
        return redirect("wagtailadmin_pages:edit", page.pk)
    return None


@hooks.register("before_edit_snippet")
def check_listing_translation_languages(request, instance):
    """The same check for directory listings edited as snippets."""
    if request.method != "POST" or not services.restricted_languages(request.user):
        return None
    viewset = getattr(type(instance), "snippet_viewset", None)
    if viewset is None or not content.is_translatable(type(instance)):
        return None
    form_class = viewset.get_form_class(for_update=True)
    form = form_class(request.POST, request.FILES, instance=copy.copy(instance), for_user=request.user)
    if forbidden_changes(request.user, instance, form):
        messages.error(request, _("You may only edit translations into your own languages. Nothing was saved."))
        return redirect(request.get_full_path())
    return None


def _show_lix(request, page):
    if not content.is_translatable(type(page)):
        return
    parts = []
    for code in SWEDISH_CODES:
        score = lix(content.object_plain_text(page, code))
        if score is not None:
            parts.append(f"{languages.get(code).name_local}: LIX {score.score:.0f} ({score.band})")
    if parts:
        messages.info(request, _("Readability") + " – " + "; ".join(parts))
