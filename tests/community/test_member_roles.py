"""Owners (and moderators) invite and remove members and change roles; editors only edit the listing."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from community import services
from community.models import Invitation, Membership, Role

from .conftest import member_of

pytestmark = pytest.mark.django_db


def test_an_owner_invites_members_of_their_organisation(organization):
    owner = member_of(organization, role=Role.OWNER)
    services.invite(organization, "new@example.org", Role.EDITOR, owner)
    assert Invitation.objects.filter(organization=organization, email="new@example.org").exists()


def test_an_editor_cannot_invite(organization):
    editor = member_of(organization, role=Role.EDITOR)
    with pytest.raises(PermissionDenied):
        services.invite(organization, "new@example.org", Role.OWNER, editor)
    assert not Invitation.objects.exists()


def test_an_owner_of_another_organisation_cannot_invite_here(organization, other_organization):
    stranger = member_of(other_organization, role=Role.OWNER)
    with pytest.raises(PermissionDenied):
        services.invite(organization, "new@example.org", Role.EDITOR, stranger)


def test_an_editor_cannot_remove_a_member_or_change_a_role(organization):
    owner = member_of(organization, role=Role.OWNER)
    editor = member_of(organization, role=Role.EDITOR)
    owner_membership = Membership.objects.get(user=owner)
    with pytest.raises(PermissionDenied):
        services.remove_member(owner_membership, editor)
    with pytest.raises(PermissionDenied):
        services.change_role(Membership.objects.get(user=editor), Role.OWNER, editor)
    assert Membership.objects.get(user=editor).role == Role.EDITOR
    assert Membership.objects.filter(user=owner).exists()


def test_an_owner_removes_an_editor_and_changes_roles(organization):
    owner = member_of(organization, role=Role.OWNER)
    editor = member_of(organization, role=Role.EDITOR)
    services.change_role(Membership.objects.get(user=editor), Role.OWNER, owner)
    assert Membership.objects.get(user=editor).role == Role.OWNER
    services.remove_member(Membership.objects.get(user=editor), owner)
    assert not Membership.objects.filter(user=editor).exists()


def test_the_last_owner_stays(organization):
    owner = member_of(organization, role=Role.OWNER)
    with pytest.raises(ValidationError):
        services.change_role(Membership.objects.get(user=owner), Role.EDITOR, owner)
    with pytest.raises(ValidationError):
        services.remove_member(Membership.objects.get(user=owner), owner)
    assert Membership.objects.get(user=owner).role == Role.OWNER


def test_moderators_still_invite(organization, moderator):
    services.invite(organization, "new@example.org", Role.OWNER, moderator)
    assert Invitation.objects.filter(role=Role.OWNER).exists()


def test_editors_see_the_members_but_no_invite_controls(client, organization):
    editor = member_of(organization, role=Role.EDITOR)
    client.force_login(editor)
    response = client.get(f"/en/my/organizations/{organization.pk}/members/")
    assert response.status_code == 200
    assert response.context["form"] is None
    assert 'name="remove"' not in response.content.decode()


def test_an_editor_posting_a_removal_is_refused(client, organization):
    owner = member_of(organization, role=Role.OWNER)
    editor = member_of(organization, role=Role.EDITOR)
    client.force_login(editor)
    membership = Membership.objects.get(user=owner)
    response = client.post(f"/en/my/organizations/{organization.pk}/members/",
                           {"membership": membership.pk, "remove": "1"})
    assert response.status_code == 403
    assert Membership.objects.filter(pk=membership.pk).exists()


def test_an_owner_invites_from_the_members_page(client, organization, mailoutbox):
    owner = member_of(organization, role=Role.OWNER)
    client.force_login(owner)
    page = client.get(f"/en/my/organizations/{organization.pk}/members/")
    assert page.context["form"] is not None
    response = client.post(f"/en/my/organizations/{organization.pk}/members/",
                           {"email": "new@example.org", "role": Role.EDITOR, "language": "en"})
    assert response.status_code == 302
    assert Invitation.objects.filter(organization=organization, email="new@example.org").exists()
    assert len(mailoutbox) == 1
