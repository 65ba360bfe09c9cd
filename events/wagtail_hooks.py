"""Staff post and edit activities in the Wagtail admin: one tab per language, filters by status and place."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from directory.wagtail_hooks import translated_tabs
from events.models import Activity


class ActivityViewSet(SnippetViewSet):
    model = Activity
    icon = "date"
    menu_label = _("Activities")
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["title", "start_date", "status", "organizer", "is_published"]
    list_filter = ["status", "focus_area", "audience", "is_published"]
    search_fields = ["title"]
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
    ])


register_snippet(ActivityViewSet)
