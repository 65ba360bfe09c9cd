"""The directory's search source: published actors, one document per language with the actor's Swedish
name (matched from every language) and its descriptions and services in that language."""

from __future__ import annotations

from django.db.models.signals import m2m_changed, post_delete, post_save
from django.urls import NoReverseMatch
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from kernel import languages
from kernel.text import shown_text
from search.documents import SearchDocument
from search.registry import QuerySetSource


class OrganizationSource(QuerySetSource):
    name = "organization"
    label = _("Organisation")
    plural_label = _("Organisations")

    def queryset(self):
        from directory.models import Organization

        return (Organization.objects.published().select_related("category")
                .prefetch_related("focus_areas", "languages", "services__languages"))

    def connect(self) -> None:
        from directory.models import Organization, Service

        for signal in (post_save, post_delete):
            signal.connect(self._organization_changed, sender=Organization,
                           dispatch_uid=f"search-organization-{id(signal)}")
            signal.connect(self._service_changed, sender=Service, dispatch_uid=f"search-service-{id(signal)}")
        for field_name in ("focus_areas", "languages"):
            m2m_changed.connect(self._m2m_changed, sender=getattr(Organization, field_name).through,
                                dispatch_uid=f"search-organization-{field_name}")

    def _organization_changed(self, sender, instance, **kwargs):
        if not kwargs.get("raw"):  # loading fixtures
            self.changed(instance.pk)

    def _m2m_changed(self, sender, instance, action, **kwargs):
        if action in ("post_add", "post_remove", "post_clear"):
            self.changed(instance.pk)

    def _service_changed(self, sender, instance, **kwargs):
        if not kwargs.get("raw") and instance.organization_id:
            self.changed(instance.organization_id)

    def documents(self, org) -> list[SearchDocument]:
        if not org.name:
            return []
        alternates = tuple(str(a) for a in (org.alternate_names or []) if a)
        category = org.category.code if org.category_id else ""
        focus_areas = tuple(t.code for t in org.focus_areas.all())
        served = {lang.code for lang in org.languages.all()}
        services = list(org.services.all())
        for service in services:
            served.update(lang.code for lang in service.languages.all())
        docs = []
        for code in languages.CODES:
            parts = [shown_text(org, "description", code)[0]]
            for service in services:
                parts += [shown_text(service, "name", code)[0], shown_text(service, "description", code)[0]]
            docs.append(SearchDocument(
                type=self.name, object_id=str(org.pk), language=code, title=org.name,
                body=" ".join(filter(None, [*alternates, *parts])),
                url=_url(org, code, default=f"/{code}/directory/{org.slug or org.pk}/"),
                focus_areas=focus_areas, categories=(category,) if category else (),
                languages_served=tuple(sorted(served)), names=(org.name, *alternates), title_language=code))
        return docs


def _url(org, code: str, default: str) -> str:
    with translation.override(code):
        try:
            return org.get_absolute_url() or default
        except NoReverseMatch:
            return default
