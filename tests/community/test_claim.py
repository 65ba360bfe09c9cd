"""An organisation without members can be claimed; staff approval sends the claimant an owner invitation."""

import pytest
from django.core import mail

from community import services
from community.models import ChangeRequest, Invitation, RequestKind

pytestmark = pytest.mark.django_db


def test_a_claim_approved_by_staff_invites_the_claimant(client, moderator, organization,
                                                       django_capture_on_commit_callbacks):
    response = client.post(f"/sv/directory/{organization.slug}/claim/",
                           {"email": "ordf@example.org", "message": "Jag är ordförande."})
    assert response.status_code == 200
    claim = ChangeRequest.objects.get(kind=RequestKind.CLAIM)
    assert not Invitation.objects.exists()
    with django_capture_on_commit_callbacks(execute=True):
        services.approve(claim, moderator)
    invitation = Invitation.objects.get()
    assert (invitation.email, invitation.role) == ("ordf@example.org", "owner")
    assert any("/sv/my/invitation/" in m.body for m in mail.outbox)


def test_an_organisation_with_members_cannot_be_claimed(client, member, organization):
    response = client.post(f"/sv/directory/{organization.slug}/claim/",
                           {"email": "x@example.org", "message": "Min!"})
    assert response.status_code == 200
    assert not ChangeRequest.objects.exists()
