"""Association members propose activities; nothing is public until a moderator approves it."""

from datetime import date

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from community import services as community
from community.models import Membership, RequestKind, RequestStatus, Role
from events import services
from events.models import Activity, ActivityStatus
from tests.events.conftest import ActivityFactory, LocationFactory, OrganizationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def member(organizer):
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.create_user("member@example.org", "member@example.org", "correct horse battery")
    Membership.objects.create(user=user, organization=organizer, role=Role.EDITOR)
    return user


FORM = {"title": "Språkcafé", "description": "Vi pratar svenska.", "start_date": "2027-01-12",
        "start_time": "17:00", "end_time": "19:00", "recurrence": "FREQ=WEEKLY;BYDAY=TU;COUNT=4",
        "audience": "everyone", "languages": ["sv", "so"], "focus_area": "leisure", "price": "0"}


def _post(client, user, organization, data, url=None):
    client.force_login(user)
    return client.post(url or f"/sv/my/organizations/{organization.pk}/activities/new/", data)


def test_member_proposal_waits_for_approval(client, member, organizer, place):
    response = _post(client, member, organizer, {**FORM, "location": place.pk})
    assert response.status_code == 302
    request = organizer.change_requests.get()
    assert request.kind == RequestKind.ACTIVITY and request.status == RequestStatus.PENDING
    assert not Activity.objects.exists()


def test_approval_publishes_the_activity_with_every_field(client, member, organizer, place, moderator):
    _post(client, member, organizer, {**FORM, "location": place.pk})
    community.approve(organizer.change_requests.get(), moderator)
    activity = Activity.objects.get()
    assert activity.title_sv == "Språkcafé" and activity.organizer == organizer and activity.location == place
    assert activity.recurrence == "FREQ=WEEKLY;BYDAY=TU;COUNT=4" and activity.last_date == date(2027, 2, 2)
    assert sorted(activity.languages.values_list("code", flat=True)) == ["so", "sv"]
    assert activity.is_free and activity.is_published


def test_the_moderator_sees_what_is_proposed(member, organizer, moderator, client):
    _post(client, member, organizer, FORM)
    changes = community.review_diff(organizer.change_requests.get())
    assert any(c["new"] == "Språkcafé" for c in changes)


def test_a_bad_rule_is_refused_in_the_form_with_nothing_saved(client, member, organizer):
    response = _post(client, member, organizer, {**FORM, "recurrence": "FREQ=OFTEN"})
    assert response.status_code == 200 and "FREQ=WEEKLY" in response.content.decode()
    assert not organizer.change_requests.exists()


def test_someone_elses_organisation_is_refused(client, member):
    other = OrganizationFactory()
    response = _post(client, member, other, FORM)
    assert response.status_code == 403
    assert not other.change_requests.exists()


def test_a_place_of_another_organisation_is_refused(member, organizer):
    foreign = LocationFactory()
    with pytest.raises(PermissionDenied):
        services.propose(member, organizer, {"location": foreign.pk})


def test_members_cannot_edit_another_organisations_activity(client, member, organizer):
    foreign = ActivityFactory(organizer=OrganizationFactory())
    client.force_login(member)
    response = client.get(f"/sv/my/organizations/{organizer.pk}/activities/{foreign.pk}/")
    assert response.status_code == 404


def test_member_moves_an_activity_and_the_old_time_is_kept(client, member, organizer, moderator):
    activity = ActivityFactory(organizer=organizer, start_date=date(2027, 1, 12))
    _post(client, member, organizer, {**FORM, "recurrence": "", "start_date": "2027-01-19", "status": "moved"},
          url=f"/sv/my/organizations/{organizer.pk}/activities/{activity.pk}/")
    community.approve(organizer.change_requests.get(), moderator)
    activity.refresh_from_db()
    assert activity.status == ActivityStatus.MOVED and activity.start_date == date(2027, 1, 19)
    assert activity.previous_start.date() == date(2027, 1, 12)


def test_only_moderators_cancel(member, moderator):
    activity = ActivityFactory()
    with pytest.raises(PermissionDenied):
        services.cancel(activity, member)
    services.cancel(activity, moderator, on=date(2027, 1, 12))
    assert Activity.objects.get().cancelled_on() == {date(2027, 1, 12)}


def test_staff_move_needs_no_previous_date_typed(moderator):
    activity = ActivityFactory(start_date=date(2027, 1, 12), recurrence="")
    from datetime import time

    moved = services.move(activity, moderator, start_date=date(2027, 1, 14), start_time=time(18))
    assert moved.is_moved and moved.previous_start.date() == date(2027, 1, 12)


def test_a_moved_activity_without_the_old_date_does_not_validate():
    activity = Activity(title="X", start_date=date(2027, 1, 5), start_time=date.min.__class__ and None,
                        status=ActivityStatus.MOVED)
    from datetime import time

    activity.start_time = time(10)
    with pytest.raises(ValidationError):
        activity.full_clean(exclude=["organizer", "meeting_place", "location"])
