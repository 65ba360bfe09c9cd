"""Admin for the directory: snippet viewsets with one tab per language, filters, and "mark as verified"."""

from __future__ import annotations

import django_filters
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.translator import translator
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from directory import freshness, services
from directory.models import (
    CATEGORY_TAXONOMY,
    FOCUS_AREA_TAXONOMY,
    Area,
    Language,
    Location,
    Organization,
    Phone,
    Service,
    Status,
    Taxonomy,
    TaxonomyTerm,
)
from kernel import languages

CONTENT_TAB = _("Content")


def translated_tabs(model, panels, *, heading=CONTENT_TAB, base_form_class=None) -> TabbedInterface:
    """The first tab: ``panels`` with the Swedish text of translated fields in place; then one tab per
    other language holding that language's text of every translated field. ``base_form_class``: the
    form the panels are made into (Wagtail's default when None)."""
    translated = translator.get_options_for_model(model).get_field_names()

    def localise(panel, code):
        if isinstance(panel, FieldPanel) and panel.field_name in translated:
            return FieldPanel(languages.field_name(panel.field_name, code), heading=panel.heading or None)
        if isinstance(panel, (MultiFieldPanel, FieldRowPanel)):
            return type(panel)([localise(child, code) for child in panel.children], heading=panel.heading)
        return panel

    source_fields = [p for p in panels if isinstance(p, FieldPanel) and p.field_name in translated]
    tabs = [ObjectList([localise(p, languages.DEFAULT) for p in panels], heading=heading)]
    for lang in languages.TABLE:
        if lang.code == languages.DEFAULT:
            continue
        tabs.append(ObjectList([localise(p, lang.code) for p in source_fields], heading=lang.name_local))
    return TabbedInterface(tabs, base_form_class=base_form_class)


class OrganizationFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=_("Status"), choices=Status.choices)
    category = django_filters.ModelChoiceFilter(
        label=_("Category"), queryset=TaxonomyTerm.objects.filter(taxonomy__slug=CATEGORY_TAXONOMY))
    focus_areas = django_filters.ModelChoiceFilter(
        label=_("Focus area"), queryset=TaxonomyTerm.objects.filter(taxonomy__slug=FOCUS_AREA_TAXONOMY))
    verified = django_filters.ChoiceFilter(
        label=_("Verified"), method="filter_verified",
        choices=[("stale", _("Not verified in the last 12 months")), ("never", _("Never verified")),
                 ("recent", _("Verified in the last 12 months"))])
    is_published = django_filters.BooleanFilter(label=_("Published"))

    class Meta:
        model = Organization
        fields = ["status", "category", "focus_areas", "is_published"]

    def filter_verified(self, queryset, name, value):
        cutoff = freshness.verification_cutoff(timezone.localdate())
        if value == "never":
            return queryset.filter(last_verified__isnull=True)
        if value == "stale":
            return queryset.filter(Q(last_verified__isnull=True) | Q(last_verified__lt=cutoff))
        if value == "recent":
            return queryset.filter(last_verified__gte=cutoff)
        return queryset


class OrganizationViewSet(SnippetViewSet):
    model = Organization
    icon = "group"
    menu_label = _("Organisations")
    list_display = ["name", "category", "status", "last_verified"]
    filterset_class = OrganizationFilterSet
    search_fields = ["name", "alternate_names", "slug"]
    search_backend_name = None
    ordering = ["name"]
    edit_handler = translated_tabs(Organization, [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("alternate_names"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("category"), FieldPanel("status"), FieldPanel("is_published")]),
        FieldPanel("focus_areas"),
        FieldPanel("languages"),
        FieldRowPanel([FieldPanel("email"), FieldPanel("website")]),
        FieldPanel("parent"),
        FieldPanel("meeting_place_page"),
        FieldRowPanel([FieldPanel("source"), FieldPanel("last_verified", read_only=True),
                       FieldPanel("verified_by", read_only=True)]),
    ])


class ServiceViewSet(SnippetViewSet):
    model = Service
    icon = "list-ul"
    menu_label = _("Services")
    list_display = ["name", "organization", "status"]
    list_filter = ["status"]
    search_fields = ["name", "organization__name"]
    search_backend_name = None
    edit_handler = translated_tabs(Service, [
        FieldPanel("organization"),
        FieldPanel("name"),
        FieldPanel("description"),
        FieldPanel("status"),
        FieldPanel("eligibility_description"),
        FieldPanel("application_process"),
        FieldPanel("fees_description"),
        FieldRowPanel([FieldPanel("email"), FieldPanel("url")]),
        FieldPanel("languages"),
        FieldRowPanel([FieldPanel("source_url"), FieldPanel("checked_on")]),
    ])


