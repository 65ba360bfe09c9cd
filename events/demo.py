"""Demo set-up of activities (used by ``manage.py load_demo``): who may post them, and no invented events.

The source documents name the two meeting places but no activity with a date, time or place, so no
demo activity is created: the calendar stays empty until staff or members post real ones. The
Moderators group may post activities and alerts in the admin; each meeting place's editor group (made
by pages.demo with the pages) may post activities, which events.permissions keeps to that place.
"""

from django.contrib.auth.models import Group, Permission

from pages.demo import MODERATORS, editor_groups

PERMISSIONS = {"events": ("add_activity", "change_activity", "delete_activity"),
               "alerts": ("add_alert", "change_alert", "delete_alert")}
EDITOR_PERMISSIONS = {"events": PERMISSIONS["events"]}


def _permissions(grants) -> list[Permission]:
    found = []
    for app_label, codenames in grants.items():
        found += Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames)
    return found


def load(stdout=None) -> None:
    moderators, _created = Group.objects.get_or_create(name=MODERATORS)
    moderators.permissions.add(*_permissions(PERMISSIONS))
    editors = editor_groups()
    for group in editors:
        group.permissions.add(*_permissions(EDITOR_PERMISSIONS))
    if stdout:
        stdout.write(f"activities: moderators may post activities and alerts, the editors of {len(editors)} "
                     "meeting places their places' activities; no demo activities invented")
