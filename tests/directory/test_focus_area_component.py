"""The focus-area actors component renders from any template through its template tag."""

from django.template import engines
from django.test import RequestFactory
from django.utils import translation

from .factories import OrganizationFactory


def render(focus_area):
    template = engines["django"].from_string(
        '{% include "directory/components/focus_area_actors.html" with focus_area=focus_area %}')
    with translation.override("sv"):
        return template.render({"focus_area": focus_area}, RequestFactory().get("/sv/"))


def test_lists_published_actors_of_the_focus_area(db):
    OrganizationFactory(name="BVC", slug="bvc", focus=["health", "parenting"])
    OrganizationFactory(name="Arbetsförmedlingen", slug="af", focus=["work"])
    OrganizationFactory(name="Dold", slug="dold", focus=["health"], is_published=False)
    html = render("health")
    assert 'href="/sv/directory/bvc/"' in html
    assert "Arbetsförmedlingen" not in html and "Dold" not in html
    assert 'href="/sv/directory/?focus=health"' in html


def test_nothing_when_no_actor(db):
    assert render("housing").strip() == ""
    assert render("").strip() == ""
