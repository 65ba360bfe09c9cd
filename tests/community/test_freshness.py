"""Listings not verified for 12 months are flagged and their members reminded by e-mail."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from .conftest import OrganizationFactory, member_of

pytestmark = pytest.mark.django_db


def test_reminders_go_to_members_of_stale_listings_only(organization, member):
    fresh = OrganizationFactory(last_verified=timezone.localdate() - timedelta(days=30))
    fresh_member = member_of(fresh)
    organization.last_verified = timezone.localdate() - timedelta(days=400)
    organization.save()
    call_command("send_verification_reminders")
    recipients = [m.to[0] for m in mail.outbox]
    assert recipients == [member.email]
    assert fresh_member.email not in recipients
    assert f"/my/organizations/{organization.pk}/edit/" in mail.outbox[0].body


def test_a_listing_never_verified_is_stale_and_flagged_in_the_admin(client, moderator, organization):
    fresh = OrganizationFactory(name="Färsk förening", last_verified=timezone.localdate())
    client.force_login(moderator)
    response = client.get("/admin/community/listings/?stale=1")
    names = [row["organization"].name for row in response.context["rows"]]
    assert organization.name in names and fresh.name not in names


def test_the_member_page_flags_a_stale_listing(client, member, organization):
    client.force_login(member)
    assert client.get("/en/my/").context["rows"][0]["stale"]
    client.post(f"/en/my/organizations/{organization.pk}/verify/")
    assert not client.get("/en/my/").context["rows"][0]["stale"]


def test_a_daily_run_does_not_repeat_the_reminder_within_a_month(organization, member):
    from community.models import Membership

    call_command("send_verification_reminders")
    call_command("send_verification_reminders")
    assert len(mail.outbox) == 1
    Membership.objects.update(reminded_at=timezone.now() - timedelta(days=31))
    call_command("send_verification_reminders")
    assert len(mail.outbox) == 2
