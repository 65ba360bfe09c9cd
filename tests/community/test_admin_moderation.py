"""Moderation in the Wagtail admin: queue, diff, approve/reject, members, invitations, history and rollback."""

import pytest
from django.core import mail

from community import services
from community.models import ChangeRequest, Invitation, ListingVersion, RequestStatus
from directory import snapshot

pytestmark = pytest.mark.django_db


def _proposal(member, organization, **changes):
    proposed = snapshot.serialize(organization)
    proposed.update(changes)
    return services.submit_change(member, organization, proposed, base_snapshot=snapshot.serialize(organization))


def test_the_queue_lists_pending_requests_and_marks_conflicts(client, moderator, member, organization):
    _proposal(member, organization, email="a@example.org")
    _proposal(member, organization, email="b@example.org")
    client.force_login(moderator)
    response = client.get("/admin/community/")
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count(organization.name) >= 2
    assert all(row["conflict"] for row in response.context["rows"])


def test_the_review_page_shows_a_field_by_field_diff(client, moderator, member, organization):
    change = _proposal(member, organization, email="ny@example.org")
    client.force_login(moderator)
    response = client.get(f"/admin/community/requests/{change.pk}/")
    assert response.status_code == 200
    assert [(c["key"], c["old"], c["new"]) for c in response.context["changes"]] == [
        (("email",), "", "ny@example.org")]
    assert "ny@example.org" in response.content.decode()


def test_approving_in_the_admin_publishes_and_mails_the_author(client, moderator, member, organization,
                                                              django_capture_on_commit_callbacks):
    change = _proposal(member, organization, email="ny@example.org")
    client.force_login(moderator)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/community/requests/{change.pk}/", {"approve": "1", "message": "Tack"})
    assert response.status_code == 302
    organization.refresh_from_db()
    assert organization.email == "ny@example.org"
    assert mail.outbox[-1].to == [member.email] and "Tack" in mail.outbox[-1].body


def test_a_stale_request_needs_explicit_confirmation_in_the_admin(client, moderator, member, organization):
    first = _proposal(member, organization, email="first@example.org")
    second = _proposal(member, organization, email="second@example.org")
    services.approve(first, moderator)
    client.force_login(moderator)
    response = client.post(f"/admin/community/requests/{second.pk}/", {"approve": "1"})
    assert response.status_code == 200
    assert response.context["conflict"]["stale"]
    assert response.context["form"].errors["override_conflict"]
    organization.refresh_from_db()
    assert organization.email == "first@example.org"
    response = client.post(f"/admin/community/requests/{second.pk}/", {"approve": "1", "override_conflict": "on"})
    assert response.status_code == 302
    organization.refresh_from_db()
    assert organization.email == "second@example.org"


def test_rejecting_in_the_admin(client, moderator, member, organization):
    change = _proposal(member, organization, email="x@example.org")
    client.force_login(moderator)
    client.post(f"/admin/community/requests/{change.pk}/", {"reject": "1", "message": "Nej"})
    assert ChangeRequest.objects.get(pk=change.pk).status == RequestStatus.REJECTED
    organization.refresh_from_db()
    assert organization.email is None


def test_invite_member_from_the_organisation_page(client, moderator, organization):
    client.force_login(moderator)
    response = client.post(f"/admin/community/listings/{organization.pk}/",
                           {"email": "styrelsen@example.org", "role": "owner", "language": "so"})
    assert response.status_code == 302
    invitation = Invitation.objects.get()
    assert (invitation.email, invitation.role, invitation.organization) == ("styrelsen@example.org", "owner",
                                                                            organization)
    assert mail.outbox[-1].to == ["styrelsen@example.org"] and "/so/my/invitation/" in mail.outbox[-1].body


def test_history_shows_who_and_when_and_rolls_back(client, moderator, member, organization):
    change = _proposal(member, organization, email="ny@example.org")
    services.approve(change, moderator)
    client.force_login(moderator)
    response = client.get(f"/admin/community/listings/{organization.pk}/")
    html = response.content.decode()
    assert moderator.email in html
    versions = list(response.context["versions"])
    assert [v.number for v in versions] == [2, 1]
    response = client.post(f"/admin/community/versions/{versions[1].pk}/rollback/")
    assert response.status_code == 302
    organization.refresh_from_db()
    assert organization.email is None
    assert ListingVersion.objects.filter(organization=organization).count() == 3
    assert client.get(f"/admin/community/versions/{versions[1].pk}/rollback/").status_code == 405


def test_menu_items_are_shown_to_moderators_only(client, moderator, member):
    client.force_login(moderator)
    assert "/admin/community/" in client.get("/admin/").content.decode()


def test_the_organisation_listing_offers_invite_member(moderator, organization):
    from wagtail import hooks

    buttons = [b for hook in hooks.get_hooks("register_snippet_listing_buttons") for b in hook(organization, moderator)]
    assert any(b.url == f"/admin/community/listings/{organization.pk}/" for b in buttons)