class LocationViewSet(SnippetViewSet):
    model = Location
    icon = "site"
    menu_label = _("Locations")
    list_display = ["__str__", "organization", "area"]
    list_filter = ["area", "location_type"]
    search_fields = ["name", "address_1", "organization__name"]
    search_backend_name = None
    edit_handler = translated_tabs(Location, [
        FieldPanel("organization"),
        FieldRowPanel([FieldPanel("name"), FieldPanel("location_type")]),
        MultiFieldPanel([
            FieldPanel("address_1"), FieldPanel("address_2"),
            FieldRowPanel([FieldPanel("postal_code"), FieldPanel("city")]),
            FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            FieldPanel("area"), FieldPanel("url"),
        ], heading=_("Address")),
        FieldPanel("description"),
        FieldPanel("transportation"),
        FieldPanel("accessibility"),
        InlinePanel("schedules", heading=_("Opening hours"), label=_("Opening hours")),
        InlinePanel("schedule_exceptions", heading=_("Changed opening hours"), label=_("Changed opening hours")),
    ])


class PhoneViewSet(SnippetViewSet):
    model = Phone
    icon = "mobile-alt"
    menu_label = _("Phone numbers")
    list_display = ["number", "organization", "type"]
    search_fields = ["number", "organization__name"]
    search_backend_name = None
    edit_handler = translated_tabs(Phone, [
        FieldPanel("organization"), FieldPanel("service"), FieldPanel("location"),
        FieldRowPanel([FieldPanel("number"), FieldPanel("extension"), FieldPanel("type")]),
        FieldPanel("description"), FieldPanel("languages"),
    ])


class TaxonomyTermViewSet(SnippetViewSet):
    model = TaxonomyTerm
    icon = "tag"
    menu_label = _("Taxonomy terms")
    list_display = ["name", "code", "taxonomy"]
    list_filter = ["taxonomy"]
    edit_handler = translated_tabs(TaxonomyTerm, [
        FieldPanel("taxonomy"), FieldPanel("code"), FieldPanel("name"), FieldPanel("description"),
        FieldPanel("parent"), FieldPanel("sort_order"), FieldPanel("term_uri"),
    ])


class TaxonomyViewSet(SnippetViewSet):
    model = Taxonomy
    icon = "folder-open-inverse"
    menu_label = _("Taxonomies")
    list_display = ["name", "slug"]
    edit_handler = translated_tabs(Taxonomy, [
        FieldPanel("slug"), FieldPanel("name"), FieldPanel("description"), FieldPanel("uri"), FieldPanel("version"),
    ])


class AreaViewSet(SnippetViewSet):
    model = Area
    icon = "pick"
    menu_label = _("Areas of town")
    list_display = ["name", "slug"]
    edit_handler = translated_tabs(Area, [FieldPanel("slug"), FieldPanel("name")])


class LanguageViewSet(SnippetViewSet):
    model = Language
    icon = "globe"
    menu_label = _("Languages")
    list_display = ["code", "name", "name_local"]
    search_fields = ["code", "name"]
    search_backend_name = None
    edit_handler = translated_tabs(Language, [FieldPanel("code"), FieldPanel("name"), FieldPanel("name_local")])


class DirectoryViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Directory")
    menu_icon = "group"
    menu_order = 200
    items = (OrganizationViewSet, ServiceViewSet, LocationViewSet, PhoneViewSet, TaxonomyTermViewSet,
             TaxonomyViewSet, AreaViewSet, LanguageViewSet)


register_snippet(DirectoryViewSetGroup)


class MarkVerifiedBulkAction(SnippetBulkAction):
    display_name = _("Mark as verified")
    action_type = "mark_verified"
    aria_label = _("Mark the selected organisations as verified today")
    template_name = "directory/admin/confirm_mark_verified.html"
    action_priority = 20
    models = [Organization]

    def check_perm(self, snippet):
        return services.can_verify(self.request.user)

    def get_execution_context(self):
        return {**super().get_execution_context(), "user": self.request.user}

    @classmethod
    def execute_action(cls, objects, user=None, **kwargs):
        count = services.mark_verified(objects, user)
        return count, 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "%(count)d organisation marked as verified.",
            "%(count)d organisations marked as verified.",
            num_parent_objects,
        ) % {"count": num_parent_objects}


hooks.register("register_bulk_action", MarkVerifiedBulkAction)
