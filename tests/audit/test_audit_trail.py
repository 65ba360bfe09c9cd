"""Who changed what: admin edits, approved change requests, memberships and roles leave an audit entry
with the user and the fields that changed; only moderators and superusers read the report."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from wagtail.models import ModelLogEntry

from audit.recorder import acting_as
from community import services
from community.models import ChangeRequest, Membership, Role
from directory import snapshot
from directory.models import Organization
from tests.community.conftest import OrganizationFactory, UserFactory, member_of

pytestmark = pytest.mark.django_db


def entries_for(obj):
    return ModelLogEntry.objects.filter(content_type__model=obj._meta.model_name, object_id=str(obj.pk))


def changed(entry) -> dict:
    return {c["field"]: (c["old"], c["new"]) for c in entry.data["changes"]}


@pytest.fixture
def superuser(db):
    return get_user_model().objects.create_superuser("root@example.org", "root@example.org", "x")


def test_an_admin_edit_records_the_user_and_the_fields_once(client, superuser, django_capture_on_commit_callbacks):
    org = OrganizationFactory(name="Språkcaféet", slug="sprakcafeet", description_sv="Prata svenska.")
    client.force_login(superuser)
    data = {"name": "Språkcaféet", "slug": "sprakcafeet", "alternate_names": "[]",
            "description_sv": "Prata svenska varje tisdag.", "description_en": "Speak Swedish.",
            "status": "active", "is_published": "on", "source": ""}
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("wagtailsnippets_directory_organization:edit", args=[org.pk]), data)
    assert response.status_code == 302
    [entry] = entries_for(org)  # the admin's own "edited" entry, with the fields added to it
    assert entry.action == "wagtail.edit" and entry.user == superuser
    assert changed(entry)["description_sv"] == ("Prata svenska.", "Prata svenska varje tisdag.")
    assert changed(entry)["description_en"] == ("", "Speak Swedish.")
    assert "name" not in changed(entry)


def test_an_approved_change_request_records_the_moderator(organization, member, moderator,
                                                          django_capture_on_commit_callbacks):
    proposed = snapshot.serialize(organization)
    proposed["email"] = "info@forening.example"
    services.submit_change(member, organization, proposed, base_snapshot=snapshot.serialize(organization))
    with django_capture_on_commit_callbacks(execute=True):
        services.approve(ChangeRequest.objects.get(), moderator)
    [entry] = entries_for(organization).filter(action="wagtail.edit")
    assert entry.user == moderator
    assert changed(entry) == {"email": ("", "info@forening.example")}


def test_an_invitation_and_its_acceptance_are_recorded(organization, moderator, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        invitation = services.invite(organization, "ny@example.org", Role.EDITOR, moderator)
    [entry] = entries_for(invitation)
    assert entry.action == "wagtail.create" and entry.user == moderator
    assert changed(entry)["email"] == ("", "ny@example.org")
    assert "token_hash" not in changed(entry)

    with django_capture_on_commit_callbacks(execute=True):
        user = services.accept_invitation(invitation.token, "ett-långt-lösenord-7")
    [entry] = entries_for(Membership.objects.get(user=user))
    assert entry.action == "wagtail.create" and entry.user == user
    assert changed(entry)["role"] == ("", Role.EDITOR)


def test_removing_a_member_is_recorded(client, organization, member, moderator, django_capture_on_commit_callbacks):
    member_of(organization, role=Role.OWNER)  # an organisation keeps one owner
    membership = Membership.objects.get(user=member)
    client.force_login(moderator)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("community_admin:member", args=[membership.pk]), {"remove": "1"})
    assert response.status_code == 302 and not Membership.objects.filter(pk=membership.pk).exists()
    [entry] = ModelLogEntry.objects.filter(content_type__model="membership", object_id=str(membership.pk))
    assert entry.action == "wagtail.delete" and entry.user == moderator
    assert changed(entry)["user"] == (str(member.pk), "")


def test_a_role_change_is_recorded(client, organization, member, moderator, django_capture_on_commit_callbacks):
    member_of(organization, role=Role.OWNER)
    membership = Membership.objects.get(user=member)
    client.force_login(moderator)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("community_admin:member", args=[membership.pk]), {"role": Role.EDITOR})
    [entry] = entries_for(membership)
    assert entry.user == moderator
    assert changed(entry) == {"role": (Role.OWNER, Role.EDITOR)}


def test_group_assignment_is_recorded(superuser, django_capture_on_commit_callbacks):
    editor = UserFactory(username="redaktor@example.org")
    group, _ = Group.objects.get_or_create(name="Moderators")
    with django_capture_on_commit_callbacks(execute=True), acting_as(superuser):
        editor.groups.add(group)
    [entry] = entries_for(editor)
    assert entry.user == superuser
    assert changed(entry) == {"groups": ("", "Moderators")}


def test_changes_without_a_user_are_not_recorded(django_capture_on_commit_callbacks):
    """Imports and demo data are not people's edits."""
    with django_capture_on_commit_callbacks(execute=True):
        org = OrganizationFactory()
        Organization.objects.filter(pk=org.pk).update(name="Annat")
    assert not entries_for(org).exists()


def test_moderators_read_the_report_with_the_changes(client, organization, member, moderator,
                                                     django_capture_on_commit_callbacks):
    member_of(organization, role=Role.OWNER)
    membership = Membership.objects.get(user=member)
    with django_capture_on_commit_callbacks(execute=True):
        services.change_role(membership, Role.EDITOR, moderator)
    client.force_login(moderator)
    response = client.get(reverse("audit_report"), {"content_type": entries_for(membership).get().content_type_id})
    assert response.status_code == 200
    html = response.content.decode()
    assert "<del>owner</del>" in html and "<ins>editor</ins>" in html


def test_the_report_is_also_in_site_history(client, superuser, organization, member, moderator,
                                            django_capture_on_commit_callbacks):
    member_of(organization, role=Role.OWNER)
    with django_capture_on_commit_callbacks(execute=True):
        services.change_role(Membership.objects.get(user=member), Role.EDITOR, moderator)
    client.force_login(superuser)
    response = client.get(reverse("wagtailadmin_reports:site_history"))
    assert str(Membership.objects.get(user=member)) in response.content.decode()


def test_members_cannot_see_the_report(client, member):
    client.force_login(member)
    response = client.get(reverse("audit_report"))
    assert response.status_code == 302 and response["Location"].startswith("/admin/login/")


def test_editors_without_moderation_rights_cannot_see_the_report(client, db):
    editor = UserFactory(username="redaktor@example.org")
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(get_user_model().objects.get(pk=editor.pk))
    response = client.get(reverse("audit_report"))
    # Wagtail turns the refusal into a redirect to the dashboard with "no permission"
    assert response.status_code == 302 and response["Location"] == "/admin/"
