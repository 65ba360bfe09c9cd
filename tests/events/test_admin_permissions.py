"""A meeting place's editors post and keep that place's activities in the admin, and nothing else;
moderators keep every activity; a user without a group gets nothing."""

from datetime import date, time

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from events import demo as events_demo
from events import permissions
from events.models import Activity
from pages import demo as pages_demo
from pages.models import MeetingPlacePage
from tests.events.conftest import ActivityFactory, OrganizationFactory
from tests.pages.conftest import SV_BODY, make_page

pytestmark = pytest.mark.django_db

ADD = "wagtailsnippets_events_activity:add"
EDIT = "wagtailsnippets_events_activity:edit"
DELETE = "wagtailsnippets_events_activity:delete"
INDEX = "wagtailsnippets_events_activity:list"
HISTORY = "wagtailsnippets_events_activity:history"
USAGE = "wagtailsnippets_events_activity:usage"
COPY = "wagtailsnippets_events_activity:copy"


@pytest.fixture
def places(home):
    backby = make_page(home, MeetingPlacePage, title={"sv": "Bäckbyhuset"}, slug={"sv": "backbyhuset"},
                       body={"sv": SV_BODY})
    skiljebo = make_page(home, MeetingPlacePage, title={"sv": "Hjärtpunkt Skiljebo"},
                         slug={"sv": "hjartpunkt-skiljebo"}, body={"sv": SV_BODY})
    pages_demo.ensure_editor_groups([backby, skiljebo])
    events_demo.load()  # as load_demo does after the pages: editors may post activities
    return backby, skiljebo


def _user(django_user_model, name, *group_names):
    user = django_user_model.objects.create_user(name, f"{name}@example.org", "a-long-password-1")
    for group_name in group_names:
        user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def backby_editor(places, django_user_model):
    return _user(django_user_model, "backby", pages_demo.editor_group_name(places[0]))


@pytest.fixture
def moderator_user(places, django_user_model):
    return _user(django_user_model, "moderator", pages_demo.MODERATORS)


@pytest.fixture
def activities(places):
    backby, skiljebo = places
    backby_house = OrganizationFactory(name="Bäckbyhuset", slug="backbyhuset-org", meeting_place_page=backby)
    return {
        "backby": ActivityFactory(title_sv="Läxhjälp i Bäckby", title="Läxhjälp i Bäckby", meeting_place=backby),
        "skiljebo": ActivityFactory(title_sv="Stickcafé i Skiljebo", title="Stickcafé i Skiljebo",
                                    meeting_place=skiljebo),
        "backby_organizer": ActivityFactory(title_sv="Bäckbyhusets utflykt", title="Bäckbyhusets utflykt",
                                            organizer=backby_house),
        "nowhere": ActivityFactory(title_sv="Stadens föreläsning", title="Stadens föreläsning"),
    }


def _form(place=None, **changes) -> dict:
    data = {"title_sv": "Språkcafé", "description_sv": "", "start_date": "2027-02-02", "start_time": "16:00",
            "end_time": "18:00", "recurrence": "", "cancelled_dates": "", "status": "scheduled",
            "previous_start": "", "organizer": "", "meeting_place": place.pk if place else "", "location": "",
            "place_sv": "", "focus_area": "", "audience": "everyone", "price": "", "registration_url": "",
            "is_published": "on"}
    data.update(changes)
    return data


def _snapshot():
    return sorted(Activity.objects.values_list("pk", "title_sv", "meeting_place_id", "organizer_id",
                                               "start_date"))


def _refused(response) -> bool:
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home"))


# --- the rule (events.permissions) ------------------------------------------------------------------

def test_an_editor_reaches_the_places_whose_pages_they_may_edit(places, backby_editor, moderator_user,
                                                                 django_user_model):
    backby, skiljebo = places
    assert permissions.reach(backby_editor) == permissions.Reach(False, frozenset({backby.pk}))
    assert permissions.may_post_at(backby_editor, backby)
    assert not permissions.may_post_at(backby_editor, skiljebo)
    assert not permissions.may_post_at(backby_editor, None)
    assert permissions.reach(moderator_user).every_place
    assert permissions.may_post_at(moderator_user, None)
    superuser = django_user_model.objects.create_superuser("root", "root@example.org", "a-long-password-1")
    assert permissions.reach(superuser).every_place
    assert permissions.reach(_user(django_user_model, "nobody")).is_empty


def test_an_activity_is_at_a_place_where_it_is_held_or_its_organiser_is_based(activities, backby_editor):
    assert set(permissions.kept_by(backby_editor)) == {activities["backby"], activities["backby_organizer"]}
    assert permissions.may_keep(backby_editor, activities["backby_organizer"])
    assert not permissions.may_keep(backby_editor, activities["skiljebo"])
    assert not permissions.may_keep(backby_editor, activities["nowhere"])


