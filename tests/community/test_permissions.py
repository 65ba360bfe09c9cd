"""A member reaches only their own organisations' forms and requests: every URL and method, checked in services."""

import pytest
from django.core.exceptions import PermissionDenied

from community import services
from community.models import ChangeRequest
from directory import snapshot

from .conftest import member_of

pytestmark = pytest.mark.django_db

METHODS = ["get", "post", "put", "patch", "delete"]


def _foreign_request(other_organization):
    author = member_of(other_organization)
    return services.submit_change(author, other_organization, snapshot.serialize(other_organization),
                                  base_snapshot=snapshot.serialize(other_organization), message="hemligt")


def _member_urls(org_pk, request_pk):
    return [f"/sv/my/organizations/{org_pk}/edit/", f"/sv/my/organizations/{org_pk}/verify/",
            f"/sv/my/organizations/{org_pk}/requests/", f"/sv/my/requests/{request_pk}/",
            f"/sv/my/requests/{request_pk}/send/"]


@pytest.mark.parametrize("method", METHODS)
def test_a_member_cannot_reach_another_organisation(client, member, other_organization, method):
    foreign = _foreign_request(other_organization)
    client.force_login(member)
    before = snapshot.serialize(other_organization)
    for url in _member_urls(other_organization.pk, foreign.pk):
        response = getattr(client, method)(url, {"email": "x@example.org"})
        assert response.status_code in (403, 404, 405), (method, url, response.status_code)
        assert b"Hemlig" not in response.content and b"hemligt" not in response.content
    other_organization.refresh_from_db()
    assert snapshot.serialize(other_organization) == before
    assert other_organization.last_verified is None
    assert ChangeRequest.objects.filter(organization=other_organization).count() == 1


def test_a_member_cannot_post_a_change_to_another_organisation_with_a_valid_form(client, member, organization,
                                                                                   other_organization):
    client.force_login(member)
    own_form = client.get(f"/sv/my/organizations/{organization.pk}/edit/").context["editor"]
    response = client.post(f"/sv/my/organizations/{other_organization.pk}/edit/",
                           {"base": own_form.signed_base, "description_sv": "Kapat!"})
    assert response.status_code == 403
    assert not ChangeRequest.objects.filter(organization=other_organization).exists()


def test_a_signed_form_of_one_organisation_is_not_accepted_for_another(client, organization, other_organization):
    user = member_of(organization)
    member_of(other_organization, user)
    client.force_login(user)
    form_a = client.get(f"/sv/my/organizations/{organization.pk}/edit/").context["editor"]
    response = client.post(f"/sv/my/organizations/{other_organization.pk}/edit/", {"base": form_a.signed_base})
    assert response.status_code == 400


def test_anonymous_visitors_are_sent_to_sign_in(client, organization):
    for url in _member_urls(organization.pk, 1) + ["/sv/my/"]:
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith("/sv/my/login/"), url


def test_services_refuse_without_a_view(member, other_organization):
    with pytest.raises(PermissionDenied):
        services.require_can_edit(member, other_organization)
    with pytest.raises(PermissionDenied):
        services.submit_change(member, other_organization, {}, base_snapshot={})
    with pytest.raises(PermissionDenied):
        services.confirm_still_correct(member, other_organization)
    with pytest.raises(PermissionDenied):
        services.get_visible_request(member, _foreign_request(other_organization).pk)
    assert other_organization not in services.editable_organizations(member)


def test_members_cannot_moderate(member, organization):
    change = services.submit_change(member, organization, snapshot.serialize(organization),
                                    base_snapshot=snapshot.serialize(organization))
    with pytest.raises(PermissionDenied):
        services.approve(change, member)
    with pytest.raises(PermissionDenied):
        services.reject(change, member)
    version = services.current_version(organization)
    with pytest.raises(PermissionDenied):
        services.rollback(version, member)


@pytest.mark.parametrize("with_admin_access", [False, True])
def test_members_cannot_use_the_moderation_admin(client, member, organization, with_admin_access):
    from django.contrib.auth.models import Permission

    if with_admin_access:
        member.user_permissions.add(Permission.objects.get(codename="access_admin"))
    change = services.submit_change(member, organization, {**snapshot.serialize(organization), "email": "x@example.org"},
                                    base_snapshot=snapshot.serialize(organization))
    version = services.current_version(organization)
    client.force_login(member)
    for url in ["/admin/community/", "/admin/community/listings/", f"/admin/community/listings/{organization.pk}/",
                f"/admin/community/requests/{change.pk}/"]:
        response = client.get(url)
        assert response.status_code in (302, 403), url
        assert organization.name.encode() not in response.content
    for url, data in [(f"/admin/community/requests/{change.pk}/", {"approve": "1", "override_conflict": "on"}),
                      (f"/admin/community/versions/{version.pk}/rollback/", {}),
                      (f"/admin/community/listings/{organization.pk}/", {"email": "a@example.org", "role": "owner",
                                                                          "language": "sv"})]:
        assert client.post(url, data).status_code in (302, 403), url
    organization.refresh_from_db()
    assert organization.email is None
    assert ChangeRequest.objects.get(pk=change.pk).status == "pending"
    assert not organization.invitations.exists()


def test_an_inactive_member_loses_access(client, member, organization):
    member.is_active = False
    member.save()
    assert not services.can_edit(member, organization)
