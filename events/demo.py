"""Demo set-up of activities (used by ``manage.py load_demo``): who may post them, and no invented events.

The source documents name the two meeting places but no activity with a date, time or place, so no
demo activity is created: the calendar stays empty until staff or members post real ones. The
Moderators group may post activities and alerts in the admin.
"""

from django.contrib.auth.models import Group, Permission

from pages.demo import MODERATORS

PERMISSIONS = {"events": ("add_activity", "change_activity", "delete_activity"),
               "alerts": ("add_alert", "change_alert", "delete_alert")}


def load(stdout=None) -> None:
    moderators, _created = Group.objects.get_or_create(name=MODERATORS)
    for app_label, codenames in PERMISSIONS.items():
        moderators.permissions.add(*Permission.objects.filter(content_type__app_label=app_label,
                                                               codename__in=codenames))
    if stdout:
        stdout.write("activities: moderators may post activities and alerts; no demo activities invented")