def test_the_demo_gives_editors_activities_and_nothing_more(places):
    backby, _ = places
    group = Group.objects.get(name=pages_demo.editor_group_name(backby))
    codenames = set(group.permissions.values_list("codename", flat=True))
    assert {"add_activity", "change_activity", "delete_activity"} <= codenames
    assert not codenames & {"add_alert", "change_alert", "delete_alert"}
    before = group.permissions.count()
    events_demo.load()
    assert group.permissions.count() == before


def test_model_permissions_without_a_meeting_place_give_nothing(activities, client, django_user_model):
    """Activity permissions given directly, without a page the user may edit, reach no activity."""
    user = _user(django_user_model, "no-place")
    user.user_permissions.add(*Permission.objects.filter(
        codename__in=["access_admin", "add_activity", "change_activity", "delete_activity"]))
    client.force_login(user)
    assert _refused(client.get(reverse(INDEX)))
    assert _refused(client.get(reverse(ADD)))
    before = _snapshot()
    assert _refused(client.post(reverse(ADD), _form(Activity.objects.first().meeting_place)))
    assert _snapshot() == before


# --- the admin views --------------------------------------------------------------------------------

def test_the_editor_lists_only_their_places_activities(client, activities, backby_editor):
    client.force_login(backby_editor)
    response = client.get(reverse(INDEX))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Läxhjälp i Bäckby" in html and "Bäckbyhusets utflykt" in html
    assert "Stickcafé i Skiljebo" not in html and "Stadens föreläsning" not in html
    results = client.get(reverse("wagtailsnippets_events_activity:list_results"), {"q": "i"})
    assert "Stickcafé i Skiljebo" not in results.content.decode()


def test_the_editor_adds_an_activity_at_their_place(client, places, backby_editor):
    backby, _ = places
    client.force_login(backby_editor)
    form = client.get(reverse(ADD)).context["form"]
    assert list(form.fields["meeting_place"].queryset) == [backby]
    assert form.fields["meeting_place"].required
    response = client.post(reverse(ADD), _form(backby))
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    activity = Activity.objects.get(title_sv="Språkcafé")
    assert activity.meeting_place == backby and activity.start_date == date(2027, 2, 2)


def test_the_editor_edits_and_deletes_their_places_activity(client, places, activities, backby_editor):
    backby, _ = places
    client.force_login(backby_editor)
    activity = activities["backby"]
    for name in (EDIT, HISTORY, USAGE, COPY):
        assert client.get(reverse(name, args=[activity.pk])).status_code == 200, name
    response = client.post(reverse(EDIT, args=[activity.pk]), _form(backby, title_sv="Läxhjälp på tisdagar"))
    assert response.status_code == 302
    activity.refresh_from_db()
    assert activity.title_sv == "Läxhjälp på tisdagar"
    assert client.get(reverse(DELETE, args=[activity.pk])).status_code == 200
    assert client.post(reverse(DELETE, args=[activity.pk])).status_code == 302
    assert not Activity.objects.filter(pk=activity.pk).exists()


def test_an_activity_of_the_editors_organiser_opens_with_their_place_proposed(client, places, activities,
                                                                              backby_editor):
    backby, _ = places
    client.force_login(backby_editor)
    activity = activities["backby_organizer"]
    response = client.get(reverse(EDIT, args=[activity.pk]))
    assert response.status_code == 200
    assert response.context["form"]["meeting_place"].value() == backby.pk
    data = _form(backby, title_sv="Utflykt till Djäkneberget", organizer=activity.organizer_id)
    assert client.post(reverse(EDIT, args=[activity.pk]), data).status_code == 302
    activity.refresh_from_db()
    assert activity.title_sv == "Utflykt till Djäkneberget" and activity.meeting_place == backby


@pytest.mark.parametrize("name", ["skiljebo", "nowhere"])
def test_another_places_activity_cannot_be_opened_changed_or_deleted(client, places, activities, backby_editor,
                                                                     name):
    backby, _ = places
    activity = activities[name]
    client.force_login(backby_editor)
    before = _snapshot()
    for name in (EDIT, DELETE, HISTORY, USAGE, COPY):
        assert _refused(client.get(reverse(name, args=[activity.pk]))), name
    assert _refused(client.post(reverse(EDIT, args=[activity.pk]), _form(backby, title_sv="Kapad")))
    assert _refused(client.post(reverse(DELETE, args=[activity.pk])))
    client.post(f"{_bulk_delete()}?id={activity.pk}", {})
    assert _snapshot() == before


