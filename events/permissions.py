"""Who may post and keep which activities in the admin: a meeting place's staff keep that place's activities.

The rule is derived from Wagtail's page permissions, so that one grant decides both: a user with the model
permissions on activities may add, change and delete an activity only at a meeting place whose page they
may edit. Whoever may edit the root of the page tree (moderators, translators, superusers) reaches every
activity. An activity is at a meeting place when it is held there or its organiser is based there
(``ActivityQuerySet.at_meeting_place``). Members of associations do not come through here: they propose
activities through the moderation queue (events/services.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Q
from wagtail.models import Page
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permission_policies.pages import PagePermissionPolicy

from events.models import Activity
from pages.models import MeetingPlacePage

_CACHE_ATTRIBUTE = "_activity_reach_cache"  # per request, as Wagtail caches page permissions on the user


@dataclass(frozen=True)
class Reach:
    """The meeting places whose activities a user keeps: every place, or the pages ``place_ids``."""

    every_place: bool
    place_ids: frozenset[int]

    @property
    def is_empty(self) -> bool:
        return not self.every_place and not self.place_ids

    def includes(self, page_id: int | None) -> bool:
        return self.every_place or (page_id is not None and page_id in self.place_ids)


NOWHERE = Reach(every_place=False, place_ids=frozenset())


def reach(user) -> Reach:
    """The meeting places whose pages ``user`` may edit (Wagtail's "change" page permission)."""
    if user is None or not user.is_authenticated or not user.is_active:
        return NOWHERE
    cached = getattr(user, _CACHE_ATTRIBUTE, None)
    if cached is not None:
        return cached
    result = _reach(user)
    setattr(user, _CACHE_ATTRIBUTE, result)
    return result


def _reach(user) -> Reach:
    if user.is_superuser:
        return Reach(every_place=True, place_ids=frozenset())
    root = Page.get_first_root_node()
    if root is not None and PagePermissionPolicy().user_has_permission_for_instance(user, "change", root):
        return Reach(every_place=True, place_ids=frozenset())
    places = PagePermissionPolicy(MeetingPlacePage).instances_user_has_permission_for(user, "change")
    return Reach(every_place=False, place_ids=frozenset(places.values_list("pk", flat=True)))


def own_meeting_places(user):
    """The meeting place pages ``user`` may post activities for."""
    scope = reach(user)
    if scope.every_place:
        return MeetingPlacePage.objects.all()
    return MeetingPlacePage.objects.filter(pk__in=scope.place_ids)


def may_post_at(user, place) -> bool:
    """May ``user`` hold an activity at ``place`` (a meeting place page, or None for no meeting place)?
    Only users who reach every place may post an activity without one."""
    scope = reach(user)
    return scope.every_place or (place is not None and scope.includes(getattr(place, "pk", place)))


def may_choose_organizer(user, organization) -> bool:
    """May ``user`` name ``organization`` as an activity's organiser? Not one based at a meeting place
    they do not keep: the activity would show on that place's page."""
    if organization is None or organization.meeting_place_page_id is None:
        return True
    return reach(user).includes(organization.meeting_place_page_id)


def activity_place_ids(activity: Activity) -> set[int]:
    """The meeting places ``activity`` is at: where it is held and where its organiser is based."""
    ids = {activity.meeting_place_id}
    if activity.organizer_id is not None:
        ids.add(activity.organizer.meeting_place_page_id)
    return {page_id for page_id in ids if page_id is not None}


def may_keep(user, activity: Activity) -> bool:
    """May ``user`` change or delete ``activity`` (given the model permission)?"""
    scope = reach(user)
    if scope.every_place:
        return True
    return bool(activity_place_ids(activity) & scope.place_ids)


def kept_by(user, activities=None):
    """``activities`` (all by default) narrowed to those at the meeting places ``user`` keeps."""
    activities = Activity.objects.all() if activities is None else activities
    scope = reach(user)
    if scope.every_place:
        return activities
    if not scope.place_ids:
        return activities.none()
    return activities.filter(Q(meeting_place_id__in=scope.place_ids)
                             | Q(organizer__meeting_place_page_id__in=scope.place_ids))


class ActivityPermissionPolicy(ModelPermissionPolicy):
    """The model permissions on activities, narrowed to the meeting places the user keeps: without any
    such place the permissions give nothing; with some, only those places' activities."""

    def user_has_permission(self, user, action):
        return super().user_has_permission(user, action) and not reach(user).is_empty

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action) and may_keep(user, instance)

    def instances_user_has_any_permission_for(self, user, actions):
        return kept_by(user, super().instances_user_has_any_permission_for(user, actions))
