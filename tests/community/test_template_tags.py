"""Tags the public directory pages can use: the approved logo and the claim link."""

import pytest
from django.template import Context, Template
from django.utils import translation

from community.models import OrganizationLogo

from .conftest import member_of

pytestmark = pytest.mark.django_db


def _render(source, **context):
    return Template("{% load community_tags %}" + source).render(Context(context))


def test_logo_only_once_approved(organization):
    assert _render("{% organization_logo org %}", org=organization).strip() == ""
    OrganizationLogo.objects.create(organization=organization, image="community/logos/x.png")
    organization.refresh_from_db()
    html = _render("{% organization_logo org %}", org=organization)
    assert 'src="/media/community/logos/x.png"' in html and organization.name in html


def test_claim_link_only_without_members(organization):
    with translation.override("so"):
        assert _render("{% claim_url org %}", org=organization) == f"/so/directory/{organization.slug}/claim/"
        member_of(organization)
        assert _render("{% claim_url org %}", org=organization) == ""


def test_actor_page_invites_a_claim_and_shows_the_approved_logo(client, organization):
    html = client.get(f"/ar/directory/{organization.slug}/").content.decode()
    assert f'href="/ar/directory/{organization.slug}/claim/"' in html
    assert "community-logo" not in html

    OrganizationLogo.objects.create(organization=organization, image="community/logos/x.png")
    member_of(organization)
    html = client.get(f"/ar/directory/{organization.slug}/").content.decode()
    assert 'src="/media/community/logos/x.png"' in html
    assert "/claim/" not in html
