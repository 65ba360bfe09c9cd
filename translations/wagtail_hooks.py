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


def forbidden_changes(user, obj, form) -> list[str]:
    """Fields of a bound page or listing form that ``user`` may not change: text in a language not
    theirs and, for a translator-only user, everything that is not a translation in their languages
    (addresses, publication, categories, inline rows)."""
    restricted = services.restricted_languages(user)
    translator_only = services.is_translator_only(user, type(obj))
    if not restricted and not translator_only:
        return []
    model = type(obj)
    text_columns = content.content_columns(model) | {
        languages.field_name(name, code) for name in content.NOT_CONTENT for code in languages.CODES
    } | set(content.NOT_CONTENT)
    own = services.translation_columns(user, model)
    columns = [
        languages.field_name(name, code)
        for name in content.translatable_fields(model) + tuple(content.NOT_CONTENT)
        for code in restricted
        if languages.field_name(name, code) in form.fields
    ]
    if translator_only:  # the unsuffixed names write the active language's column
        columns += [c for c in text_columns if c in form.fields and c not in own and c not in columns]
    before = {column: _comparable(getattr(obj, column, "")) for column in columns}
    form.is_valid()  # this writes the submitted values into the form's instance
    changed = [c for c in columns if c in form.cleaned_data and _comparable(form.cleaned_data[c]) != before[c]]
    if translator_only:
        changed += _changed_fields(form, skip=text_columns)
        changed += [name for name, formset in getattr(form, "formsets", {}).items() if _formset_changed(formset)]
    return changed


def _changed_fields(form, skip=frozenset()) -> list[str]:
    """Like ``form.changed_data``, but against the stored values: a field with a callable default
    compares with a hidden "initial" input, which the sender controls."""
    return [
        name for name, field in form.fields.items()
        if name not in skip and not field.disabled
        and field.has_changed(form.get_initial_for_field(field, name), form[name].data)
    ]


def _formset_changed(formset) -> bool:
    if formset.total_form_count() != formset.initial_form_count():
        return True
    for child in formset.forms:
        if formset.can_delete and formset._should_delete_form(child):
            return True
        if _changed_fields(child, skip={"DELETE", "ORDER", "id"}):
            return True
        if any(_formset_changed(nested) for nested in getattr(child, "formsets", {}).values()):
            return True
    return False


@hooks.register("before_edit_page")
def check_translation_languages(request, page):
    if request.method != "POST":
        _show_lix(request, page)
        return None
    if not services.restricted_languages(request.user) and not services.is_translator_only(request.user, type(page)):
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
    if request.method != "POST":
        return None
    if not services.restricted_languages(request.user) and not services.is_translator_only(request.user,
                                                                                            type(instance)):
        return None
    viewset = getattr(type(instance), "snippet_viewset", None)
    if viewset is None:
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
