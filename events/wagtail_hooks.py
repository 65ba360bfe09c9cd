"""Staff post and edit activities in the Wagtail admin: one tab per language, filters by status and place.

A meeting place's editors see, edit and delete only the activities at the meeting places whose pages they
may edit, and post new ones only there (events.permissions); moderators and superusers keep all.
"""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.permissions import policy_registry, register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views import snippets as snippet_views
from wagtail.snippets.views.snippets import SnippetViewSet

from directory.wagtail_hooks import translated_tabs
from events.forms import ActivityAdminForm
from events.models import Activity
from events.permissions import ActivityPermissionPolicy

# before any view asks for the policy of activities (Wagtail would make a model-wide one)
register_permission_policy(Activity, ActivityPermissionPolicy(Activity))


class InstancePermissionRequired:
    """A view of one activity: refused unless the user may do one of ``instance_actions`` to it."""

    instance_actions = ("change",)

    def get_object(self, *args, **kwargs):
        instance = super().get_object(*args, **kwargs)
        policy = policy_registry.get_by_type(Activity)
        if not policy.user_has_any_permission_for_instance(self.request.user, self.instance_actions, instance):
            raise PermissionDenied
        return instance


class ActivityEditView(InstancePermissionRequired, snippet_views.EditView):
    instance_actions = ("change",)


class ActivityDeleteView(InstancePermissionRequired, snippet_views.DeleteView):
    instance_actions = ("delete",)


class ActivityHistoryView(InstancePermissionRequired, snippet_views.HistoryView):
    instance_actions = ("add", "change", "delete")


class ActivityUsageView(InstancePermissionRequired, snippet_views.UsageView):
    instance_actions = ("change",)


class ActivityViewSet(SnippetViewSet):
    model = Activity
    icon = "date"
    menu_label = _("Activities")
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["title", "start_date", "status", "organizer", "is_published"]
    list_filter = ["status", "focus_area", "audience", "is_published"]
    search_fields = ["title"]
    edit_view_class = ActivityEditView
    delete_view_class = ActivityDeleteView
    history_view_class = ActivityHistoryView
    usage_view_class = ActivityUsageView
    edit_handler = translated_tabs(Activity, [
        FieldPanel("title"),
        FieldPanel("description"),
        MultiFieldPanel([
            FieldRowPanel([FieldPanel("start_date"), FieldPanel("start_time"), FieldPanel("end_time")]),
            FieldPanel("recurrence"),
            FieldPanel("cancelled_dates"),
        ], heading=_("Time")),
        MultiFieldPanel([FieldPanel("status"), FieldPanel("previous_start")], heading=_("Cancelled or moved")),
        FieldPanel("organizer"),
        FieldPanel("meeting_place"),
        FieldPanel("location"),
        FieldPanel("place"),
        FieldPanel("languages"),
        FieldPanel("focus_area"),
        FieldPanel("audience"),
        FieldPanel("price"),
        FieldPanel("registration_url"),
        FieldPanel("is_published"),
    ], base_form_class=ActivityAdminForm)

    def get_queryset(self, request):
        """The listing: only the activities the user may change or delete."""
        policy = policy_registry.get_by_type(Activity)
        return policy.instances_user_has_any_permission_for(request.user, ["change", "delete"])


register_snippet(ActivityViewSet)