def _bulk_delete() -> str:
    return reverse("wagtail_bulk_action", args=("events", "activity", "delete"))


def test_bulk_delete_takes_only_the_editors_activities(client, activities, backby_editor):
    client.force_login(backby_editor)
    ids = [activities["backby"].pk, activities["skiljebo"].pk]
    response = client.post(f"{_bulk_delete()}?id={ids[0]}&id={ids[1]}", {})
    assert response.status_code == 302
    assert list(Activity.objects.filter(pk__in=ids)) == [activities["skiljebo"]]


@pytest.mark.parametrize("place", ["skiljebo", "none"])
def test_a_tampered_place_is_a_form_error_and_nothing_is_saved(client, places, activities, backby_editor, place):
    backby, skiljebo = places
    chosen = {"skiljebo": skiljebo, "none": None}[place]
    client.force_login(backby_editor)
    before = _snapshot()
    response = client.post(reverse(ADD), _form(chosen))
    assert response.status_code == 200
    assert response.context["form"].errors["meeting_place"]
    edit = client.post(reverse(EDIT, args=[activities["backby"].pk]), _form(chosen, title_sv="Flyttad"))
    assert edit.status_code == 200
    assert edit.context["form"].errors["meeting_place"]
    assert _snapshot() == before


def test_the_place_errors_say_what_to_do(client, places, backby_editor):
    _, skiljebo = places
    client.force_login(backby_editor)
    errors = client.post(reverse(ADD), _form(None)).context["form"].errors["meeting_place"]
    assert errors == ["Välj den mötesplats som aktiviteten hör till."]
    errors = client.post(reverse(ADD), _form(skiljebo)).context["form"].errors["meeting_place"]
    assert errors[0].startswith("Välj en av dina egna mötesplatser")


def test_an_organiser_of_another_place_cannot_be_named(client, places, activities, backby_editor):
    backby, skiljebo = places
    skiljebo_house = OrganizationFactory(name="Hjärtpunkt Skiljebo", meeting_place_page=skiljebo)
    free_association = OrganizationFactory(name="Schackklubben")
    client.force_login(backby_editor)
    before = _snapshot()
    response = client.post(reverse(ADD), _form(backby, organizer=skiljebo_house.pk))
    assert response.status_code == 200 and response.context["form"].errors["organizer"]
    assert _snapshot() == before
    assert client.post(reverse(ADD), _form(backby, organizer=free_association.pk)).status_code == 302
    assert Activity.objects.get(title_sv="Språkcafé").organizer == free_association


def test_moderators_keep_every_activity(client, places, activities, moderator_user):
    _, skiljebo = places
    client.force_login(moderator_user)
    html = client.get(reverse(INDEX)).content.decode()
    assert all(a.title_sv in html for a in activities.values())
    activity = activities["skiljebo"]
    form = client.get(reverse(ADD)).context["form"]
    assert not form.fields["meeting_place"].required
    response = client.post(reverse(EDIT, args=[activity.pk]), _form(skiljebo, title_sv="Stickcafé på torsdagar"))
    assert response.status_code == 302
    activity.refresh_from_db()
    assert activity.title_sv == "Stickcafé på torsdagar"
    assert client.post(reverse(ADD), _form(None, title_sv="Stadsvandring")).status_code == 302
    assert Activity.objects.get(title_sv="Stadsvandring").meeting_place is None
    assert client.post(reverse(DELETE, args=[activities["nowhere"].pk])).status_code == 302
    assert not Activity.objects.filter(pk=activities["nowhere"].pk).exists()


def test_a_user_in_no_group_gets_nothing(client, activities, django_user_model):
    nobody = _user(django_user_model, "nobody")
    client.force_login(nobody)
    before = _snapshot()
    activity = activities["backby"]
    for url in (reverse(INDEX), reverse(ADD), reverse(EDIT, args=[activity.pk]), reverse(DELETE, args=[activity.pk])):
        assert client.get(url).status_code in (302, 403)
        assert client.post(url, _form(activity.meeting_place)).status_code in (302, 403)
    assert _snapshot() == before
    assert not permissions.ActivityPermissionPolicy(Activity).user_has_any_permission(
        nobody, ["add", "change", "delete"])


def test_the_activity_time_still_comes_from_the_form(client, places, backby_editor):
    """The restricted form keeps the model's own checks (an end before the start is refused)."""
    backby, _ = places
    client.force_login(backby_editor)
    response = client.post(reverse(ADD), _form(backby, end_time="15:00"))
    assert response.status_code == 200 and response.context["form"].errors["end_time"]
    assert not Activity.objects.filter(start_time=time(16, 0)).exists()
