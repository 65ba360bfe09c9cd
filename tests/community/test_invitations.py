"""Invitations are e-mailed, expire, work once, and create an account with a validated password."""

import re
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.utils import timezone

from community import services
from community.models import Invitation, Membership

pytestmark = pytest.mark.django_db

GOOD_PASSWORD = "Vattentorn-Mälaren-42"


def _invite(organization, moderator, email="ny@example.org"):
    return services.invite(organization, email, "editor", moderator, language="ar")


def test_invitation_is_mailed_and_only_its_hash_is_stored(organization, moderator):
    invitation = _invite(organization, moderator)
    assert len(mail.outbox) == 1
    body = mail.outbox[0].body
    link = re.search(r"https?://\S+/ar/my/invitation/(\S+)/", body)
    assert link and link.group(1) == invitation.token
    stored = Invitation.objects.get(pk=invitation.pk)
    assert invitation.token not in stored.token_hash
    assert stored.expires_at > timezone.now() + timedelta(days=13)


def test_accepting_sets_the_password_and_lands_in_my(client, organization, moderator):
    invitation = _invite(organization, moderator)
    url = f"/ar/my/invitation/{invitation.token}/"
    assert client.get(url).status_code == 200
    response = client.post(url, {"password1": GOOD_PASSWORD, "password2": GOOD_PASSWORD})
    assert response.status_code == 302 and response["Location"] == "/ar/my/"
    user = get_user_model().objects.get(email="ny@example.org")
    assert user.check_password(GOOD_PASSWORD)
    assert Membership.objects.filter(user=user, organization=organization, role="editor").exists()
    assert organization.name in client.get("/ar/my/").content.decode()


def test_a_weak_password_is_refused_by_the_validators(client, organization, moderator):
    invitation = _invite(organization, moderator)
    response = client.post(f"/sv/my/invitation/{invitation.token}/", {"password1": "12345", "password2": "12345"})
    assert response.status_code == 200
    assert response.context["form"].errors["password1"]
    assert not get_user_model().objects.filter(email="ny@example.org").exists()
    assert Invitation.objects.get(pk=invitation.pk).used_at is None


def test_an_expired_invitation_is_refused(client, organization, moderator):
    invitation = _invite(organization, moderator)
    Invitation.objects.filter(pk=invitation.pk).update(expires_at=timezone.now() - timedelta(seconds=1))
    url = f"/sv/my/invitation/{invitation.token}/"
    assert client.get(url).status_code == 410
    assert client.post(url, {"password1": GOOD_PASSWORD, "password2": GOOD_PASSWORD}).status_code == 410
    assert not Membership.objects.exists()


def test_a_used_invitation_is_refused(client, organization, moderator):
    invitation = _invite(organization, moderator)
    url = f"/sv/my/invitation/{invitation.token}/"
    client.post(url, {"password1": GOOD_PASSWORD, "password2": GOOD_PASSWORD})
    client.logout()
    response = client.post(url, {"password1": "Another-Pass-9876", "password2": "Another-Pass-9876"})
    assert response.status_code == 410
    with pytest.raises(services.InvitationError):
        services.accept_invitation(invitation.token, "Another-Pass-9876")
    assert get_user_model().objects.get(email="ny@example.org").check_password(GOOD_PASSWORD)


def test_an_unknown_token_is_refused(client, db):
    assert client.get("/sv/my/invitation/not-a-real-token/").status_code == 410


def test_only_moderators_and_owners_may_invite(organization):
    from django.core.exceptions import PermissionDenied

    from community.models import Role

    from .conftest import member_of

    editor = member_of(organization, role=Role.EDITOR)
    with pytest.raises(PermissionDenied):
        services.invite(organization, "x@example.org", "owner", editor)
    assert not Invitation.objects.exists()


def test_someone_with_an_account_accepts_after_signing_in(client, organization, moderator):
    from .conftest import UserFactory

    existing = UserFactory(username="ny@example.org")
    invitation = _invite(organization, moderator)
    url = f"/sv/my/invitation/{invitation.token}/"
    response = client.post(url)
    assert response.status_code == 302 and response["Location"].startswith("/sv/my/login/")
    assert not Membership.objects.exists()
    client.force_login(existing)
    assert client.post(url).status_code == 302
    assert Membership.objects.filter(user=existing, organization=organization).exists()


def test_an_invitation_cannot_be_used_by_another_account(client, organization, moderator):
    from .conftest import UserFactory

    UserFactory(username="ny@example.org")
    stranger = UserFactory(username="stranger@example.org")
    invitation = _invite(organization, moderator)
    client.force_login(stranger)
    response = client.post(f"/sv/my/invitation/{invitation.token}/")
    assert response.status_code == 302 and "/login/" in response["Location"]
    with pytest.raises(services.InvitationError):
        services.accept_invitation(invitation.token, None, user=stranger)
    assert not Membership.objects.exists()
